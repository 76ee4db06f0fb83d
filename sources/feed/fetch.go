package feed

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/whosaid/whosaid/sources/fetch"
)

// Errors.
var (
	// ErrMalformed: the body is not a feed that can be read.
	ErrMalformed = errors.New("feed: malformed feed")
)

// HTTPError is an answer other than 2xx or 304.
type HTTPError struct {
	StatusCode int
	Status     string // "503 Service Unavailable"
	URL        string // the URL that answered, after redirects
	// RetryAfter is the server's Retry-After, 0 when it gave none.
	RetryAfter time.Duration
}

func (e *HTTPError) Error() string { return "feed: server answered HTTP " + e.Status }

// Fetcher gets feeds. It is safe for concurrent use.
type Fetcher struct {
	// Client is the shared, hardened client (fetch.Client.HTTPClient): it
	// applies the SSRF rules, timeouts and redirect limit.
	Client *http.Client
	// MaxBytes caps a feed's body; <= 0 means fetch.DefaultMaxBytes.
	MaxBytes int64
	// Now is the clock for Expires-style hints; nil means time.Now.
	Now func() time.Time
}

// Request says which feed to get and what the last answer's validators
// were.
type Request struct {
	URL          string
	ETag         string // sent as If-None-Match
	LastModified string // sent as If-Modified-Since
}

// Result is a fetched feed.
type Result struct {
	URL string // after redirects
	// NotModified: the server answered 304; Feed is nil and the validators
	// are those of the request (or the new ones, when it sent any).
	NotModified  bool
	ETag         string
	LastModified string
	Feed         *Feed
	// MaxAge is the freshness the server granted (Cache-Control max-age or
	// s-maxage, else Expires); 0 when it said nothing.
	MaxAge time.Duration
}

// Fetch gets r.URL with a conditional GET and parses a 200 answer.
func (f *Fetcher) Fetch(ctx context.Context, r Request) (*Result, error) {
	u, err := url.Parse(r.URL)
	if err != nil {
		return nil, fmt.Errorf("feed: bad URL: %w", err)
	}
	if s := strings.ToLower(u.Scheme); s != "http" && s != "https" {
		return nil, fmt.Errorf("feed: %w %q (only http and https are fetched)", fetch.ErrScheme, u.Scheme+":")
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("feed: bad URL: %w", err)
	}
	req.Header.Set("Accept", "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.1")
	if r.ETag != "" {
		req.Header.Set("If-None-Match", r.ETag)
	}
	if r.LastModified != "" {
		req.Header.Set("If-Modified-Since", r.LastModified)
	}
	client := f.Client
	if client == nil {
		return nil, errors.New("feed: no HTTP client")
	}
	resp, err := client.Do(req)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err // the caller names the URL
		}
		if strings.HasPrefix(err.Error(), "fetch: ") {
			return nil, err // the hardened client's own error says it all
		}
		return nil, fmt.Errorf("feed: %w", err)
	}
	defer resp.Body.Close()

	now := time.Now
	if f.Now != nil {
		now = f.Now
	}
	res := &Result{
		URL:          resp.Request.URL.String(),
		ETag:         r.ETag,
		LastModified: r.LastModified,
		MaxAge:       maxAge(resp.Header, now()),
	}
	if v := resp.Header.Get("ETag"); v != "" {
		res.ETag = v
	}
	if v := resp.Header.Get("Last-Modified"); v != "" {
		res.LastModified = v
	}
	switch {
	case resp.StatusCode == http.StatusNotModified:
		res.NotModified = true
		return res, nil
	case resp.StatusCode < 200 || resp.StatusCode > 299:
		_, _ = io.CopyN(io.Discard, resp.Body, 4<<10) // lets the connection be reused
		status := strings.TrimSpace(resp.Status)
		if status == "" {
			status = strconv.Itoa(resp.StatusCode)
		}
		return nil, &HTTPError{StatusCode: resp.StatusCode, Status: status, URL: res.URL,
			RetryAfter: retryAfter(resp.Header.Get("Retry-After"), now())}
	}
	max := f.MaxBytes
	if max <= 0 {
		max = fetch.DefaultMaxBytes
	}
	if resp.ContentLength > max {
		return nil, fmt.Errorf("feed: body %w: Content-Length is %s, over the %s cap", fetch.ErrTooLarge, fetch.FormatBytes(resp.ContentLength), fetch.FormatBytes(max))
	}
	body, err := fetch.ReadAll(resp.Body, max)
	if err != nil {
		return nil, fmt.Errorf("feed: reading body: %w", err)
	}
	feed, err := Parse(bytes.NewReader(body), res.URL)
	if err != nil {
		return nil, err
	}
	res.Feed = feed
	return res, nil
}

// maxAge reads Cache-Control max-age (s-maxage first, as a shared cache
// would), else Expires against Date. no-cache and no-store grant nothing.
func maxAge(h http.Header, now time.Time) time.Duration {
	var age time.Duration = -1
	for _, cc := range h.Values("Cache-Control") {
		for _, d := range strings.Split(cc, ",") {
			k, v, _ := strings.Cut(strings.TrimSpace(d), "=")
			switch strings.ToLower(k) {
			case "no-cache", "no-store":
				return 0
			case "s-maxage", "max-age":
				n, err := strconv.ParseInt(strings.Trim(v, `"`), 10, 64)
				if err == nil && n >= 0 && (age < 0 || strings.EqualFold(k, "s-maxage")) {
					age = time.Duration(n) * time.Second
				}
			}
		}
	}
	if age >= 0 {
		return age
	}
	if exp := h.Get("Expires"); exp != "" {
		t, err := http.ParseTime(exp)
		if err != nil {
			return 0
		}
		base := now
		if d, err := http.ParseTime(h.Get("Date")); err == nil {
			base = d
		}
		if t.After(base) {
			return t.Sub(base)
		}
	}
	return 0
}

// retryAfter reads Retry-After as seconds or an HTTP date.
func retryAfter(v string, now time.Time) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	if n, err := strconv.ParseInt(v, 10, 64); err == nil {
		if n < 0 {
			return 0
		}
		return time.Duration(n) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil && t.After(now) {
		return t.Sub(now)
	}
	return 0
}
