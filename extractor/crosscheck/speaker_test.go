package crosscheck

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/extractor"
	"github.com/whosaid/whosaid/extractor/llm/llmtest"
)

// spillwayRules is what a rule engine finds in spillway.txt.
func spillwayRules(t testing.TB) fakeRules {
	return fakeRules{func(ps []string) []extractor.Quote {
		text := strings.Join(ps, "\n\n")
		elena := extractor.Quote{Type: extractor.Direct, Speaker: "Elena Varga", SpeakerMention: "Elena Varga, director of the Oskar Basin Water Trust",
			SpeakerKind: extractor.Person, Role: "director", Affiliation: "Oskar Basin Water Trust", Cue: "said", Confidence: 0.95}
		return []extractor.Quote{
			at(t, text, "Every season we delay, the spillway gets weaker and the valley gets less safe,", elena),
			at(t, text, "the farmers downstream had waited long enough",
				extractor.Quote{Type: extractor.Indirect, Speaker: "Miklos Varga", SpeakerMention: "Miklos Varga, a councilman",
					SpeakerKind: extractor.Person, Role: "councilman", Cue: "told", Confidence: 0.8}),
			at(t, text, "The pumps are ours to run,",
				extractor.Quote{Type: extractor.Direct, Speaker: "Elena Varga", SpeakerMention: "Elena Varga", SpeakerKind: extractor.Person, Cue: "said", Confidence: 0.95}),
		}
	}}
}

// Speaker conflicts are settled on the candidates' speaker names, never on
// a mention the model copied from the sentence; the kept record is whole
// (speaker, mention, kind, role and affiliation from one candidate); and a
// speaker cleared as not in the text is a disagreement, not agreement.
func TestHybridSpeakerChecks(t *testing.T) {
	reply := llmtest.Quotes(
		// The model's speaker is not in the sentence; its mention, role and
		// affiliation are Elena Varga's.
		map[string]string{"quote": "Every season we delay, the spillway gets weaker and the valley gets less safe,", "type": "direct",
			"speaker": "Piet Orsolya", "speaker_mention": "Elena Varga", "speaker_kind": "person",
			"role": "director", "affiliation": "Oskar Basin Water Trust", "cue": "said"},
		// A name found nowhere in the article.
		map[string]string{"quote": "the farmers downstream had waited long enough", "type": "indirect",
			"speaker": "John Smith", "speaker_mention": "he", "speaker_kind": "person", "role": "Council President", "cue": "told"},
		// Only the surname is in the sentence, and it is another person's.
		map[string]string{"quote": "The pumps are ours to run,", "type": "direct",
			"speaker": "Miklos Varga", "speaker_mention": "Miklos Varga", "speaker_kind": "person", "role": "councilman", "cue": "said"},
	)
	srv := llmtest.NewServer(t, llmtest.Reply{Content: reply})
	art := loadArticle(t, "spillway.txt")
	doc, err := (&Pipeline{Rules: spillwayRules(t), LLM: newClient(t, srv, nil), Mode: ModeHybrid}).Run(context.Background(), art)
	if err != nil {
		t.Fatal(err)
	}
	type rec struct {
		Quote, Agreement, Speaker, Alt, Mention, Role, Affiliation string
		Kind                                                       extractor.SpeakerKind
		Diffs                                                      []extractor.Difference
		Confidence                                                 float64
	}
	want := []rec{
		{Quote: "Every season we delay, the spillway gets weaker and the valley gets less safe,", Agreement: extractor.Conflict,
			Speaker: "Elena Varga", Alt: "Piet Orsolya", Mention: "Elena Varga, director of the Oskar Basin Water Trust",
			Role: "director", Affiliation: "Oskar Basin Water Trust", Kind: extractor.Person, Confidence: confConflict,
			Diffs: []extractor.Difference{{Field: "speaker", LLM: "Piet Orsolya", Rules: "Elena Varga"}}},
		{Quote: "the farmers downstream had waited long enough", Agreement: extractor.Conflict,
			Speaker: "Miklos Varga", Mention: "Miklos Varga, a councilman", Role: "councilman", Kind: extractor.Person, Confidence: confConflict,
			Diffs: []extractor.Difference{{Field: "speaker", LLM: "John Smith", Rules: "Miklos Varga"}}},
		{Quote: "The pumps are ours to run,", Agreement: extractor.Conflict,
			// Role and affiliation are the person's, from her first record.
			Speaker: "Elena Varga", Alt: "Miklos Varga", Mention: "Elena Varga", Role: "director", Affiliation: "Oskar Basin Water Trust",
			Kind: extractor.Person, Confidence: confConflict,
			Diffs: []extractor.Difference{{Field: "speaker", LLM: "Miklos Varga", Rules: "Elena Varga"}}},
	}
	if len(doc.Quotes) != len(want) {
		t.Fatalf("got %d records, want %d: %+v", len(doc.Quotes), len(want), doc.Quotes)
	}
	for i, q := range doc.Quotes {
		got := rec{Quote: q.Quote, Agreement: q.Agreement, Speaker: q.Speaker, Alt: q.AltSpeaker, Mention: q.SpeakerMention,
			Role: q.Role, Affiliation: q.Affiliation, Kind: q.SpeakerKind, Diffs: q.Differences, Confidence: q.Confidence}
		if got.Quote != want[i].Quote {
			t.Fatalf("record %d: got quote %q, want %q", i, got.Quote, want[i].Quote)
		}
		t.Run(clip(got.Quote, 20), func(t *testing.T) {
			if !reflect.DeepEqual(got, want[i]) {
				t.Errorf("got  %+v\nwant %+v", got, want[i])
			}
			if q.Method != extractor.MethodBoth {
				t.Errorf("method: got %q, want both", q.Method)
			}
		})
	}
	wantWarn := `speaker_not_in_text: the LLM named "John Smith" for "the farmers downstream had waited long enough", a name found nowhere in the article; cleared to unknown`
	if !reflect.DeepEqual(doc.Warnings, []string{wantWarn}) {
		t.Errorf("warnings: got %q, want %q", doc.Warnings, []string{wantWarn})
	}
	checkOffsets(t, doc)
}
