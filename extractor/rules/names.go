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
		mitch chuck kevin
		adrian aidan alastair alec alfred alfredo alistair allan alvin ambrose amir anand andre andrei
		angus ansel antoine archie ari arnold asa ashton augustine austen avi axel barry bart basil
		beau ben bennett bernard bert bill billy blake bo brad bradley brendan brent brett brock
		brody bryce buck bud burt byron cal calvin cameron carey carlo carmine carter cecil cedric
		chad chandler charlie chester chet cliff clifford clint clinton clyde cody colby cole colin
		conor connor conrad corey cornelius craig curt curtis cyrus dale dalton damian damon dane
		dante darius darnell darrell darren daryl dean declan demetrius denis dennis derek derrick
		desmond devin dexter dick dirk dominic don donnie doug drew duane dudley duncan dustin dwayne
		dwight earl ed eddie edgar edmund eduardo edwin eli elliot elliott elmer elvis emil emilio
		enrique erich ernest ernesto errol esteban ethan eugene evan everett ezra fabian federico
		felipe fidel finn fletcher floyd forrest francis franklin fred freddie frederick gareth garrett
		gavin gene geoff geoffrey gerard gil gilbert glen glenn gordon graham grant griffin guillermo
		gus gustavo guy hal hank harlan harris harrison harry harvey hector henri herbert herman
		homer horace howard hugh humberto ian ira irving isaac isaiah ismael jacques jake jamal
		jared jarrod jasper javon jay jeremiah jerome jessie jimmy joaquin joel johnny jonah jonas
		josue jude julian julio junior justin kareem karl keenan keith kelvin kendall kenny kent
		kieran kirk kurt kyle lamar lance landon lane lars lee leland lenny leon leonard leonardo
		leroy les leslie lester levi lewis lincoln lionel lloyd lonnie lorenzo lou louie lowell
		lucas luciano luke luther lyle mack malcolm manny marcel marcelo marco marcus mario marion
		marlon marshall marty marvin mathew matthias maurice mauricio maxwell melvin micah miles
		milo milton mitchell mohamed moises monte morris moses murray myles nate nathaniel ned neil
		nelson neville niall nigel noel norman oscar otis otto owen pascal percy perry phil phillip
		pierce preston quentin quincy rafael ralph ramon randall randolph raul reed reggie reginald
		rene rex rhys rick rickey ricky riley rob robbie roberto rocco rod rodney rodrigo rolando
		roland roman ron ronnie rory ross rowan ruben rudolph rudy rufus rupert russ salvador
		sanders saul scot seamus sebastian seth shane shaun shawn sheldon sherman sid sidney silas
		simon sol solomon spencer stan stanley stefano sterling stewart stuart sylvester terrence
		terrell thaddeus theodore tobias todd tommy tony trent trevor tristan troy tucker ty tyrone
		ulysses val vance vernon vic victor vince virgil wade walker wallace walt warren wendell
		wes wesley wilbur will willard willis wilson winston wyatt xavier zach zachary zack zane
		joshua josh kurt marc mikhail andriy petro vitali dmitry gennady anatoly valery yevgeny
		mohammad ahmad abdullah hamid hassan jamal khaled mahmoud nabil omar osama reza saeed samir
		tarek walid yasser youssef ziad ashraf ehud benjamin benny yair naftali avigdor gideon
		moshe yitzhak shimon ariel amos aviv itzhak doron eitan ori uri yossi
		akira haruki hideki hiroki ichiro kazuo koji makoto masahiro naoki ryo satoshi shinzo shigeru
		taro yoshihide yoshi fumio kenta daisuke jin-woo min-jun seung hyun jae sung kwang chul
		xiaoming xiaoping jinping keqiang zemin jintao wen hao yong jian jun ming wei tao lei bo
		rahul rajesh ramesh suresh vijay sachin sanjiv arvind amit ashok deepak dinesh gautam harish
		kapil manoj mukesh naveen nitin pankaj prakash pranab rajiv rakesh sandeep sunil vinod yogesh
		narendra manmohan piyush amitabh shashi
		emeka chukwuma olusegun muhammadu goodluck uhuru jomo kofi kwabena nana yaw thabo cyril jacob
		nelson desmond robert emmerson paul yoweri
		bernardo caetano fernando jair luiz lula matheus thiago vinicius gustavo leandro otavio
		jair andres manuel lopez carlos ernesto alvaro ivan nicolas sebastian santiago joaquin
		jean-claude jean-luc jean-pierre jean-yves jean-marc francois-xavier laurent thierry didier
		gerard alain benoit bruno christophe claude dominique eric fabrice frederic gilles herve
		lionel marcel mathieu michel patrice philippe remi sylvain thibault vincent yannick
		armin christian dieter friedrich gerhard gunter heiko helmut horst joachim jurgen markus
		matthias michael norbert rainer reinhard rolf sigmar thomas uwe volker walter wolfgang
		alessandro andrea carlo enrico fabio franco gianluca giorgio giulio luigi massimo matteo
		mauro mario maurizio nicola paolo pietro roberto salvatore sergio silvio stefano vittorio
		mateusz andrzej bartosz donald grzegorz jaroslaw krzysztof lech marcin michal piotr rafal
		tomasz wojciech zbigniew viktor vaclav milos zoran aleksandar dragan goran nenad slobodan
		erdogan recep mevlut ahmet mehmet mustafa kemal ekrem binali
		keir rishi boris nigel tony gordon david jeremy sadiq
		justin pierre stephen brian jagmeet doug jason
		anthony scott malcolm kevin bob peter barnaby
		mitt marco rand lindsey ted chuck mitch kevin hakeem adam lamar jim elijah jerry
		beto pete cory julian andrew deval bernie joe donald mike mark`) {
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
		hillary kamala nikki liz theresa jacinda giorgia sanna mette claudia ursula kristi gretchen kemi
		tulsi lauren ruth sonia sonya monica veronica yolanda rosa teresa lucy ava mia zoe lily
		ella chloe harper aria scarlett violet hazel aurora penelope stella naomi leah maya
		elise ines margot helene agnes edith ida vera nina tanya dana erin tara rita gina tina
		abby adele adriana agatha aileen alana alexa alexandra alexandria alice alicia alina alison
		allison alyssa amelia amy anastasia angela angelica angelina angie anita ann annabel anne
		annette annie antonia april ariana arianna ashlee audrey autumn ava barbara bea beatrice
		becca belinda bella bernadette beryl bess bethany betsy beverley bianca billie blanca bonnie
		brandi brandy bree brenda brianna bridget brittany brooke bryn caitlin caitlyn callie camilla
		candace cara carla carly carmen caroline carolyn carrie cassandra cassie catalina cathy
		cecilia celeste celia charlene charlotte chelsea cheryl christina christy ciara cindy clara
		clare clarissa claudette colleen connie constance cora courtney crystal daisy daphne darlene
		dawn debbie deirdre delia della denise desiree diana dianne dolores dominique donna dora
		doreen doris dorothy edna eileen elaine eleanor elena eliza ella ellie eloise elsa elsie
		emilia emily erica erika esther estelle ethel eugenia eva evangeline eve evelyn faith fay
		felicia felicity fern fiona flora florence frances francesca freda frieda gabriella gabrielle
		gail gemma georgia geraldine gertrude gillian ginger gladys glenda gloria gwen gwendolyn
		hailey haley harriet hayley heidi helena henrietta hilary holly hope imogen irene iris
		isabel isabelle isla ivy jackie jacqueline jade jana jane janelle janet janice jasmine jayne
		jeanette jeanne jenna jennie jessica jill jillian jo joan joanna joanne jocelyn jodi jodie
		johanna jolene josephine joy joyce judith judy julia juliana julie juliet june justine kara
		karina kate katharine katherine kathleen kathryn kathy katie katrina kay kayla keira kelly
		kendra kerry kimberly kirsten krista kristen kristin kristina kristine lacey lana laura
		lauren laurie layla leah leila lena leslie lila lillian lily linda lindsay lindsey lisa liza
		lois lola lorena lorraine louisa louise lucia lucille lucy luisa lydia lynn mabel mackenzie
		madeline madison mae maeve maggie mallory mandy marcia margaret margarita margo maria mariah
		marian marianne marie marilyn marina marion marisa marjorie marla marlene martha mary maureen
		maxine megan meghan melanie melinda melissa mercedes meredith mia michaela michele michelle
		mildred millie mindy miranda miriam misty molly mona monica monique muriel myra nadia nadine
		nancy naomi natalia natalie natasha nellie nicola nicole nikki nina nora noreen norma olga
		olive olivia paige pamela patricia patsy paula pauline pearl peggy penelope penny phoebe
		phyllis polly priscilla rachel rebecca regina renee rhonda rita roberta robyn rochelle rosa
		rosalind rose rosemary rosie roxanne ruby ruth sabrina sadie sally samantha sandra sara sarah
		savannah selena serena shannon sharon sheila shelby shelley sheryl shirley sierra simone
		sofia sonia sophia sophie stacey stacy stella stephanie sue susan susanna suzanne sylvia
		tamara tammy tanya tara teresa tessa thelma theresa tiffany tina tonya tracey traci tracy
		trisha ursula valerie vanessa velma vera veronica vicki vicky victoria viola violet virginia
		vivian wanda wendy whitney wilma yolanda yvette yvonne zoe zoey
		ilhan alexandria nikki tulsi marianne kirsten elizabeth amy stacey gretchen kyrsten lisa
		jacinda angela annegret ursula christine margrethe sanna mette marine segolene anne
		ruth sonia svetlana yulia oksana olena natalya tatyana lyudmila valentina galina larisa
		fatima khadija yasmin rania noura hala mona dalia rasha laila samira zeinab
		aiko ayumi chiyo emi hana hanako keiko kumiko mariko michiko naomi sakura tomoko yoko yumi
		mei ling hua li xiu ying yan jing lan fang xiaoli
		priya ananya aishwarya deepika kareena madhuri nirmala smriti sonia sushma mamata mayawati
		jayalalithaa indira pratibha sunita
		chimamanda ngozi folake funmilayo nkechi ama akosua abena efua wangari winnie graca
		dilma marina gleisi marta renata tereza carmen consuelo dolores esperanza guadalupe pilar
		rocio soledad ximena
`) {
		if g, dup := m[w]; dup && g != female {
			m[w] = unknownGender // listed as both: a name, of no gender
			continue
		}
		m[w] = female
	}
	// Given names of either gender: known to be names, of no gender.
	for _, w := range []string{"jordan", "taylor", "casey", "morgan", "alex", "jean", "kim", "pat", "dana", "robin",
		"jamie", "sam", "chris", "andrea", "jessie", "leslie", "lee", "marion", "dominique", "nicola", "kelly",
		"lindsey", "lindsay", "kerry", "shannon", "tracy", "jody", "frankie", "billie", "riley", "avery", "quinn",
		"skyler", "peyton", "reese", "rowan", "sasha", "kai", "drew", "blair", "ashley", "addison", "bailey",
		"cameron", "devon", "emerson", "finley", "harper", "hayden", "jesse", "kendall", "logan", "parker",
		"payton", "reagan", "sage", "sydney", "terry", "toni", "val", "wei", "ming", "jun", "li", "lan", "yan"} {
		m[w] = unknownGender
	}
	return m
}()
