package watch

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/whosaid/whosaid/extractor"
	"github.com/whosaid/whosaid/extractor/rules"
	"github.com/whosaid/whosaid/internal/store"
	"github.com/whosaid/whosaid/internal/store/sqlite"
	"github.com/whosaid/whosaid/sources/fetch"
)

// testOptions are fast, deterministic options for a job on loopback: every
// feed is due on every run.
func testOptions(t testing.TB, db store.Store, feeds ...Feed) Options {
	t.Helper()
	fo := fetch.DefaultOptions()
	fo.AllowPrivate = true
	fo.Timeout = 10 * time.Second
	return Options{
		Store:       db,
		Client:      fetch.New(fo),
		Extractor:   &extractor.Pipeline{Engine: rules.New(), Mode: "rules"},
		Feeds:       feeds,
		Backoff:     time.Hour,
		MaxBackoff:  24 * time.Hour,
		MaxAttempts: 5,
		Concurrency: 4,
		PerHost:     2,
	}
}

func openStore(t testing.TB) *sqlite.DB {
	t.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "watch.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func once(t testing.TB, opts Options) (Stats, error) {
	t.Helper()
	j, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	return j.Once(context.Background())
}

func storedDocs(t testing.TB, db store.Store) []*store.Document {
	t.Helper()
	var out []*store.Document
	if err := db.Documents(context.Background(), store.DocumentFilter{}, func(d *store.Document) error {
		out = append(out, d)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestOnceStoresEachArticleOnce(t *testing.T) {
	site := newNewsSite(t)
	site.addArticles("city", 3)
	db := openStore(t)
	var out bytes.Buffer
	opts := testOptions(t, db, Feed{URL: site.url("/feeds/city.xml"), Name: "City desk"})
	opts.Out = &out

	st, err := once(t, opts)
	if err != nil {
		t.Fatalf("first run: %v", err)
	}
	if st.NewArticles != 3 || st.Done != 3 || st.FeedsChecked != 1 {
		t.Fatalf("first run: got %+v, want 3 new, 3 done, 1 feed read", st)
	}
	docs := storedDocs(t, db)
	if len(docs) != 3 {
		t.Fatalf("stored documents: got %d, want 3", len(docs))
	}
	for _, d := range docs {
		if len(d.Doc.Quotes) == 0 {
			t.Errorf("%s: got no quotes, want the article's", d.Doc.Source)
		}
		if strings.Contains(d.Doc.Source, "utm_") {
			t.Errorf("source %q keeps tracking parameters", d.Doc.Source)
		}
	}
	if lines := strings.Count(out.String(), "\n"); lines != 3 {
		t.Errorf("--out: got %d lines, want 3", lines)
	}
	var first extractor.Document
	if err := json.Unmarshal([]byte(strings.SplitN(out.String(), "\n", 2)[0]), &first); err != nil || first.Extractor.Mode != "rules" {
		t.Errorf("--out line is not a document: %v, %+v", err, first.Extractor)
	}
	hits := site.articleHits()

	st, err = once(t, opts)
	if err != nil {
		t.Fatalf("second run: %v", err)
	}
	if st.FeedsNotModified != 1 || st.NewArticles != 0 || st.Done != 0 {
		t.Errorf("second run: got %+v, want a 304 and nothing new", st)
	}
	if got := site.articleHits(); got != hits {
		t.Errorf("second run fetched articles again: got %d article requests, want %d", got, hits)
	}

	added := site.addArticles("city", 1)
	st, err = once(t, opts)
	if err != nil {
		t.Fatalf("third run: %v", err)
	}
	if st.FeedsChecked != 1 || st.NewArticles != 1 || st.Done != 1 {
		t.Errorf("third run: got %+v, want the one added item", st)
	}
	if got := site.articleHits(); got != hits+1 || site.hitCount(added[0]) != 1 {
		t.Errorf("third run: got %d article requests (%d for the new one), want %d (1)", got, site.hitCount(added[0]), hits+1)
	}
	docs = storedDocs(t, db)
	if len(docs) != 4 || !strings.HasSuffix(docs[3].Doc.Source, added[0]) {
		t.Errorf("stored: got %d documents, last %q; want 4, the last %s", len(docs), docs[len(docs)-1].Doc.Source, added[0])
	}
	if lines := strings.Count(out.String(), "\n"); lines != 4 {
		t.Errorf("--out: got %d lines, want 4", lines)
	}
}

func TestBrokenFeedsDoNotStopGoodOne(t *testing.T) {
	site := newNewsSite(t)
	site.addArticles("good", 2)
	site.setBody("/feeds/broken.xml", `<?xml version="1.0"?><rss version="2.0"><channel><title>Half a feed</title><item><title>Cut`)
	site.failNext("/feeds/down.xml", 100)
	db := openStore(t)
	good, broken, down := site.url("/feeds/good.xml"), site.url("/feeds/broken.xml"), site.url("/feeds/down.xml")
	opts := testOptions(t, db, Feed{URL: broken}, Feed{URL: down}, Feed{URL: good})

	st, err := once(t, opts)
	if !errors.Is(err, ErrFeedsFailed) {
		t.Fatalf("got error %v, want ErrFeedsFailed", err)
	}
	if st.FeedsFailed != 2 || st.FeedsChecked != 1 || st.Done != 2 {
		t.Errorf("got %+v, want 2 failed feeds and the good one's 2 articles", st)
	}
	for _, tt := range []struct{ url, want string }{{broken, "malformed"}, {down, "500"}} {
		f, err := db.Feed(context.Background(), tt.url)
		if err != nil {
			t.Fatal(err)
		}
		if f.Failures != 1 || !strings.Contains(f.LastError, tt.want) {
			t.Errorf("%s: got failures %d, error %q; want 1 failure naming %q", tt.url, f.Failures, f.LastError, tt.want)
		}
		if wait := time.Until(f.NextCheck); wait < 50*time.Minute {
			t.Errorf("%s: next check in %v, want the back-off of about an hour", tt.url, wait)
		}
	}

	// The failing feeds wait out their back-off; the good one is read. The
	// run still reports them as failing: they are broken until a check
	// says otherwise, and a cron job's exit status must say so.
	st, err = once(t, opts)
	if !errors.Is(err, ErrFeedsFailed) {
		t.Fatalf("second run: got error %v, want ErrFeedsFailed for the 2 feeds in back-off", err)
	}
	if st.FeedsNotDue != 2 || st.FeedsBackingOff != 2 || st.FeedsFailed != 0 || st.FeedsNotModified != 1 {
		t.Errorf("second run: got %+v, want 2 feeds not due (both backing off) and a 304", st)
	}
	if got := site.hitCount("/feeds/down.xml"); got != 1 {
		t.Errorf("requests for the 500 feed: got %d, want 1 (the second run waits out its back-off)", got)
	}
}

// TestRefusedFeedNotBackedOff: a feed refused by the client itself (a
// private address without AllowPrivate) is not pushed back by hours: the
// user's fix must work on the next run.
func TestRefusedFeedNotBackedOff(t *testing.T) {
	site := newNewsSite(t)
	site.addArticles("city", 1)
	db := openStore(t)
	opts := testOptions(t, db, Feed{URL: site.url("/feeds/city.xml")})
	opts.Client = fetch.New(fetch.DefaultOptions()) // loopback refused
	st, err := once(t, opts)
	if !errors.Is(err, ErrFeedsFailed) || st.FeedsFailed != 1 {
		t.Fatalf("got %+v, %v; want the refused feed failed", st, err)
	}
	f, err := db.Feed(context.Background(), site.url("/feeds/city.xml"))
	if err != nil {
		t.Fatal(err)
	}
	if wait := time.Until(f.NextCheck); wait > 2*time.Minute || !strings.Contains(f.LastError, "allow-private") {
		t.Errorf("refused feed: next check in %v, error %q; want a minute at most (not the hour of back-off) and the hint", wait, f.LastError)
	}
	if got := site.hitCount("/feeds/city.xml"); got != 0 {
		t.Errorf("refused feed was requested %d times", got)
	}

	// With the fix the next run reads it: its minute is within the slack.
	opts.Client = testOptions(t, db).Client
	opts.Interval = 15 * time.Minute
	if st, err = once(t, opts); err != nil || st.FeedsChecked != 1 || st.Done != 1 {
		t.Errorf("run with AllowPrivate: got %+v, %v; want the feed read and its article stored", st, err)
	}
}

// TestLeftoversOfFeedNotDue: a run killed after storing a feed's new items
// (and its next check time) leaves them pending; the next run takes them
// up even though the feed is not due, but leaves a failed article to its
// feed's schedule.
func TestLeftoversOfFeedNotDue(t *testing.T) {
	ctx := context.Background()
	site := newNewsSite(t)
	paths := site.addArticles("city", 3)
	db := openStore(t)
	feedURL := site.url("/feeds/city.xml")
	// The state a killed run leaves: feed checked, next check an hour away,
	// its items pending; one of them had failed once before.
	if err := db.SaveFeed(ctx, &store.Feed{URL: feedURL, LastChecked: time.Now(), NextCheck: time.Now().Add(time.Hour)}); err != nil {
		t.Fatal(err)
	}
	var arts []store.Article
	for _, p := range paths {
		arts = append(arts, store.Article{Feed: feedURL, Key: "guid:" + p, URL: site.url(p)})
	}
	if _, err := db.AddArticles(ctx, arts); err != nil {
		t.Fatal(err)
	}
	pending, err := db.Pending(ctx, feedURL, false)
	if err != nil || len(pending) != 3 {
		t.Fatalf("pending: got %d, %v", len(pending), err)
	}
	if err := db.Fail(ctx, pending[2].ID, store.Pending, "fetch: timed out"); err != nil {
		t.Fatal(err)
	}
	opts := testOptions(t, db, Feed{URL: feedURL})
	opts.Interval = time.Hour
	st, err := once(t, opts)
	if err != nil {
		t.Fatal(err)
	}
	if st.FeedsNotDue != 1 || st.Done != 2 {
		t.Errorf("got %+v, want the feed not due and its 2 never-tried articles done", st)
	}
	if got := site.hitCount("/feeds/city.xml"); got != 0 {
		t.Errorf("feed requested %d times, want 0 (not due)", got)
	}
	if got := site.hitCount(paths[2]); got != 0 {
		t.Errorf("the failed article was requested %d times, want 0 (it waits for its feed)", got)
	}
}

// TestFeedTTLKeptAcross304: the RSS <ttl> of the last full answer still
// sets the schedule after a 304, which has no body to read it from.
func TestFeedTTLKeptAcross304(t *testing.T) {
	ctx := context.Background()
	site := newNewsSite(t)
	site.addArticles("city", 1)
	site.setTTL(120)
	db := openStore(t)
	feedURL := site.url("/feeds/city.xml")
	opts := testOptions(t, db, Feed{URL: feedURL})
	opts.Interval = 15 * time.Minute
	for run, wantNotModified := range []int{0, 1} {
		st, err := once(t, opts)
		if err != nil {
			t.Fatalf("run %d: %v", run+1, err)
		}
		if st.FeedsNotModified != wantNotModified {
			t.Fatalf("run %d: got %+v, want %d not modified", run+1, st, wantNotModified)
		}
		f, err := db.Feed(ctx, feedURL)
		if err != nil {
			t.Fatal(err)
		}
		if wait := time.Until(f.NextCheck); wait < 110*time.Minute {
			t.Errorf("run %d: next check in %v, want the feed's ttl of 2h", run+1, wait)
		}
		f.NextCheck = time.Now().Add(-time.Second) // due again
		if err := db.SaveFeed(ctx, f); err != nil {
			t.Fatal(err)
		}
	}
}

func TestBackoffGrows(t *testing.T) {
	j := &Job{opts: Options{Backoff: time.Minute, MaxBackoff: 10 * time.Minute}}
	tests := []struct {
		failures int
		err      error
		want     time.Duration
	}{
		{1, errors.New("x"), time.Minute},
		{2, errors.New("x"), 2 * time.Minute},
		{3, errors.New("x"), 4 * time.Minute},
		{5, errors.New("x"), 10 * time.Minute},
		{1, fmtHTTPError(30 * time.Minute), 30 * time.Minute},
	}
	for _, tt := range tests {
		if got := j.backoff(tt.failures, tt.err); got != tt.want {
			t.Errorf("backoff(%d, %v): got %v, want %v", tt.failures, tt.err, got, tt.want)
		}
	}
}

func TestArticleFailsTwiceThenSucceeds(t *testing.T) {
	site := newNewsSite(t)
	paths := site.addArticles("city", 2)
	site.failNext(paths[0], 2)
	db := openStore(t)
	opts := testOptions(t, db, Feed{URL: site.url("/feeds/city.xml")})

	for run, want := range []Stats{{Done: 1, Failed: 1}, {Failed: 1}, {Done: 1}} {
		st, err := once(t, opts)
		if err != nil {
			t.Fatalf("run %d: %v", run+1, err)
		}
		if st.Done != want.Done || st.Failed != want.Failed {
			t.Errorf("run %d: got %d done, %d failed; want %d, %d", run+1, st.Done, st.Failed, want.Done, want.Failed)
		}
	}
	if got := site.hitCount(paths[0]); got != 3 {
		t.Errorf("requests for the flaky page: got %d, want 3", got)
	}
	if got := site.hitCount(paths[1]); got != 1 {
		t.Errorf("requests for the good page: got %d, want 1", got)
	}
	if n := len(storedDocs(t, db)); n != 2 {
		t.Errorf("stored: got %d documents, want 2", n)
	}
}

func TestArticleGivenUpAfterMaxAttempts(t *testing.T) {
	site := newNewsSite(t)
	paths := site.addArticles("city", 1)
	site.failNext(paths[0], 100)
	db := openStore(t)
	opts := testOptions(t, db, Feed{URL: site.url("/feeds/city.xml")})
	opts.MaxAttempts = 2
	for range 4 {
		if _, err := once(t, opts); err != nil {
			t.Fatal(err)
		}
	}
	if got := site.hitCount(paths[0]); got != 2 {
		t.Errorf("requests for the broken page: got %d, want 2 (max attempts)", got)
	}
	c, err := db.Counts(context.Background(), "")
	if err != nil {
		t.Fatal(err)
	}
	if c[store.Failed] != 1 {
		t.Errorf("counts: got %v, want 1 failed", c)
	}
}

func TestRobots(t *testing.T) {
	site := newNewsSite(t)
	site.addArticles("city", 1)
	site.addArticles("private", 2)
	site.setRobots("User-agent: *\nDisallow: /news/private/\n")
	db := openStore(t)
	opts := testOptions(t, db, Feed{URL: site.url("/feeds/city.xml")}, Feed{URL: site.url("/feeds/private.xml")})

	st, err := once(t, opts)
	if err != nil {
		t.Fatal(err)
	}
	if st.Done != 1 || st.Blocked != 2 {
		t.Errorf("got %+v, want 1 done and 2 blocked", st)
	}
	if got := site.hitCount("/news/private/1") + site.hitCount("/news/private/2"); got != 0 {
		t.Errorf("disallowed pages were requested %d times", got)
	}
	if got := site.hitCount("/robots.txt"); got != 1 {
		t.Errorf("robots.txt requests: got %d, want 1 (cached for the run)", got)
	}

	// Blocked stays blocked on a plain rerun...
	if st, err = once(t, opts); err != nil || st.Done != 0 {
		t.Errorf("rerun: got %+v, %v; want nothing done", st, err)
	}
	// ...and is taken up with --ignore-robots.
	opts.IgnoreRobots = true
	st, err = once(t, opts)
	if err != nil {
		t.Fatal(err)
	}
	if st.Done != 2 {
		t.Errorf("with IgnoreRobots: got %+v, want the 2 blocked articles done", st)
	}
}

func TestPolitenessDelay(t *testing.T) {
	site := newNewsSite(t)
	site.addArticles("city", 4)
	db := openStore(t)
	opts := testOptions(t, db, Feed{URL: site.url("/feeds/city.xml")})
	opts.PerHost = 1
	const delay = 40 * time.Millisecond
	opts.HostDelay = delay
	opts.Concurrency = 4
	j, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	begin := time.Now()
	st, err := j.Once(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	site.mu.Lock()
	starts, maxPar := append([]time.Time(nil), site.starts...), site.maxPar
	site.mu.Unlock()
	// feed, robots.txt, 4 articles: 6 requests to one host.
	if len(starts) != 6 {
		t.Fatalf("got %d requests, want 6", len(starts))
	}
	if maxPar != 1 {
		t.Errorf("requests in flight at once: got %d, want 1", maxPar)
	}
	// Only lower bounds, which no scheduling delay can break: the limiter
	// gives the i-th request a start no earlier than begin + i*delay, and
	// the server sees it later still. (Gaps between two requests as the
	// server sees them are not bounded: one that reaches the server late
	// can arrive just before the next.)
	for i, at := range starts {
		if min := begin.Add(time.Duration(i) * delay); at.Before(min) {
			t.Errorf("request %d reached the server %v after the run began, want at least %v", i, at.Sub(begin), time.Duration(i)*delay)
		}
	}
	if st.PoliteWait < 100*time.Millisecond {
		t.Errorf("politeness wait: got %v, want at least 100ms over 6 spaced requests with 4 workers", st.PoliteWait)
	}
}

func TestSameArticleInTwoFeedsStoredOnce(t *testing.T) {
	site := newNewsSite(t)
	site.addArticles("city", 1)
	// A second feed carrying the same story under its own GUID, with other
	// tracking parameters.
	site.setBody("/feeds/mirror.xml", `<?xml version="1.0"?><rss version="2.0"><channel><title>Mirror</title>
<item><title>Same story</title><link>`+site.url("/news/city/1")+`?utm_campaign=x&amp;fbclid=abc#top</link><guid isPermaLink="false">mirror-1</guid></item>
</channel></rss>`)
	db := openStore(t)
	opts := testOptions(t, db, Feed{URL: site.url("/feeds/city.xml")}, Feed{URL: site.url("/feeds/mirror.xml")})
	opts.Concurrency = 1
	st, err := once(t, opts)
	if err != nil {
		t.Fatal(err)
	}
	if st.Done != 1 || site.hitCount("/news/city/1") != 1 {
		t.Errorf("got %+v and %d requests, want the story stored and fetched once", st, site.hitCount("/news/city/1"))
	}
}

func TestServeStopsOnCancel(t *testing.T) {
	site := newNewsSite(t)
	site.addArticles("city", 2)
	db := openStore(t)
	opts := testOptions(t, db, Feed{URL: site.url("/feeds/city.xml"), Interval: time.Hour})
	opts.MinInterval = time.Hour
	j, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	var st Stats
	wg.Add(1)
	go func() {
		defer wg.Done()
		st, err = j.Serve(ctx)
	}()
	deadline := time.Now().Add(10 * time.Second)
	for len(storedDocs(t, db)) < 2 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	cancel()
	wg.Wait()
	if err != nil {
		t.Errorf("Serve: got %v, want nil after a stop", err)
	}
	if st.Done != 2 {
		t.Errorf("Serve: got %+v, want 2 done", st)
	}
	f, ferr := db.Feed(context.Background(), site.url("/feeds/city.xml"))
	if ferr != nil {
		t.Fatal(ferr)
	}
	if wait := time.Until(f.NextCheck); wait < 50*time.Minute {
		t.Errorf("next check in %v, want the feed's hour", wait)
	}
}

func TestMissingPageGivenUpAtOnce(t *testing.T) {
	site := newNewsSite(t)
	db := openStore(t)
	site.setBody("/feeds/gone.xml", `<?xml version="1.0"?><rss version="2.0"><channel><title>Gone</title>
<item><title>Withdrawn story</title><link>`+site.url("/missing/1")+`</link></item>
</channel></rss>`)
	opts := testOptions(t, db, Feed{URL: site.url("/feeds/gone.xml")})
	for range 3 {
		if _, err := once(t, opts); err != nil {
			t.Fatal(err)
		}
	}
	if got := site.hitCount("/missing/1"); got != 1 {
		t.Errorf("requests for a 404 page: got %d, want 1 (a 404 is not retried)", got)
	}
	c, err := db.Counts(context.Background(), "")
	if err != nil {
		t.Fatal(err)
	}
	if c[store.Failed] != 1 {
		t.Errorf("counts: got %v, want 1 failed", c)
	}
}
