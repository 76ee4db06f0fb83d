package eval

import (
	"reflect"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/extractor"
)

// letters is a text of one-letter words: token i spans code points 2i..2i+1.
const letters = "a b c d e f g h i j k l"

// toks is the span of tokens [lo, hi) of letters.
func toks(lo, hi int) Span { return Span{2 * lo, 2*hi - 1} }

func TestWordsRange(t *testing.T) {
	w := NewWords("Ünïcode café, x_y 42.")
	tests := []struct {
		name   string
		span   Span
		lo, hi int
	}{
		{"whole", Span{0, 21}, 0, 4},
		{"inside a word owns it", Span{2, 3}, 0, 1},
		{"starts on the space", Span{7, 12}, 1, 2},
		{"punctuation only", Span{12, 14}, 2, 2},
		{"underscore joins", Span{14, 17}, 2, 3},
		{"empty at the end", Span{21, 21}, 4, 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lo, hi := w.Range(tt.span)
			if lo != tt.lo || hi != tt.hi {
				t.Errorf("Range(%v) = %d, %d, want %d, %d", tt.span, lo, hi, tt.lo, tt.hi)
			}
		})
	}
}

func TestMatch(t *testing.T) {
	tests := []struct {
		name       string
		gold, pred []Span
		want       []Pair
	}{
		{"exact", []Span{toks(0, 4)}, []Span{toks(0, 4)}, []Pair{{0, 0, 4}}},
		{"pred is exactly half of gold", []Span{toks(0, 4)}, []Span{toks(2, 4)}, []Pair{{0, 0, 2}}},
		{"pred just above half of gold", []Span{toks(0, 5)}, []Span{toks(2, 5)}, []Pair{{0, 0, 3}}},
		{"pred just below half of gold", []Span{toks(0, 5)}, []Span{toks(3, 5)}, nil},
		{"gold just below half of pred", []Span{toks(0, 2)}, []Span{toks(0, 5)}, nil},
		{"gold exactly half of pred", []Span{toks(0, 2)}, []Span{toks(0, 4)}, []Pair{{0, 0, 2}}},
		{"one pred over two golds, tie goes to the closer start",
			[]Span{toks(0, 3), toks(3, 6)}, []Span{toks(0, 6)}, []Pair{{0, 0, 3}}},
		{"one pred over two golds, larger overlap wins",
			[]Span{toks(0, 2), toks(2, 6)}, []Span{toks(0, 6)}, []Pair{{1, 0, 4}}},
		{"two preds for one gold, one to one",
			[]Span{toks(0, 4)}, []Span{toks(0, 3), toks(0, 4)}, []Pair{{0, 1, 4}}},
		{"greedy keeps both when possible",
			[]Span{toks(0, 4), toks(4, 8)}, []Span{toks(4, 8), toks(0, 4)}, []Pair{{0, 1, 4}, {1, 0, 4}}},
		{"offsets on spaces", []Span{{1, 7}}, []Span{{0, 6}}, []Pair{{0, 0, 2}}},
		{"span without words", []Span{toks(0, 1)}, []Span{{1, 2}}, nil},
		{"no predictions", []Span{toks(0, 4)}, nil, nil},
		{"no gold", nil, []Span{toks(0, 4)}, nil},
		{"disjoint", []Span{toks(0, 4)}, []Span{toks(5, 9)}, nil},
	}
	w := NewWords(letters)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Match(w, tt.gold, tt.pred)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Match(%v, %v) = %v, want %v", tt.gold, tt.pred, got, tt.want)
			}
		})
	}
}

func TestSameSpeaker(t *testing.T) {
	tests := []struct {
		gold, pred string
		want       bool
	}{
		{"Pat Kendrick", "Pat Kendrick", true},
		{"PAT  KENDRICK", "pat kendrick", true},
		{"veteran pollster Pat Kendrick", "Pat Kendrick", true},
		{"Pat Kendrick", "Kendrick", true},
		{"Kendrick", "Pat Kendrick", true},
		{"Marlow’s campaign", "Marlow", true},
		{"O’Brien", "Mary O'Brien", true},
		{"Pat Kendrick", "Pat Kendric", false},
		{"Pat Kendrick", "Patrick", false},
		{"the senator", "the", false},
		{"Mr. Smith", "Mr.", false},
		{"Mr. Okonjo", "John D. Okonjo", true},
		{"Sen. Dale Marsh (Vt.)", "Dale Marsh", true},
		{"Pat Kendrick", "", false},
		{"", "Pat Kendrick", false},
		{"officials", "officials", true},
		{"Anne Marie", "Marie Anne", false},
	}
	for _, tt := range tests {
		t.Run(tt.gold+" vs "+tt.pred, func(t *testing.T) {
			if got := SameSpeaker(tt.gold, tt.pred); got != tt.want {
				t.Errorf("SameSpeaker(%q, %q) = %v, want %v", tt.gold, tt.pred, got, tt.want)
			}
		})
	}
}

