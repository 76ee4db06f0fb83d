package rules

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/extractor"
)

// para is one paragraph being processed.
type para struct {
	st   *state
	idx  int
	p    string
	qs   []qspan
	toks []token
	qtok []int  // token index of each quote
	qrec []int  // record of each quote, or -1
	sent []int  // sentence of each quote
	used []bool // tokens already part of an attribution
	held []bool // tokens inside a record's content: a cue there is part of that claim
	// useSpeaker, when set, is the speaker of what emit records, in place
	// of its phrase's.
	useSpeaker *speaker
	// nextThat and nextEnd are a second that-clause after the content
	// being cut ("that A, and that B"), for emitSpeaker to record too.
	nextThat, nextEnd int
	// inner is a parenthetical attribution inside the content being
	// emitted ("The bridge, Lopez said, will reopen"), exempt from the rule
	// that content never holds an attribution.
	inner [2]int
	// prev is the sentence before the one being read in this paragraph
	// (b == 0: none), which "That's according to a survey." attributes.
	prev sentence
}

func newPara(st *state, idx int, p string, prevOpen, nextOpens bool) *para {
	pa := &para{st: st, idx: idx, p: p}
	st.reg.para = idx
	pa.qs = scanQuotes(p, prevOpen, nextOpens)
	// The token and flag buffers are reused from paragraph to paragraph:
	// nothing a record keeps points into them.
	pa.toks = tokenize(p, pa.qs, st.tokBuf, &st.lw)
	st.tokBuf = pa.toks
	pa.qtok = make([]int, len(pa.qs))
	pa.qrec = make([]int, len(pa.qs))
	for i := range pa.qrec {
		pa.qrec[i] = -1
	}
	for i, t := range pa.toks {
		if t.kind == tQuote {
			pa.qtok[t.q] = i
		}
	}
	if cap(st.usedBuf) < len(pa.toks) {
		st.usedBuf = make([]bool, len(pa.toks), 2*len(pa.toks))
	}
	pa.used = st.usedBuf[:len(pa.toks)]
	clear(pa.used)
	if cap(st.heldBuf) < len(pa.toks) {
		st.heldBuf = make([]bool, len(pa.toks), 2*len(pa.toks))
	}
	pa.held = st.heldBuf[:len(pa.toks)]
	clear(pa.held)
	return pa
}

// run finds the records of the paragraph. lastRec is the record of the last
// quote of the previous paragraph, or -1; lastSpk the last attributed record
// closing the passage before, or -1.
func (pa *para) run(lastRec, lastSpk int) {
	intro := pa.st.intro
	pa.st.intro = nil
	if pa.labelled() {
		return // a transcript's paragraph is its speaker's, whatever it holds
	}
	if pa.signOff() {
		return
	}
	ss := splitSentences(pa.p, pa.toks, pa.qs)
	pa.sent = make([]int, len(pa.qs))
	for si, s := range ss {
		for i := s.a; i < s.b; i++ {
			if pa.toks[i].kind == tQuote {
				pa.sent[pa.toks[i].q] = si
			}
		}
		pa.sentence(s)
		pa.prev = s
	}
	pa.introduced(intro)
	pa.listItem(intro)
	pa.sentenceIntros(ss)
	pa.inlineSignOffs()
	pa.inheritWithin()
	if n := len(ss); n > 0 {
		pa.intro(ss[n-1])
	}
	pa.inheritAcross(lastRec)
	pa.continues(lastSpk)
}

// lastSpeaker returns the last record from index from on that is
// attributed at the record to a known speaker, in the paragraph's last
// sentence, or -1.
func (pa *para) lastSpeaker(from int) int {
	recs := pa.st.recs
	for r := len(recs) - 1; r >= from; r-- {
		if recs[r].para != pa.idx {
			continue
		}
		if recs[r].sp != nil && recs[r].sp.kind != extractor.Unknown && (recs[r].explicit || recs[r].typ == extractor.Direct) {
			return r
		}
	}
	return -1
}

// continues gives a paragraph that is only quotation, with no attribution
// of its own, the speaker who closed the passage before it, when that was
// reported speech ("Blake said that 500 would be hired.¶“That adds
// up to …”"); inheritAcross handles a quote after a quote.
func (pa *para) continues(lastSpk int) {
	if lastSpk < 0 || len(pa.qs) == 0 || !pa.onlyQuotes() {
		return
	}
	recs := pa.st.recs
	prev := recs[lastSpk]
	for _, ri := range pa.qrec {
		if ri >= 0 && recs[ri].sp == nil && recs[ri].typ == extractor.Direct {
			recs[ri].sp, recs[ri].base, recs[ri].cue, recs[ri].class = prev.sp, baseQuotePara*0.9, prev.cue, prev.class
		}
	}
}

// sentence runs the patterns over one sentence: direct quotes first, then
// reported speech with the cues they left, then partial quotes; then the
// names it mentions are remembered for the sentences after it.
func (pa *para) sentence(s sentence) {
	pa.st.cur = s
	pa.st.reg.beginSentence()
	defer pa.st.reg.endSentence()
	defer pa.noteMentions(s)
	first := len(pa.st.recs)
	pa.openingSubject(s)
	var embedded []int
	for i := s.a; i < s.b; i++ {
		if pa.toks[i].kind != tQuote {
			continue
		}
		if !pa.directQuote(s, i) {
			embedded = append(embedded, i)
		}
	}
	pa.indirect(s)
	pa.nounClaims(s)
	for _, i := range embedded {
		if pa.qrec[pa.toks[i].q] < 0 {
			pa.partialQuote(s, i)
		}
	}
	pa.sameSentence(s, first)
	pa.observe(s)
	// "It recalls 1996, when chairman Ray Orme ordered …": a
	// person named only in a trailing clause of a sentence about
	// something else is not whom the next "he" means.
	if pa.trailingWhenOnly(s) {
		pa.st.reg.sentTouch = pa.st.reg.sentTouch[:0]
	}
}

// trailingWhenOnly says whether s opens with an expletive or a demonstrative
// subject ("It's", "This was") and names people only after ", when" or ",
// where".
func (pa *para) trailingWhenOnly(s sentence) bool {
	toks := pa.toks
	if s.b-s.a < 4 || !(expletives[toks[s.a].low] || toks[s.a].low == "it" || toks[s.a].low == "this" || toks[s.a].low == "that") {
		return false
	}
	for i := s.a + 1; i+1 < s.b; i++ {
		if isComma(toks[i]) && (toks[i+1].low == "when" || toks[i+1].low == "where") {
			for k := s.a + 1; k < i; k++ {
				if toks[k].capital && nameWord(toks[k]) {
					return false // a name before the clause too
				}
			}
			return true
		}
	}
	return false
}

