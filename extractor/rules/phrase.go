package rules

import "strings"

// phrase is a speaker noun phrase found next to a cue: tokens [a, b) are the
// noun phrase proper, [appA, appB) an appositive set off by commas
// ("Maria Lopez, director of the Center for Urban Policy, said"), and
// [a, end) everything that is the speaker mention.
type phrase struct {
	a, b       int
	appA, appB int
	end        int
	anon       bool // an anonymity clause belongs to it
	org        bool // the name stands for an organization described before it ("The group that owns …, Big Machine,")
	doc        bool // its head is a document or data, with words after it ("Video of the incident")
}

// docHead says whether the phrase is a document or data speaking: its last
// word, or its head before a modifier, is one.
func (ph phrase) docHead(toks []token) bool {
	return ph.doc || ph.b > ph.a && (docNouns[toks[ph.b-1].low] || evidenceNouns[toks[ph.b-1].low])
}

// maxNP bounds how far a speaker phrase reaches from its cue.
const maxNP = 12

func isComma(t token) bool {
	return t.kind == tPunct && (t.text == "," || t.text == "—" || t.text == "–" || t.text == "-") // a hyphen standing alone is a dash
}

// npWord says whether t can be part of a speaker noun phrase.
func npWord(t token) bool {
	if t.kind != tWord {
		return false
	}
	l := t.low
	if t.capital && !stopCaps[l] {
		return true
	}
	if verbCue(l) && !titles[l] && !groupNouns[l] {
		return false
	}
	if i := strings.IndexByte(l, '-'); i > 0 && i < len(l)-1 && !t.capital && !strings.HasSuffix(l, "ing") {
		return true // "one neo-bank CEO", "a left-wing group"
	}
	return determiners[l] || npAdjectives[l] || officeWords[l] || roleModifiers[l] || isTitle(t) || isGroup(t) || orgNouns[l] ||
		docNouns[l] || affilPreps[l] || l == "and" || l == "&" || isPossessive(l) || isDigit(l[0]) ||
		particles[l] || personNouns[l]
}

var personNouns = set(`person persons source man woman individual people men women member figure
	user resident voter witness viewer reader commenter bystander passenger customer neighbor neighbour
	student parent patient shopper motorist son wife husband fan suspect
	aunt uncle mother father sister brother daughter cousin niece nephew grandmother grandfather
	widow widower girlfriend boyfriend fiancee fiance friend colleague classmate roommate teammate coworker`)

func isPossessive(l string) bool {
	if len(l) < 2 || l[len(l)-1] != 's' && l[len(l)-1] != '\'' && l[len(l)-1] != 0x99 { // 0x99 ends "’"
		return false
	}
	if sContractions[strings.ReplaceAll(l, "’", "'")] {
		return false // "he's said": he has said
	}
	return strings.HasSuffix(l, "'s") || strings.HasSuffix(l, "’s") || strings.HasSuffix(l, "s'") || strings.HasSuffix(l, "s’")
}

// sContractions end in "'s" for "is" or "has", not a possessive.
var sContractions = set(`he's she's it's that's there's here's what's who's where's how's let's`)

// headWord says whether t can end a speaker noun phrase.
func headWord(t token) bool {
	if t.kind != tWord {
		return false
	}
	l := t.low
	if t.capital && (!stopCaps[l] || l == "today" && !t.first) && !determiners[l] && !affilPreps[l] {
		return true // ("USA Today": a name)
	}
	return isTitle(t) || isGroup(t) || orgNouns[l] || docNouns[l] || personNouns[l] || strings.HasSuffix(l, "-year-old") ||
		!t.capital && (orgWords[l] || strings.HasSuffix(l, "s") && (orgNouns[l[:len(l)-1]] || orgWords[l[:len(l)-1]])) // "the consulate", "recent councils"
}

// npLeft returns the start of the noun phrase that ends just before end,
// reaching no further left than lim, or -1.
func npLeft(toks []token, end, lim int) int {
	// "Two in three said", "nearly three in five said": a share of those
	// asked.
	if end-3 >= lim && toks[end-2].low == "in" && numeral(toks[end-1]) && numeral(toks[end-3]) {
		a := end - 3
		if a-1 >= lim && (toks[a-1].low == "about" || toks[a-1].low == "nearly" || toks[a-1].low == "almost" || toks[a-1].low == "roughly") {
			a--
		}
		return a
	}
	// "most of them said", "each of us says": a share of those named
	// before.
	if end-3 >= lim && sharePronouns[toks[end-1].low] && toks[end-2].low == "of" && quantifiers[toks[end-3].low] {
		a := end - 3
		if a-1 >= lim && (toks[a-1].low == "the" || toks[a-1].low == "a") && (toks[a].low == "majority" || toks[a].low == "minority") {
			a--
		}
		return a
	}
	a := npCore(toks, end, lim)
	if a < 0 {
		return placeLeft(toks, end, lim)
	}
	if a == end-1 && isPronounTok(toks[a]) {
		return a
	}
	return extendLeft(toks, a, lim)
}

// numeral says whether t is a number in digits or a small number word.
func numeral(t token) bool {
	return t.kind == tWord && (isDigitStart(t.low, 0) || numberWords[t.low] && t.low != "a" && t.low != "an")
}

// placeLeft finds a described speaker placed by a preposition whose place
// is no noun phrase of its own: "dock workers on the north shore",
// "residents in the area".
func placeLeft(toks []token, end, lim int) int {
	for k := end - 2; k >= lim && end-k <= 5; k-- {
		t := toks[k]
		if t.kind != tWord {
			return -1
		}
		if circumPreps[t.low] {
			if a := extendLeft(toks, k+1, lim); a >= 0 && a < k {
				return a
			}
			return -1
		}
		if verbCue(t.low) || stopCaps[t.low] && !determiners[t.low] {
			return -1
		}
	}
	return -1
}

func isPronounTok(t token) bool {
	_, ok := pronouns[t.low]
	return ok && t.kind == tWord
}

