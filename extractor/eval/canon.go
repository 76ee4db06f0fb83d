package eval

import "unicode"

// ParagraphSep is sources.ParagraphSep, spelt out here so that this package
// does not depend on the sources package for one constant.
const ParagraphSep = "\n\n"

// Canonical is a text in whosaid's canonical paragraph form, with the way
// back to the text it was made from.
type Canonical struct {
	Text  []rune // paragraphs trimmed, white space runs collapsed, joined by "\n\n"
	Pos   []int  // rune index in the original -> index in Text; -1 for dropped white space
	Paras []int  // where each paragraph starts in Text
}

// Canonicalize puts raw into the form sources.FromText gives plain text:
// lines end at "\n", "\r\n" or a lone "\r"; paragraphs are separated by a
// blank line (one holding only white space); each is trimmed and its white
// space runs, single line breaks included, become one space. A byte order
// mark at the start is dropped. A white space run between two words is a
// paragraph break exactly when it holds two line breaks or more.
func Canonicalize(raw string) *Canonical {
	rs := []rune(raw)
	c := &Canonical{Pos: make([]int, len(rs))}
	var (
		inSpace  bool // inside a white space run after some text
		newlines int  // line breaks in that run
	)
	for i, r := range rs {
		if i == 0 && r == '\uFEFF' {
			c.Pos[i] = -1
			continue
		}
		if unicode.IsSpace(r) {
			c.Pos[i] = -1
			if r == '\n' || (r == '\r' && (i+1 == len(rs) || rs[i+1] != '\n')) {
				newlines++
			}
			inSpace = true
			continue
		}
		if len(c.Text) == 0 {
			c.Paras = append(c.Paras, 0)
		} else if inSpace {
			if newlines >= 2 {
				c.Text = append(c.Text, []rune(ParagraphSep)...)
				c.Paras = append(c.Paras, len(c.Text))
			} else {
				c.Text = append(c.Text, ' ')
			}
		}
		inSpace, newlines = false, 0
		c.Pos[i] = len(c.Text)
		c.Text = append(c.Text, r)
	}
	return c
}

// Map maps the original range [start, end) to Text, trimming white space at
// both ends. ok is false when the range is out of bounds or holds only white
// space.
func (c *Canonical) Map(start, end int) (s, e int, ok bool) {
	if start < 0 || end > len(c.Pos) || start > end {
		return 0, 0, false
	}
	for start < end && c.Pos[start] < 0 {
		start++
	}
	for end > start && c.Pos[end-1] < 0 {
		end--
	}
	if start == end {
		return 0, 0, false
	}
	return c.Pos[start], c.Pos[end-1] + 1, true
}

// Paragraphs returns the paragraphs of Text.
func (c *Canonical) Paragraphs() []string {
	out := make([]string, 0, len(c.Paras))
	for i, s := range c.Paras {
		e := len(c.Text)
		if i+1 < len(c.Paras) {
			e = c.Paras[i+1] - len([]rune(ParagraphSep))
		}
		out = append(out, string(c.Text[s:e]))
	}
	return out
}
