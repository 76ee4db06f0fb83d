package eval

import (
	"bufio"
	"bytes"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/extractor"
)

func TestReadGold(t *testing.T) {
	good := `{"id":"a","text":"Zoë said: “Oui.”","quotes":[{"quote":"“Oui.”","speaker":"Zoë","type":"direct","start":10,"end":16}]}`
	tests := []struct {
		name     string
		in       string
		articles int
		line     int    // of the error; 0 for none
		msg      string // in the error
	}{
		{"one article", good, 1, 0, ""},
		{"blank lines skipped", "\n" + good + "\n\n" + strings.Replace(good, `"a"`, `"b"`, 1) + "\n", 2, 0, ""},
		{"empty file", "", 0, 0, ""},
		{"bad json", good + "\n{\"id\":", 0, 2, "bad gold record"},
		{"two values", good + " {}", 0, 1, "more than one JSON value"},
		{"missing id", `{"text":"x","quotes":[]}`, 0, 1, "missing id"},
		{"offsets off by one", strings.Replace(good, `"start":10`, `"start":11`, 1), 0, 1, "not the quote"},
		{"end past the text", strings.Replace(good, `"end":16`, `"end":17`, 1), 0, 1, "outside the text"},
		{"bad type", strings.Replace(good, `"direct"`, `"quote"`, 1), 0, 1, `type "quote"`},
		{"empty span", strings.Replace(good, `"start":10`, `"start":16`, 1), 0, 1, "outside the text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, err := ReadGold(strings.NewReader(tt.in))
			if tt.line == 0 {
				if err != nil {
					t.Fatalf("got error %v, want none", err)
				}
				if len(arts) != tt.articles {
					t.Errorf("got %d articles, want %d", len(arts), tt.articles)
				}
				return
			}
			var le *LineError
			if !errors.As(err, &le) {
				t.Fatalf("got %v, want a *LineError", err)
			}
			if le.Line != tt.line {
				t.Errorf("line: got %d, want %d", le.Line, tt.line)
			}
			if !errors.Is(err, ErrGoldFormat) {
				t.Errorf("got %v, want it to wrap ErrGoldFormat", err)
			}
			if !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("got %q, want it to contain %q", err, tt.msg)
			}
		})
	}
}

func TestReadGoldLongLine(t *testing.T) {
	defer func(n int) { maxGoldLine = n }(maxGoldLine)
	maxGoldLine = 1 << 10
	in := `{"id":"a","text":"","quotes":[]}` + "\n" + strings.Repeat("x", maxGoldLine+1)
	_, err := ReadGold(strings.NewReader(in))
	var le *LineError
	if !errors.As(err, &le) || le.Line != 2 || !errors.Is(err, bufio.ErrTooLong) {
		t.Errorf("got %v, want a *LineError on line 2 wrapping bufio.ErrTooLong", err)
	}
}

func TestWriteGoldRoundTrip(t *testing.T) {
	arts := []Article{
		{ID: "x", Text: "<b> & “quoted”", Quotes: []GoldQuote{
			{Quote: "“quoted”", Speaker: "Ann", Type: extractor.Direct, Start: 6, End: 14, SpeakerMention: "she", Cue: "said"},
		}},
		{ID: "y", Text: "nothing"},
	}
	var buf bytes.Buffer
	if err := WriteGold(&buf, arts); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), `\u003c`) {
		t.Errorf("HTML escaped: %s", buf.String())
	}
	if !strings.Contains(buf.String(), `"quotes":[]`) {
		t.Errorf("an article without quotes should say quotes: [], got %s", buf.String())
	}
	back, err := ReadGold(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back, arts) {
		t.Errorf("round trip: got %+v, want %+v", back, arts)
	}
}
