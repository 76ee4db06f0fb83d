package rules

import (
	"testing"

	"github.com/whosaid/whosaid/extractor"
)

// The classes of error found on articles the engine had never seen, each
// with invented text in its shape.

func TestPronounsFollowTheSubject(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "he is the subject before, not the person named last",
			text: "Mayor Luis Morales met the new minister, Tomas Perez, on Monday. He said the talks had failed.",
			want: []want{{quote: "the talks had failed", speaker: "Luis Morales", mention: "He"}}},
		{name: "she is the subject of the sentence before, across a quote of another",
			text: "Rita Vance, who sang in the film, had a similar experience with Nora Quinn.\n\nVance worried about the song at first. “But the story moved me,” she said.",
			want: []want{{quote: "But the story moved me,", speaker: "Rita Vance"}}},
		{name: "a surname shared by two is narrowed by the pronoun's gender",
			text: "Bill Haller and Anne Haller both spoke at the rally.\n\nHaller used the debate to attack the plan. She noted that the budget was short.",
			want: []want{{quote: "the budget was short", speaker: "Anne Haller"}}},
	})
}

func TestSpeakerCarriedToLaterQuotes(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "second quote of the paragraph",
			text: `“We tried,” Lee Park said. “But the money ran out.”`,
			want: []want{{quote: "But the money ran out.", speaker: "Lee Park"}}},
		{name: "quote paragraph after an indirect one",
			text: "Kerry Blake said that 100,000 people would be admitted next year.\n\n“That adds up to a lot of work for the agency.”",
			want: []want{{quote: "That adds up to a lot of work for the agency.", speaker: "Kerry Blake"}}},
		{name: "quote paragraph after a one-line aside",
			text: "“The river rose four feet overnight,” said Mayor Tom Hale.\n\nPhoto by staff.\n\n“We have never seen anything like it.”",
			want: []want{{quote: "We have never seen anything like it.", speaker: "Tom Hale"}}},
		{name: "a short attribution closing a paragraph introduces the next quote",
			text: "Howard Lutz continued his remarks.\n\n“Eight years ago she was the favorite, and then a new face came along.”",
			want: []want{{quote: "Eight years ago she was the favorite, and then a new face came along.", speaker: "Howard Lutz"}}},
	})
}

func TestTitleBeforeName(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "title and organization before the name",
			text: `“We will win,” White House press secretary Dana Cole said.`,
			want: []want{{quote: "We will win,", speaker: "Dana Cole", role: "press secretary", aff: "White House"}}},
		{name: "lower-case organization word before a title is no speaker",
			text: `“The ice is thinner than we thought,” said agency planetary scientist Lu Pan.`,
			want: []want{{quote: "The ice is thinner than we thought,", speaker: "Lu Pan", kind: extractor.Person}}},
		{name: "a long appositive without its closing comma",
			text: `“Rates will stay high,” Kim Soto, an analyst at the Hale Institute think tank told reporters.`,
			want: []want{{quote: "Rates will stay high,", speaker: "Kim Soto", cue: "told"}}},
		{name: "a place after told reporters is no quote",
			text:   `Premier Ivo Marek told reporters aboard the plane that the deal was close.`,
			want:   []want{{quote: "the deal was close", speaker: "Ivo Marek"}},
			absent: []string{"aboard the plane", "aboard the plane that the deal was close"}},
	})
}

func TestKindsOfSources(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "an advocacy group named after its kind",
			text: `The advocacy group Project Harbor said the port was polluting the bay.`,
			want: []want{{quote: "the port was polluting the bay", speaker: "Project Harbor", kind: extractor.Organization}}},
		{name: "a company said",
			text: `Kestrel Motors said the recall would cover 40,000 cars.`,
			want: []want{{quote: "the recall would cover 40,000 cars", speaker: "Kestrel Motors", kind: extractor.Organization}}},
		{name: "a name described as a company before it",
			text: `The label that owns her early songs, Big Harbor, says she may perform them.`,
			want: []want{{quote: "she may perform them", speaker: "Big Harbor", kind: extractor.Organization}}},
	})
}

func TestSpans(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "an opening adverbial before a parenthetical attribution",
			text:   `For days after the storm, officials say, crews will work through the night.`,
			want:   []want{{quote: "For days after the storm, officials say, crews will work through the night", speaker: "officials"}},
			absent: []string{"For days after the storm"}},
		{name: "content keeps its own but",
			text: `Ana Ortiz said the bridge would close, but only for a week.`,
			want: []want{{quote: "the bridge would close, but only for a week", speaker: "Ana Ortiz"}}},
		{name: "a lone dash opens the writer's aside",
			text: `The president says his approach has worked — and in some cases, he is right.`,
			want: []want{{quote: "his approach has worked", speaker: "the president"}}},
		{name: "paired dashes stay in the claim",
			text: `The agency said the five firms — Kestrel, Ostmark and three others — had been selected.`,
			want: []want{{quote: "the five firms — Kestrel, Ostmark and three others — had been selected"}}},
		{name: "a mixed quote keeps the paraphrase around its fragment",
			text: `Lopez said the council had been “asleep at the wheel” for a decade and should resign.`,
			want: []want{{quote: "the council had been “asleep at the wheel” for a decade and should resign", typ: extractor.Mixed}}},
		{name: "said she believed is one claim",
			text:   `Ana Reyes said she believed the plan would fail.`,
			want:   []want{{quote: "the plan would fail", speaker: "Ana Reyes", cue: "said"}},
			absent: []string{"she believed the plan would fail"}},
		{name: "two that-clauses are two claims",
			text: `Cmdr. Sean Reid told reporters that the claim was false, and that the base would stay open.`,
			want: []want{{quote: "the claim was false", speaker: "Sean Reid"}, {quote: "the base would stay open", speaker: "Sean Reid"}}},
		{name: "a list after said: is one claim per item",
			text: "The mayor, Rosa Kline, said:\n\n- The bridge will reopen in May.\n\n- Tolls will not rise this year.\n\nThe council meets again on Friday.",
			want: []want{
				{quote: "The bridge will reopen in May.", speaker: "Rosa Kline"},
				{quote: "Tolls will not rise this year.", speaker: "Rosa Kline"},
			},
			absent: []string{"The council meets again on Friday."}},
		{name: "a subheading in quote marks is no quote",
			text:   "The council voted on Monday.\n\n“A Decade of Delay”\n\nThe vote came after years of debate, Lopez said.",
			absent: []string{"A Decade of Delay"}},
	})
}

