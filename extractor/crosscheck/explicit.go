package crosscheck

import (
	"strings"

	"github.com/whosaid/whosaid/extractor"
)

// cueWords are attribution verbs looked for next to a quote when the
// candidate brings no cue of its own.
var cueWords = []string{
	"said", "says", "say", "told", "tells", "added", "adds", "according to", "asked", "stated",
	"wrote", "writes", "explained", "noted", "argued", "warned", "claimed", "insisted",
	"replied", "answered", "announced", "declared", "admitted", "acknowledged", "countered",
}

// abbreviations end in a period without ending the sentence.
var abbreviations = map[string]bool{
	"mr": true, "ms": true, "mrs": true, "dr": true, "st": true, "jr": true, "sr": true,
	"gov": true, "sen": true, "rep": true, "gen": true, "col": true, "lt": true, "prof": true,
	"inc": true, "co": true, "corp": true, "no": true, "vs": true,
}

// explicit reports whether the text names candidate's speaker (its Speaker
// field, not its mention) with a cue in the sentence around the quote at sp,
// outside the quote itself: "a cue and a name in the same sentence". A
// pronoun is not a name.
func explicit(text string, pstart []int, sp span, cand extractor.Quote) bool {
	_, ok := attribution(text, pstart, sp, cand)
	return ok
}

// attribution is explicit with the distance, in bytes, between the cue and
// the nearest mention of the candidate's name. When both candidates are
// named in the sentence ("said Ana Ruiz, answering Tomas Bell"), the one
// next to the cue is the speaker.
func attribution(text string, pstart []int, sp span, cand extractor.Quote) (dist int, ok bool) {
	if cand.Speaker == "" {
		return 0, false
	}
	p := paragraphOf(pstart, sp.s)
	if p < 0 {
		return 0, false
	}
	plo, phi := bounds(text, pstart, p, p+1)
	phi = max(phi, min(sp.e, len(text)))
	left := text[sentenceStart(text, plo, sp.s):sp.s]
	right := text[sp.e:sentenceEnd(text, sp.e, phi)]
	orig := left + " " + right
	around := strings.ToLower(orig)

	var cues []span
	if c := strings.ToLower(strings.TrimSpace(cand.Cue)); c != "" {
		cues = wordSpans(around, c)
	}
	if len(cues) == 0 {
		for _, c := range cueWords {
			cues = append(cues, wordSpans(around, c)...)
		}
	}
	if len(cues) == 0 {
		return 0, false
	}
	// Only the speaker's name counts, never the mention: a model may name
	// one person as the speaker and copy another's mention from the
	// sentence, and that sentence backs the other person, not its speaker.
	ws := words(cand.Speaker)
	if len(ws) == 0 || isPronoun(ws) {
		return 0, false
	}
	// The full name, or its last word (a surname, "Lopez").
	names := wordSpans(around, strings.Join(ws, " "))
	if last := ws[len(ws)-1]; len(ws) > 1 && len([]rune(last)) >= 3 {
		for _, n := range wordSpans(around, last) {
			// "said Maria Lopez" names Maria, not Carlos Lopez: a surname
			// right after another given name is someone else's.
			if len(orig) == len(around) && otherGivenName(orig, n.s, ws) {
				continue
			}
			names = append(names, n)
		}
	}
	dist = -1
	for _, n := range names {
		for _, c := range cues {
			d := max(n.s-c.e, c.s-n.e, 0)
			if dist < 0 || d < dist {
				dist = d
			}
		}
	}
	return dist, dist >= 0
}

// otherGivenName reports whether the word just before byte i of s is
// capitalised, not a title, and not one of the candidate's own name words:
// the surname at i then belongs to a different person.
func otherGivenName(s string, i int, own []string) bool {
	j := i
	for j > 0 && s[j-1] == ' ' {
		j--
	}
	k := j
	for k > 0 && (isLetter(s[k-1]) || s[k-1] >= 0x80) {
		k--
	}
	w := s[k:j]
	if w == "" || j == i || !(w[0] >= 'A' && w[0] <= 'Z') {
		return false
	}
	lw := strings.ToLower(w)
	if abbreviations[lw] || titles[lw] {
		return false
	}
	for _, o := range own {
		if o == lw {
			return false
		}
	}
	return true
}

// titles come before a surname without being a given name.
var titles = map[string]bool{
	"mayor": true, "president": true, "senator": true, "governor": true, "judge": true, "chief": true,
	"minister": true, "director": true, "professor": true, "councilman": true, "councilwoman": true,
	"councillor": true, "commissioner": true, "secretary": true, "chairman": true, "chairwoman": true,
	"sheriff": true, "officer": true, "detective": true, "captain": true, "general": true, "coach": true,
	"miss": true, "mx": true, "sir": true, "dame": true, "lord": true, "lady": true, "father": true, "rev": true,
	// Words that start a sentence before a surname ("But Lopez said").
	"but": true, "and": true, "then": true, "when": true, "as": true, "so": true, "yet": true, "still": true,
	"later": true, "also": true, "now": true, "if": true, "while": true, "after": true, "before": true,
	"here": true, "there": true, "asked": true, "says": true, "said": true, "told": true, "by": true, "to": true,
}

// wordSpans returns where w occurs in s as a whole word.
func wordSpans(s, w string) []span {
	var out []span
	for from := 0; w != ""; {
		i := strings.Index(s[from:], w)
		if i < 0 {
			break
		}
		a, b := from+i, from+i+len(w)
		if !letterAt(s, a-1, true) && !letterAt(s, b, false) {
			out = append(out, span{a, b})
		}
		from = a + 1
	}
	return out
}

func isPronoun(ws []string) bool {
	if len(ws) != 1 {
		return false
	}
	switch ws[0] {
	case "he", "she", "they", "it", "we", "i", "you", "him", "her", "them":
		return true
	}
	return false
}

// sentenceStart returns where the sentence holding byte i begins, not before
// lo.
func sentenceStart(text string, lo, i int) int {
	for k := i - 1; k > lo; k-- {
		if isSpace(text[k]) && endsSentence(text, lo, k) {
			return k + 1
		}
	}
	return lo
}

// sentenceEnd returns where the sentence going on at byte i ends, not after
// hi.
func sentenceEnd(text string, i, hi int) int {
	for k := i; k < hi; k++ {
		if isSpace(text[k]) && k > i && endsSentence(text, i, k) {
			return k
		}
	}
	return hi
}

// endsSentence reports whether the space at k follows the end of a sentence:
// a terminator, maybe followed by closing quote marks, that does not end an
// abbreviation or an initial.
func endsSentence(text string, lo, k int) bool {
	j := k
	for j > lo && strings.ContainsRune("\"'”’»)", rune(text[j-1])) {
		j--
	}
	// Closing marks may be multi-byte.
	for _, m := range []string{"”", "’", "»"} {
		for j-len(m) >= lo && strings.HasSuffix(text[:j], m) {
			j -= len(m)
		}
	}
	if j <= lo {
		return false
	}
	switch text[j-1] {
	case '!', '?':
		return true
	case '.':
		w := j - 1
		for w > lo && isLetter(text[w-1]) {
			w--
		}
		word := strings.ToLower(text[w : j-1])
		return !abbreviations[word] && len(word) != 1
	}
	return false
}

func isSpace(b byte) bool  { return b == ' ' || b == '\n' || b == '\t' }
func isLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }
