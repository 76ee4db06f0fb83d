package watch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"sync"
	"time"

	"github.com/whosaid/whosaid/extractor"
	"github.com/whosaid/whosaid/extractor/format"
	"github.com/whosaid/whosaid/internal/store"
	"github.com/whosaid/whosaid/sources"
	"github.com/whosaid/whosaid/sources/feed"
	"github.com/whosaid/whosaid/sources/fetch"
)

// ErrFeedsFailed is returned by Once when some feed could not be read; the
// other feeds and all articles were still processed.
var ErrFeedsFailed = errors.New("watch: some feeds failed")

// Feed is a feed the job polls.
type Feed struct {
	URL      string
	Name     string
	Interval time.Duration // 0: Options.Interval
}

// Extractor turns an article into a document: *extractor.Pipeline, in
// whatever mode is configured.
type Extractor interface {
	Run(ctx context.Context, art *sources.Article) (*extractor.Document, error)
}

// Options configure a Job. Store, Client and Extractor are required.
type Options struct {
	Store     store.Store
	Client    *fetch.Client // pages, feeds and robots.txt all go through it
	Extractor Extractor
	Log       *slog.Logger // nil: discard

	Feeds []Feed

	Interval    time.Duration // between checks of a feed without its own
	MinInterval time.Duration // floor under every interval and hint
	Backoff     time.Duration // first wait after a failed check, doubled per failure
	MaxBackoff  time.Duration // cap on back-off and on publisher hints
	MaxAttempts int           // failed attempts before an article is given up (>= 1)

	Concurrency  int           // articles and feeds in flight at once
	PerHost      int           // requests in flight to one host
	HostDelay    time.Duration // between request starts to one host
	IgnoreRobots bool          // the user has permission: skip robots.txt

	// Out, when set, receives each committed document as one JSONL line,
	// right after its commit.
	Out io.Writer
}

// Stats count what a pass did.
type Stats struct {
	FeedsChecked     int // fetched with a 200 answer
	FeedsNotModified int // 304
	FeedsFailed      int
	FeedsNotDue      int
	// FeedsBackingOff counts the feeds not due because their last check
	// failed: they are still broken, only not asked again yet.
	FeedsBackingOff int
	NewArticles     int // first seen in this pass
	Done            int // documents committed
	Failed          int // article attempts that failed (retried later or given up)
	Blocked         int // disallowed by robots.txt
	Abandoned       int // interrupted by a stop; done on a later run
	// PoliteWait is the time requests spent waiting on the per-host limits,
	// summed over all requests of the job so far.
	PoliteWait time.Duration
}

func (s *Stats) add(o Stats) {
	s.FeedsChecked += o.FeedsChecked
	s.FeedsNotModified += o.FeedsNotModified
	s.FeedsFailed += o.FeedsFailed
	s.FeedsNotDue += o.FeedsNotDue
	s.FeedsBackingOff += o.FeedsBackingOff
	s.NewArticles += o.NewArticles
	s.Done += o.Done
	s.Failed += o.Failed
	s.Blocked += o.Blocked
	s.Abandoned += o.Abandoned
}

// Job polls feeds and extracts new articles.
type Job struct {
	opts    Options
	log     *slog.Logger
	fetcher *feed.Fetcher
	lim     *limiter
	robots  *robots

	outMu sync.Mutex
	out   format.Writer
}

// New checks opts and builds a Job.
func New(opts Options) (*Job, error) {
	switch {
	case opts.Store == nil:
		return nil, errors.New("watch: no store")
	case opts.Client == nil:
		return nil, errors.New("watch: no HTTP client")
	case opts.Extractor == nil:
		return nil, errors.New("watch: no extractor")
	case len(opts.Feeds) == 0:
		return nil, errors.New("watch: no feeds configured (config feeds:, --feed URL or --feeds-file FILE)")
	}
	if opts.MaxAttempts < 1 {
		opts.MaxAttempts = 1
	}
	if opts.Concurrency < 1 {
		opts.Concurrency = 1
	}
	if opts.MaxBackoff <= 0 {
		opts.MaxBackoff = 24 * time.Hour
	}
	log := opts.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	lim := newLimiter(opts.PerHost, opts.HostDelay)
	j := &Job{
		opts:    opts,
		log:     log,
		fetcher: &feed.Fetcher{Client: opts.Client.HTTPClient(), MaxBytes: opts.Client.Options().MaxBytes},
		lim:     lim,
		robots:  newRobots(opts.Client.HTTPClient(), lim),
	}
	if opts.Out != nil {
		w, err := format.NewWriter(opts.Out, format.JSONL, format.Options{})
		if err != nil {
			return nil, fmt.Errorf("watch: %w", err)
		}
		j.out = w
	}
	return j, nil
}