// openingSubject makes a person named before as the subject that opens s
// the first mention of the sentence, before its attributions are read:
// "Carver was detained over a letter in which he said …" is Carver's.
func (pa *para) openingSubject(s sentence) {
	toks := pa.toks
	i := skipDateline(toks, s.a, s.b)
	// "As for Vale, she said she is not worried": the topic is whom the
	// pronoun means.
	if i+3 < s.b && toks[i].low == "as" && toks[i+1].low == "for" {
		j := i + 2
		for j < s.b && j-i < 6 && toks[j].kind == tWord && toks[j].capital && nameWord(toks[j]) {
			j++
		}
		if j > i+2 && j < s.b && isComma(toks[j]) {
			if e := pa.st.reg.bySurname(toks[j-1].low); e != nil && e.kind == extractor.Person {
				pa.st.reg.touch(e)
				return
			}
		}
	}
	// "After the second heat, Bell was walking …": the subject
	// after an opening phrase set off by a comma.
	if i < s.b && toks[i].kind == tWord && (circumPreps[toks[i].low] || subordinators[toks[i].low] || toks[i].low == "after" || toks[i].low == "in") {
		for k := i + 1; k < s.b && k-i <= 24; k++ {
			if isComma(toks[k]) {
				// "In his talk to the forum, held at the center in Troy,
				// the CEO outlined …": a participle goes on with the phrase.
				if n := k + 1; n < s.b && toks[n].kind == tWord && !toks[n].capital && len(toks[n].low) > 3 && (pastVerb(toks[n]) || strings.HasSuffix(toks[n].low, "ing")) && !isCueWord(toks[n]) {
					continue
				}
				if !pa.pronounSubject(s, k+1) {
					pa.touchSubject(s, k+1)
				}
				return
			}
			if toks[k].kind != tWord {
				break
			}
		}
	}
	if pa.pronounSubject(s, i) {
		return
	}
	pa.touchSubject(s, i)
	// "…, but a soaked Bell kept shouting.": the subject of
	// the sentence's last clause is who a pronoun in the next one means.
	for k := s.b - 2; k > i; k-- {
		if (isComma(toks[k-1]) || toks[k-1].text == ";") && conjunctions[toks[k].low] && toks[k].low != "or" {
			if e := pa.clauseSubject(s, k+1); e != nil {
				pa.st.reg.lastClauseSubj = e
			}
			break
		}
	}
}

// clauseSubject returns the person a clause starting at i opens with, a
// determiner and adjectives allowed before the name: "a soaked
// Bell kept", "Bell said".
func (pa *para) clauseSubject(s sentence, i int) *entity {
	toks := pa.toks
	if i < s.b && determiners[toks[i].low] {
		i++
		for i < s.b && i-s.a < maxScan && toks[i].kind == tWord && !toks[i].capital && (strings.Contains(toks[i].low, "-") || strings.HasSuffix(toks[i].low, "ed")) {
			i++
		}
	}
	j := i
	for j < s.b && j-i < 4 && toks[j].kind == tWord && toks[j].capital && nameWord(toks[j]) {
		j++
	}
	if j == i || j >= s.b {
		return nil
	}
	if n := toks[j]; n.kind != tWord || n.capital || affilPreps[n.low] {
		return nil
	}
	if e := pa.st.reg.bySurname(toks[j-1].low); e != nil && e.kind == extractor.Person {
		return e
	}
	return nil
}

// touchSubject makes the person named at i, when i opens the sentence's
// subject, its first mention.
func (pa *para) touchSubject(s sentence, i int) {
	toks := pa.toks
	if pa.titledSubject(s, i) {
		return
	}
	// "The Japanese constitution makes no mention of …, although it
	// does say …": a document opening the sentence is whom "it" means.
	if i < s.b && (toks[i].low == "the" || toks[i].low == "a" || toks[i].low == "an") {
		for h := i + 1; h < s.b && h-i <= 4 && toks[h].kind == tWord; h++ {
			if docNouns[toks[h].low] && !toks[h].capital {
				v := h + 1
				if v < s.b && isComma(toks[v]) { // "The email, released by Harbor Watch, was sent"
					for v++; v < s.b && v-h <= 10 && !isComma(toks[v]); v++ {
					}
					v++
				}
				if v < s.b && toks[v].kind == tWord && !toks[v].capital && (pastVerb(toks[v]) || auxiliaries[toks[v].low] || beForms[toks[v].low] || strings.HasSuffix(toks[v].low, "s")) && !pa.anyUsed(i, h+1) {
					if sp := pa.st.resolve(pa.p, toks, phrase{a: i, b: h + 1, end: h + 1}); sp.ent != nil && sp.kind == extractor.Organization {
						pa.st.reg.touch(sp.ent)
					}
					return
				}
				break
			}
		}
	}
	// "the 51-year-old CEO laid out …": a person described before, as
	// the subject, is whom "he" means next.
	if i+2 < s.b && toks[i].low == "the" {
		for h := i + 1; h < s.b && h-i <= 5 && (toks[h].kind == tWord && (!toks[h].capital || isTitle(toks[h])) || toks[h].text == "-"); h++ {
			if isTitle(toks[h]) {
				if v := h + 1; v < s.b && toks[v].kind == tWord && !toks[v].capital && (pastVerb(toks[v]) || auxiliaries[toks[v].low] || strings.HasSuffix(toks[v].low, "s") && !isGroup(toks[h])) && !pa.anyUsed(i, h+1) {
					if sp := pa.st.resolve(pa.p, toks, phrase{a: i, b: h + 1, end: h + 1}); sp.ent != nil && sp.kind == extractor.Person {
						pa.st.reg.touch(sp.ent)
					}
				}
				break
			}
		}
	}
	// "a middle-aged cashier was upset by the talk": an unnamed person
	// opening the sentence, whom "the woman" or "she" may mean next.
	if i < s.b && (toks[i].low == "a" || toks[i].low == "an") {
		for h := i + 1; h < s.b && h-i <= 4 && toks[h].kind == tWord && !toks[h].capital; h++ {
			if isTitle(toks[h]) || personNouns[toks[h].low] {
				if v := h + 1; v < s.b && toks[v].kind == tWord && !toks[v].capital && (pastVerb(toks[v]) || auxiliaries[toks[v].low] || beForms[toks[v].low]) && !pa.anyUsed(i, h+1) {
					if sp := pa.st.resolve(pa.p, toks, phrase{a: i, b: h + 1, end: h + 1}); sp.ent != nil {
						pa.st.reg.touch(sp.ent)
					}
				}
				return
			}
		}
	}
	// "Corwin aides admitted …. But they stressed …": a group
	// opening the sentence as its subject is whom "they" means next.
	g := i
	if g < s.b && determiners[toks[g].low] {
		g++
	}
	for g < s.b && g-i < 4 && toks[g].kind == tWord && toks[g].capital && !isGroup(toks[g]) {
		g++
	}
	if g+1 < s.b && g-i <= 4 && isGroup(toks[g]) && toks[g+1].kind == tWord && !toks[g+1].capital &&
		(pastVerb(toks[g+1]) || auxiliaries[toks[g+1].low] || verbCue(toks[g+1].low)) && !pa.anyUsed(i, g+1) {
		if sp := pa.st.resolve(pa.p, toks, phrase{a: i, b: g + 1, end: g + 1}); sp.ent != nil && sp.kind == extractor.Group {
			pa.st.reg.touch(sp.ent)
			pa.st.reg.subjGroup = sp.ent
		}
		return
	}
	j := i
	for j < s.b && j-i < 4 && toks[j].kind == tWord && toks[j].capital && nameWord(toks[j]) {
		j++
	}
	// "Helga Lindqvist, 54, has fished here since 1990": a name with an
	// age set off is a person's, whatever the given name.
	if j-i >= 2 && (i == s.a || isComma(toks[i-1])) && j+3 < s.b && isComma(toks[j]) && numeral(toks[j+1]) && len(toks[j+1].low) <= 3 && isComma(toks[j+2]) &&
		!pa.anyUsed(i, j) && !orgWords[toks[j-1].low] {
		if sp := pa.st.resolve(pa.p, toks, phrase{a: i, b: j, end: j}); sp.ent != nil && sp.kind == extractor.Person {
			pa.st.reg.touch(sp.ent)
		}
		return
	}
	opens := j-i >= 2 && j < s.b && i-s.a <= 14 && (i == s.a || isComma(toks[i-1])) && toks[j].kind == tWord && !toks[j].capital && !affilPreps[toks[j].low] &&
		!isTitle(toks[j]) && !personNouns[toks[j].low] && !orgNouns[toks[j].low] && (pastVerb(toks[j]) || auxiliaries[toks[j].low] || verbCue(toks[j].low)) // a verb follows, not "Environment Canada spokeswoman"
	if j == i || j >= s.b || !pa.subjectAt(s, j-1) && !(j-1 == i && pa.subjectAt(s, i)) && !opens {
		return
	}
	if n := toks[j]; n.kind != tWord || n.capital {
		return
	}
	if sayCue(toks[j].low) {
		// "Fenwick said “…,” she said": the subject is who a pronoun
		// later in the sentence means, named before or not.
		if e := pa.st.reg.bySurname(toks[j-1].low); e != nil && e.kind == extractor.Person {
			pa.st.reg.touch(e)
		} else if _, given := firstNames[toks[i].low]; e == nil && i == s.a && (given || pa.st.reg.doc.person(toks[i].text)) && !stopCaps[toks[i].low] && !adverbOpeners[toks[i].low] {
			if sp := pa.st.resolve(pa.p, toks, phrase{a: i, b: j, end: j}); sp.ent != nil && sp.kind == extractor.Person {
				pa.st.reg.touch(sp.ent)
			}
		}
		return // the attribution resolves the name itself
	}
	if e := pa.st.reg.bySurname(toks[j-1].low); e != nil && e.kind == extractor.Person {
		pa.st.reg.touch(e)
	} else if v := toks[j]; e == nil && j-i == 1 && i == skipDateline(toks, s.a, s.b) && pa.st.reg.doc.full(toks[i].text) != "" && !stopCaps[toks[i].low] &&
		(pastVerb(v) || auxiliaries[v.low] || verbCue(v.low) || len(v.low) > 4 && strings.HasSuffix(v.low, "s") && !strings.HasSuffix(v.low, "ss") && !isGroup(v) && !orgNouns[v.low] && !docNouns[v.low]) {
		// "Obama departs the UK today": a surname the article gives in
		// full elsewhere, opening the sentence as its subject.
		if sp := pa.st.resolve(pa.p, toks, phrase{a: i, b: j, end: j}); sp.ent != nil && sp.kind == extractor.Person {
			pa.st.reg.touch(sp.ent)
		}
	} else if _, given := firstNames[toks[i].low]; e == nil && j-i >= 2 && given && pa.st.reg.doc.person(toks[j-1].text) {
		// "Tom Saxon thought about what he said": a person named for the
		// first time as the subject is whom "he" means in the sentence.
		if sp := pa.st.resolve(pa.p, toks, phrase{a: i, b: j, end: j}); sp.ent != nil && sp.kind == extractor.Person {
			pa.st.reg.touch(sp.ent)
		}
	}
}

