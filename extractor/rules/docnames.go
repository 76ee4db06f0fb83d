package rules

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// docNames indexes the person names an article gives anywhere, before the
// engine reads it in order, so that "Volden said" resolves to the Kurt
// Volden named in a headline-like opening or only further down, and so
// that a run such as "special envoy to Norway Kurt Volden" is known to end
// in a person even when the given name is not on the engine's list.
type docNames struct {
	bySurname map[string][]string // lower-case last word -> full names as written
	byFirst   map[string][]string // lower-case first word -> full names (family name first)
	speakers  map[string]bool     // capitalized words right beside a speech cue: surnames in use
	// persons are the words the article uses as a person's name somewhere:
	// the last word of a run of names, or a name after a title or an
	// honorific ("President Trump", "Ms. Reyes").
	persons map[string]bool
	// midCaps are the words the article capitalizes inside a sentence
	// somewhere, last in their run of capitals: names, not words
	// capitalized for opening one ("Alibaba leaders denied", not "Election
	// officials said" beside "the Election Board").
	midCaps map[string]bool
	// familyFirst are first words of two-word names after a title,
	// which a later lone use shows to be family names written first
	// ("Commodore Bao Lin … Bao said").
	familyFirst map[string]bool
}

// midCap says whether the article capitalizes the lower-case word w
// inside a sentence somewhere.
func (d *docNames) midCap(w string) bool {
	return d != nil && d.midCaps[w]
}

// personPronouns refer to a person, never to an organization.
var personPronouns = set(`he she his her him himself herself`)

// scanNames reads the paragraphs once for name-like runs of capitalized
// words and for the words that stand next to a speech cue. It walks the
// words without building tokens: only capitalized words are looked at
// closely, which keeps this pass a small part of the engine's time.
func scanNames(paragraphs []string, lw *lowerer) *docNames {
	d := &docNames{bySurname: map[string][]string{}, byFirst: map[string][]string{}, speakers: map[string]bool{}, persons: map[string]bool{}, midCaps: map[string]bool{}, familyFirst: map[string]bool{}}
	var run []token
	var titledFirst []string
	for _, p := range paragraphs {
		run = run[:0]
		first := true     // the next word opens a sentence
		afterCue := false // the run being read follows a speech cue directly
		prevWord := ""    // the word just read, when it was lower case
		var last token    // the word just read, when it was a capitalized name word
		titled := false   // the run being read follows a title or an honorific
		// pending is a lone capitalized word that opened a sentence ("Cruz
		// admitted …"): when "he", "his", "she" or "her" comes next, before
		// any other name, the word is a person's name.
		pending := ""
		// lazy is the lower-case word just read, whether it is a title
		// ("coach") is looked up only when a name follows it; lazySlow says
		// it was read on the slow path, which also counts agent nouns.
		lazy, lazySlow := "", false
		// capEnd is the capitalized word just read inside a sentence; it
		// goes into midCaps when no capitalized word follows it.
		capEnd := ""
		// titledFirst are the first words of two-word names after a
		// title, kept unless the paragraph is a headline in title case
		// ("Coach Brenner Just Said …"); lowers and caps count words.
		titledFirst = titledFirst[:0]
		lowers, caps := 0, 0
		endCaps := func() {
			if capEnd != "" {
				d.midCaps[capEnd], capEnd = true, ""
			}
		}
		flush := func() {
			if len(run) == 1 && run[0].first {
				pending = run[0].low
			} else if len(run) > 0 {
				pending = ""
			}
			if len(run) >= 2 {
				d.add(run, 0, len(run))
				d.persons[run[len(run)-1].low] = true
			}
			if titled && len(run) > 0 {
				d.persons[run[len(run)-1].low] = true
				if len(run) == 2 {
					titledFirst = append(titledFirst, run[0].low) // "Commodore Bao Lin … Bao said": either word is hers
				}
			}
			titled = false
			if afterCue && len(run) > 0 {
				d.speakers[run[len(run)-1].low] = true
			}
			run, afterCue = run[:0], false
		}
		for i := 0; i < len(p); {
			// Fast path: a plain lower-case ASCII word, not beside a name,
			// needs nothing but skipping.
			if c := p[i]; c >= 'a' && c <= 'z' && last.text == "" && len(run) == 0 {
				j := i + 1
				for j < len(p) && p[j] >= 'a' && p[j] <= 'z' {
					j++
				}
				if j == len(p) || p[j] == ' ' || p[j] == ',' {
					lowers++
					endCaps()
					prevWord, first = p[i:j], false
					if pending != "" && personPronouns[prevWord] {
						d.persons[pending], pending = true, ""
					}
					titled, lazy, lazySlow = false, prevWord, false
					i = j
					continue
				}
			}
			r, n := utf8.DecodeRuneInString(p[i:])
			if !isWordRune(r) {
				if !unicode.IsSpace(r) {
					endCaps()
					flush()
					prevWord, last, lazy = "", token{}, ""
					if r == '.' || r == '!' || r == '?' || r == ':' {
						first = true
					}
				}
				i += n
				continue
			}
			j := wordEnd(p, i, nil, 0)
			w := p[i:j]
			t := token{kind: tWord, start: i, end: j, text: w, low: w, capital: unicode.IsUpper(r) || joinedParticle(w), first: first}
			first = false
			i = j
			if !t.capital {
				lowers++
				endCaps()
				flush()
				if pending != "" && personPronouns[w] {
					d.persons[pending], pending = true, ""
				}
				// A cue matters only beside a name, so it is looked up
				// only there: "Volden said".
				if last.text != "" && sayCue(w) {
					d.speakers[last.low] = true
				}
				prevWord, last = w, token{}
				titled, lazy, lazySlow = false, w, true // "coach Bruce Boudreau": looked up if a name follows
				continue
			}
			t.low = lw.lower(w)
			caps++
			capEnd = "" // a capital follows: the one before ends no run
			if !t.first {
				capEnd = trimPossessive(t.low)
			}
			if isPossessive(t.low) && len(run) > 0 {
				// "Zach Parise’s two-goal night": a possessive ends the name.
				t.text = trimPossessive(t.text)
				t.low = lower(t.text)
				run = append(run, t)
				flush()
				prevWord, last, lazy = "", token{}, ""
				continue
			}
			if !nameWord(t) && !(len(run) == 1 && titleSurname(run[0], t)) {
				flush()
				prevWord, last = "", token{}
				_, honor := honorifics[t.low]
				_, abbrev := titleAbbrev[t.low]
				titled = isTitle(t) || honor || abbrev || titles[t.low]
				lazy = ""
				continue
			}
			if len(run) == 0 && lazy != "" {
				titled = titles[lazy] || lazySlow && isTitle(token{kind: tWord, text: lazy, low: lazy})
			}
			lazy = ""
			if len(run) == 0 && prevWord != "" && sayCue(prevWord) {
				afterCue = true // "said Maria Lopez"
			}
			run = append(run, t)
			prevWord, last = "", t
		}
		endCaps()
		flush()
		if lowers >= caps || endsSentenceText(p) {
			for _, w := range titledFirst {
				d.persons[w], d.familyFirst[w] = true, true
			}
		}
	}
	return d
}

// add indexes the name ending a run of name words [a, b): from its last
// known given name on, else its last two words (three with an initial or a
// particle inside: "Jason La Canfora", "Ana M. Ruiz").
func (d *docNames) add(toks []token, a, b int) {
	n0 := givenStart(toks, a, b)
	if n0 < 0 {
		n0 = b - 2
		if n0-1 >= a && (particles[toks[n0].low] || isInitial(toks[n0].text)) {
			n0--
		}
	}
	for n0 < b && particles[toks[n0].low] && toks[n0].text != "Al" { // "Al Brenner": a given name
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

// givenStart returns where the name ending the run [a, b) starts by its
// given names: at the last known given name before the final word, or at
// the one before it when that is a given name too ("Ana Maria
// Lund") or any name word before a common middle name ("Orla Ann
// Varga"); -1 when the run holds no known given name.
func givenStart(toks []token, a, b int) int {
	n0 := -1
	for i := b - 2; i >= a; i-- {
		if _, ok := firstNames[toks[i].low]; ok {
			n0 = i
			break
		}
	}
	if n0 > a {
		if _, ok := firstNames[toks[n0-1].low]; ok || middleNames[toks[n0].low] && nameWord(toks[n0-1]) && !places[toks[n0-1].low] {
			n0--
		}
	}
	return n0
}

// titleSurname says whether t, a word that is also a title ("Dean",
// "Judge", "King"), is the surname of the known given name g before it:
// "Martin Judge", "Ann Dean".
func titleSurname(g, t token) bool {
	if !t.capital || t.first || !(titles[t.low] || bodySurnames[t.low]) || !g.capital || isAcronym(t.text) {
		return false
	}
	_, given := firstNames[g.low]
	return given
}

// bodySurnames are surnames that are also words for a body or a group:
// after a known given name they are a person's ("Elizabeth Banks", "Sen.
// Frank Church", "Mayor Don Guardian").
var bodySurnames = set(`banks church guardian temple post house union`)

// middleNames are given names often worn second, after another given
// name the engine may not know.
var middleNames = set(`ann anne marie lynn lynne mae jo jean louise kay rose beth sue lee ray jane`)

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
		// "Wu said" after "President Wu Jianlin said": a family name
		// written first, of a name seen speaking (not "Kestrel" of the
		// "Kestrel Lightning" ports).
		if ns := d.byFirst[l]; len(ns) == 1 && (familyFirst[l] || d.speakers[lower(lastWord(ns[0]))] || d.familyFirst[l] && len(d.bySurname[l]) == 0) {
			return ns[0]
		}
	}
	return ""
}

// surnameInUse says whether a run's last word is a speaker's surname.
func (d *docNames) surnameInUse(w string) bool {
	return d != nil && d.speakers[lower(w)]
}

// person says whether the article uses word as a person's name anywhere.
func (d *docNames) person(word string) bool {
	return d == nil || d.persons[lower(word)]
}

// familyFirst are common family names of the languages that write them
// before the given name: "Wu" of "Wu Jianlin", "Park" of "Park Min Ho".
var familyFirst = set(`li wang zhang liu chen yang huang zhao wu zhou xu sun zhu hu guo gao lin luo zheng
	liang xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu
	ding ren shen yao jin xi kim park choi jung kang cho yoon jang lim shin moon nguyen tran pham hoang
	phan vu dang bui ngo`)