// npCore is npLeft without the prepositional phrase before it.
func npCore(toks []token, end, lim int) int {
	if end-1 < lim {
		return -1
	}
	h := toks[end-1]
	if _, ok := pronouns[h.low]; ok && h.kind == tWord {
		return end - 1
	}
	// "another 30,000 said", "some 200 said": a count of people.
	if h.kind == tWord && isDigitStart(h.low, 0) && !isYear(h.low) && end-2 >= lim && countOpeners[toks[end-2].low] {
		return end - 2
	}
	if !headWord(h) && !genericHead(toks, end-1, lim) {
		return -1
	}
	a := end - 1
	for {
		for a-1 >= lim && end-(a-1) <= maxNP && (npWord(toks[a-1]) && !(toks[a-1].low == "that" && !toks[a-1].capital) ||
			toks[a-1].low == "to" && a-2 >= lim && (isTitle(toks[a-2]) || toks[a-2].low == "delegation" || toks[a-2].low == "mission")) { // "ambassador to Britain", "delegation to the forum"
			a--
		}
		// Compound nouns: "the national weather service" reaches back over
		// unlisted lower-case words to its determiner; then the phrase may
		// go on ("the organizer of a pro-ferry rally").
		moved := false
		if a-1 >= lim && a < end {
			for k := a - 1; k >= lim && a-k <= 6 && end-k <= maxNP; k-- {
				t := toks[k]
				if t.kind != tWord || t.low == "that" {
					break
				}
				opener := k == lim && k > 0 && toks[k-1].kind == tQuote || k-1 >= lim && isComma(toks[k-1]) && k > 0
				if opener && !t.capital && strings.HasSuffix(t.low, "ing") && len(t.low) > 4 {
					break // "…, pinning 800 students inside": a participle opens no speaker
				}
				if (t.capital && !t.first || affilPreps[t.low] && k+1 < a) && !opener {
					continue // "16 percent of Labour registered voters"
				}
				// "the unsigned opinion", "a leaked memo": a participle
				// right after a determiner is an adjective.
				adj := k-1 >= lim && (articles[toks[k-1].low] || isPossessive(toks[k-1].low)) ||
					t.first && t.capital && strings.HasSuffix(t.low, "ed") // "Alleged rebel members said", "Retired generals say"
				if verbCue(t.low) && !adj || stopCaps[t.low] && !determiners[t.low] && !(t.capital && opener) || pastVerb(t) && !npWord(t) && !adj {
					break
				}
				// "…,” study lead author Ana Ruiz said": right after a quote
				// the words open the phrase; so they do after a comma ("…,
				// law enforcement officials say").
				if t.low == "the" || t.low == "a" || t.low == "an" || isPossessive(t.low) || t.first ||
					isDigitStart(t.low, 0) && k+1 < end && (toks[k+1].low == "percent" || isGroup(toks[k+1])) ||
					k == lim && k > 0 && toks[k-1].kind == tQuote ||
					k-1 >= lim && isComma(toks[k-1]) && k > 0 {
					moved = k < a
					a = k
					break
				}
			}
		}
		if !moved || a-1 < lim || !affilPreps[toks[a-1].low] {
			break
		}
	}
	// "figures compiled by Kell Relations show", "reports received by the
	// Harbor Watch show": the agent belongs to the document before it.
	if a-3 >= lim && toks[a-1].low == "by" && pastVerb(toks[a-2]) && docNouns[toks[a-3].low] {
		if d := npCore(toks, a-2, lim); d >= 0 && d < a-2 {
			a = d
		}
	}
	// "lead researcher and planetary scientist Lu Pan": two descriptions
	// of one person joined by "and", after a quote or a comma (not "the
	// mayor and council member Tom Ray", two people).
	m := a
	for m-1 >= lim && a-m < 3 && toks[m-1].kind == tWord && (toks[m-1].capital && !toks[m-1].first || !toks[m-1].capital && toks[m-1].low != "and" && plainWord(toks[m-1]) && !verbCue(toks[m-1].low)) {
		m-- // "planetary" before "scientist", "NASA planetary"
	}
	if m-2 >= lim && toks[m-1].low == "and" && isTitle(toks[m-2]) && !toks[m-2].capital {
		k := m - 2
		for k-1 >= lim && m-k < 5 && toks[k-1].kind == tWord && !toks[k-1].capital && !determiners[toks[k-1].low] && !verbCue(toks[k-1].low) &&
			(isTitle(toks[k-1]) || roleModifiers[toks[k-1].low] || plainWord(toks[k-1])) {
			k--
		}
		if k > 0 && (k == lim && toks[k-1].kind == tQuote || isComma(toks[k-1])) {
			a = k
		}
	}
	// Trim words that cannot open a phrase: "of", "and", a stray
	// preposition, the "that" of an outer report ("alleged that Noel and
	// Thomas acknowledged").
	for a < end-1 && (affilPreps[toks[a].low] || toks[a].low == "and" || toks[a].low == "that" && !toks[a].capital) {
		a++
	}
	return a
}

// circumPreps open a prepositional phrase that places a speaker or a saying.
var circumPreps = set(`in on at near across outside inside around during via through`)

// extendLeft looks at the preposition before a noun phrase starting at a.
// After a cue ("said in a statement") the phrase is a circumstance, never a
// speaker: -1. After a described speaker ("shop owners on the east bank",
// "a lawmaker in the Philippines", "six in 10 voters") it is part of the
// speaker phrase, which starts where that description starts.
func extendLeft(toks []token, a, lim int) int {
	if a-2 < lim || toks[a-1].kind != tWord || !circumPreps[toks[a-1].low] {
		return a
	}
	prev := toks[a-2]
	if prev.kind == tWord {
		if verbCue(prev.low) && !(prev.capital && !prev.first) {
			return -1
		}
	}
	// "the Commission on Presidential Debates": a preposition inside a name.
	if prev.capital && orgWords[prev.low] && toks[a].capital {
		if b := npCore(toks, a-1, lim); b >= 0 && b < a-1 {
			return b
		}
		return a
	}
	// "A study that appeared in the Journal found": the relative clause
	// hides the subject; the place named is the nearest source.
	if a-3 >= lim && (relPronouns[toks[a-3].low] || toks[a-3].low == "that") && toks[a].capital {
		return a
	}
	// "Six in 10 voters"
	if toks[a-1].low == "in" && isDigitStart(toks[a].low, 0) && prev.kind == tWord && (isDigitStart(prev.low, 0) || numberWords[prev.low]) {
		a2 := a - 2
		if a2-1 >= lim && toks[a2-1].kind == tWord && (toks[a2-1].low == "about" || toks[a2-1].low == "nearly" || toks[a2-1].low == "almost" || toks[a2-1].low == "roughly") {
			a2--
		}
		return a2
	}
	if placePreps[toks[a-1].low] && prev.kind == tWord && !(prev.capital && !prev.first) && (isGroup(prev) || isTitle(prev) || personNouns[prev.low] || docNouns[prev.low] || prev.low == "police") {
		if b := npCore(toks, a-1, lim); b >= 0 && b < a-1 {
			return b
		}
	}
	// "in a letter posted on Twitter": the object of a preposition is no
	// subject.
	return -1
}

