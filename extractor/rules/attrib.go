package rules

import (
	"strings"
	"unicode/utf8"

	"github.com/whosaid/whosaid/extractor"
)

// maxScan bounds how many tokens a pattern looks back over, so that a huge
// sentence (a page with no full stops) stays linear.
const maxScan = 40

// maxContent bounds reported content, in tokens, for the same reason.
const maxContent = 150

// cue is a cue found at a token: its kind, its words as written, the
// first token after it, and what the lexicon knows of it.
type cue struct {
	kind cueKind
	text string
	at   int
	next int
	info cueInfo
}

// class is the cue's class; "according to" has none of its own (it depends
// on the source) and is speech until the source is known.
func (cu cue) class() cueClass {
	if cu.kind == cueAccord {
		return classSpeech
	}
	return cu.info.class
}

// cueAt says whether token c of sentence s is a cue. strict asks more of
// forms that are as often nouns ("claims", "plans"): a following "that",
// the end of the clause, or a verb's place after a subject.
func (pa *para) cueAt(c int, s sentence, strict bool) (cue, bool) {
	toks := pa.toks
	t := toks[c]
	if t.kind != tWord || pa.used[c] {
		return cue{}, false
	}
	if t.low == "according" && c+1 < s.b && toks[c+1].low == "to" {
		return cue{kind: cueAccord, text: pa.p[t.start:toks[c+1].end], at: c, next: c + 2}, true
	}
	infos := cues[t.low]
	if len(infos) == 0 || t.capital && !t.first {
		return cue{}, false // "the United States" holds no cue
	}
	lv := lightVerbBefore(toks, c, s.a)
	if c > s.a && (articles[toks[c-1].low] || isPossessive(toks[c-1].low)) && lv < 0 {
		return cue{}, false // "the claims", "her notes"
	}
	if passiveAt(toks, c, s) {
		return cue{}, false // "were charged with", "was told that": not who spoke
	}
	next := c + 1
	// A particle picks the sense: "called for", "called on", "pointed out";
	// a day may stand before it ("called Wednesday for", "called on
	// Wednesday for").
	pn := next
	if pn < s.b && weekdays[toks[pn].low] {
		pn++
	} else if pn+1 < s.b && toks[pn].low == "on" && weekdays[toks[pn+1].low] {
		pn += 2
	}
	var info cueInfo
	found := false
	for _, ci := range infos {
		if ci.part != "" && pn < s.b && (toks[pn].low == ci.part || ci.part == "on" && toks[pn].low == "upon") && (pn == next || ci.part != "on") {
			info, found, next = ci, true, pn
			break
		}
		// "made it clear that": the particle after "it".
		if ci.part == "clear" && pn+1 < s.b && toks[pn].low == "it" && toks[pn+1].low == "clear" {
			info, found, next = ci, true, pn+1
			break
		}
	}
	if found {
		if info.part == "for" && info.lemma == "call" && t.low == "called" && c > s.a && beForms[toks[c-1].low] {
			return cue{}, false // "Texas was called for Cruz"
		}
		if !info.past && !info.ing && c-1 >= s.a && (partyWords[toks[c-1].low] || isDemonym(toks[c-1].low)) {
			return cue{}, false // "Labour calls for her to step down"
		}
		cu := cue{kind: info.kind(), text: pa.p[t.start:toks[next].end], at: c, next: next + 1, info: info}
		// "Lee made an impassioned call for calm": the noun after a light
		// verb; the verb's subject is the speaker.
		if lv >= 0 {
			cu.at = lv
			return cu, pa.cueHere(s, lv, cu)
		}
		return cu, pa.cueHere(s, c, cu)
	}
	for _, ci := range infos {
		if ci.part == "" {
			info, found = ci, true
			break
		}
	}
	if !found {
		return cue{}, false
	}
	if strict && info.noun && (next >= s.b || toks[next].low != "that") && !endsClause(toks, next, s) && !pa.verbPlace(c, s) {
		return cue{}, false
	}
	// "in a Facebook post", "Labour calls for her to step down": a
	// determiner or an adjective of party or nation makes the form a noun.
	if info.noun && c-1 >= s.a && !pa.docVerb(c, s) && (possessedName(toks, c, s.a) || partyWords[toks[c-1].low] || isDemonym(toks[c-1].low) ||
		c-2 >= s.a && articles[toks[c-2].low] && (toks[c-1].capital && !toks[c-1].first || plainWord(toks[c-1]) && !headWord(toks[c-1]) && !(evidenceNouns[toks[c-1].low] && agrees(toks[c-1], t)))) { // "the warm welcome", not "the slide shows"
		return cue{}, false
	}
	cu := cue{kind: info.kind(), text: t.text, at: c, next: next, info: info}
	if lv >= 0 {
		cu.at = lv // "Vale delivered a sharp retort"
		return cu, pa.cueHere(s, lv, cu)
	}
	return cu, pa.cueHere(s, c, cu)
}