func TestMoreCues(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "instructed", text: `The governor instructed agencies to cut travel budgets.`,
			want: []want{{quote: "agencies to cut travel budgets", cue: "instructed"}}},
		{name: "hinted", text: `Ana Ortiz hinted that she would run again.`,
			want: []want{{quote: "she would run again", cue: "hinted"}}},
		{name: "speculated", text: `Analysts speculated that the merger would fail.`,
			want: []want{{quote: "the merger would fail", cue: "speculated", speaker: "analysts"}}},
		{name: "demonstrated", text: `The study demonstrated that the drug cut deaths by a third.`,
			want: []want{{quote: "the drug cut deaths by a third", cue: "demonstrated"}}},
		{name: "summed up", text: `Lena Brandt summed up the mood: the plan was dead.`,
			want: []want{{quote: "the plan was dead", cue: "summed up"}}},
		{name: "described as", text: `Ana Ortiz described the budget as a fantasy.`,
			want: []want{{quote: "the budget as a fantasy", cue: "described"}}},
		{name: "suggests", text: `New data suggests the virus spread earlier.`,
			want: []want{{quote: "the virus spread earlier", cue: "suggests"}}},
		{name: "suggesting", text: `Tom Hale spoke for an hour, suggesting the plan had no money behind it.`,
			want: []want{{quote: "the plan had no money behind it", cue: "suggesting", speaker: "Tom Hale"}}},
		{name: "claims without that", text: `The company claims its cables are safe.`,
			want: []want{{quote: "its cables are safe", cue: "claims"}}},
		{name: "a second verb sharing the subject", text: `Lee Park said the budget was balanced but insisted that taxes would rise.`,
			want: []want{{quote: "the budget was balanced", speaker: "Lee Park"}, {quote: "taxes would rise", speaker: "Lee Park", cue: "insisted"}}},
		{name: "a verb in a relative clause on the speaker", text: `The plant will close, said the officials, who added that 300 jobs would go.`,
			want: []want{{quote: "The plant will close", speaker: "the officials"}, {quote: "300 jobs would go", speaker: "the officials", cue: "added"}}},
		{name: "a noun before a partial quote is no cue",
			text: "Maria Lopez spoke first.\n\nLopez called the second-opinion plan “a way of buying time with other people’s money.”",
			want: []want{{quote: "the second-opinion plan “a way of buying time with other people’s money.”", speaker: "Maria Lopez", cue: "called"}}},
		{name: "a topic is no claim", text: `Lee Park talked about taxes and discussed the budget.`,
			absent: []string{"taxes", "about taxes", "the budget", "taxes and discussed the budget"}},
	})
}

func TestCueClasses(t *testing.T) {
	tests := []struct{ text, quote, class string }{
		{`Ana Ortiz said the bridge was safe.`, "the bridge was safe", "speech"},
		{`Ana Ortiz denied that the bridge was unsafe.`, "the bridge was unsafe", "statement"},
		{`The survey found that most voters want change.`, "most voters want change", "evidence"},
		{`According to the report, the bridge is unsafe.`, "the bridge is unsafe", "evidence"},
		{`According to Ana Ortiz, the bridge is unsafe.`, "the bridge is unsafe", "speech"},
		{`Ana Ortiz believes the bridge is unsafe.`, "the bridge is unsafe", "belief"},
		{`Ana Ortiz urged the council to close the bridge.`, "the council to close the bridge", "intent"},
		{`Ana Ortiz called for a full audit of the bridge.`, "a full audit of the bridge", "intent"},
		{`A new study suggests the bridge is unsafe.`, "the bridge is unsafe", "evidence"},
		{`Ana Ortiz suggested the bridge was unsafe.`, "the bridge was unsafe", "statement"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			qs, _ := extract(t, tt.text)
			for _, q := range qs {
				if q.Quote == tt.quote {
					if q.CueClass != tt.class {
						t.Errorf("got class %q, want %q", q.CueClass, tt.class)
					}
					return
				}
			}
			t.Errorf("no record %q in %+v", tt.quote, qs)
		})
	}
}