// sentenceAdverbs stand between commas inside a clause: "have, however,
// recognized".
var sentenceAdverbs = set(`however though meanwhile moreover too also instead therefore nonetheless nevertheless`)

// aspectVerbs take a cue in the infinitive: "continues to insist".
var aspectVerbs = set(`continue continues continued began begin begins went go goes tried try tries`)

// dayParts follow a weekday: "on Tuesday night".
var dayParts = set(`morning afternoon evening night`)

// finiteAux are auxiliaries that make a clause of the words around them.
var finiteAux = set(`will would can could should may might must is are was were has have had does do did`)

// placePreps place a described speaker: "residents in the area".
var placePreps = set(`in on at near across outside inside around`)

// backPhrase parses the speaker phrase that ends at cue c: "Maria Lopez said",
// "she has said", "Lopez, director of X, said", "a person familiar with the
// matter said". lim is the first token it may use.
func backPhrase(p string, toks []token, c, lim int) (phrase, bool) {
	lim = skipDateline(toks, lim, c)
	j := c - 1
	for n := 0; n < 6 && j >= lim; n++ {
		// "Omar al-Hadi, in remarks to a local paper, said": where the
		// speaker said it, set off by commas.
		if isComma(toks[j]) {
			if k := setOffCircumstance(toks, j, lim); k > 0 {
				j = k - 1
				continue
			}
		}
		// "Recent governments have, however, recognized": an adverb set
		// off by commas.
		if isComma(toks[j]) && j-2 >= lim && isComma(toks[j-2]) && toks[j-1].kind == tWord && (adverbLy(toks[j-1].low) || sentenceAdverbs[toks[j-1].low]) {
			j -= 3
			continue
		}
		// "Hale continues to insist": an aspect verb and "to".
		if toks[j].low == "to" && j-1 >= lim && aspectVerbs[toks[j-1].low] {
			j -= 2
			continue
		}
		// "Voters were somewhat more likely to say": a poll's share.
		if toks[j].low == "to" && j-1 >= lim && toks[j-1].low == "likely" && pollVerbs[toks[c].low] {
			k := j - 2
			for k >= lim && k > j-5 && (toks[k].low == "more" || toks[k].low == "less" || toks[k].low == "most" || toks[k].low == "least" ||
				toks[k].low == "much" || toks[k].low == "far" || toks[k].low == "slightly" || toks[k].low == "somewhat" || adverbLy(toks[k].low)) {
				k--
			}
			if k >= lim && beForms[toks[k].low] {
				j = k - 1
				continue
			}
		}
		if toks[j].kind != tWord {
			break
		}
		l := toks[j].low
		// "Ortiz on Tuesday night said": a time between speaker and cue.
		if (l == "all" || l == "both" || l == "each") && j-1 >= lim && subjectPronouns[toks[j-1].low] {
			j-- // "They all said": the pronoun is the subject
			continue
		}
		if l == "today" && toks[j].capital && !toks[j].first {
			break // "USA TODAY reported", "USA Today reported": a name, not the time
		}
		if !(skipBeforeCue[l] || !toks[j].capital && adverbLy(l) ||
			l == "on" && j+1 < c && weekdays[toks[j+1].low] ||
			l == "in" && j+1 < c && isYear(toks[j+1].low) || isYear(l) && j-1 >= lim && toks[j-1].low == "in" || // "who in 2010 said"
			dayParts[l] && j-1 >= lim && weekdays[toks[j-1].low]) {
			break
		}
		j--
	}
	// "Lena Voigt in Bergen says": where the speaker is.
	if j-2 > lim && toks[j].capital {
		k := j
		for k > lim && j-k < 3 && toks[k].kind == tWord && toks[k].capital {
			k--
		}
		if k < j && k-1 >= lim && toks[k].low == "in" && nameWord(toks[k-1]) && toks[k-1].capital {
			j = k - 1
		}
	}
	// "One weather service -- Skyfront -- says": a name set off by dashes.
	if j > lim && isDash(toks[j]) {
		e := j
		for e-1 > lim && isDash(toks[e-1]) {
			e-- // "--" is two dashes
		}
		k := e - 1
		for k > lim && e-k <= 5 && toks[k].kind == tWord && toks[k].capital {
			k--
		}
		if k < e-1 && k > lim && isDash(toks[k]) {
			return phrase{a: k + 1, b: e, end: j + 1}, true
		}
	}
	// "Kall -- co-editor of a book on the debates -- said": a description
	// set off by dashes after a name.
	if j > lim && isDash(toks[j]) {
		e := j
		for e-1 > lim && isDash(toks[e-1]) {
			e--
		}
		for k := e - 1; k > lim && e-k <= 20; k-- {
			t := toks[k]
			if isDash(t) {
				o := k
				for o-1 > lim && isDash(toks[o-1]) {
					o--
				}
				if o-1 >= lim && o+1 < e && nameWord(toks[o-1]) && toks[o-1].capital && !toks[k+1].capital && toks[k+1].low != "who" &&
					!finiteIn(toks, k+1, e) && findCue(toks, k+1, e) < 0 && (isTitle(toks[k+1]) || articles[toks[k+1].low] || roleModifiers[toks[k+1].low]) {
					a := o - 1
					for a-1 >= lim && a > o-4 && nameWord(toks[a-1]) && toks[a-1].capital {
						a--
					}
					appB := e
					for m := k + 1; m < e; m++ {
						if isComma(toks[m]) {
							appB = m // "co-editor of a book, a study of …": the first description
							break
						}
					}
					return phrase{a: a, b: o, appA: k + 1, appB: appB, end: j + 1}, true
				}
				break
			}
			if t.kind == tQuote || t.text == "." || t.text == ";" {
				break
			}
		}
	}
	// "Tove Dahl in a radio interview said", "Ortiz on Twitter wrote": where the
	// speaker said it, between the speaker and the cue.
	if j > lim && toks[j].kind == tWord && (mediumNouns[toks[j].low] || platforms[toks[j].low]) {
		for k := j - 1; k > lim && j-k <= 5 && toks[k].kind == tWord; k-- {
			if (toks[k].low == "in" || toks[k].low == "on") && nameWord(toks[k-1]) {
				j = k - 1
				break
			}
		}
	}
	if j < lim || toks[j].low == "and" || toks[j].low == "but" || toks[j].low == "or" {
		return phrase{}, false // "… and threatened": a second verb, its subject the sentence's
	}
	if isComma(toks[j]) { // appositive or relative clause between commas
		if ph, ok := appositivePhrase(p, toks, j, lim); ok {
			return ph, true
		}
		// "Mira Cole for the Fenwick Weather Office, says", "Norwegian
		// coach Arne Skog, said": a name opening the sentence,
		// and a stray comma.
		if a := npLeft(toks, j, lim); a == lim && (nameWord(toks[a]) && hasPostBody(toks, a, j) || j-a >= 2 && nameWord(toks[j-1]) && nameWord(toks[j-2])) {
			return phrase{a: a, b: j, end: j}, true
		}
		return phrase{}, false
	}
	// "a person familiar with the matter", "an official who spoke on condition of anonymity"
	for k := j; k > lim && j-k < maxNP; k-- {
		if toks[k].kind != tWord {
			break
		}
		if anonTriggers[toks[k].low] && anonText(p, toks, k, j+1) {
			if a := npLeft(toks, k, lim); a >= 0 {
				return phrase{a: a, b: k, appA: k, appB: j + 1, end: j + 1, anon: true}, true
			}
		}
	}
	// "the families, many of whom say …": a share of the phrase before.
	if toks[j].low == "whom" && j-3 >= lim && toks[j-1].low == "of" && (shareWords[toks[j-2].low] || numberWords[toks[j-2].low] || isDigitStart(toks[j-2].low, 0)) && isComma(toks[j-3]) {
		if a := npCore(toks, j-3, lim); a >= 0 && a < j-3 && !isPronounTok(toks[j-4]) && !finiteIn(toks, a, j-3) {
			return phrase{a: a, b: j - 3, end: j + 1}, true
		}
		return phrase{}, false
	}
	// "critics who say ...": the relative pronoun stands for the phrase before it.
	// "Ostland, which accuses him of …": a body's name before "which".
	if (toks[j].low == "who" || toks[j].low == "which" && j-2 >= lim && isComma(toks[j-1]) && toks[j-2].capital) && j-1 >= lim {
		k := j - 1
		if isComma(toks[k]) && k-1 >= lim {
			k--
		}
		if a := npLeft(toks, k+1, lim); a >= 0 {
			// "Sen. Ida Moss, the ranking member of the panel, who
			// said": the description is the name's appositive.
			o := a // "Moss, now the harbor master, who said"
			if o-1 >= lim && (toks[o-1].low == "now" || toks[o-1].low == "then" || toks[o-1].low == "formerly" || toks[o-1].low == "currently") {
				o--
			}
			if o-2 >= lim && isComma(toks[o-1]) && !allNames(toks, a, k+1) && looksAppositive(toks, a, k+1) {
				if h := npLeft(toks, o-1, lim); h >= 0 && h < o-1 && (personNamed(toks, h, o-1) || o-1-h == 1 && nameWord(toks[h]) && toks[h].capital) {
					return phrase{a: h, b: o - 1, appA: a, appB: k + 1, end: k + 1}, true
				}
				// "a cool friendship with Moss, now …, who said": the
				// name is the object of a preposition, and the clause's subject.
				h := o - 1
				for h-1 >= lim && o-1-h < 3 && nameWord(toks[h-1]) && toks[h-1].capital && !toks[h-1].first {
					h--
				}
				if h < o-1 && h-1 >= lim && affilPreps[toks[h-1].low] || h < o-1 && h-1 >= lim && toks[h-1].low == "with" {
					return phrase{a: h, b: o - 1, appA: a, appB: k + 1, end: k + 1}, true
				}
			}
			return phrase{a: a, b: k + 1, end: k + 1}, true
		}
		return phrase{}, false
	}
	// "people who have battled other threats say", "The justice -- who
	// has been in a scuffle -- said": a relative clause between the
	// speaker and the cue.
	if ph, ok := relativeSubject(toks, j, lim); ok {
		return ph, true
	}
	// "Sen. Ann Lee (R-Maine) told": skip a short parenthesis.
	if toks[j].text == ")" {
		k := j - 1
		for k >= lim && j-k <= 6 && toks[k].text != "(" {
			k--
		}
		if k-1 >= lim && toks[k].text == "(" {
			if a := npLeft(toks, k, lim); a >= 0 {
				return phrase{a: a, b: k, end: j + 1}, true
			}
		}
		return phrase{}, false
	}
	a := npLeft(toks, j+1, lim)
	if a < 0 {
		return phrase{}, false
	}
	// "Ivo Salm, head of fleet sales at trading firm Norrport said":
	// an appositive whose closing comma is missing.
	for k := a - 1; k > lim && c-k <= 24; k-- {
		if isComma(toks[k]) {
			if nameWord(toks[k-1]) && hasTitle(toks, k+1, c) && findCue(toks, k+1, c) < 0 {
				if h := npLeft(toks, k, lim); h >= 0 && (h == lim || isComma(toks[h-1])) && allNames(toks, h, k) {
					return phrase{a: h, b: k, appA: k + 1, appB: j + 1, end: j + 1}, true
				}
			}
			if toks[k-1].capital && k+1 < c && toks[k+1].capital && !hasTitle(toks, k+1, c) {
				continue // "Council on Tides, Currents and Harbors": a comma inside a name
			}
			break
		}
		if toks[k].kind != tWord {
			break
		}
	}
	// "Fenwick's Port Captain, Ola Strand said": the name after its
	// title and a comma.
	if a-2 >= lim && isComma(toks[a-1]) && j+1-a >= 2 && allNames(toks, a, j+1) {
		if h := npLeft(toks, a-1, lim); h >= 0 && (h == lim || isComma(toks[h-1])) && headRole(toks, h, a-1) != "" && toks[a-2].capital {
			return phrase{a: h, b: a - 1, appA: a, appB: j + 1, end: j + 1}, true
		}
	}
	return phrase{a: a, b: j + 1, end: j + 1}, true
}

