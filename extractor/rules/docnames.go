package rules

import "strings"

// docNames indexes the person names an article gives anywhere, before the
// engine reads it in order, so that "Volker said" resolves to the Kurt
// Volker named in a headline-like opening or only further down, and so
// that a run such as "special envoy to Ukraine Kurt Volker" is known to end
// in a person even when the given name is not on the engine's list.
type docNames struct {
	bySurname map[string][]string // lower-case last word -> full names as written
	byFirst   map[string][]string // lower-case first word -> full names (family name first)
	speakers  map[string]bool     // capitalized words right beside a speech cue: surnames in use
}

// scanNames reads the paragraphs once for name-like runs of capitalized
// words and for the words that stand next to a speech cue.
func scanNames(paragraphs []string) *docNames {
	d := &docNames{bySurname: map[string][]string{}, byFirst: map[string][]string{}, speakers: map[string]bool{}}
	var buf []token
	for _, p := range paragraphs {
		toks := tokenize(p, nil, buf)
		buf = toks
		for i := 0; i < len(toks); i++ {
			t := toks[i]
			if t.kind == tWord && sayCue(t.low) {
				if i > 0 && toks[i-1].capital && nameWord(toks[i-1]) {
					d.speakers[toks[i-1].low] = true
				}
				if i+1 < len(toks) && toks[i+1].capital && nameWord(toks[i+1]) {
					j := i + 1
					for j+1 < len(toks) && nameWord(toks[j+1]) {
						j++
					}
					d.speakers[toks[j].low] = true
				}
			}
			if !nameWord(t) || !t.capital {
				continue
			}
			j := i
			for j < len(toks) && nameWord(toks[j]) {
				j++
			}
			// "Zach Parise’s two-goal night": a possessive ends the name.
			if j < len(toks) && toks[j].kind == tWord && toks[j].capital && isPossessive(toks[j].low) && j-i >= 1 {
				toks[j].text = trimPossessive(toks[j].text)
				toks[j].low = lower(toks[j].text)
				j++
			}
			if j-i >= 2 {
				d.add(toks, i, j)
			}
			i = j
		}
	}
	return d
}

// add indexes the name ending a run of name words [a, b): from its last
// known given name on, else its last two words (three with an initial or a
// particle inside: "Jason La Canfora", "Ana M. Ruiz").
func (d *docNames) add(toks []token, a, b int) {
	n0 := -1
	for i := b - 2; i >= a; i-- {
		if _, ok := firstNames[toks[i].low]; ok {
			n0 = i
			break
		}
	}
	if n0 < 0 {
		n0 = b - 2
		if n0-1 >= a && (particles[toks[n0].low] || isInitial(toks[n0].text)) {
			n0--
		}
	}
	for n0 < b && particles[toks[n0].low] {
		n0++
	}
	if e := placeAt(toks, n0, b); e > n0 {
		n0 = e
	}
	if b-n0 < 2 {
		return
	}
	ws := words(toks, n0, b)
	full := strings.Join(ws, " ")
	last := lower(surname(ws))
	d.bySurname[last] = appendName(d.bySurname[last], full)
	if _, given := firstNames[lower(ws[0])]; !given {
		d.byFirst[lower(ws[0])] = appendName(d.byFirst[lower(ws[0])], full)
	}
}

// appendName adds a full name unless it is one already listed, or a short
// form of one ("Josh Apte" beside "Joshua Apte"), which keeps the longer.
func appendName(names []string, n string) []string {
	nw := strings.Fields(lower(n))
	for i, have := range names {
		hw := strings.Fields(lower(have))
		if strings.EqualFold(have, n) {
			return names
		}
		if len(hw) == len(nw) && len(hw) >= 2 && hw[len(hw)-1] == nw[len(nw)-1] && sameGiven(hw[0], nw[0]) {
			if len(n) > len(have) {
				names[i] = n
			}
			return names
		}
	}
	return append(names, n)
}

func isInitial(w string) bool {
	return len(w) == 2 && w[1] == '.' && w[0] >= 'A' && w[0] <= 'Z'
}

// full returns the one full name the article gives for a bare surname (or
// a family name written first), or "".
func (d *docNames) full(word string) string {
	if d == nil {
		return ""
	}
	l := lower(word)
	if ns := d.bySurname[l]; len(ns) == 1 {
		return ns[0]
	} else if len(ns) > 1 {
		return ""
	}
	if _, given := firstNames[l]; !given {
		if ns := d.byFirst[l]; len(ns) == 1 {
			return ns[0]
		}
	}
	return ""
}

// surnameInUse says whether a run's last word is a speaker's surname.
func (d *docNames) surnameInUse(w string) bool {
	return d != nil && d.speakers[lower(w)]
}