func TestRolesAndAffiliations(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "in a relative clause, on every record",
			text: "Ken Ito, who works as a managing director at Dale Securities, said rates would fall.\n\n“We are ready,” Ito said.",
			want: []want{
				{quote: "rates would fall", speaker: "Ken Ito", role: "managing director", aff: "Dale Securities"},
				{quote: "We are ready,", speaker: "Ken Ito", role: "managing director", aff: "Dale Securities"},
			}},
		{name: "given at a first mention that is no quote",
			text: "The closures upset the neighborhood, worried Ana Reyes, deputy commissioner at the Parks Department.\n\nMs. Reyes said the parks would reopen in May.",
			want: []want{{quote: "the parks would reopen in May", speaker: "Ana Reyes", role: "deputy commissioner", aff: "Parks Department"}}},
		{name: "organization inside the title",
			text: `Harbor Authority press secretary Dana Cole said the port would stay open.`,
			want: []want{{quote: "the port would stay open", speaker: "Dana Cole", role: "press secretary", aff: "Harbor Authority"}}},
		{name: "a person's possessive",
			text: `Vance's deputy, Omar Reid, said the budget was late.`,
			want: []want{{quote: "the budget was late", speaker: "Omar Reid", role: "deputy", aff: "Vance"}}},
		{name: "a place is no affiliation",
			text: `“We lost everything,” said Paul Ortega, a nurse from San Diego.`,
			want: []want{{quote: "We lost everything,", speaker: "Paul Ortega", role: "nurse", aff: "-"}}},
		{name: "a comma inside the organization's name",
			text: `“It spreads fast,” said Mia Chen, a professor at the University of California, San Francisco.`,
			want: []want{{quote: "It spreads fast,", speaker: "Mia Chen", role: "professor", aff: "University of California, San Francisco"}}},
	})
}

func TestReferencesBack(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "the company is the organization named just before",
			text: "The group that owns her songs, Big Harbor, says she may play them.\n\nBut the company says she never needed its permission.",
			want: []want{{quote: "she never needed its permission", speaker: "Big Harbor", kind: extractor.Organization}}},
		{name: "the statement is who issued it",
			text: "The army said in a statement that two soldiers died. The statement said the cause was under investigation.",
			want: []want{{quote: "the cause was under investigation", speaker: "the army", kind: extractor.Organization, mention: "The statement"}}},
		{name: "a place acting as a body",
			text: `South Africa said the talks would resume next week.`,
			want: []want{{quote: "the talks would resume next week", speaker: "South Africa", kind: extractor.Organization}}},
		{name: "a place before a name is not the name",
			text: "China’s ambassador to Britain Liu Xiaming said the army was ready.\n\nLiu said the talks had failed.",
			want: []want{
				{quote: "the army was ready", speaker: "Liu Xiaming", role: "ambassador to Britain", aff: "China"},
				{quote: "the talks had failed", speaker: "Liu Xiaming", role: "ambassador to Britain", aff: "China"},
			}},
		{name: "a corporate title takes the company the sentence is about",
			text: `Kestrel was “pulled into the freight business,” CEO Ana Ruiz said on Tuesday.`,
			want: []want{{quote: "Kestrel was “pulled into the freight business,”", speaker: "Ana Ruiz", role: "CEO", aff: "Kestrel"}}},
		{name: "title, comma, organization",
			text: `“Markets run ahead of the economy,” said Ravi Menon, Director, Harbor Securities.`,
			want: []want{{quote: "Markets run ahead of the economy,", speaker: "Ravi Menon", role: "Director", aff: "Harbor Securities"}}},
	})
}

func TestParticiples(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "the sentence subject, not the object before the participle",
			text: `Attorney General Ana Ruiz filed a lawsuit in 2013 alleging that the school had defrauded students.`,
			want: []want{{quote: "the school had defrauded students", speaker: "Ana Ruiz", cue: "alleging"}}},
		{name: "with X warning",
			text: `The smog is getting worse, with forecasters warning that the air will reach severe levels on Wednesday.`,
			want: []want{{quote: "the air will reach severe levels on Wednesday", speaker: "forecasters", cue: "warning"}}},
		{name: "a sentence adverb between subject and verb",
			text: `Lineman Tom Reyes, however, decided to speak on Monday, saying that the suspension was fair.`,
			want: []want{{quote: "the suspension was fair", speaker: "Tom Reyes"}}},
		{name: "after a subordinator",
			text: `Ana Ruiz won support last week, after accusing the label of blocking her songs.`,
			want: []want{{quote: "the label of blocking her songs", speaker: "Ana Ruiz", cue: "accusing"}}},
		{name: "a gerund after a preposition is no claim",
			text:   `The writers shared an appreciation for the challenge of writing character-driven songs.`,
			absent: []string{"character-driven songs"}},
		{name: "a progressive with a preposition is no claim",
			text:   `City officials are responding to the smog, but they are slow to act.`,
			absent: []string{"to the smog"}},
	})
}

func TestOneWordSources(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "a one-word name never used for a person is an organization",
			text: `The new wagon will get 90 miles a gallon, according to Kestrel.`,
			want: []want{{quote: "The new wagon will get 90 miles a gallon", speaker: "Kestrel", kind: extractor.Organization}}},
		{name: "a surname the article gives with a title is a person",
			text: "President Hale spoke in the morning.\n\nHale said the plan would pass.",
			want: []want{{quote: "the plan would pass", speaker: "Hale", kind: extractor.Person}}},
	})
}

