package rules

import (
	"testing"

	"github.com/whosaid/whosaid/extractor"
)

// Roles and affiliations in shapes found on fresh news, each with
// invented text.

func TestNamesThatAreAlsoWords(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "a surname that is also a colour, after a description",
			text: "The tool helps boats in a storm, a spokeswoman, Anna White, said on Saturday.",
			want: []want{{quote: "The tool helps boats in a storm", speaker: "Anna White", role: "spokeswoman", kind: extractor.Person}}},
	})
}

func TestBodiesBeforeAndAfterRoles(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "a broadcaster's name holding News before a title",
			text: "Harbor News host Paul Kestrel said the regatta was over.",
			want: []want{{quote: "the regatta was over", speaker: "Paul Kestrel", role: "host", aff: "Harbor News"}}},
		{name: "an office's own word stays in the role",
			text: "Dunmore Police Chief Ann Lee said the road was closed.",
			want: []want{{quote: "the road was closed", speaker: "Ann Lee", role: "Police Chief", aff: "Dunmore"}}},
		{name: "of two roles joined by and, the one with its body next to the name",
			text: "Former prosecutor and Dunmore City Mayor Orla Fenn said the regatta was over.",
			want: []want{{quote: "the regatta was over", speaker: "Orla Fenn", role: "Mayor", aff: "Dunmore City"}}},
		{name: "the unit a person chairs, at its body",
			text: "\"The tides are hard to predict,\" said Ilse Marr, who chairs the rowing science department at Dunmore University.",
			want: []want{{quote: "The tides are hard to predict,", speaker: "Ilse Marr", role: "chair of the rowing science department", aff: "Dunmore University"}}},
		{name: "an adjective of a body's kind after of the",
			text: "\"The blue crew won,\" says Tam Oduya of the non-partisan Kell-Marsh Rowing Report.",
			want: []want{{quote: "The blue crew won,", speaker: "Tam Oduya", aff: "Kell-Marsh Rowing Report"}}},
	})
}

func TestBodiesInsideADescriptionBeforeTheName(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "a body in the description before the name",
			text: "A Harbor Line spokesman, Nils Farrow, said on Sunday that the line had a million bookings.",
			want: []want{{quote: "the line had a million bookings", speaker: "Nils Farrow", role: "spokesman", aff: "Harbor Line"}}},
	})
}

func TestOwnersOpeningASentence(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "a surname that is also a plural noun, opening the sentence before a campaign's title",
			text: "Ida Sanders lost the Dunmore vote. Sanders campaign manager Olek Brandt replied that Sanders herself is \"steering this boat.\"",
			want: []want{{quote: "Sanders herself is \"steering this boat.\"", speaker: "Olek Brandt", role: "manager", aff: "Sanders campaign"}}},
	})
}

func TestPeopleOfABodyNamedBefore(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "officials of the agency named last",
			text: "The Harbor Transit Authority plans to buy new ferries.\n\nThe plan will cost more in 2028, agency officials said.",
			want: []want{{quote: "The plan will cost more in 2028", speaker: "agency officials", aff: "Harbor Transit Authority", kind: extractor.Group}}},
		{name: "an agency known by its acronym, taken up by agency officials",
			text: "\"We fly in May,\" said Ola Brenn, an associate administrator at NASA.\n\nThe mission will cost $2 billion, agency officials said.",
			want: []want{{quote: "We fly in May,", speaker: "Ola Brenn", role: "associate administrator", aff: "NASA"},
				{quote: "The mission will cost $2 billion", speaker: "agency officials", aff: "NASA", kind: extractor.Group}}},
		{name: "a company's management is people, not a company",
			text: "Comparable sales will grow 3%, company management said.",
			want: []want{{quote: "Comparable sales will grow 3%", speaker: "company management", kind: extractor.Group}}},
		{name: "a person's staff speak for that person",
			text: "Senator Ada Voss faced questions on Monday.\n\nHer aides said the bill would pass.",
			want: []want{{quote: "the bill would pass", speaker: "her aides", aff: "Voss", kind: extractor.Group}}},
	})
}

func TestPlayersPositionsAfterTheirTeam(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "a team before a position before the name",
			text: "Gulls forward Ana Diaz said the game was hard.",
			want: []want{{quote: "the game was hard", speaker: "Ana Diaz", role: "forward", aff: "Gulls"}}},
		{name: "a position's word used as an adverb is no title",
			text: "The team must move forward, Coach Ray Burr said.",
			want: []want{{quote: "The team must move forward", speaker: "Ray Burr"}}},
	})
}

