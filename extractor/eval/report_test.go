package eval

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/extractor"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func gq(s Span, typ extractor.Type, speaker string) GoldQuote {
	return GoldQuote{Start: s.Start, End: s.End, Type: typ, Speaker: speaker}
}

func pq(s Span, typ extractor.Type, speaker string) extractor.Quote {
	return extractor.Quote{Start: s.Start, End: s.End, Type: typ, Speaker: speaker}
}

type scored struct {
	gold []GoldQuote
	pred []extractor.Quote
}

// fixtureArticles is scored by hand in TestReport.
var fixtureArticles = []scored{
	{
		gold: []GoldQuote{
			gq(toks(0, 4), extractor.Direct, "Ann Lee"),
			gq(toks(4, 8), extractor.Indirect, "Bo Park"),
			gq(toks(8, 12), extractor.Mixed, ""),
		},
		pred: []extractor.Quote{
			pq(toks(0, 4), extractor.Direct, "Lee"),      // matches g0, right speaker
			pq(toks(5, 8), extractor.Mixed, "Cy Ng"),     // 3 of g1's 4 words: matches, wrong speaker and type
			pq(toks(8, 9), extractor.Indirect, "Dee Ox"), // 1 of g2's 4 words: false positive
		},
	},
	{pred: []extractor.Quote{pq(toks(0, 2), extractor.Direct, "Ann Lee")}}, // no gold: false positive
	{gold: []GoldQuote{gq(toks(2, 6), extractor.Indirect, "Eli Fox")}},     // no prediction: missed
	{
		gold: []GoldQuote{
			gq(toks(0, 3), extractor.Direct, "Rosa Vance"),
			gq(toks(3, 6), extractor.Direct, "she"),
			gq(toks(6, 9), extractor.Direct, ""),
		},
		pred: []extractor.Quote{
			pq(toks(0, 3), extractor.Direct, ""),            // matched, no speaker: wrong
			pq(toks(3, 6), extractor.Direct, "Ines Tarrow"), // matched, gold pronoun unresolved
			pq(toks(6, 9), extractor.Direct, ""),            // matched, both without source
		},
	},
}

func TestReport(t *testing.T) {
	tests := []struct {
		name                    string
		arts                    []scored
		gold, pred, matched     int
		precision, recall, f1   float64
		typeAccuracy            float64
		compared, correct       int
		speakerAcc              float64
		empty, noSource, bothNo int
		unresolved              int
		byType                  map[extractor.Type]TypeFigures
	}{
		{
			name: "one article", arts: fixtureArticles[:1],
			gold: 3, pred: 3, matched: 2, precision: 2.0 / 3, recall: 2.0 / 3, f1: 2.0 / 3,
			typeAccuracy: 0.5, compared: 2, correct: 1, speakerAcc: 0.5,
			byType: map[extractor.Type]TypeFigures{
				extractor.Direct:   {Gold: 1, Found: 1, Recall: 1, Predicted: 1, Correct: 1, Precision: 1, SameType: 1},
				extractor.Indirect: {Gold: 1, Found: 1, Recall: 1, Predicted: 1, Correct: 0, Precision: 0},
				extractor.Mixed:    {Gold: 1, Found: 0, Recall: 0, Predicted: 1, Correct: 1, Precision: 1},
			},
		},
		{
			name: "empty gold", arts: fixtureArticles[1:2],
			gold: 0, pred: 1, matched: 0,
			byType: map[extractor.Type]TypeFigures{
				extractor.Direct: {Predicted: 1},
			},
		},
		{
			name: "empty prediction set", arts: fixtureArticles[2:3],
			gold: 1, pred: 0, matched: 0,
			byType: map[extractor.Type]TypeFigures{
				extractor.Indirect: {Gold: 1},
			},
		},
		{
			name: "all four articles", arts: fixtureArticles,
			// matched 2+0+0+3 of gold 3+0+1+3 and pred 3+1+0+3
			gold: 7, pred: 7, matched: 5, precision: 5.0 / 7, recall: 5.0 / 7, f1: 5.0 / 7,
			typeAccuracy: 4.0 / 5, compared: 3, correct: 1, speakerAcc: 1.0 / 3,
			empty: 1, noSource: 1, bothNo: 1, unresolved: 1,
			byType: map[extractor.Type]TypeFigures{
				extractor.Direct:   {Gold: 4, Found: 4, Recall: 1, Predicted: 5, Correct: 4, Precision: 0.8, SameType: 4},
				extractor.Indirect: {Gold: 2, Found: 1, Recall: 0.5, Predicted: 1, Correct: 0, Precision: 0},
				extractor.Mixed:    {Gold: 1, Found: 0, Recall: 0, Predicted: 1, Correct: 1, Precision: 1},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := NewReport()
			for _, a := range tt.arts {
				r.Add(letters, a.gold, a.pred)
			}
			r.Finish()
			checkInt(t, "gold", r.Gold, tt.gold)
			checkInt(t, "predicted", r.Predicted, tt.pred)
			checkInt(t, "matched", r.Matched, tt.matched)
			checkFloat(t, "precision", r.Precision, tt.precision)
			checkFloat(t, "recall", r.Recall, tt.recall)
			checkFloat(t, "F1", r.F1, tt.f1)
			checkFloat(t, "type accuracy", r.TypeAccuracy, tt.typeAccuracy)
			checkInt(t, "speaker compared", r.Speaker.Compared, tt.compared)
			checkInt(t, "speaker correct", r.Speaker.Correct, tt.correct)
			checkFloat(t, "speaker accuracy", r.Speaker.Accuracy, tt.speakerAcc)
			checkInt(t, "speaker empty", r.Speaker.Empty, tt.empty)
			checkInt(t, "gold no source", r.Speaker.GoldNoSource, tt.noSource)
			checkInt(t, "both no source", r.Speaker.BothNoSource, tt.bothNo)
			checkInt(t, "unresolved", r.Speaker.Unresolved, tt.unresolved)
			for _, typ := range types {
				got, want := *r.ByType[typ], tt.byType[typ]
				if got != want {
					t.Errorf("%s: got %+v, want %+v", typ, got, want)
				}
			}
		})
	}
}

