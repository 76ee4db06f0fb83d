package rules

import (
	"strings"

	"github.com/whosaid/whosaid/extractor"
)

// minContentWords is the fewest words reported content may have.
const minContentWords = 2

// indirect finds reported speech in sentence s with the cues that direct
// quotes left unused:
//
//	X said (that) CONTENT.            X told Y (that) CONTENT.
//	CONTENT, X said (in a report).    CONTENT, said X.
//	According to X, CONTENT.          CONTENT, according to X.
//	As X claim, CONTENT.              CONTENT, as X claim.
//	CONTENT, X said, CONTENT.         (the whole sentence)
//
// A partial quote inside CONTENT makes the record mixed.
func (pa *para) indirect(s sentence) {
	toks := pa.toks
	if s.b-s.a > 2*maxContent {
		return // not a sentence: a page with no full stops
	}
	// An attribution closing the sentence ("…, people familiar with the
	// talks said.") governs every cue before it, so it goes first: the
	// cues inside its content are then part of its claim, not claims of
	// their own.
	var buf [16]int
	found := buf[:0] // the cue words, each looked up once
	for c := s.a; c < s.b; c++ {
		if toks[c].kind == tWord && (cueWord(toks[c].low) || toks[c].low == "according") {
			found = append(found, c)
		}
	}
	order := make([]int, 0, len(found)+1)
	for k := len(found) - 1; k >= 0; k-- {
		if c := found[k]; c > s.a && cueWord(toks[c].low) && pa.closesSentence(s, c) || c > s.a+3 && pa.accordingCloses(s, c) {
			order = append(order, c)
			break
		}
	}
	var later []int // "A woman who has accused the mayor of fraud said …": the relative clause's cue after the main one
	for _, c := range found {
		if len(order) > 0 && c == order[0] {
			continue
		}
		if c > s.a+2 && relCue(toks, c, s.a) && restrictiveWho(toks, c, s.a) {
			later = append(later, c)
			continue
		}
		order = append(order, c)
	}
	order = append(order, later...)
	for _, c := range order {
		if pa.held[c] {
			continue // "said she believed the plan would fail": one claim
		}
		cu, ok := pa.cueAt(c, s, true)
		if !ok {
			continue
		}
		if cu.kind == cueAccord {
			pa.according(s, c, cu)
			continue
		}
		if c-1 >= s.a && (toks[c-1].low == "having" && cu.next < s.b && toks[cu.next].low == "that" ||
			toks[c-1].low == "that" && toks[c-1].first && cu.next < s.b && isComma(toks[cu.next])) {
			continue // "Having said that, …", "That said, …": the writer's turn, no one's claim
		}
		// A participle's subject is the sentence's, not the noun before
		// it: "Schneiderman filed a lawsuit in 2013 alleging that …",
		// "Marek stood on the pier in Tolland, and, citing the logbook, …".
		if cu.info.ing && c-1 >= s.a && perceptionVerbs[toks[c-1].low] {
			continue // "could hear arguing inside": a sound, no claim
		}
		if cu.info.ing && c == skipDateline(toks, s.a, c) && pa.openingParticiple(s, c, cu) {
			continue
		}
		if cu.info.ing {
			if c-1 >= s.a && toks[c-1].low != "by" && (affilPreps[toks[c-1].low] || circumPreps[toks[c-1].low] || toks[c-1].low == "about" ||
				toks[c-1].low == "without" || toks[c-1].low == "as" && c-2 >= s.a && toks[c-2].low == "such") {
				continue // "the challenge of writing chords": a gerund, no claim
			}
			if c-1 > s.a && (isComma(toks[c-1]) || toks[c-1].kind == tQuote && pa.quoteEndsWithComma(toks[c-1]) ||
				subordinators[toks[c-1].low] || toks[c-1].low == "by" || toks[c-1].low == "and") || !pa.subjectBefore(s, c) || issuedBefore(toks, s.a, c) {
				if c-1 > s.a && pa.participle(s, c, cu) {
					continue
				}
				continue
			}
		}
		sc := c // where the subject is sought: before a light verb's noun, before the verb
		if cu.at < c {
			sc = cu.at
		}
		ph, ok := backPhrase(pa.p, toks, sc, s.a)
		if !ok && sc == c && c-2 > s.a && (toks[c-1].low == "that" || toks[c-1].low == "which") && docNouns[toks[c-2].low] && !toks[c-2].capital {
			// "released a blog post that said …": the document says it.
			ph, ok = backPhrase(pa.p, toks, c-1, s.a)
		}
		if (cu.info.class == classEvidence || !ok) && sc == c {
			if dp, _, ok2 := pa.docSubject(s, c); ok2 && (!ok || dp.a < ph.a || dp.a == ph.a && !ph.docHead(toks)) {
				ph, ok = dp, true
			}
		}
		if !ok {
			ph, ok = pa.longSubject(s, sc)
		}
		if ok && ph.a == s.a && ph.a+1 < ph.b && conjunctions[toks[ph.a].low] {
			ph.a++ // "But all of them say": not the conjunction
		}
		if ok && ph.a-1 >= s.a && toks[ph.a-1].low == "what" && (cu.next >= s.b || toks[cu.next].kind == tPunct || conjunctions[toks[cu.next].low]) {
			continue // "smaller than what Kell said, but …": the saying is the object
		}
		// "the Commission issued a statement warning that …": the
		// statement is its issuer's.
		if ok {
			ph = pa.issuer(s, ph)
		}
		if ok && cu.info.noun && ph.a-1 >= s.a && !(ph.end == c && ph.docHead(toks)) && (toks[ph.a-1].low == "in" || toks[ph.a-1].low == "after" || toks[ph.a-1].low == "following") && toks[c].kind == tWord && !strings.HasSuffix(toks[c].low, "ed") {
			continue // "In the wake of the Harbor Times report, …": a noun inside an opening phrase
		}
		if ok && ph.a-1 >= s.a && objectPreps[toks[ph.a-1].low] && !toks[ph.a].capital && strings.HasSuffix(toks[c].low, "s") {
			// "the rival's habit of reckless remarks": the words before
			// the "cue" are a preposition's object, not its subject.
			continue
		}
		if ok && !pa.anyUsed(ph.a, ph.end) {
			if pa.speakerFirst(s, c, cu, ph) {
				continue
			}
		} else if ok && c > s.a && (toks[c-1].low == "who" || ph.appB > ph.appA && toks[ph.appA].low == "who") {
			// "…, said the officials, who added that …": the relative
			// clause's verb is the same speaker's; so is the main verb
			// after one ("Eke, who says …, said …").
			if r := pa.lastRecIn(s, c); r != nil && r.explicit && r.sp != nil && r.sp.kind != extractor.Unknown {
				pa.useSpeaker = r.sp
				done := pa.speakerFirst(s, c, cu, ph)
				pa.useSpeaker = nil
				if done {
					continue
				}
			}
		}

		// "X did something and said ...", "… and has said …"
		and := c - 1
		for and > s.a && c-and <= 2 && (auxiliaries[toks[and].low] || toks[and].low == "also" || adverbLy(toks[and].low)) {
			and--
		}
		if and > s.a && (toks[and].low == "and" || toks[and].low == "but") {
			if pa.coordinated(s, c, and, cu) {
				continue
			}
		}
		// "..., said Lopez." (not "..., telling reporters")
		if c-1 > s.a && isComma(toks[c-1]) && cu.kind != cueTell && !strings.HasSuffix(toks[c].low, "ing") && cu.info.frames&fEnd != 0 &&
			cu.next < s.b && toks[cu.next].low != "that" && toks[cu.next].kind != tQuote {
			if ph, ok := fwdPhrase(pa.p, toks, cu.next, s.b, true); ok && !objectPronouns[toks[ph.a].low] && (ph.end >= s.b-1 || toks[ph.end].kind == tPunct || pa.circumstance(ph.end, contentEnd(toks, s)) ||
				ph.appB > ph.appA && (toks[ph.end].low == "who" || toks[ph.end].low == "whose")) { // "…, said Brian Baker, an adviser to the family who oversees …"
				// "Any fair reading, said Tom Veld, an expert, would read
				// this as a retreat": the attribution sits inside the
				// claim, which is the whole sentence.
				if e := contentEnd(toks, s); ph.end+1 < e && isComma(toks[ph.end]) && toks[ph.end+1].kind == tWord &&
					(finiteAux[toks[ph.end+1].low] || adverbLy(toks[ph.end+1].low) || pastVerb(toks[ph.end+1]) && !toks[ph.end+1].capital ||
						toks[ph.end+1].low == "but" && pa.clauseAt(ph.end+2, e)) { // "…, said Howard, but its spirit …", "These raiders, added MX Kell, increasingly rely …"
					pa.emit(s, s.a, e, cu, ph, baseTrailing)
					continue
				}
				pa.emit(s, s.a, c-1, cu, ph, baseTrailing)
			}
		}
	}
}

// longSubject takes everything from the start of sentence s to the cue at
// c as its subject when it reads as one long noun phrase that the phrase
// rules do not parse: "The Labour favorite and former minister of
// state said …". The words must open with a determiner or a capital, hold
// no verb or clause word, and end in a noun-like word.
func (pa *para) longSubject(s sentence, c int) (phrase, bool) {
	toks := pa.toks
	a := skipDateline(toks, s.a, c)
	if c-a < 3 || c-a > maxNP || !(determiners[toks[a].low] || toks[a].capital) {
		return phrase{}, false
	}
	groupPP := false // "Experts on harbors and ferry safety said"
	for i := a; i < c; i++ {
		t := toks[i]
		if circumPreps[t.low] && i > a && (isGroup(toks[i-1]) || groupPP && toks[i-1].low == "and") {
			groupPP = true
			continue
		}
		if t.kind != tWord || finiteAux[t.low] || relPronouns[t.low] || t.low == "that" || subjectPronouns[t.low] ||
			subordinators[t.low] || circumPreps[t.low] || len(cues[t.low]) > 0 && i > a && !nounPlace(toks[i-1]) ||
			!t.capital && (strings.HasSuffix(t.low, "ed") || strings.HasSuffix(t.low, "ing")) {
			return phrase{}, false
		}
	}
	if last := toks[c-1]; !plainWord(last) && !headWord(last) && !nounPlace(toks[c-2]) || adverbLy(last.low) {
		return phrase{}, false
	}
	return phrase{a: a, b: c, end: c}, true
}

// nounPlace says whether the word after t is a noun: "secretary of state",
// "the report".
func nounPlace(t token) bool {
	return t.low == "of" || determiners[t.low] || isPossessive(t.low)
}

// openerWords open a sentence before its subject.
var openerWords = set(`and but so then yet still also now instead meanwhile later however`)

// degreeWords before an -ing form make it an adjective.
var degreeWords = set(`most more less least very so too particularly especially increasingly deeply`)

// accordingCloses says whether "according to X" at c closes sentence s,
// its source running to the end: "the town expects 9,000 rowers
// according to the club's website."
func (pa *para) accordingCloses(s sentence, c int) bool {
	toks := pa.toks
	if toks[c].low != "according" || c+2 >= s.b || toks[c+1].low != "to" {
		return false
	}
	e := contentEnd(toks, s)
	for k := c + 2; k < e; k++ {
		if toks[k].kind != tWord && !(toks[k].text == "." && k+1 < e) {
			return false
		}
		// "The school said …, according to its Web site": after a comma,
		// a document only sources the claim, whose speaker stays; a person
		// ("…, according to Ian Rint of the coalition") reports it.
		if isComma(toks[c-1]) && (docNouns[toks[k].low] || toks[k].low == "site" || toks[k].low == "website") {
			return false
		}
	}
	return e-(c+2) <= 8
}

