package format

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/whosaid/whosaid/extractor"
)

// marshal encodes doc without escaping <, > and &: quotes from news pages are
// full of them, and consumers read JSON, not HTML.
func marshal(doc *extractor.Document, prefix, indent string) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent(prefix, indent)
	if err := enc.Encode(normalize(doc)); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrEncode, err)
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

type jsonWriter struct {
	w      io.Writer
	array  bool
	n      int
	closed bool
}

var errOneDocument = errors.New("format: json without Options.Array holds one document")

func (j *jsonWriter) Write(doc *extractor.Document) error {
	if j.closed {
		return ErrClosed
	}
	if !j.array && j.n > 0 {
		return errOneDocument
	}
	var b []byte
	var err error
	if j.array {
		b, err = marshal(doc, "  ", "  ")
	} else {
		b, err = marshal(doc, "", "  ")
	}
	if err != nil {
		return err
	}
	var out bytes.Buffer
	if j.array {
		if j.n == 0 {
			out.WriteString("[\n  ")
		} else {
			out.WriteString(",\n  ")
		}
		out.Write(b)
	} else {
		out.Write(b)
		out.WriteByte('\n')
	}
	j.n++
	return write(j.w, out.Bytes())
}

func (j *jsonWriter) Close() error {
	if j.closed {
		return nil
	}
	j.closed = true
	if !j.array {
		return nil
	}
	if j.n == 0 {
		return write(j.w, []byte("[]\n"))
	}
	return write(j.w, []byte("\n]\n"))
}

type jsonlWriter struct {
	w      io.Writer
	closed bool
}

func (j *jsonlWriter) Write(doc *extractor.Document) error {
	if j.closed {
		return ErrClosed
	}
	b, err := marshal(doc, "", "")
	if err != nil {
		return err
	}
	return write(j.w, append(b, '\n'))
}

func (j *jsonlWriter) Close() error {
	j.closed = true
	return nil
}

func write(w io.Writer, b []byte) error {
	if _, err := w.Write(b); err != nil {
		return fmt.Errorf("format: %w", err)
	}
	return nil
}