// lightVerbs take a noun that names the act: "made a call for",
// "renewed her call for".
var lightVerbs = set(`made make makes making issued issue issues issuing renewed renew renews repeated repeat repeats echoed echo echoes
	delivered deliver delivers offered offer offers gave give gives fired`)

// lightVerbBefore returns the light verb whose object is the noun at c
// ("made an impassioned call for"), or -1.
func lightVerbBefore(toks []token, c, lim int) int {
	// "expressed doubt that …", "voiced concern that …": a feeling named
	// with no article.
	if c-1 >= lim && expressVerbs[toks[c-1].low] {
		return c - 1
	}
	k := c - 1
	for k >= lim && c-k <= 3 && toks[k].kind == tWord && !toks[k].capital && !articles[toks[k].low] && !possessivePronouns[toks[k].low] && plainWord(toks[k]) {
		k--
	}
	if k < lim+1 || !(articles[toks[k].low] || possessivePronouns[toks[k].low]) || !lightVerbs[toks[k-1].low] {
		return -1
	}
	return k - 1
}

// verbPlace says whether the word at c stands where a verb stands: after a
// subject pronoun, a modal or auxiliary, "who", or an adverb after one of
// them ("they also claim", "which would plan").
func (pa *para) verbPlace(c int, s sentence) bool {
	toks := pa.toks
	if pa.docVerb(c, s) {
		return true
	}
	at := c - 1 // the word before the cue past any adverb: "the poll also shows"
	for k := c - 1; k >= s.a && c-k <= 3; k-- {
		l := toks[k].low
		switch {
		case toks[k].kind != tWord:
			return false
		case subjectPronouns[l] || auxiliaries[l] || l == "who" || l == "to":
			return true
		case k == at && (headWord(toks[k]) && !isPossessive(l) || genericHead(toks, k, s.a) || evidenceNouns[l]) && c+1 < s.b &&
			(pa.verbFollows(c+1, s) || (docNouns[l] || evidenceNouns[l]) && docObject(toks[c+1])) && // "footage shows dock workers …", "polling averages show Lee ahead"
			agrees(toks[k], toks[c]):
			// "the poll shows Cruz ahead", "Democrats claim victory"; not
			// "the second-opinion plan “…”", where the noun is no verb.
			return true
		case strings.HasSuffix(l, "ly") || l == "also" || l == "not" || l == "still" || l == "often" || l == "now":
			at = k - 1
			continue
		case k == at && c+1 < s.b && (pa.verbFollows(c+1, s) || docObject(toks[c+1])) && docHeadBefore(toks, k, s.a, toks[c]):
			return true // "port records from the 2008 season show he …"
		}
		return false
	}
	return false
}

// docHeadBefore says whether the words ending at k are a prepositional
// phrase after a document noun that agrees with the verb v: "records from
// the 2008 season", "an average of polls".
func docHeadBefore(toks []token, k, lim int, v token) bool {
	for i := k - 1; i > lim && k-i <= 6; i-- {
		t := toks[i]
		if t.kind != tWord {
			return false
		}
		if (t.low == "of" || t.low == "from" || t.low == "by" || t.low == "in" || t.low == "on") && !t.capital {
			h := toks[i-1]
			return h.kind == tWord && (docNouns[h.low] || evidenceNouns[h.low]) && agrees(h, v)
		}
		if verbCue(t.low) || auxiliaries[t.low] || pastVerb(t) {
			return false
		}
	}
	return false
}

var subjectPronouns = set(`i we you they he she it who`)

var beForms = set(`is are was were be been being`)