// Once checks every due feed, stores its new articles and processes every
// pending article of those feeds (and the never-tried articles of the
// others, left by a run that was killed), then returns. It returns
// ErrFeedsFailed, after all the others were processed, when some feed
// failed in this run or is still waiting out the back-off of an earlier
// failure: a cron job's exit status says a feed is broken for as long as it
// is. It returns ctx's error when stopped.
func (j *Job) Once(ctx context.Context) (Stats, error) {
	st, err := j.pass(ctx)
	st.PoliteWait = j.lim.Waited()
	if err != nil {
		return st, err
	}
	if ctx.Err() != nil {
		return st, ctx.Err()
	}
	checked := st.FeedsFailed + st.FeedsChecked + st.FeedsNotModified
	switch {
	case st.FeedsFailed > 0 && st.FeedsBackingOff > 0:
		return st, fmt.Errorf("%w: %d of %d checked, and %d more still failing since an earlier run",
			ErrFeedsFailed, st.FeedsFailed, checked, st.FeedsBackingOff)
	case st.FeedsFailed > 0:
		return st, fmt.Errorf("%w: %d of %d checked", ErrFeedsFailed, st.FeedsFailed, checked)
	case st.FeedsBackingOff > 0:
		return st, fmt.Errorf("%w: %d still failing since an earlier run (checked again when their back-off ends)",
			ErrFeedsFailed, st.FeedsBackingOff)
	}
	return st, nil
}

// Serve runs passes until ctx ends, sleeping until the next feed is due.
// In-flight articles are abandoned cleanly on stop (a document is either
// committed with its done mark or not at all) and done on a later run.
func (j *Job) Serve(ctx context.Context) (Stats, error) {
	var total Stats
	for ctx.Err() == nil {
		st, err := j.pass(ctx)
		total.add(st)
		if err != nil && ctx.Err() == nil {
			// The store failed: waiting will not help an unwritable disk.
			return total, err
		}
		next, err := j.nextDue(ctx)
		if err != nil {
			if ctx.Err() != nil {
				break
			}
			return total, err
		}
		wait := max(time.Until(next), time.Second)
		j.log.Info("waiting for the next due feed", "until", time.Now().Add(wait).Format(time.RFC3339))
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
		case <-t.C:
		}
		t.Stop()
	}
	total.PoliteWait = j.lim.Waited()
	return total, nil
}

// nextDue is the earliest time a configured feed is due.
func (j *Job) nextDue(ctx context.Context) (time.Time, error) {
	var next time.Time
	for i, spec := range j.opts.Feeds {
		st, err := j.feedState(ctx, spec)
		if err != nil {
			return time.Time{}, err
		}
		if i == 0 || st.NextCheck.Before(next) {
			next = st.NextCheck
		}
	}
	return next, nil
}

func (j *Job) feedState(ctx context.Context, spec Feed) (*store.Feed, error) {
	st, err := j.opts.Store.Feed(ctx, spec.URL)
	if errors.Is(err, store.ErrNotFound) {
		return &store.Feed{URL: spec.URL, Name: spec.Name}, nil
	}
	return st, err
}

// pass is one round: check due feeds concurrently, then process the
// pending articles of every due feed (and the leftovers of the others),
// interleaved by host so that the per-host limits do not hold up the other
// hosts. The error is a store failure (or ctx's); feed and article failures
// are counted in Stats.
func (j *Job) pass(ctx context.Context) (Stats, error) {
	var st Stats
	now := time.Now()
	var due []Feed
	isDue := map[string]bool{}
	for _, spec := range j.opts.Feeds {
		fs, err := j.feedState(ctx, spec)
		if err != nil {
			return st, err
		}
		if j.due(spec, fs, now) {
			due = append(due, spec)
			isDue[spec.URL] = true
		} else {
			st.FeedsNotDue++
			if fs.Failures > 0 {
				st.FeedsBackingOff++
			}
			j.log.Debug("feed not due", "feed", spec.URL, "next_check", fs.NextCheck.Format(time.RFC3339))
		}
	}

	var mu sync.Mutex
	var storeErr error
	forEach(ctx, len(due), j.opts.Concurrency, func(ctx context.Context, i int) {
		r, err := j.checkFeed(ctx, due[i])
		mu.Lock()
		defer mu.Unlock()
		st.add(r)
		if err != nil && storeErr == nil {
			storeErr = err
		}
	})
	if storeErr != nil {
		return st, storeErr
	}
	if ctx.Err() != nil {
		return st, nil
	}

	var pending [][]store.Article
	for _, spec := range j.opts.Feeds {
		arts, err := j.opts.Store.Pending(ctx, spec.URL, j.opts.IgnoreRobots)
		if err != nil {
			return st, err
		}
		if !isDue[spec.URL] {
			arts = leftovers(arts)
		}
		pending = append(pending, arts)
	}
	arts := interleave(pending)
	forEach(ctx, len(arts), j.opts.Concurrency, func(ctx context.Context, i int) {
		r, err := j.article(ctx, arts[i])
		mu.Lock()
		defer mu.Unlock()
		st.add(r)
		if err != nil && storeErr == nil {
			storeErr = err
		}
	})
	return st, storeErr
}

