package rules

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxQuoteBytes caps a direct quote: an opening mark with no closing mark
// within this many bytes is taken as stray, so that one broken mark cannot
// turn a huge paragraph into a quote.
const maxQuoteBytes = 20000

// maxRescans bounds how often a paragraph is rescanned after an opening mark
// turned out to be stray, which keeps the scan linear.
const maxRescans = 4

// family is a style of quote marks; it decides which mark closes a quote.
type family uint8

const (
	famNone      family = iota
	famCurly            // “ … ”
	famLow              // „ … “ or „ … ”
	famSwedish          // ” … ”
	famGuil             // « … »
	famGuilRev          // » … «
	famSGuil            // ‹ … ›
	famCurlyS           // ‘ … ’
	famStraight         // " … "
	famStraightS        // ' … '
	famTeX              // `` … ''
	famDoubleS          // ‘‘ … ’’ (two single marks each side)
)

// c1Mark reads the C1 control characters that text decoded as Latin-1
// instead of Windows-1252 holds in place of curly quote marks (U+0091 …
// U+0094) as the marks they stand for. Offsets are unchanged: only the
// scanner reads them so.
func c1Mark(r rune) rune {
	switch r {
	case '\u0091':
		return '‘'
	case '\u0092':
		return '’'
	case '\u0093':
		return '“'
	case '\u0094':
		return '”'
	}
	return r
}

// nextMark returns the mark after the one of n bytes at p[i], read as
// c1Mark reads it, and its width.
func nextMark(p string, i, n int) (rune, int) {
	if i+n >= len(p) {
		return 0, 0
	}
	r, m := utf8.DecodeRuneInString(p[i+n:])
	return c1Mark(r), m
}

// qspan is one direct quote in a paragraph. Offsets are bytes into the paragraph.
type qspan struct {
	open      int  // offset of the opening mark
	cs, ce    int  // the quoted words, trimmed of space
	end       int  // offset just past the closing mark, or the paragraph end
	closed    bool // a closing mark was found
	contPrev  bool // re-opens a quote left open by the previous paragraph
	contNext  bool // left open at the paragraph end and re-opened by the next one
	atParaBeg bool // the opening mark is the paragraph's first character
}

// opensQuote reports whether paragraph p starts with an opening quote mark;
// news style re-opens a quote carried over from the previous paragraph so.
func opensQuote(p string) bool {
	if p == "" {
		return false
	}
	r, n := utf8.DecodeRuneInString(p)
	switch r {
	case '“', '„', '«', '‘', '"', '‹':
		return true
	case '”', '»':
		return n < len(p) && !isSpaceAt(p, n)
	case '\'':
		return n < len(p) && isLetterAt(p, n)
	case '`':
		return len(p) > 1 && p[1] == '`'
	}
	return false
}

// scanQuotes finds the direct quotes of paragraph p. nextOpens says whether the
// next paragraph opens with a quote mark, so a quote left open at the end of p
// continues there; prevOpen says the previous paragraph left one open.
func scanQuotes(p string, prevOpen, nextOpens bool) []qspan {
	var disabled map[int]bool // nil until a mark turns out stray
	for try := 0; ; try++ {
		qs, stray := scanOnce(p, disabled, nextOpens)
		if stray < 0 || try >= maxRescans {
			if stray >= 0 {
				qs = dropUnclosed(qs)
			}
			if prevOpen && len(qs) > 0 && qs[0].atParaBeg {
				qs[0].contPrev = true
			}
			return qs
		}
		if disabled == nil {
			disabled = map[int]bool{}
		}
		disabled[stray] = true
	}
}

func dropUnclosed(qs []qspan) []qspan {
	out := qs[:0]
	for _, q := range qs {
		if q.closed || q.contNext || q.atParaBeg {
			out = append(out, q)
		}
	}
	return out
}

