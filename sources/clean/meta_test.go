package clean

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestJSONLDShapes reads the shapes publishers give the same fields:
// strings, lists, objects, nulls, numbers, @graph, top-level arrays.
func TestJSONLDShapes(t *testing.T) {
	tests := []struct {
		name, ld string
		want     ldFields
	}{
		{"plain", `{"@type":"NewsArticle","headline":"H","author":"Jo Lee","datePublished":"2025-05-07","publisher":"P","inLanguage":"en","url":"/a"}`,
			ldFields{title: "H", author: "Jo Lee", published: "2025-05-07", publisher: "P", language: "en", url: "/a"}},
		{"objects and lists", `{"@type":["Article","Thing"],"name":"N","author":[{"@type":"Person","name":"A"},{"name":["B","A"]},"https://x.example/c"],"publisher":{"name":{"name":"Nested"}}}`,
			ldFields{title: "N", author: "A, B", publisher: "Nested"}},
		{"nulls and numbers", `{"@type":"Report","headline":null,"name":"N","author":null,"datePublished":20250507,"dateCreated":"2024-01-01","articleBody":["first","second"]}`,
			ldFields{title: "N", published: "2024-01-01", body: "first"}},
		{"graph", `{"@graph":[{"@type":"WebSite","name":"Site"},{"@type":"WebPage","name":"Page"},{"@type":"BlogPosting","headline":"Post"}]}`,
			ldFields{title: "Post"}},
		{"web page only", `[{"@type":"WebPage","name":"Page","inLanguage":"de"}]`,
			ldFields{title: "Page", language: "de"}},
		{"cdata", `<![CDATA[{"@type":"NewsArticle","headline":"C"}]]>`, ldFields{title: "C"}},
		{"broken", `{"@type":"NewsArticle","headline":`, ldFields{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			root, err := html.Parse(strings.NewReader(`<script type="application/ld+json">` + tc.ld + `</script>`))
			if err != nil {
				t.Fatal(err)
			}
			if got := readJSONLD(scanPage(root).ldScripts); got != tc.want {
				t.Errorf("got %+v, want %+v", got, tc.want)
			}
		})
	}
}
