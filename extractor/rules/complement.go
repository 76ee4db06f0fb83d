package rules

import "strings"

// Content that is no clause: the complements of cues that take an
// infinitive ("vowed to fight"), an object and an infinitive ("urged
// Congress to act"), an object and a predicate ("described the plan as
// reckless") or an object alone ("criticized the plan").

// maxObject bounds how far an object may reach before its "to" or "as".
const maxObject = 12

// complement records the content after a cue whose speaker phrase ph
// stands before it, for the frames other than a clause. e is the end of the
// sentence's content.
func (pa *para) complement(s sentence, cu cue, ph phrase, e int) bool {
	return pa.complementSpeaker(s, cu, e, ph.docHead(pa.toks), func() *speaker {
		pa.markUsed(ph.a, ph.end, ph)
		return pa.st.resolve(pa.p, pa.toks, ph)
	})
}

// complementSpeaker is complement with the speaker who() gives, called
// only once the content is accepted.
func (pa *para) complementSpeaker(s sentence, cu cue, e int, docSubject bool, who func() *speaker) bool {
	toks := pa.toks
	k := pa.skipTime(cu.next, e)
	if k >= e {
		return false
	}
	f := cu.info.frames
	rb := cu.at - 1 // "who on Tuesday endorsed Lund": time words after the pronoun
	for rb > s.a && rb > cu.at-4 && (toks[rb].kind == tWord && (weekdays[toks[rb].low] || timeAdverbs[toks[rb].low] || toks[rb].low == "on" || toks[rb].low == "also" || adverbLy(toks[rb].low))) {
		rb--
	}
	relative := cu.at > 0 && rb >= 0 && (toks[rb].low == "who" || toks[rb].low == "that" || toks[rb].low == "which")
	if relative && rb-1 >= s.a && isComma(toks[rb-1]) && (toks[rb].low == "who" || toks[rb].low == "which" && toks[rb-2].capital) {
		// "Holm, who openly lobbied for …", "Ostland, which accuses him
		// of …": a clause set off by commas says what its subject did;
		// its content ends with the clause.
		relative = false
		for i := cu.next; i < e; i++ {
			if isComma(toks[i]) {
				e = i
				break
			}
		}
	}
	if relative && f&(fThat|fZero|fClause) == 0 {
		return false // "the deckhand who reported the leak": no claim
	}
	switch {
	case f&fWh != 0 && questionWords[toks[k].low] && k+1 < e:
		// "questioned how the fund would be spent": the question asked.
		return pa.emitComplement(k, pa.cutContent(k, e), cu, baseIndirect, classNone, who)
	case f&fInf != 0 && toks[k].low == "to" && k+1 < e && toks[k+1].kind == tWord && !toks[k+1].capital && !determiners[toks[k+1].low]:
		// "vowed to fight on": a plan or a refusal of the speaker's own.
		return pa.emitComplement(k, pa.complementEnd(k, e), cu, baseInfinitive, classNone, who)
	case f&(fObjInf|fAs) != 0:
		for i := k + 1; i < e && i-k <= maxObject; i++ {
			t := toks[i]
			if t.text == "(" {
				// "Gov. Rick Snyder (R)": a party label inside the object.
				j := i + 1
				for j < e && j-i <= 4 && toks[j].text != ")" && toks[j].text != "(" {
					j++
				}
				if j < e && toks[j].text == ")" {
					i = j
					continue
				}
			}
			if t.kind == tPunct && !isComma(t) || t.low == "that" {
				break
			}
			if f&fObjInf != 0 && (t.low == "to" && i+1 < e && toks[i+1].kind == tWord && !toks[i+1].capital ||
				t.kind == tQuote && pa.quoteOpensInfinitive(t)) && i > k {
				// "urged Congress to act": a demand put to others ("declared
				// Cruz to be anointed" is a statement).
				class := classIntent
				if i+1 < e && toks[i+1].low == "be" {
					class = classNone
				}
				return pa.emitComplement(k, pa.complementEnd(k, e), cu, baseIndirect, class, who)
			}
			if f&fAs != 0 && t.low == "as" {
				return pa.emitComplement(k, pa.complementEnd(k, e), cu, baseIndirect, classNone, who)
			}
		}
	}
	// "called the plan “reckless”", "called the incident a reason to
	// invest": an object and what it is called.
	if f&fName != 0 && objectOpener(toks[k]) && toks[k].kind != tQuote { // not "a script called “Wild Rose,” a story"
		end := pa.complementEnd(k, e)
		// "called the mayor's speech on Saturday “an alarm bell”": a time
		// inside the object does not end it before its name.
		timeAt := end < e && (weekdays[toks[end].low] || toks[end].low == "on" && end+1 < e && weekdays[toks[end+1].low] || toks[end].low == "last" && end+1 < e && timeWords[toks[end+1].low])
		quoted := false
		for i := k; i < end; i++ {
			quoted = quoted || toks[i].kind == tQuote
		}
		if ce := pa.cutContent(k, e); ce > end && timeAt && !quoted {
			for i := end; i < ce && i-k <= maxObject; i++ {
				if toks[i].kind == tQuote {
					end = ce
					break
				}
				if toks[i].kind == tPunct && !isComma(toks[i]) {
					break
				}
			}
		}
		for i := k + 1; i < end; i++ {
			t := toks[i]
			if (t.low == "a" || t.low == "an") && isComma(toks[i-1]) {
				break // "called LeVell, a former chairman, onto the stage": an appositive, no name given
			}
			if t.kind == tQuote || t.low == "a" || t.low == "an" {
				return pa.emitComplement(k, end, cu, baseIndirect, classNone, who)
			}
			if t.kind == tPunct && !isComma(t) {
				break
			}
		}
	}
	if f&fClaimObj != 0 && pa.claimObject(k, e) || f&fDocObj != 0 && docSubject {
		f |= fObj
	}
	if f&fObj != 0 && objectOpener(toks[k]) && !pa.tailOnly(k, e) && !relative && !timeAdverbs[toks[k].low] && !adverbLy(toks[k].low) &&
		!timeAdverbs[toks[cu.next].low] && !notClause[toks[cu.next].low] &&
		!(cu.info.lemma == "report" && pa.businessFigures(k, e)) {
		return pa.emitComplement(k, pa.complementEnd(k, e), cu, baseObject, classNone, who)
	}
	return false
}

