package rules

import (
	"testing"

	"github.com/whosaid/whosaid/extractor"
)

func TestSpeakers(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "name before cue", text: `“We are ready,” Maria Lopez said.`,
			want: []want{{quote: "We are ready,", speaker: "Maria Lopez", mention: "Maria Lopez", kind: extractor.Person}}},
		{name: "appositive role and affiliation", text: `Maria Lopez, director of the Center for Urban Policy, told reporters that the bridge was safe.`,
			want: []want{{quote: "the bridge was safe", speaker: "Maria Lopez", role: "director", aff: "Center for Urban Policy"}}},
		{name: "title before name with organization", text: `Urban Policy Center chief Maria Lopez said the bridge was safe.`,
			want: []want{{quote: "the bridge was safe", speaker: "Maria Lopez", role: "chief", aff: "Urban Policy Center"}}},
		{name: "capitalized title", text: `“We have no money left,” said Health Minister Ana Ruiz.`,
			want: []want{{quote: "We have no money left,", speaker: "Ana Ruiz", role: "Health Minister"}}},
		{name: "role carried to later quotes", text: "Maria Lopez, director of the Center for Urban Policy, spoke first.\n\n“The bridge is safe,” Lopez said.",
			want: []want{{quote: "The bridge is safe,", speaker: "Maria Lopez", mention: "Lopez", role: "director", aff: "Center for Urban Policy"}}},
		{name: "pronoun she", text: "“The bridge is safe,” said Maria Lopez.\n\n“The cables are new,” she said.",
			want: []want{{quote: "The cables are new,", speaker: "Maria Lopez", mention: "she"}}},
		{name: "pronoun picks compatible gender", text: "“The bridge is safe,” said Maria Lopez. “It is not,” said Tom Hale.\n\n“The cables are new,” she said.",
			want: []want{{quote: "The cables are new,", speaker: "Maria Lopez"}}},
		{name: "pronoun with nobody before", text: `“The cables are new,” he said.`,
			want: []want{{quote: "The cables are new,", kind: extractor.Unknown, mention: "he"}}},
		{name: "they resolves to a group", text: "Residents said the water was brown.\n\n“We cannot drink it,” they said.",
			want: []want{{quote: "We cannot drink it,", speaker: "residents", kind: extractor.Group}}},
		{name: "honorific short reference", text: "Maria Lopez, a nurse, spoke first.\n\n“The ward is full,” Ms. Lopez said.",
			want: []want{{quote: "The ward is full,", speaker: "Maria Lopez", role: "nurse"}}},
		{name: "acronym never spelled out", text: "Maria Lopez, director of the Center for Urban Policy, spoke first.\n\n“The bridge is safe,” said the CUP chief.",
			want: []want{{quote: "The bridge is safe,", speaker: "Maria Lopez", mention: "the CUP chief"}}},
		{name: "surname of the organization", text: "Maria Lopez, director of the Center for Urban Policy, and Carlos Lopez, a council member, spoke.\n\n“The bridge is safe,” said Lopez of the CUP.",
			want: []want{{quote: "The bridge is safe,", speaker: "Maria Lopez", mention: "Lopez of the CUP"}}},
		{name: "shared surname not merged", text: "Maria Lopez and Carlos Lopez both spoke at the meeting.\n\n“The bridge is safe,” Lopez said.",
			want: []want{{quote: "The bridge is safe,", speaker: "Lopez", kind: extractor.Person}}},
		{name: "shared surname told apart by honorific", text: "Maria Lopez and Carlos Lopez both spoke at the meeting.\n\n“The bridge is safe,” Mr. Lopez said.",
			want: []want{{quote: "The bridge is safe,", speaker: "Carlos Lopez"}}},
		{name: "groups", text: `Some observers said the vote was rigged. Activists warned that more protests would follow.`,
			want: []want{
				{quote: "the vote was rigged", speaker: "some observers", kind: extractor.Group},
				{quote: "more protests would follow", speaker: "activists", kind: extractor.Group},
			}},
		{name: "organizations", text: `The health ministry said the clinics would close. Acme Corp. said it would appeal the ruling.`,
			want: []want{
				{quote: "the clinics would close", speaker: "the health ministry", kind: extractor.Organization},
				{quote: "it would appeal the ruling", speaker: "Acme Corp.", kind: extractor.Organization},
			}},
		{name: "the company resolves to the latest company", text: "Acme Corp. opened a plant in May.\n\nThe company said it would hire 300 workers.",
			want: []want{{quote: "it would hire 300 workers", speaker: "Acme Corp.", kind: extractor.Organization}}},
		{name: "anonymous relative clause", text: `“We have no beds,” a nurse, who asked not to be named, said.`,
			want: []want{{quote: "We have no beds,", speaker: "a nurse", mention: "a nurse", kind: extractor.Anonymous, role: "nurse"}}},
		{name: "anonymous familiar with", text: `The talks collapsed on Friday, a person familiar with the matter said.`,
			want: []want{{quote: "The talks collapsed on Friday", speaker: "a person familiar with the matter", kind: extractor.Anonymous}}},
		{name: "anonymous condition of anonymity", text: `An official who spoke on condition of anonymity said the talks had collapsed.`,
			want: []want{{quote: "the talks had collapsed", kind: extractor.Anonymous, speaker: "an official", mention: "An official"}}},
		{name: "unnamed spokeswoman", text: `A spokeswoman for the ministry said the clinics would close.`,
			want: []want{{quote: "the clinics would close", kind: extractor.Anonymous, speaker: "a spokeswoman for the ministry", role: "spokeswoman", aff: "the ministry"}}},
		{name: "no speaker is unknown", text: `“The bridge is safe and the cables are new.”`,
			want: []want{{quote: "The bridge is safe and the cables are new.", kind: extractor.Unknown}}},
	})
}

