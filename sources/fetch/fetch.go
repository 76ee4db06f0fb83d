package fetch

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync/atomic"
	"time"
)

// Version goes into the default User-Agent. The command sets it from the
// build; the library does not import the extractor to learn it.
var Version = "dev"

// Defaults, also used for zero fields of Options.
const (
	DefaultTimeout        = 30 * time.Second
	DefaultConnectTimeout = 10 * time.Second
	DefaultMaxBytes       = 10 << 20
	DefaultMaxRedirects   = 5
)

var (
	// ErrTooLarge: the body is over the cap. The page is refused, never cut.
	ErrTooLarge = errors.New("too large")
	// ErrPrivateAddress: the address is loopback, private or otherwise
	// special-purpose and AllowPrivate is off.
	ErrPrivateAddress = errors.New("private address")
	// ErrScheme: the URL (or a redirect) is not http or https.
	ErrScheme = errors.New("unsupported URL scheme")
	// ErrContentType: the response is neither HTML nor plain text.
	ErrContentType = errors.New("unsupported content type")
	// ErrRedirects: the redirect chain is longer than MaxRedirects.
	ErrRedirects = errors.New("too many redirects")
)

// HTTPError is a response with a non-2xx status.
type HTTPError struct {
	StatusCode int
	Status     string // "404 Not Found"
	URL        string // the URL that answered, after redirects
}

func (e *HTTPError) Error() string {
	return "fetch: server answered HTTP " + e.Status
}

// Options configures a Client. Zero fields take the defaults, so
// Options{} is DefaultOptions() with private addresses refused.
type Options struct {
	Timeout        time.Duration // whole request, body included; 0: 30s
	ConnectTimeout time.Duration // DNS, TCP and TLS; 0: 10s
	MaxBytes       int64         // body cap after decompression; 0: 10 MiB, < 0: no cap
	MaxRedirects   int           // 0: 5, < 0: follow none
	AllowPrivate   bool          // allow loopback, private and special addresses
	UserAgent      string        // "": "whosaid/<Version> (+https://github.com/whosaid/whosaid)"

	// Resolver looks up host names; nil means net.DefaultResolver. It is
	// there for tests and for callers with their own DNS.
	Resolver Resolver
}

// DefaultOptions returns the options a Client has when nothing is set.
func DefaultOptions() Options {
	return Options{
		Timeout:        DefaultTimeout,
		ConnectTimeout: DefaultConnectTimeout,
		MaxBytes:       DefaultMaxBytes,
		MaxRedirects:   DefaultMaxRedirects,
		UserAgent:      DefaultUserAgent(),
	}
}

// DefaultUserAgent names the tool and its version.
func DefaultUserAgent() string {
	return "whosaid/" + Version + " (+https://github.com/whosaid/whosaid)"
}

func (o Options) withDefaults() Options {
	d := DefaultOptions()
	if o.Timeout <= 0 {
		o.Timeout = d.Timeout
	}
	if o.ConnectTimeout <= 0 {
		o.ConnectTimeout = d.ConnectTimeout
	}
	if o.MaxBytes == 0 {
		o.MaxBytes = d.MaxBytes
	}
	if o.MaxRedirects == 0 {
		o.MaxRedirects = d.MaxRedirects
	}
	if o.UserAgent == "" {
		o.UserAgent = d.UserAgent
	}
	if o.Resolver == nil {
		o.Resolver = net.DefaultResolver
	}
	return o
}

// Response is a fetched page.
type Response struct {
	URL         string // final URL, after redirects
	StatusCode  int
	Header      http.Header
	ContentType string // the header's value; the sniffed type when the header had none
	Body        []byte // decompressed, at most MaxBytes
}

// Client fetches pages. It is safe for concurrent use; make one and share it.
type Client struct {
	opts   Options
	dialer *dialer
	http   *http.Client
}

// New builds a Client.
func New(opts Options) *Client {
	opts = opts.withDefaults()
	d := &dialer{
		resolver:       opts.Resolver,
		connectTimeout: opts.ConnectTimeout,
		allowPrivate:   opts.AllowPrivate,
	}
	tr := &http.Transport{
		// No proxy from the environment: through a proxy the dialer would
		// only ever see the proxy's address and the SSRF check would be void.
		Proxy:                  nil,
		DialContext:            d.DialContext,
		ForceAttemptHTTP2:      true,
		TLSHandshakeTimeout:    opts.ConnectTimeout,
		MaxIdleConns:           64,
		MaxIdleConnsPerHost:    4,
		IdleConnTimeout:        90 * time.Second,
		ExpectContinueTimeout:  time.Second,
		MaxResponseHeaderBytes: 1 << 20,
	}
	c := &Client{opts: opts, dialer: d}
	c.http = &http.Client{
		Transport:     &userAgent{base: tr, ua: opts.UserAgent},
		Timeout:       opts.Timeout,
		CheckRedirect: c.checkRedirect,
	}
	return c
}

