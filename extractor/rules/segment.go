package rules

import (
	"strings"
	"unicode/utf8"
)

// maxSegment bounds the text the engine works on at once. No real paragraph
// is this long (a quote may not run past 20,000 bytes anyway), but a page
// that is one 5 MB "paragraph" would otherwise make the per-paragraph token
// arrays huge; such a paragraph is worked on in pieces cut at sentence ends.
const maxSegment = 64 << 10

// segment is a piece of a paragraph that the engine treats as a paragraph of
// its own: para is the paragraph's index, off the piece's byte offset in it.
type segment struct {
	text      string
	para, off int
}

// splitLong returns the paragraphs as segments, cutting any paragraph longer
// than maxSegment after a sentence end (else after a space, else at a
// character boundary) so that every piece is at most maxSegment bytes.
func splitLong(paragraphs []string) []segment {
	segs := make([]segment, 0, len(paragraphs))
	for i, p := range paragraphs {
		off := 0
		for len(p)-off > maxSegment {
			cut := cutPoint(p, off)
			segs = append(segs, segment{text: p[off:cut], para: i, off: off})
			off = cut
		}
		segs = append(segs, segment{text: p[off:], para: i, off: off})
	}
	return segs
}

// cutPoint is where the piece of p starting at off ends, given that more
// than maxSegment bytes remain: after the last sentence end in the second
// half of the window, else after its last space, else at the last character
// boundary. It is always > off.
func cutPoint(p string, off int) int {
	end := off + maxSegment
	window := p[off:end]
	if i := strings.LastIndex(window, ". "); i >= len(window)/2 {
		return off + i + 2
	}
	if i := strings.LastIndexByte(window, ' '); i > 0 {
		return off + i + 1
	}
	for end > off+1 && !utf8.RuneStart(p[end]) {
		end--
	}
	return end
}