// titledSubject registers and touches a person named with a title as the
// subject opening a sentence, "Harbor Sen. Claire McCall (D-Ost.)
// scolded him: “…,” she said", so that a pronoun later in the sentence
// means that person.
func (pa *para) titledSubject(s sentence, i int) bool {
	toks := pa.toks
	n := i
	for n < s.b && n-i < 4 && toks[n].kind == tWord && (isTitle(toks[n]) || titleAbbrev[toks[n].low] != "" || partyWords[toks[n].low] || roleModifiers[toks[n].low] || isDemonym(toks[n].low)) {
		n++
	}
	if _, given := firstNames[toks[min(n, s.b-1)].low]; n < s.b && (n == i || !given) {
		// "Vale campaign manager Rob Marsh acknowledged", "Former
		// Ostland governor Jana Brook": a body, an owner or a place, the
		// role's own words, then the name.
		k := n
		for k < s.b && k-n < 3 && toks[k].kind == tWord && toks[k].capital && nameWord(toks[k]) {
			k++
		}
		m := k
		for m < s.b && m-k < 3 && toks[m].kind == tWord && !toks[m].capital && (isTitle(toks[m]) || officeWords[toks[m].low] || roleModifiers[toks[m].low]) {
			m++
		}
		if k > n && m > k && isTitle(toks[m-1]) {
			n = m
		}
	}
	if n == i || n >= s.b {
		return false
	}
	j := n
	for j < s.b && j-n < 4 && toks[j].kind == tWord && toks[j].capital && nameWord(toks[j]) {
		j++
	}
	if _, given := firstNames[toks[n].low]; !given && !(j-n >= 2 && j-1 < s.b && (pa.st.reg.doc.person(toks[j-1].text) || n > i && (isTitle(toks[n-1]) || titleAbbrev[toks[n-1].low] != ""))) {
		return false // (but "Mayor Don Guardian greeted …": a title, then two names)
	}
	if j-n < 2 || j >= s.b {
		return false
	}
	k := j
	if toks[k].text == "(" { // "(D-Mo.)"
		for k < s.b && k-j <= 6 && toks[k].text != ")" {
			k++
		}
		k++
	}
	if k >= s.b || toks[k].kind != tWord || toks[k].capital || !(pastVerb(toks[k]) || auxiliaries[toks[k].low] || verbCue(toks[k].low)) {
		return false
	}
	if sp := pa.st.resolve(pa.p, toks, phrase{a: i, b: j, end: j}); sp.ent != nil && sp.kind == extractor.Person {
		pa.st.reg.touch(sp.ent)
		return true
	}
	return false
}

// add appends a record and remembers who spoke.
func (pa *para) add(r rec) int {
	r.para = pa.idx
	r.prev = -1
	if r.sp != nil && r.sp.ent != nil {
		pa.st.reg.touch(r.sp.ent)
		r.sp.ent.spoke = r.sp.ent.seen
	}
	pa.st.recs = append(pa.st.recs, r)
	return len(pa.st.recs) - 1
}

