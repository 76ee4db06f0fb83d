package clean

import (
	"fmt"
	"strings"
	"testing"
)

// deepPage is an article of n paragraphs inside depth nested wrappers.
func deepPage(wrapper string, depth, n int) string {
	var b strings.Builder
	b.WriteString("<html><body>" + strings.Repeat("<"+wrapper+">", depth))
	for i := range n {
		fmt.Fprintf(&b, "<p>Paragraph %d: the ferry board met again on Monday to weigh the cost of repairs to the north pier.</p>", i)
	}
	b.WriteString(strings.Repeat("</"+wrapper+">", depth) + "</body></html>")
	return b.String()
}

// TestDeepParagraphs: past x/net/html's limit of 512 open elements the page
// is flattened, but its paragraphs must stay apart: quote continuation
// depends on the boundaries.
func TestDeepParagraphs(t *testing.T) {
	tests := []struct {
		name       string
		wrapper    string
		depth, n   int
		wantWarned bool
	}{
		{"300 divs, parsed as is", "div", 300, 3, false},
		{"600 divs", "div", 600, 3, true},
		{"600 divs, 200 paragraphs", "div", 600, 200, true},
		{"2000 sections", "section", 2000, 5, true},
		{"1000 spans", "span", 1000, 4, true},
		{"1000 blockquotes", "blockquote", 1000, 4, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			art, err := Clean(strings.NewReader(deepPage(tc.wrapper, tc.depth, tc.n)), "")
			if err != nil {
				t.Fatalf("Clean: %v", err)
			}
			checkInvariants(t, art)
			if len(art.Paragraphs) != tc.n {
				t.Fatalf("got %d paragraphs, want %d: %q", len(art.Paragraphs), tc.n, art.Paragraphs)
			}
			for i, p := range art.Paragraphs {
				if want := fmt.Sprintf("Paragraph %d: ", i); !strings.HasPrefix(p, want) {
					t.Errorf("paragraph %d is %q, want it to start %q", i, p, want)
				}
			}
			warned := strings.Contains(strings.Join(art.Warnings, "\n"), "parser's limit of 512 elements")
			if warned != tc.wantWarned {
				t.Errorf("got warnings %q, want the 512-limit warning: %v", art.Warnings, tc.wantWarned)
			}
		})
	}
}

func TestFlatten(t *testing.T) {
	tests := []struct {
		name, in string
		limit    int
		want     string
	}{
		{"under the limit", "<div><p>a</p></div>", 2, "<div><p>a</p></div>"},
		{"block past the limit is a break", "<div><div><p>a</p><p>b</p></div></div>", 2, "<div><div><br><br>a<br><br><br><br>b<br><br></div></div>"},
		{"inline past the limit goes", "<div><p><b><i>a</i></b> c</p></div>", 2, "<div><p>a c</p></div>"},
		{"void tags stay", "<div><div><br><img src=x></div></div>", 1, "<div><br><br><br><img src=x><br><br></div>"},
		{"script past the limit goes with its code", "<div><div><script>var q = \"x\";</script>a</div></div>", 1, "<div><br><br>a<br><br></div>"},
		{"style past the limit goes", "<div><style>p{}</style>b</div>", 0, "<br><br>b<br><br>"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := flatten([]byte(tc.in), tc.limit); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
