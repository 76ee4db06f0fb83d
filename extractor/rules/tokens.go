package rules

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

type tokKind uint8

const (
	tWord  tokKind = iota
	tPunct         // one punctuation character (a stray quote mark too)
	tQuote         // a whole direct quote, marks included
)

// token is a word, a punctuation mark or a whole direct quote of a
// paragraph. A quote is one token so that the patterns around it see it as
// one opaque piece, whatever it says inside.
type token struct {
	kind       tokKind
	start, end int    // bytes into the paragraph
	text       string // as written
	low        string // lower case
	capital    bool   // starts with an upper-case letter
	first      bool   // opens its sentence, so a capital says little
	q          int    // index of the quote for tQuote
}

// lower is strings.ToLower without its cost for words that are lower case
// already, the most of them, curly apostrophes included ("don’t").
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			return strings.ToLower(s)
		}
		if c >= utf8.RuneSelf {
			for _, r := range s[i:] {
				if unicode.IsUpper(r) {
					return strings.ToLower(s)
				}
			}
			return s
		}
	}
	return s
}

// lowerer lowers capitalized words the way lower does, keeping one copy of
// each lowered word: names and sentence openers repeat through an article,
// and each would otherwise cost an allocation every time it is read.
type lowerer struct {
	seen map[string]string
	buf  []byte
}

func (lw *lowerer) lower(s string) string {
	up := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return lower(s)
		}
		up = up || 'A' <= c && c <= 'Z'
	}
	if !up {
		return s
	}
	lw.buf = lw.buf[:0]
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		lw.buf = append(lw.buf, c)
	}
	if l, ok := lw.seen[string(lw.buf)]; ok {
		return l
	}
	if lw.seen == nil || len(lw.seen) >= 1<<14 {
		lw.seen = make(map[string]string, 256) // bounded on any page
	}
	l := string(lw.buf)
	lw.seen[l] = l
	return l
}

