package rules

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
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

// manyPeople is an article of about size bytes naming a new person, a new
// institute and "the governor" in every paragraph, so that lookups in the
// registry must not scan everyone named before.
func manyPeople(size int) []string {
	name := func(i int) string {
		b := []byte{'A' + byte(i%26)}
		for n := i/26 + 1; n > 0; n /= 26 {
			b = append(b, 'a'+byte(n%26))
		}
		return string(b)
	}
	var ps []string
	for i, n := 0, 0; n < size; i++ {
		p := "“The plan failed,” said Maria " + name(i) + ", director of the " + name(i+7) + " Institute. " +
			name(i) + " disagreed with Gov. Tom " + name(i+3) + " on Tuesday. The governor said " + name(i+1) + " was wrong."
		ps = append(ps, p)
		n += len(p) + 2
	}
	return ps
}

// BenchmarkExtract5MB times the engine on 5 MB articles of four shapes: the
// golden articles repeated, one huge paragraph full of stray marks, one
// unclosed quote, and a new person in every paragraph (registry lookups).
// A quadratic path would show as minutes, not the fraction of a second that
// the issue asks for; the project checks speed with benchmarks, not timed
// tests, because the machines are shared.
func BenchmarkExtract5MB(b *testing.B) {
	one := strings.Repeat(`He said “the plan “ is ‘late and " also « broken, `, 5<<20/52)
	shapes := []struct {
		name string
		ps   []string
	}{
		{"articles", bigArticle(b, 5<<20)},
		{"one_paragraph", []string{one}},
		{"unclosed_quote", []string{"“" + strings.Repeat("word ", 1<<20)}},
		{"many_people", manyPeople(5 << 20)},
		{"many_people_1MB", manyPeople(1 << 20)}, // a fifth of the size: linear if a fifth of the time
	}
	for _, sh := range shapes {
		b.Run(sh.name, func(b *testing.B) {
			b.SetBytes(int64(len(strings.Join(sh.ps, "\n\n"))))
			for b.Loop() {
				if _, err := New().Extract(context.Background(), sh.ps); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
