package crosscheck

import (
	"reflect"
	"testing"

	"github.com/whosaid/whosaid/extractor"
)

func TestCombineSpeaker(t *testing.T) {
	paras := []string{
		`"The budget is balanced," said Mayor Ida Kern.`,
		`"Wait and see," came the reply from the back of the hall.`,
	}
	text := paras[0] + "\n\n" + paras[1]
	pstart := paragraphStarts(paras)
	rec := func(quote, speaker, role string) extractor.Quote {
		i := indexOf(text, quote)
		return extractor.Quote{Quote: quote, Start: i, End: i + len(quote), Type: extractor.Direct,
			Speaker: speaker, SpeakerMention: speaker, SpeakerKind: extractor.Person, Role: role, Cue: "said", Confidence: 0.9}
	}
	tests := []struct {
		name                 string
		rules, llm           extractor.Quote
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
			got := combine(text, pstart, tt.rules, tt.llm)
			if got.Speaker != tt.wantSpeaker || got.AltSpeaker != tt.wantAlt || got.Agreement != tt.wantAgreement || got.Method != extractor.MethodBoth {
				t.Errorf("got speaker %q alt %q agreement %q method %q, want %q %q %q both",
					got.Speaker, got.AltSpeaker, got.Agreement, got.Method, tt.wantSpeaker, tt.wantAlt, tt.wantAgreement)
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
