package rules

import "github.com/whosaid/whosaid/extractor"

// Claims named by a noun: "his claim that he visited in 2010", "Van Der
// Berg's announcement that the show had ended". The noun
// must have an owner (a possessive before it) and a that-clause after it;
// the owner is the speaker.

// nounCues maps a noun to the class of the claim it names.
var nounCues = map[string]cueClass{
	"claim": classStatement, "assertion": classStatement, "insistence": classStatement,
	"allegation": classStatement, "accusation": classStatement, "admission": classStatement,
	"denial": classStatement, "contention": classStatement, "argument": classStatement,
	"warning": classStatement, "prediction": classStatement, "suggestion": classStatement,
	"announcement": classStatement, "statement": classSpeech, "remark": classSpeech,
	"comment": classSpeech, "promise": classIntent, "pledge": classIntent, "vow": classIntent,
	"belief": classBelief, "view": classBelief, "fear": classBelief, "hope": classBelief,
}

// nounClaims records the claims of sentence s named by a noun cue.
func (pa *para) nounClaims(s sentence) {
	toks := pa.toks
	e := contentEnd(toks, s)
	for c := s.a + 1; c+2 < e; c++ {
		class, ok := nounCues[toks[c].low]
		if !ok || toks[c].kind != tWord || pa.used[c] || pa.held[c] {
			continue
		}
		// "his claim in the same broadcast that …": a short phrase may
		// stand between the noun and its clause.
		th := c + 1
		if circumPreps[toks[th].low] {
			for th < e && th-c <= 5 && toks[th].kind == tWord && toks[th].low != "that" {
				th++
			}
		}
		if th+1 >= e || toks[th].low != "that" || !pa.clauseAt(th+1, e) && !pa.clauseLike(th+1, e) {
			continue
		}
		// The owner: "his", "her", "their", or "X's" just before the noun
		// (an adjective may stand between: "his repeated claim").
		o := c - 1
		if o > s.a && toks[o].kind == tWord && !toks[o].capital && !isPossessive(toks[o].low) && !possessivePronouns[toks[o].low] && plainWord(toks[o]) {
			o--
		}
		if o <= skipDateline(toks, s.a, c) || toks[o].kind != tWord {
			continue // "Her hope that the deal would pass faded": the clause runs into the sentence's own verb
		}
		var ph phrase
		switch {
		case possessivePronouns[toks[o].low] && toks[o].low != "its" && toks[o].low != "my" && toks[o].low != "our" && toks[o].low != "your":
			ph = phrase{a: o, b: o + 1, end: o + 1}
		case isPossessive(toks[o].low) && toks[o].capital:
			a := o
			for a-1 >= s.a && toks[a-1].kind == tWord && (toks[a-1].capital && nameWord(toks[a-1]) || particles[toks[a-1].low]) {
				a--
			}
			if a == skipDateline(toks, s.a, c) {
				continue
			}
			ph = phrase{a: a, b: o + 1, end: o + 1}
		default:
			continue
		}
		cu := cue{kind: cueSay, text: toks[c].text, at: c, next: c + 1, info: cueInfo{class: class, frames: fThat, lemma: toks[c].low}}
		pa.emitSpeaker(th+1, pa.cutContent(th+1, e), cu, baseObject, func() *speaker {
			return pa.st.resolveOwner(pa.p, toks, ph)
		})
	}
}

// resolveOwner resolves the owner of a noun cue: a possessive pronoun like
// the pronoun it stands for, a possessive name without its "'s".
func (st *state) resolveOwner(p string, toks []token, ph phrase) *speaker {
	last := &toks[ph.b-1]
	if g, ok := ownerPronouns[last.low]; ok {
		sp := &speaker{mention: span(p, toks, ph.a, ph.b)}
		if e := st.reg.pronoun(g); e != nil {
			st.fromEntity(sp, e)
			sp.res = resPronoun
			return sp
		}
		sp.kind, sp.res = extractor.Unknown, resUnknown
		return sp
	}
	saved := *last
	last.text = trimPossessive(last.text)
	last.low = lower(last.text)
	last.end = last.start + len(last.text)
	defer func() { *last = saved }()
	return st.resolve(p, toks, ph)
}

var ownerPronouns = map[string]gender{"his": male, "her": female, "their": plural}
