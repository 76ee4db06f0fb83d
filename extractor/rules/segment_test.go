package rules

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSplitLong(t *testing.T) {
	sentence := "The council said the bridge would close in May. "
	tests := []struct {
		name string
		p    string
	}{
		{"short stays whole", "“It will close,” she said."},
		{"sentences", strings.Repeat(sentence, 5000)},
		{"no sentence end", strings.Repeat("word ", 40000)},
		{"no space at all", strings.Repeat("é", 100000)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			segs := splitLong([]string{"first", tt.p})
			var b strings.Builder
			for _, sg := range segs[1:] {
				if sg.para != 1 || len(sg.text) > maxSegment || len(sg.text) == 0 || !utf8.ValidString(sg.text) {
					t.Fatalf("bad segment: para %d, %d bytes, valid %v", sg.para, len(sg.text), utf8.ValidString(sg.text))
				}
				if sg.off != b.Len() {
					t.Fatalf("segment offset %d, want %d", sg.off, b.Len())
				}
				b.WriteString(sg.text)
			}
			if b.String() != tt.p {
				t.Errorf("segments do not rebuild the paragraph")
			}
			if len(tt.p) <= maxSegment && len(segs) != 2 {
				t.Errorf("got %d segments for a short paragraph, want it whole", len(segs)-1)
			}
		})
	}
}

// A quote in a paragraph too long to work on at once keeps the offsets and
// paragraph index of the real paragraph.
func TestLongParagraphOffsets(t *testing.T) {
	filler := strings.Repeat("The river rose again overnight. ", 4000) // over maxSegment
	ps := []string{"Intro.", filler + "“We are ready,” said Ana Ruiz."}
	qs, err := New().Extract(context.Background(), ps)
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(ps, "\n\n")
	found := false
	for _, q := range qs {
		if text[q.Start:q.End] != q.Quote {
			t.Errorf("record %q is not the text at %d..%d", q.Quote, q.Start, q.End)
		}
		if q.Quote == "We are ready," {
			found = true
			if q.Paragraph != 1 || q.Speaker != "Ana Ruiz" {
				t.Errorf("got paragraph %d speaker %q, want 1 and Ana Ruiz", q.Paragraph, q.Speaker)
			}
		}
	}
	if !found {
		t.Errorf("quote at the end of a long paragraph not found")
	}
}
