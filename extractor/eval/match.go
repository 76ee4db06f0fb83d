package eval

import (
	"sort"
	"unicode"
)

// Span is a half-open range of code points into an article's text.
type Span struct{ Start, End int }

// Words indexes the word tokens of a text: maximal runs of letters, digits,
// combining marks and underscores (\w in the Unicode sense), by position.
// Tokens are positions, not strings, so that "said" twice in a paragraph is
// two different tokens.
type Words struct {
	starts, ends []int // code point ranges of the tokens, in order
}

// NewWords tokenizes text.
func NewWords(text string) *Words {
	w := &Words{}
	i, in := 0, false
	for _, r := range text {
		word := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || r == '_'
		switch {
		case word && !in:
			w.starts = append(w.starts, i)
			in = true
		case !word && in:
			w.ends = append(w.ends, i)
			in = false
		}
		i++
	}
	if in {
		w.ends = append(w.ends, i)
	}
	return w
}

// Range returns the tokens [lo, hi) that a span touches: a token counts when
// at least one of its code points is inside the span, so a quote cut inside
// a word still owns that word.
func (w *Words) Range(s Span) (lo, hi int) {
	lo = sort.SearchInts(w.ends, s.Start+1) // first token ending after Start
	hi = sort.SearchInts(w.starts, s.End)   // first token starting at or after End
	if hi < lo {
		hi = lo
	}
	return lo, hi
}

// Pair is a matched gold and predicted quote, by index.
type Pair struct {
	Gold, Pred int
	Overlap    int // shared word tokens
}

// Match pairs predicted with gold spans one to one. A pair can match when
// each side covers at least half of the other's word tokens (a span without
// words matches nothing). Candidates are taken greedily, largest overlap
// first; ties go to the pair whose starts are closer, then to text order,
// so the result does not depend on the order of the input.
func Match(w *Words, gold, pred []Span) []Pair {
	type rng struct{ lo, hi int }
	gr := make([]rng, len(gold))
	for i, s := range gold {
		gr[i].lo, gr[i].hi = w.Range(s)
	}
	var cands []Pair
	for j, s := range pred {
		plo, phi := w.Range(s)
		np := phi - plo
		if np == 0 {
			continue
		}
		for i, g := range gr {
			ng := g.hi - g.lo
			ov := min(phi, g.hi) - max(plo, g.lo)
			if ng == 0 || ov <= 0 {
				continue
			}
			if 2*ov >= np && 2*ov >= ng {
				cands = append(cands, Pair{Gold: i, Pred: j, Overlap: ov})
			}
		}
	}
	sort.Slice(cands, func(a, b int) bool {
		x, y := cands[a], cands[b]
		if x.Overlap != y.Overlap {
			return x.Overlap > y.Overlap
		}
		dx, dy := abs(gold[x.Gold].Start-pred[x.Pred].Start), abs(gold[y.Gold].Start-pred[y.Pred].Start)
		if dx != dy {
			return dx < dy
		}
		if gold[x.Gold].Start != gold[y.Gold].Start {
			return gold[x.Gold].Start < gold[y.Gold].Start
		}
		if x.Gold != y.Gold {
			return x.Gold < y.Gold
		}
		return x.Pred < y.Pred
	})
	usedG := make([]bool, len(gold))
	usedP := make([]bool, len(pred))
	var out []Pair
	for _, c := range cands {
		if usedG[c.Gold] || usedP[c.Pred] {
			continue
		}
		usedG[c.Gold], usedP[c.Pred] = true, true
		out = append(out, c)
	}
	sort.Slice(out, func(a, b int) bool { return out[a].Gold < out[b].Gold })
	return out
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
