package clean

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// rxStampLine matches the opening of a visible date stamp: "Published: 7
// May 2025", "Updated March 8, 2025 10:15 a.m.", "Posted on 3/4".
var rxStampLine = regexp.MustCompile(`(?i)^(?:(?:first |last )?(?:published|posted|updated|modified)(?: at| on)?:?|date:)\s`)

// rxByLine matches a By-line and captures the name: "By Jo Lee | 9 June
// 2025", "By Ana Ruiz and Tom Hale, Staff Writers". The name is one to six
// capitalised words, with the particles names carry; it ends at a
// separator, a digit or the end of the line.
var rxByLine = regexp.MustCompile(`^(?:By|BY|Von|Par|Por) ((?:\p{Lu}[\p{L}.'’-]*)(?: (?:\p{Lu}[\p{L}.'’-]*|and|&|de|del|la|van|von|der|den|da|di|bin|al))*?)\s*(?:[|·•,;–—]|\s-\s|\s(?:on|updated|published|posted)\b|\d|$)`)

// rxNotAName matches what follows "By" in a sentence rather than a byline:
// "By Monday", "By March", "By Then".
var rxNotAName = regexp.MustCompile(`(?i)^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december|then|now|noon|midnight|the|this|that|last|next|early|late|mid)\b`)

// rxDateOnly matches a line that is only a date, with an optional weekday:
// "Tuesday, 6 May 2025".
var rxDateOnly = regexp.MustCompile(`(?i)^(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?` + dateExpr + `$`)

// maxDateLine is the longest line read as a date or By-line: longer ones
// are prose that happens to hold a date.
const maxDateLine = 120

// dateLines finds the visible date line and By-line of a page that says
// neither in markup: "Published: 7 May 2025" in a <p>, "By Jo Lee | 9 June
// 2025" in a meta <div>. It reads, in document order, the short blocks that
// hold a digit, and keeps the first date and the first byline found, and
// the lines it read, for the cleaner to drop from the text. scanPage feeds
// it the page's texts, outside the elements that hold no visible text
// (isDateLineSkip), until it is done.
type dateLines struct {
	published, byline string
	lines             []string
	seen              map[*html.Node]bool // blocks read
}

func (d *dateLines) done() bool { return d.published != "" && d.byline != "" }

// isDateLineSkip tells the elements whose text dateLines does not read.
func isDateLineSkip(a atom.Atom) bool {
	switch a {
	case atom.Head, atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Textarea:
		return true
	}
	return false
}

// text reads the block of the text n, if n holds a digit.
func (d *dateLines) text(n *html.Node) {
	if !hasDigit(n.Data) {
		return
	}
	blk := blockOf(n)
	if blk == nil || d.seen[blk] {
		return
	}
	if d.seen == nil {
		d.seen = make(map[*html.Node]bool)
	}
	d.seen[blk] = true
	line, ok := shortText(blk, maxDateLine)
	if !ok {
		return
	}
	p, b := readDateLine(line)
	if p != "" {
		d.lines = append(d.lines, line)
	}
	if d.published == "" {
		d.published = p
	}
	if d.byline == "" && p != "" {
		// A By-line counts only with a date beside it: "By Monday,
		// ..." opens sentences too.
		d.byline = b
	}
}

// skipSubtree is the node after n's subtree in document order, under root.
func skipSubtree(n, root *html.Node) *html.Node {
	for n != root {
		if n.NextSibling != nil {
			return n.NextSibling
		}
		n = n.Parent
	}
	return nil
}

// readDateLine reads one short line: its date if it is a stamp, a By-line
// or a bare date, and the byline's name.
func readDateLine(line string) (published, byline string) {
	var m []string
	if hasBylineStart(line) {
		m = rxByLine.FindStringSubmatch(line)
	}
	if m != nil && (rxNotAName.MatchString(m[1]) || strings.ContainsAny(line[len(line)-1:], ".!?\"”")) {
		m = nil // "By Monday, 3 March 2025, the channel had closed."
	}
	if !(mayBeStamp(line) && rxStampLine.MatchString(line)) && m == nil && !(endsInDigit(line) && rxDateOnly.MatchString(line)) {
		return "", ""
	}
	if d := rxVisibleDate.FindStringSubmatch(line); d != nil {
		published = normalizeDate(strings.ReplaceAll(strings.ReplaceAll(d[1], ".", ""), "Sept", "Sep"))
	}
	if m != nil {
		byline = m[1]
	}
	return published, byline
}

// hasBylineStart tells whether line starts as rxByLine needs it to.
func hasBylineStart(line string) bool {
	for _, p := range []string{"By ", "BY ", "Von ", "Par ", "Por "} {
		if strings.HasPrefix(line, p) {
			return true
		}
	}
	return false
}

// mayBeStamp tells whether line starts with a letter rxStampLine can
// start with (no rune past ASCII folds to these in Unicode).
func mayBeStamp(line string) bool {
	return line != "" && strings.IndexByte("flpumdFLPUMD", line[0]) >= 0
}

// endsInDigit tells whether line ends as every date rxDateOnly accepts
// does: in a four-digit year, or in "-dd" (2025-05-07).
func endsInDigit(line string) bool {
	n := len(line)
	digits := 0
	for digits < 4 && digits < n && '0' <= line[n-1-digits] && line[n-1-digits] <= '9' {
		digits++
	}
	return digits == 4 || digits == 2 && n >= 3 && line[n-3] == '-'
}

// blockOf returns the nearest block element above n.
func blockOf(n *html.Node) *html.Node {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && isBlockAtom(tagAtom(p)) {
			return p
		}
	}
	return nil
}

func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' {
			return true
		}
	}
	return false
}

// shortText collects the text of n, a space after each text, white space
// collapsed, and reports false when it is longer than limit bytes. It
// stops reading once the text, before collapsing, passes 4*limit bytes, or
// once the collapsed text passes limit.
func shortText(n *html.Node, limit int) (string, bool) {
	var buf [256]byte // room for any text short enough, on the stack
	b := buf[:0]
	raw := 0
	space := false
	for c := n; c != nil; {
		switch c.Type {
		case html.TextNode:
			d := c.Data
			for i := 0; i < len(d); {
				j, word := i+1, true
				if d[i] < utf8.RuneSelf {
					if asciiSpace(d[i]) {
						word = false
					} else {
						// A run of ASCII goes at once.
						for j < len(d) && d[j] < utf8.RuneSelf && !asciiSpace(d[j]) {
							j++
						}
					}
				} else {
					r, size := utf8.DecodeRuneInString(d[i:])
					j, word = i+size, !unicode.IsSpace(r)
				}
				if !word {
					space = len(b) > 0
				} else {
					if space {
						b = append(b, ' ')
						space = false
					}
					if b = append(b, d[i:j]...); len(b) > limit {
						return "", false
					}
				}
				i = j
			}
			// The space after each text.
			space = len(b) > 0
			if raw += len(d) + 1; raw > 4*limit {
				return "", false
			}
		case html.ElementNode:
			if isDropAtom(tagAtom(c)) {
				c = skipSubtree(c, n)
				continue
			}
		}
		c = nextNode(c, n)
	}
	return string(b), true
}

// asciiSpace tells the ASCII runes unicode.IsSpace accepts.
func asciiSpace(c byte) bool {
	return c == ' ' || '\t' <= c && c <= '\r'
}
