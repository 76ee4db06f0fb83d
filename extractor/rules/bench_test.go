package rules

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// bigArticle repeats the golden articles, with some stray quote marks mixed
// in, until the text is about size bytes.
func bigArticle(tb testing.TB, size int) []string {
	tb.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil || len(files) == 0 {
		tb.Fatalf("no articles in testdata: %v", err)
	}
	var base []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		base = append(base, paragraphs(string(b))...)
	}
	base = append(base, `A stray “ mark and a stray " mark, a ‘ and a « that never close, Lopez said.`)
	var ps []string
	n := 0
	for n < size {
		for _, p := range base {
			ps = append(ps, p)
			n += len(p) + 2
		}
	}
	return ps
}

func BenchmarkExtract5MB(b *testing.B) {
	ps := bigArticle(b, 5<<20)
	b.SetBytes(int64(len(strings.Join(ps, "\n\n"))))
	b.ResetTimer()
	for b.Loop() {
		if _, err := New().Extract(context.Background(), ps); err != nil {
			b.Fatal(err)
		}
	}
}

// TestLinear checks that the engine stays well under a second on a 5 MB
// article, including one huge paragraph full of stray marks.
func TestLinear(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("timing test: not in -short or -race runs")
	}
	one := strings.Repeat(`He said “the plan “ is ‘late and " also « broken, `, 5<<20/52)
	for name, ps := range map[string][]string{
		"articles":       bigArticle(t, 5<<20),
		"one paragraph":  {one},
		"unclosed quote": {"“" + strings.Repeat("word ", 1<<20)},
	} {
		t.Run(name, func(t *testing.T) {
			start := time.Now()
			if _, err := New().Extract(context.Background(), ps); err != nil {
				t.Fatal(err)
			}
			// The bound is generous (shared cores, -race): it catches quadratic
			// behavior, which would take minutes; BenchmarkExtract5MB measures.
			if d := time.Since(start); d > 10*time.Second {
				t.Errorf("got %v for 5 MB, want well under a second", d)
			}
		})
	}
}