// asciiWord marks the ASCII bytes that are word runes.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// tokenize splits paragraph p into tokens; qs are its quotes in order.
// buf is reused for the result when it is large enough.
func tokenize(p string, qs []qspan, buf []token, lw *lowerer) []token {
	toks := buf[:0]
	if want := len(p)/3 + 16; cap(toks) < want {
		toks = make([]token, 0, want)
	}
	k := 0
	for i := 0; i < len(p); {
		if k < len(qs) && i >= qs[k].open {
			toks = append(toks, token{kind: tQuote, start: qs[k].open, end: qs[k].end, q: k})
			i = qs[k].end
			k++
			continue
		}
		if c := p[i]; c == ' ' {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(p[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
		case isWordRune(r) || (r == '$' || r == '£' || r == '€') && i+n < len(p) && isDigit(p[i+n]): // "$15" is one word
			start := i
			if !isWordRune(r) {
				start = i + n // the currency sign, then the number
			}
			j := wordEnd(p, start, qs, k)
			w := p[i:j]
			low := lw.lower(w)
			if low == "who's" || low == "who’s" {
				low = "who" // "Tom Bale, who's running for mayor, said": the relative pronoun
			} else if w == "WHO" && !mostlyUpper(p) {
				low = "w.h.o." // "WHO say iodine deficiency …": the World Health Organization, not the pronoun
			}
			toks = append(toks, token{kind: tWord, start: i, end: j, text: w, low: low, capital: unicode.IsUpper(r) || joinedParticle(w)})
			i = j
		default:
			if r == '-' { // "--" is one dash
				for i+n < len(p) && p[i+n] == '-' {
					n++
				}
			}
			toks = append(toks, token{kind: tPunct, start: i, end: i + n, text: p[i : i+n], low: p[i : i+n]})
			i += n
		}
	}
	return toks
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// wordEnd returns the end of the word starting at p[i]. Apostrophes, hyphens,
// periods and ampersands join a word when a letter or digit follows them
// ("don't", "U.S", "AT&T"); a final period stays on abbreviations and initials.
func wordEnd(p string, i int, qs []qspan, k int) int {
	limit := len(p)
	if k < len(qs) {
		limit = qs[k].open
	}
	j := i
	for j < limit {
		if c := p[j]; c < utf8.RuneSelf && asciiWord[c] {
			j++
			continue
		}
		r, n := utf8.DecodeRuneInString(p[j:])
		if isWordRune(r) {
			j += n
			continue
		}
		if r == '/' && j > i && isDigit(p[j-1]) && j+1 < limit && isDigit(p[j+1]) {
			j++ // "9/11", "24/7": one word
			continue
		}
		if r >= 0x80 && r <= 0xBF && j > i {
			// "TomÃ¡s", "FranÃ§ois": UTF-8 read as Latin-1 leaves a
			// letter's second byte as a symbol after "Ã"; it stays in the word.
			if pr, _ := utf8.DecodeLastRuneInString(p[i:j]); pr == 'Ã' || pr == 'Â' || pr == 'Å' || pr == 'Ä' {
				j += n
				continue
			}
		}
		if (r == '\'' || r == '’' || r == '-' || r == '.' || r == '&' || r == '‐') && j+n < limit {
			r2, _ := utf8.DecodeRuneInString(p[j+n:])
			if isWordRune(r2) {
				j += n
				continue
			}
		}
		break
	}
	// "26%": a percentage is one word.
	if j > i && j < limit && p[j] == '%' && isDigit(p[j-1]) {
		j++
	}
	// "the Smiths' album", "Landlords’ groups": a possessive apostrophe.
	if j > i && p[j-1] == 's' && j < limit {
		r, n := utf8.DecodeRuneInString(p[j:])
		if (r == '\'' || r == '’') && j+n+1 < limit && p[j+n] == ' ' && isLetterAt(p, j+n+1) {
			j += n
			return j
		}
	}
	if j < limit && p[j] == '.' {
		var b [24]byte
		w := append(b[:0], lower(p[i:j])...)
		if string(w) == "no" && !(j+2 < limit && p[j+1] == ' ' && isDigit(p[j+2])) {
			return j // "the answer was no.": "No." numbers only before a number
		}
		if abbreviations[string(append(w, '.'))] || utf8.RuneCountInString(p[i:j]) == 1 && unicode.IsUpper(firstRune(p[i:j])) || strings.Contains(p[i:j], ".") && !isDigit(p[i]) { // not "grow by 3.5%."
			j++
		}
	}
	return j
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// sentence is a range of tokens [a, b).
type sentence struct{ a, b int }

// splitSentences groups tokens into sentences. A quote is never split: its
// inside is one token.
func splitSentences(p string, toks []token, qs []qspan) []sentence {
	var out []sentence
	a := 0
	for i := range toks {
		if i+1 < len(toks) && !endsSentence(p, toks, qs, i) {
			continue
		}
		out = append(out, sentence{a, i + 1})
		toks[a].first = true
		a = i + 1
	}
	return out
}

func endsSentence(p string, toks []token, qs []qspan, i int) bool {
	t := toks[i]
	next := toks[i+1]
	switch t.kind {
	case tWord:
		// "in the U.S. He says": an abbreviation's period ends the
		// sentence when a word that only opens sentences follows.
		if next.kind == tQuote && strings.HasSuffix(t.text, ".") && !openingAbbrev(t.low) && quoteOpensUpper(p, qs, next) {
			return true // "shaking his head no. “But …”", "said Sen. Ann Lee, R-S.C. “I do too.”"
		}
		return strings.HasSuffix(t.text, ".") && next.kind == tWord && next.capital && sentenceOpeners[next.low]
	case tPunct:
		switch t.text {
		case ".", "!", "?", "…":
			// "the ID. SPACE VIZZION": a period between two words in
			// capitals is a product's name, not a sentence's end.
			if t.text == "." && i > 0 && allCaps(toks[i-1]) && next.kind == tWord && allCaps(next) && len(next.text) >= 3 &&
				toks[i-1].end == t.start && i+2 < len(toks) && toks[i+2].kind == tWord && allCaps(toks[i+2]) {
				return false
			}
			return next.capital || next.kind == tQuote || next.kind == tWord && isDigit(next.text[0])
		case ";": // "…, she said; her staff found …": a clause of its own
			return next.kind == tWord
		case ")", "]": // "(Oh hey there.) “It’s …”"
			if i > 0 && toks[i-1].kind == tPunct && strings.ContainsAny(toks[i-1].text, ".!?") {
				return next.capital || next.kind == tQuote
			}
		}
	case tQuote:
		q := qs[t.q]
		if !q.closed || q.ce == q.cs {
			return false
		}
		// "… sing the song if it kills me!’”": an inner quote may close
		// the sentence too.
		last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(p[q.cs:q.ce], "’'\""))
		if last != '.' && last != '!' && last != '?' && last != '…' {
			return false
		}
		if next.kind == tQuote {
			return true
		}
		return next.capital && !cueAhead(toks, i+1, 5)
	}
	return false
}

// openingAbbrev says whether an abbreviation stands before a name or a
// nickname ("Sen. “Bud” Lee") and so never ends a sentence.
func openingAbbrev(l string) bool {
	if _, ok := titleAbbrev[l]; ok {
		return true
	}
	_, ok := honorifics[l]
	return ok || l == "st." || l == "mt." || l == "vs." || l == "e.g." || l == "i.e."
}

// sentenceOpeners are capitalized words after an abbreviation that start a
// new sentence rather than continue a name.
var sentenceOpeners = set(`he she it they we i the but and this that there his her their its`)

// cueAhead says whether a cue word comes within n words after toks[i],
// before any punctuation: “We start again.” Lopez said.
func cueAhead(toks []token, i, n int) bool {
	commas := 0
	for j := i; j < len(toks) && j < i+n+8; j++ {
		if isComma(toks[j]) && j > i && commas < 2 {
			// “Not us!” Mike Murphy, the head of the PAC, tweeted.
			commas++
			continue
		}
		if toks[j].kind != tWord || j >= i+n && commas == 0 {
			return false
		}
		if commas == 1 {
			continue
		}
		if sayCue(toks[j].low) {
			return bareAttribution(toks, j+1)
		}
		if k := particleCue(toks, j); k > 0 {
			return bareAttribution(toks, k) // “Right?” Lee went on.
		}
	}
	return false
}

// particleCue returns the index after the particle of a speech cue that
// needs one ("went on", "fired back"), or -1.
func particleCue(toks []token, j int) int {
	if j+1 >= len(toks) || toks[j+1].kind != tWord {
		return -1
	}
	for _, ci := range cues[toks[j].low] {
		if ci.part == toks[j+1].low && ci.part != "" && ci.class == classSpeech && ci.frames&fEnd != 0 {
			return j + 2
		}
	}
	return -1
}

// bareAttribution says whether what follows a cue at k leaves it a bare
// attribution rather than a new sentence of reported speech: “Why now?”
// Lopez said, or Lopez asked during the hearing; not Lopez said that …
func bareAttribution(toks []token, k int) bool {
	for j := k; j < len(toks) && j < k+10; j++ {
		t := toks[j]
		if t.kind == tPunct && (t.text == "." || t.text == "," || t.text == ";") {
			return true
		}
		if t.kind != tWord || j == k && !attribTail[t.low] && !adverbLy(t.low) || t.low == "that" {
			return false
		}
	}
	return k >= len(toks)
}

// attribTail are words that may open what follows a bare attribution:
// “Why now?” Lopez asked during the hearing.
var attribTail = set(`during in on at after before while as when from via with to about of afterward afterwards later
	yesterday today tonight last this earlier recently then again on monday tuesday wednesday thursday friday
	saturday sunday`)

// quoteOpensUpper says whether the quotation at token t starts with a
// capital: a new sentence ("… R-S.C. “I do too.”"), not a word quoted
// inside one ("the U.S. “clearly” needed").
func quoteOpensUpper(p string, qs []qspan, t token) bool {
	q := qs[t.q]
	return startsUpper(p[q.cs:q.ce])
}

// allCaps says whether t is a word of two or more letters, all capitals.
func allCaps(t token) bool {
	if t.kind != tWord || len(t.text) < 2 {
		return false
	}
	for i := 0; i < len(t.text); i++ {
		if c := t.text[i]; c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

// joinedParticle says whether w is a surname with a particle joined to it,
// "al-Nour", "el-Badri": a capitalized name for every rule that reads names.
func joinedParticle(w string) bool {
	return len(w) > 4 && (w[:3] == "al-" || w[:3] == "el-") && w[3] >= 'A' && w[3] <= 'Z'
}

// mostlyUpper says whether most letters of p are capitals: a headline set
// in capitals, where "WHO" is the pronoun.
func mostlyUpper(p string) bool {
	up, lo := 0, 0
	for _, r := range p {
		switch {
		case unicode.IsUpper(r):
			up++
		case unicode.IsLower(r):
			lo++
		}
	}
	return up > lo
}