// passiveAt says whether the cue at c is a passive participle ("were
// charged", "was later told", "has been asked"): its subject is who the
// saying was about or to, never the speaker.
func passiveAt(toks []token, c int, s sentence) bool {
	if strings.HasSuffix(toks[c].low, "ing") || c-1 < s.a {
		return false
	}
	p := c - 1
	if p-1 >= s.a && (strings.HasSuffix(toks[p].low, "ly") || toks[p].low == "also" || toks[p].low == "not" || toks[p].low == "later") {
		p--
	}
	return toks[p].kind == tWord && beForms[toks[p].low]
}

// directQuote attributes the quote at token qi of sentence s, if it stands
// on its own (not inside a sentence of reported speech), and records it. It
// returns false for a quote embedded in a sentence, left for partialQuote.
func (pa *para) directQuote(s sentence, qi int) bool {
	toks := pa.toks
	q := pa.qs[toks[qi].q]
	prevOK := qi == s.a
	if !prevOK {
		pt := toks[qi-1]
		switch pt.kind {
		case tQuote:
			prevOK = true
		case tPunct:
			switch pt.text {
			case ":", ",", "—", "–", "(", ";", "-", ".", "[", ")", "]":
				prevOK = true
			}
		case tWord:
			if sayCue(pt.low) && startsUpper(pa.p[q.cs:q.ce]) {
				prevOK = true
			}
			// "He urged a deal, saying “time is running out.”": a whole
			// quoted sentence after a participle.
			if sayCue(pt.low) && strings.HasSuffix(pt.low, "ing") && qi-2 > s.a && isComma(toks[qi-2]) && endsWithStop(pa.p[q.cs:q.ce]) {
				prevOK = true
			}
		}
	}
	if !prevOK {
		// An embedded quote ("on the show “Sunday Morning,” Rep. Ann Lee
		// said ..."): its cue is left to the sentence's reported speech.
		return false
	}
	sp, c, ok := pa.rightAttribution(s, qi)
	if !ok && qi+1 < s.b && toks[qi+1].kind == tWord && !pa.cueBefore(s, qi) && !pa.asideAfter(s, qi) {
		return false
	}
	if !ok {
		sp, c, ok = pa.leftAttribution(s, qi)
	}
	if !ok {
		sp, c, ok = pa.nameLabel(s, qi)
	}
	r := rec{start: q.cs, end: q.ce, typ: extractor.Direct, base: baseDirect}
	if !ok && qi-1 > s.a && toks[qi-1].text == ":" {
		// "The mayor, Ann Cole, was blunt: “…”": the subject of a short
		// lead-in ending in a colon.
		if sp = pa.leadSubject(s.a, qi-1); sp != nil {
			r.sp, r.cue, r.explicit, r.base, r.class = sp, ":", true, baseLead, classSpeech
		}
	}
	if ok {
		r.sp, r.cue, r.explicit = sp, c, true
	} else if r.sp == nil {
		r.base = baseUnattached
	}
	pa.qrec[toks[qi].q] = pa.add(r)
	return true
}

// premodifiers says whether tokens [a, b) can all stand before a speaker's
// head noun: no verb form that could make them a clause, no conjunction.
func premodifiers(toks []token, a, b int) bool {
	for i := a; i < b; i++ {
		t := toks[i]
		if t.kind != tWord || strings.HasSuffix(t.low, "ed") || conjunctions[t.low] || relPronouns[t.low] || t.low == "that" ||
			subjectPronouns[t.low] || auxiliaries[t.low] || beForms[t.low] {
			return false
		}
		if !strings.HasSuffix(t.low, "ing") && len(cues[t.low]) > 0 {
			return false
		}
	}
	return true
}

// nameLabel attributes a quote after a person's name and a colon, the
// name alone before it in its sentence: Lund: “The goal is to end the
// ISIS.” The name must be one the article gives a person elsewhere, which
// keeps "Warning: “…”" and "Update: “…”" out.
func (pa *para) nameLabel(s sentence, qi int) (*speaker, string, bool) {
	toks := pa.toks
	k := qi - 1
	if k <= s.a || toks[k].text != ":" || k-s.a > 3 {
		return nil, "", false
	}
	if !allNames(toks, s.a, k) || labelWords[toks[s.a].low] || !pa.st.reg.doc.person(toks[k-1].text) {
		return nil, "", false
	}
	ph := phrase{a: s.a, b: k, end: k}
	pa.markUsed(k, k, ph)
	return pa.st.resolve(pa.p, toks, ph), ":", true
}