func TestStrayMarks(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "unclosed mid-paragraph does not swallow", text: "The mayor said the “plan was fine. Maria Lopez said that the bridge would reopen in May.\n\nThe council met on Tuesday.",
			want: []want{{quote: "the bridge would reopen in May", speaker: "Maria Lopez"}}},
		{name: "stray closing mark", text: `The bridge” will reopen, Maria Lopez said.`,
			want: []want{{quote: "The bridge” will reopen", speaker: "Maria Lopez"}}},
		{name: "unclosed never crosses paragraphs", text: "“The plan is fine, said nobody\n\nThe council met on Tuesday and voted to close the bridge.",
			absent: []string{"The council met on Tuesday and voted to close the bridge."}},
		{name: "inch marks", text: `Workers laid a 12" pipe. “It is too small,” said Ana Ortiz.`,
			want: []want{{quote: "It is too small,", speaker: "Ana Ortiz"}}},
	})
}

func TestASurnameSharedByTwoPeopleIsTheOneSpeaking(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "the spouse named later has not spoken",
			text: "Ada Marsh does not recognize him.\n\nOf course, Marsh said, \"I did not know him well.\"\n\nMarsh and her husband, former Mayor Tom Marsh, attended the wedding.\n\n\"Some of his comments have been divisive,\" Marsh said.",
			want: []want{{quote: "Some of his comments have been divisive,", speaker: "Ada Marsh"}}},
	})
}

func TestTheSubjectAfterAnOpeningPhrase(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "a person named inside the opening phrase is not whom he means",
			text: "Tom Vale landed in Tolland.\n\nIntroduced by Joe Arden, Vale spoke for an hour.\n\n\"We will build the pier!\" he said.",
			want: []want{{quote: "We will build the pier!", speaker: "Tom Vale"}}},
		{name: "a long opening phrase with an appositive",
			text: "Tom Vale landed in Tolland. Introduced at the podium by Joe Arden, the harbor master and a longtime critic, Vale launched into a lament.\n\n\"We will build the pier!\" he said.",
			want: []want{{quote: "We will build the pier!", speaker: "Tom Vale"}}},
	})
}

