package eval

import (
	"fmt"
	"io"
	"slices"
	"sort"
	"text/tabwriter"

	"github.com/whosaid/whosaid/extractor"
)

// types in report order.
var types = []extractor.Type{extractor.Direct, extractor.Mixed, extractor.Indirect}

// TypeFigures are the figures for one quote type.
type TypeFigures struct {
	Gold   int     `json:"gold"`   // gold quotes of this type
	Found  int     `json:"found"`  // of which a prediction matched
	Recall float64 `json:"recall"` // Found / Gold

	Predicted int     `json:"predicted"` // predictions of this type
	Correct   int     `json:"correct"`   // of which matched a gold quote of any type
	Precision float64 `json:"precision"` // Correct / Predicted

	SameType int `json:"same_type"` // matched gold quotes of this type predicted with this type
}

// SpeakerFigures score speakers on matched quotes.
type SpeakerFigures struct {
	Compared int     `json:"compared"`   // matched pairs whose gold speaker can be checked
	Correct  int     `json:"correct"`    // of which the predicted speaker agrees (see SameSpeaker)
	Accuracy float64 `json:"accuracy"`   // Correct / Compared
	Empty    int     `json:"pred_empty"` // compared pairs where the prediction named nobody

	GoldNoSource int `json:"gold_no_source"`  // matched pairs whose gold has no source: not compared
	BothNoSource int `json:"both_no_source"`  // of which the prediction named nobody either
	Unresolved   int `json:"gold_unresolved"` // matched pairs whose gold is a bare pronoun: not compared
}

