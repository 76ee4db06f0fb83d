package sources

import (
	"strings"
	"unicode"
)

// FromText makes an Article of plain text: paragraphs are separated by
// blank lines (lines empty or only white space), and inside a paragraph
// every run of white space, line breaks included, becomes one space, as
// the Article contract wants. A text has no metadata; only Source is set.
func FromText(source, body string) *Article {
	a := &Article{Source: source}
	body = strings.TrimPrefix(body, "\uFEFF")
	var para []string
	flush := func() {
		if p := strings.Join(para, " "); p != "" {
			a.Paragraphs = append(a.Paragraphs, p)
		}
		para = para[:0]
	}
	// "\r\n" and a lone "\r" (old Mac files) end lines too.
	body = strings.ReplaceAll(body, "\r\n", "\n")
	body = strings.ReplaceAll(body, "\r", "\n")
	for line := range strings.SplitSeq(body, "\n") {
		line = collapseSpace(line)
		if line == "" {
			flush()
			continue
		}
		para = append(para, line)
	}
	flush()
	if len(a.Paragraphs) == 0 {
		a.Warnings = append(a.Warnings, "no article text found")
	}
	return a
}

// collapseSpace trims s and turns every run of white space inside it into
// one space, as strings.Join(strings.Fields(s), " ") would, without a slice
// of every word (a 5 MB one-line file has millions).
func collapseSpace(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}
