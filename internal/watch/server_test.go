package watch

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/whosaid/whosaid/sources/feed"
)

// newsSite is a small news site on loopback: feeds under /feeds/NAME.xml,
// articles under /news/..., a robots.txt, and hooks to make things fail.
type newsSite struct {
	t   testing.TB
	srv *httptest.Server

	mu       sync.Mutex
	feeds    map[string][]string // feed name -> article paths, newest last
	bodies   map[string]string   // path -> raw body served as is (malformed feeds)
	failures map[string]int      // path -> 500 answers still to give
	robots   string
	// robotsCode, when set, is the status robots.txt answers with.
	robotsCode int
	// ttl, when set, is the <ttl> (minutes) of every generated feed.
	ttl      int
	hits     map[string]int
	starts   []time.Time // start of every request, in order
	inFlight int
	maxPar   int
}

func newNewsSite(t testing.TB) *newsSite {
	t.Helper()
	s := &newsSite{t: t, feeds: map[string][]string{}, bodies: map[string]string{},
		failures: map[string]int{}, hits: map[string]int{}}
	s.srv = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.srv.Close)
	return s
}

func (s *newsSite) url(path string) string { return s.srv.URL + path }

// addArticles adds n articles to feed and returns their paths.
func (s *newsSite) addArticles(feed string, n int) []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	var paths []string
	for range n {
		p := fmt.Sprintf("/news/%s/%d", feed, len(s.feeds[feed])+1)
		s.feeds[feed] = append(s.feeds[feed], p)
		paths = append(paths, p)
	}
	return paths
}

func (s *newsSite) setBody(path, body string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.bodies[path] = body
}

func (s *newsSite) failNext(path string, n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.failures[path] = n
}

func (s *newsSite) setRobots(r string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.robots = r
}

func (s *newsSite) setRobotsCode(code int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.robotsCode = code
}

func (s *newsSite) setTTL(minutes int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.ttl = minutes
}

func (s *newsSite) hitCount(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[path]
}

// articleHits counts requests for article pages.
func (s *newsSite) articleHits() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for p, c := range s.hits {
		if strings.HasPrefix(p, "/news/") {
			n += c
		}
	}
	return n
}

func (s *newsSite) serve(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	s.hits[r.URL.Path]++
	s.starts = append(s.starts, time.Now())
	s.inFlight++
	s.maxPar = max(s.maxPar, s.inFlight)
	fail := s.failures[r.URL.Path] > 0
	if fail {
		s.failures[r.URL.Path]--
	}
	body, raw := s.bodies[r.URL.Path]
	robots, robotsCode, ttl := s.robots, s.robotsCode, s.ttl
	var items []string
	name, isFeed := strings.CutPrefix(r.URL.Path, "/feeds/")
	if isFeed {
		items = append(items, s.feeds[strings.TrimSuffix(name, ".xml")]...)
	}
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		s.inFlight--
		s.mu.Unlock()
	}()

	switch {
	case fail:
		http.Error(w, "the newsroom server is having a bad day", http.StatusInternalServerError)
	case raw:
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, body)
	case r.URL.Path == "/robots.txt" && robotsCode != 0:
		http.Error(w, "robots.txt is having a bad day", robotsCode)
	case r.URL.Path == "/robots.txt":
		if robots == "" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/plain")
		fmt.Fprint(w, robots)
	case isFeed:
		feed := rssFeed(s.srv.URL, strings.TrimSuffix(name, ".xml"), items, ttl)
		sum := sha256.Sum256([]byte(feed))
		etag := `"` + hex.EncodeToString(sum[:8]) + `"`
		w.Header().Set("ETag", etag)
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, feed)
	case strings.HasPrefix(r.URL.Path, "/news/"):
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, articlePage(r.URL.Path))
	default:
		http.NotFound(w, r)
	}
}

// rssFeed lists the articles newest first, with GUIDs, as most feeds do;
// ttl > 0 adds a <ttl>.
func rssFeed(base, name string, paths []string, ttl int) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Harbour Gazette: %s</title><link>%s/</link><description>Local news</description>
`, name, base)
	if ttl > 0 {
		fmt.Fprintf(&b, "<ttl>%d</ttl>\n", ttl)
	}
	for i := len(paths) - 1; i >= 0; i-- {
		p := paths[i]
		fmt.Fprintf(&b, "<item><title>Story %s</title><link>%s%s?utm_source=rss&amp;utm_medium=feed</link><guid isPermaLink=\"false\">gazette-%s</guid><description>Council news.</description></item>\n",
			html.EscapeString(p), base, p, html.EscapeString(p))
	}
	b.WriteString("</channel></rss>\n")
	return b.String()
}

// articlePage is a news story with quotes the rule engine finds.
func articlePage(path string) string {
	return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Ferry fares to rise in Port Aldine</title></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Ferry fares to rise in Port Aldine</h1>
<p class="byline">By Tomas Reyes</p>
<p>The harbour council voted on Tuesday to raise ferry fares by a fifth from March, the first increase in six years (story ` + html.EscapeString(path) + `).</p>
<p>"We held the line for as long as we could, but fuel has doubled and the boats are old," said Elena Varga, the council's transport chair.</p>
<p>Varga said the extra money would go to two new engines for the night crossing.</p>
<p>Commuters were less patient. "Every winter it is the same story: more money, fewer sailings," said Jonas Albrecht, who crosses to the mainland each morning.</p>
<p>According to the ferry workers' union, the council has cut three crossings since last spring.</p>
</article><footer>Harbour Gazette</footer></body></html>`
}

func fmtHTTPError(retry time.Duration) error {
	return &feed.HTTPError{StatusCode: 503, Status: "503 Service Unavailable", RetryAfter: retry}
}
