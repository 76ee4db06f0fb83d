package sources

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding/korean"
)

// benchPage is about 1 MB of HTML with Korean paragraphs.
func benchPage(meta string) string {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html><html><head>" + bulkyHead() + meta + "</head><body>")
	for b.Len() < 1<<20 {
		b.WriteString("<p>" + korean1 + " " + korean2 + "</p>\n")
	}
	b.WriteString("</body></html>")
	return b.String()
}

func BenchmarkDecode(b *testing.B) {
	cases := []struct {
		name, contentType string
		body              []byte
	}{
		{"utf-8 undeclared", "", []byte(benchPage(""))},
		{"utf-8 header", "text/html; charset=utf-8", []byte(benchPage(""))},
		{"utf-8 meta", "", []byte(benchPage(`<meta charset="utf-8">`))},
		{"euc-kr late meta", "", encode(b, korean.EUCKR, benchPage(`<meta charset="euc-kr">`))},
		{"euc-kr header", "text/html; charset=euc-kr", encode(b, korean.EUCKR, benchPage(""))},
		{"euc-kr detected", "", encode(b, korean.EUCKR, benchPage(""))},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.body)))
			for b.Loop() {
				decode(c.body, c.contentType, true)
			}
		})
	}
}
