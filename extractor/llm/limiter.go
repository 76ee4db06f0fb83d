package llm

import (
	"context"
	"sync"
	"time"
)

// limiter spaces requests evenly to stay under a requests-per-minute limit:
// one request every minute/rpm. Retries count as requests: providers count
// them too.
type limiter struct {
	interval time.Duration
	now      func() time.Time
	sleep    func(ctx context.Context, d time.Duration) error

	mu   sync.Mutex
	next time.Time // earliest start of the next request
}

// newLimiter returns nil (no limit) for rpm <= 0.
func newLimiter(rpm int) *limiter {
	if rpm <= 0 {
		return nil
	}
	return &limiter{interval: time.Minute / time.Duration(rpm), now: time.Now, sleep: sleepCtx}
}

// wait blocks until the caller may send a request, or ctx ends.
func (l *limiter) wait(ctx context.Context) error {
	l.mu.Lock()
	now := l.now()
	at := l.next
	if at.Before(now) {
		at = now
	}
	l.next = at.Add(l.interval)
	l.mu.Unlock()
	// The slot is taken even when ctx ends while waiting: the limit holds
	// against any interleaving, at worst a little below the rate.
	return l.sleep(ctx, at.Sub(now))
}
