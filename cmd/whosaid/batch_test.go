package main

import (
	"context"
	"errors"
	"math/rand/v2"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func TestRunOrdered(t *testing.T) {
	tests := []struct {
		name       string
		n, workers int
	}{
		{"one", 1, 4},
		{"fewer than workers", 3, 8},
		{"many", 60, 3},
		{"one worker", 10, 1},
		{"none", 0, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var running, peak atomic.Int32
			do := func(ctx context.Context, i int) int {
				r := running.Add(1)
				for {
					p := peak.Load()
					if r <= p || peak.CompareAndSwap(p, r) {
						break
					}
				}
				time.Sleep(time.Duration(rand.IntN(3)) * time.Millisecond)
				running.Add(-1)
				return i * i
			}
			var got []int
			err := runOrdered(context.Background(), tt.n, tt.workers, do, func(i, v int) error {
				if v != i*i {
					t.Errorf("item %d: got %d, want %d", i, v, i*i)
				}
				got = append(got, i)
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != tt.n {
				t.Fatalf("emitted %d items, want %d", len(got), tt.n)
			}
			for i, v := range got {
				if v != i {
					t.Fatalf("emitted %v, want input order", got)
				}
			}
			if p := int(peak.Load()); p > tt.workers {
				t.Errorf("%d ran at once, want at most %d", p, tt.workers)
			}
		})
	}
}

func TestRunOrderedStreams(t *testing.T) {
	// Item 0 is emitted while item 1 is still running.
	release := make(chan struct{})
	var once sync.Once
	do := func(ctx context.Context, i int) int {
		if i == 1 {
			<-release
		}
		return i
	}
	done := make(chan error, 1)
	go func() {
		done <- runOrdered(context.Background(), 2, 2, do, func(i, v int) error {
			if i == 0 {
				once.Do(func() { close(release) })
			}
			return nil
		})
	}()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(10 * time.Second):
		once.Do(func() { close(release) })
		t.Fatal("item 0 was not emitted before item 1 finished")
	}
}

func TestRunOrderedStops(t *testing.T) {
	t.Run("emit error", func(t *testing.T) {
		boom := errors.New("disk full")
		var started atomic.Int32
		err := runOrdered(context.Background(), 100, 2, func(ctx context.Context, i int) int {
			started.Add(1)
			return i
		}, func(i, v int) error {
			if i == 3 {
				return boom
			}
			return nil
		})
		if !errors.Is(err, boom) {
			t.Errorf("got %v, want the emit error", err)
		}
		if s := started.Load(); s == 100 {
			t.Errorf("all %d items started after emit failed", s)
		}
	})
	t.Run("cancel", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		var inFlight atomic.Int32
		err := runOrdered(ctx, 100, 2, func(ctx context.Context, i int) int {
			inFlight.Add(1)
			defer inFlight.Add(-1)
			if i == 1 {
				cancel()
			}
			<-ctx.Done()
			return i
		}, func(i, v int) error { return nil })
		if !errors.Is(err, context.Canceled) {
			t.Errorf("got %v, want context.Canceled", err)
		}
		if n := inFlight.Load(); n != 0 {
			t.Errorf("runOrdered returned with %d calls still running", n)
		}
	})
}
