package sources

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"mime"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"

	"github.com/whosaid/whosaid/sources/fetch"
)

var (
	// ErrEmpty: the document has no bytes, or only white space.
	ErrEmpty = errors.New("empty document")
	// ErrBinary: the document is an image, a PDF, an archive or other
	// binary data, not HTML or text.
	ErrBinary = errors.New("binary data")
)

// Kind tells how a page's body is to be read.
type Kind int

const (
	KindHTML Kind = iota + 1 // clean it into an Article (package clean)
	KindText                 // paragraphs separated by blank lines (FromText)
)

func (k Kind) String() string {
	switch k {
	case KindHTML:
		return "html"
	case KindText:
		return "text"
	}
	return fmt.Sprintf("Kind(%d)", int(k))
}

// Page is a document as read, before cleaning: its body decoded to UTF-8.
type Page struct {
	Source      string // as the user gave it: a path, "-" or a URL
	URL         string // the final URL after redirects; "" for files and stdin
	ContentType string // media type without parameters: "text/html", "text/plain"
	Kind        Kind
	Body        string // valid UTF-8; a byte order mark is removed

	// Encoding is the WHATWG name of the encoding the body was decoded
	// from ("utf-8", "euc-kr").
	Encoding string
	// Warnings are findings worth passing on to the Article (a guessed
	// charset).
	Warnings []string
}

// OpenOptions configures Open.
type OpenOptions struct {
	// Client fetches URLs; nil means a shared client with fetch's defaults
	// (which refuses private addresses).
	Client *fetch.Client
	// Stdin is read for the source "-".
	Stdin io.Reader
	// MaxBytes caps files and stdin, after decompression; 0 means
	// fetch.DefaultMaxBytes, < 0 no cap. URLs are capped by the Client.
	MaxBytes int64
}

var defaultClient = sync.OnceValue(func() *fetch.Client { return fetch.New(fetch.DefaultOptions()) })

// schemeRE matches what is meant as a URL rather than a path: a scheme and
// "//", or the schemes that need none. One letter is a Windows drive.
var schemeRE = regexp.MustCompile(`^(?i:[a-z][a-z0-9+.-]+://|file:|data:|javascript:|mailto:)`)

// Open reads a source: an http(s) URL, a file (.html, .htm, .xhtml as HTML,
// .txt as text, any of them gzip-compressed; other names are sniffed) or
// "-" for stdin (sniffed). The body comes back as UTF-8. Errors say why,
// without repeating the source, which the caller prefixes.
func Open(ctx context.Context, src string, opt OpenOptions) (*Page, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("sources: %w", err)
	}
	max := opt.MaxBytes
	if max == 0 {
		max = fetch.DefaultMaxBytes
	}
	switch {
	case src == "-":
		if opt.Stdin == nil {
			return nil, errors.New("sources: no standard input to read")
		}
		b, err := readCtx(ctx, "standard input", func() ([]byte, error) {
			b, err := fetch.ReadAll(opt.Stdin, max)
			if err != nil {
				return nil, readError("standard input", err)
			}
			return b, nil
		})
		if err != nil {
			return nil, err
		}
		return build(src, "", "", 0, b, max)
	case schemeRE.MatchString(src):
		return openURL(ctx, src, opt.Client)
	case src == "":
		return nil, errors.New("sources: empty source name")
	}
	b, err := readCtx(ctx, "file", func() ([]byte, error) { return readFile(ctx, src, max) })
	if err != nil {
		return nil, err
	}
	return build(src, "", "", kindFromName(src), b, max)
}

// readCtx runs read in a goroutine and returns when it is done or ctx is.
// Reading stdin, a FIFO or a file on a stalled network mount can block for
// ever, and a user's Ctrl-C must still end the run. A read that cannot be
// interrupted (stdin at a terminal, a FIFO's open) is left to finish on its
// own: its result is dropped, and the process is usually about to exit.
func readCtx(ctx context.Context, what string, read func() ([]byte, error)) ([]byte, error) {
	type result struct {
		b   []byte
		err error
	}
	done := make(chan result, 1) // buffered: a late reader must not block
	go func() {
		b, err := read()
		done <- result{b, err}
	}()
	select {
	case r := <-done:
		return r.b, r.err
	case <-ctx.Done():
		return nil, fmt.Errorf("sources: canceled while reading %s: %w", what, context.Cause(ctx))
	}
}

