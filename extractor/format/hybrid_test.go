package format

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/extractor"
)

// A hybrid-mode document, with every field the LLM issue added, matches the
// schema; a rules-mode document carries none of them.
func TestSchemaHybrid(t *testing.T) {
	s := compileSchema(t)
	text := `"Fares stay," said Ana Ruiz.`
	doc := &extractor.Document{
		Source: "ferry.txt", Text: text, Warnings: []string{},
		Quotes: []extractor.Quote{
			{Quote: "Fares stay,", Type: extractor.Direct, Speaker: "Ana Ruiz", SpeakerMention: "Ana Ruiz", SpeakerKind: extractor.Person,
				Cue: "said", Start: 1, End: 12, Method: extractor.MethodBoth, Confidence: 0.6, Agreement: extractor.Conflict,
				Differences: []extractor.Difference{{Field: "speaker", LLM: "Tomas Bell", Rules: "Ana Ruiz"}}, AltSpeaker: "Tomas Bell"},
		},
		Rejected: []extractor.Rejected{{Quote: "We sell the ferry", Speaker: "Ana Ruiz", Reason: "not_in_text"}},
		Extractor: extractor.Info{Version: "dev", Mode: "hybrid", Model: "m", PromptVersion: "p-0123456789ab",
			Usage: &extractor.Usage{Requests: 2, CacheHits: 0, PromptTokens: 900, CompletionTokens: 300}},
	}
	raw, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	validate(t, s, raw)

	// Empty rejected list: still written, as [].
	doc.Rejected = []extractor.Rejected{}
	raw, _ = json.Marshal(doc)
	if !bytes.Contains(raw, []byte(`"rejected":[]`)) {
		t.Errorf("empty rejected list left out in hybrid mode: %s", raw)
	}
	validate(t, s, raw)

	rules := &extractor.Document{Source: "x", Text: text, Warnings: []string{}, Quotes: []extractor.Quote{
		{Quote: "Fares stay,", Type: extractor.Direct, SpeakerKind: extractor.Unknown, Start: 1, End: 12, Method: "rules"}},
		Extractor: extractor.Info{Version: "dev", Mode: "rules"}}
	raw, _ = json.Marshal(rules)
	for _, f := range []string{"rejected", "agreement", "differences", "alt_speaker", "model", "prompt_version", "usage"} {
		if strings.Contains(string(raw), `"`+f+`"`) {
			t.Errorf("rules-mode document has %q: %s", f, raw)
		}
	}
	validate(t, s, raw)
}
