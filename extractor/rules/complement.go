package rules

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
	toks := pa.toks
	k := pa.skipTime(cu.next, e)
	if k >= e {
		return false
	}
	f := cu.info.frames
	switch {
	case f&fInf != 0 && toks[k].low == "to" && k+1 < e && toks[k+1].kind == tWord && !toks[k+1].capital && !determiners[toks[k+1].low]:
		// "vowed to fight on": a plan or a refusal of the speaker's own.
		return pa.emitClass(s, k, pa.cutContent(k, e), cu, ph, baseInfinitive, 0)
	case f&(fObjInf|fAs) != 0:
		for i := k + 1; i < e && i-k <= maxObject; i++ {
			t := toks[i]
			if t.kind == tQuote || t.kind == tPunct && !isComma(t) || t.low == "that" {
				break
			}
			if f&fObjInf != 0 && t.low == "to" && i+1 < e && toks[i+1].kind == tWord && !toks[i+1].capital {
				// "urged Congress to act": a demand put to others.
				return pa.emitClass(s, k, pa.cutContent(k, e), cu, ph, baseIndirect, classIntent)
			}
			if f&fAs != 0 && t.low == "as" {
				return pa.emitClass(s, k, pa.cutContent(k, e), cu, ph, baseIndirect, 0)
			}
		}
	}
	if f&fObj != 0 && objectOpener(toks[k]) && !pa.tailOnly(k, e) {
		return pa.emitClass(s, k, pa.cutContent(k, e), cu, ph, baseObject, 0)
	}
	return false
}

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
