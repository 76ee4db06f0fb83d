package watch

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"sync"
	"time"

	"github.com/temoto/robotstxt"

	"github.com/whosaid/whosaid/sources/fetch"
)

// robotsAgent is the product token matched against robots.txt groups.
const robotsAgent = "whosaid"

// maxRobots caps a robots.txt (Google reads 500 KiB).
const maxRobots = 512 << 10

// How long a site's answer is kept. A service runs for months: its rules
// are read again after a day (RFC 9309 2.4), and a robots.txt that could
// not be read is asked for again after a few minutes rather than holding
// up the site's articles for as long as the process lives.
const (
	robotsTTL      = 24 * time.Hour
	robotsErrorTTL = 5 * time.Minute
)

// robots caches each site's robots.txt.
type robots struct {
	client *http.Client
	lim    *limiter
	now    func() time.Time

	mu    sync.Mutex
	sites map[string]*robotsEntry // scheme://host
}

type robotsEntry struct {
	ready chan struct{} // closed once data, err and expires are set
	data  *robotstxt.RobotsData
	err   error
	// expires is written before ready is closed and read only after.
	expires time.Time
}

func (e *robotsEntry) done() bool {
	select {
	case <-e.ready:
		return true
	default:
		return false
	}
}

func newRobots(c *http.Client, lim *limiter) *robots {
	return &robots{client: c, lim: lim, now: time.Now, sites: map[string]*robotsEntry{}}
}

// allowed reports whether robots.txt lets the job fetch link. A robots.txt
// that is missing (4xx but 429) allows everything. One that cannot be read
// (a network error, 429 or 5xx: "unreachable" in RFC 9309) is an error, so
// that the article is tried again later: it is neither fetched now nor
// marked as blocked for good.
func (r *robots) allowed(ctx context.Context, link string) (bool, error) {
	u, err := url.Parse(link)
	if err != nil {
		return false, fmt.Errorf("watch: bad link: %w", err)
	}
	site := u.Scheme + "://" + u.Host
	for {
		e, err := r.entry(ctx, site)
		if err != nil {
			return false, err
		}
		if e.err != nil {
			if ctx.Err() == nil && (errors.Is(e.err, context.Canceled) || errors.Is(e.err, context.DeadlineExceeded)) {
				continue // the caller that fetched it was stopped, not this one
			}
			return false, e.err
		}
		path := u.EscapedPath()
		if path == "" {
			path = "/"
		}
		if u.RawQuery != "" {
			path += "?" + u.RawQuery
		}
		return e.data.TestAgent(path, robotsAgent), nil
	}
}

// entry returns site's robots.txt, fetching it when it is not cached or
// has expired; callers for one site wait for a single fetch.
func (r *robots) entry(ctx context.Context, site string) (*robotsEntry, error) {
	r.mu.Lock()
	e := r.sites[site]
	if e != nil && e.done() && r.now().After(e.expires) {
		e = nil
	}
	if e != nil {
		r.mu.Unlock()
		select {
		case <-e.ready:
			return e, nil
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	e = &robotsEntry{ready: make(chan struct{})}
	r.sites[site] = e
	r.mu.Unlock()

	e.data, e.err = r.get(ctx, site)
	ttl := robotsTTL
	if e.err != nil {
		ttl = robotsErrorTTL
	}
	e.expires = r.now().Add(ttl)
	if e.err != nil && ctx.Err() != nil {
		// Stopped while fetching: nothing was learnt about the site.
		r.mu.Lock()
		if r.sites[site] == e {
			delete(r.sites, site)
		}
		r.mu.Unlock()
	}
	close(e.ready)
	return e, nil
}

func (r *robots) get(ctx context.Context, site string) (*robotstxt.RobotsData, error) {
	release, err := r.lim.acquire(ctx, hostOf(site))
	if err != nil {
		return nil, err
	}
	defer release()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, site+"/robots.txt", nil)
	if err != nil {
		return nil, fmt.Errorf("watch: robots.txt: %w", err)
	}
	resp, err := r.client.Do(req)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err
		}
		return nil, fmt.Errorf("watch: robots.txt of %s: %w", site, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 500 || resp.StatusCode == http.StatusTooManyRequests {
		// robotstxt reads a 5xx as "disallow everything", which is right
		// for now but would mark the site's articles blocked for good.
		return nil, fmt.Errorf("watch: robots.txt of %s: server answered HTTP %s; its articles wait until it can be read", site, resp.Status)
	}
	body, err := fetch.ReadAll(resp.Body, maxRobots)
	if err != nil {
		return nil, fmt.Errorf("watch: robots.txt of %s: %w", site, err)
	}
	data, err := robotstxt.FromStatusAndBytes(resp.StatusCode, body)
	if err != nil {
		// Unparsable rules are no rules, as crawlers read them.
		return robotstxt.FromStatusAndBytes(http.StatusNotFound, nil)
	}
	return data, nil
}