// setOffCircumstance returns where a circumstance set off by commas and
// closing at the comma c opens ("…, in remarks to local television, …"),
// or 0: a preposition of place or manner after the first comma, no verb
// of saying inside.
func setOffCircumstance(toks []token, c, lim int) int {
	for k := c - 1; k > lim && c-k <= 20; k-- {
		if isComma(toks[k]) {
			// "The harbor board, in an effort to fix the docks that has
			// drawn criticism, has said": a body's noun before it too.
			if k+1 < c && (toks[k+1].low == "in" || toks[k+1].low == "during" || toks[k+1].low == "at" || toks[k+1].low == "on") &&
				k-1 >= lim && toks[k-1].kind == tWord && (toks[k-1].capital && c-k <= 10 || orgNouns[toks[k-1].low] || personish(toks[k-1])) {
				return k
			}
			// "John Archer, wearing a T-shirt covered in buttons, said": a
			// participle describing the named speaker.
			if n := toks[k+1]; k+2 < c && n.kind == tWord && !n.capital && len(n.low) > 5 && strings.HasSuffix(n.low, "ing") && !isCueWord(n) &&
				k-1 >= lim && toks[k-1].kind == tWord && toks[k-1].capital && nameWord(toks[k-1]) && !finiteIn(toks, k+1, c) {
				return k
			}
			return 0
		}
		if toks[k].kind != tWord {
			return 0
		}
	}
	return 0
}

