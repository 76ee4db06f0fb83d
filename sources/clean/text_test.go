package clean

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
)

// TestSplitParagraphsShortcut holds the shortcut of splitParagraphs (a
// paragraph that needs no change is returned as it is) to the word by word
// way.
func TestSplitParagraphsShortcut(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	parts := []string{"a", "bc", " ", "  ", "\n", "\n\n", " \n ", "é"}
	for range 50000 {
		var b strings.Builder
		for range rng.Intn(10) {
			b.WriteString(parts[rng.Intn(len(parts))])
		}
		raw := b.String()
		if got, want := splitParagraphs(raw), splitRuns(raw); !slices.Equal(got, want) {
			t.Fatalf("splitParagraphs(%q) = %q, want %q", raw, got, want)
		}
	}
}
