package rules

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/extractor"
	"github.com/whosaid/whosaid/sources"
)

// Method is the value of Quote.Method for records of this engine.
const Method = "rules"

// Base confidences by the pattern that found a record; the speaker's
// resolution factor multiplies them.
const (
	baseDirect     = 0.95 // a quote with its attribution next to it
	baseSplit      = 0.85 // the other piece of a quote split around its attribution
	baseCarried    = 0.85 // a piece of a quote carried over paragraphs
	baseQuotePara  = 0.7  // a paragraph that is only a quote, after a known speaker's
	baseIndirect   = 0.8  // "X said (that) ...", "told Y that ..."
	baseAccording  = 0.85 // "according to X, ..."
	baseTrailing   = 0.75 // "..., X said."
	baseMixed      = 0.8  // a partial quote inside reported speech
	baseUnattached = 0.6  // a direct quote with no attribution at all
	baseLead       = 0.65 // a quote after a short sentence about its speaker, with no cue
	baseInfinitive = 0.7  // "vowed to fight": a plan of the speaker's own
	baseObject     = 0.65 // "criticized the plan": an object, no clause
)

// Engine is the rule-based attribution engine. It holds no state between
// calls and is safe for concurrent use.
type Engine struct{}

// New returns a rule engine.
func New() *Engine { return &Engine{} }

var _ extractor.Engine = (*Engine)(nil)

// rec is a record under construction; offsets are bytes into its paragraph.
type rec struct {
	para, start, end int
	typ              extractor.Type
	sp               *speaker
	cue              string
	class            cueClass // the cue's class; classNone: from the cue's words
	base             float64
	explicit         bool // the attribution is at the record, not inherited
	prev             int  // the previous piece of a quote carried over paragraphs, or -1
	// For an introduction ("Kline said:") carried over a list: the items
	// recorded so far, and whether they had bullets.
	items   int
	bullets bool
	list    bool // the introduction ends in a colon, so a list may follow
}

// state is one article being processed.
type state struct {
	reg   registry
	cur   sentence // the sentence being read, in the paragraph being read
	recs  []rec
	intro *rec // "Lopez said:" closing the previous paragraph, or nil
	// interviewee answers the "A:" paragraphs of a question-and-answer
	// piece: the person the piece named last before its first answer.
	interviewee *speaker
	tokBuf      []token // reused by each paragraph in turn
	usedBuf     []bool
	heldBuf     []bool
	lw          lowerer // shared by the name scan and the tokenizer
}

// Extract finds the quotes and claims of an article's paragraphs. Offsets are
// bytes into strings.Join(paragraphs, sources.ParagraphSep).
func (e *Engine) Extract(ctx context.Context, paragraphs []string) (qs []extractor.Quote, err error) {
	// A bug on some odd text must cost this article, not the caller's
	// batch: a panic becomes this call's error.
	defer func() {
		if r := recover(); r != nil {
			qs, err = nil, fmt.Errorf("rules: internal error (please report it): %v", r)
		}
	}()
	n := 0
	for _, p := range paragraphs {
		n += len(p)
	}
	st := &state{recs: make([]rec, 0, n/400+8)}
	st.reg.doc = scanNames(paragraphs, &st.lw)
	for i, p := range paragraphs {
		if strings.Contains(p, sources.ParagraphSep) {
			return nil, fmt.Errorf("rules: paragraph %d contains a blank line", i)
		}
	}
	segs := splitLong(paragraphs)
	texts := make([]string, len(segs))
	for i, sg := range segs {
		texts[i] = sg.text
	}
	prevOpen := false
	lastRec := -1 // index of the record of the last quote of the previous paragraph
	lastSpk := -1 // the last explicit record of the paragraphs before, with a known speaker, at their end
	for i, p := range texts {
		if i%64 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, fmt.Errorf("rules: %w", err)
			}
		}
		nextOpens := i+1 < len(texts) && opensQuote(texts[i+1])
		pa := newPara(st, i, p, prevOpen, nextOpens)
		before := len(st.recs)
		pa.run(lastRec, lastSpk)
		prevOpen = len(pa.qs) > 0 && pa.qs[len(pa.qs)-1].contNext
		lastRec = -1
		if n := len(pa.qs); n > 0 {
			lastRec = pa.qrec[n-1]
		}
		switch r := pa.lastSpeaker(before); {
		case r >= 0:
			lastSpk = r
		case len(st.recs) > before || wordCountUpTo(p, 15) > 15:
			lastSpk = -1 // a paragraph of other things ends the passage
		}
		// A short paragraph without records (a caption, a one-line aside)
		// leaves the passage's speaker as it was.
	}
	st.propagateChains()
	return st.output(paragraphs, segs), nil
}

// propagateChains gives every piece of a quote carried over paragraphs the
// speaker named at any of its pieces, the first explicit one winning.
func (st *state) propagateChains() {
	hasNext := make([]bool, len(st.recs))
	for _, r := range st.recs {
		if r.prev >= 0 {
			hasNext[r.prev] = true
		}
	}
	for i := range st.recs {
		if hasNext[i] || st.recs[i].prev < 0 {
			continue // only walk each chain once, from its tail
		}
		var chain []int
		for j := i; j >= 0; j = st.recs[j].prev {
			chain = append(chain, j)
		}
		var best *speaker
		for k := len(chain) - 1; k >= 0; k-- {
			if c := st.recs[chain[k]]; c.explicit && c.sp != nil && c.sp.kind != extractor.Unknown {
				best = c.sp
				break
			}
		}
		if best == nil {
			continue
		}
		for _, j := range chain {
			if c := &st.recs[j]; c.sp == nil || c.sp.kind == extractor.Unknown {
				c.sp = best
				c.base = baseCarried
				if c.cue == "" {
					c.cue = cueOfChain(st.recs, chain)
				}
			}
		}
	}
}