// Options returns the effective options, defaults filled in.
func (c *Client) Options() Options { return c.opts }

// HTTPClient returns the shared, hardened client, for callers that read
// other kinds of documents (feeds). It enforces the timeouts, the redirect
// rules, the scheme rule and the address check, and sets the User-Agent;
// the body cap and the content-type rule are Get's, so such callers cap
// their reads with ReadAll.
func (c *Client) HTTPClient() *http.Client { return c.http }

// hopsKey carries a counter of followed redirects through a Get, so that
// an error can say it happened after one.
type hopsKey struct{}

func (c *Client) checkRedirect(req *http.Request, via []*http.Request) error {
	if n, ok := req.Context().Value(hopsKey{}).(*atomic.Int32); ok {
		n.Add(1)
	}
	var err error
	switch {
	case checkScheme(req.URL) != nil:
		err = checkScheme(req.URL)
	case c.opts.MaxRedirects < 0:
		err = fmt.Errorf("fetch: %w: redirects are disabled", ErrRedirects)
	case len(via) > c.opts.MaxRedirects:
		err = fmt.Errorf("fetch: %w: stopped after %d redirects (limit %d)", ErrRedirects, len(via)-1, c.opts.MaxRedirects)
	default:
		return nil
	}
	// The client reports the Location as written, often relative; name
	// the absolute target here instead.
	return fmt.Errorf("%w%s", err, afterRedirect(req.URL.Redacted()))
}

const redirectNote = " (after a redirect to "

func afterRedirect(u string) string { return redirectNote + u + ")" }

func checkScheme(u *url.URL) error {
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
		if u.Host == "" {
			return fmt.Errorf("fetch: URL %q has no host", u.Redacted())
		}
		return nil
	case "":
		return fmt.Errorf("fetch: %w: %q has no scheme (want http or https)", ErrScheme, u.Redacted())
	default:
		return fmt.Errorf("fetch: %w %q (only http and https are fetched)", ErrScheme, u.Scheme+":")
	}
}

// acceptable media types; application/octet-stream and a missing type are
// sniffed instead.
var acceptable = map[string]bool{
	"text/html":             true,
	"application/xhtml+xml": true,
	"text/plain":            true,
}

// Get fetches rawURL and returns its body if the status is 2xx and the
// content is HTML or plain text.
func (c *Client) Get(ctx context.Context, rawURL string) (*Response, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, fmt.Errorf("fetch: bad URL: %w", err)
	}
	if err := checkScheme(u); err != nil {
		return nil, err
	}
	hops := new(atomic.Int32)
	req, err := http.NewRequestWithContext(context.WithValue(ctx, hopsKey{}, hops), http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("fetch: bad URL: %w", err)
	}
	req.Header.Set("Accept", "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.1")

	resp, err := c.http.Do(req)
	if err != nil {
		return nil, c.explain(ctx, hops.Load() > 0, err)
	}
	defer resp.Body.Close()

	final := resp.Request.URL.String()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		// Drain a little so the connection can be reused.
		_, _ = io.CopyN(io.Discard, resp.Body, 4<<10)
		return nil, &HTTPError{StatusCode: resp.StatusCode, Status: statusText(resp), URL: final}
	}

	ct := resp.Header.Get("Content-Type")
	mt, sniff, err := judgeType(ct)
	if err != nil {
		return nil, err
	}
	// Refuse early on the announced length; the reader checks the real one.
	if max := c.opts.MaxBytes; max > 0 && resp.ContentLength > max {
		return nil, fmt.Errorf("fetch: response body %w: Content-Length is %s, over the %s cap", ErrTooLarge, FormatBytes(resp.ContentLength), FormatBytes(max))
	}
	body, err := ReadAll(resp.Body, c.opts.MaxBytes)
	if err != nil {
		if errors.Is(err, ErrTooLarge) {
			return nil, fmt.Errorf("fetch: response body %w", err)
		}
		return nil, c.explain(ctx, false, fmt.Errorf("reading body: %w", err))
	}
	if gzipTypes[mt] {
		// A file served as it lies on disk (S3, a plain static server):
		// the body is the compressed file, not a gzip transfer that
		// net/http has undone. Inflate it under the same cap, then judge
		// what it holds.
		if body, err = inflate(body, c.opts.MaxBytes); err != nil {
			return nil, err
		}
	}
	if sniff {
		ct, err = sniffType(mt, body)
		if err != nil {
			return nil, err
		}
	}
	return &Response{URL: final, StatusCode: resp.StatusCode, Header: resp.Header, ContentType: ct, Body: body}, nil
}

