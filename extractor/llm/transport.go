package llm

import (
	"bytes"
	"context"
	"encoding/json"

	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"strconv"
	"sync/atomic"
	"time"
)

// maxReplyBytes caps a reply body: a chat completion is a few kilobytes, and
// a server that streams without end must not exhaust memory.
const maxReplyBytes = 16 << 20

// transport retries chat completion requests. go-openai has no retries, and
// its errors drop the response headers (Retry-After), so retrying happens
// here, below it. It also bounds every attempt with its own timeout, paces
// requests for the requests-per-minute limit and counts the requests of the
// article that sent them.
type transport struct {
	base       http.RoundTripper
	maxRetries int           // retries after the first attempt
	timeout    time.Duration // per attempt, body included; 0: none
	baseDelay  time.Duration // first backoff; doubles each retry
	maxDelay   time.Duration // cap of a backoff, and of a Retry-After
	limiter    *limiter      // nil: no rate limit
	zeroTemp   bool          // send "temperature": 0, which go-openai drops
	log        *slog.Logger
	sleep      func(ctx context.Context, d time.Duration) error // tests replace it
	jitter     func(d time.Duration) time.Duration
}

// counterKey holds an *atomic.Int64, put in a request's context by
// withCounter and incremented for every HTTP attempt made for it: usage
// counts the requests of one article, retries included.
type counterKey struct{}

func withCounter(ctx context.Context, n *atomic.Int64) context.Context {
	return context.WithValue(ctx, counterKey{}, n)
}

func (t *transport) RoundTrip(req *http.Request) (*http.Response, error) {
	body, err := readBody(req)
	if err != nil {
		return nil, err
	}
	if t.zeroTemp {
		body = withZeroTemperature(body)
	}
	ctx := req.Context()
	for attempt := 0; ; attempt++ {
		if t.limiter != nil {
			if err := t.limiter.wait(ctx); err != nil {
				return nil, err
			}
		}
		if n, ok := ctx.Value(counterKey{}).(*atomic.Int64); ok {
			n.Add(1)
		}
		resp, err := t.once(ctx, req, body)
		retry, wait := t.decide(ctx, resp, err, attempt)
		if !retry {
			return resp, err
		}
		if resp != nil {
			resp.Body.Close()
		}
		t.log.Debug("llm request failed; retrying", "attempt", attempt+1, "wait", wait, "status", status(resp), "error", err)
		if err := t.sleep(ctx, wait); err != nil {
			return nil, err
		}
	}
}

// once makes one attempt under its own timeout and reads the whole reply, so
// that the timeout covers the body and can be released before returning.
func (t *transport) once(ctx context.Context, req *http.Request, body []byte) (*http.Response, error) {
	if t.timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, t.timeout)
		defer cancel()
	}
	r := req.Clone(ctx)
	r.Body = io.NopCloser(bytes.NewReader(body))
	r.ContentLength = int64(len(body))
	r.GetBody = func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(body)), nil }
	resp, err := t.base.RoundTrip(r)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, maxReplyBytes+1))
	if err != nil {
		return nil, fmt.Errorf("llm: reading the reply: %w", err)
	}
	if len(b) > maxReplyBytes {
		return nil, fmt.Errorf("llm: reply larger than %d bytes", maxReplyBytes)
	}
	resp.Body = io.NopCloser(bytes.NewReader(b))
	resp.ContentLength = int64(len(b))
	return resp, nil
}

// decide says whether to retry, and after how long.
func (t *transport) decide(ctx context.Context, resp *http.Response, err error, attempt int) (bool, time.Duration) {
	if ctx.Err() != nil || attempt >= t.maxRetries {
		return false, 0
	}
	if err != nil {
		// Network errors and the per-attempt timeout; not the caller's
		// cancellation (checked above).
		return true, t.backoff(attempt)
	}
	switch {
	case resp.StatusCode == http.StatusTooManyRequests, resp.StatusCode == http.StatusRequestTimeout, resp.StatusCode >= 500:
	default:
		return false, 0
	}
	if d, ok := retryAfter(resp.Header.Get("Retry-After"), time.Now()); ok {
		return true, min(d, t.maxDelay)
	}
	return true, t.backoff(attempt)
}

// backoff is exponential with full jitter, capped.
func (t *transport) backoff(attempt int) time.Duration {
	d := t.baseDelay << min(attempt, 20)
	if d <= 0 || d > t.maxDelay {
		d = t.maxDelay
	}
	return t.jitter(d)
}

func fullJitter(d time.Duration) time.Duration {
	if d <= 0 {
		return 0
	}
	return d/2 + rand.N(d/2+1)
}

// retryAfter reads a Retry-After header: seconds or an HTTP date.
func retryAfter(v string, now time.Time) (time.Duration, bool) {
	if v == "" {
		return 0, false
	}
	if s, err := strconv.Atoi(v); err == nil && s >= 0 {
		return time.Duration(s) * time.Second, true
	}
	if t, err := http.ParseTime(v); err == nil {
		return max(t.Sub(now), 0), true
	}
	return 0, false
}

func sleepCtx(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	tm := time.NewTimer(d)
	defer tm.Stop()
	select {
	case <-tm.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func readBody(req *http.Request) ([]byte, error) {
	if req.Body == nil || req.Body == http.NoBody {
		return nil, nil
	}
	defer req.Body.Close()
	b, err := io.ReadAll(req.Body)
	if err != nil {
		return nil, fmt.Errorf("llm: reading the request: %w", err)
	}
	return b, nil
}

// withZeroTemperature adds "temperature": 0 to a JSON request that has no
// temperature: go-openai's field is omitempty, so 0 would otherwise be left
// out and the server would use its default (1 for OpenAI).
func withZeroTemperature(body []byte) []byte {
	var m map[string]json.RawMessage
	if json.Unmarshal(body, &m) != nil {
		return body
	}
	if _, ok := m["temperature"]; ok {
		return body
	}
	m["temperature"] = json.RawMessage("0")
	b, err := json.Marshal(m)
	if err != nil {
		return body
	}
	return b
}

func status(resp *http.Response) int {
	if resp == nil {
		return 0
	}
	return resp.StatusCode
}