// hasPostBody says whether tokens [a, b) hold a name, then "for", "of" or
// "from" and a capitalized body running to b.
func hasPostBody(toks []token, a, b int) bool {
	for i := a + 1; i+1 < b; i++ {
		if l := toks[i].low; (l == "for" || l == "of" || l == "from") && (toks[i+1].capital || toks[i+1].low == "the" && i+2 < b && toks[i+2].capital) {
			for k := i + 1; k < b; k++ {
				if !toks[k].capital && toks[k].low != "of" && toks[k].low != "and" && toks[k].low != "the" {
					return false
				}
			}
			return true
		}
		if !toks[i].capital {
			return false
		}
	}
	return false
}

// parenOpen returns the "(" of a short parenthesis closing at c, or -1.
func parenOpen(toks []token, c, lim int) int {
	for k := c - 1; k >= lim && c-k <= 6; k-- {
		if toks[k].text == "(" {
			return k
		}
	}
	return -1
}

var anonTriggers = set(`who familiar close with speaking granted requesting on not privy briefed aware involved`)

// anonText says whether tokens [a, b) hold an anonymity clause.
func anonText(p string, toks []token, a, b int) bool {
	if a >= b {
		return false
	}
	s := lower(p[toks[a].start:toks[b-1].end])
	for _, m := range anonMarkers {
		if strings.Contains(s, m) {
			return true
		}
	}
	return false
}

// fwdPhrase parses a speaker phrase starting at token s and reaching no
// further than lim: "said Maria Lopez, director of X." or "according to a
// person familiar with the matter". appToEnd allows an appositive that runs
// to lim (the sentence end) rather than to a second comma.
func fwdPhrase(p string, toks []token, s, lim int, appToEnd bool) (phrase, bool) {
	if s >= lim || toks[s].kind != tWord || toks[s].low == "that" && !toks[s].capital {
		return phrase{}, false // "…,” adding that its value grew": content, no speaker
	}
	if _, ok := pronouns[toks[s].low]; ok {
		return phrase{a: s, b: s + 1, end: s + 1}, true
	}
	b := s
	for b < lim && b-s < maxNP && (npWord(toks[b]) || midName(toks, b, lim)) {
		if _, ok := pronouns[toks[b].low]; ok {
			break
		}
		b++
	}
	// "said Pinecrest Clinic chief of surgery Olena Koval": a title's
	// field in lower case, then the name.
	if b+1 < lim && b-2 >= s && toks[b-1].low == "of" && isTitle(toks[b-2]) {
		m := b
		for m < lim && m-b < 2 && toks[m].kind == tWord && !toks[m].capital && plainWord(toks[m]) {
			m++
		}
		if m > b && m+1 < lim && nameWord(toks[m]) && toks[m].capital && nameWord(toks[m+1]) && toks[m+1].capital {
			b = m
			for b < lim && nameWord(toks[b]) && toks[b].capital {
				b++
			}
		}
	}
	// "Ambassador to the United States Omar Rahimi": where an office
	// serves, then the name.
	if b+1 < lim && b > s && toks[b].low == "to" && isTitle(toks[b-1]) {
		m := b + 1
		if toks[m].low == "the" {
			m++
		}
		e := m
		for e < lim && e-m < 6 && toks[e].kind == tWord && toks[e].capital {
			e++
		}
		if e > m {
			b = e
		}
	}
	// "said agency planetary scientist Lu Pan": unlisted words before a
	// title and a name belong to the phrase.
	modifier := func(t token) bool { // "policy planning director"
		return plainWord(t) || t.kind == tWord && !t.capital && strings.HasSuffix(t.low, "ing")
	}
	if b < lim && modifier(toks[b]) {
		for k := b; k < lim && k-b < 3; k++ {
			if isTitle(toks[k]) && k+1 < lim && nameWord(toks[k+1]) {
				b = k + 1
				for b < lim && nameWord(toks[b]) {
					b++
				}
				// "said marine biologist Rosa Lind of the Harbor
				// Propulsion Laboratory": the organization after the name.
				if b+1 < lim && affilPreps[toks[b].low] && (toks[b+1].capital || toks[b+1].low == "the" && b+2 < lim && toks[b+2].capital) {
					m := b + 1
					for m < lim && m-b < maxNP && toks[m].kind == tWord && (toks[m].capital || toks[m].low == "the" && m == b+1 || midName(toks, m, lim)) {
						m++
					}
					if m > b+1 && toks[m-1].capital {
						b = m
					}
				}
				break
			}
			// "said the base chief, speaking …": a described speaker that
			// closes the clause.
			if k > b && b > s && (determiners[toks[s].low] || hasPossessive(toks, s, b)) && (isTitle(toks[k]) || personNouns[toks[k].low]) &&
				(k+1 >= lim || toks[k+1].kind != tWord) {
				b = k + 1
				break
			}
			if !modifier(toks[k]) {
				break
			}
		}
	}
	for b > s && !headWord(toks[b-1]) {
		b--
	}
	if b == s {
		return phrase{}, false
	}
	// "a count by Kell Research", "a survey from the Harbor Institute":
	// who made the document belongs to its phrase.
	if b+1 < lim && docNouns[toks[b-1].low] && (toks[b].low == "by" || toks[b].low == "from") {
		m := b + 1
		if toks[m].low == "the" {
			m++
		}
		e := m
		for e < lim && e-m < 6 && toks[e].kind == tWord && (toks[e].capital || nameJoiners[toks[e].low] && e+1 < lim && toks[e+1].capital) {
			e++
		}
		if e > m && toks[e-1].capital {
			b = e
		}
	}
	ph := phrase{a: s, b: b, end: b}
	// An anonymity clause right after: "a person familiar with the matter".
	e := b
	for e < lim && e-b < maxNP && toks[e].kind == tWord {
		e++
	}
	if e > b && anonText(p, toks, b, e) {
		ph.appA, ph.appB, ph.end, ph.anon = b, e, e, true
		return ph, true
	}
	if b < lim && isComma(toks[b]) {
		k := b + 1
		for k < lim && k-b <= 24 && (toks[k].kind == tWord || toks[k].text == "(" && k+2 < lim && toks[k+2].text == ")" && isAcronym(toks[k+1].text)) {
			if k > b+3 && (toks[k].low == "who" || toks[k].low == "whose") {
				break // "a professor of law at Harbor University who has argued …": the description ends at its relative clause
			}
			if toks[k].text == "(" {
				k += 2 // "(CENDA)": a body's acronym after its name
			}
			k++
		}
		// "an analyst at the Council on Tides, Currents and Harbors":
		// a list of capitalized words inside a name.
		if k+3 < lim && isComma(toks[k]) && toks[k-1].capital && toks[k+1].capital && toks[k+1].kind == tWord {
			m := k + 1
			list := false
			for m < lim && m-b <= 24 && toks[m].kind == tWord {
				if _, given := firstNames[toks[m].low]; given && toks[m].capital {
					list = false // people, not a name's words
					break
				}
				list = list || toks[m].low == "and" && m > k+1 && toks[m-1].capital && m+1 < lim && toks[m+1].capital
				m++
			}
			if list {
				k = m
			}
		}
		// "a lecturer at the University of Nevada, Reno":
		// the campus after the comma belongs to the name.
		if k < lim && toks[k].text == "," && universityWord(toks, b+1, k) {
			m := k + 1
			for m < lim && m-k <= 3 && toks[m].kind == tWord && toks[m].capital {
				m++
			}
			if m > k+1 && (m == lim || m == lim-1 && toks[m].kind == tPunct || isComma(toks[m])) {
				k = m
			}
		}
		// "Sanjiv Bhasin, Director, IIFL Securities.": the organization
		// after the title's comma closes the appositive.
		if k < lim && toks[k].text == "," && hasTitle(toks, b+1, k) {
			m := k + 1
			for m < lim && m-k <= 6 && toks[m].kind == tWord && (toks[m].capital || affilPreps[toks[m].low] || toks[m].low == "and") {
				m++
			}
			if m > k+1 && toks[m-1].capital && (isOrgRun(toks, k+1, m) || isAcronym(toks[k+1].text)) &&
				(m == lim || m == lim-1 && toks[m].kind == tPunct || isComma(toks[m])) {
				k = m
			}
		}
		closed := k < lim && (isComma(toks[k]) || k > b+3 && (toks[k].low == "who" || toks[k].low == "whose"))
		atEnd := k == lim || k == lim-1 && toks[k].kind == tPunct && strings.ContainsAny(toks[k].text, ".!?;")
		// "said his coach at Dunmore, Pat Colley": a description, then
		// the name it describes.
		named := false
		// "said Austria's interior minister, Ana Roth": a possessive opens
		// the description as a determiner does.
		if (determiners[toks[s].low] || hasPossessive(toks, s, b)) && k-(b+1) >= 2 && allNames(toks, b+1, k) {
			for i := s + 1; i < b; i++ {
				named = named || !toks[i].capital && (isTitle(toks[i]) || personNouns[toks[i].low])
			}
		}
		if k > b+1 && (closed || appToEnd && atEnd) && (looksAppositive(toks, b+1, k) || named) {
			ph.appA, ph.appB, ph.end = b+1, k, k
			ph.anon = anonText(p, toks, b+1, k)
		}
	}
	return ph, true
}

