package polnear

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/extractor"
	"github.com/whosaid/whosaid/extractor/eval"
)

func convertDir(t *testing.T, dir string) ([]eval.Article, Stats) {
	t.Helper()
	arts, st, err := ConvertDir(context.Background(), dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	return arts, st
}

func TestConvertDirGolden(t *testing.T) {
	for _, name := range []string{"flat", "compartment"} {
		t.Run(name, func(t *testing.T) {
			arts, _ := convertDir(t, writeBrat(t, name))
			var buf bytes.Buffer
			if err := eval.WriteGold(&buf, arts); err != nil {
				t.Fatal(err)
			}
			// What was written must read back: every quote is text[start:end].
			if _, err := eval.ReadGold(bytes.NewReader(buf.Bytes())); err != nil {
				t.Fatalf("converted gold does not read back: %v", err)
			}
			if want := goldenGold[name]; buf.String() != want {
				t.Errorf("converted gold differs from goldenGold[%q]:\ngot:\n%s\nwant:\n%s", name, buf.String(), want)
			}
		})
	}
}

// quoteOf returns the gold quote whose text starts with prefix.
func quoteOf(t *testing.T, a eval.Article, prefix string) eval.GoldQuote {
	t.Helper()
	for _, q := range a.Quotes {
		if strings.HasPrefix(q.Quote, prefix) {
			return q
		}
	}
	t.Fatalf("%s: no quote starting %q", a.ID, prefix)
	return eval.GoldQuote{}
}

func TestConvertFlat(t *testing.T) {
	arts, st := convertDir(t, writeBrat(t, "flat"))
	if len(arts) != 2 || arts[0].ID != "council" || arts[1].ID != "ferry" {
		t.Fatalf("got articles %v, want council and ferry", ids(arts))
	}
	council, ferry := arts[0], arts[1]
	want := Stats{Articles: 2, Attributions: 11, NoContent: 1, NoSource: 1, Quotes: 11, Split: 1}
	if st != want {
		t.Errorf("stats: got %+v, want %+v", st, want)
	}
	tests := []struct {
		name    string
		art     eval.Article
		prefix  string
		quote   string
		typ     extractor.Type
		speaker string
		cue     string
	}{
		{"wholly quoted", council, "“long", "“long overdue.”", extractor.Direct, "Mayor Inés Ødegård", "called"},
		{"discontinuous, first piece", council, "“We", "“We listened to the workers,”", extractor.Direct, "Ødegård", "said"},
		{"discontinuous, second piece", council, "“and", "“and the workers were right.”", extractor.Direct, "Ødegård", "said"},
		{"reported", council, "the first", "the first crossing would run in March", extractor.Indirect, "Ødegård", "said"},
		{"partial quote", council, "that the budget", "that the budget remained “very tight”", extractor.Mixed, "Her deputy, Tomás Reyes", "warned"},
		{"straight marks, pronoun kept without coreference", council, `"Nobody`, `"Nobody should pay more to get home."`, extractor.Direct, "She", "added:"},
		{"line break inside the span", council, "the old pier", "the old pier would close for repairs", extractor.Indirect, "The harbour master, Ngozi Okafor", "said"},
		{"no source", council, "that two boats", "that two boats would be sold", extractor.Indirect, "", "was also reported"},
		{"according to", council, "The plan", "The plan will cost more than expected", extractor.Indirect, "a report by the harbour authority", "according to"},
		{"CRLF, fragments joined", ferry, "that fares", "that fares would stay at €3 until 2027", extractor.Indirect, "The operator", "said"},
		{"CRLF, quoted", ferry, "“It is", "“It is the least we can do,”", extractor.Direct, "Øyvind Berg, the operator’s chief", "said"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := quoteOf(t, tt.art, tt.prefix)
			if q.Quote != tt.quote || q.Type != tt.typ || q.Speaker != tt.speaker || q.Cue != tt.cue {
				t.Errorf("got %q %s speaker %q cue %q, want %q %s speaker %q cue %q",
					q.Quote, q.Type, q.Speaker, q.Cue, tt.quote, tt.typ, tt.speaker, tt.cue)
			}
			if got := string([]rune(tt.art.Text)[q.Start:q.End]); got != q.Quote {
				t.Errorf("text[%d:%d] = %q, want %q", q.Start, q.End, got, q.Quote)
			}
		})
	}
	if strings.ContainsAny(ferry.Text, "\r") || !strings.HasPrefix(ferry.Text, "Ferry Fares Frozen\n\nThe operator said on Monday that fares would") {
		t.Errorf("ferry text not canonical: %q", ferry.Text)
	}
}