func TestNamingVerbs(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "called an object a predicate",
			text: `Ben Carson called the launch a reason for the country to invest in space.`,
			want: []want{{quote: "the launch a reason for the country to invest in space", speaker: "Ben Carson", cue: "called"}}},
		{name: "calling an object a quoted name",
			text: `Rand Paul then interjected, calling the child care credit “a welfare transfer payment.”`,
			want: []want{{quote: "the child care credit “a welfare transfer payment.”", speaker: "Rand Paul", typ: extractor.Mixed}}},
		{name: "a thing called so is no claim",
			text:   `He had fallen in love with a script called “Wild Rose,” a story about a singer.`,
			absent: []string{"“Wild Rose,” a story about a singer"}},
		{name: "an organization described in its appositive",
			text: `Harbor Rising, a conservative political action committee, said the plan was a liability.`,
			want: []want{{quote: "the plan was a liability", speaker: "Harbor Rising", kind: extractor.Organization}}},
	})
}

func TestTranscripts(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "a speaker label in capitals",
			text: "The campaign says it will not debate again.\n\nKATE BOULDUAN: Why not debate the issue tonight?\n\nJOEL BENSON: This is a man who said he would never run a negative campaign.",
			want: []want{
				{quote: "Why not debate the issue tonight?", speaker: "Kate Boulduan", cue: ":"},
				{quote: "This is a man who said he would never run a negative campaign.", speaker: "Joel Benson"},
			}},
		{name: "a dateline in capitals is no label",
			text:   "NEW DELHI: Nearly 150 people returned home on Wednesday after being deported.",
			absent: []string{"Nearly 150 people returned home on Wednesday after being deported."}},
		{name: "answers are said, questions and labels are not",
			text:   "Q: Your mother was deported twice and came back both times.\n\nA: She was so desperate to get back to me that she made that sacrifice.\n\nPhoto: The bridge at night, seen from the river.",
			want:   []want{{quote: "She was so desperate to get back to me that she made that sacrifice.", kind: extractor.Unknown, cue: ":"}},
			absent: []string{"Your mother was deported twice and came back both times.", "The bridge at night, seen from the river."}},
	})
}

func TestAttributionAroundQuotes(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "a question quote then its speaker and a circumstance",
			text: `“What is this about unity?” Dale Hunt added during his appearance on the morning show. “Obviously I am saying the right thing.”`,
			want: []want{
				{quote: "What is this about unity?", speaker: "Dale Hunt", cue: "added"},
				{quote: "Obviously I am saying the right thing.", speaker: "Dale Hunt"},
			}},
		{name: "a question quote before a new sentence of reported speech keeps apart",
			text:   `“Why now?” Rosa Lind said that the vote would wait.`,
			want:   []want{{quote: "the vote would wait", speaker: "Rosa Lind"}},
			absent: []string{"Why now?"}},
		{name: "an adverb between the speaker and the cue",
			text: `Nadia Ross jokingly said, “I hate to say it, I am becoming mainstream.”`,
			want: []want{{quote: "I hate to say it, I am becoming mainstream.", speaker: "Nadia Ross"}}},
		{name: "a relative clause with its own verb between speaker and cue",
			text: `Carla Mendes, who called her rival shortly after the result, told supporters, “I still love this state.”`,
			want: []want{{quote: "I still love this state.", speaker: "Carla Mendes", cue: "told"}}},
		{name: "the cue of a split quote with a time between",
			text: `“In breaking news,” Omar Reyes tweeted last January, “the governor endorses himself.”`,
			want: []want{{quote: "the governor endorses himself.", speaker: "Omar Reyes"}}},
		{name: "a person's name and a colon label a quote",
			text: "Pia Lund and Ivo Berg reject the plan.\n\nLund: “Our goal is to end the program.” Berg: “The mission is to fix it.”",
			want: []want{
				{quote: "Our goal is to end the program.", speaker: "Pia Lund", cue: ":"},
				{quote: "The mission is to fix it.", speaker: "Ivo Berg", cue: ":"},
			}},
		{name: "a label that names nobody",
			text: `Update: “The road is closed until further notice.”`,
			want: []want{{quote: "The road is closed until further notice.", kind: extractor.Unknown}},
		},
		{name: "an abbreviation closing a sentence before the next quote",
			text: `“I understand disagreeing with him,” said Sen. Lena Gray, R-S.C. “I get that.”`,
			want: []want{{quote: "I get that.", speaker: "Lena Gray"}}},
		{name: "a parenthesis between the name and the cue after a quote",
			text:   `“It reminds us how important this election is,” Sen. Mark Dorn (R-Fla.) said Saturday night at the debate.`,
			want:   []want{{quote: "It reminds us how important this election is,", speaker: "Mark Dorn"}},
			absent: []string{"night at the debate"}},
		{name: "lower-case words before the title after said",
			text: `“It is a yellow light,” said election lawyer Joe Brandt. “It does not mean anything is wrong.”`,
			want: []want{
				{quote: "It is a yellow light,", speaker: "Joe Brandt", role: "election lawyer"},
				{quote: "It does not mean anything is wrong.", speaker: "Joe Brandt"},
			}},
		{name: "the cue opens the sentence and the speaker follows",
			text: "Roger Hale spoke on the radio.\n\nContinued Hale: “So I think it is a very real problem.”",
			want: []want{{quote: "So I think it is a very real problem.", speaker: "Roger Hale"}}},
		{name: "a second verb shares the sentence's subject",
			text: `Mara Voss joined him on stage and joked, “You are being ridiculous,” drawing jeers.`,
			want: []want{{quote: "You are being ridiculous,", speaker: "Mara Voss", cue: "joked"}}},
		{name: "a sign reading a slogan is nobody's claim",
			text: `Crowds carried signs reading “Fix the Ferries Before the Winter Comes Again.”`,
			want: []want{{quote: "Fix the Ferries Before the Winter Comes Again.", kind: extractor.Unknown}}},
		{name: "a statement that reads",
			text: `“We regret the delay,” the company's statement read.`,
			want: []want{{quote: "We regret the delay,", cue: "read"}}},
	})
}

