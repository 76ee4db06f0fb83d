package rules

// gender is what a pronoun or a name tells about a speaker.
type gender uint8

const (
	unknownGender gender = iota
	male
	female
	plural // "they": a group, an organization or a person of unknown gender
	neuter // "it": an organization or a document
)

// firstNames gives the usual gender of common given names. It is only used to
// pick the antecedent of "he" and "she"; an unlisted name is of unknown gender
// and compatible with both.
var firstNames = func() map[string]gender {
	m := map[string]gender{}
	for w := range set(`james john robert michael william david richard joseph thomas charles christopher
		daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy
		ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott
		brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron
		jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy christian keith roger
		terry gerald harold sean austin carl arthur lawrence dylan jesse jordan bryan billy joe bruce
		gabriel logan albert willie alan juan wayne elijah randy roy vincent ralph eugene russell bobby
		mason philip louis carlos luis miguel jorge pedro pablo diego javier antonio manuel francisco
		rafael fernando ricardo alejandro sergio andres mateo hugo ivan dmitri sergei vladimir alexei
		mikhail nikolai oleg yuri boris igor pierre jean jacques francois emmanuel olivier nicolas
		hans klaus jurgen wolfgang stefan lukas felix max tobias mohammed muhammad ahmed ali omar hassan
		hussein ibrahim khalid mahmoud mustafa yusuf abdul karim rashid tariq wei jun hiroshi takeshi
		kenji raj rahul arjun vikram amit sanjay ravi anil sunil narendra kwame kofi chinedu olu
		tom tim jim bob bill mike dave steve rob dan ben sam nick alex chris pat matt andy tony ted
		greg jeff jon josh ken liam lucas oliver elias owen leo theo marco luca giovanni giuseppe
		paolo francesco matteo alessandro lorenzo rui joao tiago nuno erik lars anders johan nils
		magnus sven bjorn piotr tomasz marek jan pavel martin viktor andrei mihai lech janusz
		barack joe rishi keir emmanuel olaf volodymyr xi recep narendra elon jeff warren bernie
		mitch chuck kevin nancy`) {
		m[w] = male
	}
	for w := range set(`mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa
		nancy betty margaret sandra ashley kimberly emily donna michelle carol amanda dorothy melissa
		deborah stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda pamela
		emma nicole helen samantha katherine christine debra rachel carolyn janet catherine maria
		heather diane ruth julie olivia joyce virginia victoria kelly lauren christina joan evelyn
		judith megan andrea cheryl hannah jacqueline martha gloria teresa ann sara madison frances
		kathryn janice jean abigail alice judy sophia grace denise amber doris marilyn danielle
		beverly isabella theresa diana natalie brittany charlotte marie kayla alexis lori ana
		sofia lucia carmen elena isabel rosa marta paula laura valentina camila gabriela daniela
		fernanda adriana beatriz ines leticia silvia natasha olga svetlana irina tatiana anastasia
		ekaterina yulia marina nadia sophie claire camille chloe manon amelie isabelle brigitte
		marine segolene angela ursula annalena greta ingrid astrid freya sigrid karin birgit
		fatima aisha layla leila mariam noor zainab amina yasmin huda mei ling yan xiu yuki keiko
		akiko haruka priya anjali sunita kavita deepa indira neha pooja amara ngozi chioma adaeze
		kate liz beth jenny jen meg sue kim pam deb becky katie maggie molly nora ellen eleanor
		hillary kamala nikki liz theresa jacinda giorgia sanna mette claudia ursula kristi gretchen
		tulsi lauren ruth sonia sonya monica veronica yolanda rosa teresa lucy ava mia zoe lily
		ella chloe harper aria scarlett violet hazel aurora penelope stella naomi leah maya
		elise ines margot helene agnes edith ida vera nina tanya dana erin tara rita gina tina`) {
		if _, dup := m[w]; dup {
			delete(m, w) // listed as both: trust neither
			continue
		}
		m[w] = female
	}
	// Ambiguous given names.
	for _, w := range []string{"jordan", "taylor", "casey", "morgan", "alex", "jean", "kim", "pat", "dana", "robin", "jamie", "sam", "chris", "andrea"} {
		delete(m, w)
	}
	return m
}()