// intro remembers the speaker of a paragraph ending "Cruz continued:" for
// the quote that opens the next paragraph.
func (pa *para) intro(s sentence) {
	t := pa.toks[s.b-1]
	if t.kind != tPunct {
		return
	}
	if t.text == ":" {
		if sp, c, ok := pa.leftAttribution(s, s.b); ok && sp != nil && sp.kind != extractor.Unknown {
			pa.st.intro = &rec{sp: sp, cue: c, list: true}
			return
		}
		// "… — Crane called them on it:": the clause closing with the colon
		// opens with a person and a verb; its quotation follows.
		toks := pa.toks
		a := s.b - 2
		for a > s.a && !isComma(toks[a-1]) && !isDash(toks[a-1]) && toks[a-1].text != "!" && toks[a-1].text != "?" && s.b-a <= 12 {
			a--
		}
		b := a
		for b < s.b-1 && toks[b].kind == tWord && toks[b].capital && nameWord(toks[b]) {
			b++
		}
		if b > a && b < s.b-1 && toks[b].kind == tWord && !toks[b].capital && (pastVerb(toks[b]) || strings.HasSuffix(toks[b].low, "s")) && !pa.anyHeld(a, s.b) {
			if e := pa.st.reg.bySurname(toks[b-1].low); e != nil && e.kind == extractor.Person {
				sp := pa.st.resolve(pa.p, toks, phrase{a: a, b: b, end: b})
				pa.st.intro = &rec{sp: sp, cue: ":", class: classSpeech}
			}
		}
		return
	}
	// "Senator John Corwin, Republican from Ostland, issued a statement
	// about the decision." closing the paragraph: the statement is
	// the quote that opens the next one.
	if t.text == "." && wordsIn(pa.toks, s.a, s.b) <= 40 {
		for k := s.a + 2; k < s.b; k++ {
			if l := pa.toks[k].low; (l == "statement" || l == "statements") && articles[pa.toks[k-1].low] && issueVerbs[pa.toks[k-2].low] && !pa.anyHeld(k-2, s.b) {
				ph, ok := backPhrase(pa.p, pa.toks, k-2, s.a)
				if !ok {
					ph, ok = pa.subject(s, k-2)
				}
				if ok && ph.end <= k-2 {
					if sp := pa.st.resolve(pa.p, pa.toks, ph); sp.kind != extractor.Unknown {
						pa.st.intro = &rec{sp: sp, cue: span(pa.p, pa.toks, k-2, k+1), class: classSpeech}
					}
				}
				return
			}
		}
	}
	// "Howard continued his remarks." closing the paragraph: a short
	// sentence with a speech cue and no claim of its own introduces the
	// quote that opens the next one.
	if t.text != "." || wordsIn(pa.toks, s.a, s.b) > 24 || pa.anyHeld(s.a, s.b) {
		return
	}
	for c := s.a + 1; c < s.b; c++ {
		if !sayCue(pa.toks[c].low) || pa.used[c] {
			continue
		}
		if wordsIn(pa.toks, c+1, s.b) > 5 || wordsIn(pa.toks, s.a, s.b) > 8 && !pa.shortTail(c+1, s.b-1) && !pa.tailOnly(c+1, s.b-1) {
			return // more than the speaker and where it was said
		}
		if c+1 < s.b && pa.toks[c+1].low == "for" {
			return // "Mara Lind writes for the Gazette.": a byline
		}
		ph, ok := backPhrase(pa.p, pa.toks, c, s.a)
		if !ok || ph.a != s.a && !(ph.a == s.a+1 && conjunctions[pa.toks[s.a].low]) {
			return
		}
		if sp := pa.st.resolve(pa.p, pa.toks, ph); sp.kind != extractor.Unknown {
			pa.st.intro = &rec{sp: sp, cue: pa.toks[c].text}
		}
		return
	}
}

func (pa *para) anyHeld(a, b int) bool {
	for i := a; i < b; i++ {
		if pa.held[i] || pa.used[i] {
			return true
		}
	}
	return false
}

// introduced gives the quote opening the paragraph the speaker introduced
// at the end of the previous one.
func (pa *para) introduced(intro *rec) {
	if intro == nil || len(pa.qs) == 0 || pa.toks[0].kind != tQuote || pa.qs[0].contPrev {
		return
	}
	if ri := pa.qrec[0]; ri >= 0 {
		if r := &pa.st.recs[ri]; r.sp == nil && r.typ == extractor.Direct {
			r.sp, r.cue, r.base, r.explicit = intro.sp, intro.cue, baseSplit, true
			if intro.class != classNone {
				r.class = intro.class
			}
		}
	}
}

// inheritWithin gives a direct quote with no attribution of its own the
// speaker of the nearest attributed quote of the same paragraph, before it or
// else after it: “The plan failed,” she said. “We start again.”
func (pa *para) inheritWithin() {
	recs := pa.st.recs
	n := len(pa.qrec)
	attributed := func(k int) bool {
		r := pa.qrec[k]
		return r >= 0 && recs[r].explicit && recs[r].sp != nil &&
			(recs[r].typ == extractor.Direct || recs[r].typ == extractor.Mixed && recs[r].sp.kind != extractor.Unknown)
	}
	// Nearest attributed quote before and after each quote, in two passes.
	before, after := make([]int, n), make([]int, n)
	last := -1
	for k := 0; k < n; k++ {
		before[k] = last
		if attributed(k) {
			last = k
		}
	}
	last = -1
	for k := n - 1; k >= 0; k-- {
		after[k] = last
		if attributed(k) {
			last = k
		}
	}
	for qi, ri := range pa.qrec {
		if ri < 0 || recs[ri].sp != nil || recs[ri].typ != extractor.Direct || pa.qs[qi].contPrev {
			continue // carried quotes take their speaker from the chain
		}
		from := before[qi]
		if from < 0 {
			from = after[qi]
		}
		if from >= 0 && recs[pa.qrec[from]].typ == extractor.Mixed && pa.sent[from] == pa.sent[qi] {
			from = -1 // a partial quote lends its speaker only to the sentences after it
		}
		if from >= 0 && pa.sent[from] == pa.sent[qi] && !pa.adjacent(from, qi) {
			// "Teachers chanted, “Fund our schools,” many holding signs with
			// sayings such as “…”": the sign is not the chant.
			from = -1
		}
		if from >= 0 {
			f := recs[pa.qrec[from]]
			recs[ri].sp, recs[ri].base, recs[ri].cue = f.sp, baseSplit, f.cue
			continue
		}
		// "The board may wait, Shaw said. “The other factor
		// is …”": a quote right after a reported claim goes on with its
		// speaker.
		if pa.qs[qi].open > 0 && pa.sent[qi] > 0 {
			for r := len(recs) - 1; r >= 0; r-- {
				f := recs[r]
				if f.para != pa.idx || f.end > pa.qs[qi].open || r == ri {
					continue
				}
				if f.explicit && f.sp != nil && f.sp.kind != extractor.Unknown && f.typ != extractor.Direct &&
					wordCount(pa.p[f.end:pa.qs[qi].open]) <= 12 && !strings.ContainsAny(pa.p[f.end:pa.qs[qi].open], "“”\"") {
					recs[ri].sp, recs[ri].base, recs[ri].cue, recs[ri].class = f.sp, baseQuotePara, f.cue, f.class
				}
				break
			}
		}
	}
}

// adjacent says whether little more than the attribution stands between
// quotes q1 and q2 of a sentence: “The plan failed,” she said of the vote,
// “and we start again.”
func (pa *para) adjacent(q1, q2 int) bool {
	a, b := pa.qtok[q1], pa.qtok[q2]
	if a > b {
		a, b = b, a
	}
	n := 0
	for i := a + 1; i < b; i++ {
		if t := pa.toks[i]; t.kind == tWord && !pa.used[i] {
			if n++; n > 6 {
				return false
			}
		}
	}
	return true
}

// inheritAcross links a quote carried over from the previous paragraph to its
// earlier piece, and gives a paragraph that is only a quote the speaker of
// the quote just before it.
func (pa *para) inheritAcross(lastRec int) {
	if len(pa.qs) == 0 || lastRec < 0 {
		return
	}
	recs := pa.st.recs
	first := pa.qrec[0]
	prev := &recs[lastRec]
	if pa.qs[0].contPrev && first >= 0 && recs[first].typ == extractor.Direct {
		recs[first].prev = lastRec
		if recs[first].sp == nil && prev.sp != nil {
			recs[first].sp, recs[first].base, recs[first].cue = prev.sp, baseCarried, prev.cue
		}
		return
	}
	if !pa.onlyQuotes() || prev.sp == nil || prev.sp.kind == extractor.Unknown || prev.typ != extractor.Direct {
		return
	}
	for _, ri := range pa.qrec {
		if ri >= 0 && recs[ri].sp == nil && recs[ri].typ == extractor.Direct {
			recs[ri].sp, recs[ri].base, recs[ri].cue = prev.sp, baseQuotePara, prev.cue
		}
	}
}

