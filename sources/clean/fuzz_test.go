package clean

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzClean checks that no input panics and that every article keeps the
// paragraph contract: non-empty, trimmed, collapsed, no paragraph break
// inside, valid UTF-8, and a warning when there is no text.
func FuzzClean(f *testing.F) {
	for _, tc := range goldenPages {
		raw, err := os.ReadFile(filepath.Join("testdata", tc.name+".html"))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(raw))
	}
	f.Add("<p>a<br><br>b<br>c</p>")
	f.Add("<div>\xff\xfe<p>\u00a0x\u2028y</p></div>")
	f.Add(strings.Repeat("<div>", 600) + "deep")
	f.Add(`<script type="application/ld+json">{"@type":"NewsArticle","articleBody":"x\n\ny"}</script>`)
	f.Fuzz(func(t *testing.T, page string) {
		art, err := Clean(strings.NewReader(page), "https://example.com/a")
		if err != nil {
			if !strings.HasPrefix(err.Error(), "clean: ") {
				t.Errorf("error %q lacks the clean: prefix", err)
			}
			return
		}
		checkInvariants(t, art)
	})
}