func TestAttributionAfterQuotesMore(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "a speech verb with its particle closing a question quote",
			text: `“It happens, right?” Dale Hunt went on, as if he did not hear her. “But you get over it.”`,
			want: []want{
				{quote: "It happens, right?", speaker: "Dale Hunt", cue: "went on"},
				{quote: "But you get over it.", speaker: "Dale Hunt"},
			}},
		{name: "a cue and an adverb before a colon and a quote that runs into a participle",
			text: `Omar Reyes fired back forcefully: “If they sue us in a court, they are going to lose,” pointing to the ruling.`,
			want: []want{{quote: "If they sue us in a court, they are going to lose,", speaker: "Omar Reyes", cue: "fired back"}}},
		{name: "a cue with its object before the quote",
			text: `Paul Ames wrote to his 20,000 followers, “It is time to end her career for good,” and shared a link.`,
			want: []want{{quote: "It is time to end her career for good,", speaker: "Paul Ames", cue: "wrote"}}},
		{name: "a speaker described by age",
			text: `“He has always been an amazing leader,” said the 46-year-old.`,
			want: []want{{quote: "He has always been an amazing leader,", speaker: "the 46-year-old", kind: extractor.Person, role: "-"}}},
	})
}

func TestLoneSurnameWithPersonalPronoun(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "a lone name followed by his is a person's",
			text: "Ortega openly admitted that his pick was political. “With an eye to the primary,” he said.",
			want: []want{{quote: "With an eye to the primary,", speaker: "Ortega", kind: extractor.Person}}},
		{name: "a lone name followed by its stays an organization's",
			text: "Kestrel said its profit fell sharply in the quarter.",
			want: []want{{quote: "its profit fell sharply in the quarter", speaker: "Kestrel", kind: extractor.Organization}}},
	})
}

func TestPronounAfterSubjectWithOrganization(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "the person after the organization that opens the sentence before",
			text: "“We will win,” Donald Trump said.\n\nHarlan County Sheriff Joe Ruiz vouched for Trump's plan.\n\nHe said, “The wall will be built.”",
			want: []want{{quote: "The wall will be built.", speaker: "Joe Ruiz", mention: "He"}}},
	})
}

func TestSubjectsBeforeCues(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "a day and its part between the speaker and the cue",
			text: `Lena Ortiz on Tuesday night said that the vote had been rigged.`,
			want: []want{{quote: "the vote had been rigged", speaker: "Lena Ortiz"}}},
		{name: "a clause before the closing attribution is no appositive",
			text: `Even as the race moves north, a state she hoped to carry, the race will be tight, said Dan Gerber, director of Civic Lab and an analyst in Albany.`,
			want: []want{{quote: "Even as the race moves north, a state she hoped to carry, the race will be tight", speaker: "Dan Gerber"}}},
		{name: "a participle set off by commas between speaker and cue",
			text: `Circuit Judge Ann Marsh, writing for the majority, said the early voting period was generous.`,
			want: []want{{quote: "the early voting period was generous", speaker: "Ann Marsh"}}},
		{name: "a long described subject",
			text: `The Democratic front-runner and former secretary of state said the country needed a stronger air campaign.`,
			want: []want{{quote: "the country needed a stronger air campaign", speaker: "the Democratic front-runner and former secretary of state", kind: extractor.Person}}},
		{name: "a word quoted after an abbreviation stays in its sentence",
			text: `Hana Reyes said the U.S. “clearly” needed a stronger air campaign.`,
			want: []want{{quote: "the U.S. “clearly” needed a stronger air campaign", speaker: "Hana Reyes", typ: extractor.Mixed}}},
	})
}

func TestOpeningsAndBareClauses(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "an opening time before according to dates what follows",
			text: `About 10:03 p.m., according to a congressional timeline, the security team left for the compound.`,
			want: []want{{quote: "the security team left for the compound", speaker: "a congressional timeline"}}},
		{name: "a past verb with its object makes a clause after noted",
			text: `Rob Hale noted the department returned the weapon to him recently.`,
			want: []want{{quote: "the department returned the weapon to him recently", speaker: "Rob Hale", cue: "noted"}}},
		{name: "a participle after a noun makes no clause",
			text:   `The mayor announced plans approved by the council.`,
			absent: []string{"plans approved by the council"}},
		{name: "a coordinated verb after the object is no clause of the first cue",
			text:   `The embassy maintains its own air monitor and reported Wednesday that the index reached 408.`,
			want:   []want{{quote: "the index reached 408", cue: "reported"}},
			absent: []string{"its own air monitor"}},
	})
}

