package eval

import (
	"context"
	"fmt"
	"time"

	"github.com/whosaid/whosaid/extractor"
)

// Run extracts the quotes of every gold article with eng and scores them.
//
// The engine gets the gold text split on "\n\n", exactly as it would get a
// cleaned article, and its records go through extractor.Finalize, so that
// predictions carry code point offsets like the gold. Gold whose text is not
// in canonical form (white space not collapsed, say) is canonicalized first
// and its offsets mapped, so the two sides stay comparable.
func Run(ctx context.Context, eng extractor.Engine, arts []Article) (*Report, error) {
	rep := NewReport()
	var spent time.Duration
	for i := range arts {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("eval: %w", err)
		}
		text, paras, gold, err := prepare(&arts[i])
		if err != nil {
			return nil, err
		}
		var qs []extractor.Quote
		if len(paras) > 0 {
			t0 := time.Now()
			qs, err = eng.Extract(ctx, paras)
			spent += time.Since(t0)
			if err != nil {
				return nil, fmt.Errorf("eval: article %s: %w", arts[i].ID, err)
			}
		}
		qs, warns := extractor.Finalize(text, paras, qs)
		rep.Dropped += len(warns)
		rep.Add(text, gold, qs)
	}
	rep.EngineSeconds = spent.Seconds()
	rep.Finish()
	return rep, nil
}

// prepare returns the canonical text of a, its paragraphs, and its gold
// quotes with offsets into that text.
func prepare(a *Article) (string, []string, []GoldQuote, error) {
	c := Canonicalize(a.Text)
	text := string(c.Text)
	if text == a.Text {
		return text, c.Paragraphs(), a.Quotes, nil
	}
	gold := make([]GoldQuote, 0, len(a.Quotes))
	for i, q := range a.Quotes {
		s, e, ok := c.Map(q.Start, q.End)
		if !ok {
			return "", nil, nil, fmt.Errorf("eval: article %s quote %d: %w: %d..%d holds only white space",
				a.ID, i, ErrGoldFormat, q.Start, q.End)
		}
		q.Start, q.End = s, e
		q.Quote = string(c.Text[s:e])
		gold = append(gold, q)
	}
	return text, c.Paragraphs(), gold, nil
}
