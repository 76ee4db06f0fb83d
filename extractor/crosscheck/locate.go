package crosscheck

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// span is a byte range [s, e) of the text.
type span struct{ s, e int }

func (a span) overlap(b span) int {
	return max(0, min(a.e, b.e)-max(a.s, b.s))
}

// quoteMarks are trimmed from the ends of a model's quote: it is told to
// leave them out, and often does not.
const quoteMarks = "\"“”„‟«»‹›'‘’‚‛`´"

// trimQuote removes white space and quote marks around a model's quote.
func trimQuote(q string) string {
	return strings.TrimFunc(q, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune(quoteMarks, r) })
}

// locate finds quote in text[lo:hi]: exactly first, then after normalising
// white space, quote marks, apostrophes and dashes, mapped back to the
// original bytes. Among several occurrences the first one not in taken wins.
// exact reports whether the quote was found as given.
func locate(text string, lo, hi int, quote string, taken map[span]bool) (sp span, exact, ok bool) {
	return locateNorm(text, lo, hi, nil, quote, taken)
}

// normText is a normalised text with its map back to the original bytes.
type normText struct {
	s            string
	starts, ends []int
}

func newNormText(s string) *normText {
	n, st, en := normalize(s)
	return &normText{n, st, en}
}

// locateNorm is locate with the normalised form of text[lo:hi] given (nil:
// computed here), so that searching a whole long article for many quotes
// normalises it once.
func locateNorm(text string, lo, hi int, norm *normText, quote string, taken map[span]bool) (sp span, exact, ok bool) {
	q := trimQuote(quote)
	if q == "" {
		return span{}, false, false
	}
	region := text[lo:hi]
	var first *span
	for from := 0; ; {
		i := strings.Index(region[from:], q)
		if i < 0 {
			break
		}
		s := span{lo + from + i, lo + from + i + len(q)}
		from += i + 1
		if !whole(text, s) {
			continue
		}
		if !taken[s] {
			return s, true, true
		}
		if first == nil {
			first = &s
		}
	}
	if first != nil {
		return *first, true, true
	}
	nq, _, _ := normalize(q)
	if nq == "" {
		return span{}, false, false
	}
	if norm == nil {
		norm = newNormText(region)
	}
	for from := 0; ; {
		i := strings.Index(norm.s[from:], nq)
		if i < 0 {
			break
		}
		a, b := from+i, from+i+len(nq)
		s := span{lo + norm.starts[a], lo + norm.ends[b-1]}
		from = a + 1
		if !whole(text, s) {
			continue
		}
		if !taken[s] {
			return s, false, true
		}
		if first == nil {
			first = &s
		}
	}
	if first != nil {
		return *first, false, true
	}
	return span{}, false, false
}

// whole reports whether sp can be a quote of text: it starts and ends on
// character boundaries and cuts no word in two. "ew boats are paid" is in
// "The new boats are paid for." only as bytes; a model that gives it has not
// copied the text. Scripts written without spaces between words have no
// such boundary to check.
func whole(text string, sp span) bool {
	if !utf8.RuneStart(text[sp.s]) || (sp.e < len(text) && !utf8.RuneStart(text[sp.e])) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(text[sp.s:sp.e])
	last, _ := utf8.DecodeLastRuneInString(text[sp.s:sp.e])
	before, _ := utf8.DecodeLastRuneInString(text[:sp.s])
	after, _ := utf8.DecodeRuneInString(text[sp.e:])
	return !(sp.s > 0 && wordRune(first) && wordRune(before)) && !(sp.e < len(text) && wordRune(last) && wordRune(after))
}

// wordRune reports whether r belongs to a word of a script that separates
// words with spaces.
func wordRune(r rune) bool {
	if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r) {
		return false
	}
	return !unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar, unicode.Tibetan)
}

// normalize maps quote marks to ", apostrophes to ', dashes to - and runs of
// white space to one space. For each byte of the result, starts and ends
// give the original byte range it came from, so that a match in the
// normalised text maps back to an exact span of the original.
func normalize(s string) (out string, starts, ends []int) {
	var b strings.Builder
	space := false
	for i, w := 0, 0; i < len(s); i += w {
		var r rune
		r, w = utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r) && space:
			ends[len(ends)-1] = i + w
		case unicode.IsSpace(r):
			space = true
			b.WriteByte(' ')
			starts = append(starts, i)
			ends = append(ends, i+w)
		default:
			space = false
			start := b.Len()
			b.WriteRune(fold(r)) // an invalid byte becomes U+FFFD, mapped to that one byte
			for k := start; k < b.Len(); k++ {
				starts = append(starts, i)
				ends = append(ends, i+w)
			}
		}
	}
	return b.String(), starts, ends
}

func fold(r rune) rune {
	switch r {
	case '“', '”', '„', '‟', '«', '»', '″':
		return '"'
	case '‘', '’', '‚', '‛', '`', '´', '′', '‹', '›':
		return '\''
	case '‐', '‑', '‒', '–', '—', '―', '−':
		return '-'
	}
	return r
}