// looksAppositive says whether tokens [a, b) read like "director of X",
// "a nurse, who asked not to be named" or "45".
func looksAppositive(toks []token, a, b int) bool {
	if findCue(toks, a, b) >= 0 {
		return false
	}
	f := toks[a].low
	if f == "who" || f == "which" || isDigit(f[0]) || determiners[f] && b-a >= 2 {
		return true
	}
	for i := a; i < b; i++ {
		if isTitle(toks[i]) || orgNouns[toks[i].low] {
			return true
		}
	}
	return false
}

// findCue returns the first verb cue in tokens [a, b), or -1.
func findCue(toks []token, a, b int) int {
	for i := a; i < b; i++ {
		if toks[i].kind == tWord && sayCue(toks[i].low) && !(i+1 < len(toks) && (toks[i+1].low == "tank" || toks[i+1].low == "tanks")) &&
			!(strings.HasSuffix(toks[i].low, "ing") && i+1 < b && isTitle(toks[i+1])) { // "a creative writing professor"
			return i
		}
	}
	return -1
}

// appositivePhrase parses "NAME, APPOSITIVE," ending with the comma at j.
// The appositive may hold commas itself ("Paul Pike, a ferry pilot from
// Tolland, Maine, said"), so it tries the commas before j up to maxCommas, and
// takes the farthest one before which a name opens the clause; failing
// that, the nearest one.
func appositivePhrase(p string, toks []token, j, lim int) (phrase, bool) {
	const maxCommas = 4
	var commas []int
	for k := j - 1; k >= lim && j-k <= 30 && len(commas) < maxCommas; k-- {
		t := toks[k]
		if isComma(t) {
			commas = append(commas, k)
			continue
		}
		if t.kind == tPunct && t.text != "(" && t.text != ")" && t.text != "'" && t.text != "." && t.text != "&" {
			break
		}
	}
	// "Sen. Ann Lee (D-Ore.), said": a parenthesis and no appositive.
	if j-1 > lim && toks[j-1].text == ")" && len(commas) == 0 {
		if o := parenOpen(toks, j-1, lim); o > lim {
			if a := npLeft(toks, o, lim); a >= 0 {
				return phrase{a: a, b: o, end: j}, true
			}
		}
	}
	try := func(k int, strict bool) (phrase, bool) {
		if k+1 == j {
			return phrase{}, false
		}
		// "Mendes, who called her rival after the vote, told": a cue inside
		// a relative clause is the clause's own; so is one in a participle
		// ("Judge Ann Lee, writing for the majority, said").
		rel := j // a relative clause inside the appositive: "a coach who advises the club"
		for i := k + 2; i < j; i++ {
			if relPronouns[toks[i].low] && toks[i].low != "that" && !toks[i-1].capital && toks[i-1].kind == tWord {
				rel = i
				break
			}
		}
		if findCue(toks, k+1, rel) >= 0 && !anonText(p, toks, k+1, j) && toks[k+1].low != "who" && toks[k+1].low != "which" &&
			!(strings.HasSuffix(toks[k+1].low, "ing") && !toks[k+1].capital) &&
			!subordinators[toks[k+1].low] && // "Tom Vale, when asked what …, replied"
			!(strings.HasSuffix(toks[k+1].low, "ed") && k+2 < j && toks[k+2].low == "by") { // "Osgood — named by the Courier as …— told"
			return phrase{}, false
		}
		// "Democrats — and some Republicans — say": a second subject set
		// off by dashes joins the first.
		if (toks[k+1].low == "and" || toks[k+1].low == "or") && isDash(toks[k]) && isDash(toks[j]) && j-k <= 6 && findCue(toks, k+1, j) < 0 && !finiteIn(toks, k+1, j) {
			if a := npLeft(toks, k, lim); a >= 0 {
				return phrase{a: a, b: j, end: j}, true
			}
		}
		// "…, and the meeting fell apart, said": a clause joined by a
		// conjunction is no appositive.
		if toks[k+1].low == "and" || toks[k+1].low == "but" || toks[k+1].low == "or" || toks[k+1].low == "yet" || toks[k+1].low == "so" {
			return phrase{}, false
		}
		// "…, the schedule will be thin, said": a clause, not an appositive
		// (a subordinate clause, "when asked what is wrong", may hold a verb).
		for i := k + 1; i+1 < j && !relPronouns[toks[i].low] && !subordinators[toks[k+1].low]; i++ {
			if finiteAux[toks[i].low] && toks[i+1].kind == tWord && i > k+1 {
				return phrase{}, false
			}
		}
		for i := k + 1; i < j; i++ {
			if toks[i].kind == tPunct && !isComma(toks[i]) && toks[i].text != "(" && toks[i].text != ")" && toks[i].text != "." && toks[i].text != "'" && toks[i].text != "&" {
				return phrase{}, false
			}
			// "..., Gulls coach Bo Rudd expressed confidence ...,": a
			// name and its verb make a clause, not an appositive.
			if i > k+1 && i < rel && nameWord(toks[i-1]) && toks[i].kind == tWord && !toks[i].capital && strings.HasSuffix(toks[i].low, "ed") && !anonVerbs[toks[i].low] {
				return phrase{}, false
			}
		}
		b := k
		// "Rep. Ann Lee (D-Ore.), ranking member of the committee, said"
		if k-1 >= lim && toks[k-1].text == ")" {
			if o := parenOpen(toks, k-1, lim); o > lim {
				b = o
			}
		}
		a := npLeft(toks, b, lim)
		if a < 0 && j-k >= 3 && allNames(toks, k+1, j) {
			// "One presidential hopeful, Carly Fiorina, says": the name;
			// "The label that owns her songs, Big Harbor, says": an
			// organization's.
			return phrase{a: k + 1, b: j, end: j, org: describedOrg(toks, k, lim)}, true
		}
		if a < 0 {
			return phrase{}, false
		}
		// "The company that runs the Fair, Ostland Events, denies": the
		// phrase is a verb's object, not the subject.
		if a-2 >= lim && objectBefore(toks[a-1]) && (relPronouns[toks[a-2].low] || toks[a-2].low == "that") {
			if isOrgRun(toks, k+1, j) || j-k >= 3 && allNames(toks, k+1, j) {
				// the appositive names the subject
				return phrase{a: k + 1, b: j, end: j, org: a-3 >= lim && orgNouns[toks[a-3].low]}, true
			}
			return phrase{}, false
		}
		// "One coach supporting Mr. Reed, Dan Whitby of the Harbor Club,
		// said": the name before the comma is an object inside a
		// description; the appositive's name is the subject.
		inner := a - 1 // the word that makes the name before the comma an object
		for i := a; i < b-1; i++ {
			if toks[i].kind == tWord && !toks[i].capital && toks[i+1].capital &&
				!(nameJoiners[toks[i].low] && i > a && toks[i-1].capital) { // not the "for" of "Center for Rural Policy"
				inner = i
			}
		}
		if inner > lim && toks[inner].kind == tWord && !toks[inner].capital && (strings.HasSuffix(toks[inner].low, "ing") || descPreps[toks[inner].low]) {
			n := k + 1
			for n < j && nameWord(toks[n]) && toks[n].capital {
				n++
			}
			// "A spokesman for Governor Bell, Dan Ferro, said": the
			// description is the role of the name after it.
			if n-(k+1) >= 2 && n == j && descPreps[toks[inner].low] && inner-1 >= a && isTitle(toks[inner-1]) && !toks[inner-1].capital {
				return phrase{a: a, b: b, appA: k + 1, appB: j, end: j}, true
			}
			if n-(k+1) >= 2 && (n == j || toks[n].kind == tWord && !toks[n].capital) {
				return phrase{a: k + 1, b: n, appA: n, appB: j, end: j}, true
			}
		}
		if strict && !(a == lim || isComma(toks[a-1]) || toks[a].first) || strict && !toks[k-1].capital {
			return phrase{}, false
		}
		return phrase{a: a, b: b, appA: k + 1, appB: j, end: j, anon: anonText(p, toks, k+1, j)}, true
	}
	for n := len(commas) - 1; n >= 1; n-- {
		if ph, ok := try(commas[n], true); ok {
			return ph, true
		}
	}
	if len(commas) > 0 {
		return try(commas[0], false)
	}
	return phrase{}, false
}

