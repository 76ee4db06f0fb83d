package watch

import (
	"testing"
	"time"

	"github.com/whosaid/whosaid/internal/store"
	"github.com/whosaid/whosaid/sources/feed"
)

func TestInterval(t *testing.T) {
	j := &Job{opts: Options{Interval: 15 * time.Minute, MinInterval: 5 * time.Minute, MaxBackoff: 24 * time.Hour}}
	tests := []struct {
		name string
		spec Feed
		res  *feed.Result
		want time.Duration
	}{
		{"default", Feed{}, &feed.Result{NotModified: true}, 15 * time.Minute},
		{"feed's own", Feed{Interval: time.Hour}, &feed.Result{NotModified: true}, time.Hour},
		{"ttl longer", Feed{}, &feed.Result{Feed: &feed.Feed{TTL: time.Hour}}, time.Hour},
		{"ttl shorter ignored", Feed{}, &feed.Result{Feed: &feed.Feed{TTL: time.Minute}}, 15 * time.Minute},
		{"max-age longer", Feed{}, &feed.Result{NotModified: true, MaxAge: 2 * time.Hour}, 2 * time.Hour},
		{"hint capped", Feed{}, &feed.Result{NotModified: true, MaxAge: 365 * 24 * time.Hour}, 24 * time.Hour},
		{"floor", Feed{Interval: time.Second}, &feed.Result{NotModified: true}, 5 * time.Minute},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := j.interval(tt.spec, tt.res); got != tt.want {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestDue(t *testing.T) {
	j := &Job{opts: Options{Interval: 15 * time.Minute}}
	now := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		next time.Time
		want bool
	}{
		{"never checked", time.Time{}, true},
		{"past", now.Add(-time.Minute), true},
		{"within the slack", now.Add(40 * time.Second), true},
		{"later", now.Add(5 * time.Minute), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := j.due(Feed{}, &store.Feed{NextCheck: tt.next}, now); got != tt.want {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}
