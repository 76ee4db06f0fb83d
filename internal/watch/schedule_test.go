package watch

import (
	"testing"
	"time"

	"github.com/whosaid/whosaid/internal/store"
)

func TestInterval(t *testing.T) {
	j := &Job{opts: Options{Interval: 15 * time.Minute, MinInterval: 5 * time.Minute, MaxBackoff: 24 * time.Hour}}
	tests := []struct {
		name        string
		spec        Feed
		maxAge, ttl time.Duration
		want        time.Duration
	}{
		{"default", Feed{}, 0, 0, 15 * time.Minute},
		{"feed's own", Feed{Interval: time.Hour}, 0, 0, time.Hour},
		{"ttl longer", Feed{}, 0, time.Hour, time.Hour},
		{"ttl shorter ignored", Feed{}, 0, time.Minute, 15 * time.Minute},
		{"max-age longer", Feed{}, 2 * time.Hour, 0, 2 * time.Hour},
		{"longest hint wins", Feed{}, 2 * time.Hour, 3 * time.Hour, 3 * time.Hour},
		{"hint capped", Feed{}, 365 * 24 * time.Hour, 0, 24 * time.Hour},
		{"floor", Feed{Interval: time.Second}, 0, 0, 5 * time.Minute},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := j.interval(tt.spec, tt.maxAge, tt.ttl); got != tt.want {
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
