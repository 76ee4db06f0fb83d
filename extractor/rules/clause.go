package rules

import "strings"

// Tests that tell a clause, which reported content must be, from a noun
// phrase, a prepositional phrase or a tail after the cue.

// auxiliaries mark a finite clause.
var auxiliaries = func() map[string]bool {
	m := set(`is are was were has have had will would could can should may might must
	did does do won't wouldn't can't couldn't isn't aren't wasn't weren't hasn't haven't didn't doesn't`)
	for w := range m {
		if strings.Contains(w, "'") {
			m[strings.ReplaceAll(w, "'", "’")] = true // "didn’t"
		}
	}
	return m
}()

// clauseLike says whether the tokens from k open a clause: a pronoun
// subject, or an auxiliary within a few words before any relative word
// ("the plant would close", not "a plan that would cut taxes").
func (pa *para) clauseLike(k, e int) bool {
	if k >= e || pa.toks[k].kind != tWord {
		return false
	}
	if _, ok := pronouns[pa.toks[k].low]; ok || pa.toks[k].low == "we" || pa.toks[k].low == "i" || expletives[pa.toks[k].low] {
		return true
	}
	for i := k + 1; i < e && i-k <= 8; i++ {
		t := pa.toks[i]
		if isComma(t) && i+1 < e && isDigitStart(pa.toks[i-1].low, 0) && isDigitStart(pa.toks[i+1].low, 0) {
			continue // "5,000"
		}
		if t.kind == tQuote && i > k && !pa.quoteEndsWithComma(t) {
			continue // "a “full report” from the board is coming": a quoted phrase in the subject
		}
		if t.kind != tWord || t.low == "that" || t.low == "which" || t.low == "who" || t.low == "to" {
			return false
		}
		if auxiliaries[t.low] {
			return i-k <= 6
		}
		// "voters wanted a vote", "Ruiz won": a bare plural or a name, then
		// its past verb.
		if i == k+1 && pastVerb(t) && (isGroup(pa.toks[k]) || pa.toks[k].capital && nameWord(pa.toks[k])) && i+1 < e &&
			pa.toks[i+1].kind == tWord && pa.toks[i+1].low != "by" {
			return true
		}
		// "the cause of the sinkings remained unknown": a
		// subject with its determiner, then a past verb that takes no
		// agent ("a plan approved by the council" is no clause).
		if i-k >= 2 && (determiners[pa.toks[k].low] || quantityOpeners[pa.toks[k].low] || isDigitStart(pa.toks[k].low, 0)) && !t.capital && len(t.low) > 4 && strings.HasSuffix(t.low, "ed") && i+1 < e &&
			(plainWord(pa.toks[i-1]) || pa.toks[i-1].capital) && pa.toks[i+1].kind == tWord && pa.toks[i+1].low != "by" &&
			!circumPreps[pa.toks[i+1].low] && !conjunctions[pa.toks[i-1].low] && !verbCue(t.low) {
			return true
		}
		if verbCue(t.low) && !nounLike(t.low) {
			return false // the clause's verb is a cue: "who reported the leak recalled that …"
		}
		// "the department returned the weapon": a past verb with its
		// object after a subject; not "a plan approved by the council".
		if i > k && !t.capital && len(t.low) > 4 && strings.HasSuffix(t.low, "ed") && i+1 < e && !adverbLy(pa.toks[i-1].low) && !conjunctions[pa.toks[i-1].low] {
			if n := pa.toks[i+1]; n.kind == tWord && !weekdays[n.low] && (determiners[n.low] || isPossessive(n.low) || possessivePronouns[n.low] || n.capital && !n.first) {
				return true
			}
		}
	}
	return false
}

// expletives open a clause with no subject of their own: "there’s no
// evidence", "it’s unclear".
var expletives = set(`there there's there’s it's it’s that's that’s`)

// quantityOpeners open a counted subject: "at least 2,000 people crowded the pier".
var quantityOpeners = set(`at more nearly about some many most several few`)

