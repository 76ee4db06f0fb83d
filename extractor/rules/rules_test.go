package rules

import (
	"context"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/extractor"
)

// want is an expected record; empty fields are not checked, except Speaker
// when Kind is set (an unknown speaker must be "").
type want struct {
	quote, speaker, mention, role, aff, cue string
	kind                                    extractor.SpeakerKind
	typ                                     extractor.Type
}

type ruleCase struct {
	name   string
	text   string   // paragraphs separated by blank lines
	want   []want   // records that must be found
	absent []string // quote texts that must not be records
}

func paragraphs(text string) []string {
	var ps []string
	for _, p := range strings.Split(text, "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			ps = append(ps, p)
		}
	}
	return ps
}

func extract(t testing.TB, text string) ([]extractor.Quote, string) {
	t.Helper()
	ps := paragraphs(text)
	qs, err := New().Extract(context.Background(), ps)
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	joined := strings.Join(ps, "\n\n")
	for _, q := range qs {
		if q.Start < 0 || q.End > len(joined) || q.Start >= q.End || joined[q.Start:q.End] != q.Quote {
			t.Fatalf("record %q has offsets %d..%d that do not hold it", q.Quote, q.Start, q.End)
		}
	}
	return qs, joined
}

func runCases(t *testing.T, cases []ruleCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			qs, _ := extract(t, tc.text)
			for _, w := range tc.want {
				checkWant(t, qs, w)
			}
			for _, a := range tc.absent {
				for _, q := range qs {
					if q.Quote == a {
						t.Errorf("got a record %q (speaker %q), want none", a, q.Speaker)
					}
				}
			}
			if t.Failed() {
				for _, q := range qs {
					t.Logf("got %s %q speaker=%q kind=%s mention=%q role=%q aff=%q cue=%q", q.Type, q.Quote, q.Speaker, q.SpeakerKind, q.SpeakerMention, q.Role, q.Affiliation, q.Cue)
				}
			}
		})
	}
}

func checkWant(t *testing.T, qs []extractor.Quote, w want) {
	t.Helper()
	var got *extractor.Quote
	for i := range qs {
		if qs[i].Quote == w.quote {
			got = &qs[i]
			break
		}
	}
	if got == nil {
		t.Errorf("no record %q", w.quote)
		return
	}
	check := func(field, g, w string) {
		if w == "-" { // must be empty
			w = ""
			if g != w {
				t.Errorf("%q: got %s %q, want none", got.Quote, field, g)
			}
			return
		}
		if w != "" && g != w {
			t.Errorf("%q: got %s %q, want %q", got.Quote, field, g, w)
		}
	}
	if w.kind != "" {
		check("kind", string(got.SpeakerKind), string(w.kind))
		if got.Speaker != w.speaker {
			t.Errorf("%q: got speaker %q, want %q", got.Quote, got.Speaker, w.speaker)
		}
	} else {
		check("speaker", got.Speaker, w.speaker)
	}
	check("type", string(got.Type), string(w.typ))
	check("mention", got.SpeakerMention, w.mention)
	check("role", got.Role, w.role)
	check("affiliation", got.Affiliation, w.aff)
	check("cue", got.Cue, w.cue)
	if got.Method != Method {
		t.Errorf("%q: got method %q, want %q", got.Quote, got.Method, Method)
	}
	if got.Confidence < 0 || got.Confidence > 1 {
		t.Errorf("%q: got confidence %v, want within [0,1]", got.Quote, got.Confidence)
	}
}