// descPreps put a noun phrase in a description's object: "a pastor
// backing Mr. Reed", "an aide to Ms. Cole".
var descPreps = set(`to for of with behind than like`)

// objectBefore says whether t, just before a noun phrase after a relative
// pronoun, makes the phrase a verb's object rather than a subject: a
// lower-case word that is no conjunction or adverb ("the company that runs
// the Fair").
func objectBefore(t token) bool {
	return t.kind == tWord && !t.capital && !conjunctions[t.low] && !subordinators[t.low] && t.low != "as" && !skipBeforeCue[t.low]
}

// genericHead says whether the lower-case word at i heads a noun phrase
// opened by a determiner a few words before it, with only modifiers between:
// "a quiz", "the new ranking", "this week's tally". Any noun can be a
// source that way; only the determiner vouches for it.
func genericHead(toks []token, i, lim int) bool {
	if !plainWord(toks[i]) {
		return false
	}
	for k := i - 1; k >= lim && i-k <= 4; k-- {
		t := toks[k]
		if t.kind != tWord {
			return false
		}
		if articles[t.low] && !possessivePronouns[t.low] || isPossessive(t.low) && t.capital {
			return true
		}
		if !plainWord(t) && !t.capital && !isDigitStart(t.low, 0) {
			return false
		}
	}
	return false
}