func openURL(ctx context.Context, src string, c *fetch.Client) (*Page, error) {
	if lower := strings.ToLower(src); !strings.HasPrefix(lower, "http://") && !strings.HasPrefix(lower, "https://") {
		scheme := src[:strings.IndexByte(src, ':')+1]
		return nil, fmt.Errorf("sources: %w %q (only http and https are fetched)", fetch.ErrScheme, scheme)
	}
	if c == nil {
		c = defaultClient()
	}
	resp, err := c.Get(ctx, src)
	if err != nil {
		return nil, err // fetch's errors carry their own prefix
	}
	mt, _, _ := mime.ParseMediaType(resp.ContentType)
	kind := KindHTML
	if mt == "text/plain" {
		kind = KindText
	}
	// The fetch client capped the body, gzip included (net/http inflates
	// it); a body that is gzip data once more is inflated under the same cap.
	return build(src, resp.URL, resp.ContentType, kind, resp.Body, c.Options().MaxBytes)
}

// readFile reads the file at path, refusing it past max bytes. When ctx
// ends, the file is closed, which ends a read blocked on a FIFO.
func readFile(ctx context.Context, path string, max int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("sources: cannot open file: %w", unwrapPath(err))
	}
	defer f.Close()
	stop := context.AfterFunc(ctx, func() { f.Close() })
	defer stop()
	fi, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("sources: cannot read file: %w", unwrapPath(err))
	}
	if fi.IsDir() {
		return nil, errors.New("sources: is a directory, not a file")
	}
	if max > 0 && fi.Mode().IsRegular() && fi.Size() > max {
		// A compressed file over the cap would only grow when inflated.
		return nil, fmt.Errorf("sources: file %w: %s, over the %s cap", fetch.ErrTooLarge, fetch.FormatBytes(fi.Size()), fetch.FormatBytes(max))
	}
	b, err := fetch.ReadAll(f, max)
	if err != nil {
		return nil, readError("file", err)
	}
	return b, nil
}

// kindFromName decides by extension; 0 means sniff.
func kindFromName(path string) Kind {
	name := strings.ToLower(filepath.Base(path))
	name = strings.TrimSuffix(name, ".gz")
	switch filepath.Ext(name) {
	case ".html", ".htm", ".xhtml":
		return KindHTML
	case ".txt":
		return KindText
	}
	return 0
}

// build checks and decodes raw bytes into a Page. kind 0 means sniff;
// contentType is the HTTP header or "".
func build(src, url, contentType string, kind Kind, b []byte, max int64) (*Page, error) {
	// Gzip data is inflated whatever the name: a saved page, or a pipe
	// from curl run without --compressed, may hold it. A ".gz" name over
	// data that is not gzip is read as it is.
	if len(b) >= 2 && b[0] == 0x1F && b[1] == 0x8B {
		zr, err := gzip.NewReader(bytes.NewReader(b))
		if err != nil {
			return nil, fmt.Errorf("sources: bad gzip data: %w", err)
		}
		b, err = fetch.ReadAll(zr, max)
		if err != nil {
			if errors.Is(err, fetch.ErrTooLarge) {
				return nil, fmt.Errorf("sources: decompressed data %w", err)
			}
			return nil, fmt.Errorf("sources: bad gzip data: %w", err)
		}
	}
	if len(b) == 0 {
		return nil, fmt.Errorf("sources: %w (0 bytes)", ErrEmpty)
	}
	if name := binaryKind(b); name != "" {
		return nil, fmt.Errorf("sources: %w (%s), not HTML or text", ErrBinary, name)
	}

	var d decoded
	switch kind {
	case KindHTML, KindText:
		d = decode(b, contentType, kind == KindHTML)
	default:
		// Sniff on a first decoding: UTF-16 shows its tags only then.
		d = decode(b, contentType, false)
		kind = KindText
		if looksHTML(d.text) {
			kind = KindHTML
			if d.by == byUTF8 || d.by == byDetected {
				d = decode(b, contentType, true) // let a <meta> speak
			}
		}
	}
	body := strings.TrimPrefix(d.text, "\uFEFF")
	body = strings.ReplaceAll(body, "\x00", "\uFFFD")
	if strings.TrimSpace(body) == "" {
		return nil, fmt.Errorf("sources: %w (only white space)", ErrEmpty)
	}
	p := &Page{Source: src, URL: url, Kind: kind, Body: body, Encoding: d.encoding}
	p.ContentType = "text/html"
	if kind == KindText {
		p.ContentType = "text/plain"
	}
	if mt, _, err := mime.ParseMediaType(contentType); err == nil && mt == "application/xhtml+xml" {
		p.ContentType = mt
	}
	if d.by == byDetected {
		p.Warnings = append(p.Warnings, fmt.Sprintf("no charset declared and not UTF-8; decoded as %s (detected)", d.encoding))
	}
	return p, nil
}

// unwrapPath drops the path from a *fs.PathError: the caller names the
// source already. The cause stays matchable (fs.ErrNotExist).
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func readError(what string, err error) error {
	if errors.Is(err, fetch.ErrTooLarge) {
		return fmt.Errorf("sources: %s %w", what, err)
	}
	return fmt.Errorf("sources: cannot read %s: %w", what, unwrapPath(err))
}
