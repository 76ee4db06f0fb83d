package clean

import (
	"regexp"
	"strings"

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

// dateLine finds the visible date line and By-line of a page that says
// neither in markup: "Published: 7 May 2025" in a <p>, "By Jo Lee | 9 June
// 2025" in a meta <div>. It reads, in document order, the short blocks that
// hold a digit, and returns the first date and the first byline found.
// It also returns the lines it read, for the cleaner to drop from the text.
func dateLine(root *html.Node) (published, byline string, lines []string) {
	seen := map[*html.Node]bool{}
	stack := []*html.Node{root}
	for len(stack) > 0 && (published == "" || byline == "") {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		switch n.Type {
		case html.ElementNode:
			switch tagAtom(n) {
			case atom.Head, atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Textarea:
				continue
			}
		case html.TextNode:
			if !strings.ContainsAny(n.Data, "0123456789") {
				continue
			}
			blk := blockOf(n)
			if blk == nil || seen[blk] {
				continue
			}
			seen[blk] = true
			line, ok := shortText(blk, maxDateLine)
			if !ok {
				continue
			}
			p, b := readDateLine(line)
			if p != "" {
				lines = append(lines, line)
			}
			if published == "" {
				published = p
			}
			if byline == "" && p != "" {
				// A By-line counts only with a date beside it: "By
				// Monday, ..." opens sentences too.
				byline = b
			}
			continue
		}
		for c := n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, c)
		}
	}
	return published, byline, lines
}

// readDateLine reads one short line: its date if it is a stamp, a By-line
// or a bare date, and the byline's name.
func readDateLine(line string) (published, byline string) {
	m := rxByLine.FindStringSubmatch(line)
	if m != nil && (rxNotAName.MatchString(m[1]) || strings.ContainsAny(line[len(line)-1:], ".!?\"”")) {
		m = nil // "By Monday, 3 March 2025, the channel had closed."
	}
	if !rxStampLine.MatchString(line) && m == nil && !rxDateOnly.MatchString(line) {
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

// blockOf returns the nearest block element above n.
func blockOf(n *html.Node) *html.Node {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && blockAtoms[tagAtom(p)] {
			return p
		}
	}
	return nil
}

// shortText collects the text of n, white space collapsed, and reports false
// when it is longer than limit bytes (it stops reading there).
func shortText(n *html.Node, limit int) (string, bool) {
	var b strings.Builder
	stack := []*html.Node{n}
	for len(stack) > 0 {
		c := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		switch c.Type {
		case html.TextNode:
			b.WriteString(c.Data)
			b.WriteByte(' ')
			if b.Len() > 4*limit {
				return "", false
			}
			continue
		case html.ElementNode:
			if dropAtoms[tagAtom(c)] {
				continue
			}
		}
		for k := c.LastChild; k != nil; k = k.PrevSibling {
			stack = append(stack, k)
		}
	}
	s := collapse(b.String())
	return s, len(s) <= limit
}
