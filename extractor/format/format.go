package format

import (
	"errors"
	"fmt"
	"io"

	"github.com/whosaid/whosaid/extractor"
)

// Format names an output format.
type Format string

// The output formats.
const (
	JSON  Format = "json"  // one document, or an indented array of documents
	JSONL Format = "jsonl" // one compact document a line
	CSV   Format = "csv"   // one row per record, the document's source, url and title on each
)

// Formats lists every format, in the order help texts show them.
var Formats = []Format{JSON, JSONL, CSV}

// Errors.
var (
	ErrUnknownFormat = errors.New("format: unknown format")
	ErrClosed        = errors.New("format: write after Close")
	// ErrEncode: the document cannot be encoded (a NaN confidence, say).
	// Nothing was written, so the caller may go on with the next document.
	ErrEncode = errors.New("format: cannot encode document")
)

// Parse returns the format named s.
func Parse(s string) (Format, error) {
	for _, f := range Formats {
		if string(f) == s {
			return f, nil
		}
	}
	return "", fmt.Errorf("%w %q; want json, jsonl or csv", ErrUnknownFormat, s)
}

// Writer writes documents one by one. It is not safe for concurrent use.
// Close finishes the output (the closing bracket of a JSON array, the CSV
// header when nothing was written); it does not close the underlying
// io.Writer.
type Writer interface {
	Write(doc *extractor.Document) error
	Close() error
}

// Options tune a Writer.
type Options struct {
	// Array makes the json format write a JSON array even for a single
	// document (or none). Without it, json writes exactly one document as an
	// object and refuses a second one. The command sets it whenever it was
	// given several sources, so that the shape of the output depends on the
	// call, not on how many sources failed.
	Array bool
}

// NewWriter returns a Writer of format f writing to w.
func NewWriter(w io.Writer, f Format, opts Options) (Writer, error) {
	switch f {
	case JSON:
		return &jsonWriter{w: w, array: opts.Array}, nil
	case JSONL:
		return &jsonlWriter{w: w}, nil
	case CSV:
		return newCSVWriter(w), nil
	}
	return nil, fmt.Errorf("%w %q; want json, jsonl or csv", ErrUnknownFormat, string(f))
}

// normalize returns doc with nil slices replaced by empty ones, so that JSON
// never says null where the contract promises an array.
func normalize(doc *extractor.Document) *extractor.Document {
	if doc.Quotes != nil && doc.Warnings != nil {
		return doc
	}
	d := *doc
	if d.Quotes == nil {
		d.Quotes = []extractor.Quote{}
	}
	if d.Warnings == nil {
		d.Warnings = []string{}
	}
	return &d
}