func TestConvertCompartment(t *testing.T) {
	arts, st := convertDir(t, writeBrat(t, "compartment"))
	if len(arts) != 1 {
		t.Fatalf("got %d articles, want 1", len(arts))
	}
	if st.Duplicates != 1 || st.Resolved != 1 || st.NoContent != 1 {
		t.Errorf("stats: got %+v, want 1 duplicate, 1 resolved, 1 without content", st)
	}
	// The first annotator's file is used: its content has no final period.
	q := quoteOf(t, arts[0], "the vote")
	if q.Quote != "the vote was close" || q.Speaker != "Senator Ana Lima" || q.SpeakerMention != "" {
		t.Errorf("got %+v, want the first annotator's quote with the source as annotated", q)
	}
	q = quoteOf(t, arts[0], "she would")
	if q.Speaker != "Ana Lima" || q.SpeakerMention != "She" {
		t.Errorf("pronoun source: got speaker %q mention %q, want Ana Lima from She", q.Speaker, q.SpeakerMention)
	}
}

func TestReadCoreNLPOffsets(t *testing.T) {
	raw := bratFixtures["compartment/text/vote.txt"]
	c, err := ReadCoreNLP(strings.NewReader(bratFixtures["compartment/corenlp/vote.txt.xml"]), raw)
	if err != nil {
		t.Fatal(err)
	}
	// The emoji in the title is two UTF-16 units: later tokens only line up
	// with the text when the offsets were converted to code points.
	for _, s := range c.tokens {
		for _, tok := range s {
			if got := string(c.raw[tok.Begin:tok.End]); got != tok.Word {
				t.Errorf("token %q at %d..%d covers %q", tok.Word, tok.Begin, tok.End, got)
			}
		}
	}
	if _, err := ReadCoreNLP(strings.NewReader("<root><document"), "x"); err == nil {
		t.Error("truncated XML: got no error")
	}
}

func TestParseAnnErrors(t *testing.T) {
	tests := []struct {
		name, ann, msg string
	}{
		{"offsets not numbers", "T1\tSource 0 x\tAnn\n", "ann line 1"},
		{"end before start", "T1\tCue 0 3\tsaid\nT2\tSource 9 4\tAnn\n", "ann line 2"},
		{"no offsets", "T1\tSource\n", "not a label with offsets"},
		{"undefined argument", "T1\tCue 0 4\tsaid\nE1\tAttribution:T1 Content:T7\n", "T7, which is not defined"},
		{"bad argument", "T1\tCue 0 4\tsaid\nE1\tAttribution:T1 Content\n", "not role:id"},
		{"defined twice", "T1\tCue 0 4\tsaid\nT1\tCue 0 4\tsaid\n", "defined twice"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseAnn(strings.NewReader(tt.ann))
			if !errors.Is(err, ErrAnnFormat) || !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("got %v, want ErrAnnFormat mentioning %q", err, tt.msg)
			}
		})
	}
}

func TestConvertSpanPastEnd(t *testing.T) {
	ann, err := ParseAnn(strings.NewReader("T1\tContent 0 40\tx\nT2\tCue 0 1\tx\nE1\tAttribution:T2 Content:T1 Cue:T2\n"))
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := Convert("short", "Too short.", ann, nil); !errors.Is(err, ErrSpan) {
		t.Errorf("got %v, want ErrSpan", err)
	}
}

func TestConvertDirEmpty(t *testing.T) {
	if _, _, err := ConvertDir(context.Background(), t.TempDir(), nil); !errors.Is(err, ErrNoArticle) {
		t.Errorf("got %v, want ErrNoArticle", err)
	}
}

func TestQuoteType(t *testing.T) {
	tests := []struct {
		name, text, piece string
		want              extractor.Type
	}{
		{"curly, wholly quoted", `He said: “We will win.”`, `“We will win.”`, extractor.Direct},
		{"marks outside the piece", `He said: “We will win.”`, `We will win`, extractor.Direct},
		{"partial", `He said the plan was “a disaster” for all.`, `the plan was “a disaster” for all`, extractor.Mixed},
		{"none", `He said the plan was fine.`, `the plan was fine`, extractor.Indirect},
		{"straight marks toggle", `"One," he said, "two."`, `"two."`, extractor.Direct},
		{"between two quotes", `"One," he said, "two."`, `he said`, extractor.Indirect},
		{"apostrophes are not quotes", `It’s fine, he said, and ‘safe’.`, `It’s fine`, extractor.Indirect},
		{"multi-paragraph quote without a close", "“First part.\n\n“Second part.”", "Second part.", extractor.Direct},
		{"unclosed quote ends with its paragraph", "“First part.\n\nThen he left.", "Then he left", extractor.Indirect},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := eval.Canonicalize(tt.text)
			text := string(c.Text)
			i := strings.LastIndex(text, tt.piece)
			if i < 0 {
				t.Fatalf("%q not in %q", tt.piece, text)
			}
			s := len([]rune(text[:i]))
			p := Span{s, s + len([]rune(tt.piece))}
			if got := quoteType(c.Text, quotedRunes(c), p); got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}

func ids(arts []eval.Article) []string {
	var out []string
	for _, a := range arts {
		out = append(out, a.ID)
	}
	return out
}