// checkFeed fetches one feed and stores its new items. Feed failures are
// recorded in the feed's state and counted; the error is the store's.
func (j *Job) checkFeed(ctx context.Context, spec Feed) (Stats, error) {
	var st Stats
	fs, err := j.feedState(ctx, spec)
	if err != nil {
		return st, err
	}
	fs.Name = spec.Name
	log := j.log.With("feed", spec.URL)

	res, err := j.fetchFeed(ctx, fs)
	now := time.Now()
	if err != nil {
		if ctx.Err() != nil {
			return st, nil // stopped: not the feed's fault
		}
		fs.LastChecked = now
		fs.Failures++
		fs.LastError = err.Error()
		wait := j.backoff(fs.Failures, err)
		if errors.Is(err, fetch.ErrPrivateAddress) {
			// Refused by our own client: there is no server to spare, and
			// the fix (--allow-private, or a corrected address) must work
			// on the next run, not after hours of back-off.
			wait = max(j.opts.MinInterval, time.Minute)
		}
		fs.NextCheck = now.Add(wait)
		st.FeedsFailed++
		log.Warn("feed failed", "err", err, "failures", fs.Failures, "next_check", fs.NextCheck.Format(time.RFC3339))
		return st, j.opts.Store.SaveFeed(context.WithoutCancel(ctx), fs)
	}
	if res.NotModified {
		st.FeedsNotModified++
		log.Debug("feed not modified")
	} else {
		st.FeedsChecked++
		arts := make([]store.Article, 0, len(res.Feed.Items))
		for _, it := range res.Feed.Items {
			key, link := Identity(spec.URL, it)
			arts = append(arts, store.Article{Feed: spec.URL, Key: key, GUID: it.GUID, URL: link, Title: it.Title, Content: it.Content})
		}
		// The new items are stored before the validators: a crash in
		// between means one more full fetch, never a missed item.
		n, err := j.opts.Store.AddArticles(context.WithoutCancel(ctx), arts)
		if err != nil {
			return st, err
		}
		st.NewArticles += n
		log.Info("feed read", "items", len(arts), "new", n)
	}
	fs.LastChecked, fs.LastSuccess = now, now
	fs.Failures, fs.LastError = 0, ""
	fs.ETag, fs.LastModified = res.ETag, res.LastModified
	if res.Feed != nil {
		fs.TTL = res.Feed.TTL // a 304 keeps the last one
	}
	fs.NextCheck = now.Add(j.interval(spec, res.MaxAge, fs.TTL))
	return st, j.opts.Store.SaveFeed(context.WithoutCancel(ctx), fs)
}

func (j *Job) fetchFeed(ctx context.Context, fs *store.Feed) (*feed.Result, error) {
	release, err := j.lim.acquire(ctx, hostOf(fs.URL))
	if err != nil {
		return nil, err
	}
	defer release()
	return j.fetcher.Fetch(ctx, feed.Request{URL: fs.URL, ETag: fs.ETag, LastModified: fs.LastModified})
}

// leftovers are the articles of a feed that is not due which are taken up
// anyway: those never tried (a run killed or stopped after storing them:
// the next run picks up where it stopped, whatever the feed's schedule) and
// the blocked ones when robots.txt is ignored (the user asked for them
// now). Articles that failed wait for their feed's next check, which paces
// their retries.
func leftovers(arts []store.Article) []store.Article {
	out := arts[:0]
	for _, a := range arts {
		if a.Status == store.Blocked || (a.Status == store.Pending && a.Attempts == 0) {
			out = append(out, a)
		}
	}
	return out
}

// interleave takes one article from each feed in turn, then from hosts in
// turn, so that workers spread over hosts instead of queueing on one.
func interleave(feeds [][]store.Article) []store.Article {
	byHost := map[string][]store.Article{}
	var hosts []string
	for i := 0; ; i++ {
		more := false
		for _, f := range feeds {
			if i < len(f) {
				more = true
				h := hostOf(f[i].URL)
				if _, ok := byHost[h]; !ok {
					hosts = append(hosts, h)
				}
				byHost[h] = append(byHost[h], f[i])
			}
		}
		if !more {
			break
		}
	}
	var out []store.Article
	for i := 0; ; i++ {
		more := false
		for _, h := range hosts {
			if i < len(byHost[h]) {
				more = true
				out = append(out, byHost[h][i])
			}
		}
		if !more {
			return out
		}
	}
}

// forEach calls fn for 0..n-1 with at most workers at once, and starts no
// new call once ctx has ended. It returns when every call has returned.
func forEach(ctx context.Context, n, workers int, fn func(ctx context.Context, i int)) {
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(workers, n) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				fn(ctx, i)
			}
		}()
	}
	for i := 0; i < n && ctx.Err() == nil; i++ {
		select {
		case next <- i:
		case <-ctx.Done():
		}
	}
	close(next)
	wg.Wait()
}
