package rules

import "strings"

// The lexicons below are the engine's knowledge of English news prose. They
// are plain data so that adding a word never needs a code change. Every key is
// lower case; lookups lower-case the token first.

func set(words string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// cueKind says how a cue word behaves at its place in a sentence.
type cueKind uint8

const (
	cueSay    cueKind = iota + 1 // said, says, noted: content may follow, with or without "that"
	cueTell                      // told, tells: an object comes before the content
	cueName                      // calls, called, dubbed: only introduces a partial quote
	cueAccord                    // "according to": the speaker follows
)

// pronouns maps a subject pronoun to the gender or number it carries.
var pronouns = map[string]gender{
	"he": male, "she": female, "they": plural, "it": neuter,
	// "He's said", "they've argued": a pronoun and its auxiliary.
	"he's": male, "he’s": male, "she's": female, "she’s": female, "they've": plural, "they’ve": plural,
	"he'll": male, "he’ll": male, "she'll": female, "she’ll": female, "they'll": plural, "they’ll": plural,
	"he'd": male, "he’d": male, "she'd": female, "she’d": female, "they'd": plural, "they’d": plural,
	"they're": plural, "they’re": plural,
}

// determiners and quantifiers that may open a speaker noun phrase.
var determiners = set(`the a an some many several most few other others two three four five six seven
	eight nine ten one both all several dozens hundreds thousands numerous various his her their its
	this that these those another certain more`)

// npAdjectives are lower-case words that may modify a speaker's head noun.
var npAdjectives = set(`senior top former local chief deputy acting interim longtime veteran independent
	outside western foreign federal state city county regional national international government party
	police health military administration company other leading prominent ranking senior-level high-ranking
	retired current elected key private public opposition republican democratic conservative liberal
	legal medical financial economic political environmental human rights civil security intelligence
	industry business union labor labour school hospital campaign white house defense defence justice
	foreign-policy climate energy trade education transport transportation housing finance
	district municipal provincial central tribal village neighborhood community world global u.s.
	american european chinese russian british french german presidential congressional gubernatorial mayoral nearly roughly almost than fewer less
	newly recently named appointed elected hired installed designated nominated longest-serving`)

// titles are role words: a person's function, rank or occupation.
var titles = set(`president minister secretary director chief spokesman spokeswoman spokesperson official
	waitress nanny maid midwife assistant nun monk poet housekeeper caregiver
	neurosurgeon entrepreneur surrogate operative pundit admiral donor undersecretary under-secretary insider superior
	actor actress athlete detective plaintiff critic advocate star
	mayor governor senator representative congressman congresswoman chairman chairwoman chair ceo cfo coo
	executive head leader manager commissioner ambassador adviser advisor analyst economist professor
	researcher scientist lawyer attorney prosecutor judge justice general colonel captain sergeant
	officer lieutenant inspector superintendent founder co-founder cofounder owner editor reporter
	correspondent author deputy chancellor premier king queen prince princess sheriff councilman
	councilwoman councilor councillor lawmaker legislator treasurer auditor coordinator organizer
	organiser activist expert nurse doctor physician surgeon teacher principal pastor priest bishop rabbi
	imam coach player resident farmer worker engineer consultant strategist pollster historian dean
	provost trustee administrator commander marshal envoy diplomat negotiator mediator aide staffer
	employee student witness vendor shopkeeper driver pilot delegate candidate nominee speaker whip
	fellow scholar director-general secretary-general regulator psychologist epidemiologist
	virologist biologist chemist physicist meteorologist forecaster architect planner accountant
	banker trader investor broker lobbyist campaigner protester demonstrator volunteer paramedic
	firefighter soldier veteran survivor victim mother father parent neighbor neighbour owner
	manager supervisor foreman clerk cashier waiter chef baker fisherman miner landlord tenant
	partner associate attorney-general attorney general solicitor barrister magistrate
	ombudsman inspector-general comptroller controller spokesmen spokeswomen vice-president
	vp chairperson pm mp mep member hopeful magnate mogul tycoon businessman businesswoman billionaire
	frontrunner front-runner contender challenger incumbent ceo-elect president-elect commissioner-general police-chief
	co-ceo co-founder cofounder co-chair co-chairman co-chairwoman co-president co-director co-host host anchor
	defenseman defensemen winger goalie goaltender quarterback linebacker cornerback pitcher midfielder striker
	shortstop outfielder lineman linemen forward guard defender receiver tailback fullback goalkeeper catcher
	infielder reliever batsman bowler jockey commodore skipper counsel
	committeeman committeewoman committeemember`)

// titleAbbrev maps a title abbreviation before a name to its role word.
var titleAbbrev = map[string]string{
	"sen.": "senator", "rep.": "representative", "gov.": "governor", "gen.": "general",
	"col.": "colonel", "lt.": "lieutenant", "sgt.": "sergeant", "capt.": "captain", "cmdr.": "commander",
	"prof.": "professor", "dr.": "", "supt.": "superintendent", "insp.": "inspector", "amb.": "ambassador",
	"atty.": "attorney", "rev.": "reverend", "fr.": "father", "adm.": "admiral", "maj.": "major",
}

// honorifics carry a gender and no role.
var honorifics = map[string]gender{
	"mr.": male, "mr": male, "mrs.": female, "mrs": female, "ms.": female, "ms": female,
	"miss": female, "sir": male, "dame": female, "lord": male, "lady": female, "mx.": unknownGender,
	"madam": female, "madame": female, "mme.": female, "monsieur": male, "señor": male, "señora": female,
}

// genderedTitles reveal the gender of the person who holds them.
var genderedTitles = map[string]gender{
	"spokesman": male, "spokeswoman": female, "chairwoman": female, // not "chairman": many women hold the title so written
	"congressman": male, "congresswoman": female, "councilman": male, "councilwoman": female,
	"king": male, "queen": female, "prince": male, "princess": female, "mother": female,
	"father": male, "businessman": male, "businesswoman": female, "actor": male, "actress": female,
	"woman": female, "man": male, "girl": female, "boy": male, "wife": female, "husband": male,
	"sister": female, "brother": male, "daughter": female, "son": male, "widow": female, "widower": male,
	"grandmother": female, "grandfather": male, "aunt": female, "uncle": male, "waitress": female,
}

// groupNouns are plural heads naming a group of people.
var groupNouns = set(`sides side activists experts observers sources residents officials analysts critics economists
	scientists researchers lawmakers legislators witnesses protesters protestors demonstrators voters parents
	teachers doctors nurses workers farmers students investors traders diplomats leaders advocates
	opponents supporters proponents organizers organisers prosecutors investigators commentators
	historians people locals neighbors neighbours members campaigners environmentalists scholars
	academics executives employees staffers aides insiders negotiators mediators citizens families
	survivors victims veterans owners shopkeepers merchants vendors drivers pilots physicians
	epidemiologists observers specialists authors writers editors reporters journalists
	pundits strategists pollsters consultants lawyers attorneys judges bankers sources republicans
	democrats conservatives liberals progressives moderates officers soldiers troops rescuers
	firefighters paramedics planners engineers developers landlords tenants patients users customers
	fans players coaches officials spokespeople representatives delegates senators ministers
	leaders diplomats administrators authorities participants attendees organizers scientists
	advisers advisors allies aides backers donors fundraisers staff insiders loyalists operatives management leadership
	officials experts scholars economists americans europeans democrats republicans analysts polls
	surveys observers critics skeptics parties companies groups agencies governments countries nations
	firms banks unions organizations organisations automakers percent surveyed polled interviewed respondents
	half third quarter majority minority plurality two-thirds three-quarters sceptics defenders detractors both others some many most several all
	three-fourths one-third one-quarter one-half one-fifth two-fifths three-fifths four-fifths nine-in-10 plurality
	candidates rivals contenders challengers hopefuls nominees incumbents friends foes adversaries colleagues
	partners clients consumers shoppers travelers travellers commuters passengers viewers readers listeners
	bloggers columnists clerics believers worshippers governors mayors presidents judges justices coworkers
	co-workers relatives villagers elders fishermen farmworkers retirees homeowners landowners`)

// orgNouns are lower-case heads naming an organization ("the company said").
var orgNouns = set(`consulate embassy ministry councils agencies ministries company firm ministry department agency government administration council committee
	commission court union university bank army military party campaign group organization
	organisation association foundation institute center centre office bureau board authority
	newspaper network hospital school district club team league coalition alliance embassy
	parliament senate congress cabinet regulator watchdog police airline carrier manufacturer
	automaker retailer startup charity nonprofit non-profit utility operator insurer lender
	broadcaster publisher studio label church diocese council municipality city county state
	province prefecture kremlin junta regime panel jury tribunal prosecutor's fund corporation
	consortium conglomerate chain developer contractor supplier producer maker giant magazine paper
	outlet website site channel station daily tabloid broadcaster show newsletter blog publication
	wire service exchange market bourse campaign's agency's administration's house pentagon kremlin
	label brokerage automaker chipmaker drugmaker carmaker bank's company's firm's management leadership`)

// orgWords mark a capitalized run as an organization's name.
var orgWords = set(`department ministry center centre institute university college corp. corp corporation house
	inc. inc co. company ltd. ltd llc plc gmbh ag s.a. group agency council committee commission party
	bank association foundation office bureau board authority court union police army navy international guild
	service administration fund organization organisation coalition alliance times post news
	network productions studios entertainment pictures hospital school church federation league society trust partners holdings industries
	systems technologies labs laboratories museum library senate congress parliament assembly
	government cabinet secretariat embassy consulate program programme project initiative club fc nations
	chronicle journal herald tribune gazette telegraph observer examiner inquirer courier magazine press
	airlines airways motors energy pharmaceuticals reuters jazeera press television radio tribune herald
	journal gazette guardian institution observatory clinic network forum caucus conference
	force forces guard academy commission tribunal prosecutor's inc.,
	securities capital advisors advisers associates ventures investments equities consulting media
	mining foods analytics resources petroleum oil chemicals logistics shipping insurance solutions software
	therapeutics biosciences semiconductor semiconductors robotics aerospace electric telecom pharma
	realty properties automotive beverages railways railway watch`)

// docNouns are documents that "say" things ("the report said").
var docNouns = set(`report statement study survey letter filing memo document lawsuit complaint analysis poll
	data paper review audit assessment indictment ruling order release communique communiqué
	affidavit motion brief testimony email e-mail post tweet video interview transcript proposal
	plan draft bill law guidance notice advisory estimate estimates forecast projections figures
	research records documents reports studies surveys polls findings ranking rankings index tally bulletin briefing
	count census model models footage recording recordings results tallies calculations projection
	measure measures statistics numbers testing tests constitution charter treaty manifesto readout`)

// anonMarkers in a speaker phrase make it anonymous.
var anonMarkers = []string{
	"not to be named", "not to be identified", "anonymity", "anonymously", "familiar with",
	"close to", "knowledge of", "not authorized", "not authorised", "declined to be named",
	"declined to be identified", "declined to give", "withheld", "who did not want", "requested anonymity",
	"on background", "speaking privately", "in private", "privy to", "briefed on", "aware of the",
	"involved in the", "with direct knowledge",
}

// particles may sit inside a person's name.
var particles = set(`de da di del della der van von la le du bin ibn al el dos das ter ten y`)

// nameSuffixes may close a person's name.
var nameSuffixes = set(`jr. jr sr. sr ii iii iv`)

// stopCaps are words often capitalized at a sentence start that never begin a name.
var stopCaps = set(`in on at for but and or so yet if when whenever wherever whatever unless until while after before because as though although
	since during with without from by to of meanwhile however still also then now later earlier last
	this that these those there here it its his her their our we i you they he she what who why how
	where which once even not no yes asked told said says according according speaking addressing
	until unless despite instead amid among under over above below between through throughout
	monday tuesday wednesday thursday friday saturday sunday january february march april may june
	july august september october november december today yesterday tomorrow never always perhaps
	maybe indeed nor moreover furthermore additionally likewise similarly nonetheless nevertheless
	instead besides thus hence therefore`)

// abbreviations keep their period: a token ending in one is not a sentence end.
var abbreviations = set(`mr. mrs. ms. mx. dr. prof. sen. rep. gov. gen. col. lt. sgt. capt. cmdr. st. jr. sr.
	inc. corp. co. ltd. no. vs. etc. e.g. i.e. jan. feb. mar. apr. aug. sept. sep. oct. nov. dec.
	u.s. u.k. u.n. e.u. d.c. a.m. p.m. mt. ft. ave. blvd. supt. insp. amb. atty. rev. fr. adm. maj.
	mme. approx. dept. univ. assn. bros. gov't`)

// elisions start with an apostrophe that is not a quote mark.
var elisions = set(`em til tis twas cause n round bout nother`)

// prepositions that attach an affiliation to a head ("Lopez of the CUP").
var affilPreps = set(`of for at with from`)

// skipBeforeCue are words that may stand between a speaker and the cue
// ("Lopez has also said").
var skipBeforeCue = set(`has have had also previously later once repeatedly recently would will had
	publicly privately again then further first initially simply flatly only later subsequently
	has long quickly immediately earlier separately similarly likewise herself himself themselves itself
	did does do was is were are be been being last this week month year monday tuesday wednesday
	still now even often generally widely largely strongly increasingly consistently openly

	privately long never always already usually frequently
	thursday friday saturday sunday yesterday today allegedly reportedly instead eventually finally
	ultimately actually nonetheless nevertheless since however meanwhile therefore thus`)

// contentOpeners are words that may stand between a cue and its content and
// say nothing themselves ("said on Tuesday that").
var timeWords = set(`on in at during last this yesterday today tonight earlier late recently monday
	tuesday wednesday thursday friday saturday sunday week month year weeks months years days
	morning afternoon evening night
	statement interview briefing conference email e-mail letter post report hearing speech address
	call podcast radio television tv show rally event meeting appearance news debate forum`)

// nonAgents end like agent nouns ("-er", "-ent") but name no one.
var nonAgents = set(`water paper number matter order letter center corner other under after never however
	either whether summer winter power border percent event moment comment content intent extent
	patent talent accent silver cancer chapter character quarter weather error factor sector vector
	mirror color colour floor door labor labour major minor motor honor favor flavor rumor humor terror
	tumor horror behavior computer register ever over rather further together another whatever
	wherever whenever anymore sooner later offer answer cover corner dinner manner banner filter
	river trigger danger sister brother mother father parent recent different current urgent
	frequent consistent ancient apparent evident silent absent present decent efficient sufficient
	violent prominent permanent dependent independent excellent significant important relevant
	elegant reluctant brilliant constant distant giant vacant pleasant instant abundant
	government department statement agreement movement parliament development investment
	environment management treatment payment document element argument
	younger older elder bigger larger smaller greater longer higher lower deeper wider newer fewer
	better closer farther stronger weaker richer poorer
	assist insist persist resist exist consist desist enlist twist
	sever deliver consider discover remember gather bother wonder suffer render
	explain want plant grant meant relevant`)

// agentNoun recognizes a lower-case noun naming people by its ending
// ("speechwriter", "organizers", "economist"), beyond the word lists.
func agentNoun(l string) (plural, ok bool) {
	if len(l) < 6 || strings.ContainsAny(l, "'’.") {
		return false, false
	}
	w := l
	if strings.HasSuffix(w, "s") {
		plural = true
		w = w[:len(w)-1]
	}
	if nonAgents[w] || strings.HasSuffix(w, "ment") || strings.HasSuffix(w, "ss") {
		return false, false
	}
	for _, suf := range []string{"er", "or", "ist", "ian", "ant", "ent"} {
		if strings.HasSuffix(w, suf) {
			return plural, true
		}
	}
	return false, false
}

// isTitle says whether t names a role or an occupation ("spokeswoman").
func isTitle(t token) bool {
	if titles[t.low] {
		return true
	}
	// Only lower case: a singular noun opening a sentence has a determiner
	// before it, so "Berger said" and "Walker said" are surnames.
	pl, ok := agentNoun(t.low)
	if ok && !pl && t.capital && t.first && len(t.low) >= 8 && occupationIst(t.low) {
		return true // "Geologist Ana Roth said" (but "Lindqvist, his captain")
	}
	return ok && !pl && !t.capital && !roleModifiers[t.low] // "former" is no agent
}

// isGroup says whether t names a group of people ("activists").
func isGroup(t token) bool {
	if groupNouns[t.low] || strings.HasSuffix(t.low, "%") && len(t.low) > 1 || strings.HasSuffix(t.low, "-year-olds") {
		return true
	}
	if l := t.low; len(l) > 4 && l[len(l)-1] == 's' && l[len(l)-2] != 's' && titles[l[:len(l)-1]] && (!t.capital || t.first) {
		return true // "generals", "mayors": a title's plural
	}
	if l := t.low; t.capital && len(l) > 5 && l[len(l)-1] == 's' && isDemonym(l[:len(l)-1]) {
		return true // "Two Americans were killed": people of a nation
	}
	pl, ok := agentNoun(t.low)
	return ok && pl && (!t.capital || t.first)
}

// objectPronouns never name a speaker after an inverted cue: "…, said it."
// is a statement about something said, not "…, said Lopez."
var objectPronouns = set(`it them him her us me this that these those`)

// objectPreps take a noun phrase as their object, which then cannot be the
// subject of the word after it.
var objectPreps = set(`of for with about from into against over than`)

// occupationIst says whether a word in -ist names an occupation by its
// ending ("geologist", "economist", "journalist", "pharmacist"), which
// Nordic family names in -qvist and -quist do not share.
func occupationIst(l string) bool {
	for _, suf := range []string{"ologist", "ntist", "mist", "alist", "nist", "cist", "rist", "pist"} {
		if strings.HasSuffix(l, suf) {
			return true
		}
	}
	return false
}
