package crosscheck

import (
	"testing"
	"unicode/utf8"

	"github.com/whosaid/whosaid/extractor"
)

func TestLocate(t *testing.T) {
	text := "“It’s over — for now,” said Lea Brandt.\n\nShe said the  talks would resume. “It’s over — for now,” she repeated."
	tests := []struct {
		name   string
		text   string // "" is the text above
		quote  string
		lo, hi int
		taken  map[span]bool
		want   string // the text at the span found; "" for none
		exact  bool
	}{
		{name: "exact", quote: "It’s over — for now,", want: "It’s over — for now,", exact: true},
		{name: "quote marks around are trimmed", quote: "\"It’s over — for now,\"", want: "It’s over — for now,", exact: true},
		{name: "straight apostrophe and hyphen", quote: "It's over - for now,", want: "It’s over — for now,"},
		{name: "white space collapsed", quote: "the talks would\nresume", want: "the  talks would resume"},
		{name: "paraphrase", quote: "It is over for now", want: ""},
		{name: "second occurrence when the first is taken", quote: "It’s over — for now,", exact: true,
			taken: map[span]bool{{len("“"), len("“It’s over — for now,")}: true}, want: "It’s over — for now,"},
		{name: "only quote marks", quote: "“”", want: ""},
		{name: "a piece cutting a word is not a quote", quote: "t’s over — for no", want: ""},
		{name: "normalised piece cutting a word", quote: "alks would resume", want: ""},
		{name: "a match inside a word is skipped for a whole one", text: "The unsaid part. It was said.", quote: "said", want: "said", exact: true},
		{name: "a character cut in two", text: "Price: ½ off", quote: "\xbd off", want: ""},
		{name: "scripts without spaces have no word boundary", text: "市长说预算已经平衡了。", quote: "预算已经平衡了", want: "预算已经平衡了", exact: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := text
			if tt.text != "" {
				text = tt.text
			}
			sp, exact, ok := locate(text, 0, len(text), tt.quote, tt.taken)
			if tt.want == "" {
				if ok {
					t.Errorf("got %q, want not found", text[sp.s:sp.e])
				}
				return
			}
			if !ok {
				t.Fatalf("not found, want %q", tt.want)
			}
			if got := text[sp.s:sp.e]; got != tt.want || exact != tt.exact {
				t.Errorf("got %q (exact %v), want %q (exact %v)", got, exact, tt.want, tt.exact)
			}
			if tt.taken != nil && tt.taken[sp] {
				t.Errorf("got the taken span %v", sp)
			}
		})
	}
}

func TestExplicit(t *testing.T) {
	paras := []string{
		`"The budget is balanced," said Mayor Ida Kern. Council member Rolf Lutz disagreed.`,
		`Kern told reporters: "We cut nothing."`,
		`"Wait and see," he said.`,
	}
	text := paras[0] + "\n\n" + paras[1] + "\n\n" + paras[2]
	pstart := paragraphStarts(paras)
	find := func(q string) span {
		i := indexOf(text, q)
		return span{i, i + len(q)}
	}
	tests := []struct {
		name  string
		quote string
		cand  extractor.Quote
		want  bool
	}{
		{"name after the quote", "The budget is balanced,", extractor.Quote{Speaker: "Ida Kern", Cue: "said"}, true},
		{"a name in the next sentence does not count", "The budget is balanced,", extractor.Quote{Speaker: "Rolf Lutz"}, false},
		{"surname before the quote", "We cut nothing.", extractor.Quote{Speaker: "Ida Kern", Cue: "told"}, true},
		{"a pronoun is not a name", "Wait and see,", extractor.Quote{Speaker: "Ida Kern", SpeakerMention: "he"}, false},
		{"no speaker", "Wait and see,", extractor.Quote{}, false},
		{"another's name as the mention does not count", "The budget is balanced,", extractor.Quote{Speaker: "Rolf Lutz", SpeakerMention: "Ida Kern", Cue: "said"}, false},
		{"a surname alone backs any bearer", "We cut nothing.", extractor.Quote{Speaker: "Max Kern", Cue: "told"}, true},
		{"a surname after another given name does not count", "The budget is balanced,", extractor.Quote{Speaker: "Max Kern", Cue: "said"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := explicit(text, pstart, find(tt.quote), tt.cand); got != tt.want {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestSameName(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Maria Lopez", "Lopez", true},
		{"Ms. Lopez", "Maria Lopez", true},
		{"the health ministry", "Health Ministry", true},
		{"Maria Lopez", "Tomas Bell", false},
		{"Ana Ruiz", "Ana Ortega", false},
		{"Maria Lopez", "Carlos Lopez", false}, // two people sharing a surname
	}
	for _, tt := range tests {
		if got := sameName(tt.a, tt.b); got != tt.want {
			t.Errorf("sameName(%q, %q): got %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

// FuzzLocate checks the invariant of locate: whatever it finds is a span of
// the text, on character boundaries, whose normalised form is the
// normalised quote.
func FuzzLocate(f *testing.F) {
	f.Add("“It’s over — for now,” said Lea.", "It's over - for now,")
	f.Add("a  b\n\nc", "a b c")
	f.Add("\xff\xfe “x”", "\"x\"")
	f.Add("½ off", "\xbd off")
	f.Fuzz(func(t *testing.T, text, quote string) {
		sp, _, ok := locate(text, 0, len(text), quote, nil)
		if !ok {
			return
		}
		if sp.s < 0 || sp.e > len(text) || sp.s >= sp.e {
			t.Fatalf("span %v outside a text of %d bytes", sp, len(text))
		}
		if !utf8.RuneStart(text[sp.s]) || (sp.e < len(text) && !utf8.RuneStart(text[sp.e])) {
			t.Fatalf("span %v of %q cuts a character", sp, text)
		}
		got, _, _ := normalize(text[sp.s:sp.e])
		want, _, _ := normalize(trimQuote(quote))
		if got != want {
			t.Fatalf("text[%d:%d] = %q normalises to %q, want %q", sp.s, sp.e, text[sp.s:sp.e], got, want)
		}
	})
}