// timeAdverbs after a cue date the saying; no object follows them: "a
// scenario Ferrel denied earlier in the week".
var timeAdverbs = set(`earlier later again today yesterday tonight now then also still already once twice`)

// businessFigures says whether the object at k is a company's figures:
// "reported better than expected results" is accounting, not a claim.
func (pa *para) businessFigures(k, e int) bool { return pa.objectHas(k, e, 8, figureNouns) }

// objectHas says whether one of words stands in the first n words of the
// object at k, before any punctuation.
func (pa *para) objectHas(k, e, n int, words map[string]bool) bool {
	for i := k; i < e && i-k < n; i++ {
		t := pa.toks[i]
		if t.kind != tWord {
			return false
		}
		if words[t.low] {
			return true
		}
	}
	return false
}

var figureNouns = set(`results earnings profit profits loss losses revenue revenues sales income margins
	dividend dividends quarter`)

// objectOpener says whether t may open a noun phrase object: not a
// preposition, "to", a conjunction or a verb.
func objectOpener(t token) bool {
	if t.kind == tQuote {
		return true
	}
	if t.kind != tWord || notClause[t.low] || conjunctions[t.low] || subordinators[t.low] || auxiliaries[t.low] || verbCue(t.low) {
		return false
	}
	return true
}

// emitComplement records content [a, b) with the cue's class set to class
// (classNone: the lexicon's).
func (pa *para) emitComplement(a, b int, cu cue, base float64, class cueClass, who func() *speaker) bool {
	if class != classNone {
		cu.info.class = class
	}
	return pa.emitSpeaker(a, b, cu, base, who)
}

// claimNouns name something said: what "rejected" or "dismissed" may take
// as a claim of its own.
var claimNouns = set(`claim claims allegation allegations accusation accusations charge charges criticism
	criticisms suggestion suggestions idea notion report reports assertion assertions characterization
	premise argument arguments theory theories speculation rumor rumors rumour rumours story stories
	account accounts description comparison comparisons comments remarks statement statements`)

// claimObject says whether the object at k names a claim within a few words.
func (pa *para) claimObject(k, e int) bool { return pa.objectHas(k, e, 6, claimNouns) }

// quoteOpensInfinitive says whether the quote t starts with "to" or "not
// to": "begged the council “not to forget” the night crews".
func (pa *para) quoteOpensInfinitive(t token) bool {
	q := pa.qs[t.q]
	w := strings.ToLower(pa.p[q.cs:q.ce])
	return strings.HasPrefix(w, "to ") || strings.HasPrefix(w, "not to ")
}
