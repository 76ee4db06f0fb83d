package sources

import "strings"

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
	for _, line := range strings.Split(body, "\n") {
		words := strings.Fields(line)
		if len(words) == 0 {
			flush()
			continue
		}
		para = append(para, strings.Join(words, " "))
	}
	flush()
	if len(a.Paragraphs) == 0 {
		a.Warnings = append(a.Warnings, "no article text found")
	}
	return a
}
