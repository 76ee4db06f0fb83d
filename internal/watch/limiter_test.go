package watch

import (
	"context"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func TestLimiterPerHost(t *testing.T) {
	l := newLimiter(2, 0)
	var inFlight, peak atomic.Int32
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			release, err := l.acquire(context.Background(), "a.example")
			if err != nil {
				t.Error(err)
				return
			}
			n := inFlight.Add(1)
			for {
				p := peak.Load()
				if n <= p || peak.CompareAndSwap(p, n) {
					break
				}
			}
			// Hold the turn until a second caller holds one too (or long
			// enough that it would have, had the limit allowed it), so that
			// a slow scheduler cannot make the peak look like 1.
			for start := time.Now(); peak.Load() < 2 && time.Since(start) < 2*time.Second; {
				time.Sleep(time.Millisecond)
			}
			time.Sleep(time.Millisecond)
			inFlight.Add(-1)
			release()
		}()
	}
	wg.Wait()
	if got := peak.Load(); got != 2 {
		t.Errorf("peak in flight: got %d, want 2", got)
	}
	if l.Waited() <= 0 {
		t.Errorf("waited: got %v, want the queueing counted", l.Waited())
	}
}

func TestLimiterHostsIndependent(t *testing.T) {
	l := newLimiter(1, time.Hour)
	ctx := context.Background()
	r1, err := l.acquire(ctx, "a.example")
	if err != nil {
		t.Fatal(err)
	}
	r1()
	start := time.Now()
	r2, err := l.acquire(ctx, "b.example")
	if err != nil {
		t.Fatal(err)
	}
	r2()
	if d := time.Since(start); d > time.Second {
		t.Errorf("another host waited %v for a.example's delay", d)
	}
	// a.example's next turn is an hour away: a cancelled wait returns.
	ctx, cancel := context.WithTimeout(ctx, 20*time.Millisecond)
	defer cancel()
	if _, err := l.acquire(ctx, "a.example"); err == nil {
		t.Error("acquire within the delay: got a turn, want the context's error")
	}
}
