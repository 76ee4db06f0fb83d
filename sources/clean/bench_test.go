package clean

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
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

// The stages of Clean on the long page, each on its own, for profiles:
// go test -run X -bench Stages -cpuprofile cpu.out.
func BenchmarkStages(b *testing.B) {
	raw, err := os.ReadFile(filepath.Join("testdata", "longread.html"))
	if err != nil {
		b.Fatal(err)
	}
	parsed := func(b *testing.B) *html.Node {
		b.Helper()
		root, err := html.Parse(bytes.NewReader(raw))
		if err != nil {
			b.Fatal(err)
		}
		return root
	}
	page := parsed(b)
	b.Run("parse", func(b *testing.B) {
		b.SetBytes(int64(len(raw)))
		for b.Loop() {
			parsed(b)
		}
	})
	b.Run("metadata", func(b *testing.B) {
		for b.Loop() {
			readMetadata(page, nil)
		}
	})
	b.Run("prune", func(b *testing.B) {
		for b.Loop() {
			b.StopTimer()
			root := cloneTree(page)
			b.StartTimer()
			prune(root)
		}
	})
	pruned := cloneTree(page)
	prune(pruned)
	b.Run("content", func(b *testing.B) {
		for b.Loop() {
			b.StopTimer()
			root := cloneTree(pruned)
			b.StartTimer()
			if contentNode(root, nil) == nil {
				b.Fatal("no content")
			}
		}
	})
	content := contentNode(cloneTree(pruned), nil)
	b.Run("render", func(b *testing.B) {
		for b.Loop() {
			pb := paragraphBuilder{skip: skipper(content)}
			pb.render(content)
		}
	})
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