func TestReportText(t *testing.T) {
	r := NewReport()
	for _, a := range fixtureArticles {
		r.Add(letters, a.gold, a.pred)
	}
	r.Add(letters, nil, []extractor.Quote{pq(toks(10, 12), "claim", "X")})
	r.Dropped = 2
	r.Finish()
	var buf bytes.Buffer
	if err := r.WriteText(&buf); err != nil {
		t.Fatal(err)
	}
	golden(t, filepath.Join("testdata", "report.golden"), buf.Bytes())
}

// fakeEngine is an extractor.Engine whose answers the test supplies.
type fakeEngine struct {
	extract func(paragraphs []string) ([]extractor.Quote, error)
}

func (f fakeEngine) Extract(_ context.Context, paragraphs []string) ([]extractor.Quote, error) {
	return f.extract(paragraphs)
}

var _ extractor.Engine = fakeEngine{}

// find returns a quote with the byte offsets of s in the joined paragraphs.
func find(paragraphs []string, s string, typ extractor.Type, speaker string) extractor.Quote {
	text := strings.Join(paragraphs, ParagraphSep)
	i := strings.Index(text, s)
	if i < 0 {
		return extractor.Quote{Start: -1}
	}
	return extractor.Quote{Start: i, End: i + len(s), Type: typ, Speaker: speaker, SpeakerKind: extractor.Person}
}

func TestRun(t *testing.T) {
	// Not canonical: CRLF, indentation, doubled spaces. Gold offsets count
	// code points of this raw text.
	raw := "  “Ça va très bien,”  said Zoë Adler.\r\n\r\nThe mayor said  the budget was fine. "
	rr := []rune(raw)
	at := func(s string) (int, int) {
		i := strings.Index(raw, s)
		start := len([]rune(raw[:i]))
		return start, start + len([]rune(s))
	}
	s1, e1 := at("“Ça va très bien,”")
	s2, e2 := at("the budget was fine")
	arts := []Article{{
		ID:   "a1",
		Text: raw,
		Quotes: []GoldQuote{
			{Quote: string(rr[s1:e1]), Speaker: "Zoë Adler", Type: extractor.Direct, Start: s1, End: e1},
			{Quote: string(rr[s2:e2]), Speaker: "The mayor", Type: extractor.Indirect, Start: s2, End: e2},
		},
	}}
	var gotParas []string
	eng := fakeEngine{extract: func(ps []string) ([]extractor.Quote, error) {
		gotParas = ps
		return []extractor.Quote{
			find(ps, "“Ça va très bien,”", extractor.Direct, "Adler"),
			find(ps, "the budget was fine", extractor.Indirect, "Ron Bay"),
			{Start: 3, End: 1}, // dropped by Finalize
		}, nil
	}}
	r, err := Run(context.Background(), eng, arts)
	if err != nil {
		t.Fatal(err)
	}
	wantParas := []string{"“Ça va très bien,” said Zoë Adler.", "The mayor said the budget was fine."}
	if strings.Join(gotParas, "|") != strings.Join(wantParas, "|") {
		t.Errorf("paragraphs: got %q, want %q", gotParas, wantParas)
	}
	checkInt(t, "matched", r.Matched, 2)
	checkInt(t, "dropped", r.Dropped, 1)
	checkInt(t, "speaker correct", r.Speaker.Correct, 1)
	checkFloat(t, "F1", r.F1, 1)

	t.Run("engine error names the article", func(t *testing.T) {
		boom := errors.New("boom")
		_, err := Run(context.Background(), fakeEngine{extract: func([]string) ([]extractor.Quote, error) { return nil, boom }}, arts)
		if !errors.Is(err, boom) || !strings.Contains(err.Error(), "a1") {
			t.Errorf("got %v, want an error wrapping boom naming a1", err)
		}
	})
	t.Run("cancelled", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		if _, err := Run(ctx, eng, arts); !errors.Is(err, context.Canceled) {
			t.Errorf("got %v, want context.Canceled", err)
		}
	})
}

func checkInt(t testing.TB, what string, got, want int) {
	t.Helper()
	if got != want {
		t.Errorf("%s: got %d, want %d", what, got, want)
	}
}

func checkFloat(t testing.TB, what string, got, want float64) {
	t.Helper()
	if math.Abs(got-want) > 1e-9 {
		t.Errorf("%s: got %.6f, want %.6f", what, got, want)
	}
}

// golden compares got with the file at path, or rewrites it with -update.
func golden(t testing.TB, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from %s:\ngot:\n%s\nwant:\n%s", path, got, want)
	}
}