// asideAfter says whether the quote at qi, ending in a comma inside its
// marks, is followed by the writer's comment on it rather than by the rest
// of a sentence: "“So I called a friend,” a detail that fits the plot."
func (pa *para) asideAfter(s sentence, qi int) bool {
	q := pa.qs[pa.toks[qi].q]
	last, _ := utf8.DecodeLastRuneInString(pa.p[q.cs:q.ce])
	if last != ',' || qi+2 >= s.b {
		return false
	}
	n := pa.toks[qi+1]
	if n.low != "a" && n.low != "an" {
		return false
	}
	for k := qi + 2; k < s.b && k-qi <= 4; k++ {
		if l := pa.toks[k].low; l == "that" || l == "which" {
			return true
		}
	}
	return false
}

// cueBefore says whether a cue and a comma or colon stand before the quote
// at qi, with at most a few words between: "Nurses chanted, “Fund our
// wards,” as they marched", "Reyes fired back sharply: “…,” pointing
// to", "Lee wrote to his 20,000 followers, “…,” and shared a link".
func (pa *para) cueBefore(s sentence, qi int) bool {
	toks := pa.toks
	if qi-2 < s.a {
		return false
	}
	if p := toks[qi-1]; p.kind != tPunct || p.text != "," && p.text != ":" {
		return false
	}
	q := pa.qs[toks[qi].q]
	last, _ := utf8.DecodeLastRuneInString(pa.p[q.cs:q.ce])
	reach := 0 // a quote that runs on into the clause ("“…” at the return") needs its cue right before it
	if strings.ContainsRune(",.!?", last) {
		reach = 8
	}
	for c := qi - 2; c >= s.a && qi-2-c <= reach; c-- {
		t := toks[c]
		if t.kind != tWord && !(isComma(t) && c > s.a && isDigit(toks[c-1].low[len(toks[c-1].low)-1])) {
			return false
		}
		if sayCue(t.low) || particleCue(toks, c) > 0 {
			return true
		}
	}
	return false
}

func startsUpper(s string) bool {
	for _, r := range s {
		if r == '.' || r == '…' || r == '(' || r == '[' {
			continue
		}
		return isCapital(string(r))
	}
	return false
}

// rightAttribution looks for "…,” she said", "…,” said Maria Lopez, director
// of X" and "…,” according to X" after the quote at qi.
func (pa *para) rightAttribution(s sentence, qi int) (*speaker, string, bool) {
	toks := pa.toks
	j := qi + 1
	if j < s.b && isComma(toks[j]) {
		j++
	}
	if j+2 < s.b && toks[j].low == "as" && toks[j].kind == tWord {
		j++ // "“…,” as one official put it"
	}
	paren := false
	for c := j; c < s.b && c < j+maxNP+36; c++ {
		if c > j && (toks[c].text == "(" && !paren || toks[c].text == ")" && paren) {
			paren = !paren // "“…” Rep. Ann Lee (D-Wash.) said"
			continue
		}
		if paren {
			continue
		}
		if toks[c].text == "." && c > j && toks[c-1].kind == tWord && c+1 < s.b && isComma(toks[c+1]) {
			continue // "Sen. Ann Lee, D-Ore., said": an abbreviation's period
		}
		if toks[c].kind == tQuote || toks[c].kind == tPunct && !isComma(toks[c]) {
			break
		}
		cu, ok := pa.cueAt(c, s, false)
		if !ok || cu.kind == cueName || c > j && toks[c-1].low == "who" {
			continue // "a nurse, who asked not to be named, said"
		}
		if c == j {
			ph, ok := fwdPhrase(pa.p, toks, cu.next, s.b, true)
			if !ok {
				return nil, "", false
			}
			pa.markUsed(c, cu.next, ph)
			return pa.st.resolve(pa.p, toks, ph), cu.text, true
		}
		if cu.kind == cueAccord {
			continue
		}
		ph, ok := backPhrase(pa.p, toks, c, j)
		if ok && ph.a > j && ph.a-j <= 4 && premodifiers(toks, j, ph.a) {
			// "“…,” former policy planning director Ann Lee wrote": the
			// words after the quote all premodify the name.
			ph.a = j
		}
		if ok && ph.a > j+1 && ph.appB <= ph.appA && isComma(toks[ph.a-1]) && ph.a-1-j <= 10 && premodifiers(toks, j, ph.a-1) && findCue(toks, j, ph.a-1) < 0 &&
			!ppOpeners[toks[j].low] && toks[j].low != "against" { // not "“…” against the law in the meetings, he said": the quote's clause
			// "“…,” Ostland’s deputy chief of harbor inspections, Eva
			// Marsson, said": the description before the name.
			ph.appA, ph.appB = j, ph.a-1
			pa.markUsed(c, cu.next, phrase{a: j, end: ph.end})
			return pa.st.resolve(pa.p, toks, ph), cu.text, true
		}
		if !ok || ph.a != j {
			// "“…,” Kim Soto, an analyst at the Hale Institute think tank
			// told reporters": an appositive missing its closing comma.
			if ph, ok = fwdPhrase(pa.p, toks, j, c, true); !ok || ph.appB <= ph.appA ||
				ph.end != c && !(ph.end < c && (toks[ph.end].low == "who" || toks[ph.end].low == "whose") && findCue(toks, ph.end+1, c) < 0) {
				continue // (the description may end at a relative clause: "Nate Sill, the polling guru who founded the site wrote")
			}
			ph.end = c
		}
		pa.markUsed(c, cu.next, ph)
		return pa.st.resolve(pa.p, toks, ph), cu.text, true
	}
	return nil, "", false
}