// gzipTypes are the media types of a gzip file (a saved ".html.gz"); its
// body is inflated and sniffed.
var gzipTypes = map[string]bool{"application/gzip": true, "application/x-gzip": true}

// inflate decompresses a gzip file body, failing with ErrTooLarge past max
// bytes of output. A body without the gzip magic is returned as it is, for
// the sniffer to judge: servers label files by name, not content.
func inflate(body []byte, max int64) ([]byte, error) {
	if len(body) < 2 || body[0] != 0x1F || body[1] != 0x8B {
		return body, nil
	}
	zr, err := gzip.NewReader(bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("fetch: bad gzip data: %w", err)
	}
	out, err := ReadAll(zr, max)
	if err != nil {
		if errors.Is(err, ErrTooLarge) {
			return nil, fmt.Errorf("fetch: decompressed body %w", err)
		}
		return nil, fmt.Errorf("fetch: bad gzip data: %w", err)
	}
	return out, nil
}

// judgeType accepts or refuses a Content-Type header before the body is
// read, so that an image is not downloaded only to be thrown away.
func judgeType(ct string) (mediaType string, sniff bool, err error) {
	if strings.TrimSpace(ct) == "" {
		return "", true, nil
	}
	mt, _, perr := mime.ParseMediaType(ct)
	if perr != nil && !errors.Is(perr, mime.ErrInvalidMediaParameter) {
		// Unparsable: judge by the body, as browsers do.
		return "", true, nil
	}
	switch {
	case acceptable[mt]:
		return mt, false, nil
	case mt == "application/octet-stream", mt == "binary/octet-stream", mt == "application/unknown", gzipTypes[mt]:
		return mt, true, nil
	}
	return "", false, fmt.Errorf("fetch: %w %q (want HTML or plain text)", ErrContentType, mt)
}

// sniffType decides on a body whose header gave no usable type.
func sniffType(declared string, body []byte) (string, error) {
	got, _, _ := mime.ParseMediaType(http.DetectContentType(body))
	if got == "text/html" || got == "text/plain" {
		// Without the "charset=utf-8" DetectContentType adds: that is a
		// guess, and a charset here would override the page's own <meta>.
		return got, nil
	}
	if declared == "" {
		declared = "no content type"
	}
	return "", fmt.Errorf("fetch: %w: %s, and the body looks like %s", ErrContentType, declared, got)
}

func statusText(resp *http.Response) string {
	s := strings.TrimSpace(resp.Status)
	if s == "" || s == strconv.Itoa(resp.StatusCode) {
		if t := http.StatusText(resp.StatusCode); t != "" {
			return strconv.Itoa(resp.StatusCode) + " " + t
		}
		return strconv.Itoa(resp.StatusCode)
	}
	return s
}

// explain turns the client's *url.Error into one line that says what went
// wrong without repeating the URL the caller already names, and keeps the
// cause for errors.Is / errors.As.
func (c *Client) explain(ctx context.Context, redirected bool, err error) error {
	inner := err
	where := ""
	var ue *url.Error
	if errors.As(err, &ue) {
		inner = ue.Err
		if redirected && !strings.Contains(ue.Err.Error(), redirectNote) {
			where = afterRedirect(ue.URL)
		}
	}
	switch {
	case errors.Is(inner, context.Canceled) && ctx.Err() != nil:
		return fmt.Errorf("fetch: canceled%s: %w", where, inner)
	case strings.HasPrefix(inner.Error(), "fetch: "):
		if where == "" {
			return inner
		}
		return fmt.Errorf("%w%s", inner, where)
	case isTimeout(inner):
		limit := c.opts.Timeout
		if dl, ok := ctx.Deadline(); ok && ctx.Err() != nil {
			return fmt.Errorf("fetch: timed out (deadline %s)%s: %w", dl.Format(time.RFC3339), where, inner)
		}
		return fmt.Errorf("fetch: timed out after %s%s: %w", limit, where, inner)
	}
	return fmt.Errorf("fetch: %w%s", inner, where)
}

func isTimeout(err error) bool {
	if errors.Is(err, context.DeadlineExceeded) {
		return true
	}
	var t interface{ Timeout() bool }
	return errors.As(err, &t) && t.Timeout()
}

// userAgent sets the User-Agent on requests that have none, so that
// HTTPClient's users send it too.
type userAgent struct {
	base http.RoundTripper
	ua   string
}

func (t *userAgent) RoundTrip(r *http.Request) (*http.Response, error) {
	if r.Header.Get("User-Agent") == "" {
		r = r.Clone(r.Context())
		r.Header.Set("User-Agent", t.ua)
	}
	return t.base.RoundTrip(r)
}
