package feed

import (
	"net/url"
	"strings"
	"testing"
)

// FuzzParse: any body gives a feed or ErrMalformed, never a panic, and
// every item link is absolute (so a feed cannot name a local file).
func FuzzParse(f *testing.F) {
	for _, s := range []string{rssBody, atomBody, jsonBody, `<rss><channel><item><link>../x</link></item></channel></rss>`, `{"version":"https://jsonfeed.org/version/1","items":[{}]}`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, body string) {
		feed, err := Parse(strings.NewReader(body), "https://gazette.example/feeds/a.xml")
		if err != nil {
			return
		}
		for _, it := range feed.Items {
			if it.Link == "" {
				continue
			}
			if u, err := url.Parse(it.Link); err != nil || !u.IsAbs() {
				t.Errorf("item link %q is not absolute", it.Link)
			}
		}
	})
}

// FuzzReadList: a feeds file gives distinct http(s) URLs only, or ErrList.
func FuzzReadList(f *testing.F) {
	for _, s := range []string{"https://a.example/rss\n# c\n", `<opml><body><outline xmlUrl="https://a.example/rss"/></body></opml>`, "file:///etc/passwd"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		list, err := ReadList(strings.NewReader(in))
		if err != nil {
			return
		}
		seen := map[string]bool{}
		for _, e := range list {
			u, err := url.Parse(e.URL)
			if err != nil || u.Host == "" || !strings.EqualFold(u.Scheme, "http") && !strings.EqualFold(u.Scheme, "https") {
				t.Errorf("entry %q is not an http(s) URL", e.URL)
			}
			if seen[e.URL] {
				t.Errorf("entry %q listed twice", e.URL)
			}
			seen[e.URL] = true
		}
	})
}