func TestJudgeSpeaker(t *testing.T) {
	pred := func(speaker, mention string) extractor.Quote {
		return extractor.Quote{Speaker: speaker, SpeakerMention: mention}
	}
	tests := []struct {
		name string
		gold GoldQuote
		pred extractor.Quote
		want verdict
	}{
		{"resolved pronoun against the name", GoldQuote{Speaker: "Rosa Vance", SpeakerMention: "he"}, pred("Vance", "he"), speakerRight},
		{"resolved pronoun, other name", GoldQuote{Speaker: "Rosa Vance", SpeakerMention: "he"}, pred("Marlow", "Marlow"), speakerWrong},
		{"unresolved pronoun is not scored", GoldQuote{Speaker: "She"}, pred("Ines Tarrow", "Marlow"), speakerUnresolved},
		{"unresolved pronoun, same mention", GoldQuote{Speaker: "she"}, pred("Ines Tarrow", "She"), speakerUnresolved},
		{"resolved pronoun, same mention, wrong name", GoldQuote{Speaker: "Rosa Vance", SpeakerMention: "he"}, pred("Tomas Halvorsen", "he"), speakerWrong},
		{"same description, resolved", GoldQuote{Speaker: "the president"}, pred("Halvorsen", "the president"), speakerRight},
		{"honorific dropped", GoldQuote{Speaker: "Ms. Brandt"}, pred("Liz Brandt", "Ms. Brandt's"), speakerRight},
		{"no gold source", GoldQuote{}, pred("", ""), speakerNoGold},
		{"no prediction is wrong", GoldQuote{Speaker: "Ann Lee"}, pred("", ""), speakerWrong},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := judgeSpeaker(tt.gold, tt.pred); got != tt.want {
				t.Errorf("judgeSpeaker(%+v, %+v) = %v, want %v", tt.gold, tt.pred, got, tt.want)
			}
		})
	}
}

func TestCanonicalize(t *testing.T) {
	tests := []struct {
		name, raw, want string
		paras           int
	}{
		{"already canonical", "One two.\n\nThree.", "One two.\n\nThree.", 2},
		{"crlf and indent", "  One\r\n two.\r\n\r\n\tThree. \r\n", "One two.\n\nThree.", 2},
		{"blank line with spaces", "One\n   \nTwo", "One\n\nTwo", 2},
		{"many blank lines", "One\n\n\n\nTwo", "One\n\nTwo", 2},
		{"nbsp and tabs", "Déjà\u00a0vu\t\there", "Déjà vu here", 1},
		{"old Mac line ends", "One\rtwo\r\rThree", "One two\n\nThree", 2},
		{"byte order mark", "\uFEFFOne", "One", 1},
		{"form feed is only space", "One\f\fTwo", "One Two", 1},
		{"only space", " \n\n ", "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Canonicalize(tt.raw)
			if got := string(c.Text); got != tt.want {
				t.Errorf("text = %q, want %q", got, tt.want)
			}
			if got := c.Paragraphs(); len(got) != tt.paras || strings.Join(got, ParagraphSep) != tt.want {
				t.Errorf("paragraphs = %q, want %d joining to %q", got, tt.paras, tt.want)
			}
			// Every kept rune maps onto itself.
			raw := []rune(tt.raw)
			for i, p := range c.Pos {
				if p >= 0 && c.Text[p] != raw[i] {
					t.Errorf("rune %d %q maps to %d %q", i, raw[i], p, c.Text[p])
				}
			}
		})
	}
}

func TestCanonicalMap(t *testing.T) {
	c := Canonicalize("  Héllo   wörld.\r\n\r\nNext  one ")
	tests := []struct {
		name       string
		start, end int
		want       string
		ok         bool
	}{
		{"trimmed both ends", 0, 15, "Héllo wörld", true},
		{"across the break", 10, 25, "wörld.\n\nNext", true},
		{"white space only", 7, 10, "", false},
		{"out of range", 0, 99, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, e, ok := c.Map(tt.start, tt.end)
			if ok != tt.ok {
				t.Fatalf("ok = %v, want %v", ok, tt.ok)
			}
			if ok && string(c.Text[s:e]) != tt.want {
				t.Errorf("mapped text = %q, want %q", string(c.Text[s:e]), tt.want)
			}
		})
	}
}
