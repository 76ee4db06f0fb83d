package clean

import (
	"strings"
	"testing"
)

func TestIsBoilerName(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"share-bar", true},
		{"article share", true},
		{"newsCaption", true}, // camelCase words count
		{"readMore", true},
		{"read_more", false}, // read-?more joins with a dash or nothing
		{"pull_quote", true},
		{"shared-content", false},
		{"adventure", false},
		{"story-body", false},
		{"AD", true},
		{"ſhare", true}, // ſ folds to s
		{"", false},
	}
	for _, tc := range tests {
		if got := isBoilerName(tc.name); got != tc.want {
			t.Errorf("isBoilerName(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// FuzzBoilerName checks that the word lookup gives what the regular
// expressions it stands in for give.
func FuzzBoilerName(f *testing.F) {
	for _, words := range boilerWords {
		for _, w := range words {
			f.Add(w)
			f.Add("x-" + strings.ToUpper(w) + " y")
		}
	}
	f.Add("mostPopular_list")
	f.Add("screen-readerText")
	f.Fuzz(func(t *testing.T, name string) {
		want := rxBoilerplate.MatchString(rxCamel.ReplaceAllString(name, "$1-$2"))
		if got := isBoilerName(name); got != want {
			t.Errorf("isBoilerName(%q) = %v, the expression says %v", name, got, want)
		}
	})
}

// FuzzHiddenStyle checks the shortcut before rxHiddenStyle: a style that
// holds neither "none" nor "hidden" cannot match it.
func FuzzHiddenStyle(f *testing.F) {
	f.Add("display: none")
	f.Add("VISIBILITY:HIDDEN")
	f.Add("diſplay:none")
	f.Fuzz(func(t *testing.T, style string) {
		if rxHiddenStyle.MatchString(style) && !hasFold(style, "none") && !hasFold(style, "hidden") {
			t.Errorf("%q is hidden but has neither word", style)
		}
	})
}
