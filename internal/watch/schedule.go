package watch

import (
	"errors"
	"time"

	"github.com/whosaid/whosaid/internal/store"
	"github.com/whosaid/whosaid/sources/feed"
)

// interval is how long after a successful check a feed is checked again:
// its configured interval, or longer when the publisher asked for it
// (maxAge from Cache-Control or Expires, ttl from the RSS <ttl> of the last
// full answer), never below MinInterval and never above MaxBackoff (a
// year-long max-age would otherwise stop the feed).
func (j *Job) interval(spec Feed, maxAge, ttl time.Duration) time.Duration {
	d := spec.Interval
	if d <= 0 {
		d = j.opts.Interval
	}
	hint := max(maxAge, ttl)
	if hint > j.opts.MaxBackoff {
		hint = j.opts.MaxBackoff
	}
	if hint > d {
		d = hint
	}
	if d < j.opts.MinInterval {
		d = j.opts.MinInterval
	}
	return d
}

// backoff is how long a feed that failed failures times in a row waits:
// Backoff doubled per failure up to MaxBackoff, and at least the server's
// Retry-After.
func (j *Job) backoff(failures int, err error) time.Duration {
	d := j.opts.Backoff
	for i := 1; i < failures && d < j.opts.MaxBackoff; i++ {
		d *= 2
	}
	if d > j.opts.MaxBackoff {
		d = j.opts.MaxBackoff
	}
	var he *feed.HTTPError
	if errors.As(err, &he) && he.RetryAfter > d {
		d = min(he.RetryAfter, 7*24*time.Hour)
	}
	return d
}

// due reports whether the feed should be checked at now. A little slack
// (a tenth of the interval, at most a minute) keeps a cron job that runs
// exactly every interval from skipping every other turn because the last
// check ended a few seconds after the run began.
func (j *Job) due(spec Feed, st *store.Feed, now time.Time) bool {
	d := spec.Interval
	if d <= 0 {
		d = j.opts.Interval
	}
	slack := min(d/10, time.Minute)
	return !st.NextCheck.After(now.Add(slack))
}
