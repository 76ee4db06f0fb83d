package clean

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func BenchmarkClean(b *testing.B) {
	for _, tc := range goldenPages {
		raw, err := os.ReadFile(filepath.Join("testdata", tc.name+".html"))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(tc.name, func(b *testing.B) {
			b.SetBytes(int64(len(raw)))
			for b.Loop() {
				if _, err := Clean(bytes.NewReader(raw), tc.url); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkDeepNesting times pages past x/net/html's nesting limit, which
// are parsed twice (the second time flattened). Speed is checked here, not
// in TestDeepNesting: timed tests fail on shared, loaded machines.
func BenchmarkDeepNesting(b *testing.B) {
	for _, tag := range []string{"div", "span", "blockquote", "table"} {
		page := []byte("<html><body>" + strings.Repeat("<"+tag+">", 10000) +
			"<p>The mayor said the bridge would reopen in June.</p>" +
			strings.Repeat("</"+tag+">", 10000) + "</body></html>")
		b.Run(tag, func(b *testing.B) {
			b.SetBytes(int64(len(page)))
			for b.Loop() {
				if _, err := Clean(bytes.NewReader(page), ""); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
