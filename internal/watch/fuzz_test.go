package watch

import (
	"net/url"
	"strings"
	"testing"
)

// FuzzCanonical: a canonical link is an absolute http(s) URL without
// tracking parameters or fragment, and canonical already: two spellings of
// one article must meet on one key, whichever feed or run saw them first.
func FuzzCanonical(f *testing.F) {
	for _, s := range []string{"https://news.example/a/1?utm_source=rss&id=2#top", "HTTP://News.Example:80/a?b=1&a=2", "https://x.example?fbclid=1", "https://x.example/%7Euser?q=a+b&q=c"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, link string) {
		c := Canonical(link)
		if c == "" {
			return
		}
		u, err := url.Parse(c)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.Fragment != "" {
			t.Fatalf("Canonical(%q) = %q: not an absolute http(s) URL without fragment", link, c)
		}
		for k := range u.Query() {
			if lk := strings.ToLower(k); strings.HasPrefix(lk, "utm_") || trackingParams[lk] {
				t.Errorf("Canonical(%q) = %q keeps tracking parameter %q", link, c, k)
			}
		}
		if again := Canonical(c); again != c {
			t.Errorf("Canonical is not stable: %q -> %q -> %q", link, c, again)
		}
	})
}
