package main

import "regexp"

// The benchmark's metric, re-implemented from its README: texts split into
// \w+ tokens (Unicode word characters, as Python's re), 4-token shingle
// sets, per-page precision and recall, averaged over pages, F1 of the
// averages. An empty prediction scores precision 0.

var rxWord = regexp.MustCompile(`[\p{L}\p{N}_]+`)

const shingleSize = 4

// shingles returns the set of 4-token shingles of text; a text shorter than
// four tokens is one shingle of all its tokens, as in the reference.
func shingles(text string) map[string]struct{} {
	toks := rxWord.FindAllString(text, -1)
	set := make(map[string]struct{})
	if len(toks) == 0 {
		return set
	}
	n := len(toks) - shingleSize + 1
	if n < 1 {
		n = 1
	}
	for i := 0; i < n; i++ {
		end := min(i+shingleSize, len(toks))
		key := ""
		for j, t := range toks[i:end] {
			if j > 0 {
				key += "\x00"
			}
			key += t
		}
		set[key] = struct{}{}
	}
	return set
}

// pageScore is precision and recall of one prediction against its truth.
func pageScore(pred, truth string) (precision, recall float64) {
	p, t := shingles(pred), shingles(truth)
	inter := 0
	for s := range p {
		if _, ok := t[s]; ok {
			inter++
		}
	}
	if len(p) > 0 {
		precision = float64(inter) / float64(len(p))
	}
	if len(t) > 0 {
		recall = float64(inter) / float64(len(t))
	} else if len(p) == 0 {
		recall = 1
	}
	return precision, recall
}

// f1 is the harmonic mean of averaged precision and recall.
func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}