// onlyQuotes says whether the paragraph is quotes and punctuation only.
func (pa *para) onlyQuotes() bool {
	for _, t := range pa.toks {
		if t.kind == tWord {
			return false
		}
	}
	return true
}

// observe remembers the people and organizations a sentence names, outside
// quotes and attributions, so that later short references and pronouns can
// resolve to them.
func (pa *para) observe(s sentence) {
	toks := pa.toks
	for i := s.a; i < s.b; i++ {
		if pa.used[i] || toks[i].kind != tWord || !toks[i].capital {
			continue
		}
		if toks[i].first && (stopCaps[toks[i].low] || openerWords[toks[i].low]) {
			continue // "But Sten Vik, …": the run starts after "But"
		}
		j := i
		for j < s.b && !pa.used[j] && toks[j].kind == tWord && (toks[j].capital || particles[toks[j].low] ||
			affilPreps[toks[j].low] && j+1 < s.b && (toks[j+1].capital || toks[j+1].low == "the" && j+2 < s.b && toks[j+2].capital) && orgContinues(toks, j, s.b) ||
			toks[j].low == "the" && j > i && affilPreps[toks[j-1].low] && j+1 < s.b && toks[j+1].capital) { // "Harbor Council for the Care of Rowers"
			j++
		}
		if j-i >= 2 || j-i == 1 && isAcronym(toks[i].text) {
			pa.observeRun(s, i, j)
		} else if j-i == 1 && i-2 >= s.a && isComma(toks[i-1]) && (isTitle(toks[i-2]) || personNouns[toks[i-2].low]) && givenName(toks[i].low) &&
			pa.st.reg.bySurname(toks[i].low) == nil {
			// "His wife, Jane, gave a hint": a person known by a
			// given name alone, whom "she" may mean next.
			pa.st.resolve(pa.p, toks, phrase{a: i, b: i + 1, end: i + 1})
		} else if j-i == 1 {
			// "Nurses did not see Petrov": a mention of a person named
			// before, which "the governor" may refer back to. As a subject
			// ("Steenburgen had spent …", "Buckley, who …, worried") it is
			// also who a following "she" means.
			if e := pa.st.reg.bySurname(toks[i].low); e != nil {
				// "Dale, the former governor of Maine, stressed":
				// the role given here is the one later records use.
				if k := pa.appositiveAfter(s, i+1); k > 0 && e.role == "" && e.aff == "" {
					pa.st.resolve(pa.p, toks, phrase{a: i, b: i + 1, appA: i + 2, appB: k, end: k})
					j = k
				}
				e.para = max(e.para, pa.idx)
				if e.kind != extractor.Person || !pa.afterOpeningPhrase(s, i) {
					if pa.subjectAt(s, i) {
						pa.st.reg.touch(e)
					}
				} else {
					// "Introduced at the podium by Joe Arden, the sheriff,
					// Vale launched into …": the subject after the phrase,
					// whom "he" means next.
					pa.st.reg.touch(e)
					pa.st.reg.lastClauseSubj = e
				}
			} else if len(pa.st.reg.bySur[toks[i].low]) > 1 && pa.subjectAt(s, i) && pa.st.reg.subjSur == "" {
				pa.st.reg.subjSur = toks[i].low
			}
		}
		i = j
	}
}

func (pa *para) observeRun(s sentence, a, b int) {
	toks := pa.toks
	if last := &toks[b-1]; b-a >= 2 && isPossessive(last.low) {
		// "Taylor Swift's first albums": the name without its "'s", for
		// the time of this call.
		saved := *last
		last.text = trimPossessive(last.text)
		last.low = lower(last.text)
		last.end = last.start + len(last.text)
		defer func() { toks[b-1] = saved }()
	}
	if isOrgRun(toks, a, b) && !titledPerson(toks, a, b) {
		name := span(pa.p, toks, a, b)
		if isAcronym(name) {
			return // a bare acronym names nothing new
		}
		e := pa.st.reg.org(name)
		// "the Center for Urban Policy (CUP)"
		if b+2 < s.b && toks[b].text == "(" && toks[b+2].text == ")" && isAcronym(toks[b+1].text) {
			e.acronym = toks[b+1].text
		}
		return
	}
	// "Big Harbor have twice denied it": a name that is the subject of a
	// plural verb is a company's or a band's, not a person's; "they" may
	// refer to it next.
	if b < s.b && pluralVerbs[toks[b].low] && (a == s.a || isComma(toks[a-1])) &&
		pa.st.reg.bySurname(toks[b-1].low) == nil && !givenName(toks[a].low) && !isGroup(toks[b-1]) && !numberWords[toks[a].low] { // not "Two Americans were killed"
		pa.st.reg.org(span(pa.p, toks, a, b))
		return
	}
	// "Veloria's trade minister, Henrik Aalto, ...": the name is an appositive.
	if a-2 >= s.a && isComma(toks[a-1]) && isTitle(toks[a-2]) && allNames(toks, a, b) && b-a >= 2 {
		if h := npLeft(toks, a-1, s.a); h >= 0 {
			pa.st.resolve(pa.p, toks, phrase{a: h, b: a - 1, appA: a, appB: b, end: b})
			return
		}
	}
	// A person: a known given name, or a title or honorific before the name
	// ("Eastport Mayor Richard Vance", "Ms. Lopez").
	t := -1
	ts := b // where titles may stand: not a surname that is a title word ("Martin Judge")
	if b-a >= 2 && titleSurname(toks[b-2], toks[b-1]) {
		ts = b - 1
	}
	for i := a; i < ts; i++ {
		if _, ok := honorifics[toks[i].low]; ok || titles[toks[i].low] {
			t = i
		} else if _, ok := titleAbbrev[toks[i].low]; ok {
			t = i
		}
	}
	n0 := t + 1
	if t < 0 {
		n0 = a
	}
	if b-n0 < 1 || !allNames(toks, n0, ts) {
		return
	}
	// A known given name inside the run starts the name: "Norway Kurt
	// Volden" after "special envoy to".
	if g := givenStart(toks, n0, b); g > n0 {
		n0 = g
	}
	_, known := firstNames[toks[n0].low]
	titled := t >= 0 || a > s.a && isTitle(toks[a-1])
	inUse := b-n0 >= 2 && pa.st.reg.doc.surnameInUse(toks[b-1].text)
	if !titled && !inUse && (!known || b-n0 < 2) {
		// "Sten Vik, chief of the buying desk at Malmvik, was
		// more sceptical": a name described by a title after it.
		k := pa.appositiveAfter(s, b)
		_, ck := pa.copularRole(s, b)
		if b-n0 < 2 || (k == 0 || !hasTitle(toks, b+1, k)) && ck == 0 {
			return
		}
	}
	if inUse && !titled && !known && b-n0 > 2 && !(b-n0 == 3 && middleNames[toks[n0+1].low]) {
		n0 = b - 2 // "Britain Liu Xiaming": the last two words
	}
	start := a
	if n0 > a && !titled {
		start = n0
	}
	// "Gulls captain Jack Ennis", "Kestrel founder and co-CEO Mara
	// Benning": the title and its organization before the run belong to
	// the phrase.
	titleSeen := false
	for start > s.a && !pa.used[start-1] {
		w := toks[start-1]
		switch {
		case isTitle(w) || officeWords[w.low] || roleModifiers[w.low] || w.low == "and" && start-2 > s.a && isTitle(toks[start-2]):
			titleSeen = titleSeen || isTitle(w)
			start--
			continue
		case titleSeen && w.capital && (nameWord(w) || isAcronym(w.text) || orgWords[w.low] || isGroup(w) && w.first):
			// "Steelers defensive captain", "Indiana House Speaker".
			start--
			continue
		}
		break
	}
	ph, ok := fwdPhrase(pa.p, toks, start, s.b, false)
	if !ok || ph.b != b {
		ph = phrase{a: start, b: b, end: b}
	}
	// "help from one of the advisers, Owen Dale, a marine surveyor at the
	// Aberdeen Royal Infirmary.": an appositive after the name gives the
	// role and the affiliation the later records use.
	if ph.appB <= ph.appA {
		if k := pa.appositiveAfter(s, b); k > 0 {
			ph.appA, ph.appB, ph.end = b+1, k, k
		} else if a, k := pa.copularRole(s, b); k > 0 {
			// "Ann Vale is the chief economist": the role the
			// article gives the person, though no quote is beside it.
			ph.appA, ph.appB, ph.end = a, k, k
		}
	}
	pa.st.resolve(pa.p, toks, ph)
}

