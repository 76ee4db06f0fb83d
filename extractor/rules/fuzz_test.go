package rules

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/whosaid/whosaid/extractor"
)

// FuzzExtract checks the engine's invariants on any input: no panic, every
// record is exactly the text at its offsets, offsets lie on rune boundaries,
// an unknown speaker is empty, and no record runs over more than two
// paragraphs (a carried quote gives one record per paragraph).
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		`“The plan failed,” she said. “We start again.”`,
		"“Unclosed quote\n\n“continues here,” said Maria Lopez.",
		`Maria Lopez, director of the Center for Urban Policy, told reporters that "it's late."`,
		`'' ` + "``" + ` « » „ “ ‘ ’ " ' ‹ › stray marks, according to`,
		`According to a person familiar with the matter, the talks collapsed, the CUP chief said.`,
		"\xff\xfe “broken” utf-8 \xc3",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		var ps []string
		for _, p := range strings.Split(text, "\n\n") {
			if p = strings.TrimSpace(p); p != "" {
				ps = append(ps, p)
			}
		}
		qs, err := New().Extract(context.Background(), ps)
		if err != nil {
			return // a paragraph holding a blank line is refused, not a crash
		}
		joined := strings.Join(ps, "\n\n")
		for _, q := range qs {
			if q.Start < 0 || q.End > len(joined) || q.Start >= q.End {
				t.Fatalf("record %q: offsets %d..%d out of range 0..%d", q.Quote, q.Start, q.End, len(joined))
			}
			if !utf8.RuneStart(joined[q.Start]) || q.End < len(joined) && !utf8.RuneStart(joined[q.End]) {
				t.Fatalf("record %q: offsets %d..%d inside a character", q.Quote, q.Start, q.End)
			}
			if joined[q.Start:q.End] != q.Quote {
				t.Fatalf("got quote %q, want the text at its offsets %q", q.Quote, joined[q.Start:q.End])
			}
			if q.SpeakerKind == extractor.Unknown && q.Speaker != "" {
				t.Fatalf("record %q: unknown kind with speaker %q", q.Quote, q.Speaker)
			}
			if strings.Count(q.Quote, "\n\n") > 0 {
				t.Fatalf("record %q runs over paragraphs", q.Quote)
			}
			if q.Confidence < 0 || q.Confidence > 1 || q.Method != Method {
				t.Fatalf("record %q: confidence %v method %q", q.Quote, q.Confidence, q.Method)
			}
		}
	})
}