func TestQuoteStyles(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "curly double", text: `“The bridge is safe,” said Maria Lopez.`,
			want: []want{{quote: "The bridge is safe,", speaker: "Maria Lopez", typ: extractor.Direct, cue: "said"}}},
		{name: "straight double", text: `"The bridge is safe," said Maria Lopez.`,
			want: []want{{quote: "The bridge is safe,", speaker: "Maria Lopez", typ: extractor.Direct}}},
		{name: "curly single", text: `‘The bridge is safe,’ said Maria Lopez.`,
			want: []want{{quote: "The bridge is safe,", speaker: "Maria Lopez"}}},
		{name: "guillemets", text: `«Le pont est sûr», said Maria Lopez.`,
			want: []want{{quote: "Le pont est sûr", speaker: "Maria Lopez"}}},
		{name: "German low-high", text: `„Die Brücke ist sicher“, said Maria Lopez.`,
			want: []want{{quote: "Die Brücke ist sicher", speaker: "Maria Lopez"}}},
		{name: "NYT backticks", text: "``The bridge is safe,'' said Maria Lopez.",
			want: []want{{quote: "The bridge is safe,", speaker: "Maria Lopez"}}},
		{name: "apostrophes are not quote marks", text: `“We don’t want Lopez’s plan from the ’90s or the Smiths’ songs,” she said. Maria Lopez disagreed.`,
			want: []want{{quote: "We don’t want Lopez’s plan from the ’90s or the Smiths’ songs,", typ: extractor.Direct}}},
		{name: "straight apostrophes", text: `Maria Lopez spoke first. "We don't want Lopez's plan from the '90s or the Smiths' songs," she said.`,
			want: []want{{quote: "We don't want Lopez's plan from the '90s or the Smiths' songs,", speaker: "Maria Lopez"}}},
		{name: "nested single inside double", text: `“He told me ‘no way’ and left the room,” said Maria Lopez.`,
			want: []want{{quote: "He told me ‘no way’ and left the room,", speaker: "Maria Lopez"}}},
	})
}

func TestSplitAndCarriedQuotes(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "split around attribution", text: `“The plan failed,” said Maria Lopez. “We start again.”`,
			want: []want{
				{quote: "The plan failed,", speaker: "Maria Lopez"},
				{quote: "We start again.", speaker: "Maria Lopez", cue: "said"},
			}},
		{name: "split in one sentence", text: `“The plan failed,” Maria Lopez said, “and we start again.”`,
			want: []want{
				{quote: "The plan failed,", speaker: "Maria Lopez"},
				{quote: "and we start again.", speaker: "Maria Lopez"},
			}},
		{name: "attribution after second piece", text: `Carlos Ruiz arrived late. “We tried.” “It failed,” said Ana Ortiz.`,
			want: []want{{quote: "We tried.", speaker: "Ana Ortiz"}, {quote: "It failed,", speaker: "Ana Ortiz"}}},
		{name: "carried over paragraphs", text: "“The first part of the plan is done and paid for,” said Maria Lopez. “The second part has barely started\n\n“and the third part has no money at all.”",
			want: []want{
				{quote: "The second part has barely started", speaker: "Maria Lopez"},
				{quote: "and the third part has no money at all.", speaker: "Maria Lopez", cue: "said"},
			}},
		{name: "carried with attribution at the end", text: "“We cannot keep the clinic open past the summer without new staff\n\n“and nobody has applied,” said Ana Ortiz, a nurse.",
			want: []want{
				{quote: "We cannot keep the clinic open past the summer without new staff", speaker: "Ana Ortiz", role: "nurse"},
				{quote: "and nobody has applied,", speaker: "Ana Ortiz"},
			}},
		{name: "quote-only paragraph follows known speaker", text: "“The river rose four feet overnight,” said Mayor Tom Hale.\n\n“We have never seen anything like it.”",
			want: []want{{quote: "We have never seen anything like it.", speaker: "Tom Hale", role: "Mayor"}}},
		{name: "quote-only paragraph after unknown stays unknown", text: "“The river rose four feet overnight.”\n\n“We have never seen anything like it.”",
			want: []want{{quote: "We have never seen anything like it.", kind: extractor.Unknown}}},
	})
}