func TestOwnersOfGroupsOpeningASentence(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "a company's name the article capitalizes elsewhere, before a group noun",
			text: "Shares of Kestrel rose after the news.\n\nKestrel leaders denied the claims made in a post.",
			want: []want{{quote: "the claims made in a post", speaker: "Kestrel leaders", aff: "Kestrel", kind: extractor.Group}}},
		{name: "a word capitalized elsewhere only inside a longer name stays lower case",
			text: "Election officials said the count was slow. The Election Board met.",
			want: []want{{quote: "the count was slow", speaker: "election officials", aff: "-", kind: extractor.Group}}},
		{name: "a department's full name before its officials",
			text: "Dunmore County Harbor Department officials said the pier was closed.",
			want: []want{{quote: "the pier was closed", speaker: "Dunmore County Harbor Department officials", aff: "Dunmore County Harbor Department", kind: extractor.Group}}},
	})
}

func TestFieldsInARoleAndTheBodyInItsClause(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "a field stays in the role when a relative clause names the body",
			text: "Joe Leer, a coaching specialist for race planning who has worked at the Harbor School since 1994, said the links were weak.",
			want: []want{{quote: "the links were weak", speaker: "Joe Leer", role: "coaching specialist for race planning", aff: "Harbor School"}}},
		{name: "an auxiliary before the verb of work",
			text: "Ana Holm, who has worked at Kell Bank for years, said rates would rise.",
			want: []want{{quote: "rates would rise", speaker: "Ana Holm", aff: "Kell Bank"}}},
	})
}

func TestBrandsWrittenInLowerCase(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "a name with a digit inside",
			text: "\"We are glad,\" said Ana Ruiz, CEO and founder of kell9.",
			want: []want{{quote: "We are glad,", speaker: "Ana Ruiz", role: "CEO and founder", aff: "kell9"}}},
		{name: "a name with a capital inside",
			text: "\"We sell,\" said Tom Vale, a manager at eHarbor.",
			want: []want{{quote: "We sell,", speaker: "Tom Vale", role: "manager", aff: "eHarbor"}}},
	})
}

func TestBrandWord(t *testing.T) {
	for w, want := range map[string]bool{"eBay": true, "kell9": true, "my6sense": true, "harbor": false, "Harbor": false, "4x4s": false, "e": false, "x-ray": false} {
		if got := brandWord(w); got != want {
			t.Errorf("brandWord(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestNamesAndBodiesInDecemberNews(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "Bill is a given name before a surname",
			text: "Former president Bill Carver said the plan failed.\n\nCarver said the vote was close.",
			want: []want{{quote: "the vote was close", speaker: "Bill Carver"}}},
		{name: "a country named bare before officials is no body; its acronym keeps its capitals",
			text: "U.S. and Tarsian officials said the vote would go ahead.",
			want: []want{{quote: "the vote would go ahead", speaker: "U.S. and Tarsian officials", aff: "-", kind: extractor.Group}}},
		{name: "a nationality opening a sentence keeps its capital",
			text: "Russian officials said the talks failed.",
			want: []want{{quote: "the talks failed", speaker: "Russian officials", kind: extractor.Group}}},
		{name: "an office's adjective in capitals stays in the role",
			text: "Deputy Municipal Commissioner Jon Joss said the list was ready.",
			want: []want{{quote: "the list was ready", speaker: "Jon Joss", role: "Deputy Municipal Commissioner", aff: "-"}}},
		{name: "a lower-case word before a body's name is no part of it",
			text: "The head of the worldwide Harbor Guild said the season would be hard.",
			want: []want{{quote: "the season would be hard", aff: "Harbor Guild"}}},
		{name: "a body named after a possessive and its kind",
			text: "\"Entries were strong,\" said Paul Dorn, president of the sport's tallier Kell Relations.",
			want: []want{{quote: "Entries were strong,", speaker: "Paul Dorn", role: "president", aff: "Kell Relations"}}},
	})
}