// leftAttribution looks for "Lopez said: “…”" and "She told reporters, “…”"
// before the quote at qi.
func (pa *para) leftAttribution(s sentence, qi int) (*speaker, string, bool) {
	toks := pa.toks
	lim := s.a
	if qi-maxScan > lim {
		lim = qi - maxScan
	}
	for i := qi - 1; i >= lim; i-- {
		if toks[i].kind == tQuote {
			lim = i + 1
			break
		}
	}
	end := qi
	if end-1 >= lim && toks[end-1].kind == tPunct {
		end--
	}
	for c := end - 1; c >= lim && end-c <= 10; c-- {
		if toks[c].kind != tWord && !isComma(toks[c]) {
			break
		}
		if pa.used[c] && toks[c].kind == tWord && len(cues[toks[c].low]) > 0 {
			// “A,” Lee tweeted last week, “B”: the cue of the first quote
			// covers the second.
			if r := pa.recOfCue(s, c); r >= 0 {
				return pa.st.recs[r].sp, pa.st.recs[r].cue, true
			}
		}
		cu, ok := pa.cueAt(c, s, false)
		if !ok || cu.kind == cueName {
			continue
		}
		if cu.kind == cueAccord {
			ph, ok := fwdPhrase(pa.p, toks, cu.next, end, true)
			if !ok {
				return nil, "", false
			}
			pa.markUsed(c, cu.next, ph)
			return pa.st.resolve(pa.p, toks, ph), cu.text, true
		}
		if c == s.a && toks[c].capital && end-c <= 5 && toks[end].text == ":" {
			// "Continued Stone: “…”": the cue opens the sentence, the
			// speaker follows it.
			if ph, ok := fwdPhrase(pa.p, toks, cu.next, end, true); ok && ph.end == end {
				pa.markUsed(c, cu.next, ph)
				return pa.st.resolve(pa.p, toks, ph), cu.text, true
			}
		}
		sc := c
		if cu.at < c && cu.at >= lim {
			sc = cu.at // "Vale delivered a sharp retort: “…”"
		}
		ph, ok := backPhrase(pa.p, toks, sc, lim)
		if ok {
			ph = pa.issuer(s, ph) // "she released a statement saying, “…”"
		}
		if !ok {
			// A quote after "said" reuses the cue of an earlier quote of the
			// same sentence: “A,” she said, “B.”
			if r := pa.recOfCue(s, c); r >= 0 {
				return pa.st.recs[r].sp, pa.st.recs[r].cue, true
			}
			// "X issued a statement, saying, “…”", "X joined him on stage
			// and joked, “…”": the participle's or the second verb's
			// subject is the sentence's.
			if c-1 > s.a && ((isComma(toks[c-1]) || toks[c-1].kind == tQuote && pa.quoteEndsWithComma(toks[c-1])) && strings.HasSuffix(toks[c].low, "ing") || toks[c-1].low == "and" && !strings.HasSuffix(toks[c].low, "ing")) {
				if r := pa.lastRecIn(s, c); r != nil && r.explicit && r.sp != nil && r.sp.kind != extractor.Unknown && strings.HasSuffix(toks[c].low, "ing") {
					// "tweeted that A “…,” adding “B”": the speaker of
					// the sentence's claim adds.
					pa.markUsed(c, cu.next, phrase{})
					return r.sp, cu.text, true
				}
				// "…, Nefzi said, adding, “…”": the speaker of the
				// attribution the participle follows.
				if isComma(toks[c-1]) && c-2 > s.a && toks[c-2].kind == tWord && sayCue(toks[c-2].low) {
					if ph2, ok := backPhrase(pa.p, toks, c-2, s.a); ok && ph2.a-1 > s.a && isComma(toks[ph2.a-1]) {
						pa.markUsed(c, cu.next, phrase{})
						return pa.st.resolve(pa.p, toks, ph2), cu.text, true
					}
				}
				if sub, ok := pa.subject(s, c); ok {
					pa.markUsed(c, cu.next, phrase{}) // the subject may speak in the sentence's report too
					return pa.st.resolve(pa.p, toks, sub), cu.text, true
				}
			}
			continue
		}
		pa.markUsed(c, cu.next, ph)
		return pa.st.resolve(pa.p, toks, ph), cu.text, true
	}
	return nil, "", false
}

