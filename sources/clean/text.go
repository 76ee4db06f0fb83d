package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// isBlockAtom tells the elements that end the paragraph before them and
// start a new one: the page's own paragraph boundaries. Inline elements (a,
// em, span, td...) only add their text to the paragraph being built.
func isBlockAtom(a atom.Atom) bool {
	switch a {
	case atom.Address, atom.Article, atom.Aside, atom.Blockquote,
		atom.Center, atom.Dd, atom.Details, atom.Dialog, atom.Dir,
		atom.Div, atom.Dl, atom.Dt, atom.Fieldset, atom.Figcaption,
		atom.Figure, atom.Footer, atom.Form, atom.H1, atom.H2,
		atom.H3, atom.H4, atom.H5, atom.H6, atom.Header,
		atom.Hgroup, atom.Hr, atom.Li, atom.Main, atom.Menu,
		atom.Nav, atom.Ol, atom.P, atom.Pre, atom.Section,
		atom.Summary, atom.Table, atom.Tbody, atom.Thead,
		atom.Tfoot, atom.Tr, atom.Ul, atom.Caption, atom.Body,
		atom.Html:
		return true
	}
	return false
}

// isCellAtom tells the cells, which separate their text from the next
// cell's with a space, so that "<td>12</td><td>mm</td>" does not come out
// as "12mm".
func isCellAtom(a atom.Atom) bool { return a == atom.Td || a == atom.Th }

// tagAtom is n's atom. go-readability creates elements (the <p> it makes of
// <br><br> runs, renamed <h1>s) with only their name set, so the atom is
// looked up from the name when missing.
func tagAtom(n *html.Node) atom.Atom {
	if n.DataAtom != 0 || n.Type != html.ElementNode {
		return n.DataAtom
	}
	return atom.Lookup([]byte(n.Data))
}

// paragraphBuilder turns a DOM subtree into paragraphs. Text is collected in
// cur; a <br> is written as '\n' and every other white space as ' ', so that
// flush can tell a line break (one '\n') from a paragraph break (two or more)
// after the markup is gone.
type paragraphBuilder struct {
	cur   []byte // reused from paragraph to paragraph
	paras []string
	skip  func(*html.Node) bool
}

// render walks n without recursion: pages can nest elements thousands of
// levels deep, and a loop with an explicit stack keeps that cheap and safe.
func (b *paragraphBuilder) render(root *html.Node) []string {
	type frame struct {
		n     *html.Node
		leave bool
	}
	stack := []frame{{n: root}}
	for len(stack) > 0 {
		f := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		n := f.n
		if f.leave {
			b.leave(n)
			continue
		}
		switch n.Type {
		case html.TextNode:
			b.text(n.Data)
			continue
		case html.ElementNode:
			if b.skip != nil && b.skip(n) {
				continue
			}
			if tagAtom(n) == atom.Br {
				b.cur = append(b.cur, '\n')
				continue
			}
			if isBlockAtom(tagAtom(n)) {
				b.flush()
			}
		case html.DocumentNode:
		default:
			continue
		}
		stack = append(stack, frame{n: n, leave: true})
		// Push children last-first so they pop in document order.
		for c := n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, frame{n: c})
		}
	}
	b.flush()
	return b.paras
}

func (b *paragraphBuilder) leave(n *html.Node) {
	if n.Type != html.ElementNode {
		return
	}
	switch {
	case isBlockAtom(tagAtom(n)):
		b.flush()
	case isCellAtom(tagAtom(n)):
		b.cur = append(b.cur, ' ')
	}
}

// text appends s with every white space rune as a plain space; only <br>
// produces '\n'. Invalid UTF-8 becomes U+FFFD so that paragraphs are always
// valid UTF-8.
func (b *paragraphBuilder) text(s string) {
	for len(s) > 0 {
		// Printable ASCII, the space included, goes as it is, a run at
		// a time.
		i := 0
		for i < len(s) && ' ' <= s[i] && s[i] < 0x7f {
			i++
		}
		if i > 0 {
			b.cur = append(b.cur, s[:i]...)
			s = s[i:]
			continue
		}
		r, size := utf8.DecodeRuneInString(s)
		s = s[size:]
		switch {
		case r == utf8.RuneError && size == 1:
			b.cur = utf8.AppendRune(b.cur, utf8.RuneError)
		case r < 0x20 && r != '\t' && r != '\n' && r != '\r' && r != '\f' || r == 0x7f:
			// Control characters never carry text.
		case unicode.IsSpace(r):
			b.cur = append(b.cur, ' ')
		case r == '\u00ad' || r == '\u200b' || r == '\ufeff':
			// Soft hyphens and zero-width marks only split words.
		default:
			b.cur = utf8.AppendRune(b.cur, r)
		}
	}
}

// flush ends the paragraph being built, splitting it where two line breaks
// (<br><br>) meet.
func (b *paragraphBuilder) flush() {
	if len(b.cur) == 0 {
		return
	}
	raw := string(b.cur)
	b.cur = b.cur[:0]
	b.paras = append(b.paras, splitParagraphs(raw)...)
}

// splitParagraphs normalizes raw text into paragraphs: a white space run with
// two or more '\n' separates paragraphs, a run with one '\n' becomes "\n" and
// any other run becomes one space.
func splitParagraphs(raw string) []string {
	if isParagraph(raw) {
		// Most paragraphs need no change at all.
		return []string{raw}
	}
	return splitRuns(raw)
}

// splitRuns is splitParagraphs word by word.
func splitRuns(raw string) []string {
	var out []string
	var p strings.Builder
	emit := func() {
		if p.Len() > 0 {
			out = append(out, p.String())
			p.Reset()
		}
	}
	for i := 0; i < len(raw); {
		if raw[i] != ' ' && raw[i] != '\n' {
			j := i
			for j < len(raw) && raw[j] != ' ' && raw[j] != '\n' {
				j++
			}
			p.WriteString(raw[i:j])
			i = j
			continue
		}
		newlines := 0
		j := i
		for j < len(raw) && (raw[j] == ' ' || raw[j] == '\n') {
			if raw[j] == '\n' {
				newlines++
			}
			j++
		}
		atEnd := j == len(raw)
		switch {
		case newlines >= 2:
			emit()
		case p.Len() == 0 || atEnd:
			// Leading and trailing white space is trimmed.
		case newlines == 1:
			p.WriteByte('\n')
		default:
			p.WriteByte(' ')
		}
		i = j
	}
	emit()
	return out
}

// isParagraph tells whether raw is one paragraph as it is: not empty, no
// white space at the ends, no line break, no two spaces in a row.
func isParagraph(raw string) bool {
	if raw == "" || raw[0] == ' ' || raw[len(raw)-1] == ' ' {
		return false
	}
	for i := 1; i < len(raw); i++ {
		if raw[i] == '\n' || raw[i] == ' ' && raw[i-1] == ' ' {
			return false
		}
	}
	return raw[0] != '\n'
}

// normalizeText applies the paragraph rules to text that did not come from
// markup (JSON-LD articleBody). Every line is a paragraph: publishers write
// articleBody with one or two line breaks between paragraphs, never inside.
func normalizeText(s string) []string {
	var b paragraphBuilder
	for line := range strings.Lines(s) {
		b.text(line)
		b.cur = append(b.cur, "\n\n"...)
	}
	b.flush()
	return b.paras
}