// closesSentence says whether the cue at c, with its speaker, closes
// sentence s after a comma: "…, officials said." or "…, said Ana Ortiz, a
// nurse." Only a short circumstance may follow ("in a statement").
func (pa *para) closesSentence(s sentence, c int) bool {
	toks := pa.toks
	if !sayCue(toks[c].low) || !hasFrame(toks[c].low, fEnd) {
		return false
	}
	e := contentEnd(toks, s)
	if c+1 < s.b && isComma(toks[c-1]) { // "…, said Ana Ortiz."
		if toks[c+1].low == "that" || toks[c+1].kind == tQuote {
			return false // "…, responded that the businessman “…”": content follows
		}
		ph, ok := fwdPhrase(pa.p, toks, c+1, s.b, true)
		return ok && (ph.end >= e || pa.tailOnly(ph.end, e))
	}
	if te := pa.participleCut(c+1, e); !(pa.tailOnly(c+1, te) || pa.shortTail(c+1, te)) {
		return false
	}
	ph, ok := backPhrase(pa.p, toks, c, s.a)
	return ok && ph.a-1 > s.a && (isComma(toks[ph.a-1]) || toks[ph.a-1].kind == tQuote && pa.quoteEndsWithComma(toks[ph.a-1]))
}

// cueHere rules out cue words that are something else at this place: "add
// to" (increase), "think tank", "asked not to be named", "reckoned with",
// a cue in a relative clause about its object ("the tariff the
// administration had planned to impose"), a participle taking an object
// after a noun ("lawmakers defending the budget").
func (pa *para) cueHere(s sentence, c int, cu cue) bool {
	toks := pa.toks
	next := ""
	if cu.next < s.b {
		next = toks[cu.next].low
	}
	if cu.info.ing && c > s.a && degreeWords[toks[c-1].low] {
		return false // "the most telling contradiction": an adjective
	}
	if t := toks[c]; (t.low == "expected" || t.low == "believed" || t.low == "thought" || t.low == "considered" || t.low == "seen") && c > s.a && impersonalAdverbs[toks[c-1].low] {
		return false // "widely expected to be the top donor": no one's belief
	}
	switch cu.info.lemma {
	case "state":
		if toks[c].low == "states" && c > s.a && stateKinds[toks[c-1].low] {
			return false // "Most Northern states that will vote in May": the noun
		}
	case "add":
		if next == "to" || next == "up" {
			return false
		}
	case "think":
		if next == "tank" || next == "tanks" {
			return false
		}
	case "reckon", "agree", "disagree", "concur":
		if next == "with" || next == "on" || next == "to" {
			return false
		}
	case "intend":
		if t := toks[c]; t.low == "intended" && c > s.a && toks[c-1].kind == tWord && !toks[c-1].capital && !personish(toks[c-1]) && !isPronounTok(toks[c-1]) && !auxiliaries[toks[c-1].low] {
			return false // "a plan intended to push rivals …": a purpose, no one's claim
		}
	case "ask":
		// "asked for up to $5 million in grants": a thing asked for is
		// no claim; "asked for the inquiry to be resumed" is one.
		if next == "for" || c+1 < s.b && toks[c+1].low == "for" {
			found := false
			for k := c + 2; k < s.b && k-c <= 12; k++ {
				if toks[k].low == "to" && k+1 < s.b && toks[k+1].kind == tWord && !toks[k+1].capital && (plainWord(toks[k+1]) || toks[k+1].low == "be") && toks[k-1].low != "up" {
					found = true // "to be", "to resume"; not "up to $5 million"
					break
				}
			}
			if !found {
				return false
			}
		}
	case "note", "mention":
		if c-1 >= s.a && toks[c-1].low == "worth" {
			return false // "It's worth noting that …": the writer's aside
		}
	case "go":
		if c > s.a && passingNouns[toks[c-1].low] {
			return false // "As the day went on": time passing, no one speaking
		}
	case "post", "publish", "release", "issue", "write":
		// "A notice put up on the site said": a participle
		// describing the document, whose verb comes later.
		if t := toks[c]; pastVerb(t) && c-1 >= s.a && docNouns[toks[c-1].low] && c-2 >= s.a && (articles[toks[c-2].low] || determiners[toks[c-2].low]) {
			return false
		}
		if cu.info.lemma != "post" {
			break
		}
		// "a blog post that said": a noun after a determiner, no verb.
		if toks[c].low == "post" && c-1 >= s.a && (articles[toks[c-1].low] || c-2 >= s.a && articles[toks[c-2].low] && toks[c-1].kind == tWord && !auxiliaries[toks[c-1].low]) {
			return false
		}
	case "show":
		if next == "up" || next == "off" || next == "when" || next == "through" || next == "in" {
			return false // "the strain starts to show when …", "showed up late": no finding
		}
	case "call", "name", "dub", "title", "label":
		// "A new group called Harbor Votes Matter, led by …": a name
		// given, after a noun with its determiner.
		if t := toks[c]; strings.HasSuffix(t.low, "ed") && c-2 >= s.a && toks[c-1].kind == tWord && !toks[c-1].capital && !personish(toks[c-1]) && !isPronounTok(toks[c-1]) &&
			!auxiliaries[toks[c-1].low] && (articles[toks[c-2].low] || toks[c-2].kind == tWord && c-3 >= s.a && articles[toks[c-3].low]) && cu.next < s.b && toks[cu.next].capital {
			k := cu.next
			for k < s.b && toks[k].kind == tWord && toks[k].capital {
				k++
			}
			if k >= s.b || !(articles[toks[k].low] || toks[k].kind == tQuote) { // not "The group called Ruiz a liar"
				return false
			}
		}
	case "rule":
		if l := toks[c].low; (l == "rule" || l == "rules") && c-1 >= s.a && (determiners[toks[c-1].low] || articles[toks[c-1].low] || c-2 >= s.a && (articles[toks[c-2].low] || determiners[toks[c-2].low])) {
			return false // "As a general rule, …", "the new rules": the noun
		}
		if next == "out" || next == "over" || next == "on" || next == "in" || next == "against" || next == "for" {
			return false // "ruled out a run", "ruled over the island": no finding
		}
	case "say":
		if (next == "no" || next == "yes") && cu.next+1 < s.b && toks[cu.next+1].low == "to" {
			return false // "said no to the ferry deal": a vote, no claim
		}
	case "continue":
		if next == "to" {
			return false // "the Blue Line continues to lose riders": going on, not saying
		}
	case "accuse", "suspect", "charge":
		if next == "of" || next == "with" {
			return false // "a man accused of kicking a door": passive, no accuser
		}
	case "find":
		if next == "himself" || next == "herself" || next == "themselves" || next == "itself" {
			return false
		}
		// "found it difficult to overcome …": a judgment of a task, no finding.
		if next == "it" && cu.next+1 < s.b && toks[cu.next+1].kind == tWord && !toks[cu.next+1].capital && !auxiliaries[toks[cu.next+1].low] && !finiteAux[toks[cu.next+1].low] && !pastVerb(toks[cu.next+1]) &&
			cu.next+2 < s.b && (toks[cu.next+2].low == "to" || circumPreps[toks[cu.next+2].low] || isDigitStart(toks[cu.next+2].low, 0)) {
			return false
		}
		// "they found him hidden in a shed": someone found, not a finding.
		if personObjects[next] && cu.next+1 < s.b && (pastVerb(toks[cu.next+1]) || strings.HasSuffix(toks[cu.next+1].low, "ing") || circumPreps[toks[cu.next+1].low]) {
			return false
		}
	}
	if c > s.a && toks[c-1].low == "who" && anonVerbs[toks[c].low] {
		return false // "who asked not to be named"
	}
	if next == "not" && cu.next+2 < s.b && toks[cu.next+1].low == "to" && toks[cu.next+2].low == "be" {
		return false // "asked not to be identified"
	}
	// "did not say when", "would not confirm": a refusal or a denial of
	// saying is no claim, and its content read as one would say the
	// opposite of what was said.
	for k := c - 1; k >= s.a && c-k <= 3; k-- {
		l := toks[k].low
		if l == "not" || l == "never" || strings.HasSuffix(l, "n't") || strings.HasSuffix(l, "n’t") {
			return false
		}
		if toks[k].kind != tWord || !skipBeforeCue[l] && !auxiliaries[l] {
			break
		}
	}
	if cu.info.frames&(fThat|fZero|fClause|fEnd|fWh|fIO) == 0 {
		// Cues whose content is an object or an infinitive: only in a main
		// clause, never as a participle after a noun or in a relative clause.
		if cu.info.ing && !(c-1 >= s.a && (isComma(toks[c-1]) || subordinators[toks[c-1].low] || toks[c-1].low == "by")) {
			return false
		}
		if c > s.a && toks[c-1].low == "who" {
			return false // "the deckhand who reported the leak"
		}
		for k := c - 1; k >= s.a && c-k <= 6; k-- {
			if l := toks[k].low; l == "that" || l == "which" || l == "whom" {
				if l == "which" && k == c-1 && k-2 >= s.a && isComma(toks[k-1]) && toks[k-2].capital {
					break // "Ostland, which accuses him of …": the body's own verb
				}
				return false
			}
			if toks[k].kind != tWord {
				break
			}
		}
	}
	return true
}