func TestFreshPageShapes(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "said one thing, but added another",
			text: `Three people died on Tuesday, the ombudsman's office said another 30 people had been injured, but added the exact circumstances of the deaths remained unclear.`,
			want: []want{
				{quote: "another 30 people had been injured", cue: "said"},
				{quote: "the exact circumstances of the deaths remained unclear", cue: "added"},
			}},
		{name: "a circumstance after the closing attribution is no content",
			text:   `The old house will be turned into a police station, the interior minister said on Tuesday, after years of debate over how to keep visitors away.`,
			want:   []want{{quote: "The old house will be turned into a police station", cue: "said"}},
			absent: []string{"of debate over how to keep visitors away"}},
		{name: "said A and called on someone to act",
			text: `The office said the deaths were caused by gunshot wounds and called on the government to withdraw its troops.`,
			want: []want{
				{quote: "the deaths were caused by gunshot wounds", cue: "said"},
				{quote: "the government to withdraw its troops", cue: "called on"},
			}},
		{name: "recognized that A and that B",
			text: `Recent governments have recognized that the state shared the blame and that there was little resistance.`,
			want: []want{
				{quote: "the state shared the blame", cue: "recognized"},
				{quote: "there was little resistance", cue: "recognized"},
			}},
		{name: "a pronoun after the subject that opens its sentence",
			text: "Paul Carver pleaded guilty on Monday. U.S. Attorney Jim Kerr said the case showed the limits of free speech.\n\nCarver was arrested in April for a phone call he made to the office, in which he said he would hurt her.",
			want: []want{{quote: "he would hurt her", speaker: "Paul Carver", mention: "he"}}},
		{name: "the organization after the name of an inverted attribution",
			text: `“Organics matter for life,” said planetary geologist Rosa Lind of the Jet Propulsion Laboratory in California.`,
			want: []want{{quote: "Organics matter for life,", speaker: "Rosa Lind", role: "planetary geologist", aff: "Jet Propulsion Laboratory"}}},
		{name: "two roles joined, the first with its organization",
			text: `“It is fun to think about,” JPL scientist and study co-author Mike Salas said.`,
			want: []want{{quote: "It is fun to think about,", speaker: "Mike Salas", role: "scientist", aff: "JPL"}}},
		{name: "an appositive after a name outside any attribution",
			text: "His doctor sought advice from one of the authors, Owen Dale, a chest doctor at the Aberdeen Royal Infirmary.\n\n“Most people do not get this,” Dale said.",
			want: []want{{quote: "Most people do not get this,", speaker: "Owen Dale", role: "chest doctor", aff: "Aberdeen Royal Infirmary"}}},
		{name: "participles after without and such as are no claims",
			text:   "He could not walk to the next room without feeling out of breath.\n\nThe assistant can deliver messages, such as suggesting a lane change when traffic builds.",
			absent: []string{"out of breath", "a lane change when traffic builds"}},
	})
}

func TestRoyalNamesAndKinship(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "a sovereign's title stays in a name without a surname; kinship is no role",
			text: "Prince Edmund, the younger brother of the heir, said the interview was a success.\n\n“It was a fake,” Edmund said.",
			want: []want{
				{quote: "the interview was a success", speaker: "Prince Edmund", role: "-"},
				{quote: "It was a fake,", speaker: "Prince Edmund"},
			}},
	})
}

func TestCountriesTitlesAndBodies(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "a country named bare before a title is a nationality",
			text: `US President Dan Morrow said the talks would go on.`,
			want: []want{{quote: "the talks would go on", speaker: "Dan Morrow", role: "President", aff: "-"}}},
		{name: "a country's possessive names whom the office serves",
			text: `Austria's interior minister Karl Brenner said the house would become a police station.`,
			want: []want{{quote: "the house would become a police station", speaker: "Karl Brenner", role: "interior minister", aff: "Austria"}}},
		{name: "an office named with its country",
			text: `U.S. Attorney James Keller said the case was closed.`,
			want: []want{{quote: "the case was closed", speaker: "James Keller", role: "U.S. Attorney", aff: "-"}}},
		{name: "a title of a body before the name",
			text: `U.S. Secretary of State Mike Dorsey said the talks failed.`,
			want: []want{{quote: "the talks failed", speaker: "Mike Dorsey", role: "Secretary of State"}}},
		{name: "a proper name ending in a plural is an organization",
			text: `The United Nations said more than 2,500 civilians had been killed.`,
			want: []want{{quote: "more than 2,500 civilians had been killed", speaker: "United Nations", kind: extractor.Organization}}},
		{name: "an organization opening the sentence before a title",
			text: `United Nations spokesman Farid Aziz said the agency was working with the committee.`,
			want: []want{{quote: "the agency was working with the committee", speaker: "Farid Aziz", role: "spokesman", aff: "United Nations"}}},
		{name: "proper words keep their capitals in a described group",
			text: "White House advisers said the president would decide.\n\nWashington-based analysts said the plan was unclear.",
			want: []want{
				{quote: "the president would decide", speaker: "White House advisers"},
				{quote: "the plan was unclear", speaker: "Washington-based analysts"},
			}},
		{name: "a newspaper is an organization",
			text: `The Harbor City Chronicle reported the man was arrested.`,
			want: []want{{quote: "the man was arrested", speaker: "Harbor City Chronicle", kind: extractor.Organization}}},
	})
}

