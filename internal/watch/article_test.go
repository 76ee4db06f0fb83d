package watch

import (
	"context"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/extractor"
	"github.com/whosaid/whosaid/internal/store"
)

// TestItemWithoutLinkUsesFeedContent: an item with no link (known by its
// GUID, or by the hash of its title and content) is extracted from the
// content the feed carries, once; one with neither link nor content is
// given up at once.
func TestItemWithoutLinkUsesFeedContent(t *testing.T) {
	site := newNewsSite(t)
	db := openStore(t)
	site.setBody("/feeds/briefs.xml", `<?xml version="1.0"?><rss version="2.0"><channel><title>Briefs</title>
<item><title>Quay lights</title><guid isPermaLink="false">brief-7</guid><description>&lt;p&gt;The harbour board voted to replace the quay lights.&lt;/p&gt;&lt;p&gt;"The old lamps have been failing for years," said Marta Kovacs, the harbour master.&lt;/p&gt;</description></item>
<item><title>Market hours</title><description>"We open an hour earlier from May," said Ilse Brandt, who runs the fish market.</description></item>
<item><title>Headline only</title></item>
</channel></rss>`)
	feedURL := site.url("/feeds/briefs.xml")
	opts := testOptions(t, db, Feed{URL: feedURL})
	for run := range 2 {
		st, err := once(t, opts)
		if err != nil {
			t.Fatalf("run %d: %v", run+1, err)
		}
		if run == 0 && (st.NewArticles != 3 || st.Done != 2 || st.Failed != 1) {
			t.Errorf("run 1: got %+v, want 3 new, 2 done from the feed's content, 1 failed", st)
		}
		if run == 1 && (st.NewArticles != 0 || st.Done != 0 || st.Failed != 0) {
			t.Errorf("run 2: got %+v, want nothing new, done or failed", st)
		}
	}
	docs := storedDocs(t, db)
	if len(docs) != 2 {
		t.Fatalf("stored: got %d documents, want 2", len(docs))
	}
	wantSpeakers := map[string]string{feedURL + "#brief-7": "Marta Kovacs"}
	for _, d := range docs {
		if !strings.HasPrefix(d.Doc.Source, feedURL+"#") || d.Doc.URL != "" {
			t.Errorf("document source %q, url %q; want the feed's URL with the item's id, and no url", d.Doc.Source, d.Doc.URL)
		}
		if d.Doc.Title == "" {
			t.Errorf("%s: no title, want the item's", d.Doc.Source)
		}
		found := false
		for _, q := range d.Doc.Quotes {
			if q.Type == extractor.Direct && (strings.Contains(q.Quote, "years") || strings.Contains(q.Quote, "hour earlier")) {
				found = true
				if want, ok := wantSpeakers[d.Doc.Source]; ok && q.Speaker != want {
					t.Errorf("%s: got speaker %q, want %q", d.Doc.Source, q.Speaker, want)
				}
			}
		}
		if !found {
			t.Errorf("%s: got quotes %+v, want the item's direct quote", d.Doc.Source, d.Doc.Quotes)
		}
	}
	c, err := db.Counts(context.Background(), "")
	if err != nil || c[store.Failed] != 1 {
		t.Errorf("counts: got %v, %v; want the headline-only item failed", c, err)
	}
}
