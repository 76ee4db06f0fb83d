package polnear

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"unicode"

	"github.com/whosaid/whosaid/extractor"
	"github.com/whosaid/whosaid/extractor/eval"
)

// Sentinel errors, for errors.Is.
var (
	ErrAnnFormat = errors.New("bad brat annotation")
	ErrSpan      = errors.New("span does not fit the text")
	ErrNoArticle = errors.New("no annotated articles")
)

// Stats counts what a conversion kept and dropped.
type Stats struct {
	Articles     int `json:"articles"`
	Attributions int `json:"attributions"`
	NoContent    int `json:"no_content"`    // attributions skipped: nothing attributed
	NoSource     int `json:"no_source"`     // kept with an empty speaker
	Quotes       int `json:"quotes"`        // gold records written
	Split        int `json:"split"`         // attributions whose content became several records
	Resolved     int `json:"resolved"`      // pronoun sources replaced by a coreferent name
	Duplicates   int `json:"duplicates"`    // extra annotators' files left out
	MissingAnn   int `json:"missing_ann"`   // texts with no annotation file
	CorefMissing int `json:"coref_missing"` // articles without CoreNLP coreference
}

func (s *Stats) add(o Stats) {
	s.Articles += o.Articles
	s.Attributions += o.Attributions
	s.NoContent += o.NoContent
	s.NoSource += o.NoSource
	s.Quotes += o.Quotes
	s.Split += o.Split
	s.Resolved += o.Resolved
	s.Duplicates += o.Duplicates
	s.MissingAnn += o.MissingAnn
	s.CorefMissing += o.CorefMissing
}

// Convert turns one article's raw text and its annotations into a gold
// article. coref may be nil; when given, pronoun sources are replaced by the
// name of their coreference chain (see resolve).
func Convert(id, raw string, ann *Ann, coref *Coref) (eval.Article, Stats, error) {
	rr := []rune(raw)
	norm := eval.Canonicalize(raw)
	quoted := quotedRunes(norm)
	art := eval.Article{ID: id, Text: string(norm.Text), Quotes: []eval.GoldQuote{}}
	st := Stats{Articles: 1}
	for _, ev := range ann.Events {
		if !strings.HasPrefix(ev.Type, "Attribution") {
			continue
		}
		st.Attributions++
		var spans []Span
		for _, tb := range ann.Arg(ev, "Content") {
			spans = append(spans, tb.Spans...)
		}
		for _, sp := range spans {
			if sp.End > len(rr) {
				return eval.Article{}, st, fmt.Errorf("polnear: %s event %s: %w: %d..%d past the end (%d code points)",
					id, ev.ID, ErrSpan, sp.Start, sp.End, len(rr))
			}
		}
		pieces, err := contentPieces(rr, norm, spans)
		if err != nil {
			return eval.Article{}, st, fmt.Errorf("polnear: %s event %s: %w", id, ev.ID, err)
		}
		if len(pieces) == 0 {
			st.NoContent++
			continue
		}
		if len(pieces) > 1 {
			st.Split++
		}
		mention, speaker := "", ""
		srcs := ann.Arg(ev, "Source")
		if len(srcs) == 0 {
			st.NoSource++
		} else {
			mention = spanText(rr, srcs)
			speaker = mention
			if name := coref.resolve(mention, srcs); name != "" {
				speaker = name
				st.Resolved++
			}
		}
		cue := spanText(rr, ann.Arg(ev, "Cue"))
		for _, p := range pieces {
			q := eval.GoldQuote{
				Quote:   string(norm.Text[p.Start:p.End]),
				Speaker: speaker,
				Type:    quoteType(norm.Text, quoted, p),
				Start:   p.Start,
				End:     p.End,
				Cue:     cue,
			}
			if speaker != mention {
				q.SpeakerMention = mention
			}
			art.Quotes = append(art.Quotes, q)
		}
	}
	sort.SliceStable(art.Quotes, func(i, j int) bool { return art.Quotes[i].Start < art.Quotes[j].Start })
	st.Quotes = len(art.Quotes)
	if err := art.Check(); err != nil {
		return eval.Article{}, st, fmt.Errorf("polnear: %s: %w", id, err)
	}
	return art, st, nil
}