// copularRole returns the start and the end of a description after "is",
// "was" or "is listed as" following a name that ends at b ("Ann Vale is the
// chief economist at Harbor Bank"), or zeros: a determiner, then a title
// within a few words.
func (pa *para) copularRole(s sentence, b int) (int, int) {
	toks := pa.toks
	if b+3 >= s.b || toks[b].low != "is" && toks[b].low != "was" {
		return 0, 0
	}
	if b+4 < s.b && (toks[b+1].low == "listed" || toks[b+1].low == "named" || toks[b+1].low == "described" || toks[b+1].low == "identified") && toks[b+2].low == "as" {
		b += 2 // "Dahla Hamm is listed as the head of …"
	}
	if toks[b+1].low != "a" && toks[b+1].low != "an" && toks[b+1].low != "the" {
		return 0, 0
	}
	k := b + 2
	for k < s.b && k-b <= 12 && toks[k].kind == tWord && !relPronouns[toks[k].low] {
		k++
	}
	if !hasTitle(toks, b+2, k) || pa.anyUsed(b+1, k) {
		return 0, 0
	}
	return b + 1, k
}

// appositiveAfter returns the end of an appositive set off by a comma after
// a name ending at b ("Fiorina, the former Harbor Tech CEO, took on",
// "Ray Tull, Citizens for Harbor's executive director, praised"), or 0.
func (pa *para) appositiveAfter(s sentence, b int) int {
	toks := pa.toks
	if b+2 >= s.b || !isComma(toks[b]) {
		return 0
	}
	k := b + 1
	owner := false // a possessive organization opens it
	for k < s.b && k-b <= 16 && toks[k].kind == tWord {
		owner = owner || k > b+1 && toks[k].capital && isPossessive(toks[k].low)
		k++
	}
	if !(determiners[toks[b+1].low] || isTitle(toks[b+1]) || owner && toks[b+1].capital) {
		return 0
	}
	if k > b+2 && (k == s.b || toks[k].kind == tPunct) && !pa.anyUsed(b+1, k) && looksAppositive(toks, b+1, k) {
		return k
	}
	return 0
}

func givenName(l string) bool {
	_, ok := firstNames[l]
	return ok
}

// pluralVerbs follow a plural subject.
var pluralVerbs = set(`have are were`)

// wordCount counts the words of s.
func wordCount(s string) int {
	return wordCountUpTo(s, len(s))
}

// wordCountUpTo counts the words of s, stopping once it has counted more
// than limit.
func wordCountUpTo(s string, limit int) int {
	n, in := 0, false
	for i := 0; i < len(s); {
		var w bool
		if c := s[i]; c < utf8.RuneSelf {
			w = asciiWord[c]
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			w = unicode.IsLetter(r) || unicode.IsDigit(r)
			i += size
		}
		if w && !in {
			n++
			if n > limit {
				return n
			}
		}
		in = w
	}
	return n
}

// sameSentence gives a direct quote of sentence s with no attribution the
// speaker of the sentence's reported speech: Axelrod said this was a
// mistake and that she had learned: “They are ready.” Records from first on
// are the sentence's.
func (pa *para) sameSentence(s sentence, first int) {
	recs := pa.st.recs
	var from *rec
	for i := first; i < len(recs); i++ {
		if recs[i].explicit && recs[i].sp != nil && recs[i].sp.kind != extractor.Unknown && recs[i].typ != extractor.Direct {
			from = &recs[i] // a direct quote's pieces are inheritWithin's
			break
		}
	}
	if from == nil {
		return
	}
	for i := first; i < len(recs); i++ {
		if recs[i].sp == nil && recs[i].typ == extractor.Direct {
			recs[i].sp, recs[i].cue, recs[i].base = from.sp, from.cue, baseSplit
		}
	}
}

// subjectAt says whether the name at i stands where a subject does: near
// the start of the sentence (or after an opening phrase and its comma) and
// before a verb or an appositive comma.
func (pa *para) subjectAt(s sentence, i int) bool {
	toks := pa.toks
	if i+1 >= s.b || i-s.a > 8 {
		return false
	}
	if i > s.a && !isComma(toks[i-1]) && !conjunctions[toks[i-1].low] {
		return false
	}
	n := toks[i+1]
	return isComma(n) || n.kind == tWord && !n.capital && !affilPreps[n.low] && !isPossessive(toks[i].low)
}

// listItem records a paragraph that is an item of a list introduced by
// "Rosa Kline said:" as a claim of that speaker, and passes the
// introduction on to the next paragraph. An item is a paragraph with no
// record of its own that opens with a bullet or a number, or is short and
// holds no quotation.
func (pa *para) listItem(intro *rec) {
	if intro == nil || !intro.list || len(pa.toks) == 0 || pa.toks[0].kind == tQuote {
		return
	}
	for _, r := range pa.st.recs[max(0, len(pa.st.recs)-len(pa.toks)):] {
		if r.para == pa.idx {
			return // a paragraph with its own attribution ends the list
		}
	}
	a := 0
	bullet := false
	if t := pa.toks[0]; t.kind == tPunct && strings.ContainsAny(t.text, "-–—•·*▪") {
		a, bullet = 1, true
	} else if t.kind == tWord && isDigitStart(t.low, 0) && len(pa.toks) > 1 && (pa.toks[1].text == "." || pa.toks[1].text == ")") {
		a, bullet = 2, true
	}
	if !bullet && (wordCount(pa.p) > 40 && intro.items > 0 || len(pa.qs) > 0) {
		return // only the first paragraph after "said:" may be a long block
	}
	// Items are alike: after a bulleted item only bulleted ones, after a
	// plain one only plain ones, and a dozen at most.
	if intro.items > 0 && intro.bullets != bullet || intro.items >= 12 {
		return
	}
	b := len(pa.toks)
	if a >= b || wordsIn(pa.toks, a, b) < minContentWords {
		return
	}
	r := rec{start: pa.toks[a].start, end: pa.toks[b-1].end, typ: extractor.Indirect, sp: intro.sp, cue: intro.cue,
		class: intro.class, base: baseQuotePara, explicit: true}
	pa.add(r)
	next := *intro
	next.items, next.bullets = intro.items+1, bullet
	pa.st.intro = &next
}