func TestDocumentsOwnedByABody(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "a document's owner is its affiliation",
			text: "The Harbor Council's report found that the river was clean.",
			want: []want{{quote: "the river was clean", speaker: "Harbor Council's report", aff: "Harbor Council"}}},
		{name: "the body before the document's kind",
			text: "The Harbor Office letter said the form must be returned.\n\nA NASA report found that the lake had ice.",
			want: []want{{quote: "the form must be returned", aff: "Harbor Office"}, {quote: "the lake had ice", aff: "NASA"}}},
		{name: "a body's own web site, the body named before",
			text: "The School of the Harbors said it trains sailors. The school's website said the course was new.",
			want: []want{{quote: "the course was new", aff: "School of the Harbors"}}},
		{name: "a possessive name opening the sentence keeps its capital",
			text: "Lopez's letter said the road was shut.",
			want: []want{{quote: "the road was shut", speaker: "Lopez's letter"}}},
	})
}

func TestGroupsOwnedOrBased(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "where analysts are based is no body",
			text: "Washington-based analysts said the deal was weak.",
			want: []want{{quote: "the deal was weak", speaker: "Washington-based analysts", aff: "-"}}},
		{name: "a company's possessive before its people",
			text: "Acme Corp's executives said sales rose.",
			want: []want{{quote: "sales rose", aff: "Acme Corp"}}},
	})
}

func TestRanksAcronymsAndNationalities(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "the body after a rank in a description",
			text: "He was never told to leave, a senior Harbor Department official said.",
			want: []want{{quote: "He was never told to leave", speaker: "a senior Harbor Department official", aff: "Harbor Department", kind: extractor.Anonymous}}},
		{name: "a body's acronym in parentheses after its name",
			text: "\"Vanland has been a poor neighbour on the river,\" said Hugo Fenn, director of the National Centre for Harbor Studies (NCHS).",
			want: []want{{quote: "Vanland has been a poor neighbour on the river,", speaker: "Hugo Fenn", role: "director", aff: "National Centre for Harbor Studies"}}},
		{name: "a nationality is no part of a role",
			text: "Ferran Ruiz, a Tarsian analyst, spoke on Monday. \"The project is sound,\" the analyst said.",
			want: []want{{quote: "The project is sound,", speaker: "Ferran Ruiz", role: "analyst"}}},
	})
}

func TestChambersOwnersCountsAndOccupations(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "the chamber its leader leads",
			text: "Senate Minority Leader Hal Reiss said the plan failed.",
			want: []want{{quote: "the plan failed", speaker: "Hal Reiss", role: "Minority Leader", aff: "Senate"}}},
		{name: "a count before a chamber's members",
			text: "Nearly 90 House members signed a letter saying the dredging must stop.",
			want: []want{{quote: "the dredging must stop", speaker: "nearly 90 House members", aff: "House", kind: extractor.Group}}},
		{name: "a possessive owner before an adjective and the group",
			text: "Sandell's top advisers said the race was close.",
			want: []want{{quote: "the race was close", speaker: "Sandell's top advisers", aff: "Sandell", kind: extractor.Group}}},
		{name: "an occupation that is also a kind of company, held at a body",
			text: "A producer for Kell Studios said the show was done.",
			want: []want{{quote: "the show was done", speaker: "a producer for Kell Studios", role: "producer", aff: "Kell Studios", kind: extractor.Anonymous}}},
		{name: "an adjective before a document's owner",
			text: "A new Kell poll found that voters were split.",
			want: []want{{quote: "voters were split", aff: "Kell"}}},
	})
}

func TestABodyAfterOfTheIsNoPerson(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "a capitalized name after of the is the body's",
			text: "The head of the Harbor Guild said the season would be hard.",
			want: []want{{quote: "the season would be hard", speaker: "the head of the Harbor Guild", role: "head", aff: "Harbor Guild"}}},
		{name: "a name after a lower-case body is still a person's",
			text: "The head of the harbor police Amna Jaffe said the pier was shut.",
			want: []want{{quote: "the pier was shut", speaker: "Amna Jaffe", kind: extractor.Person}}},
	})
}

// Shapes from a generator of attribution templates (names, bodies and roles
// combined at random), each a class of its own.

