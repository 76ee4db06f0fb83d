package sources

import (
	"reflect"
	"strings"
	"testing"
	"unicode"
)

func TestFromText(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"two paragraphs", "One line.\n\nTwo line.", []string{"One line.", "Two line."}},
		{"line breaks inside a paragraph", "The council met\non Tuesday and\nvoted.", []string{"The council met on Tuesday and voted."}},
		{"CRLF", "First,\r\nstill first.\r\n\r\nSecond.\r\n", []string{"First, still first.", "Second."}},
		{"old Mac CR", "First.\r\rSecond.", []string{"First.", "Second."}},
		{"blank line of spaces and tabs", "A.\n \t \nB.", []string{"A.", "B."}},
		{"many blank lines", "\n\n\nA.\n\n\n\n\nB.\n\n\n", []string{"A.", "B."}},
		{"white space collapsed", "  Lots   of\t\tspace\u00a0here.  ", []string{"Lots of space here."}},
		{"BOM dropped", "\uFEFFHello.", []string{"Hello."}},
		{"quotes kept", "“We start again,” she said.\n\n\"Next.\"", []string{"“We start again,” she said.", "\"Next.\""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := FromText("notes.txt", tt.in)
			if !reflect.DeepEqual(a.Paragraphs, tt.want) {
				t.Errorf("got %q, want %q", a.Paragraphs, tt.want)
			}
			if a.Source != "notes.txt" || a.Title != "" || a.URL != "" || len(a.Warnings) != 0 {
				t.Errorf("got %+v, want only Source and Paragraphs set", a)
			}
		})
	}
}

func TestFromTextEmpty(t *testing.T) {
	for _, in := range []string{"", "\n\n", "   \t\r\n"} {
		a := FromText("-", in)
		if len(a.Paragraphs) != 0 || len(a.Warnings) != 1 {
			t.Errorf("FromText(%q) = %q, warnings %q; want no paragraphs and one warning", in, a.Paragraphs, a.Warnings)
		}
	}
}

func TestFromTextFile(t *testing.T) {
	a := FromText("article.txt", string(readTestdata(t, "article.txt")))
	if len(a.Paragraphs) != 3 {
		t.Fatalf("got %d paragraphs %q, want 3", len(a.Paragraphs), a.Paragraphs)
	}
	want := `"We cannot ask a nurse who commutes twice a day to pay for the council's mistakes," said Tomas Ruelle.`
	if a.Paragraphs[2] != want {
		t.Errorf("got %q, want %q", a.Paragraphs[2], want)
	}
}

// FuzzFromText checks the Article contract on any input: paragraphs are
// trimmed, non-empty, without line breaks or runs of white space, and
// the text splits back into the same paragraphs.
func FuzzFromText(f *testing.F) {
	f.Add("One.\n\nTwo\nlines.")
	f.Add("\r\n\r\n \u2029 x \u00a0\u00a0 y\n\n\n")
	f.Fuzz(func(t *testing.T, in string) {
		a := FromText("f", in)
		for _, p := range a.Paragraphs {
			if p == "" || p != strings.TrimSpace(p) || strings.Contains(p, "\n") || strings.Contains(p, "  ") {
				t.Fatalf("paragraph %q breaks the contract", p)
			}
			if strings.IndexFunc(p, func(r rune) bool { return unicode.IsSpace(r) && r != ' ' }) >= 0 {
				t.Fatalf("paragraph %q keeps white space other than single spaces", p)
			}
		}
		if len(a.Paragraphs) > 0 && !reflect.DeepEqual(strings.Split(a.Text(), ParagraphSep), a.Paragraphs) {
			t.Fatalf("Text() does not split back into the paragraphs")
		}
	})
}
