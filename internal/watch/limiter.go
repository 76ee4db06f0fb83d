package watch

import (
	"context"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// limiter keeps the job polite to each host: at most perHost requests in
// flight, and request starts at least delay apart. It counts the time
// callers spent waiting on it, so that a run can say how much of its time
// politeness cost.
type limiter struct {
	perHost int
	delay   time.Duration

	mu    sync.Mutex
	hosts map[string]*hostSlot

	waited atomic.Int64 // nanoseconds, summed over callers
}

type hostSlot struct {
	sem  chan struct{}
	next time.Time // earliest start of the next request; guarded by limiter.mu
}

func newLimiter(perHost int, delay time.Duration) *limiter {
	if perHost < 1 {
		perHost = 1
	}
	return &limiter{perHost: perHost, delay: delay, hosts: map[string]*hostSlot{}}
}

// hostOf is the politeness key of a URL: its host name, without the port
// (two ports of one name are most likely one server).
func hostOf(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	return strings.ToLower(u.Hostname())
}

// acquire waits for a turn at host and returns the function that ends it.
func (l *limiter) acquire(ctx context.Context, host string) (func(), error) {
	start := time.Now()
	defer func() { l.waited.Add(int64(time.Since(start))) }()

	l.mu.Lock()
	h := l.hosts[host]
	if h == nil {
		h = &hostSlot{sem: make(chan struct{}, l.perHost)}
		l.hosts[host] = h
	}
	l.mu.Unlock()

	select {
	case h.sem <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	release := func() { <-h.sem }

	l.mu.Lock()
	now := time.Now()
	at := h.next
	if at.Before(now) {
		at = now
	}
	h.next = at.Add(l.delay)
	l.mu.Unlock()

	if wait := time.Until(at); wait > 0 {
		t := time.NewTimer(wait)
		defer t.Stop()
		select {
		case <-t.C:
		case <-ctx.Done():
			release()
			return nil, ctx.Err()
		}
	}
	return release, nil
}

// Waited is the total time callers spent waiting.
func (l *limiter) Waited() time.Duration { return time.Duration(l.waited.Load()) }
