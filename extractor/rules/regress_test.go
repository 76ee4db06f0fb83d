package rules

import (
	"context"
	"strings"
	"testing"
)

// TestNoPanicShapes holds paragraphs that once crashed the engine (the text
// is invented, in the shape of the real paragraph). Each must give records
// that keep the verbatim invariant.
func TestNoPanicShapes(t *testing.T) {
	tests := []struct{ name, text string }{
		{"cue, place phrase, partial quote, then adding that",
			`Ostland Prime Minister Ivo Marek said in a statement, “We are glad and grateful” at the crew’s rescue, adding that Lind’s family had asked to pass on its own relief and thanks.`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps := []string{tt.text}
			qs, err := New().Extract(context.Background(), ps)
			if err != nil {
				t.Fatal(err)
			}
			text := strings.Join(ps, "\n\n")
			for _, q := range qs {
				if text[q.Start:q.End] != q.Quote {
					t.Errorf("record %q is not the text at %d..%d", q.Quote, q.Start, q.End)
				}
			}
		})
	}
}

// A double surname given later without the first name is the same person,
// but only when exactly one longer name ends that way.
func TestDoubleSurname(t *testing.T) {
	runCases(t, []ruleCase{
		{name: "tail of one longer name",
			text: "Director Rosa Vance Kimura spoke to the board on Monday.\n\nVance Kimura said the prisons were aging and needed repairs.",
			want: []want{{quote: "the prisons were aging and needed repairs", speaker: "Rosa Vance Kimura"}}},
		{name: "tail of two longer names stays apart",
			text: "Rosa Vance Kimura and Ida Vance Kimura both spoke on Monday.\n\nVance Kimura said the prisons were aging and needed repairs.",
			want: []want{{quote: "the prisons were aging and needed repairs", speaker: "Vance Kimura"}}},
	})
}
