package clean

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxDepth is the nesting kept when a page is too deep for x/net/html (which
// stops at parserLimit open elements); it leaves room for the elements the
// parser adds itself (html, body, tbody, reopened formatting elements).
const maxDepth = 256

// parserLimit is the nesting x/net/html refuses to parse past.
const parserLimit = 512

// paragraphBreak stands in for a block tag dropped past the limit: two line
// breaks, which the paragraph builder reads as a paragraph boundary.
const paragraphBreak = "<br><br>"

// flatten rewrites src so that no more than limit start tags are open at
// once. Past the limit, start tags and the end tags that match them are
// dropped; a dropped block tag (p, li, blockquote, h1-h6, div...) becomes a
// paragraph break, so that the paragraphs of a deep page stay apart even
// though its deepest structure is gone. Text and everything else stay.
func flatten(src []byte, limit int) string {
	z := html.NewTokenizer(bytes.NewReader(src))
	var out strings.Builder
	out.Grow(len(src))
	depth := 0
	dropped := map[string]int{} // start tags dropped and not yet closed, by name
	rawText := false            // inside a dropped script or style: its text goes too
	for {
		tt := z.Next()
		if rawText && tt != html.ErrorToken {
			// The tokenizer gives a raw-text element's content as one
			// text token, then its end tag: both go.
			rawText = tt != html.EndTagToken
			continue
		}
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
				if isRawText(string(name)) {
					// Without its tag, a script's code would become text.
					rawText = true
					continue
				}
				dropped[string(name)]++
				if isBlockName(name) {
					out.WriteString(paragraphBreak)
				}
				continue
			}
			depth++
		case html.EndTagToken:
			name, _ := z.TagName()
			if dropped[string(name)] > 0 {
				dropped[string(name)]--
				if isBlockName(name) {
					out.WriteString(paragraphBreak)
				}
				continue
			}
			if depth > 0 {
				depth--
			}
		}
		out.Write(z.Raw())
	}
}

// isBlockName tells whether a tag name is one of isBlockAtom's.
func isBlockName(name []byte) bool {
	return isBlockAtom(atom.Lookup(name))
}

// isRawText tells whether the tokenizer reads the element's content as raw
// text, up to its end tag.
func isRawText(name string) bool {
	switch name {
	case "iframe", "noembed", "noframes", "noscript", "script", "style", "textarea", "title", "xmp":
		return true
	}
	return false
}

func isVoid(name string) bool {
	switch name {
	case "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr":
		return true
	}
	return false
}
