package feed

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/whosaid/whosaid/sources/fetch"
)

const rssBody = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Harbour Gazette</title><link>https://gazette.example/</link><ttl>45</ttl>
<item><title>Ferry fares to rise</title><link>/news/ferry?utm_source=rss</link><guid isPermaLink="false">g-1</guid>
<description>The council voted.</description><pubDate>Mon, 02 Mar 2026 10:00:00 GMT</pubDate></item>
<item><title>Bridge closed</title><guid>https://gazette.example/news/bridge</guid></item>
</channel></rss>`

const atomBody = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Valley Courier</title><id>urn:courier</id><updated>2026-03-02T10:00:00Z</updated>
<entry><title>Mill to close</title><id>urn:courier:1</id><link href="https://courier.example/mill"/><updated>2026-03-02T09:00:00Z</updated>
<content type="html">&lt;p&gt;Workers said ...&lt;/p&gt;</content></entry>
</feed>`

const rdfBody = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
<channel rdf:about="https://upland.example/"><title>Upland Weekly</title><link>https://upland.example/</link><description>x</description></channel>
<item rdf:about="https://upland.example/news/quarry"><title>Quarry hearing set</title><link>https://upland.example/news/quarry</link><description>Residents objected.</description></item>
</rdf:RDF>`

const jsonBody = `{"version": "https://jsonfeed.org/version/1.1", "title": "Lakeside Post",
 "items": [{"id": "p-7", "url": "https://post.example/7", "title": "Dam report", "content_text": "Engineers warned."}]}`

func TestParse(t *testing.T) {
	tests := []struct {
		name, body string
		wantTitle  string
		wantTTL    time.Duration
		want       []Item
	}{
		{"rss", rssBody, "Harbour Gazette", 45 * time.Minute, []Item{
			{GUID: "g-1", Link: "https://gazette.example/news/ferry?utm_source=rss", Title: "Ferry fares to rise", Content: "The council voted.",
				Published: time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)},
			{GUID: "https://gazette.example/news/bridge", Title: "Bridge closed"},
		}},
		{"atom", atomBody, "Valley Courier", 0, []Item{
			{GUID: "urn:courier:1", Link: "https://courier.example/mill", Title: "Mill to close", Content: "<p>Workers said ...</p>",
				Published: time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)},
		}},
		{"rss 1.0 (rdf)", rdfBody, "Upland Weekly", 0, []Item{
			{Link: "https://upland.example/news/quarry", Title: "Quarry hearing set", Content: "Residents objected."},
		}},
		{"rss 0.91", `<?xml version="1.0"?><rss version="0.91"><channel><title>Old Town Crier</title><link>https://crier.example/</link><description>x</description>
<item><title>Fair returns</title><link>https://crier.example/fair</link><description>The fair is back.</description></item></channel></rss>`,
			"Old Town Crier", 0, []Item{{Link: "https://crier.example/fair", Title: "Fair returns", Content: "The fair is back."}}},
		{"json feed", jsonBody, "Lakeside Post", 0, []Item{
			{GUID: "p-7", Link: "https://post.example/7", Title: "Dam report", Content: "Engineers warned."},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := Parse(strings.NewReader(tt.body), "https://gazette.example/feed.xml")
			if err != nil {
				t.Fatal(err)
			}
			if f.Title != tt.wantTitle || f.TTL != tt.wantTTL {
				t.Errorf("got title %q, ttl %v; want %q, %v", f.Title, f.TTL, tt.wantTitle, tt.wantTTL)
			}
			if len(f.Items) != len(tt.want) {
				t.Fatalf("got %d items, want %d", len(f.Items), len(tt.want))
			}
			for i, w := range tt.want {
				g := f.Items[i]
				g.Content = strings.TrimSpace(g.Content)
				if g != w {
					t.Errorf("item %d: got %+v, want %+v", i, g, w)
				}
			}
		})
	}
}

func TestParseMalformed(t *testing.T) {
	for name, body := range map[string]string{
		"truncated rss": `<?xml version="1.0"?><rss version="2.0"><channel><title>Cut`,
		"html page":     `<!DOCTYPE html><html><body><p>Not a feed</p></body></html>`,
		"empty":         ``,
		"binary":        "\x89PNG\r\n\x1a\n\x00\x00",
	} {
		t.Run(name, func(t *testing.T) {
			if _, err := Parse(strings.NewReader(body), "https://x.example/"); !errors.Is(err, ErrMalformed) {
				t.Errorf("got %v, want ErrMalformed", err)
			}
		})
	}
}

func client() *http.Client {
	o := fetch.DefaultOptions()
	o.AllowPrivate = true
	return fetch.New(o).HTTPClient()
}

func TestFetchConditional(t *testing.T) {
	var mu sync.Mutex
	var seen []http.Header
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		seen = append(seen, r.Header.Clone())
		mu.Unlock()
		if r.Header.Get("If-None-Match") == `"v1"` || r.Header.Get("If-Modified-Since") == "Mon, 02 Mar 2026 10:00:00 GMT" {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Last-Modified", "Mon, 02 Mar 2026 10:00:00 GMT")
		w.Header().Set("Cache-Control", "public, max-age=600")
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write([]byte(rssBody))
	}))
	defer srv.Close()
	f := &Fetcher{Client: client()}
	ctx := context.Background()

	res, err := f.Fetch(ctx, Request{URL: srv.URL})
	if err != nil {
		t.Fatal(err)
	}
	if res.NotModified || res.Feed == nil || len(res.Feed.Items) != 2 || res.ETag != `"v1"` || res.MaxAge != 10*time.Minute {
		t.Fatalf("first fetch: got %+v", res)
	}
	for _, req := range []Request{
		{URL: srv.URL, ETag: res.ETag},
		{URL: srv.URL, LastModified: res.LastModified},
	} {
		res2, err := f.Fetch(ctx, req)
		if err != nil {
			t.Fatal(err)
		}
		if !res2.NotModified || res2.Feed != nil || res2.ETag != req.ETag {
			t.Errorf("conditional fetch %+v: got %+v, want 304 with the validators kept", req, res2)
		}
	}
	mu.Lock()
	defer mu.Unlock()
	if seen[0].Get("If-None-Match") != "" || seen[1].Get("If-None-Match") != `"v1"` || seen[2].Get("If-Modified-Since") == "" {
		t.Errorf("validators sent: got %v / %v / %v", seen[0], seen[1], seen[2])
	}
}