// scanOnce scans p once. It returns the quotes and the offset of the first
// opening mark found to be stray (unclosed mid-paragraph, or too long), or -1.
func scanOnce(p string, disabled map[int]bool, nextOpens bool) ([]qspan, int) {
	var qs []qspan
	fam := famNone
	open, contentStart := 0, 0
	depth := 0 // quotes opened inside a quote in straight marks
	finish := func(closeAt, end int, closed bool) {
		cs, ce := trimSpace(p, contentStart, closeAt)
		if ce > cs {
			qs = append(qs, qspan{open: open, cs: cs, ce: ce, end: end, closed: closed, atParaBeg: open == 0})
		}
		fam, depth = famNone, 0
	}
	for i := 0; i < len(p); {
		if c := p[i]; fam == famNone && c < utf8.RuneSelf && c != '"' && c != '\'' && c != '`' {
			i++ // no mark opens here
			continue
		}
		r, n := utf8.DecodeRuneInString(p[i:])
		r = c1Mark(r)
		if fam != famNone && i-contentStart > maxQuoteBytes {
			// Too long to be a quote: the opening mark was stray. Go on from
			// here rather than rescanning, which keeps the scan linear.
			fam = famNone
		}
		if fam == famNone {
			f, width := openerAt(p, i, r, n)
			if f != famNone && !disabled[i] {
				fam, open, contentStart = f, i, i+width
				i += width
				continue
			}
			i += n
			continue
		}
		// ("Make love not spam") inside a quote in straight marks: a mark
		// that can only open starts a quote within the quote, and the
		// next closing mark is its own.
		if fam == famStraight && r == '"' && i > contentStart && i+1 < len(p) && !isSpaceAt(p, i+1) &&
			(p[i-1] == '(' || p[i-1] == '[' || isSpaceBefore(p, i)) {
			depth++
			i += n
			continue
		}
		if width := closerAt(p, i, r, n, fam); width > 0 {
			if depth > 0 && r == '"' {
				depth--
				i += width
				continue
			}
			finish(i, i+width, true)
			i += width
			continue
		}
		i += n
	}
	if fam != famNone {
		switch {
		case nextOpens && isDoubleFamily(fam):
			n := len(qs)
			finish(len(p), len(p), false)
			if len(qs) > n { // an empty quote is no quote
				qs[n].contNext = true
			}
		case open == 0:
			finish(len(p), len(p), false)
		case isDoubleFamily(fam) && afterIntro(p, open) && endsSentenceText(p):
			// `Dale said, "The museum … did not choose them.` with no
			// closing mark: the quote runs to the paragraph's end.
			finish(len(p), len(p), false)
		default:
			return qs, open
		}
	}
	return qs, -1
}

// afterIntro says whether the mark at p[i] follows a comma or a colon, as
// a quote does after "said," or "stated:".
func afterIntro(p string, i int) bool {
	t := strings.TrimRightFunc(p[:i], unicode.IsSpace)
	return strings.HasSuffix(t, ",") || strings.HasSuffix(t, ":")
}

// endsSentenceText says whether paragraph p ends a sentence.
func endsSentenceText(p string) bool {
	t := strings.TrimRightFunc(p, unicode.IsSpace)
	return strings.HasSuffix(t, ".") || strings.HasSuffix(t, "!") || strings.HasSuffix(t, "?")
}

func isDoubleFamily(f family) bool {
	return f != famCurlyS && f != famStraightS
}

// openerAt says whether the rune r (n bytes) at p[i] opens a quote, and the
// width of the mark.
func openerAt(p string, i int, r rune, n int) (family, int) {
	switch r {
	case '“', '„', '«', '‹', '”', '»', '‘', '"', '`', '\'':
	default:
		return famNone, 0
	}
	prevOK := i == 0 || beforeOpener(p, i)
	switch r {
	case '“':
		return famCurly, n
	case '„':
		return famLow, n
	case '«':
		return famGuil, n
	case '‹':
		return famSGuil, n
	case '”':
		if prevOK && i+n < len(p) && !isSpaceAt(p, i+n) {
			return famSwedish, n
		}
	case '»':
		if prevOK && i+n < len(p) && isLetterAt(p, i+n) {
			return famGuilRev, n
		}
	case '‘':
		if r2, m := nextMark(p, i, n); r2 == '‘' && prevOK {
			return famDoubleS, n + m // ‘‘…’’
		}
		if prevOK && i+n < len(p) && !isSpaceAt(p, i+n) && !isElision(p, i+n) {
			return famCurlyS, n
		}
	case '"':
		if i+n < len(p) && !isSpaceAt(p, i+n) && (prevOK || !isLetterBefore(p, i)) {
			return famStraight, n
		}
		// `he told Holm. " You all …"`: a mark typed with a space after it,
		// opening a sentence after a full stop.
		if i >= 2 && i+n+1 < len(p) && p[i+n] == ' ' && unicode.IsUpper(rune(p[i+n+1])) && p[i-1] == ' ' && strings.ContainsRune(".?!", rune(p[i-2])) {
			return famStraight, n
		}
	case '`':
		if i+1 < len(p) && p[i+1] == '`' {
			return famTeX, 2
		}
	case '\'':
		if i+1 < len(p) && p[i+1] == '\'' {
			if prevOK {
				return famStraight, 2
			}
			return famNone, 0
		}
		if prevOK && i+1 < len(p) && (isLetterAt(p, i+1) || isDigitStart(p, i+1)) && !isElision(p, i+1) {
			return famStraightS, 1
		}
	}
	return famNone, 0
}