// recOfCue finds the record of a quote of sentence s whose attribution used
// the cue at token c.
func (pa *para) recOfCue(s sentence, c int) int {
	if !pa.used[c] {
		return -1
	}
	for i := c - 1; i >= s.a && c-i <= maxScan; i-- {
		if pa.toks[i].kind == tQuote {
			if r := pa.qrec[pa.toks[i].q]; r >= 0 && pa.st.recs[r].sp != nil {
				return r
			}
		}
	}
	return -1
}

// markUsed marks a cue and its speaker phrase as part of an attribution.
func (pa *para) markUsed(c, next int, ph phrase) {
	for i := c; i < next && i < len(pa.used); i++ {
		pa.used[i] = true
	}
	for i := ph.a; i < ph.end && i < len(pa.used); i++ {
		pa.used[i] = true
	}
}

// minUnattributedMixed is the fewest words a partial quote with no speaker
// must have to be recorded; shorter ones are mostly scare quotes.
const minUnattributedMixed = 6

// partialQuote records a quote embedded in a sentence that no reported
// speech covered: "a plan it calls “reckless and late”" is a mixed record
// whose speaker is the subject of the naming verb just before it.
func (pa *para) partialQuote(s sentence, qi int) {
	toks := pa.toks
	q := pa.qs[toks[qi].q]
	r := rec{start: q.cs, end: q.ce, typ: extractor.Mixed, base: baseMixed}
	object := -1 // "calling him a “loser”": the object belongs to the record
	for c := qi - 1; c >= s.a && qi-c <= 5; c-- {
		if toks[c].kind == tWord && nameCue(toks[c].low) && c+1 < qi && !pa.used[c] && toks[c+1].low != "for" {
			object = c + 1
		}
		if toks[c].kind != tWord {
			break
		}
		cu, ok := pa.cueAt(c, s, true) // "the second-opinion plan “…”": a noun is no cue
		if !ok || cu.kind == cueAccord {
			continue
		}
		// "a show called “Ask Dr. Mike”": a participle naming a thing
		// gives a title, not anyone's words.
		if nameCue(toks[c].low) && strings.HasSuffix(toks[c].low, "ed") && c-2 >= s.a && toks[c-1].kind == tWord && !toks[c-1].capital &&
			plainWord(toks[c-1]) && !personish(toks[c-1]) && (determiners[toks[c-2].low] || npAdjectives[toks[c-2].low] || !toks[c-2].capital && plainWord(toks[c-2])) {
			break
		}
		if ph, ok := backPhrase(pa.p, toks, c, s.a); ok {
			ph = pa.issuer(s, ph)
			pa.markUsed(c, cu.next, ph)
			r.sp, r.cue, r.explicit = pa.st.resolve(pa.p, toks, ph), cu.text, true
			if r.sp.kind == extractor.Unknown && ph.b-ph.a == 1 {
				// "a plan it calls ...": "it" is the sentence's subject.
				if sub, ok := fwdPhrase(pa.p, toks, s.a, ph.a, false); ok && sub.end < ph.a {
					sp := pa.st.resolve(pa.p, toks, sub)
					sp.mention = r.sp.mention
					sp.res = resPronoun
					r.sp = sp
				}
			}
			break
		}
		// "tweeted that A “…,” adding “B”": a participle after the
		// sentence's claim is its speaker's.
		if strings.HasSuffix(toks[c].low, "ing") && c-1 > s.a && (isComma(toks[c-1]) || toks[c-1].kind == tQuote && pa.quoteEndsWithComma(toks[c-1])) {
			if lr := pa.lastRecIn(s, c); lr != nil && lr.explicit && lr.sp != nil && lr.sp.kind != extractor.Unknown {
				pa.markUsed(c, cu.next, phrase{})
				r.sp, r.cue, r.explicit = lr.sp, cu.text, true
				if cu.next == qi && contentEnd(toks, s) <= qi+1 {
					r.typ, r.base = extractor.Direct, baseSplit // the quote is all that was added
				}
			}
			break
		}
	}
	if r.sp == nil {
		// “… to be served,” he said: an embedded quote attributed after it.
		if sp, c, ok := pa.rightAttribution(s, qi); ok {
			r.sp, r.cue, r.explicit = sp, c, true
			// "Favouring the Pacific rim “is criticizable,” said Reyes":
			// the words before the quote are the claim's subject.
			if a := skipDateline(toks, s.a, qi); a < qi && wordsIn(toks, a, qi) >= 2 && !pa.anyHeld(a, qi) && findCue(toks, a, qi) < 0 {
				quoteless := true
				for i := a; i < qi; i++ {
					quoteless = quoteless && toks[i].kind != tQuote
				}
				if quoteless {
					r.start, r.end = toks[a].start, toks[qi].end
				}
			}
		}
	}
	if r.sp == nil && wordCount(pa.p[q.cs:q.ce]) < minUnattributedMixed {
		return // a scare quote, a phrase or a title: not a quote of anyone known
	}
	if r.sp == nil && qi-1 >= s.a && (toks[qi-1].capital && isPossessive(toks[qi-1].low) || titling[toks[qi-1].low]) {
		return // "KTV's “Lavish Lives of the Very Rich”", "an article titled “…”": a title
	}
	if object >= 0 && r.sp != nil {
		r.start, r.end = toks[object].start, toks[qi].end
	}
	// "called ‘Harbor Run’ “a flagship game”": the first quote names what
	// is called, the second holds the words, which take the attribution.
	if qi-1 >= s.a && nameCue(toks[qi-1].low) && qi+1 < s.b && toks[qi+1].kind == tQuote && r.sp != nil {
		if ri := pa.qrec[toks[qi+1].q]; ri >= 0 && pa.st.recs[ri].sp == nil {
			nr := &pa.st.recs[ri]
			nr.sp, nr.cue, nr.explicit = r.sp, r.cue, true
		}
		return
	}
	pa.qrec[toks[qi].q] = pa.add(r)
}