// Report holds the figures of one evaluation. Ratios whose denominator is
// zero are 0; the counts beside them tell the two cases apart.
type Report struct {
	Articles  int `json:"articles"`
	Gold      int `json:"gold"`
	Predicted int `json:"predicted"`
	Matched   int `json:"matched"`

	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`

	ByType       map[extractor.Type]*TypeFigures `json:"by_type"`
	SameType     int                             `json:"same_type"`     // matched pairs predicted with the gold type
	TypeAccuracy float64                         `json:"type_accuracy"` // SameType / Matched

	Speaker SpeakerFigures `json:"speaker"`

	Dropped       int     `json:"dropped"`        // predictions dropped by extractor.Finalize
	EngineSeconds float64 `json:"engine_seconds"` // time spent in the engine
}

// NewReport returns an empty report to Add articles to.
func NewReport() *Report {
	r := &Report{ByType: map[extractor.Type]*TypeFigures{}}
	for _, t := range types {
		r.ByType[t] = &TypeFigures{}
	}
	return r
}

func (r *Report) typ(t extractor.Type) *TypeFigures {
	f, ok := r.ByType[t]
	if !ok {
		f = &TypeFigures{}
		r.ByType[t] = f
	}
	return f
}

// Add scores one article: gold and predicted quotes with code point offsets
// into text. It returns the matched pairs.
func (r *Report) Add(text string, gold []GoldQuote, pred []extractor.Quote) []Pair {
	gs := make([]Span, len(gold))
	for i, g := range gold {
		gs[i] = Span{g.Start, g.End}
		r.typ(g.Type).Gold++
	}
	ps := make([]Span, len(pred))
	for i, p := range pred {
		ps[i] = Span{p.Start, p.End}
		r.typ(p.Type).Predicted++
	}
	pairs := Match(NewWords(text), gs, ps)
	r.Articles++
	r.Gold += len(gold)
	r.Predicted += len(pred)
	r.Matched += len(pairs)
	for _, m := range pairs {
		g, p := gold[m.Gold], pred[m.Pred]
		r.typ(g.Type).Found++
		r.typ(p.Type).Correct++
		if g.Type == p.Type {
			r.typ(g.Type).SameType++
			r.SameType++
		}
		switch judgeSpeaker(g, p) {
		case speakerRight:
			r.Speaker.Compared++
			r.Speaker.Correct++
		case speakerWrong:
			r.Speaker.Compared++
			if p.Speaker == "" {
				r.Speaker.Empty++
			}
		case speakerNoGold:
			r.Speaker.GoldNoSource++
			if p.Speaker == "" {
				r.Speaker.BothNoSource++
			}
		case speakerUnresolved:
			r.Speaker.Unresolved++
		}
	}
	return pairs
}

// Finish computes the ratios from the counts.
func (r *Report) Finish() {
	r.Precision = ratio(r.Matched, r.Predicted)
	r.Recall = ratio(r.Matched, r.Gold)
	if r.Precision+r.Recall > 0 {
		r.F1 = 2 * r.Precision * r.Recall / (r.Precision + r.Recall)
	} else {
		r.F1 = 0
	}
	for _, f := range r.ByType {
		f.Recall = ratio(f.Found, f.Gold)
		f.Precision = ratio(f.Correct, f.Predicted)
	}
	r.TypeAccuracy = ratio(r.SameType, r.Matched)
	r.Speaker.Accuracy = ratio(r.Speaker.Correct, r.Speaker.Compared)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// pct formats a/b as a percentage, or "n/a" when b is 0.
func pct(a, b int) string {
	if b == 0 {
		return "n/a"
	}
	return fmt.Sprintf("%.1f%%", 100*float64(a)/float64(b))
}

// WriteText writes the report for people. Call Finish first.
func (r *Report) WriteText(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "articles\t%d\n", r.Articles)
	fmt.Fprintf(tw, "gold quotes\t%d\n", r.Gold)
	fmt.Fprintf(tw, "predicted\t%d\n", r.Predicted)
	fmt.Fprintf(tw, "matched\t%d\n", r.Matched)
	fmt.Fprintf(tw, "precision\t%s\n", pct(r.Matched, r.Predicted))
	fmt.Fprintf(tw, "recall\t%s\n", pct(r.Matched, r.Gold))
	if r.Predicted == 0 || r.Gold == 0 {
		fmt.Fprintf(tw, "F1\tn/a\n")
	} else {
		fmt.Fprintf(tw, "F1\t%.1f%%\n", 100*r.F1)
	}
	fmt.Fprintln(tw)
	fmt.Fprintf(tw, "type\tgold\trecall\tpredicted\tprecision\tsame type\n")
	for _, t := range types {
		f := r.ByType[t]
		if f == nil {
			f = &TypeFigures{}
		}
		fmt.Fprintf(tw, "%s\t%d\t%s\t%d\t%s\t%s\n", t, f.Gold, pct(f.Found, f.Gold),
			f.Predicted, pct(f.Correct, f.Predicted), pct(f.SameType, f.Found))
	}
	// An engine may emit a type the gold never uses; show it rather than hide it.
	var odd []string
	for t, f := range r.ByType {
		if !slices.Contains(types, t) && f.Predicted > 0 {
			odd = append(odd, string(t))
		}
	}
	sort.Strings(odd)
	for _, t := range odd {
		f := r.ByType[extractor.Type(t)]
		fmt.Fprintf(tw, "%q\t-\t-\t%d\t%s\t-\n", t, f.Predicted, pct(f.Correct, f.Predicted))
	}
	fmt.Fprintln(tw)
	fmt.Fprintf(tw, "type accuracy\t%s\t(matched quotes given the gold type)\n", pct(r.SameType, r.Matched))
	s := r.Speaker
	fmt.Fprintf(tw, "speaker accuracy\t%s\t(%d of %d matched quotes with a gold speaker; %d with no predicted speaker)\n",
		pct(s.Correct, s.Compared), s.Correct, s.Compared, s.Empty)
	fmt.Fprintf(tw, "not compared\t%d gold without a source (%d predicted none too), %d gold pronoun not resolved\n",
		s.GoldNoSource, s.BothNoSource, s.Unresolved)
	if r.Dropped > 0 {
		fmt.Fprintf(tw, "dropped predictions\t%d (failed the verbatim check)\n", r.Dropped)
	}
	if r.EngineSeconds > 0 {
		fmt.Fprintf(tw, "engine time\t%.2fs (%.0f articles/s)\n", r.EngineSeconds, float64(r.Articles)/r.EngineSeconds)
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("eval: writing report: %w", err)
	}
	return nil
}
