package watch

import (
	"strings"
	"testing"

	"github.com/whosaid/whosaid/sources/feed"
)

func TestCanonical(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"utm removed", "https://news.example/a/1?utm_source=rss&utm_medium=feed", "https://news.example/a/1"},
		{"other tracking removed, rest sorted", "https://news.example/a?id=7&fbclid=x&b=2&gclid=y", "https://news.example/a?b=2&id=7"},
		{"fragment dropped", "https://news.example/a#comments", "https://news.example/a"},
		{"host and scheme lowered, default port dropped", "HTTPS://News.Example:443/A", "https://news.example/A"},
		{"other port kept", "http://news.example:8080/a", "http://news.example:8080/a"},
		{"empty path is root", "https://news.example", "https://news.example/"},
		{"upper-case UTM", "https://news.example/a?UTM_Campaign=z", "https://news.example/a"},
		{"relative refused", "/news/1", ""},
		{"file refused", "file:///etc/passwd", ""},
		{"javascript refused", "javascript:alert(1)", ""},
		{"bare port refused", "HTTP://:80", ""},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Canonical(tt.in); got != tt.want {
				t.Errorf("Canonical(%q): got %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestIdentity(t *testing.T) {
	const f = "https://news.example/rss"
	tests := []struct {
		name              string
		item              feed.Item
		wantKey, wantLink string
	}{
		{"guid scoped to feed", feed.Item{GUID: "1234", Link: "https://news.example/a?utm_source=x"}, "guid:" + f + "#1234", "https://news.example/a"},
		{"URL guid is global", feed.Item{GUID: "https://news.example/a", Link: "https://news.example/a"}, "guid:https://news.example/a", "https://news.example/a"},
		{"permalink guid gives the link", feed.Item{GUID: "https://news.example/b"}, "guid:https://news.example/b", "https://news.example/b"},
		{"link without guid", feed.Item{Link: "https://news.example/c?utm_medium=rss#x"}, "link:https://news.example/c", "https://news.example/c"},
		{"neither: hash", feed.Item{Title: "Council votes", Content: "The council voted."}, "hash:", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			key, link := Identity(f, tt.item)
			if !strings.HasPrefix(key, tt.wantKey) || (tt.wantKey != "hash:" && key != tt.wantKey) || link != tt.wantLink {
				t.Errorf("got key %q, link %q; want %q, %q", key, link, tt.wantKey, tt.wantLink)
			}
		})
	}
	a, _ := Identity(f, feed.Item{Title: "Council votes", Content: "The council voted."})
	b, _ := Identity(f, feed.Item{Title: "Council votes", Content: "The council voted again."})
	c, _ := Identity("https://other.example/feed", feed.Item{Title: "Council votes", Content: "The council voted."})
	if a == b {
		t.Errorf("different content, same hash key %q", a)
	}
	if a != c {
		t.Errorf("same title and content: got keys %q and %q, want one", a, c)
	}
}
