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
		if !taken[s] {
			return s, true, true
		}
		if first == nil {
			first = &s
		}
		from += i + 1
	}
	if first != nil {
		return *first, true, true
	}
	nq, _, _ := normalize(q)
	if nq == "" {
		return span{}, false, false
	}
	nr, starts, ends := normalize(region)
	for from := 0; ; {
		i := strings.Index(nr[from:], nq)
		if i < 0 {
			break
		}
		a, b := from+i, from+i+len(nq)
		s := span{lo + starts[a], lo + ends[b-1]}
		if !taken[s] {
			return s, false, true
		}
		if first == nil {
			first = &s
		}
		from = a + 1
	}
	if first != nil {
		return *first, false, true
	}
	return span{}, false, false
}

// normalize maps quote marks to ", apostrophes to ', dashes to - and runs of
// white space to one space. For each byte of the result, starts and ends
// give the original byte range it came from, so that a match in the
// normalised text maps back to an exact span of the original.
func normalize(s string) (out string, starts, ends []int) {
	var b strings.Builder
	space := false
	for i, r := range s {
		w := utf8.RuneLen(r)
		if r == utf8.RuneError && w < 0 {
			w = 1
		}
		if unicode.IsSpace(r) {
			if space {
				ends[len(ends)-1] = i + w
				continue
			}
			space = true
			b.WriteByte(' ')
			starts = append(starts, i)
			ends = append(ends, i+w)
			continue
		}
		space = false
		n := fold(r)
		start := b.Len()
		b.WriteRune(n)
		for k := start; k < b.Len(); k++ {
			starts = append(starts, i)
			ends = append(ends, i+w)
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