func TestTemplateShapesOfBodiesAndRoles(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "a possessive body's title, then the name, then a circumstance",
			text: "“The border stays open,” said Veloria's interior minister, Ana Roth, on Monday.",
			want: []want{{quote: "The border stays open,", speaker: "Ana Roth", role: "interior minister", aff: "Veloria"}}},
		{name: "the possessive closes a body's name of several words",
			text: "“The schedule holds,” said the Coastal Transit Board's safety inspector, Rafe Quill.",
			want: []want{{quote: "The schedule holds,", speaker: "Rafe Quill", role: "safety inspector", aff: "Coastal Transit Board"}}},
		{name: "according to a name and its appositive",
			text:   "According to Olena Varga, chief economist of Kell Foods, prices rose sharply in June.",
			want:   []want{{quote: "prices rose sharply in June", speaker: "Olena Varga", role: "chief economist", aff: "Kell Foods"}},
			absent: []string{"chief economist of Kell Foods, prices rose sharply in June"}},
		{name: "according to a name and a relative clause",
			text: "According to Priya Ran, who works as an analyst at the Harbor Authority, the lease was never signed.",
			want: []want{{quote: "the lease was never signed", speaker: "Priya Ran", role: "analyst", aff: "Harbor Authority"}}},
		{name: "according to a possessive body's title and a name",
			text: "According to Pinecrest Clinic's chief of surgery, Dara Holm, the ward will close.",
			want: []want{{quote: "the ward will close", speaker: "Dara Holm", role: "chief of surgery", aff: "Pinecrest Clinic"}}},
		{name: "a title in lower case takes none of the body's capitalized words",
			text: "Valmont School District spokeswoman Maeve Carr said the buses would run late.",
			want: []want{{quote: "the buses would run late", speaker: "Maeve Carr", role: "spokeswoman", aff: "Valmont School District"}}},
		{name: "a body's name holding of, before a title of two lower-case words",
			text: "“The quota is final,” said Ministry of Fisheries permanent secretary Ivo Rask.",
			want: []want{{quote: "The quota is final,", speaker: "Ivo Rask", role: "permanent secretary", aff: "Ministry of Fisheries"}}},
		{name: "the for inside a body's name is no description's object",
			text: "Center for Rural Policy's director, Carmen Vila, said most farms had recovered.",
			want: []want{{quote: "most farms had recovered", speaker: "Carmen Vila", role: "director", aff: "Center for Rural Policy"}}},
		{name: "a one-word company before a spokesman",
			text: "“We will not back down,” said Fenwatch spokesman Dal Hayes.",
			want: []want{{quote: "We will not back down,", speaker: "Dal Hayes", role: "spokesman", aff: "Fenwatch"}}},
		{name: "a possessive body before a role of two lower-case words, then the name",
			text: "“We will not back down,” said Coastal Transit Board's safety inspector, Ana María Cárdenas.",
			want: []want{{quote: "We will not back down,", speaker: "Ana María Cárdenas", role: "safety inspector", aff: "Coastal Transit Board"}}},
		{name: "general counsel is one role, and the general later is someone else",
			text: "Kell Foods general counsel Kojo Asare said the plan would cost more.\n\nThe general said the troops would stay.",
			want: []want{{quote: "the plan would cost more", speaker: "Kojo Asare", role: "general counsel", aff: "Kell Foods"},
				{quote: "the troops would stay", speaker: "the general"}}},
		{name: "an occupation in -ist opening a sentence",
			text: "Geologist Priya Raghu of Redfen Mining said most of the ore was gone.",
			want: []want{{quote: "most of the ore was gone", speaker: "Priya Raghu", role: "geologist", aff: "Redfen Mining"}}},
		{name: "a Nordic family name in -qvist opening a sentence is no occupation",
			text: "Kofi Asare, a deckhand, said the pier was unsafe. Lindqvist, his captain, said the talks would resume.",
			want: []want{{quote: "the talks would resume", speaker: "Lindqvist", role: "captain", kind: extractor.Person}}},
		{name: "a role for a body, then the name: never fused",
			text: "“It is short,” a spokeswoman for the Harbor Authority, Jane Dorr, said.",
			want: []want{{quote: "It is short,", speaker: "Jane Dorr", role: "spokeswoman", aff: "Harbor Authority"}}},
		{name: "a role for a person, then the name",
			text: "A spokesman for Governor Tom Bell, Dan Ferro, said the budget was short.",
			want: []want{{quote: "the budget was short", speaker: "Dan Ferro", role: "spokesman", aff: "Tom Bell"}}},
		{name: "a sentence's first word before a lower-case title, the body after the name",
			text: "Safety inspector Dal Hayes of the Federal Transit Board said the brakes had failed.",
			want: []want{{quote: "the brakes had failed", speaker: "Dal Hayes", role: "safety inspector", aff: "Federal Transit Board"}}},
	})
}

func TestSupportForAThingIsNoClaim(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "support with a plain object",
			text:   "Most dockworkers supported the deal, the union said.",
			want:   []want{{quote: "Most dockworkers supported the deal", speaker: "the union"}},
			absent: []string{"the deal", "the deal, the union said"}},
		{name: "oppose with a plain object",
			text:   "Senators opposed the harbor bill, which passed 60-40.",
			absent: []string{"the harbor bill", "the harbor bill, which passed 60-40"}},
	})
}

func TestUnnamedSourcesKeepTheirBody(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "a body after the description, before an anonymity clause",
			text: "An official at Pinecrest Clinic who asked not to be named because the talks were private said the pier was unsafe.",
			want: []want{{quote: "the pier was unsafe", speaker: "an official at Pinecrest Clinic", role: "official", aff: "Pinecrest Clinic", kind: extractor.Anonymous}}},
		{name: "a body inside the description, opening the sentence",
			text: "A Kell Foods executive who asked not to be identified said the vote would be delayed.",
			want: []want{{quote: "the vote would be delayed", speaker: "a Kell Foods executive", role: "executive", aff: "Kell Foods", kind: extractor.Anonymous}}},
		{name: "a place before the description is no body",
			text: "One Dunmore resident, who asked not to be named, said the pier was unsafe.",
			want: []want{{quote: "the pier was unsafe", speaker: "one Dunmore resident", role: "resident", aff: "-", kind: extractor.Anonymous}}},
		{name: "a company named with its trade word is no person, and the company is it later",
			text: "In a statement, Redfen Mining said the lease had expired in March.\n\nThe company also said two inspectors had resigned.",
			want: []want{{quote: "the lease had expired in March", speaker: "Redfen Mining", kind: extractor.Organization},
				{quote: "two inspectors had resigned", speaker: "Redfen Mining", kind: extractor.Organization}}},
	})
}

func TestYearsHeldAreNoPartOfARole(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "from a year to a year after the office",
			text: "Ana Varga, Ostland's ambassador to Vanland from 2007 to 2013, said Ostland must answer the claims.",
			want: []want{{quote: "Ostland must answer the claims", speaker: "Ana Varga", role: "ambassador to Vanland", aff: "Ostland"}}},
	})
}

func TestAnOfficeOwnedThroughAPronounAfterTheCue(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "her campaign manager after the cue",
			text: "Ines Ruiz spoke in Tolland on Monday. \"We are far ahead,\" added her campaign manager Jed Weir, talking with reporters.",
			want: []want{{quote: "We are far ahead,", speaker: "Jed Weir", role: "manager", aff: "Ruiz campaign"}}},
	})
}

func TestStaffToANamedPerson(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "chief of staff to a senator",
			text: "\"The plan failed,\" said Ana Roth, chief of staff to Sen. Ida Moss.",
			want: []want{{quote: "The plan failed,", speaker: "Ana Roth", role: "chief of staff", aff: "Ida Moss"}}},
		{name: "ambassador to a place keeps its place in the role",
			text: "\"The plan failed,\" said Jo Park, ambassador to Vanland.",
			want: []want{{quote: "The plan failed,", speaker: "Jo Park", role: "ambassador to Vanland"}}},
	})
}

func TestATitlesFieldBeforeTheName(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "a body, a title with its field, the name, after the cue",
			text: "\"Our crews worked,\" said Pinecrest Clinic chief of surgery Olena Koval.",
			want: []want{{quote: "Our crews worked,", speaker: "Olena Koval", role: "chief of surgery", aff: "Pinecrest Clinic"}}},
		{name: "the same opening the sentence",
			text: "Pinecrest Clinic chief of surgery Jean Moreau said: \"Nobody saw this.\"",
			want: []want{{quote: "Nobody saw this.", speaker: "Jean Moreau", role: "chief of surgery", aff: "Pinecrest Clinic"}}},
	})
}

