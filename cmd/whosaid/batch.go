package main

import (
	"context"
	"sync"
)

// runOrdered calls do for items 0..n-1, at most workers at a time, and hands
// each result to emit in index order as soon as it and all earlier ones are
// ready: a batch comes out in input order without waiting for the slowest
// source to start writing.
//
// At most 4*workers results are started ahead of the one being waited for,
// so a slow first source cannot make a large batch pile up in memory.
// runOrdered returns the first error of emit, or ctx's error when ctx ends
// before every item was started; it returns only once every do has returned.
func runOrdered[T any](ctx context.Context, n, workers int, do func(ctx context.Context, i int) T, emit func(i int, v T) error) error {
	if workers < 1 {
		workers = 1
	}
	ctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	defer func() {
		cancel()
		wg.Wait()
	}()

	type slot struct {
		v       T
		started bool // false: ctx ended before the item was started
	}
	slots := make([]chan slot, n)
	for i := range slots {
		slots[i] = make(chan slot, 1)
	}
	ahead := make(chan struct{}, 4*workers) // started but not yet emitted
	busy := make(chan struct{}, workers)    // running

	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; i < n; i++ {
			if !acquire(ctx, ahead) || !acquire(ctx, busy) {
				for j := i; j < n; j++ {
					slots[j] <- slot{}
				}
				return
			}
			wg.Add(1)
			go func(i int) {
				defer wg.Done()
				v := do(ctx, i)
				<-busy
				slots[i] <- slot{v: v, started: true}
			}(i)
		}
	}()

	for i := 0; i < n; i++ {
		s := <-slots[i]
		if !s.started {
			return ctx.Err()
		}
		if err := emit(i, s.v); err != nil {
			return err
		}
		<-ahead
	}
	return nil
}

func acquire(ctx context.Context, sem chan struct{}) bool {
	select {
	case sem <- struct{}{}:
		return true
	case <-ctx.Done():
		return false
	}
}
