package extractor

import (
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/sources"
)

// span returns the byte offsets of the first occurrence of sub in text.
func span(t *testing.T, text, sub string) (int, int) {
	t.Helper()
	i := strings.Index(text, sub)
	if i < 0 {
		t.Fatalf("%q not in the text", sub)
	}
	return i, i + len(sub)
}

func TestFinalize(t *testing.T) {
	paras := []string{"Café owners said the rent “doubled in a year”.", "Ré said: “We close in May.”"}
	text := strings.Join(paras, sources.ParagraphSep)
	s1, e1 := span(t, text, "doubled in a year")
	s2, e2 := span(t, text, "We close in May.")

	t.Run("code points, paragraph, text order, unknown has no speaker", func(t *testing.T) {
		in := []Quote{
			{Start: s2, End: e2, Type: Direct, Speaker: "Ré", SpeakerKind: Person},
			{Start: s1, End: e1, Type: Mixed, Speaker: "guessed", SpeakerKind: Unknown},
		}
		got, warns := Finalize(text, paras, in)
		if len(warns) != 0 {
			t.Fatalf("warnings: %v", warns)
		}
		runes := []rune(text)
		want := []struct {
			quote      string
			paragraph  int
			speaker    string
			start, end int
		}{
			{"doubled in a year", 0, "", len([]rune(text[:s1])), len([]rune(text[:e1]))},
			{"We close in May.", 1, "Ré", len([]rune(text[:s2])), len([]rune(text[:e2]))},
		}
		if len(got) != len(want) {
			t.Fatalf("got %d records, want %d", len(got), len(want))
		}
		for i, w := range want {
			g := got[i]
			if g.Quote != w.quote || g.Paragraph != w.paragraph || g.Speaker != w.speaker || g.Start != w.start || g.End != w.end {
				t.Errorf("record %d: got %q para %d speaker %q %d..%d, want %q para %d speaker %q %d..%d",
					i, g.Quote, g.Paragraph, g.Speaker, g.Start, g.End, w.quote, w.paragraph, w.speaker, w.start, w.end)
			}
			if string(runes[g.Start:g.End]) != g.Quote {
				t.Errorf("record %d: text[%d:%d] = %q, want %q", i, g.Start, g.End, string(runes[g.Start:g.End]), g.Quote)
			}
		}
	})

	t.Run("records that break the verbatim guarantee are dropped", func(t *testing.T) {
		cafe := strings.Index(text, "é") // a two-byte character
		in := []Quote{
			{Start: s1, End: e1, Quote: "doubled in a year"},   // kept
			{Start: s1, End: e1, Quote: "doubled in one year"}, // not the text
			{Start: -1, End: 3},                                      // out of range
			{Start: 10, End: len(text) + 1},                          // out of range
			{Start: 7, End: 7},                                       // empty
			{Start: cafe + 1, End: cafe + 4},                         // inside a character
			{Start: s2, End: e2, SpeakerKind: "", Speaker: "nobody"}, // no kind: unknown, speaker cleared
		}
		got, warns := Finalize(text, paras, in)
		if len(got) != 2 || len(warns) != 5 {
			t.Fatalf("got %d records and %d warnings (%v), want 2 and 5", len(got), len(warns), warns)
		}
		if got[1].SpeakerKind != Unknown || got[1].Speaker != "" {
			t.Errorf("record without a kind: got kind %q speaker %q, want unknown and empty", got[1].SpeakerKind, got[1].Speaker)
		}
	})
}

type engineFunc func(ctx context.Context, paragraphs []string) ([]Quote, error)

func (f engineFunc) Extract(ctx context.Context, p []string) ([]Quote, error) { return f(ctx, p) }

var _ Engine = engineFunc(nil)

func TestPipelineRun(t *testing.T) {
	art := &sources.Article{Source: "a.html", Title: "T", Paragraphs: []string{"“Yes,” she said."}, Warnings: []string{"decoded as euc-kr"}}
	t.Run("document", func(t *testing.T) {
		p := &Pipeline{Mode: "rules", Engine: engineFunc(func(_ context.Context, ps []string) ([]Quote, error) {
			return []Quote{{Start: 3, End: 7, Type: Direct, Method: "rules"}}, nil
		})}
		doc, err := p.Run(context.Background(), art)
		if err != nil {
			t.Fatal(err)
		}
		if doc.Text != "“Yes,” she said." || doc.Source != "a.html" || doc.Title != "T" || doc.Extractor.Mode != "rules" || doc.Extractor.Version == "" {
			t.Errorf("document fields: %+v", doc)
		}
		if len(doc.Quotes) != 1 || doc.Quotes[0].Quote != "Yes," || doc.Quotes[0].Start != 1 || doc.Quotes[0].End != 5 {
			t.Errorf("quotes: %+v", doc.Quotes)
		}
		if !reflect.DeepEqual(doc.Warnings, []string{"decoded as euc-kr"}) {
			t.Errorf("warnings: %v", doc.Warnings)
		}
	})
	t.Run("no text: empty quotes and one warning, engine not called", func(t *testing.T) {
		p := &Pipeline{Mode: "rules", Engine: engineFunc(func(context.Context, []string) ([]Quote, error) {
			t.Error("engine called on an empty article")
			return nil, nil
		})}
		doc, err := p.Run(context.Background(), &sources.Article{Source: "empty.html"})
		if err != nil {
			t.Fatal(err)
		}
		if doc.Quotes == nil || len(doc.Quotes) != 0 || !reflect.DeepEqual(doc.Warnings, []string{"no article text found"}) {
			t.Errorf("got quotes %v warnings %v", doc.Quotes, doc.Warnings)
		}
	})
	t.Run("engine error is wrapped", func(t *testing.T) {
		boom := errors.New("boom")
		p := &Pipeline{Engine: engineFunc(func(context.Context, []string) ([]Quote, error) { return nil, boom })}
		if _, err := p.Run(context.Background(), art); !errors.Is(err, boom) || !strings.HasPrefix(err.Error(), "extractor: ") {
			t.Errorf("got %v, want an extractor: error wrapping boom", err)
		}
	})
}

func BenchmarkFinalize(b *testing.B) {
	para := "“The plan failed,” said Maria Lopez, director of the Center for Urban Policy. Ré noted that the rent “doubled in a year”."
	paras := make([]string, 20000)
	for i := range paras {
		paras[i] = para
	}
	text := strings.Join(paras, sources.ParagraphSep)
	var qs []Quote
	off := 0
	for range paras {
		i := strings.Index(para, "The plan failed,")
		qs = append(qs, Quote{Start: off + i, End: off + i + len("The plan failed,"), SpeakerKind: Person})
		j := strings.Index(para, "doubled in a year")
		qs = append(qs, Quote{Start: off + j, End: off + j + len("doubled in a year"), SpeakerKind: Person})
		off += len(para) + len(sources.ParagraphSep)
	}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		in := append([]Quote(nil), qs...)
		if got, _ := Finalize(text, paras, in); len(got) != len(qs) {
			b.Fatalf("got %d records, want %d", len(got), len(qs))
		}
	}
}