// speakerFirst handles a cue whose speaker phrase ph stands before it.
func (pa *para) speakerFirst(s sentence, c int, cu cue, ph phrase) bool {
	toks := pa.toks
	e := pa.relativeEnd(s, c, contentEnd(toks, s))
	if ph.a-1 >= s.a && (subordinators[toks[ph.a-1].low] || toks[ph.a-1].low == "as" && ph.a-2 >= s.a && (toks[ph.a-2].low == "even" || toks[ph.a-2].low == "just")) &&
		(ph.a-1 == s.a || (conjunctions[toks[ph.a-2].low] || toks[ph.a-2].low == "even" || toks[ph.a-2].low == "just") && ph.a-2 == s.a) {
		// "Before the examiner concluded that A, B.": the report ends
		// with its subordinate clause.
		for i := cu.next + 1; i < e; i++ {
			if isComma(toks[i]) && toks[i].text == "," {
				e = i
				break
			}
		}
	}
	// "X said (on Tuesday) that CONTENT"
	if k := pa.thatAfter(cu.next, e, cu.kind == cueTell); k >= 0 && cu.info.frames&(fThat|fIO) != 0 {
		if b := cu.at - 1; auxiliaries[toks[k].low] && !(k-1 == cu.next && sayCue(toks[c].low) && !cu.info.noun) && b >= s.a && toks[b].kind == tWord && !toks[b].capital && !personish(toks[b]) && !isPronounTok(toks[b]) {
			return false // "a lantern display that can be seen": a noun and its relative clause
		}
		if auxiliaries[toks[k].low] && toks[k-1].low == "that" {
			k-- // "estimates that could be more": "that" is the subject
		}
		return pa.emit(s, k, pa.cutContent(k, e), cu, ph, baseIndirect)
	}
	// "Brandt summed up the mood: the plan was dead."
	if k := pa.colonAfter(cu.next, e); k >= 0 && cu.info.frames&(fThat|fZero|fClause|fEnd) != 0 {
		return pa.emit(s, k, pa.cutContent(k, e), cu, ph, baseIndirect)
	}
	before := ph.a - 1
	// "Asked whether the plant would close, Varga said no.": the question
	// put to the speaker is no claim; the speaker is still whom the
	// passage is about.
	if before > s.a && isComma(toks[before]) && askedOpening(toks, s.a, before) && (pa.tailOnly(cu.next, e) || pa.shortTail(cu.next, e)) {
		pa.markUsed(ph.a, ph.end, ph)
		pa.st.resolve(pa.p, toks, ph)
		return true
	}
	// "As experts claim, CONTENT."
	if ph.a-1 == s.a && toks[s.a].low == "as" {
		for k := cu.next; k < e && k-cu.next < 8; k++ {
			if isComma(toks[k]) {
				return pa.emit(s, k+1, e, cu, ph, baseTrailing)
			}
		}
		return false
	}
	// "CONTENT, as experts claim."
	if before > s.a && toks[before].low == "as" && before-1 > s.a && isComma(toks[before-1]) && (pa.tailOnly(cu.next, e) || pa.shortTail(cu.next, e)) {
		return pa.emit(s, s.a, before-1, cu, ph, baseTrailing)
	}
	// "They’re built for “calm water,” as one coach told me, and for
	// steady crews": the attribution inside the claim, which is the
	// whole sentence.
	if before > s.a && toks[before].low == "as" && before-1 > s.a && (isComma(toks[before-1]) || toks[before-1].kind == tQuote && pa.quoteEndsWithComma(toks[before-1])) {
		k := cu.next
		if k < e && tellObjects[toks[k].low] {
			k++
		}
		if k < e && isComma(toks[k]) && wordsIn(toks, k+1, e) >= minContentWords {
			pa.inner = [2]int{before, k + 1}
			defer func() { pa.inner = [2]int{} }()
			return pa.emit(s, s.a, e, cu, ph, baseTrailing)
		}
	}
	// "…,'' Mr. Oppenheim noted": the comma sits inside the quote.
	if before > s.a && toks[before].kind == tQuote && pa.quoteEndsWithComma(toks[before]) && (pa.tailOnly(cu.next, e) || pa.shortTail(cu.next, e)) {
		if pa.emit(s, s.a, before+1, cu, ph, baseTrailing) {
			return true
		}
	}
	if before > s.a && (isComma(toks[before]) || toks[before].kind == tQuote && pa.quoteEndsWithComma(toks[before])) {
		// "CONTENT, X said, CONTENT.": one record, the whole sentence with
		// its attribution inside, since a record is one span of the text.
		if cu.next < e && isComma(toks[cu.next]) && wordsIn(toks, cu.next+1, e) >= minContentWords && !(participleCutters[toks[cu.next+1].low] && toks[cu.next+1].low != "according") {
			first := s.a
			if conjunctions[toks[first].low] && wordsIn(toks, first+1, before) >= 1 {
				first++
			}
			pa.inner = [2]int{ph.a, cu.next + 1}
			defer func() { pa.inner = [2]int{} }()
			return pa.emit(s, first, pa.cutContent(cu.next+1, e), cu, ph, baseTrailing)
		}
		// "CONTENT, the club said in a May report, and the novices
		// bottom …": the clause before is the claim the attribution closes.
		for k := cu.next; k+1 < e && k-cu.next <= 8; k++ {
			if isComma(toks[k]) {
				if conjunctions[toks[k+1].low] && toks[k+1].low != "so" && pa.tailOnly(cu.next, k) && !strings.HasSuffix(cu.text, " for") &&
					!pa.circumstance(s.a, before) && !pa.opensAttribution(s.a, before) && !subordinateEnd(toks, s.a, before) && wordsIn(toks, s.a, before) >= minContentWords {
					if pa.emit(s, s.a, before, cu, ph, baseTrailing) {
						return true
					}
				}
				break
			}
		}
		// "CONTENT, X said (in a report)." ("called for" needs its object);
		// a participle after the tail is a claim of its own ("…, Mayor Vale
		// said Tuesday at the pier, noting that …").
		if te := pa.participleCut(cu.next, e); cu.info.frames&(fEnd|fThat|fZero) != 0 && (pa.tailOnly(cu.next, te) || pa.shortTail(cu.next, te)) && !strings.HasSuffix(cu.text, " for") &&
			!pa.circumstance(s.a, before) && // "In a speech last July, Perry said:" has no content before
			!pa.opensAttribution(s.a, before) && !subordinateEnd(toks, s.a, before) {
			if pa.emit(s, s.a, before, cu, ph, baseTrailing) {
				return true
			}
		}
	}
	// "X asked (Y) whether CONTENT"
	if cu.info.frames&fWh != 0 {
		for k := cu.next; k < e && k-cu.next <= 6; k++ {
			if questionWords[toks[k].low] {
				return pa.emit(s, k, pa.cutContent(k, e), cu, ph, baseIndirect)
			}
			if toks[k].kind != tWord {
				break
			}
		}
	}
	// "X said CONTENT", "X told Y CONTENT"; "X announced CONTENT" only
	// when CONTENT is a clause ("announced she would run", not
	// "announced his resignation").
	// "New data suggests the virus spread earlier": a document's finding
	// needs no marked clause.
	docSubject := ph.docHead(toks)
	if cu.info.frames&fZero == 0 && !(cu.info.frames&fClause != 0 && (pa.clauseLike(cu.next, e) || docSubject && (pa.clauseAt(cu.next, e) || cu.next < e && determiners[toks[cu.next].low] && wordsIn(toks, cu.next, e) >= 3))) {
		return pa.complement(s, cu, ph, e)
	}
	k := cu.next
	if cu.kind == cueTell {
		if k < e && tellObjects[toks[k].low] {
			k++ // "will tell you the quality has declined"
		}
		for k < e && npWord(toks[k]) && !(determiners[toks[k].low] && k > cu.next) {
			k++
		}
	}
	for k < e && (isComma(toks[k]) || toks[k].text == ":") {
		k++
	}
	k = pa.skipTime(k, e)
	k = pa.skipSetting(k, e)
	if k < e && auxiliaries[toks[k].low] {
		// "the port rules, which he said had hurt the trade": the
		// relative pronoun is the claim's subject; the claim is what is
		// said of it. ("vehicles analysts say will boost sales", with no
		// relative pronoun, leaves the subject outside: no record.)
		if r := ph.a - 1; r > s.a && (toks[r].low == "which" || toks[r].low == "that" || toks[r].low == "who") && isComma(toks[r-1]) && !pa.anyUsed(k, e) {
			return pa.emit(s, k, pa.cutContent(k, e), cu, ph, baseTrailing)
		}
		return false
	}
	if pa.tailOnly(k, e) || pa.notClauseAt(k, e) {
		return false // "insisted on building", "said about Latinos", "agreed to pay"
	}
	if cu.info.noun && k < e && toks[k].kind == tWord && verbCue(toks[k].low) {
		return false // "a blog post said …": the noun is part of the subject
	}
	if postVerbs[cu.info.lemma] && k < e && strings.HasSuffix(toks[k].low, "ing") && !toks[k].capital {
		return false // "tweeted using his account": how, not what
	}
	if postVerbs[cu.info.lemma] && k == cu.next && !pa.clauseLike(k, e) && !pa.clauseAt(k, e) {
		return false // "tweeted support of the boy": a thing posted, no claim
	}
	return pa.emit(s, k, pa.cutContent(k, e), cu, ph, baseIndirect)
}

// opensAttribution says whether tokens [a, b) open with a speaker and a
// cue of their own ("He said he never saw it, and pressed again, he said
// no."): such words are that cue's claim, not content of a later one.
func (pa *para) opensAttribution(a, b int) bool {
	toks := pa.toks
	if a < b && conjunctions[toks[a].low] {
		a++
	}
	k := a
	if k < b && subjectPronouns[toks[k].low] {
		k++
	} else {
		for k < b && k-a < 4 && nameWord(toks[k]) {
			k++
		}
	}
	if k == a || k+1 >= b || toks[k].kind != tWord || !sayCue(toks[k].low) {
		return false
	}
	return toks[k+1].kind == tWord
}

// notClause words cannot open reported content that follows its cue
// without "that": a prepositional phrase or an infinitive is no claim.
var notClause = set(`about on to by against in at into over during through toward towards upon
	before after while amid since following until who which whom whose like`)

// thatTime says whether "that" at i is a determiner of a time: "wrote
// songs that summer and sent them", not "found that night shifts doubled".
func (pa *para) thatTime(i, e int) bool {
	toks := pa.toks
	if i+1 >= e || !timeNouns[toks[i+1].low] {
		return false
	}
	if i+2 >= e {
		return true
	}
	n := toks[i+2]
	return n.kind != tWord || conjunctions[n.low] || circumPreps[n.low] || affilPreps[n.low]
}

// timeNouns after "that" may make it a determiner: "wrote songs that summer".
var timeNouns = set(`summer winter spring autumn fall day night week month year season time morning evening afternoon`)

var weekdays = set(`monday tuesday wednesday thursday friday saturday sunday yesterday today tonight`)

// skipTime skips "on Tuesday", "last week", "yesterday" opening content that
// follows a cue without "that": they date the saying, not the claim.
func (pa *para) skipTime(k, e int) int {
	toks := pa.toks
	switch {
	case k < e && weekdays[toks[k].low]:
		k++
	case k+1 < e && toks[k].low == "on" && weekdays[toks[k+1].low]:
		k += 2
	case k+1 < e && (toks[k].low == "last" || toks[k].low == "this" || toks[k].low == "earlier") && timeWords[toks[k+1].low]:
		k += 2
	}
	if k < e && dayParts[toks[k].low] && k > 0 && weekdays[toks[k-1].low] {
		k++ // "said Wednesday morning"
	}
	if k < e && isComma(toks[k]) {
		k++
	}
	return k
}

