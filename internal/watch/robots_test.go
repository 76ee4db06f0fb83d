package watch

import (
	"context"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/whosaid/whosaid/internal/store"
	"github.com/whosaid/whosaid/sources/fetch"
)

// TestRobotsCacheExpires: a service lives for months, so a site's answer is
// not kept for ever. An unreachable robots.txt is asked for again after a
// few minutes (before, the error stayed for the life of the process and
// failed every article of the site until it was given up), and rules are
// read again after a day.
func TestRobotsCacheExpires(t *testing.T) {
	var mu sync.Mutex
	code, hits := http.StatusServiceUnavailable, 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		hits++
		if code != http.StatusOK {
			http.Error(w, "down", code)
			return
		}
		w.Write([]byte("User-agent: *\nDisallow: /private/\n"))
	}))
	defer srv.Close()
	set := func(c int) {
		mu.Lock()
		defer mu.Unlock()
		code = c
	}
	count := func() int {
		mu.Lock()
		defer mu.Unlock()
		return hits
	}
	o := fetch.DefaultOptions()
	o.AllowPrivate = true
	r := newRobots(fetch.New(o).HTTPClient(), newLimiter(1, 0))
	now := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	r.now = func() time.Time { return now }
	ctx := context.Background()
	page := srv.URL + "/news/1"

	tests := []struct {
		name      string
		advance   time.Duration
		code      int
		link      string
		wantOK    bool
		wantErr   bool
		wantFetch int
	}{
		{"503 is an error, not a disallow", 0, http.StatusServiceUnavailable, page, false, true, 1},
		{"error cached for a while", time.Minute, http.StatusOK, page, false, true, 1},
		{"error expires", robotsErrorTTL, http.StatusOK, page, true, false, 2},
		{"rules cached", 12 * time.Hour, http.StatusOK, srv.URL + "/private/2", false, false, 2},
		{"429 is an error too, once rules expire", 13 * time.Hour, http.StatusTooManyRequests, page, false, true, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			now = now.Add(tt.advance)
			set(tt.code)
			ok, err := r.allowed(ctx, tt.link)
			if ok != tt.wantOK || (err != nil) != tt.wantErr {
				t.Errorf("allowed: got %v, %v; want %v, error %v", ok, err, tt.wantOK, tt.wantErr)
			}
			if got := count(); got != tt.wantFetch {
				t.Errorf("robots.txt requests: got %d, want %d", got, tt.wantFetch)
			}
		})
	}
}

// TestRobotsRefusedAddressIsPermanent: a link to an address the client
// refuses (an SSRF attempt through a feed) fails its robots.txt with an
// error the job gives up on at once, rather than retrying it run after run.
func TestRobotsRefusedAddressIsPermanent(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	defer srv.Close()
	r := newRobots(fetch.New(fetch.DefaultOptions()).HTTPClient(), newLimiter(1, 0))
	_, err := r.allowed(context.Background(), srv.URL+"/news/1")
	if err == nil || !permanent(err) {
		t.Errorf("got %v, want a permanent error (private address)", err)
	}
}

// TestRobotsUnreachable: a robots.txt answering 503 holds the site's
// articles back for now; it does not mark them blocked for good (robotstxt
// reads a 5xx as "disallow all"). Once it can be read they are done.
func TestRobotsUnreachable(t *testing.T) {
	site := newNewsSite(t)
	paths := site.addArticles("city", 2)
	site.setRobotsCode(http.StatusServiceUnavailable)
	db := openStore(t)
	opts := testOptions(t, db, Feed{URL: site.url("/feeds/city.xml")})
	st, err := once(t, opts)
	if err != nil {
		t.Fatal(err)
	}
	if st.Done != 0 || st.Blocked != 0 || st.Failed != 2 {
		t.Errorf("robots.txt 503: got %+v, want 2 failed attempts, none blocked", st)
	}
	if got := site.hitCount(paths[0]) + site.hitCount(paths[1]); got != 0 {
		t.Errorf("articles requested %d times while robots.txt was unreachable", got)
	}
	c, err := db.Counts(context.Background(), "")
	if err != nil || c[store.Pending] != 2 {
		t.Errorf("counts: got %v, %v; want 2 pending", c, err)
	}

	site.setRobotsCode(0)
	st, err = once(t, opts)
	if err != nil || st.Done != 2 {
		t.Errorf("robots.txt readable again: got %+v, %v; want 2 done", st, err)
	}
}