// notClauseAt says whether content at k opens with a preposition or an
// infinitive marker ("insisted on building"), not with a clause; "about
// half" and "over 100" are quantities.
func (pa *para) notClauseAt(k, e int) bool {
	if k >= e || !notClause[pa.toks[k].low] {
		return false
	}
	if k+1 < e && pa.toks[k].low == "at" && (pa.toks[k+1].low == "least" || pa.toks[k+1].low == "most") {
		return false // "at least 2,000 people crowded"
	}
	if k+1 < e && (pa.toks[k].low == "about" || pa.toks[k].low == "over") {
		n := pa.toks[k+1]
		if (n.low == "a" || n.low == "an") && k+2 < e {
			// "about a dozen people", not "thinking about a run"
			return !(numberWords[pa.toks[k+2].low] || fractionWords[pa.toks[k+2].low])
		}
		return !(isDigitStart(n.low, 0) || groupNouns[n.low] || numberWords[n.low])
	}
	return true
}

// settingNouns name where or how something was said: "in a statement",
// "on Twitter", "at a news conference".
var settingNouns = set(`statement statements interview interviews conference briefing call email e-mail
	post tweet tweets letter release video message speech appearance hearing remarks testimony
	twitter facebook instagram podcast broadcast event rally meeting session forum filing`)

var numberWords = set(`one two three four five six seven eight nine ten dozen hundred hundreds thousand thousands million a an`)

var fractionWords = set(`third quarter half fifth tenth`)

// skipSetting skips where something was said, opening content that has no
// "that": "said in a statement Monday the plant will close".
func (pa *para) skipSetting(k, e int) int {
	toks := pa.toks
	if k >= e || !ppOpeners[toks[k].low] {
		return k
	}
	for i := k + 1; i < e && i-k <= 5; i++ {
		t := toks[i]
		if t.kind != tWord {
			return k
		}
		// "said in a statement Monday the plant will close", "said in a
		// statement, “…”", "said at a news conference the ferry ...".
		if settingNouns[t.low] || timeWords[t.low] && !ppOpeners[t.low] && !weekdays[t.low] {
			j := i + 1
			for j < e && j-i <= 3 && (settingNouns[toks[j].low] || weekdays[toks[j].low] || isComma(toks[j]) || toks[j].text == ":" ||
				timeWords[toks[j].low] && !ppOpeners[toks[j].low]) {
				j++
			}
			if j < e && (toks[j].kind == tWord && !isCueWord(toks[j]) || toks[j].kind == tQuote) {
				return j // not "posted on Twitter Tuesday, saying ..."
			}
			return k
		}
		// "said after the vote she would not run again": a
		// circumstance, then a clause opened by a pronoun subject.
		if (t.low == "he" || t.low == "she" || t.low == "they" || t.low == "we") && i > k+1 && i+1 < e && toks[i+1].kind == tWord &&
			!ppOpeners[toks[i-1].low] && !articles[toks[i-1].low] && (finiteAux[toks[i+1].low] || pastVerb(toks[i+1]) || auxiliaries[toks[i+1].low]) {
			return i
		}
		if isCueWord(t) || finiteAux[t.low] {
			return k
		}
	}
	return k
}

// shortTail says whether [a, b) is a few words closing an attribution
// ("in 2010", "at the rally") rather than a clause: a pronoun subject or a
// quote makes it content ("Hale says he returns “to the picket line.”").
func (pa *para) shortTail(a, b int) bool {
	if b-a > 3 {
		return false
	}
	for i := a; i < b; i++ {
		if t := pa.toks[i]; t.kind == tQuote {
			return false
		}
	}
	_, pron := pronouns[pa.toks[a].low]
	return a >= b || !pron
}

// clauseAhead says whether a short speaker phrase and a cue open tokens
// [k, e): "three-quarters said", "and the mayor said".
func (pa *para) clauseAhead(k, e int) bool {
	if k < e && conjunctions[pa.toks[k].low] {
		k++
	}
	for i := k; i < e && i-k <= 10; i++ {
		t := pa.toks[i]
		if i > k && isCueWord(t) && hasFrame(t.low, fZero|fEnd) && (headWord(pa.toks[i-1]) || genericHead(pa.toks, i-1, k) || numeral(pa.toks[i-1]) && npLeft(pa.toks, i, k) >= k) {
			return true
		}
		// "He said the pier was shut, and she said it was open."
		if i == k && subjectPronouns[t.low] && t.low != "it" && t.low != "who" && i+1 < e && isCueWord(pa.toks[i+1]) && hasFrame(pa.toks[i+1].low, fZero|fEnd) {
			return true
		}
		if !npWord(t) && !(circumPreps[t.low] && i > k) && !plainWord(t) && t.low != "nearly" && t.low != "about" && t.low != "almost" {
			return false
		}
	}
	return false
}
