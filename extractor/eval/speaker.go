package eval

import (
	"slices"
	"strings"
	"unicode"

	"github.com/whosaid/whosaid/extractor"
)

// Speaker verdicts for one matched pair.
type verdict int

const (
	speakerRight      verdict = iota
	speakerWrong              // named someone else, or nobody
	speakerNoGold             // gold has no source; not scored for accuracy
	speakerUnresolved         // gold is a bare pronoun with no resolved name; not scored
)

// honorifics are dropped before names are compared, so that "Ms. Brandt"
// agrees with "Liz Brandt".
var honorifics = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true, "prof": true,
	"sen": true, "rep": true, "gov": true, "rev": true, "sir": true, "dame": true,
}

// nameWords carry no identity: a contained match on these alone proves
// nothing.
var nameWords = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "and": true, "s": true,
	"former": true, "president": true,
}

// pronounWords name nobody on their own.
var pronounWords = map[string]bool{
	"i": true, "me": true, "my": true, "we": true, "us": true, "our": true, "you": true,
	"he": true, "him": true, "his": true, "she": true, "her": true, "it": true, "its": true,
	"they": true, "them": true, "their": true, "who": true,
}

// SameSpeaker reports whether a predicted speaker names the gold one.
//
// Both are lower-cased and cut into words (letters and digits; a possessive
// "'s", punctuation and honorifics such as "Mr." dropped). They agree when the word sequences are
// equal or one occurs in the other as a run of whole words that includes a
// word other than an article or title: "Kendrick" and "Pat Kendrick" agree
// with "veteran pollster Pat Kendrick", because gold sources are
// the annotated phrase, not a name. An empty side never agrees.
func SameSpeaker(gold, pred string) bool {
	g, p := dropHonorifics(nameTokens(gold)), dropHonorifics(nameTokens(pred))
	if len(g) == 0 || len(p) == 0 {
		return false
	}
	if len(p) > len(g) {
		g, p = p, g
	}
	informative := false
	for _, w := range p {
		if !nameWords[w] {
			informative = true
		}
	}
	if !informative {
		return false
	}
	for i := 0; i+len(p) <= len(g); i++ {
		ok := true
		for k := range p {
			if g[i+k] != p[k] {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// judgeSpeaker compares a matched pair's speakers. The prediction is right
// when its speaker names the gold speaker (SameSpeaker), or when the gold
// source is a description the converter did not resolve ("the president",
// "officials") and the prediction found those very words as its
// SpeakerMention, whatever name it then resolved them to. Gold pronouns were
// resolved by the converter where it could (the name is in Speaker, the
// pronoun in SpeakerMention) and are judged on the name only; a gold speaker
// that is still a bare pronoun cannot be checked against a name, so it is
// left out rather than counted wrong.
func judgeSpeaker(g GoldQuote, p extractor.Quote) verdict {
	gt := nameTokens(g.Speaker)
	switch {
	case len(gt) == 0:
		return speakerNoGold
	case SameSpeaker(g.Speaker, p.Speaker):
		return speakerRight
	case len(gt) == 1 && pronounWords[gt[0]]:
		return speakerUnresolved
	case g.SpeakerMention == "" && slices.Equal(gt, nameTokens(p.SpeakerMention)):
		return speakerRight
	}
	return speakerWrong
}

func dropHonorifics(ws []string) []string {
	out := ws[:0:0]
	for _, w := range ws {
		if !honorifics[w] {
			out = append(out, w)
		}
	}
	return out
}

func nameTokens(s string) []string {
	isApos := func(r rune) bool { return r == '\'' || r == '’' }
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !isApos(r)
	})
	out := words[:0]
	for _, w := range words {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		w = strings.Map(func(r rune) rune {
			if isApos(r) {
				return -1
			}
			return r
		}, w)
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}
