package eval

import (
	"testing"
	"unicode/utf8"

	"github.com/whosaid/whosaid/sources"
)

// Canonicalize must give the text sources.FromText gives, or gold offsets
// would not line up with what 'whosaid extract' reports on the same file.
func TestCanonicalizeAgreesWithFromText(t *testing.T) {
	for _, raw := range []string{
		"Title\n\nOne  two.\nthree\n\n\n  Four.\t\n",
		"\uFEFFCRLF\r\n\r\nbody\r\nmore\r\n",
		"old\rMac\r\rfile",
		"nbsp\u00a0here\n \u3000 \nnext",
		"form\f\ffeed\v and \u2028 line sep",
		"",
		" \n \n ",
		"“Quoted,” said Zoë.\n\n\t“Again.”",
	} {
		want := sources.FromText("x", raw).Text()
		if got := string(Canonicalize(raw).Text); got != want {
			t.Errorf("Canonicalize(%q) = %q, FromText gives %q", raw, got, want)
		}
	}
}

func FuzzCanonicalize(f *testing.F) {
	f.Add("a\r\n\r\nb  c\n")
	f.Add("\uFEFF x\r\ry")
	f.Fuzz(func(t *testing.T, raw string) {
		if !utf8.ValidString(raw) {
			t.Skip("gold and PolNeAR text is UTF-8")
		}
		c := Canonicalize(raw)
		if want := sources.FromText("x", raw).Text(); string(c.Text) != want {
			t.Fatalf("Canonicalize(%q) = %q, FromText gives %q", raw, string(c.Text), want)
		}
		rs := []rune(raw)
		for i, p := range c.Pos {
			if p >= 0 && c.Text[p] != rs[i] {
				t.Fatalf("rune %d maps to %d: %q != %q", i, p, rs[i], c.Text[p])
			}
		}
	})
}