// plainWord is a lower-case word that is no function word, adverb or cue:
// it can be a noun or an adjective.
func plainWord(t token) bool {
	l := t.low
	if t.kind != tWord || t.capital && !t.first || len(l) < 3 {
		return false
	}
	if stopCaps[l] || determiners[l] || auxiliaries[l] || conjunctions[l] || subordinators[l] || notClause[l] ||
		affilPreps[l] || circumPreps[l] || relPronouns[l] || numberWords[l] || verbCue(l) {
		return false
	}
	if _, ok := pronouns[l]; ok {
		return false
	}
	return !adverbLy(l) && !strings.HasSuffix(l, "ing")
}

// adverbLy spots an adverb by its "-ly", not a noun that ends so ("rally",
// "family", "assembly").
func adverbLy(l string) bool {
	return strings.HasSuffix(l, "ly") && len(l) >= 6 && !nounsLy[l]
}

var nounsLy = set(`family assembly supply monopoly anomaly ally rally italy july homily bully belly jelly
	lily tally folly gully melee oligopoly`)

var possessivePronouns = set(`his her their its our my your`)

// midName says whether the capitalized function word at i is inside a name:
// "The We Company", "the Of Montreal concert".
func midName(toks []token, i, lim int) bool {
	t := toks[i]
	return t.kind == tWord && t.capital && !t.first && i > 0 && i+1 < lim &&
		(toks[i-1].capital || toks[i-1].low == "the") && toks[i+1].capital && toks[i+1].kind == tWord
}

// describedOrg says whether the words before the comma at k describe an
// organization: "The label that owns her songs", "the company".
func describedOrg(toks []token, k, lim int) bool {
	for i := k - 1; i >= lim && k-i <= 10; i-- {
		t := toks[i]
		if t.kind != tWord {
			return false
		}
		if (t.low == "that" || t.low == "which") && i-1 >= lim {
			return orgNouns[toks[i-1].low] && !toks[i-1].capital
		}
	}
	return k-1 >= lim && orgNouns[toks[k-1].low] && !toks[k-1].capital
}

// relativeSubject finds a speaker phrase followed by a relative clause that
// ends just before the cue (at j): "people who have weathered earlier
// storms say", "the justice -- who has been in a scuffle -- said". The
// clause holds no comma and no other cue.
func relativeSubject(toks []token, j, lim int) (phrase, bool) {
	end := j + 1
	dash := false
	if isDash(toks[j]) {
		dash = true
		for j-1 >= lim && isDash(toks[j-1]) {
			j--
		}
		j--
	}
	andWho := false // "who … and who …": two clauses on one noun
	for k := j; k > lim && (end-k <= 14 || andWho && end-k <= 24); k-- {
		t := toks[k]
		if t.kind != tWord {
			if dash && isDash(t) {
				continue
			}
			return phrase{}, false
		}
		if sayCue(t.low) && k != j && !relCue(toks, k, lim) {
			return phrase{}, false // (but "the deckhand who reported the leak recalled")
		}
		if t.low != "who" || k == j {
			continue
		}
		if k-1 > lim && toks[k-1].low == "and" && end-k <= 14 && !andWho {
			andWho = true
			continue // "who worked at the pier and who did not want to be named": the first clause's noun
		}
		h := k - 1
		for h >= lim && isDash(toks[h]) {
			h--
		}
		if h < lim || dash != (h < k-1) {
			return phrase{}, false
		}
		if a := npLeft(toks, h+1, lim); a >= 0 && !isPronounTok(toks[h]) {
			return phrase{a: a, b: h + 1, end: end}, true
		}
		return phrase{}, false
	}
	return phrase{}, false
}

// mediumNouns name where something was said: "in a blog post", "in an
// interview", "in a statement".
var mediumNouns = set(`post statement interview tweet letter email e-mail op-ed column speech memo filing
	release video podcast broadcast appearance call message blog essay article book documentary
	remarks editorial testimony hearing briefing conference`)

// platforms are where people post: "on Twitter".
var platforms = set(`twitter facebook instagram tiktok youtube linkedin threads truth reddit`)

// sharePronouns close a share of a group: "most of them".
var sharePronouns = set(`them us those these`)

// personNamed says whether [a, b) holds a person's name: two capitalized
// name words in a row, or a title's abbreviation before one ("Sen. Moss").
func personNamed(toks []token, a, b int) bool {
	for i := a; i+1 < b; i++ {
		if nameWord(toks[i]) && toks[i].capital && nameWord(toks[i+1]) && toks[i+1].capital && !orgWords[toks[i+1].low] ||
			titleAbbrev[toks[i].low] != "" && toks[i+1].capital && nameWord(toks[i+1]) {
			return true
		}
	}
	return false
}

// relCue says whether the cue at k is the verb of a relative clause: "who"
// before it, with only auxiliaries and adverbs between ("who has accused",
// "who once said").
func relCue(toks []token, k, lim int) bool {
	for i := k - 1; i > lim && k-i <= 3; i-- {
		switch l := toks[i].low; {
		case l == "who":
			return true
		case auxiliaries[l] || finiteAux[l] || isAdverb(l) || adverbLy(l) || l == "once" || l == "never" || l == "also":
			continue
		}
		return false
	}
	return false
}

// pollVerbs are what a poll's share is likelier to do: "more likely to
// say", not "likely to consider the bill".
var pollVerbs = set(`say agree believe think describe view support oppose favor disapprove approve`)

// isYear says whether l is a year written in four digits: "in 2010".
func isYear(l string) bool {
	return len(l) == 4 && (l[0] == '1' || l[0] == '2') && isDigit(l[1]) && isDigit(l[2]) && isDigit(l[3])
}

// shareWords take a share of a group: "many of whom", "some of them".
var shareWords = set(`many some most all several both few none each half much`)

// countOpeners stand before a bare count of people: "another 30,000 said".
var countOpeners = set(`another some about nearly roughly almost over only just`)