func TestCommitteemenAndOfficesHeldNow(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "a member of a national committee named as its committeeman",
			text: "\"It is implausible,\" said Rand Evers, a Republican National Committeeman from Ostland.",
			want: []want{{quote: "It is implausible,", speaker: "Rand Evers", role: "committeeman", aff: "Republican National Committee"}}},
		{name: "a committee's acronym before committeeman",
			text: "\"It is noise,\" said Sol Yuen, an RNC committeeman from Vanland.",
			want: []want{{quote: "It is noise,", speaker: "Sol Yuen", role: "committeeman", aff: "RNC"}}},
		{name: "a past office and the one held now, in a long appositive",
			text: "\"That is the point,\" said Mo Ellery, a campaign aide in her lost 2010 race and now director of the Dunmore University Institute of Civic Life.",
			want: []want{{quote: "That is the point,", speaker: "Mo Ellery", role: "director", aff: "Dunmore University Institute of Civic Life"}}},
	})
}

func TestTwoOfficesInOneAppositive(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "the second office names its body",
			text: "Nafa, a physics lecturer and a member of the Harbor Mosque board, said he never saw him.",
			want: []want{{quote: "he never saw him", speaker: "Nafa", role: "member", aff: "Harbor Mosque board"}}},
		{name: "the first office names its body",
			text: "\"It is noise,\" said Sol Yuen, an RNC committeeman from Vanland and a member of the party platform panel.",
			want: []want{{quote: "It is noise,", speaker: "Sol Yuen", role: "committeeman", aff: "RNC"}}},
	})
}

func TestAUnitSpeaksForItsOwner(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "a person's office",
			text: "Colm Powers served under two presidents.\n\nPowers's office said he did not recall the dinner.",
			want: []want{{quote: "he did not recall the dinner", speaker: "Powers's office", aff: "Powers", kind: extractor.Organization}}},
		{name: "a company's office named before the noun",
			text: "The Kell Foods office said the plant was closed.",
			want: []want{{quote: "the plant was closed", speaker: "Kell Foods office", aff: "Kell Foods", kind: extractor.Organization}}},
	})
}

func TestAnOfficeGivenOutsideAnyAttribution(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "a state's office named with the state after the name, in a list",
			text: "Kasper spoke first.\n\n\"I have worked on this for thirty years,\" Kasper said.\n\nThe other candidates - Sen. Ted Cole of Texas and Gov. John Kasper of Ohio - also spoke at the conference.",
			want: []want{{quote: "I have worked on this for thirty years,", role: "governor", aff: "Ohio"}}},
		{name: "a legislator's state is no body",
			text: "\"We will win,\" Cole said.\n\nThe candidates - Sen. Ted Cole of Texas and others - spoke.",
			want: []want{{quote: "We will win,", aff: "-"}}},
	})
}

func TestAnAppositiveOutsideAnyAttribution(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "an appositive on a name in another's sentence",
			text: "\"He could have been saved,\" Hicks said.\n\nHarbor Watch noted testimony by Greg Hicks, the former second-ranking diplomat at the Ostland Embassy.",
			want: []want{{quote: "He could have been saved,", speaker: "Greg Hicks", role: "former second-ranking diplomat", aff: "Ostland Embassy"}}},
		{name: "only a named body",
			text: "\"We won the lottery,\" Tim Canova said.\n\nSo far Canova, a law lecturer in his first race for office, has raised a lot.",
			want: []want{{quote: "We won the lottery,", speaker: "Tim Canova", aff: "-"}}},
	})
}

func TestGroupsAtABody(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "officials at a body",
			text: "Officials at the Harbor Authority said the pier would reopen.",
			want: []want{{quote: "the pier would reopen", speaker: "officials at the Harbor Authority", kind: extractor.Group, aff: "Harbor Authority"}}},
		{name: "residents of a town have no body",
			text: "Residents of Tolland said the pier was unsafe.",
			want: []want{{quote: "the pier was unsafe", speaker: "residents of Tolland", kind: extractor.Group, aff: "-"}}},
		{name: "critics of a body are not its members",
			text: "Critics of the Vance administration said it failed.",
			want: []want{{quote: "it failed", speaker: "critics of the Vance administration", kind: extractor.Group, aff: "-"}}},
	})
}

func TestABodyNameWithForTheAndOfBeforeATitle(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "a long body name before a lower-case title",
			text: "\"People need this,\" said Joint Council for the Care of Ferry Workers campaigner Cait Bos.",
			want: []want{{quote: "People need this,", speaker: "Cait Bos", role: "campaigner", aff: "Joint Council for the Care of Ferry Workers"}}},
	})
}

