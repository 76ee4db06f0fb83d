package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"

	"github.com/whosaid/whosaid/extractor"
)

// Sentinel errors, for errors.Is.
var (
	ErrGoldFormat = errors.New("eval: bad gold record")
	ErrNoGold     = errors.New("eval: no gold articles")
)

// GoldQuote is one annotated quote or claim.
//
// Start and End count code points into the article's Text, like
// extractor.Quote. Speaker is the name to compare predictions with;
// SpeakerMention, when set, is the words the annotators marked as the
// source (a pronoun, say) and Speaker then holds the name it was resolved to.
type GoldQuote struct {
	Quote          string         `json:"quote"`
	Speaker        string         `json:"speaker"`
	Type           extractor.Type `json:"type"`
	Start          int            `json:"start"`
	End            int            `json:"end"`
	SpeakerMention string         `json:"speaker_mention,omitempty"`
	Cue            string         `json:"cue,omitempty"`
}

// Article is one gold article: one line of a gold JSONL file.
type Article struct {
	ID     string      `json:"id"`
	Text   string      `json:"text"`
	Quotes []GoldQuote `json:"quotes"`
}

// LineError is a gold line that could not be used.
type LineError struct {
	Line int
	Err  error
}

func (e *LineError) Error() string { return fmt.Sprintf("eval: gold line %d: %v", e.Line, e.Err) }
func (e *LineError) Unwrap() error { return e.Err }

// maxGoldLine bounds one JSONL line; a PolNeAR article is well under 100 KB.
var maxGoldLine = 64 << 20

// ReadGold reads gold JSONL: one Article a line, blank lines ignored. Every
// quote is checked against its article's text, so that a file with byte
// offsets or stale text is refused rather than scored wrongly.
func ReadGold(r io.Reader) ([]Article, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, min(64<<10, maxGoldLine)), maxGoldLine)
	var arts []Article
	n := 0
	for sc.Scan() {
		n++
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		var a Article
		dec := json.NewDecoder(bytes.NewReader(line))
		if err := dec.Decode(&a); err != nil {
			return nil, &LineError{Line: n, Err: fmt.Errorf("%w: %v", ErrGoldFormat, err)}
		}
		if dec.More() {
			return nil, &LineError{Line: n, Err: fmt.Errorf("%w: more than one JSON value on the line", ErrGoldFormat)}
		}
		if err := a.Check(); err != nil {
			return nil, &LineError{Line: n, Err: err}
		}
		arts = append(arts, a)
	}
	if err := sc.Err(); err != nil {
		return nil, &LineError{Line: n + 1, Err: err}
	}
	return arts, nil
}

// Check reports the first problem with a: a missing id, offsets out of
// range, or a quote that is not the text at its offsets.
func (a *Article) Check() error {
	if a.ID == "" {
		return fmt.Errorf("%w: missing id", ErrGoldFormat)
	}
	if !utf8.ValidString(a.Text) {
		return fmt.Errorf("%w: article %s: text is not valid UTF-8", ErrGoldFormat, a.ID)
	}
	runes := []rune(a.Text)
	for i, q := range a.Quotes {
		if q.Start < 0 || q.End > len(runes) || q.Start >= q.End {
			return fmt.Errorf("%w: article %s quote %d: offsets %d..%d outside the text (%d code points)",
				ErrGoldFormat, a.ID, i, q.Start, q.End, len(runes))
		}
		if got := string(runes[q.Start:q.End]); got != q.Quote {
			return fmt.Errorf("%w: article %s quote %d: text at %d..%d is %q, not the quote %q",
				ErrGoldFormat, a.ID, i, q.Start, q.End, clip(got), clip(q.Quote))
		}
		switch q.Type {
		case extractor.Direct, extractor.Indirect, extractor.Mixed:
		default:
			return fmt.Errorf("%w: article %s quote %d: type %q is not direct, indirect or mixed",
				ErrGoldFormat, a.ID, i, q.Type)
		}
	}
	return nil
}

// WriteGold writes arts as JSONL, one article a line.
func WriteGold(w io.Writer, arts []Article) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for i := range arts {
		if arts[i].Quotes == nil {
			arts[i].Quotes = []GoldQuote{}
		}
		if err := enc.Encode(&arts[i]); err != nil {
			return fmt.Errorf("eval: writing gold: %w", err)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("eval: writing gold: %w", err)
	}
	return nil
}

// clip shortens s for an error message.
func clip(s string) string {
	const max = 60
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	return string([]rune(s)[:max]) + "…"
}