func TestTheSubjectAfterASubordinateClause(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "a clause opened by after, with a person of its own",
			text: "Ben Vale campaigned in Ohio.\n\nTad Moss, an adviser, spoke on Monday.\n\nBut even after Ana Ruiz, facing a surging Vale, dropped her reluctance to debate, Vale kept on portraying her as a coward.\n\nFriday, he told the Harbor News that the schedule was unfair.",
			want: []want{{quote: "the schedule was unfair", speaker: "Ben Vale"}}},
	})
}

func TestAPersonInATrailingWhenClauseIsNotWhomHeMeans(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "it is reminiscent of a year, when someone else acted",
			text: "Tom Bale, the chief executive, spoke in Tolland.\n\n\"The harbor is changing,\" Bale told me Wednesday.\n\nIt is reminiscent of 1996, when board chairman Ray Orme ordered the firm to change course. In our talk, he made it clear that the firm has big plans.\n\n\"Ferries are huge,\" he said.",
			want: []want{{quote: "Ferries are huge,", speaker: "Tom Bale"}}},
	})
}

func TestTheOrganizationIsNoDocument(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "a document with its maker is not the organization",
			text: "Kelwatch International said 40 people died, according to reliable accounts gathered by Kelwatch.\n\nThe organization believes that the real toll may be much higher.",
			want: []want{{quote: "the real toll may be much higher", speaker: "Kelwatch International"}}},
	})
}

func TestADescribedSubjectAfterALongOpeningPhrase(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "the 48-year-old CEO after an opening phrase with a participle",
			text: "Tom Bale, the company CEO, spoke in Tolland.\n\nIn his talk to the club, held at the harbor hall in Tolland, the 51-year-old CEO outlined his plan.\n\nIt is reminiscent of 1996, when board chairman Ray Orme ordered a change. In our talk, he made it clear that the firm has big plans.",
			want: []want{{quote: "the firm has big plans", speaker: "Tom Bale"}}},
	})
}

func TestAColonClosingAClauseAboutAPerson(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "a person and a verb before the colon introduce the quotation",
			text: "It was, in fact, Ted Crane who set it off.\n\nWhen the moderators gave in to snark — and how tempting that is! — Crane called them on it:\n\n“The questions put tonight show why people distrust the press.”",
			want: []want{{quote: "The questions put tonight show why people distrust the press.", speaker: "Ted Crane"}}},
	})
}

func TestANameWithAMisdecodedLetter(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "UTF-8 read as Latin-1 inside a given name",
			text: "Mayor JosÃ© Varela spoke on Monday.\n\n\"I would have backed him fully,\" Mr. Varela said.",
			want: []want{{quote: "I would have backed him fully,", speaker: "JosÃ© Varela"}}},
	})
}

func TestSurnamesThatAreWordsForABody(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "a mayor named Guardian",
			text: "\"We need the attention,\" said Harbor City Mayor Don Guardian.\n\nGuardian said he understood the visit.",
			want: []want{{quote: "We need the attention,", speaker: "Don Guardian", role: "Mayor", kind: extractor.Person},
				{quote: "he understood the visit", speaker: "Don Guardian", kind: extractor.Person}}},
		{name: "an actress named Banks, then Banks opening a sentence",
			text: "Actress Elizabeth Banks said the film was fun.\n\nBanks said she would return.",
			want: []want{{quote: "she would return", speaker: "Elizabeth Banks", kind: extractor.Person}}},
		{name: "banks with no one of that name are banks",
			text: "Banks said they would raise rates.",
			want: []want{{quote: "they would raise rates", speaker: "banks", kind: extractor.Group}}},
		{name: "a church is still a body",
			text: "The Harbor Church said the vigil was set.",
			want: []want{{quote: "the vigil was set", speaker: "Harbor Church", kind: extractor.Organization}}},
	})
}