func TestFieldsAndAdjectivesInRoles(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "an office's field after for",
			text: "\"The memo was clear,\" said Patrick F. Kenner, undersecretary for management.",
			want: []want{{quote: "The memo was clear,", speaker: "Patrick F. Kenner", role: "undersecretary for management", aff: "-"}}},
		{name: "an adjective opening the sentence is the role's",
			text: "Political scientist Ana Roth said the plan failed.",
			want: []want{{quote: "the plan failed", speaker: "Ana Roth", role: "political scientist", aff: "-"}}},
	})
}

func TestKinshipCourtsAndOccupations(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "a relative's job after the kinship",
			text: "\"This is satire,\" said Tomas Vik, Elin's brother and a fellow television comedian.",
			want: []want{{quote: "This is satire,", speaker: "Tomas Vik", role: "television comedian", aff: "-"}}},
		{name: "a court named by its kind is part of the judge's title",
			text: "Circuit Court Judge Ada Moss, writing for the majority, said the rule was fair.",
			want: []want{{quote: "the rule was fair", speaker: "Ada Moss", role: "Circuit Court Judge", aff: "-"}}},
		{name: "a court with its place is a body",
			text: "Oregon Supreme Court Justice Ann Lee said the law was void.",
			want: []want{{quote: "the law was void", speaker: "Ann Lee", role: "Justice", aff: "Oregon Supreme Court"}}},
		{name: "a waitress at a named place",
			text: "Rosa Mena, a waitress at the Gull Diner, said the tips were down.",
			want: []want{{quote: "the tips were down", speaker: "Rosa Mena", role: "waitress", aff: "Gull Diner"}}},
	})
}

func TestDescriptionsEndingAtARelativeClauseAndStatesEndingLikeDemonyms(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "a description closed by who",
			text: "\"You cannot run from your own party,\" said Alan Lech, an eminent professor of law at Harbor University who has argued every case since 1984.",
			want: []want{{quote: "You cannot run from your own party,", speaker: "Alan Lech", role: "eminent professor of law", aff: "Harbor University"}}},
		{name: "a trailing attribution whose description ends at who",
			text: "Its first spot could air this week, said Brian Bale, a longtime adviser to the Moss family who oversees the campaign.",
			want: []want{{quote: "Its first spot could air this week", speaker: "Brian Bale", aff: "Moss family"}}},
		{name: "a state whose name ends like a demonym",
			text: "Michigan Gov. Rick Moss said the water was safe.",
			want: []want{{quote: "the water was safe", speaker: "Rick Moss", role: "governor", aff: "Michigan"}}},
		{name: "a verb ending like an agent noun is no title",
			text: "Two aides went to assist Flint Mayor Karen Wade.\n\n\"We need help,\" Wade said.",
			want: []want{{quote: "We need help,", speaker: "Karen Wade", role: "Mayor", aff: "Flint"}}},
	})
}

func TestATitleInThePluralBeforeTwoNames(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "hosts before two names: the first is a host",
			text: "In an interview with Harbor Morning hosts Joe Scarlet and Mia Brand, the candidate spoke.\n\n\"He is fun,\" the host said.",
			want: []want{{quote: "He is fun,", speaker: "Joe Scarlet", role: "host"}}},
	})
}

func TestPlacesAndUnnamedBodiesAreNoAffiliation(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "an area before an occupation",
			text: "Baltimore-area businessman Dev Singh said he was fine.",
			want: []want{{quote: "he was fine", speaker: "Dev Singh", role: "businessman", aff: "-"}}},
		{name: "a body named only by its kind",
			text: "Norma Sand, the owner of a strip mall, said she always votes.",
			want: []want{{quote: "she always votes", speaker: "Norma Sand", role: "owner", aff: "-"}}},
		{name: "an unnamed firm leaves the role bare",
			text: "Ana Ruiz, a lawyer at a small firm in Tolland, said she was fine.",
			want: []want{{quote: "she was fine", speaker: "Ana Ruiz", role: "lawyer", aff: "-"}}},
	})
}

func TestAnOfficeAfterIsListedAs(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "is listed as the head of a group",
			text: "Dahla Hamm is listed as the head of Harbor Patriots for Moss. Recently she wrote on her page, \"I am getting off the ship!\"",
			want: []want{{quote: "I am getting off the ship!", speaker: "Dahla Hamm", role: "head", aff: "Harbor Patriots for Moss"}}},
	})
}