func TestFetchErrors(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/busy":
			w.Header().Set("Retry-After", "120")
			http.Error(w, "busy", http.StatusServiceUnavailable)
		case "/big":
			w.Write([]byte(strings.Repeat("<!-- padding -->", 1000)))
		case "/bad":
			w.Write([]byte("<html>no feed</html>"))
		}
	}))
	defer srv.Close()
	f := &Fetcher{Client: client(), MaxBytes: 4096}
	ctx := context.Background()

	_, err := f.Fetch(ctx, Request{URL: srv.URL + "/busy"})
	var he *HTTPError
	if !errors.As(err, &he) || he.StatusCode != 503 || he.RetryAfter != 2*time.Minute {
		t.Errorf("busy: got %v, want HTTPError 503 with Retry-After 2m", err)
	}
	if _, err := f.Fetch(ctx, Request{URL: srv.URL + "/big"}); !errors.Is(err, fetch.ErrTooLarge) {
		t.Errorf("big: got %v, want ErrTooLarge", err)
	}
	if _, err := f.Fetch(ctx, Request{URL: srv.URL + "/bad"}); !errors.Is(err, ErrMalformed) {
		t.Errorf("bad: got %v, want ErrMalformed", err)
	}
	if _, err := f.Fetch(ctx, Request{URL: "file:///etc/passwd"}); !errors.Is(err, fetch.ErrScheme) {
		t.Errorf("file URL: got %v, want ErrScheme", err)
	}
	// The hardened client refuses loopback unless allowed.
	strict := &Fetcher{Client: fetch.New(fetch.DefaultOptions()).HTTPClient()}
	if _, err := strict.Fetch(ctx, Request{URL: srv.URL + "/busy"}); !errors.Is(err, fetch.ErrPrivateAddress) {
		t.Errorf("loopback without AllowPrivate: got %v, want ErrPrivateAddress", err)
	}
}

func TestMaxAgeAndRetryAfter(t *testing.T) {
	now := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	date := now.Format(http.TimeFormat)
	tests := []struct {
		name string
		h    http.Header
		want time.Duration
	}{
		{"max-age", http.Header{"Cache-Control": {"public, max-age=300"}}, 5 * time.Minute},
		{"s-maxage wins", http.Header{"Cache-Control": {"s-maxage=600, max-age=60"}}, 10 * time.Minute},
		{"no-cache", http.Header{"Cache-Control": {"no-cache, max-age=300"}}, 0},
		{"expires", http.Header{"Date": {date}, "Expires": {now.Add(time.Hour).Format(http.TimeFormat)}}, time.Hour},
		{"expires past", http.Header{"Date": {date}, "Expires": {now.Add(-time.Hour).Format(http.TimeFormat)}}, 0},
		{"none", http.Header{}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := maxAge(tt.h, now); got != tt.want {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
	if got := retryAfter(now.Add(90*time.Second).Format(http.TimeFormat), now); got != 90*time.Second {
		t.Errorf("Retry-After date: got %v, want 1m30s", got)
	}
	if got := retryAfter("soon", now); got != 0 {
		t.Errorf("Retry-After garbage: got %v, want 0", got)
	}
}

func TestReadList(t *testing.T) {
	tests := []struct {
		name, in string
		want     []Entry
		wantErr  bool
	}{
		{"lines", "# my feeds\nhttps://a.example/rss\n\n  https://b.example/atom.xml  \nhttps://a.example/rss\n",
			[]Entry{{URL: "https://a.example/rss"}, {URL: "https://b.example/atom.xml"}}, false},
		{"opml", `<?xml version="1.0"?><opml version="2.0"><head><title>Subs</title></head><body>
<outline text="News"><outline text="Gazette" title="Harbour Gazette" type="rss" xmlUrl="https://a.example/rss"/>
<outline text="Courier" type="rss" xmlUrl="https://b.example/atom.xml"/></outline></body></opml>`,
			[]Entry{{URL: "https://a.example/rss", Name: "Harbour Gazette"}, {URL: "https://b.example/atom.xml", Name: "Courier"}}, false},
		{"bad line", "https://a.example/rss\n/etc/passwd\n", nil, true},
		{"opml bad url", `<opml><body><outline text="x" xmlUrl="ftp://a.example/rss"/></body></opml>`, nil, true},
		{"not opml", `<rss><channel/></rss>`, nil, true},
		{"broken xml", `<opml><body><outline`, nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ReadList(strings.NewReader(tt.in))
			if tt.wantErr {
				if !errors.Is(err, ErrList) {
					t.Errorf("got %v, %v; want ErrList", got, err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %+v, want %+v", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("entry %d: got %+v, want %+v", i, got[i], tt.want[i])
				}
			}
		})
	}
}