func TestMoreQuoteContinuations(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "an adverb like instead between speaker and cue",
			text: "Rob Dale spoke first.\n\nHe instead told the interviewer: “I took the judgement call.”",
			want: []want{{quote: "I took the judgement call.", speaker: "Rob Dale", cue: "told"}}},
		{name: "recounted is a speech cue",
			text: `“My people had the deal done,” Mr. Dale recounted in a cabinet meeting.`,
			want: []want{{quote: "My people had the deal done,", speaker: "Dale", cue: "recounted"}}},
		{name: "a whole quoted sentence after a participle",
			text: `Zia Duval said farmers faced hardship. She urged a deal as soon as possible, saying “time is running out for many in agriculture.”`,
			want: []want{{quote: "time is running out for many in agriculture.", speaker: "Zia Duval", typ: extractor.Direct}}},
		{name: "an inner quote closing the sentence ends it",
			text: `“I was back at it by the morning,” Mara Steen said. “I told myself: ‘I am going to sing it if it kills me!’” Not long after that, Steen bought a house.`,
			want: []want{{quote: "I told myself: ‘I am going to sing it if it kills me!’", speaker: "Mara Steen"}}},
		{name: "the writer's aside after a quote",
			text: `“We wanted a hint of home,” Mara Steen said. “So I called one of my best friends,” a detail that fits the plot well.`,
			want: []want{{quote: "So I called one of my best friends,", speaker: "Mara Steen"}}},
		{name: "a name before a plural verb is a company, which they refers to",
			text: "Big Harbor have twice denied doing anything wrong.\n\n“At no point did we block her concert,” they said in a statement.",
			want: []want{{quote: "At no point did we block her concert,", speaker: "Big Harbor", kind: extractor.Organization}}},
	})
}

func TestObjectsAndNestedBeliefs(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "said that he thinks: one claim",
			text: `Omar Lind said that he thinks the number will be between four and six services.`,
			want: []want{{quote: "the number will be between four and six services", cue: "said"}},
		},
		{name: "a second that-clause in quotes after a quote",
			text: `Sean Rook told a reporter that the claim “is patently false,” and that “the United States is not blocking anyone.”`,
			want: []want{
				{quote: "the claim “is patently false,”", speaker: "Sean Rook"},
				{quote: "“the United States is not blocking anyone.”", speaker: "Sean Rook"},
			}},
		{name: "a participle after a comma opens no speaker; the second verb shares the subject",
			text: `Hong Kong police have laid siege to a campus, pinning 800 students inside and threatened to use force on them.`,
			want: []want{{quote: "to use force on them", speaker: "Hong Kong police"}}},
		{name: "a company's figures are no claim",
			text:   `Most of the companies reported better than expected results.`,
			absent: []string{"better than expected results"}},
		{name: "the subject with its relative clause, the clause's cue no claim",
			text:   `The staff member who reported the call recalled that the man threatened her.`,
			want:   []want{{quote: "the man threatened her", speaker: "the staff member", cue: "recalled"}},
			absent: []string{"the call recalled that the man threatened her"}},
		{name: "a time after a cue is no object",
			text:   `It was a prospect Vindman denied earlier in the day.`,
			absent: []string{"the day", "earlier in the day"}},
		{name: "a participle's object without its frame is no claim",
			text:   `He pressured partners, threatening them with tariffs.`,
			absent: []string{"them with tariffs"}},
	})
}

func TestMoreSubjectShapes(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "an adverb between commas before the cue",
			text: `Recent governments have, however, recognized that the state shared the blame.`,
			want: []want{{quote: "the state shared the blame", speaker: "recent governments"}}},
		{name: "a relative clause with a cue of its own on the subject",
			text: `The company, which is expected to lay off thousands of workers, confirmed on Monday that it had been contacted by the office.`,
			want: []want{{quote: "it had been contacted by the office", speaker: "the company", cue: "confirmed"}}},
		{name: "has since said",
			text: `Mr. Hale has since said that a deal signing would take place in farm country.`,
			want: []want{{quote: "a deal signing would take place in farm country", speaker: "Hale"}}},
		{name: "continues to insist",
			text: `Mr. Hale continues to insist his tactics will be worth it.`,
			want: []want{{quote: "his tactics will be worth it", speaker: "Hale", cue: "insist"}}},
		{name: "an expletive subject opens a bare clause",
			text: `Subsequent treatment sped up his recovery, though Dr. Dale noted there’s no definitive evidence that steroids help.`,
			want: []want{{quote: "there’s no definitive evidence that steroids help", speaker: "Dale"}}},
		{name: "a counted subject with a past verb, cut before a clause after but",
			text: `State police reported at least 5,000 people entered the Statehouse, but the agency didn’t estimate the crowd.`,
			want: []want{{quote: "at least 5,000 people entered the Statehouse", cue: "reported"}}},
		{name: "pointed out a bare clause",
			text: `Ian Hale pointed out it is difficult to draw firm conclusions from such studies.`,
			want: []want{{quote: "it is difficult to draw firm conclusions from such studies", speaker: "Ian Hale", cue: "pointed out"}}},
	})
}

