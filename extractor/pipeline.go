package extractor

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/whosaid/whosaid/sources"
)

// Version is the version of whosaid, set at build time with
// -ldflags "-X github.com/whosaid/whosaid/extractor.Version=v1.2.3".
var Version = "dev"

// Engine finds quotes in an article's paragraphs.
//
// The quotes it returns carry byte offsets into
// strings.Join(paragraphs, sources.ParagraphSep); Quote.Quote must equal the
// text at those offsets (it may be left empty and is then filled in).
// Paragraph may be left 0: the pipeline recomputes it.
type Engine interface {
	Extract(ctx context.Context, paragraphs []string) ([]Quote, error)
}

// Pipeline turns a cleaned article into an output document.
type Pipeline struct {
	Engine Engine
	Mode   string // reported in Document.Extractor.Mode, e.g. "rules"
	// Classes, when not empty, are the cue classes whose records are kept
	// (see KeepClasses); empty keeps all.
	Classes []string
}

// Run extracts the quotes of art. Records that break the verbatim guarantee
// are dropped with a warning rather than passed on: a record's quote is always
// exactly the text at its offsets.
func (p *Pipeline) Run(ctx context.Context, art *sources.Article) (*Document, error) {
	text := art.Text()
	doc := &Document{
		Source:    art.Source,
		URL:       art.URL,
		Title:     art.Title,
		Byline:    art.Byline,
		Published: art.Published,
		Site:      art.Site,
		Language:  art.Language,
		Text:      text,
		Quotes:    []Quote{},
		Warnings:  append([]string{}, art.Warnings...),
		Extractor: Info{Version: Version, Mode: p.Mode},
	}
	if len(art.Paragraphs) == 0 {
		doc.Warnings = appendOnce(doc.Warnings, "no article text found")
		return doc, nil
	}
	qs, err := p.Engine.Extract(ctx, art.Paragraphs)
	if err != nil {
		return nil, fmt.Errorf("extractor: %w", err)
	}
	qs, warns := Finalize(text, art.Paragraphs, qs)
	doc.Quotes = KeepClasses(qs, p.Classes)
	doc.Warnings = append(doc.Warnings, warns...)
	return doc, nil
}

// KeepClasses returns the records whose CueClass is one of classes (all
// records when classes is empty). A record without a class (a quotation
// with no cue at all) counts as speech. Speaker ids are kept as they were,
// so that the same source keeps its id whatever is filtered out.
func KeepClasses(qs []Quote, classes []string) []Quote {
	if len(classes) == 0 {
		return qs
	}
	out := qs[:0]
	for _, q := range qs {
		c := q.CueClass
		if c == "" {
			c = "speech"
		}
		if slices.Contains(classes, c) {
			out = append(out, q)
		}
	}
	return out
}

// Finalize checks quotes carrying byte offsets into text, fills in their
// quote text and paragraph index, converts the offsets to code points and
// sorts them into text order. Records whose offsets are out of range, empty,
// or do not match their quote text are dropped and reported in warnings.
func Finalize(text string, paragraphs []string, qs []Quote) ([]Quote, []string) {
	var warns []string
	// Byte offset where each paragraph starts.
	pstart := make([]int, len(paragraphs))
	off := 0
	for i, p := range paragraphs {
		pstart[i] = off
		off += len(p) + len(sources.ParagraphSep)
	}
	kept := make([]Quote, 0, len(qs))
	for _, q := range qs {
		switch {
		case q.Start < 0 || q.End > len(text) || q.Start >= q.End:
			warns = append(warns, fmt.Sprintf("dropped a record with offsets %d..%d outside the text", q.Start, q.End))
			continue
		case !utf8.RuneStart(text[q.Start]) || (q.End < len(text) && !utf8.RuneStart(text[q.End])):
			warns = append(warns, fmt.Sprintf("dropped a record with offsets %d..%d inside a character", q.Start, q.End))
			continue
		case q.Quote != "" && q.Quote != text[q.Start:q.End]:
			warns = append(warns, fmt.Sprintf("dropped a record whose quote is not the text at %d..%d", q.Start, q.End))
			continue
		}
		q.Quote = text[q.Start:q.End]
		q.Paragraph = sort.Search(len(pstart), func(i int) bool { return pstart[i] > q.Start }) - 1
		if q.SpeakerKind == "" {
			q.SpeakerKind = Unknown
		}
		if q.SpeakerKind == Unknown {
			q.Speaker = ""
		}
		kept = append(kept, q)
	}
	byPosition := func(a, b Quote) int {
		if c := cmp.Compare(a.Start, b.Start); c != 0 {
			return c
		}
		return cmp.Compare(a.End, b.End)
	}
	// Engines mostly return records in order already; sorting large structs
	// is then pure copying.
	if !slices.IsSortedFunc(kept, byPosition) {
		slices.SortStableFunc(kept, byPosition)
	}
	toRunes(text, kept)
	Speakers(kept)
	return kept, warns
}

// toRunes converts the byte offsets of qs, sorted by Start, to code point
// offsets: one pass over the text for the starts, and each quote's own length
// for its end.
func toRunes(text string, qs []Quote) {
	b, r := 0, 0
	for i := range qs {
		q := &qs[i]
		r += utf8.RuneCountInString(text[b:q.Start])
		b = q.Start
		n := utf8.RuneCountInString(text[q.Start:q.End])
		q.Start, q.End = r, r+n
	}
}

func appendOnce(ss []string, s string) []string {
	for _, x := range ss {
		if strings.EqualFold(x, s) {
			return ss
		}
	}
	return append(ss, s)
}
