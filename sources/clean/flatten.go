package clean

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
)

// maxDepth is the nesting kept when a page is too deep for x/net/html (which
// stops at 512 open elements); it leaves room for the elements the parser
// adds itself (html, body, tbody, reopened formatting elements).
const maxDepth = 256

// flatten rewrites src so that no more than limit start tags are open at
// once: start tags past the limit are dropped, and so are the end tags that
// match them. Text and everything else stay, so the words of a deep page
// survive even though its deepest structure does not.
func flatten(src []byte, limit int) string {
	z := html.NewTokenizer(bytes.NewReader(src))
	var out strings.Builder
	out.Grow(len(src))
	depth := 0
	dropped := map[string]int{} // start tags dropped and not yet closed, by name
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return out.String()
		case html.StartTagToken:
			name, _ := z.TagName()
			if isVoid(string(name)) {
				out.Write(z.Raw())
				continue
			}
			if depth >= limit {
				dropped[string(name)]++
				continue
			}
			depth++
		case html.EndTagToken:
			name, _ := z.TagName()
			if dropped[string(name)] > 0 {
				dropped[string(name)]--
				continue
			}
			if depth > 0 {
				depth--
			}
		}
		out.Write(z.Raw())
	}
}

func isVoid(name string) bool {
	switch name {
	case "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr":
		return true
	}
	return false
}