// according handles "according to X".
func (pa *para) according(s sentence, c int, cu cue) {
	toks := pa.toks
	e := contentEnd(toks, s)
	start := s.a
	for start < c && (toks[start].low == "but" || toks[start].low == "and" || toks[start].low == "yet" || toks[start].low == "so" || toks[start].text == "(") {
		start++
	}
	// "(According to the police, it keeps no records.)": the parenthesis
	// closes with the claim.
	if start > s.a && toks[s.a].text == "(" {
		for e > start && (toks[e-1].text == ")" || toks[e-1].kind == tPunct && strings.ContainsAny(toks[e-1].text, ".!?;,")) {
			e--
		}
	}
	// "according to him": the person a pronoun means.
	if cu.next+1 < e && objPronouns[toks[cu.next].low] != unknownGender && isComma(toks[cu.next+1]) {
		sp := &speaker{mention: toks[cu.next].text, kind: extractor.Unknown, res: resUnknown}
		if ep := pa.st.reg.pronoun(objPronouns[toks[cu.next].low]); ep != nil {
			sp.res = resPronoun
			pa.st.fromEntity(sp, ep)
		}
		pa.useSpeaker = sp
		defer func() { pa.useSpeaker = nil }()
	}
	// "ferries which, according to Harbor Wire, the council has
	// faulted": the claim is the relative clause after the source.
	if c-2 > start && isComma(toks[c-1]) && (toks[c-2].low == "which" || toks[c-2].low == "that" || toks[c-2].low == "who") {
		start = c
	}
	if c == start {
		// The source runs to the first comma: "According to a poll released
		// by X on Monday, ...", "According to her “clawback” plan, ...".
		k := cu.next
		for k < e && k-cu.next <= 20 && !isComma(toks[k]) && (toks[k].kind != tQuote || pa.shortTerm(toks[k])) {
			k++
		}
		if k >= e || !isComma(toks[k]) {
			return
		}
		// "According to Ana Roth, chief economist of Kell Foods, prices
		// rose.": a name's appositive belongs to the source.
		if ph, ok := fwdPhrase(pa.p, toks, cu.next, e, false); ok && ph.b == k && ph.appB > ph.appA && ph.appB < e && isComma(toks[ph.appB]) &&
			allNames(toks, ph.a, ph.b) && ph.b-ph.a >= 2 && (toks[ph.appA].low == "who" || !finiteIn(toks, ph.appA, ph.appB)) &&
			wordsIn(toks, ph.appB+1, e) >= minContentWords {
			ph.end = ph.appB
			pa.emit(s, ph.appB+1, pa.cutContent(ph.appB+1, e), cu, ph, baseAccording)
			return
		}
		ph, ok := fwdPhrase(pa.p, toks, cu.next, k, true)
		if !ok {
			ph = phrase{a: cu.next, b: k, end: k}
		}
		ph.end = k
		// "According to his aunt, Jane Starr, he was …": a name set off
		// after the description is the source's, not the content.
		if n := k + 1; n < e && nameWord(toks[n]) {
			m := n
			for m < e && m-n < 4 && nameWord(toks[m]) {
				m++
			}
			if m-n >= 2 && m < e && isComma(toks[m]) && wordsIn(toks, m+1, e) >= minContentWords {
				// (not "According to a police summary, Ana Ruiz, a senior
				// aide, sent …": a document is no description of her)
				if h := npLeft(toks, k, cu.next); h == cu.next && headRole(toks, h, k) != "" || personish(toks[k-1]) || kinNouns[toks[k-1].low] ||
					hasPossessive(toks, cu.next, k) && hasTitle(toks, cu.next, k) { // "the hospital's chief of surgery"

					ph = phrase{a: cu.next, b: k, appA: n, appB: m, end: m}
					k = m
				}
			}
		}
		pa.emit(s, k+1, pa.cutContent(k+1, e), cu, ph, baseAccording)
		return
	}
	// The source runs to the next comma or the sentence end: "according to
	// a pool report", "according to exit polls (…)".
	k := cu.next
	for k < e && k-cu.next <= 20 && !isComma(toks[k]) && toks[k].kind != tQuote && toks[k].text != ")" {
		k++
	}
	// "… (the true share is nearer 15 percent, according to Harbor
	// Watch).": the claim opens with the parenthesis.
	from := s.a
	for i := c - 1; i > start; i-- {
		if toks[i].text == ")" {
			break
		}
		if toks[i].text == "(" {
			start, from = i+1, i+1
			if k < e && toks[k].text == ")" {
				e = k
			}
			break
		}
	}
	ph, ok := fwdPhrase(pa.p, toks, cu.next, k, true)
	if !ok {
		if k == cu.next {
			return
		}
		ph = phrase{a: cu.next, b: k}
	}
	ph.end = k
	end := c
	if end-1 > s.a && isComma(toks[end-1]) {
		end--
	}
	// "Teens love the phones. That's according to a survey from Kell
	// Research.": the source of the sentence before.
	if k >= e && pa.refersBack(start, c) {
		if pv := pa.prev; pv.b > pv.a && pv.b <= start {
			if pe := contentEnd(toks, pv); wordsIn(toks, pv.a, pe) >= minContentWords && !pa.anyHeld(pv.a, pe) {
				pa.emit(s, pv.a, pe, cu, ph, baseAccording*0.9)
			}
		}
		return
	}
	// "He left after, according to him, the network censored his
	// report": a subordinator before the attribution opens the claim.
	if k < e && end-1 >= s.a && subordinators[toks[end-1].low] && wordsIn(toks, k+1, e) >= minContentWords {
		pa.emit(s, k+1, pa.cutContent(k+1, e), cu, ph, baseAccording)
		return
	}
	if k < e && wordsIn(toks, k+1, e) >= minContentWords && pa.adverbialOpening(s.a, end) {
		// "About 10 p.m., according to a timeline, the crew left.": the
		// opening only dates or places what follows.
		pa.emit(s, k+1, pa.cutContent(k+1, e), cu, ph, baseAccording)
		return
	}
	if k < e && wordsIn(toks, from, end) < 4 && wordsIn(toks, k+1, e) >= minContentWords {
		end = e // "The plan, according to X, will fail."
	}
	pa.emit(s, from, end, cu, ph, baseAccording)
}

// refersBack says whether tokens [a, c) are only a demonstrative and a
// copula: "That's", "This is", "That was".
func (pa *para) refersBack(a, c int) bool {
	toks := pa.toks
	switch c - a {
	case 1:
		l := toks[a].low
		return l == "that's" || l == "that’s" || l == "this's"
	case 2:
		return (toks[a].low == "that" || toks[a].low == "this") && (toks[a+1].low == "is" || toks[a+1].low == "was")
	}
	return false
}

// finiteIn says whether [a, b) holds a verb a clause could turn on: an
// auxiliary or a past form in lower case.
// auxIn says whether tokens [a, b) hold an auxiliary: a finite clause that
// is no object with its state.
func auxIn(toks []token, a, b int) bool {
	for i := a; i < b; i++ {
		if t := toks[i]; t.kind == tWord && !t.capital && (auxiliaries[t.low] || finiteAux[t.low]) {
			return true
		}
	}
	return false
}

func finiteIn(toks []token, a, b int) bool {
	for i := a; i < b; i++ {
		if t := toks[i]; t.kind == tWord && !t.capital && (auxiliaries[t.low] || finiteAux[t.low] || pastVerb(t)) {
			return true
		}
	}
	return false
}

// contentEnd is the end of s without its final punctuation.
func contentEnd(toks []token, s sentence) int {
	e := s.b
	if e-s.a > 2*maxContent {
		return s.a // not a sentence: a page with no full stops
	}
	for e > s.a && toks[e-1].kind == tPunct {
		switch toks[e-1].text {
		case ".", "!", "?", "…", ";", ",", ":":
			e--
			continue
		}
		break
	}
	return e
}

// thatAfter finds "that" opening the content shortly after a cue, with only
// an object or an adverbial in between ("told reporters on Tuesday that").
func (pa *para) thatAfter(k, e int, tell bool) int {
	inPP := false // inside "in a written statement in March"
	// "say, openly or by hint, that …": a manner set off by
	// commas.
	if k+1 < e && isComma(pa.toks[k]) {
		for i := k + 1; i < e && i-k <= 6; i++ {
			if isComma(pa.toks[i]) {
				if i+2 < e && pa.toks[i+1].low == "that" && pa.toks[i+2].kind != tPunct {
					return i + 2
				}
				break
			}
			if pa.toks[i].kind != tWord || verbCue(pa.toks[i].low) {
				break
			}
		}
	}
	for i := k; i < e && (i-k <= 12 || inPP && i-k <= 20); i++ {
		t := pa.toks[i]
		if t.kind == tWord && ppOpeners[t.low] {
			inPP = true
		}
		if t.kind == tWord && t.low == "that" {
			if i+1 < e && !pa.thatTime(i, e) && pa.toks[i+1].kind != tPunct {
				return i + 1
			}
			// "said that, in her view, the pier was safe": an aside set
			// off right after "that".
			if i+3 < e && isComma(pa.toks[i+1]) && pa.toks[i+2].kind == tWord {
				for m := i + 3; m < e && m-i <= 9; m++ {
					if isComma(pa.toks[m]) {
						if m+1 < e && pa.clauseAt(m+1, e) {
							return i + 2
						}
						break
					}
				}
			}
			return -1 // (not "disputed that, saying …": "that" is the object)
		}
		if t.kind == tQuote && inPP && wordCount(pa.p[pa.qs[t.q].cs:pa.qs[t.q].ce]) <= 5 && i+1 < e && pa.toks[i+1].low == "that" && !pa.quoteEndsWithComma(t) {
			continue // "stating on Harbor TV's “Morning Tide” that …": a show's title
		}
		if t.kind == tQuote || t.kind == tPunct && !isComma(t) && !(t.text == "." && i+1 < e && isComma(pa.toks[i+1])) {
			return -1 // (but "John Warne, R-Va., that": an abbreviation's period)
		}
		if t.kind == tWord && !npWord(t) && !timeWords[t.low] && !(tell && !t.capital) && !inPP {
			return -1
		}
		// "told reporters the plan would fail and that …": a clause began
		// before the "that"; it is the first claim.
		if tell && i > k && t.kind == tWord && !t.capital && !inPP && (auxiliaries[t.low] || finiteAux[t.low]) && !relIn(pa.toks, k, i) {
			return -1
		}
	}
	return -1
}

// tailOnly says whether tokens [a, b) are only a time or a place ("on
// Tuesday", "in a statement"), not content.
func (pa *para) tailOnly(a, b int) bool {
	if wordsIn(pa.toks, a, b) < minContentWords {
		return true
	}
	if pa.circumstance(a, b) {
		return true
	}
	for i := a; i < b; i++ {
		t := pa.toks[i]
		if t.kind == tQuote {
			return false // quoted words are content
		}
		if t.kind == tWord && !(timeWords[t.low] || determiners[t.low] || affilPreps[t.low] || t.capital ||
			isDigitStart(t.low, 0) || t.low == "to" || t.low == "by" || t.low == "news" || t.low == "press" || t.low == "its" || t.low == "his" || t.low == "her") {
			return false
		}
	}
	return true
}

// participleCut returns where ", noting …" or ", adding …" starts within
// [k, e), or e.
func (pa *para) participleCut(k, e int) int {
	for i := k; i+1 < e; i++ {
		if isComma(pa.toks[i]) && strings.HasSuffix(pa.toks[i+1].low, "ing") && sayCue(pa.toks[i+1].low) {
			return i
		}
		// "…, the minister said on Friday, amid months of argument": a
		// circumstance set off after the attribution is no content.
		if isComma(pa.toks[i]) && i-k <= 6 && tailOpeners[pa.toks[i+1].low] {
			return i
		}
	}
	return e
}

// tailOpeners open a circumstance after an attribution.
var tailOpeners = set(`after amid following despite before since while as with without`)

// colonAfter finds a colon closing a short object after a cue ("summed up
// the mood:") and returns where the content after it starts, or -1.
func (pa *para) colonAfter(k, e int) int {
	for i := k; i < e && i-k <= 6; i++ {
		t := pa.toks[i]
		if t.kind == tPunct && t.text == ":" {
			if i+1 < e && pa.toks[i+1].kind == tWord {
				return i + 1
			}
			return -1
		}
		if t.kind != tWord || !npWord(t) && !plainWord(t) {
			return -1
		}
	}
	return -1
}

// circumstance says whether [a, b) is a prepositional phrase saying where,
// when or how something was said, with no clause in it: "in an email to
// staff", "during a visit to the plant on Friday".
func (pa *para) circumstance(a, b int) bool {
	toks := pa.toks
	// "Last month, 26 percent said so too": a time.
	if b-a == 2 && (toks[a].low == "last" || toks[a].low == "this" || toks[a].low == "next" || toks[a].low == "earlier") && timeWords[toks[a+1].low] {
		return true
	}
	if a >= b || toks[a].kind != tWord || !circumOpeners[toks[a].low] || b-a > 14 {
		return false
	}
	for i := a; i < b; i++ {
		t := toks[i]
		if t.kind == tQuote || t.kind == tPunct && !isComma(t) && t.text != "." && t.text != "'" && t.text != "’" {
			return false
		}
		if t.kind != tWord {
			continue
		}
		if subjectPronouns[t.low] || auxiliaries[t.low] || t.low == "that" || relPronouns[t.low] || verbCue(t.low) || pastVerb(t) && !npWord(t) {
			return false
		}
	}
	return true
}

// adverbialOpening says whether tokens [a, b) are a short opening adverbial
// of time or place ("About 10:03 p.m.", "On Monday", "In Ohio") rather than
// a subject.
func (pa *para) adverbialOpening(a, b int) bool {
	toks := pa.toks
	if a >= b || b-a > 8 || toks[a].kind != tWord {
		return false
	}
	f := toks[a].low
	if !(circumOpeners[f] || timeOpeners[f] || weekdays[f] || isDigit(f[0])) {
		return false
	}
	for i := a; i < b; i++ {
		t := toks[i]
		if t.kind == tQuote || t.kind == tWord && (subjectPronouns[t.low] || auxiliaries[t.low] || verbCue(t.low) || relPronouns[t.low]) {
			return false
		}
	}
	return true
}