func TestMixedQuotes(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "calls", text: `The ministry unveiled a plan it calls “reckless and late” by its own admission.`,
			want: []want{{quote: "reckless and late", typ: extractor.Mixed, cue: "calls", kind: extractor.Organization, speaker: "the ministry"}}},
		{name: "partial inside reported speech", text: `Maria Lopez said the council was “asleep at the wheel” for a decade.`,
			want: []want{{quote: "the council was “asleep at the wheel” for a decade", typ: extractor.Mixed, speaker: "Maria Lopez"}}},
		{name: "scare quote dropped", text: `The so-called “reform” passed on Tuesday.`, absent: []string{"reform"}},
	})
}

func TestIndirect(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "said that", text: `Maria Lopez said that the bridge would reopen in May.`,
			want: []want{{quote: "the bridge would reopen in May", typ: extractor.Indirect, speaker: "Maria Lopez", cue: "said"}}},
		{name: "said without that", text: `Maria Lopez said the bridge would reopen in May.`,
			want: []want{{quote: "the bridge would reopen in May", speaker: "Maria Lopez"}}},
		{name: "trailing said", text: `The bridge will reopen in May, Maria Lopez said.`,
			want: []want{{quote: "The bridge will reopen in May", speaker: "Maria Lopez"}}},
		{name: "trailing said inverted", text: `The bridge will reopen in May, said Maria Lopez.`,
			want: []want{{quote: "The bridge will reopen in May", speaker: "Maria Lopez"}}},
		{name: "according to first", text: `According to the State Department, the talks will resume in May.`,
			want: []want{{quote: "the talks will resume in May", speaker: "State Department", kind: extractor.Organization, cue: "According to"}}},
		{name: "according to last", text: `The talks will resume in May, according to the State Department.`,
			want: []want{{quote: "The talks will resume in May", speaker: "State Department"}}},
		{name: "told that", text: `Maria Lopez told reporters on Tuesday that the bridge was safe.`,
			want: []want{{quote: "the bridge was safe", speaker: "Maria Lopez", cue: "told"}}},
		{name: "told without that", text: `Maria Lopez told reporters the bridge was safe.`,
			want: []want{{quote: "the bridge was safe", speaker: "Maria Lopez"}}},
		{name: "pointed out", text: `Maria Lopez pointed out that the bridge was built in 1931.`,
			want: []want{{quote: "the bridge was built in 1931", cue: "pointed out"}}},
		{name: "warned", text: `Engineers warned that the cables were corroded.`,
			want: []want{{quote: "the cables were corroded", speaker: "engineers", kind: extractor.Group, cue: "warned"}}},
		{name: "claims with that", text: `The company claims that its cables are safe.`,
			want: []want{{quote: "its cables are safe", cue: "claims", kind: extractor.Organization, speaker: "the company"}}},
		{name: "wrote in a report", text: `The cables were corroded, the inspectors wrote in a report.`,
			want: []want{{quote: "The cables were corroded", speaker: "the inspectors", kind: extractor.Group, cue: "wrote"}}},
		{name: "as experts claim", text: `Rents will keep rising, as experts claim.`,
			want: []want{{quote: "Rents will keep rising", speaker: "experts", kind: extractor.Group, cue: "claim"}}},
		{name: "as experts claim first", text: `As experts claim, rents will keep rising.`,
			want: []want{{quote: "rents will keep rising", speaker: "experts"}}},
		{name: "parenthetical gives the whole sentence", text: `The bridge, Maria Lopez said, will reopen in May.`,
			want:   []want{{quote: "The bridge, Maria Lopez said, will reopen in May", speaker: "Maria Lopez"}},
			absent: []string{"The bridge", "will reopen in May"}},
		{name: "estimated and predicted", text: `Economists estimated that prices rose 4 percent. Ana Ortiz predicted that they would fall.`,
			want: []want{{quote: "prices rose 4 percent", cue: "estimated"}, {quote: "they would fall", cue: "predicted", speaker: "Ana Ortiz"}}},
		{name: "no cue no record", text: `The bridge reopened in May after repairs.`, absent: []string{"The bridge reopened in May after repairs"}},
		{name: "noun claims is not a cue", text: `The claims that the bridge was unsafe were false.`, absent: []string{"the bridge was unsafe were false"}},
	})
}
