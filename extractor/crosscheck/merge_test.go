package crosscheck

import (
	"reflect"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/extractor"
)

func TestCombineSpeaker(t *testing.T) {
	paras := []string{
		`"The budget is balanced," said Mayor Ida Kern.`,
		`"Wait and see," came the reply from the back of the hall.`,
		`"We cut nothing," said Ida Kern, answering a question from Rolf Lutz.`,
		`"We will see," Lutz said to Ida Kern.`,
	}
	text := strings.Join(paras, "\n\n")
	pstart := paragraphStarts(paras)
	rec := func(quote, speaker, role string) extractor.Quote {
		i := indexOf(text, quote)
		return extractor.Quote{Quote: quote, Start: i, End: i + len(quote), Type: extractor.Direct,
			Speaker: speaker, SpeakerMention: speaker, SpeakerKind: extractor.Person, Role: role, Cue: "said", Confidence: 0.9}
	}
	tests := []struct {
		name                 string
		rules, llm           extractor.Quote
		cleared              string // the LLM's speaker, cleared as not in the text
		wantSpeaker, wantAlt string
		wantAgreement        string
		wantDiffs            []extractor.Difference
	}{
		{name: "the rules' speaker is named next to the quote",
			rules: rec("The budget is balanced,", "Ida Kern", ""), llm: rec("The budget is balanced,", "Rolf Lutz", ""),
			wantSpeaker: "Ida Kern", wantAlt: "Rolf Lutz", wantAgreement: extractor.Conflict,
			wantDiffs: []extractor.Difference{{Field: "speaker", LLM: "Rolf Lutz", Rules: "Ida Kern"}}},
		{name: "the LLM's speaker is named next to the quote",
			rules: rec("The budget is balanced,", "Rolf Lutz", ""), llm: rec("The budget is balanced,", "Ida Kern", "mayor"),
			wantSpeaker: "Ida Kern", wantAlt: "Rolf Lutz", wantAgreement: extractor.Conflict,
			wantDiffs: []extractor.Difference{{Field: "speaker", LLM: "Ida Kern", Rules: "Rolf Lutz"}}},
		{name: "neither is named: the LLM's",
			rules: rec("Wait and see,", "Ida Kern", ""), llm: rec("Wait and see,", "Rolf Lutz", ""),
			wantSpeaker: "Rolf Lutz", wantAlt: "Ida Kern", wantAgreement: extractor.Conflict,
			wantDiffs: []extractor.Difference{{Field: "speaker", LLM: "Rolf Lutz", Rules: "Ida Kern"}}},
		{name: "both named in the sentence: the rules' is next to the cue",
			rules: rec("We cut nothing,", "Ida Kern", ""), llm: rec("We cut nothing,", "Rolf Lutz", ""),
			wantSpeaker: "Ida Kern", wantAlt: "Rolf Lutz", wantAgreement: extractor.Conflict,
			wantDiffs: []extractor.Difference{{Field: "speaker", LLM: "Rolf Lutz", Rules: "Ida Kern"}}},
		{name: "both named in the sentence: the LLM's is next to the cue",
			rules: rec("We will see,", "Ida Kern", ""), llm: rec("We will see,", "Rolf Lutz", ""),
			wantSpeaker: "Rolf Lutz", wantAlt: "Ida Kern", wantAgreement: extractor.Conflict,
			wantDiffs: []extractor.Difference{{Field: "speaker", LLM: "Rolf Lutz", Rules: "Ida Kern"}}},
		{name: "the LLM's mention names the rules' speaker: judged on its speaker",
			rules: rec("The budget is balanced,", "Ida Kern", "mayor"),
			llm: func() extractor.Quote {
				q := rec("The budget is balanced,", "Rolf Lutz", "mayor")
				q.SpeakerMention = "Mayor Ida Kern"
				return q
			}(),
			wantSpeaker: "Ida Kern", wantAlt: "Rolf Lutz", wantAgreement: extractor.Conflict,
			wantDiffs: []extractor.Difference{{Field: "speaker", LLM: "Rolf Lutz", Rules: "Ida Kern"}}},
		{name: "neither is named, but the LLM's own mention is the rules' speaker",
			rules: rec("Wait and see,", "Ida Kern", ""),
			llm: func() extractor.Quote {
				q := rec("Wait and see,", "Rolf Lutz", "")
				q.SpeakerMention = "Ida Kern"
				return q
			}(),
			wantSpeaker: "Ida Kern", wantAlt: "Rolf Lutz", wantAgreement: extractor.Conflict,
			wantDiffs: []extractor.Difference{{Field: "speaker", LLM: "Rolf Lutz", Rules: "Ida Kern"}}},
		{name: "a cleared LLM speaker is a conflict",
			rules: rec("Wait and see,", "Ida Kern", ""), llm: rec("Wait and see,", "", ""), cleared: "Hal Greer",
			wantSpeaker: "Ida Kern", wantAgreement: extractor.Conflict,
			wantDiffs: []extractor.Difference{{Field: "speaker", LLM: "Hal Greer", Rules: "Ida Kern"}}},
		{name: "a cleared LLM speaker against no rules speaker is a conflict",
			rules: rec("Wait and see,", "", ""), llm: rec("Wait and see,", "", ""), cleared: "Hal Greer",
			wantSpeaker: "", wantAgreement: extractor.Conflict,
			wantDiffs: []extractor.Difference{{Field: "speaker", LLM: "Hal Greer", Rules: ""}}},
		{name: "same person, fuller name kept",
			rules: rec("The budget is balanced,", "Kern", "mayor"), llm: rec("The budget is balanced,", "Ida Kern", "Mayor"),
			wantSpeaker: "Ida Kern", wantAgreement: extractor.Agree},
		{name: "rules without a speaker take the LLM's",
			rules: rec("Wait and see,", "", ""), llm: rec("Wait and see,", "Ida Kern", "mayor"),
			wantSpeaker: "Ida Kern", wantAgreement: extractor.Agree},
		{name: "type and role differ",
			rules: rec("The budget is balanced,", "Ida Kern", "mayor"),
			llm: func() extractor.Quote {
				q := rec("The budget is balanced,", "Ida Kern", "treasurer")
				q.Type = extractor.Mixed
				return q
			}(),
			wantSpeaker: "Ida Kern", wantAgreement: extractor.Conflict,
			wantDiffs: []extractor.Difference{{Field: "type", LLM: "mixed", Rules: "direct"}, {Field: "role", LLM: "treasurer", Rules: "mayor"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := combine(text, pstart, tt.rules, verified{q: tt.llm, cleared: tt.cleared})
			if got.Speaker != tt.wantSpeaker || got.AltSpeaker != tt.wantAlt || got.Agreement != tt.wantAgreement || got.Method != extractor.MethodBoth {
				t.Errorf("got speaker %q alt %q agreement %q method %q, want %q %q %q both",
					got.Speaker, got.AltSpeaker, got.Agreement, got.Method, tt.wantSpeaker, tt.wantAlt, tt.wantAgreement)
			}
			// Mention, role and affiliation come with the kept speaker.
			from := tt.llm
			if sameName(got.Speaker, tt.rules.Speaker) && got.Speaker != "" || tt.cleared != "" {
				from = tt.rules
			}
			if got.Speaker != "" && (got.SpeakerMention != from.SpeakerMention || got.SpeakerKind != from.SpeakerKind) {
				t.Errorf("mention and kind: got %q %q, want the kept candidate's %q %q", got.SpeakerMention, got.SpeakerKind, from.SpeakerMention, from.SpeakerKind)
			}
			if !reflect.DeepEqual(got.Differences, tt.wantDiffs) {
				t.Errorf("differences: got %+v, want %+v", got.Differences, tt.wantDiffs)
			}
			if got.Start != tt.rules.Start || got.End != tt.rules.End || got.Type != tt.rules.Type {
				t.Errorf("span and type: got %d..%d %s, want the rules' %d..%d %s", got.Start, got.End, got.Type, tt.rules.Start, tt.rules.End, tt.rules.Type)
			}
		})
	}
}

// A rule span that runs on into the next quote must neither swallow that
// quote's LLM record nor be paired with it.
func TestMatchGrazingSpans(t *testing.T) {
	paras := []string{`Bell said the crews had been promised new contracts. "We have waited two years," he added.`}
	text := paras[0]
	pstart := paragraphStarts(paras)
	claim := "the crews had been promised new contracts"
	direct := "We have waited two years,"
	rs := indexOf(text, claim)
	ruleRec := extractor.Quote{Start: rs, End: indexOf(text, direct) + len("We have"), Type: extractor.Indirect,
		Speaker: "Bell", SpeakerKind: extractor.Person, Cue: "said", Method: extractor.MethodRules}
	ruleRec.Quote = text[ruleRec.Start:ruleRec.End]
	llmRec := func(q, typ string) verified {
		i := indexOf(text, q)
		return verified{q: extractor.Quote{Quote: q, Start: i, End: i + len(q), Type: extractor.Type(typ), Speaker: "Tomas Bell",
			SpeakerKind: extractor.Person, Method: extractor.MethodLLM}, span: span{i, i + len(q)}}
	}
	all := func(int) bool { return true }
	tests := []struct {
		name string
		llms []verified
		want []string // quote | method | agreement
	}{
		{name: "both LLM records", llms: []verified{llmRec(claim, "indirect"), llmRec(direct, "direct")},
			want: []string{ruleRec.Quote + " | both | agree", direct + " | llm | llm_only"}},
		{name: "only the grazed quote", llms: []verified{llmRec(direct, "direct")},
			want: []string{ruleRec.Quote + " | rules | rules_only", direct + " | llm | llm_only"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, q := range match(text, pstart, []extractor.Quote{ruleRec}, tt.llms, all) {
				got = append(got, q.Quote+" | "+q.Method+" | "+q.Agreement)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}