var timeOpeners = set(`about around shortly last early late since until by earlier later`)

var circumOpeners = set(`in on at during via through to before after while from with over amid following`)

func wordsIn(toks []token, a, b int) int {
	n := 0
	for i := a; i < b; i++ {
		if toks[i].kind != tPunct {
			n++
		}
	}
	return n
}

func (pa *para) anyUsed(a, b int) bool {
	for i := a; i < b; i++ {
		if pa.used[i] {
			return true
		}
	}
	return false
}

// emit records content tokens [a, b) attributed to phrase ph. Content that
// overlaps an attribution already made, or holds a quote already recorded, is
// skipped; a partial quote inside makes it mixed.
func (pa *para) emit(s sentence, a, b int, cu cue, ph phrase, base float64) bool {
	if sp := pa.useSpeaker; sp != nil {
		return pa.emitSpeaker(a, b, cu, base, func() *speaker { return sp })
	}
	return pa.emitSpeaker(a, b, cu, base, func() *speaker {
		pa.markUsed(ph.a, ph.end, ph)
		return pa.st.resolve(pa.p, pa.toks, ph)
	})
}

// emitClass is emit with the cue's class set to class (classNone: the
// lexicon's).
func (pa *para) emitClass(s sentence, a, b int, cu cue, ph phrase, base float64, class cueClass) bool {
	if class != classNone {
		cu.info.class = class
	}
	return pa.emit(s, a, b, cu, ph, base)
}

// emitSpeaker records content tokens [a, b) with the speaker who() gives,
// called only once the content is accepted.
func (pa *para) emitSpeaker(a, b int, cu cue, base float64, who func() *speaker) bool {
	toks := pa.toks
	for a < b && (isComma(toks[a]) || toks[a].text == ":") {
		a++
	}
	for b > a && (toks[b-1].kind == tPunct && toks[b-1].text != ")" || conjunctions[toks[b-1].low] && b-1 > a && isComma(toks[b-2])) {
		b-- // and a dangling ", but"
	}
	// A dateline opening the article is not content: "HARLOW — ",
	// "WASHINGTON (Reuters) - ", "WASHINGTON -- ".
	a = skipDateline(toks, a, b)
	// "Better yet, the boats are faster …": the writer's link to the sentence
	// before is no part of the claim.
	if a+2 < b && toks[a].first && (openerWords[toks[a].low] || sentenceAdverbs[toks[a].low]) && isComma(toks[a+1]) {
		a += 2
	} else if a+3 < b && toks[a].first && toks[a].low == "better" && toks[a+1].low == "yet" && isComma(toks[a+2]) {
		a += 3
	}
	// "recalled that he said, “…”": a subject and a cue are no content;
	// the quote after them is.
	if b-a <= 3 && b-a >= 2 && isCueWord(toks[b-1]) && toks[a].kind == tWord && (subjectPronouns[toks[a].low] || toks[a].capital) {
		return false
	}
	// "said she believed the plan would fail": one claim, the plan failing.
	a0 := a // the belief's cue, when skipped, is held with the content
	if a+2 < b && subjectPronouns[toks[a].low] && toks[a].kind == tWord {
		if infos := cues[toks[a+1].low]; len(infos) > 0 && infos[0].class == classBelief && !infos[0].noun {
			k := a + 2
			if toks[k].low == "that" {
				k++
			}
			f := k // the belief's own clause runs to the first comma
			for f < b && !isComma(toks[f]) {
				f++
			}
			finite := finiteIn(toks, k, f)
			if l := infos[0].lemma; l == "consider" || l == "deem" {
				finite = auxIn(toks, k, f) // "he considers his recommendation handled": an object and its state
			}
			if (pa.clauseAt(k, b) || pa.clauseLike(k, b)) && finite { // not "said she expected a recount"
				a = k
			}
		}
	}
	if n := wordsIn(toks, a, b); n < minContentWords && !(n == 1 && toks[a].kind == tQuote && wordCount(pa.p[pa.qs[toks[a].q].cs:pa.qs[toks[a].q].ce]) >= minContentWords) {
		return false // (a whole quoted clause counts by its words: "and that “the US is not …”")
	}
	typ := extractor.Indirect
	var inner []int
	for i := a; i < b; i++ {
		if toks[i].kind == tQuote {
			if pa.qrec[toks[i].q] >= 0 {
				return false
			}
			inner = append(inner, toks[i].q)
			typ = extractor.Mixed
		}
	}
	for i := a; i < b; i++ {
		if pa.used[i] && !(i >= pa.inner[0] && i < pa.inner[1]) {
			return false // content never swallows an attribution, but its own parenthetical one
		}
	}
	sp := who()
	pa.markUsed(cu.at, cu.next, phrase{})
	r := rec{start: toks[a].start, end: toks[b-1].end, typ: typ, sp: sp, cue: cu.text, class: cu.class(), base: base, explicit: true}
	if typ == extractor.Mixed && base > baseMixed {
		r.base = baseMixed
	}
	ri := pa.add(r)
	for _, q := range inner {
		pa.qrec[q] = ri
	}
	for i := a0; i < b; i++ {
		pa.held[i] = true
	}
	if k, e := pa.nextThat, pa.nextEnd; k > b && k-b <= 3 && k < e {
		pa.nextThat, pa.nextEnd = 0, 0
		pa.emitSpeaker(k, pa.cutContent(k, e), cu, base, func() *speaker { return sp })
	}
	return true
}

// cutters end reported content at a comma: "X said the plan failed, though
// she did not say why" reports only "the plan failed".
var cutters = set(`but though although while whereas adding saying noting stating even as according compared
	however meanwhile`)

// samePronoun says whether the content at a and the clause at k open with
// the same subject pronoun: "he wasn't concerned, but he did worry" is one
// speaker's one report.
func samePronoun(toks []token, a, k int) bool {
	return k < len(toks) && toks[a].kind == tWord && subjectPronouns[toks[a].low] && toks[k].low == toks[a].low
}

// participleCutters end the claim after a comma whatever follows them.
var participleCutters = set(`adding saying noting stating according`)

// clauseAt says whether a clause with its own subject opens at k: a
// pronoun, an auxiliary or a past-tense verb a few words on ("the council
// disagreed", "she did not say why").
func (pa *para) clauseAt(k, e int) bool {
	toks := pa.toks
	if k >= e || toks[k].kind != tWord {
		return false
	}
	if subjectPronouns[toks[k].low] && toks[k].low != "who" {
		return true
	}
	for i := k + 1; i < e && i-k <= 6; i++ {
		t := toks[i]
		if t.kind != tWord {
			return false
		}
		if auxiliaries[t.low] || pastVerb(t) && !npWord(t) || verbCue(t.low) && !cues[t.low][0].noun {
			return i > k
		}
		if affilPreps[t.low] || t.low == "to" {
			return false
		}
	}
	return false
}

// cutContent returns where the content starting at a should end, at most e.
func (pa *para) cutContent(a, e int) int {
	toks := pa.toks
	pa.nextThat, pa.nextEnd = 0, 0
	dashes := 0                  // a hyphen standing alone is a dash too: words keep their own hyphens
	joined := func(i int) bool { // "U.S.-led": a hyphen between two words, no space around it
		return i > 0 && i+1 < len(toks) && toks[i].text == "-" && toks[i-1].end == toks[i].start && toks[i].end == toks[i+1].start
	}
	for i := a; i < e; i++ {
		if isDash(toks[i]) && !joined(i) {
			dashes++
		}
	}
	for i := a + 1; i < e; i++ {
		t := toks[i]
		words := wordsIn(toks, a, i)
		if t.text == ";" && words >= minContentWords {
			return i // a semicolon ends the claim
		}
		// "polls show voters rejecting him: A Quinnipiac poll found …": a
		// colon before a sentence of its own ends the claim.
		if t.text == ":" && words >= minContentWords && i+2 < e && toks[i+1].kind == tWord && toks[i+1].capital && (determiners[toks[i+1].low] || articles[toks[i+1].low]) {
			return i
		}
		// A lone dash opens the writer's aside: "her timetable has held up
		// — and for the night boats, she is right". A pair of dashes
		// sets off a part of the claim and stays.
		if dashes == 1 && isDash(t) && !joined(i) && words >= 3 {
			return i
		}
		if i+1 >= e {
			break
		}
		n := toks[i+1]
		// "the town expects 9,000 rowers according to the club's
		// website": another attribution closes the claim.
		if t.low == "according" && i+1 < e && toks[i+1].low == "to" && words >= minContentWords {
			return i
		}
		// "…the ferry, which it said sank off Kell Point": a relative
		// clause with its own attribution is the writer's addition.
		if isComma(t) && (n.low == "which" || n.low == "who") && words >= minContentWords && findCue(toks, i+2, min(i+6, e)) >= 0 {
			return i
		}
		// "…, at which Orm laughed: …": a clause on the whole sentence.
		if isComma(t) && words >= minContentWords && (n.low == "to" || n.low == "at" || n.low == "after" || n.low == "upon") && i+2 < e && toks[i+2].low == "which" {
			return i
		}
		// "…, with the Harbor Times reporting that no one will be turned away": another
		// source's report joined by "with" closes the claim.
		if isComma(t) && n.low == "with" && words >= minContentWords {
			for j := i + 2; j < e && j-i <= 6 && toks[j].kind == tWord; j++ {
				if strings.HasSuffix(toks[j].low, "ing") && isCueWord(toks[j]) {
					return i
				}
			}
		}
		// "…will not back Trump, as has Carlos Gimenez": another who did
		// the same closes the claim.
		if isComma(t) && n.low == "as" && i+2 < e && (toks[i+2].low == "has" || toks[i+2].low == "have" || toks[i+2].low == "did" || toks[i+2].low == "does" || toks[i+2].low == "had") && words >= minContentWords {
			return i
		}
		// "…, even though many of them backed Cruz": the writer's
		// concession closes the claim.
		if isComma(t) && n.low == "even" && i+2 < e && (toks[i+2].low == "though" || toks[i+2].low == "if") && words >= minContentWords {
			return i
		}
		// ", adding that …" ends the claim; ", but …" only when a clause of
		// its own follows ("…, but the council disagreed"), not a part of
		// this one ("the bridge would close, but only for a week").
		if isComma(t) && n.kind == tWord && cutters[n.low] && words >= minContentWords &&
			(participleCutters[n.low] || (pa.clauseAt(i+2, e) || n.low == "but" && i+2 < e && expletives[toks[i+2].low]) && !samePronoun(toks, a, i+2)) &&
			!(n.low == "as" && i+2 < e && toks[i+2].low == "well") {
			return i
		}
		// "warned that the handover must be conclusive and he would walk
		// away from any deal": a second claim of the same speaker, which
		// emitSpeaker records too.
		if t.low == "and" && words >= minContentWords && i+2 < e && (n.low == "he" || n.low == "she" || n.low == "they" || n.low == "we" || n.low == "it") &&
			(toks[i+2].low == "would" || toks[i+2].low == "will" || toks[i+2].low == "could" || toks[i+2].low == "might" || toks[i+2].low == "had" || toks[i+2].low == "was" || toks[i+2].low == "were") &&
			wordsIn(toks, i+1, e) >= minContentWords {
			pa.nextThat, pa.nextEnd = i+1, e
			return i
		}
		// "said fishermen first noticed the boat and a warship was sent":
		// a second clause with a subject of its own is a second claim of
		// the same speaker.
		if t.low == "and" && words >= minContentWords && i+3 < e && (articles[n.low] || isPossessive(n.low)) && !isComma(toks[i-1]) &&
			finiteIn(toks, a, i) && !pa.anyUsed(i+1, e) {
			k := i + 2
			for k < e && k-i <= 5 && toks[k].kind == tWord && !auxiliaries[toks[k].low] && !pastVerb(toks[k]) && (npWord(toks[k]) || plainWord(toks[k])) {
				k++
			}
			if k < e && k > i+2 && (toks[k].low == "was" || toks[k].low == "were" || toks[k].low == "had" || toks[k].low == "has" || toks[k].low == "have" || pastVerb(toks[k]) && !toks[k].capital) &&
				wordsIn(toks, i+1, e) >= minContentWords {
				pa.nextThat, pa.nextEnd = i+1, e
				return i
			}
		}
		// "claimed the crew had not paid its fees and amid rumours of
		// spying": a circumstance of the whole sentence joined by "and".
		if t.low == "and" && words >= minContentWords && (n.low == "amid" || n.low == "despite" || n.low == "following" || n.low == "amidst") {
			return i
		}
		// "…, and when asked whether …, he declined": the writer's next
		// sentence joined by "and" and a subordinate clause.
		if isComma(t) && (n.low == "and" || n.low == "but") && words >= minContentWords && i+3 < e && (subordinators[toks[i+2].low] && toks[i+2].low != "that" || toks[i+2].low == "asked") && toks[i+3].kind == tWord {
			return i
		}
		// "told reporters that A, and that B": two claims; the second is
		// recorded by emitSpeaker.
		if (isComma(t) || t.low == "and" || t.low == "but" || t.kind == tQuote && pa.quoteEndsWithComma(t)) && words >= minContentWords {
			if k := i + 1; k+1 < e && (toks[k].low == "and" || toks[k].low == "but") && (isComma(t) || t.kind == tQuote && pa.quoteEndsWithComma(t)) {
				if t.kind == tQuote {
					i++ // the comma is inside the quote, which stays in the first claim
				}
				if toks[k+1].low == "that" && (pa.clauseAt(k+2, e) || k+2 < e && toks[k+2].kind == tQuote || finiteIn(toks, k+2, min(e, k+26))) {
					pa.nextThat, pa.nextEnd = k+2, e
					return i
				}
			} else if n.low == "that" && !isComma(t) && (pa.clauseAt(i+2, e) || t.low == "and" && i+2 < e && toks[i+2].kind == tQuote) {
				pa.nextThat, pa.nextEnd = i+2, e
				return i
			}
		}
		// "…, and accused him of …", "… and said that …": another claim.
		if (isComma(t) || t.low == "and" || t.low == "but") && n.kind == tWord && words >= minContentWords && pa.opensClaim(i+1, e) {
			return i
		}
		// "X said A, and three-quarters said B": another speaker's clause
		// (not after an opening circumstance: "reported that during the
		// visit, Erdogan reiterated …" is one claim).
		if (isComma(t) || t.low == "and" || t.low == "but") && words >= minContentWords && pa.clauseAhead(i+1, e) && !(isComma(t) && pa.circumstance(a, i)) {
			return i
		}
		// "…, compared with 41 percent for Ruiz", "…, double the number in
		// May": the writer's comparison closes the claim.
		if isComma(t) && words >= minContentWords && (n.low == "compared" || n.low == "double" || n.low == "triple" || n.low == "half" ||
			(n.low == "up" || n.low == "down") && i+2 < e && toks[i+2].low == "from") {
			return i
		}
		// "While Balm calls the Kell Pod “a nice gadget,” he predicted …":
		// the comma inside the quote closes the clause.
		if t.kind == tQuote && pa.quoteEndsWithComma(t) && words >= 1 && pa.clauseAhead(i+1, e) {
			return i + 1
		}
		if n.kind == tQuote && pa.qrec[n.q] >= 0 && wordsIn(toks, a, i+1) >= minContentWords {
			return i + 1 // a quote already recorded ends the content before it
		}
		// "the system was “corrupt,” noting that ...": the comma is inside
		// the quote.
		if t.kind == tQuote && pa.quoteEndsWithComma(t) && n.kind == tWord && (cutters[n.low] || pa.opensClaim(i+1, e)) {
			return i + 1
		}
	}
	return e
}