func TestAffiliationShapes(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "a relative clause with a verb of leading",
			text: `Ken Oda, who heads the Harbor Research Group, said the market would fall.`,
			want: []want{{quote: "the market would fall", speaker: "Ken Oda", role: "head", aff: "Harbor Research Group"}}},
		{name: "a relative clause with a verb of working",
			text: `“It is a mess,” said Ruth Ames, who teaches law at Stanford University.`,
			want: []want{{quote: "It is a mess,", speaker: "Ruth Ames", aff: "Stanford University"}}},
		{name: "a company's possessive before the name",
			text: `Apple's Tim Cook said the phone was a success.`,
			want: []want{{quote: "the phone was a success", speaker: "Tim Cook", aff: "Apple"}}},
		{name: "a family possessive is no affiliation",
			text: `Trump's Ivanka Trump said the plan was good.`,
			want: []want{{quote: "the plan was good", speaker: "Ivanka Trump", aff: "-"}}},
		{name: "an appositive that is only the organization",
			text: `Maria Diaz, of the Coastal Trust, said the bridge was unsafe.`,
			want: []want{{quote: "the bridge was unsafe", speaker: "Maria Diaz", aff: "Coastal Trust"}}},
	})
}

func TestNounCuesAndPersonNouns(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "a claim named by a noun with its owner",
			text: `Prince Edmund spoke on Saturday. The effort contradicts his claim in the same interview that the pair were not close.`,
			want: []want{{quote: "the pair were not close", speaker: "Prince Edmund", cue: "claim"}}},
		{name: "an announcement owned by a name",
			text: `The elimination came in light of Dana Berg’s announcement that the show had ended.`,
			want: []want{{quote: "the show had ended", speaker: "Dana Berg", cue: "announcement"}}},
		{name: "a noun clause that is the subject runs into its verb: no record",
			text:   `Her hope that the deal would pass faded.`,
			absent: []string{"the deal would pass faded"}},
		{name: "an -ing form after most is an adjective",
			text:   `The most telling contradiction was the visit in 2010.`,
			absent: []string{"contradiction was the visit in 2010"}},
		{name: "the actor and the suspect are people",
			text: "“You never know why these things happen,” said the actor.\n\nThe suspect said he needed to get dressed.",
			want: []want{
				{quote: "You never know why these things happen,", speaker: "the actor", kind: extractor.Person},
				{quote: "he needed to get dressed", speaker: "the suspect", kind: extractor.Person},
			}},
		{name: "a hyphenated adjective before a title is no affiliation; a state-run agency keeps its name",
			text: "Oscar-winning actress Mary Steen said the song was good.\n\nThe patient ate a rabbit, according to the state-run Xinhua News Agency.\n\nThe person was hospitalized, the news agency said.",
			want: []want{
				{quote: "the song was good", speaker: "Mary Steen", role: "actress", aff: "-"},
				{quote: "The patient ate a rabbit", speaker: "Xinhua News Agency"},
				{quote: "The person was hospitalized", speaker: "Xinhua News Agency"},
			}},
	})
}

func TestHonorificsAndAppositiveClauses(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "an honorific makes an ordinary word a name",
			text: "“People turn to the site to check on loved ones,” Ms. White said.\n\nShe said she did not have numbers.",
			want: []want{
				{quote: "People turn to the site to check on loved ones,", speaker: "White", kind: extractor.Person},
				{quote: "she did not have numbers", speaker: "White"},
			}},
		{name: "a person known by a given name alone in an appositive",
			text: "His wife, Jane, offered a preview.\n\n“If he is not president, he will keep it going,” she said.",
			want: []want{{quote: "If he is not president, he will keep it going,", speaker: "Jane"}}},
		{name: "the subject after a sentence opener, for a participle",
			text: `And then Dale Hunt went on the attack, saying, “Is the president going to say the words?”`,
			want: []want{{quote: "Is the president going to say the words?", speaker: "Dale Hunt"}}},
		{name: "pressed closing a question; press secretary is no cue",
			text: "“Would it be negotiable?” Hannity pressed.\n\n“We will win,” White House press secretary Dana Cole said.",
			want: []want{
				{quote: "Would it be negotiable?", speaker: "Hannity", cue: "pressed"},
				{quote: "We will win,", speaker: "Dana Cole", role: "press secretary"},
			}},
		{name: "a subordinate clause and a passive participle as appositives",
			text: "Ted Cruz, when asked specifically what is wrong, responded that the businessman “is right about the problems.”\n\nNewt Gingrich — mentioned by Newsmax as the leading choice — told a host that “you have to look at it very seriously.”",
			want: []want{
				{quote: "the businessman “is right about the problems.”", speaker: "Ted Cruz"},
				{quote: "“you have to look at it very seriously.”", speaker: "Newt Gingrich"},
			}},
	})
}

func TestNounFormsAndParties(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "a cue after a determiner and a name is a noun",
			text:   `A friend referred to him as “the most beautiful soul I have ever met in my whole life” in a Facebook post.`,
			absent: []string{},
			want:   []want{{quote: "the most beautiful soul I have ever met in my whole life", kind: extractor.Unknown}}},
		{name: "a cue after a party adjective is a noun",
			text:   `Mrs. Clinton stayed in the contest despite Democratic calls for her to bow out.`,
			absent: []string{"her to bow out"}},
		{name: "party plurals keep their capitals; whenever is no name",
			text: "Republicans said the vote was rigged.\n\nWhenever asked about it, they changed the subject.",
			want: []want{{quote: "the vote was rigged", speaker: "Republicans"}}},
	})
}