// endsClause says whether a cue ending at next closes its clause: "...,
// experts claim." or "As experts claim, ...".
func endsClause(toks []token, next int, s sentence) bool {
	if next >= s.b {
		return true
	}
	t := toks[next]
	return t.kind == tPunct && (t.text == "." || t.text == "," || t.text == "!" || t.text == "?" || t.text == ";")
}

// articles before a cue word make it a noun: "the claims", "her notes".
var articles = set(`the a an his her their its this these those our my your`)

// verbFollows says whether what follows a verb-or-noun word at i reads as
// its object or clause rather than the rest of a noun phrase: a determiner,
// a pronoun, a name or a number, not a verb or a preposition.
func (pa *para) verbFollows(i int, s sentence) bool {
	t := pa.toks[i]
	if t.kind == tQuote {
		return true
	}
	if t.kind != tWord {
		return false
	}
	l := t.low
	if _, ok := pronouns[l]; ok {
		return true
	}
	return determiners[l] && l != "that" || t.capital || isDigitStart(l, 0) || l == "that" || l == "him" || l == "her" || l == "them" || l == "us"
}

// agrees says whether the noun n and the verb-or-noun form v agree as a
// subject and its verb: a singular noun with an -s form ("the poll
// shows"), a plural one with a bare form ("Democrats claim").
func agrees(n, v token) bool {
	if n.low == "data" || n.low == "media" {
		return true // "the data show", "the data shows"
	}
	plural := strings.HasSuffix(n.low, "s") && !strings.HasSuffix(n.low, "ss") && !strings.HasSuffix(n.low, "sis") && !strings.HasSuffix(n.low, "us") || // not "analysis", "census"
		isGroup(n) || pluralNouns[n.low]
	sForm := strings.HasSuffix(v.low, "s") && !strings.HasSuffix(v.low, "ss")
	return plural != sForm
}