// opensClaim says whether the cue word at j starts a claim of its own
// after a coordination: a verb that takes an object claim ("and accused
// him of"), or one followed by "that", a comma, a colon or a quote ("and
// said that", "but added, “…”"). "and found a man bleeding" continues the
// content.
func (pa *para) opensClaim(j, e int) bool {
	toks := pa.toks
	if j+1 < e && (toks[j].low == "has" || toks[j].low == "have" || toks[j].low == "had") && toks[j+1].kind == tWord && verbCue(toks[j+1].low) {
		j++ // "… and has said that …"
	}
	t := toks[j]
	if t.kind != tWord || !verbCue(t.low) {
		return false
	}
	if j+1 >= e {
		return true
	}
	n := toks[j+1]
	for _, ci := range cues[t.low] {
		if ci.part != "" && ci.part == n.low && ci.frames&(fObjInf|fObj|fThat) != 0 {
			return true // "and called on the government to withdraw"
		}
	}
	if n.kind == tWord && adverbLy(n.low) && j+2 < e {
		n = toks[j+2] // "and suspected immediately that …"
	}
	return n.low == "that" || isComma(n) || n.text == ":" || n.kind == tQuote ||
		hasFrame(t.low, fObj|fObjInf|fAs) && objectOpener(n) ||
		hasFrame(t.low, fWh) && questionWords[n.low] ||
		hasFrame(t.low, fZero|fClause) && pa.clauseLike(j+1, e) ||
		(t.low == "said" || t.low == "says" || t.low == "added" || t.low == "adds") && n.kind == tWord && !notClause[n.low] && !tellObjects[n.low] && finiteIn(toks, j+1, min(e, j+16)) // "… and said any attempt to isolate Ostland would fail"
}

// complementEnd ends content that is an object or an infinitive before
// what is no longer part of it: a coordinated verb ("promised to protect
// Medicaid and hammered Bevin"), a time ("endorsed Trump last week"), a
// subordinate clause ("announced the partnership after cutting ties"), or
// a participle after a comma.
func (pa *para) complementEnd(a, e int) int {
	toks := pa.toks
	e = pa.cutContent(a, e)
	for i := a + 1; i < e; i++ {
		t := toks[i]
		if t.kind != tWord {
			if isComma(t) && i+1 < e && strings.HasSuffix(toks[i+1].low, "ing") {
				return i
			}
			continue
		}
		switch {
		case (t.low == "and" || t.low == "but") && i+1 < e && toks[i+1].kind == tWord &&
			(auxiliaries[toks[i+1].low] || pastVerb(toks[i+1]) && !npWord(toks[i+1])):
			return i
		case t.low == "as" && i+2 < e && toks[i+1].low == "well" && toks[i+2].low == "as":
			i += 2 // "delays, as well as the loss of two boats": one object
		case t.low == "as" && toks[i-1].low == "such":
			// "income, such as that of partnerships": an example, part of the object
		case subordinators[t.low] || t.low == "amid" || t.low == "as" && i+1 < e && (toks[i+1].low != "a" && toks[i+1].low != "an" && toks[i+1].low != "the" || isComma(toks[i-1])) && !pa.asPredicate(a, i):
			return i
		case t.low == "last" && i+1 < e && timeWords[toks[i+1].low] || weekdays[t.low] || t.low == "on" && i+1 < e && weekdays[toks[i+1].low]:
			return i
		case t.low == "for" && i > a+2 && i+1 < e && toks[i+1].kind == tWord && strings.HasSuffix(toks[i+1].low, "ing") && len(toks[i+1].low) > 5 && hasTo(toks, a, i):
			return i // "for Ginsburg to resign for saying …": the reason is the writer's
		}
	}
	return e
}

// asPredicate says whether "as" at i is the "as" of "described X as Y".
func (pa *para) asPredicate(a, i int) bool {
	for k := i - 1; k >= a-1 && k >= 0 && i-k <= maxObject+1; k-- {
		if t := pa.toks[k]; t.kind == tWord && hasFrame(t.low, fAs) {
			return true
		}
	}
	return false
}

// pastVerb spots a past-tense verb by its ending: "hammered", "appeared".
func pastVerb(t token) bool {
	return t.kind == tWord && !t.capital && (len(t.low) > 4 && strings.HasSuffix(t.low, "ed") && !nonVerbsEd[t.low] || irregularPast[t.low])
}

// irregularPast are common past tenses without "-ed": "the two men never met".
var irregularPast = set(`met went came took made saw knew gave got left kept held began ran paid lost won sold
	bought brought built fell felt fought led meant rose sent spent stood struck threw broke chose drove
	forgot grew flew ate became did was were had spoke shook sat`)

var nonVerbsEd = set(`need hundred indeed speed bred shed`)

// subjectBefore says whether the noun phrase right before the -ing cue at c
// opens the sentence (or follows its opening phrase), so that it is the
// subject of the participle ("Officials speaking on Monday …" aside, a
// headline's "Trump Saying …"), not an object.
func (pa *para) subjectBefore(s sentence, c int) bool {
	ph, ok := backPhrase(pa.p, pa.toks, c, s.a)
	return ok && (ph.a == skipDateline(pa.toks, s.a, c) || ph.a-1 >= s.a && isComma(pa.toks[ph.a-1]) && pa.circumstance(s.a, ph.a-1) ||
		ph.a-1 >= s.a && pa.toks[ph.a-1].low == "with") // "with forecasters warning that …"
}

// participle handles "..., saying (that) CONTENT": the speaker is that of
// an attribution already made in the sentence (“…,” Lopez said, adding that
// …), else the subject at the start of the sentence.
func (pa *para) participle(s sentence, c int, cu cue) bool {
	toks := pa.toks
	var sp *speaker
	// "…, with the Harbor Times reporting that …": the participle's
	// subject is the phrase after "with".
	for w := c - 1; w > s.a && c-w <= 6 && toks[w].kind == tWord; w-- {
		if toks[w].low == "with" && isComma(toks[w-1]) {
			if wp, ok := backPhrase(pa.p, toks, c, w+1); ok && wp.a == w+1 {
				sp = pa.st.resolve(pa.p, toks, wp)
			}
			break
		}
	}
	for i := c - 1; i >= s.a && c-i <= maxScan && sp == nil; i-- {
		if toks[i].kind == tQuote {
			if r := pa.qrec[toks[i].q]; r >= 0 && pa.st.recs[r].explicit {
				sp = pa.st.recs[r].sp
			}
		}
	}
	// "Trump argued that ..., saying ...": the speaker of reported speech
	// earlier in the sentence.
	for r := len(pa.st.recs) - 1; sp == nil && r >= 0; r-- {
		rc := &pa.st.recs[r]
		if rc.para != pa.idx || rc.start < toks[s.a].start {
			break
		}
		if rc.explicit && rc.typ != extractor.Direct && rc.sp != nil && rc.sp.kind != extractor.Unknown && rc.end <= toks[c].start {
			sp = rc.sp
		}
	}
	var ph phrase
	if sp == nil {
		var ok bool
		if ph, ok = pa.subject(s, c); !ok {
			return false
		}
	}
	e := contentEnd(toks, s)
	k := cu.next
	that := false
	if t := pa.thatAfter(k, e, false); t >= 0 {
		k, that = t, true
	}
	if pa.tailOnly(k, e) || pa.notClauseAt(k, e) {
		return false // "responding to the pollution": no claim
	}
	if !that && c-1 >= s.a && personish(toks[c-1]) && !issuedBefore(toks, s.a, c) {
		return false // "a fisherman claiming rights to …": the participle is the fisherman's
	}
	who := func() *speaker {
		if sp != nil {
			return sp
		}
		return pa.st.resolve(pa.p, toks, ph)
	}
	// "threatening them with tariffs": without "that", only what the
	// cue's frames allow ("saying the plan failed", "urging Congress to
	// act"), not any object.
	if !that && cu.info.frames&fZero == 0 && !(cu.info.frames&fClause != 0 && pa.clauseLike(k, e)) {
		return pa.complementSpeaker(s, cu, e, false, who)
	}
	return pa.emitSpeaker(k, pa.cutContent(k, e), cu, baseTrailing, who)
}

