package clean

import (
	"github.com/whosaid/whosaid/sources"

	"strings"
	"testing"
)

// TestVisibleDateLines: a page with no date in its markup still gives the
// date (and the By-line's name) its reader sees, and the line itself stays
// out of the text.
func TestVisibleDateLines(t *testing.T) {
	tests := []struct {
		name, head        string
		published, byline string
		gone              string // the line must not reach the text
	}{
		{"Published: in a paragraph", `<p>Published: 7 May 2025</p>`, "2025-05-07T00:00:00Z", "", "Published"},
		{"Updated in a span", `<p><span>Updated March 8, 2025 10:15 a.m.</span></p>`, "2025-03-08T00:00:00Z", "", "Updated"},
		{"By-line with a date in a meta div", `<div class="meta">By Jo Lee | 9 June 2025</div>`, "2025-06-09T00:00:00Z", "Jo Lee", "Jo Lee"},
		{"By-line with two names", `<p>By Ana Ruiz and Tom Hale, Staff Writers · Sept. 2, 2024</p>`, "2024-09-02T00:00:00Z", "Ana Ruiz and Tom Hale", "Staff Writers"},
		{"By-line with a dash", `<div>By Moira O'Neill - 2025-02-11</div>`, "2025-02-11T00:00:00Z", "Moira O'Neill", "Moira"},
		{"bare date with weekday", `<div>Tuesday, 6 May 2025</div>`, "2025-05-06T00:00:00Z", "", "Tuesday"},
		{"Last updated on", `<p>Last updated on 30 Nov 2025</p>`, "2025-11-30T00:00:00Z", "", "Last updated"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			art := cleanArticle(t, tc.head)
			if art.Published != tc.published {
				t.Errorf("got published %q, want %q", art.Published, tc.published)
			}
			if art.Byline != tc.byline {
				t.Errorf("got byline %q, want %q", art.Byline, tc.byline)
			}
			if strings.Contains(art.Text(), tc.gone) {
				t.Errorf("got text with the date line (%q):\n%s", tc.gone, art.Text())
			}
		})
	}
}

// TestDateLinesNotMisread: prose and sentences that happen to hold dates
// or open with "By" give no date or byline.
func TestDateLinesNotMisread(t *testing.T) {
	tests := []struct{ name, head string }{
		{"sentence opening with By", `<p>By Monday, 3 March 2025, the channel had closed.</p>`},
		{"long prose with a date", `<p>Published accounts from 2 June 2014 show that the harbour board spent far more on dredging that year than on any other item, a pattern repeated for a decade.</p>`},
		{"By-line without a date", `<p>By Jo Lee</p>`},
		{"date in a script", `<script>var published = "Published: 7 May 2025";</script>`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			art := cleanArticle(t, tc.head)
			if art.Published != "" || art.Byline != "" {
				t.Errorf("got published %q byline %q, want neither", art.Published, art.Byline)
			}
		})
	}
}

// The markup's date wins over a visible line.
func TestDateLineAfterMarkup(t *testing.T) {
	art := cleanArticle(t, `<meta property="article:published_time" content="2025-04-01T08:00:00Z"><div class="meta">By Jo Lee | 9 June 2025</div>`)
	if want := "2025-04-01T08:00:00Z"; art.Published != want {
		t.Errorf("got published %q, want %q from the meta tag", art.Published, want)
	}
}

func TestReadDateLine(t *testing.T) {
	tests := []struct{ line, published, byline string }{
		{"Published: 7 May 2025", "2025-05-07T00:00:00Z", ""},
		{"Posted on Jan. 4, 2024", "2024-01-04T00:00:00Z", ""},
		{"Date: 2023-12-31", "2023-12-31T00:00:00Z", ""},
		{"By Jo Lee | 9 June 2025", "2025-06-09T00:00:00Z", "Jo Lee"},
		{"BY KEMI ADEYEMI | 9 June 2025", "2025-06-09T00:00:00Z", "KEMI ADEYEMI"},
		{"By Luis de la Vega, 9 June 2025", "2025-06-09T00:00:00Z", "Luis de la Vega"},
		{"9 June 2025", "2025-06-09T00:00:00Z", ""},
		{"Updated 10:15 a.m.", "", ""},
		{"The council met on 9 June 2025.", "", ""},
		{"Photo: 9 June 2025", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.line, func(t *testing.T) {
			p, b := readDateLine(tc.line)
			if p != tc.published || b != tc.byline {
				t.Errorf("got (%q, %q), want (%q, %q)", p, b, tc.published, tc.byline)
			}
		})
	}
}

// cleanArticle cleans a page with no metadata but what head adds, above
// the story.
func cleanArticle(t *testing.T, head string) *sources.Article {
	t.Helper()
	page := `<html><body><article><h1>Harbour channel to be dredged</h1>` + head + story + `</article></body></html>`
	art, err := Clean(strings.NewReader(page), "")
	if err != nil {
		t.Fatalf("Clean: %v", err)
	}
	checkInvariants(t, art)
	return art
}
