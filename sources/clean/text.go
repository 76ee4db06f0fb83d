package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// blockAtoms are the elements that end the paragraph before them and start a
// new one: the page's own paragraph boundaries. Inline elements (a, em, span,
// td...) only add their text to the paragraph being built.
var blockAtoms = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Center: true, atom.Dd: true, atom.Details: true, atom.Dialog: true, atom.Dir: true,
	atom.Div: true, atom.Dl: true, atom.Dt: true, atom.Fieldset: true, atom.Figcaption: true,
	atom.Figure: true, atom.Footer: true, atom.Form: true, atom.H1: true, atom.H2: true,
	atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true, atom.Header: true,
	atom.Hgroup: true, atom.Hr: true, atom.Li: true, atom.Main: true, atom.Menu: true,
	atom.Nav: true, atom.Ol: true, atom.P: true, atom.Pre: true, atom.Section: true,
	atom.Summary: true, atom.Table: true, atom.Tbody: true, atom.Thead: true,
	atom.Tfoot: true, atom.Tr: true, atom.Ul: true, atom.Caption: true, atom.Body: true,
	atom.Html: true,
}

// cellAtoms separate their text from the next cell's with a space, so that
// "<td>12</td><td>mm</td>" does not come out as "12mm".
var cellAtoms = map[atom.Atom]bool{atom.Td: true, atom.Th: true}

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
	cur   strings.Builder
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
				b.cur.WriteByte('\n')
				continue
			}
			if blockAtoms[tagAtom(n)] {
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
	case blockAtoms[tagAtom(n)]:
		b.flush()
	case cellAtoms[tagAtom(n)]:
		b.cur.WriteByte(' ')
	}
}

// text appends s with every white space rune as a plain space; only <br>
// produces '\n'. Invalid UTF-8 becomes U+FFFD so that paragraphs are always
// valid UTF-8.
func (b *paragraphBuilder) text(s string) {
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		s = s[size:]
		switch {
		case r == utf8.RuneError && size == 1:
			b.cur.WriteRune(utf8.RuneError)
		case r < 0x20 && r != '\t' && r != '\n' && r != '\r' && r != '\f' || r == 0x7f:
			// Control characters never carry text.
		case unicode.IsSpace(r):
			b.cur.WriteByte(' ')
		case r == '\u00ad' || r == '\u200b' || r == '\ufeff':
			// Soft hyphens and zero-width marks only split words.
		default:
			b.cur.WriteRune(r)
		}
	}
}

// flush ends the paragraph being built, splitting it where two line breaks
// (<br><br>) meet.
func (b *paragraphBuilder) flush() {
	if b.cur.Len() == 0 {
		return
	}
	raw := b.cur.String()
	b.cur.Reset()
	b.paras = append(b.paras, splitParagraphs(raw)...)
}

// splitParagraphs normalizes raw text into paragraphs: a white space run with
// two or more '\n' separates paragraphs, a run with one '\n' becomes "\n" and
// any other run becomes one space.
func splitParagraphs(raw string) []string {
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

// normalizeText applies the paragraph rules to text that did not come from
// markup (JSON-LD articleBody). Every line is a paragraph: publishers write
// articleBody with one or two line breaks between paragraphs, never inside.
func normalizeText(s string) []string {
	var b paragraphBuilder
	for line := range strings.Lines(s) {
		b.text(line)
		b.cur.WriteString("\n\n")
	}
	b.flush()
	return b.paras
}
