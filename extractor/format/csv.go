package format

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/whosaid/whosaid/extractor"
)

// CSVHeader is the first row of the csv format: the document's source, url
// and title, then the record's fields under their JSON names.
var CSVHeader = []string{
	"source", "url", "title",
	"quote", "type", "speaker", "speaker_mention", "speaker_kind",
	"role", "affiliation", "cue", "cue_class", "speaker_id", "start", "end", "paragraph", "method", "confidence",
	"agreement", "alt_speaker", "differences", // hybrid mode only; empty in rules mode
}

// csvWriter writes one row per record. A document without records writes no
// row (CSV has no way to say "none" that a spreadsheet would not count as a
// record); the header is always written, so an empty result is still a valid
// table.
type csvWriter struct {
	c          *csv.Writer
	headerDone bool
	closed     bool
}

func newCSVWriter(w io.Writer) *csvWriter { return &csvWriter{c: csv.NewWriter(w)} }

func (c *csvWriter) header() {
	if !c.headerDone {
		c.headerDone = true
		_ = c.c.Write(CSVHeader) // errors surface from Flush / Error
	}
}

func (c *csvWriter) Write(doc *extractor.Document) error {
	if c.closed {
		return ErrClosed
	}
	c.header()
	for _, q := range doc.Quotes {
		row := []string{
			doc.Source, doc.URL, doc.Title,
			q.Quote, string(q.Type), q.Speaker, q.SpeakerMention, string(q.SpeakerKind),
			q.Role, q.Affiliation, q.Cue, q.CueClass, q.SpeakerID,
			strconv.Itoa(q.Start), strconv.Itoa(q.End), strconv.Itoa(q.Paragraph),
			q.Method, strconv.FormatFloat(q.Confidence, 'f', -1, 64),
			q.Agreement, q.AltSpeaker, differences(q.Differences),
		}
		if err := c.c.Write(row); err != nil {
			return fmt.Errorf("format: %w", err)
		}
	}
	// Flush per document so rows reach the output as documents complete.
	c.c.Flush()
	if err := c.c.Error(); err != nil {
		return fmt.Errorf("format: %w", err)
	}
	return nil
}

func (c *csvWriter) Close() error {
	if c.closed {
		return nil
	}
	c.closed = true
	c.header()
	c.c.Flush()
	if err := c.c.Error(); err != nil {
		return fmt.Errorf("format: %w", err)
	}
	return nil
}

// differences renders a conflict's field-level detail in one cell:
// "speaker: llm=Tomas Bell, rules=Ana Ruiz; role: llm=, rules=director".
func differences(ds []extractor.Difference) string {
	parts := make([]string, len(ds))
	for i, d := range ds {
		parts[i] = d.Field + ": llm=" + d.LLM + ", rules=" + d.Rules
	}
	return strings.Join(parts, "; ")
}