// output converts the records to extractor.Quote with article offsets.
func (st *state) output(paragraphs []string, segs []segment) []extractor.Quote {
	off := make([]int, len(paragraphs))
	o := 0
	for i, p := range paragraphs {
		off[i] = o
		o += len(p) + len(sources.ParagraphSep)
	}
	out := make([]extractor.Quote, 0, len(st.recs))
	entID := map[*entity]string{}
	// "“I have rowed here for years,” Kessler said": a one-word name the
	// engine took for a body's speaks in the first person singular, as
	// only a person does.
	speaksAsI := map[*entity]bool{}
	for _, r := range st.recs {
		if r.typ != extractor.Direct || r.sp == nil || r.sp.ent == nil || r.sp.ent.kind != extractor.Organization {
			continue
		}
		if e := r.sp.ent; !strings.Contains(e.name, " ") && !isAcronym(e.name) && !orgWords[lower(e.name)] && !places[lower(e.name)] {
			sg := segs[r.para]
			if r.start >= 0 && r.end <= len(sg.text) && r.start < r.end && firstPersonSingular(sg.text[r.start:r.end]) {
				speaksAsI[e] = true
			}
		}
	}
	for _, r := range st.recs {
		sg := segs[r.para]
		p := sg.text
		if r.start < 0 || r.end > len(p) || r.start >= r.end {
			continue
		}
		if !utf8.RuneStart(p[r.start]) || r.end < len(p) && !utf8.RuneStart(p[r.end]) {
			continue // only on text that is not UTF-8, which cleaned articles never are
		}
		q := extractor.Quote{
			Quote: p[r.start:r.end], Type: r.typ, Cue: r.cue,
			Start: off[sg.para] + sg.off + r.start, End: off[sg.para] + sg.off + r.end,
			Paragraph: sg.para, Method: Method, SpeakerKind: extractor.Unknown,
		}
		res := resUnknown
		if sp := r.sp; sp != nil {
			q.SpeakerMention = sp.mention
			if sp.kind != extractor.Unknown && sp.kind != "" {
				q.Speaker, q.SpeakerKind, q.Role, q.Affiliation = sp.name, sp.kind, sp.role, sp.aff
				if sp.ent != nil && speaksAsI[sp.ent] {
					q.SpeakerKind = extractor.Person
				}
				res = sp.res
				if sp.ent != nil { // carried from the entity, as learned so far
					q.Speaker, q.Role, q.Affiliation = sp.ent.name, sp.ent.role, sp.ent.aff
					// The same entity is the same source, whatever its
					// records are named (extractor.Speakers numbers them).
					if entID[sp.ent] == "" {
						entID[sp.ent] = "e" + strconv.Itoa(len(entID)+1)
					}
					q.SpeakerID = entID[sp.ent]
				}
			}
		}
		if a := q.Affiliation; a != "" && !hasUpperOrDigit(a) && !orgNouns[lower(lastWord(a))] {
			q.Affiliation = "" // "a member of the family": no body, named or generic ("the ministry")
		}
		if q.SpeakerKind == extractor.Unknown && r.typ == extractor.Direct && len(strings.Fields(q.Quote)) < 3 {
			continue // a scare quote or a title, not a quote of anyone
		}
		if q.SpeakerKind == extractor.Unknown && r.typ == extractor.Direct && subheading(p, r.start, r.end) {
			continue // “A Decade of Delay” standing alone: a heading in quote marks
		}
		q.CueClass = recordClass(r, q).String()
		q.Confidence = clamp(r.base * res)
		out = append(out, q)
	}
	return out
}

func clamp(f float64) float64 {
	switch {
	case f < 0:
		return 0
	case f > 1:
		return 1
	}
	return float64(int(f*100+0.5)) / 100
}

func cueOfChain(recs []rec, chain []int) string {
	for k := len(chain) - 1; k >= 0; k-- {
		if c := recs[chain[k]]; c.explicit && c.cue != "" {
			return c.cue
		}
	}
	return ""
}

// subheading says whether the quote [start, end) of paragraph p is the
// whole paragraph, short and without a sentence's final punctuation: a
// heading set in quote marks, not a quotation.
func subheading(p string, start, end int) bool {
	q := p[start:end]
	if wordCount(q) > 10 || strings.ContainsAny(q[len(q)-1:], ".!?…,;:") {
		return false
	}
	before, after := strings.TrimSpace(p[:start]), strings.TrimSpace(p[end:])
	return utf8.RuneCountInString(before) <= 1 && utf8.RuneCountInString(after) <= 1
}

// hasUpperOrDigit says whether s holds a capital letter or a digit.
func hasUpperOrDigit(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// firstPersonSingular says whether quoted words speak as "I".
func firstPersonSingular(q string) bool {
	for _, w := range strings.FieldsFunc(q, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' }) {
		switch w {
		case "I", "I'm", "I’m", "I've", "I’ve", "I'd", "I’d", "I'll", "I’ll", "my", "My", "me", "myself":
			return true
		}
	}
	return false
}