func isCueWord(t token) bool {
	return t.kind == tWord && sayCue(t.low)
}

// anonVerbs in "who asked not to be named" are not cues.
var anonVerbs = set(`asked spoke declined requested agreed insisted`)

var ppOpeners = set(`in on at during after before via through in to with from over of for`)

// coordinated handles "X called on Congress to act and said (that) CONTENT":
// the cue's subject is the sentence's subject.
func (pa *para) coordinated(s sentence, c, and int, cu cue) bool {
	toks := pa.toks
	var sp *speaker
	ph, ok := fwdPhrase(pa.p, toks, s.a, and, false)
	// "Some cheered, and when Rubin thanked the crews and said …": the
	// subject of the clause the verb is in.
	for k := and - 1; k > s.a; k-- {
		if isComma(toks[k]) || toks[k].kind == tQuote {
			break
		}
		if subordinators[toks[k].low] && (conjunctions[toks[k-1].low] || isComma(toks[k-1])) {
			if cp, cok := fwdPhrase(pa.p, toks, k+1, and, false); cok && cp.end < and && toks[cp.end].kind == tWord && !toks[cp.end].capital {
				ph, ok = cp, true
			}
			break
		}
	}
	if !ok || ph.end >= and || participleOpener(toks, s.a, and) || ph.a == s.a && adverbOpeners[toks[s.a].low] {
		// "In his speech, Obama praised Clinton and said …": the subject
		// after an opening phrase.
		ph, ok = pa.subject(s, and)
	}
	if r := pa.lastRecIn(s, c); r != nil && r.explicit && r.sp != nil && r.sp.kind != extractor.Unknown &&
		(r.end == toks[and-1].end || and-2 >= s.a && isComma(toks[and-1]) && r.end == toks[and-2].end) {
		// "she described this as X and accused him of Y": the verb
		// joined to a claim just made shares its speaker.
		sp, ok = r.sp, true
		ph = phrase{a: s.a, b: s.a + 1, end: s.a + 1}
	} else if !ok || ph.end >= and || toks[ph.end].kind != tWord {
		// "Rep. Dan Kell, R-Maine, visited …, and argued": the subject
		// before its appositive.
		if ph, ok = pa.subject(s, and); !ok || ph.end >= and {
			return false
		}
	}
	if sp != nil {
		// the speaker is settled
	} else if pa.anyUsed(ph.a, ph.end) {
		// "X said A and urged B": the subject already spoke in this
		// sentence; the second verb shares it.
		r := pa.lastRecIn(s, c)
		if r == nil || !r.explicit || r.sp == nil || r.sp.kind == extractor.Unknown {
			return false
		}
		sp = r.sp
	} else if _, isPron := pronouns[toks[ph.a].low]; !isPron && !headWord(toks[ph.b-1]) {
		return false
	}
	e := contentEnd(toks, s)
	k := cu.next
	if t := pa.thatAfter(k, e, cu.kind == cueTell); t >= 0 && cu.info.frames&(fThat|fIO) != 0 {
		k = t
	} else if cu.info.frames&fZero == 0 && !(cu.info.frames&fClause != 0 && pa.clauseLike(k, e)) {
		if sp != nil {
			return pa.complementSpeaker(s, cu, e, false, func() *speaker { return sp })
		}
		return pa.complement(s, cu, ph, e)
	}
	k = pa.skipTime(k, e)
	if k == cu.next && cu.kind == cueTell {
		// "went home and told reporters the plan had failed": past the one
		// told; "calm the crowd and tell more jokes" tells a thing, no claim.
		j := k
		if j < e && tellObjects[toks[j].low] {
			j++
		} else {
			for j < e && npWord(toks[j]) && !(determiners[toks[j].low] && j > k) {
				j++
			}
		}
		quoted := j < e && (toks[j].kind == tQuote || (isComma(toks[j]) || toks[j].text == ":") && j+1 < e && toks[j+1].kind == tQuote)
		switch {
		case quoted:
			// "but told his supporters, “…”": the quotation is what was
			// told; it takes its speaker from here.
		case j == k || !pa.clauseLike(j, e) && !pa.clauseAt(j, e):
			return false
		default:
			k = j
		}
	}
	if pa.tailOnly(k, e) {
		return false
	}
	return pa.emitSpeaker(k, pa.cutContent(k, e), cu, baseTrailing, func() *speaker {
		if sp != nil {
			return sp
		}
		return pa.st.resolve(pa.p, toks, ph)
	})
}

// adverbOpeners open a sentence with a phrase of time, not its subject:
// "Just before the ferry left, the pilot …".
var adverbOpeners = set(`just shortly soon right even only long moments hours minutes days weeks`)

// openingParticiple records "Noting that in the bay a moss lives on
// salt, Marsk asked …": a participle opening the sentence, its claim
// up to the comma, its speaker the subject after it.
func (pa *para) openingParticiple(s sentence, c int, cu cue) bool {
	toks := pa.toks
	k := cu.next
	if k >= s.b || toks[k].low != "that" {
		return false
	}
	e := contentEnd(toks, s)
	comma := -1
	for i := k + 1; i < e && i-k <= maxContent; i++ {
		if isComma(toks[i]) && toks[i].text == "," {
			comma = i // the last comma whose words after open the main clause
			if ph, ok := fwdPhrase(pa.p, toks, i+1, e, false); ok && ph.end < e && toks[ph.end].kind == tWord && !toks[ph.end].capital && (pastVerb(toks[ph.end]) || verbCue(toks[ph.end].low) || auxiliaries[toks[ph.end].low]) {
				return pa.emitSpeaker(k+1, comma, cu, baseTrailing, func() *speaker { return pa.st.resolve(pa.p, toks, ph) })
			}
		}
	}
	return false
}

// participleOpener says whether the sentence at a opens with a participle
// phrase set off by a comma ("Walking to the next dock, Ebbing …"), which
// is no subject.
func participleOpener(toks []token, a, lim int) bool {
	t := toks[a]
	if t.kind != tWord || !strings.HasSuffix(t.low, "ing") || len(t.low) < 6 || a+1 >= lim || toks[a+1].kind != tWord || toks[a+1].capital {
		return false
	}
	for i := a + 2; i < lim && i-a <= 14; i++ {
		if isComma(toks[i]) {
			return true
		}
	}
	return false
}

// lastRecIn returns the latest record of sentence s that ends before token
// c, or nil.
func (pa *para) lastRecIn(s sentence, c int) *rec {
	toks := pa.toks
	for r := len(pa.st.recs) - 1; r >= 0; r-- {
		rc := &pa.st.recs[r]
		if rc.para != pa.idx || rc.start < toks[s.a].start {
			break
		}
		if rc.end <= toks[c].start {
			return rc
		}
	}
	return nil
}

// skipDateline returns where a sentence starts after a dateline opening
// the article ("BUFFALO, N.Y. — ", "WASHINGTON (Reuters) - "), else a.
func skipDateline(toks []token, a, c int) int {
	if a >= c || !isAcronym(toks[a].text) {
		return a
	}
	for d := a + 1; d < c && d-a <= 6; d++ {
		if t := toks[d]; t.kind == tPunct && isDash(t) {
			for d+1 < c && isDash(toks[d+1]) {
				d++ // "--"
			}
			return d + 1
		}
	}
	return a
}

func isDash(t token) bool {
	return t.kind == tPunct && (t.text == "—" || t.text == "–" || t.text == "-" || t.text == "―" || strings.HasPrefix(t.text, "--"))
}

// subordinators open a clause that ends at a comma before the main one.
var subordinators = set(`before after when whenever although though while whilst because since until once if unless`)

var conjunctions = set(`but and so yet or`)

var questionWords = set(`whether if why how what when where who`)

// quoteEndsWithComma says whether the quote token t ends with a comma
// inside its marks (“…,”), as quotes followed by their attribution do.
func (pa *para) quoteEndsWithComma(t token) bool {
	q := pa.qs[t.q]
	return q.ce > q.cs && pa.p[q.ce-1] == ','
}

// subject finds the subject of the sentence's main clause before token c:
// the first phrase opening the sentence or following a comma that is
// followed by a verb ("While celebrating, Trump mocked …") or by an
// appositive and then a verb ("Bush, Florida's former governor, attacked").
func (pa *para) subject(s sentence, c int) (phrase, bool) {
	toks := pa.toks
	a := skipDateline(toks, s.a, c)
	for a < c && toks[a].kind == tWord && openerWords[toks[a].low] {
		a++ // "And then Hunt went on the attack, saying …"
	}
	for i := a; i < c && i-a <= maxScan; i++ {
		if i != a && !isComma(toks[i-1]) {
			continue
		}
		ph, ok := fwdPhrase(pa.p, toks, i, c, false)
		if ok && i == a && ph.end < c && toks[ph.end].kind == tWord && !toks[ph.end].capital && !pastVerb(toks[ph.end]) && !auxiliaries[toks[ph.end].low] {
			// "Alleged rebel Kell members issued …": a subject whose
			// words the forward reading stops inside; read back from its verb.
			for v := ph.end + 1; v < c && v-a <= maxNP; v++ {
				if t := toks[v]; t.kind != tWord {
					break
				} else if pastVerb(t) || auxiliaries[t.low] {
					if q := npLeft(toks, v, a); q == a {
						ph = phrase{a: a, b: v, end: v}
					}
					break
				}
			}
		}
		if !ok || ph.end >= c || pa.anyUsed(ph.a, ph.end) || circumOpeners[toks[ph.a].low] || affilPreps[toks[ph.a].low] {
			continue // not "At a campaign event …, Lund tried"
		}
		if _, pron := pronouns[toks[ph.a].low]; !pron && !toks[ph.b-1].capital && !isGroup(toks[ph.b-1]) && !orgNouns[toks[ph.b-1].low] && !isTitle(toks[ph.b-1]) {
			continue
		}
		v := ph.end
		// "Richardson, however, decided …": a sentence adverb set off by
		// commas.
		if v+2 < c && isComma(toks[v]) && isComma(toks[v+2]) && toks[v+1].kind == tWord && (stopCaps[toks[v+1].low] || adverbLy(toks[v+1].low) || toks[v+1].low == "too") {
			v += 3
		}
		for v < c && toks[v].kind == tWord && skipBeforeCue[toks[v].low] && !auxiliaries[toks[v].low] {
			v++ // "A port official later took back the remarks"
		}
		if toks[v].text == "(" { // "Sen. Ann Lee (D-Ore.) defended the plan"
			for k := v + 1; k < c && k-v <= 6; k++ {
				if toks[k].text == ")" {
					v = k + 1
					break
				}
			}
		}
		if v < c && isComma(toks[v]) && ph.appB > 0 && ph.appB < c && isComma(toks[ph.appB]) {
			v = ph.appB + 1
		} else if v+2 < c && isComma(toks[v]) && v == ph.end && toks[v+1].kind == tWord && toks[v+1].capital && partyLabel(toks[v+1].text) && isComma(toks[v+2]) {
			v += 3 // "Rep. Dan Kell, R-Maine, visited"
		} else if v < c && isComma(toks[v]) && v > ph.end {
			// "Roy Cooper (D), the mayor's opponent in the race, called":
			// an appositive after a parenthesis.
			for k := v + 1; k < c && k-v <= 16; k++ {
				if isComma(toks[k]) {
					v = k + 1
					break
				}
				if toks[k].kind != tWord {
					break
				}
			}
		}
		if v < c && toks[v].kind == tWord && !toks[v].capital && !npWord(toks[v]) && (!stopCaps[toks[v].low] || isCueWord(toks[v])) {
			return ph, true // not "Hours before the game, ...": a verb follows
		}
	}
	return phrase{}, false
}