// closerAt returns the width of a mark at p[i] closing a quote of family f, or 0.
func closerAt(p string, i int, r rune, n int, f family) int {
	switch f {
	case famCurly:
		// Mixed marks happen in edited copy: “…" closes too.
		if r == '”' || r == '"' && i > 0 && !isSpaceBefore(p, i) {
			return n
		}
		// “…’’ and “…'': a closing mark typed as two apostrophes.
		if r == '’' && i+2*n <= len(p) && p[i+n:i+2*n] == "’" || r == '\'' && i+1 < len(p) && p[i+1] == '\'' {
			return 2 * n
		}
	case famLow:
		if r == '“' || r == '”' {
			return n
		}
	case famSwedish:
		if r == '”' {
			return n
		}
	case famGuil:
		if r == '»' {
			return n
		}
	case famGuilRev:
		if r == '«' {
			return n
		}
	case famSGuil:
		if r == '›' {
			return n
		}
	case famCurlyS:
		if r == '’' && !(i > 0 && isLetterBefore(p, i) && i+n < len(p) && isLetterAt(p, i+n)) {
			return n
		}
	case famStraight:
		if r == '"' || r == '”' {
			return n
		}
		// "…decision.“: an opening mark typed where the closing one
		// belongs, after the words and before a space or the end.
		if r == '“' && i > 0 && !isSpaceBefore(p, i) && (i+n == len(p) || isSpaceAt(p, i+n)) {
			return n
		}
		if r == '\'' && i+1 < len(p) && p[i+1] == '\'' {
			return 2
		}
	case famStraightS:
		if r == '\'' && i > 0 && !isSpaceBefore(p, i) && !(i+1 < len(p) && isLetterAt(p, i+1)) {
			return 1
		}
	case famDoubleS:
		if r2, m := nextMark(p, i, n); r == '’' && r2 == '’' {
			return n + m
		}
		if r == '”' {
			return n
		}
	case famTeX:
		if r == '\'' && i+1 < len(p) && p[i+1] == '\'' {
			return 2
		}
		if r == '”' || r == '"' {
			return n
		}
	}
	return 0
}

// beforeOpener says whether the character before p[i] lets a mark there open
// a quote: a space, an opening bracket, a dash, a colon or another mark.
func beforeOpener(p string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(p[:i])
	switch r {
	case '(', '[', '{', '—', '–', '-', ':', '/', '“', '‘', '"', '«', '„', '\'':
		return true
	}
	return unicode.IsSpace(r)
}

// isElision spots '90s, 'em, 'til: an apostrophe standing for missing letters.
func isElision(p string, i int) bool {
	if i+1 < len(p) && isDigit(p[i]) && isDigit(p[i+1]) {
		j := i + 2
		return j >= len(p) || p[j] == 's' || !isLetterAt(p, j)
	}
	j := i
	for j < len(p) && j-i < 8 && isLetterAt(p, j) {
		_, n := utf8.DecodeRuneInString(p[j:])
		j += n
	}
	return elisions[lower(p[i:j])] && (j >= len(p) || !isLetterAt(p, j))
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

func isDigitStart(p string, i int) bool { return i < len(p) && isDigit(p[i]) }

func isSpaceAt(p string, i int) bool {
	r, _ := utf8.DecodeRuneInString(p[i:])
	return unicode.IsSpace(r)
}

func isSpaceBefore(p string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(p[:i])
	return unicode.IsSpace(r)
}

func isLetterAt(p string, i int) bool {
	if i < 0 || i >= len(p) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(p[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isLetterBefore(p string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(p[:i])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// trimSpace narrows [a, b) of p to exclude surrounding white space.
func trimSpace(p string, a, b int) (int, int) {
	for a < b {
		r, n := utf8.DecodeRuneInString(p[a:])
		if !unicode.IsSpace(r) {
			break
		}
		a += n
	}
	for b > a {
		r, n := utf8.DecodeLastRuneInString(p[:b])
		if !unicode.IsSpace(r) {
			break
		}
		b -= n
	}
	return a, b
}