// labelled records a paragraph of a transcript, "KATE BOULDUAN: Why not
// debate?" or "A: We were scared.", as said by its label (a name; Q and A
// name nobody and stay unknown), when the paragraph has no record of its
// own.
func (pa *para) labelled() bool {
	toks := pa.toks
	k := 0
	for k < len(toks) && k < 4 && toks[k].kind == tWord && toks[k].capital {
		k++
	}
	if k == 0 || k >= len(toks)-1 || toks[k].text != ":" || labelWords[toks[0].low] || isPlace(toks, 0, k) || pa.idx == 0 && k > 1 {
		return false // "NEW DELHI:" is a dateline
	}
	if k == 1 && toks[0].low == "q" {
		return true // a question put by the interviewer is no claim
	}
	a, b := k+1, len(toks)
	if wordsIn(toks, a, b) < 3 || toks[a].kind == tQuote {
		return false // "Lopez said:" and the like: a quotation follows
	}
	if k == 1 && toks[0].low != "a" || !(k >= 2 && allUpper(toks, 0, k)) && !(k == 1 && toks[0].low == "a") {
		// A name in ordinary case before a colon is a transcript's label
		// only in an interview's shape: all capitals, or Q and A.
		return false
	}
	r := rec{start: toks[a].start, end: toks[b-1].end, typ: extractor.Indirect, cue: ":", class: classSpeech, base: baseQuotePara, explicit: true}
	switch {
	case k == 1 && toks[0].low == "a":
		// The one who answers: whom the piece interviews, named before
		// the first answer, or unknown.
		if pa.st.interviewee == nil {
			for i := len(pa.st.reg.recent) - 1; i >= 0; i-- {
				if e := pa.st.reg.recent[i]; e.kind == extractor.Person {
					sp := &speaker{mention: "A", res: resDesc}
					pa.st.fromEntity(sp, e)
					pa.st.interviewee = sp
					break
				}
			}
		}
		if pa.st.interviewee != nil {
			r.sp, r.typ = pa.st.interviewee, extractor.Direct
		}
	case k >= 2 && allUpper(toks, 0, k):
		// "KATE BOULDUAN:": a transcript's speaker, written in capitals.
		ws := make([]string, k)
		for i := range ws {
			ws[i] = titleCase(toks[i].text)
		}
		sp := &speaker{mention: span(pa.p, toks, 0, k), res: resNamed}
		if e, ambiguous := pa.st.reg.person(ws, unknownGender, ""); !ambiguous {
			pa.st.fromEntity(sp, e)
		}
		r.sp = sp
	}
	pa.add(r)
	return true
}

func allUpper(toks []token, a, b int) bool {
	for i := a; i < b; i++ {
		if toks[i].text != strings.ToUpper(toks[i].text) {
			return false
		}
	}
	return true
}

// titleCase writes an all-capitals word as a name: BOULDUAN is Boulduan.
func titleCase(w string) string {
	r := []rune(strings.ToLower(w))
	if len(r) > 0 {
		r[0] = unicode.ToUpper(r[0])
	}
	return string(r)
}

// labelWords open a paragraph with a colon without naming a speaker.
var labelWords = set(`photo photos image images video update updated related read note editor's editor’s source
	credit credits correction watch listen more follow tags tag caption advertisement sponsored also see
	warning update: breaking live`)

// sentenceIntros gives a quote opening a sentence the speaker of a short
// sentence before it in the paragraph that only introduces it: "Sam Lau,
// the club's spokesman, said in a statement. “There are no tickets.”"
func (pa *para) sentenceIntros(ss []sentence) {
	saved := pa.st.intro
	defer func() { pa.st.intro = saved }()
	for i := 0; i+1 < len(ss); i++ {
		next := ss[i+1]
		if pa.toks[next.a].kind != tQuote {
			continue
		}
		ri := pa.qrec[pa.toks[next.a].q]
		if ri < 0 || pa.st.recs[ri].sp != nil || pa.st.recs[ri].typ != extractor.Direct {
			continue
		}
		pa.st.intro = nil
		pa.intro(ss[i])
		if in := pa.st.intro; in != nil && !in.list {
			r := &pa.st.recs[ri]
			r.sp, r.cue, r.base, r.explicit = in.sp, in.cue, baseSplit, true
			if in.class != classNone {
				r.class = in.class
			}
		} else if in == nil && pa.toks[ss[i].b-1].text == "." && !pa.attributedAfter(pa.toks[next.a].q) {
			// "Asante was more cautious. “…”": the quote is the subject's.
			if sp := pa.leadSubject(ss[i].a, ss[i].b-1); sp != nil {
				r := &pa.st.recs[ri]
				r.sp, r.base, r.explicit, r.class = sp, baseLead, true, classSpeech
			}
		}
	}
}

// inlineSignOffs gives a quote followed by a dash and a name, as reader
// roundups string them in one paragraph ("“The ferry scares me.” ― Kris
// Cole “It never runs.” ― Esther Tapp"), that name as its speaker.
func (pa *para) inlineSignOffs() {
	toks := pa.toks
	recs := pa.st.recs
	for qi, ri := range pa.qrec {
		if ri < 0 || recs[ri].sp != nil && recs[ri].sp.kind != extractor.Unknown {
			continue
		}
		k := pa.qtok[qi] + 1
		if k >= len(toks) || !isDash(toks[k]) {
			continue
		}
		k++
		e := k
		for e < len(toks) && e-k < 4 && toks[e].kind == tWord && toks[e].capital && nameWord(toks[e]) {
			e++
		}
		if e == k || e < len(toks) && toks[e].kind != tQuote && toks[e].text != "." && !isComma(toks[e]) {
			continue
		}
		sp := pa.st.resolve(pa.p, toks, phrase{a: k, b: e, end: e})
		if sp.kind == extractor.Unknown {
			continue
		}
		pa.markUsed(k, e, phrase{})
		r := &recs[ri]
		r.sp, r.explicit, r.base, r.cue, r.class = sp, true, baseTrailing, toks[k-1].text, classSpeech
		if r.typ == extractor.Mixed {
			r.typ = extractor.Direct
		}
	}
}

// signOff reads a paragraph that only names who spoke the quote paragraph
// before it, as quote roundups and fact-check columns sign their quotes:
// "— Mayor Ann Lee." or "- Lee, at the hearing." Each quote of that
// paragraph left without a speaker becomes the named one's.
func (pa *para) signOff() bool {
	toks := pa.toks
	k := 0
	for k < len(toks) && k < 2 && isDash(toks[k]) {
		k++
	}
	if k == 0 || len(toks)-k > 16 || len(pa.qs) > 0 || pa.idx == 0 {
		return false
	}
	recs := pa.st.recs
	var before []int // the records of the paragraph before, none attributed
	for r := len(recs) - 1; r >= 0 && recs[r].para >= pa.idx-1; r-- {
		if recs[r].para != pa.idx-1 || recs[r].typ != extractor.Direct || recs[r].sp != nil && recs[r].sp.kind != extractor.Unknown {
			return false
		}
		before = append(before, r)
	}
	if len(before) == 0 {
		return false
	}
	ph, ok := fwdPhrase(pa.p, toks, k, len(toks), true)
	if !ok || ph.end < len(toks)-1 && !isComma(toks[ph.end]) && toks[ph.end].text != "." {
		return false
	}
	sp := pa.st.resolve(pa.p, toks, ph)
	if sp.kind == extractor.Unknown || sp.kind == extractor.Anonymous && ph.b-ph.a < 2 {
		return false
	}
	for _, r := range before {
		recs[r].sp, recs[r].explicit, recs[r].base, recs[r].cue, recs[r].class = sp, true, baseTrailing, toks[k-1].text, classSpeech
	}
	return true
}