// pluralNouns are plurals without an -s: "the data show".
var pluralNouns = set(`people police criteria phenomena children men women`)

// endsWithStop says whether a quotation ends its sentence inside the marks.
func endsWithStop(q string) bool {
	q = strings.TrimRight(q, "’'”\" ")
	last, _ := utf8.DecodeLastRuneInString(q)
	return last == '.' || last == '!' || last == '?'
}

// leadSubject returns the speaker a short lead-in [a, e) with no cue of
// its own gives the quote right after it: its subject, when a person
// ("Asante was more cautious.", "The mayor, Ann Cole, was blunt:"), or nil.
func (pa *para) leadSubject(a, e int) *speaker {
	toks := pa.toks
	a = skipDateline(toks, a, e)
	for a < e && toks[a].kind == tWord && openerWords[toks[a].low] {
		a++
	}
	if e-a < 2 || wordsIn(toks, a, e) > 14 || pa.anyHeld(a, e) {
		return nil
	}
	for i := a; i < e; i++ {
		if toks[i].kind == tQuote || toks[i].kind == tWord && (cueWord(toks[i].low) || toks[i].low == "according") {
			return nil
		}
	}
	ph, ok := fwdPhrase(pa.p, toks, a, e, false)
	if !ok || ph.end >= e {
		return nil
	}
	k := ph.end
	if isComma(toks[k]) && ph.appB > ph.appA && k+1 < e {
		k++ // "The mayor, Ann Cole, was blunt"
	}
	v := toks[k]
	if v.kind != tWord || v.capital || !(pastVerb(v) || auxiliaries[v.low] || finiteAux[v.low] || beForms[v.low]) {
		return nil
	}
	sp := pa.st.resolve(pa.p, toks, ph)
	if sp.kind != extractor.Person { // "The council voted 5-2. “…”" is a member's, or anyone's
		return nil
	}
	return sp
}

// expressVerbs name a feeling without an article before it: "expressed
// doubt", "voiced concern".
var expressVerbs = set(`expressed expresses expressing express voiced voices voicing voice`)

// titling words introduce a title in quote marks: "an article titled “…”".
var titling = set(`titled entitled headlined headline subtitled dubbed nicknamed`)

// docVerb says whether the noun-like cue at c is the verb of a document or
// data subject with words after its head: "A Harbor Times analysis of
// ferry funds that have raised $1 million or more since Jan. 1, 2021, shows
// harbor groups ahead", "Video of the crash shows him …".
func (pa *para) docVerb(c int, s sentence) bool {
	toks := pa.toks
	if c+1 >= s.b || !docObject(toks[c+1]) && toks[c+1].low != "that" {
		return false
	}
	d, h, ok := pa.docSubject(s, c)
	return ok && d.end == c && h < c-1 && agrees(toks[h], toks[c])
}

// docObject says whether t can open what a document or data shows: "shows
// dock workers", "shows Lee ahead", "shows him with his hands up".
func docObject(t token) bool {
	return t.kind == tWord && (plainWord(t) || t.capital && !t.first || personObjects[t.low] || isDigitStart(t.low, 0))
}

// possessedName says whether the words before the noun-like cue at c are a
// possessive and a capitalized name: "Pagliano's Fifth Amendment claims".
func possessedName(toks []token, c, lim int) bool {
	k := c - 1
	for k >= lim && c-k <= 3 && toks[k].kind == tWord && toks[k].capital && !toks[k].first && !isPossessive(toks[k].low) {
		k--
	}
	return k < c-1 && k >= lim && toks[k].kind == tWord && isPossessive(toks[k].low)
}