// relativeEnd cuts the content of a cue in a relative clause set off by
// commas at the comma that closes the clause: "Ms. Lund, who said last
// week that the judge was biased, spoke again" ends at "biased".
func (pa *para) relativeEnd(s sentence, c, e int) int {
	toks := pa.toks
	w := c - 1
	for w > s.a && c-w <= 4 && toks[w].kind == tWord && (weekdays[toks[w].low] || timeAdverbs[toks[w].low] || toks[w].low == "on" || toks[w].low == "also" || adverbLy(toks[w].low) ||
		auxiliaries[toks[w].low] || finiteAux[toks[w].low] || toks[w].low == "once" || isYear(toks[w].low) || toks[w].low == "in" ||
		(toks[w].low == "last" || toks[w].low == "this") || timeWords[toks[w].low] && (toks[w].low == "year" || toks[w].low == "week" || toks[w].low == "month")) { // "who has said", "who once said", "who in 2010 said", "who last year said"
		w--
	}
	share := w-3 > s.a && toks[w].low == "whom" && toks[w-1].low == "of" && isComma(toks[w-3]) // "…, many of whom say …"
	if !share && (w-1 < s.a || toks[w].low != "who" || !isComma(toks[w-1])) {
		return e
	}
	for i := c + 1; i+1 < e; i++ {
		n := toks[i+1]
		if isComma(toks[i]) && n.kind == tWord && !n.capital && !conjunctions[n.low] && !affilPreps[n.low] && !circumPreps[n.low] && !determiners[n.low] &&
			!subordinators[n.low] && !relPronouns[n.low] && n.low != "that" && (pastVerb(n) || auxiliaries[n.low] || verbCue(n.low) || strings.HasSuffix(n.low, "s")) {
			return i
		}
	}
	return e
}

// subordinateEnd says whether the words before a trailing attribution end
// in a subordinator and what is set off after it ("…, when, in fact, he
// rowed home"): the attribution's clause is the subordinate one, and
// no claim precedes it.
func subordinateEnd(toks []token, a, b int) bool {
	for i := b - 1; i >= a && b-i <= 5; i-- {
		if toks[i].kind == tWord && subordinators[toks[i].low] && (i+1 == b || isComma(toks[i+1])) {
			return true
		}
	}
	// "Some cheered, and when Rubin said it was good to be back, a man
	// shouted": the words before the comma are a subordinate clause of the
	// attribution's own sentence.
	for i := b - 1; i > a; i-- {
		if isComma(toks[i]) || toks[i].kind == tQuote {
			return false
		}
		if toks[i].kind == tWord && subordinators[toks[i].low] && (conjunctions[toks[i-1].low] || isComma(toks[i-1])) {
			return true
		}
	}
	return false
}

// issuer returns the subject that issued the document ph names ("the
// Commission issued a statement warning …"), or ph itself.
func (pa *para) issuer(s sentence, ph phrase) phrase {
	toks := pa.toks
	if ph.b > ph.a && docNouns[toks[ph.b-1].low] && ph.a-1 > s.a && issueVerbs[toks[ph.a-1].low] {
		if sub, ok := pa.subject(s, ph.a); ok && sub.end <= ph.a-1 && !pa.anyUsed(sub.a, sub.end) {
			return sub
		}
	}
	return ph
}

// personObjects are object pronouns that stand for someone or something
// found, not a clause: "found him hidden".
var personObjects = set(`her him them it me us`)

// tellObjects are the pronouns a teller tells: "told me the plan failed".
var tellObjects = set(`me you us him her them`)

// passingNouns pass: "as the day went on".
var passingNouns = set(`day days night week weeks month months year years morning evening afternoon game match season hours time`)

// perceptionVerbs take an -ing form as what was perceived: "heard arguing".
var perceptionVerbs = set(`hear heard hears see saw sees watch watched notice noticed`)

// issueVerbs put out a document that then speaks for its issuer.
var issueVerbs = set(`issued released published posted sent put distributed`)

// partyLabel says whether w is a legislator's party and place: "R-Maine",
// "D-Ore.", "D".
func partyLabel(w string) bool {
	return len(w) >= 3 && (w[0] == 'R' || w[0] == 'D' || w[0] == 'I') && w[1] == '-'
}

// personish says whether t is a noun for a person or people: "gunman",
// "official", "voters".
func personish(t token) bool {
	if t.kind != tWord || t.capital {
		return false
	}
	if isTitle(t) || personNouns[t.low] || isGroup(t) {
		return true
	}
	for _, suf := range []string{"man", "men", "woman", "women", "person", "people"} {
		if strings.HasSuffix(t.low, suf) && len(t.low) > len(suf)+2 {
			return true
		}
	}
	return false
}

// postVerbs publish: what follows them without "that" or a quote may be
// the way they were used ("tweeted using his account"), not a claim.
var postVerbs = set(`tweet post blog text message email`)

// kinNouns name relatives, which stand for a person the way titles do:
// "his aunt, Jane Starr".
var kinNouns = set(`aunt uncle mother father sister brother wife husband son daughter cousin niece nephew
	grandmother grandfather partner widow widower friend`)

// relIn says whether tokens [a, b) hold a relative pronoun: "the members
// who had voted".
func relIn(toks []token, a, b int) bool {
	for i := a; i < b; i++ {
		if l := toks[i].low; l == "who" || l == "which" || l == "whom" {
			return true
		}
	}
	return false
}

// restrictiveWho says whether the "who" before the cue at c follows its
// noun directly ("a woman who has accused"), not after a comma or a dash.
func restrictiveWho(toks []token, c, lim int) bool {
	for i := c - 1; i > lim && c-i <= 3; i-- {
		if toks[i].low == "who" {
			return !isComma(toks[i-1]) && !isDash(toks[i-1])
		}
	}
	return false
}

// objPronouns are the object forms a source may take after "according
// to": "according to him".
var objPronouns = map[string]gender{"him": male, "her": female, "them": plural}

// shortTerm says whether the quote token t is a word or two in quote marks
// inside a phrase ("her “clawback” plan"), not a quotation.
func (pa *para) shortTerm(t token) bool {
	q := pa.qs[t.q]
	return wordCount(pa.p[q.cs:q.ce]) <= 3 && !pa.quoteEndsWithComma(t)
}

// askedOpening says whether [a, b) is the question put to a speaker:
// "Asked whether …", "When asked about …".
func askedOpening(toks []token, a, b int) bool {
	if a < b && conjunctions[toks[a].low] {
		a++
	}
	return a < b && (toks[a].low == "asked" || a+1 < b && toks[a].low == "when" && toks[a+1].low == "asked")
}

// stateKinds stand before "states" the noun: "Southern states", "member
// states", "swing states".
var stateKinds = set(`southern northern eastern western midwestern southwestern northeastern southeastern northwestern
	united member swing battleground border red blue gulf baltic balkan arab nordic island coastal rural several many
	some other all most both three four five six seven eight nine ten two these those nuclear sovereign nation`)

// hasTo says whether [a, b) holds an infinitive's "to": "Ginsburg to resign".
func hasTo(toks []token, a, b int) bool {
	for i := a; i < b; i++ {
		if toks[i].low == "to" {
			return true
		}
	}
	return false
}

// impersonalAdverbs before a past participle make it an impersonal passive:
// "widely expected", "generally believed".
var impersonalAdverbs = set(`widely generally largely broadly commonly universally long`)

// docSubject finds the subject of an evidence cue at c that is a document
// or data with words after its head: "A 2014 study by a law professor
// found", "The latest opinion poll released Friday shows", "A study that
// appeared in the journal found", "Video of the incident shows". The
// phrase runs to the cue and is marked as a document's. The subject must
// open the clause: the sentence, after an opening phrase and its comma,
// after a conjunction, a subordinator ("after leaked documents … show")
// or a comma before a trailing cue.
func (pa *para) docSubject(s sentence, c int) (ph phrase, head int, ok bool) {
	toks := pa.toks
	for d := max(s.a, c-24); d < c; d++ {
		if toks[d].kind != tWord || !(docNouns[toks[d].low] || evidenceNouns[toks[d].low]) || toks[d].capital && !toks[d].first {
			continue
		}
		a := d
		for a-1 >= s.a && d-a < 7 {
			t := toks[a-1]
			if t.kind == tWord && (determiners[t.low] || isPossessive(t.low) || t.capital && !t.first && !subordinators[t.low] ||
				isDigitStart(t.low, 0) || !t.capital && plainWord(t) && !verbCue(t.low) && !subordinators[t.low] && !conjunctions[t.low] && !affilPreps[t.low] && !circumPreps[t.low] && t.low != "that" ||
				t.first && t.capital && !subordinators[t.low] && !conjunctions[t.low] && !circumPreps[t.low]) ||
				t.text == "/" || t.text == "-" {
				a--
				if t.first {
					break
				}
				continue
			}
			break
		}
		opens := a == skipDateline(toks, s.a, c) || isComma(toks[a-1]) ||
			toks[a-1].kind == tWord && (subordinators[toks[a-1].low] || conjunctions[toks[a-1].low] && (a-1 == s.a || isComma(toks[a-2])))
		if !opens {
			return phrase{}, 0, false
		}
		// What follows the head: a preposition, a participle or a
		// relative clause, with no other claim and no clause of its own.
		if d+1 < c {
			n := toks[d+1]
			if n.kind != tWord || !(affilPreps[n.low] || circumPreps[n.low] || n.low == "by" || n.low == "about" || n.low == "that" || n.low == "which" || pastVerb(n)) {
				return phrase{}, 0, false
			}
		}
		rel := false
		for i := d + 1; i < c; i++ {
			t := toks[i]
			switch {
			case t.kind == tQuote || t.kind == tPunct && strings.ContainsAny(t.text, ".;:!?()") && !(i > 0 && toks[i-1].kind == tWord && len(toks[i-1].low) <= 4 && t.text == "."):
				return phrase{}, 0, false
			case isComma(t) && i != c-1 && !(i > 0 && isDigitStart(toks[i-1].low, 0)):
				return phrase{}, 0, false
			case t.kind == tWord && (t.low == "that" || t.low == "which"):
				rel = true
			case t.kind == tWord && (isCueWord(t) && !pastVerb(t) || subjectPronouns[t.low] || finiteAux[t.low] && !rel):
				return phrase{}, 0, false
			}
		}
		b := c
		if isComma(toks[b-1]) {
			b-- // "…, 2015, shows"
		}
		return phrase{a: a, b: b, end: c, doc: true}, d, true
	}
	return phrase{}, 0, false
}

// evidenceNouns show things without being documents of their own: "polling
// averages show", "another chart shows" (not "slide", "table" or "map",
// which are as often something else: "the slide in prices shows").
var evidenceNouns = set(`average averages chart charts graph graphs graphic graphics photo photos photograph photographs`)

// issuedBefore says whether the participle at c follows a document its
// subject put out: "issued a statement to several newspapers saying …".
func issuedBefore(toks []token, lim, c int) bool {
	for k := c - 1; k > lim && c-k <= 10; k-- {
		t := toks[k]
		if t.kind != tWord {
			return false
		}
		if docNouns[t.low] && k-1 > lim && (issueVerbs[toks[k-1].low] || articles[toks[k-1].low] && k-2 >= lim && issueVerbs[toks[k-2].low]) {
			return true
		}
	}
	return false
}