// contentPieces maps the raw content spans of one attribution to ranges of
// the canonical text, one gold record each.
//
// A discontinuous content becomes one record per contiguous piece, because
// what interrupts it is nearly always the source and cue ("..., said Smith,
// ..."), which a quote record must not contain. brat also cuts spans at line
// breaks, so pieces whose gap holds no letter or digit are joined again; a
// piece that crosses a paragraph break is cut there, since a record belongs
// to one paragraph.
func contentPieces(raw []rune, norm *eval.Canonical, spans []Span) ([]Span, error) {
	sort.Slice(spans, func(i, j int) bool { return spans[i].Start < spans[j].Start })
	var merged []Span
	for _, sp := range spans {
		if sp.Start == sp.End {
			continue
		}
		if k := len(merged) - 1; k >= 0 && sp.Start <= merged[k].End+maxGap && !hasWord(raw, merged[k].End, sp.Start) {
			merged[k].End = max(merged[k].End, sp.End)
			continue
		}
		merged = append(merged, sp)
	}
	var out []Span
	for _, sp := range merged {
		s, e, ok := norm.Map(sp.Start, sp.End)
		if !ok {
			continue
		}
		// The mapping is the one thing that can silently go wrong: check it.
		if got, want := collapse(string(norm.Text[s:e])), collapse(string(raw[sp.Start:sp.End])); got != want {
			return nil, fmt.Errorf("%w: %d..%d maps to %q, not %q", ErrSpan, sp.Start, sp.End, got, want)
		}
		// Cut at paragraph breaks.
		for _, p := range norm.Paras {
			if p > s && p < e {
				out = appendTrimmed(out, norm.Text, s, p-len([]rune(eval.ParagraphSep)))
				s = p
			}
		}
		out = appendTrimmed(out, norm.Text, s, e)
	}
	return out, nil
}

// maxGap bounds the gap between two pieces that are joined: a few spaces or
// a dash, not a sentence.
const maxGap = 8

func appendTrimmed(out []Span, text []rune, s, e int) []Span {
	for s < e && unicode.IsSpace(text[s]) {
		s++
	}
	for e > s && unicode.IsSpace(text[e-1]) {
		e--
	}
	if !hasWord(text, s, e) {
		return out
	}
	return append(out, Span{s, e})
}

// hasWord reports whether rs[s:e] holds a letter or a digit.
func hasWord(rs []rune, s, e int) bool {
	for _, r := range rs[max(s, 0):min(e, len(rs))] {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// collapse is the canonical form of a short stretch of text on its own.
func collapse(s string) string {
	return strings.Join(strings.FieldsFunc(s, unicode.IsSpace), " ")
}

// spanText is the canonical text of the annotations' spans, pieces joined
// by a space.
func spanText(raw []rune, tbs []*TextBound) string {
	var parts []string
	for _, tb := range tbs {
		for _, sp := range tb.Spans {
			if sp.End <= len(raw) {
				parts = append(parts, string(raw[sp.Start:sp.End]))
			}
		}
	}
	return collapse(strings.Join(parts, " "))
}

// quotedRunes marks, paragraph by paragraph, the runes of text that lie
// inside double quote marks (the marks included). Straight marks toggle;
// curly and guillemet marks open and close. The state starts afresh at each
// paragraph, so a quote running over several paragraphs (opening mark on
// each, closing mark on the last) is still inside. Single marks are not
// counted: ’ is far more often an apostrophe.
func quotedRunes(n *eval.Canonical) []bool {
	in := make([]bool, len(n.Text))
	open := false
	para := 0
	for i, r := range n.Text {
		if para+1 < len(n.Paras) && i >= n.Paras[para+1] {
			para++
			open = false
		}
		switch r {
		case '"':
			in[i] = true
			open = !open
			continue
		case '“', '„', '«':
			open = true
		case '”', '»':
			in[i] = true
			open = false
			continue
		}
		in[i] = open
	}
	return in
}

// quoteType is direct when every word of the piece lies inside quote marks,
// mixed when some do, indirect when none do.
func quoteType(text []rune, quoted []bool, p Span) extractor.Type {
	var in, out int
	for i := p.Start; i < p.End; i++ {
		if !unicode.IsLetter(text[i]) && !unicode.IsDigit(text[i]) {
			continue
		}
		if quoted[i] {
			in++
		} else {
			out++
		}
	}
	switch {
	case out == 0:
		return extractor.Direct
	case in == 0:
		return extractor.Indirect
	default:
		return extractor.Mixed
	}
}