// attributedAfter says whether a quote after quote q in the paragraph has
// an attribution of its own: “We tried.” “It failed,” said Ana Ortiz.
func (pa *para) attributedAfter(q int) bool {
	for _, ri := range pa.qrec[q+1:] {
		if ri >= 0 && pa.st.recs[ri].explicit && pa.st.recs[ri].sp != nil {
			return true
		}
	}
	return false
}

// noteMentions marks every person named before whom the sentence names
// again, in any position ("…, though Ginsburg is known for …"), as
// mentioned now: a pronoun in the paragraphs after may still mean that
// person. Such mentions make no subject of the sentence.
func (pa *para) noteMentions(s sentence) {
	toks := pa.toks
	if len(pa.st.reg.bySur) == 0 {
		return
	}
	for i := s.a; i < s.b; i++ {
		t := toks[i]
		if t.kind != tWord || !t.capital || t.first || i+1 < s.b && toks[i+1].kind == tWord && toks[i+1].capital && nameWord(toks[i+1]) {
			continue // the last word of a run of names
		}
		l := t.low
		if isPossessive(l) {
			l = trimPossessive(l)
		}
		if e := pa.st.reg.bySurname(l); e != nil && e.kind == extractor.Person {
			pa.st.reg.mention(e)
			if (e.role == "" || e.aff == "") && !isPossessive(t.low) {
				pa.learnOffice(s, e, i+1)
			}
		}
	}
}

// learnOffice reads the office a mention outside any attribution gives a
// person already known ("backing Gov. Jon Kell of Ohio", "Sen. Ted
// Cole of Texas and …"): the role and the body fill what the person lacks,
// on every record of that person.
func (pa *para) learnOffice(s sentence, e *entity, hb int) {
	toks := pa.toks
	n0 := hb
	for n0-1 >= s.a && hb-n0 < 4 && toks[n0-1].kind == tWord && toks[n0-1].capital && nameWord(toks[n0-1]) {
		n0--
	}
	a := n0
	for a-1 >= s.a && n0-a < 10 && toks[a-1].kind == tWord && (isTitle(toks[a-1]) || titleAbbrev[toks[a-1].low] != "" || toks[a-1].capital && !isPossessive(toks[a-1].low) ||
		officeWords[toks[a-1].low] || roleModifiers[toks[a-1].low] ||
		nameJoiners[toks[a-1].low] && a-2 >= s.a && (toks[a-2].capital || nameJoiners[toks[a-2].low])) { // "Council for the Care of Rowers campaigner"
		a--
	}
	for a < n0 && nameJoiners[toks[a].low] {
		a++
	}
	role, aff := "", ""
	if a < n0 {
		role, aff, _ = pa.st.prefixRole(pa.p, toks, a, n0)
	}
	// "Gov. John Kasich of Ohio": the state of a state's office.
	if aff == "" && role != "" && hb+1 < s.b && toks[hb].low == "of" && toks[hb+1].capital && stateOffices[lower(lastWord(role))] {
		pe := hb + 1
		for pe < s.b && pe-hb <= 2 && toks[pe].kind == tWord && toks[pe].capital {
			pe++
		}
		if isState(span2(toks, hb+1, pe)) {
			aff = span(pa.p, toks, hb+1, pe)
		}
	}
	// "testimony by Greg Hale, the former second-ranking diplomat at the
	// embassy": an appositive after the name.
	if role == "" && aff == "" && hb+2 < s.b && isComma(toks[hb]) && (toks[hb+1].low == "the" || toks[hb+1].low == "a" || toks[hb+1].low == "an") {
		k := hb + 1
		for k < s.b && k-hb <= 16 && toks[k].kind == tWord {
			k++
		}
		if k > hb+2 && (k == s.b || isComma(toks[k]) || toks[k].kind == tPunct && strings.ContainsAny(toks[k].text, ".;")) && looksAppositive(toks, hb+1, k) {
			role, aff = pa.st.appositiveRole(pa.p, toks, hb+1, k)
		}
	}
	role, aff = tidyRoleAff(trimField(role), trimField(aff))
	if !isCapital(stripThe(aff)) {
		aff = "" // "a law lecturer in his first race": only a named body
	}
	if royalTitles[lower(role)] {
		role = "" // "Prince Edmund": the title is the name's
	}
	if e.role == "" && role != "" {
		e.role = role
	}
	if e.aff == "" && aff != "" {
		e.aff = aff
	}
}

// pronounSubject touches the person a pronoun subject at i means ("He's
// been a loyal backer of Vale.", "In a later interview, she joked
// …"), so that its person stays the subject for the next sentence.
func (pa *para) pronounSubject(s sentence, i int) bool {
	toks := pa.toks
	if i+1 >= s.b || toks[i].kind != tWord || toks[i+1].kind != tWord || toks[i+1].capital {
		return false
	}
	switch toks[i].low {
	case "he", "she", "he's", "she's", "he’s", "she’s":
	default:
		return false
	}
	e := pa.st.reg.pronoun(pronouns[toks[i].low])
	if e == nil || e.kind != extractor.Person {
		return false
	}
	pa.st.reg.touch(e)
	return true
}

// afterOpeningPhrase says whether the name at i is the subject of its
// sentence after an opening participle or prepositional phrase, set off by
// a comma, that has no verb of its own: "Introduced by Joe Arpaio, Trump
// spoke", "After a long meeting with the mayor, Vale said".
func (pa *para) afterOpeningPhrase(s sentence, i int) bool {
	toks := pa.toks
	if i-2 < s.a || i+1 >= s.b || !isComma(toks[i-1]) || i-s.a > 30 {
		return false
	}
	n := toks[i+1]
	if n.kind != tWord || n.capital || affilPreps[n.low] {
		return false
	}
	a := s.a
	for a < i && toks[a].kind == tWord && (conjunctions[toks[a].low] || toks[a].low == "even" || toks[a].low == "just" || toks[a].low == "shortly") {
		a++ // "But even after Clinton dropped …, Sanders continued"
	}
	o := toks[a]
	sub := subordinators[o.low] && o.low != "if" && o.low != "unless"
	if o.kind != tWord || !(circumPreps[o.low] || sub ||
		len(o.low) > 4 && (strings.HasSuffix(o.low, "ed") || strings.HasSuffix(o.low, "ing"))) {
		return false
	}
	for k := a + 1; k < i-1; k++ {
		t := toks[k]
		if t.kind == tQuote || t.text == ";" || t.text == ":" {
			return false
		}
		// A subordinate clause has verbs of its own; a phrase has none.
		if !sub && t.kind == tWord && (finiteAux[t.low] || subjectPronouns[t.low] || isCueWord(t)) {
			return false
		}
	}
	return true
}
