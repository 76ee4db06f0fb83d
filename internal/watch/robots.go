package watch

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"sync"

	"github.com/temoto/robotstxt"

	"github.com/whosaid/whosaid/sources/fetch"
)

// robotsAgent is the product token matched against robots.txt groups.
const robotsAgent = "whosaid"

// maxRobots caps a robots.txt (Google reads 500 KiB).
const maxRobots = 512 << 10

// robots caches each site's robots.txt for the run.
type robots struct {
	client *http.Client
	lim    *limiter

	mu    sync.Mutex
	sites map[string]*robotsEntry // scheme://host
}

type robotsEntry struct {
	once sync.Once
	data *robotstxt.RobotsData
	err  error
}

func newRobots(c *http.Client, lim *limiter) *robots {
	return &robots{client: c, lim: lim, sites: map[string]*robotsEntry{}}
}

// allowed reports whether robots.txt lets the job fetch link. A robots.txt
// that is missing (4xx) allows everything, one that fails (5xx) allows
// nothing (robotstxt.FromStatusAndBytes); one that cannot be fetched is an
// error, so the article is tried again later.
func (r *robots) allowed(ctx context.Context, link string) (bool, error) {
	u, err := url.Parse(link)
	if err != nil {
		return false, fmt.Errorf("watch: bad link: %w", err)
	}
	site := u.Scheme + "://" + u.Host
	r.mu.Lock()
	e := r.sites[site]
	if e == nil {
		e = &robotsEntry{}
		r.sites[site] = e
	}
	r.mu.Unlock()
	e.once.Do(func() { e.data, e.err = r.get(ctx, site) })
	if e.err != nil {
		if ctx.Err() == nil {
			return false, e.err
		}
		// This caller's context ended while fetching it: let a later
		// caller try afresh.
		r.mu.Lock()
		if r.sites[site] == e {
			delete(r.sites, site)
		}
		r.mu.Unlock()
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
		return nil, fmt.Errorf("watch: robots.txt of %s: %w", site, err)
	}
	defer resp.Body.Close()
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
