package llm

import (
	"context"
	"os"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"
)

// transport is for tests that replace its sleep.
func (c *Client) transport() *transport { return c.tr }

func writeFile(t testing.TB, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestSplit(t *testing.T) {
	p := func(n int) string { return strings.Repeat("word ", n)[:4*n] } // n tokens
	tests := []struct {
		name   string
		paras  []string
		budget int
		want   []chunk
	}{
		{name: "all in one", paras: []string{p(10), p(10)}, budget: 100, want: []chunk{{lo: 0, hi: 2}}},
		{name: "split with context", paras: []string{p(40), p(40), p(40)}, budget: 100,
			want: []chunk{{lo: 0, hi: 2}, {lo: 2, hi: 3, context: []int{1}}}},
		{name: "a paragraph over the budget is a chunk alone", paras: []string{p(10), p(300), p(10)}, budget: 100,
			want: []chunk{{lo: 0, hi: 1}, {lo: 1, hi: 2, context: []int{0}}, {lo: 2, hi: 3}}},
		{name: "context of at most three paragraphs", paras: []string{p(5), p(5), p(5), p(5), p(90)}, budget: 100,
			want: []chunk{{lo: 0, hi: 4}, {lo: 4, hi: 5, context: []int{1, 2, 3}}}},
		{name: "empty", paras: nil, budget: 100, want: nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := split(tt.paras, tt.budget); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestParseReply(t *testing.T) {
	tests := []struct {
		name, in string
		want     []Record
		err      string
	}{
		{name: "object", in: `{"quotes": [{"quote": "x", "type": "Direct", "speaker": "A B", "speaker_kind": "person"}]}`,
			want: []Record{{Quote: "x", Type: "direct", Speaker: "A B", SpeakerKind: "person"}}},
		{name: "fenced in prose", in: "Sure:\n```json\n{\"quotes\": []}\n```", want: nil},
		{name: "null quotes", in: `{"quotes": null}`, want: nil},
		{name: "kind filled in", in: `{"quotes": [{"quote": "x", "type": "indirect", "speaker": "Ana"}, {"quote": "y", "type": "mixed"}]}`,
			want: []Record{{Quote: "x", Type: "indirect", Speaker: "Ana", SpeakerKind: "person"}, {Quote: "y", Type: "mixed", SpeakerKind: "unknown"}}},
		{name: "unknown kind clears the speaker", in: `{"quotes": [{"quote": "x", "type": "direct", "speaker": "Ana", "speaker_kind": "unknown"}]}`,
			want: []Record{{Quote: "x", Type: "direct", SpeakerKind: "unknown"}}},
		{name: "no object", in: "I cannot help with that.", err: "no JSON object"},
		{name: "truncated", in: `{"quotes": [{"quote": "x"`, err: "not valid JSON"},
		{name: "no quotes key", in: `{"records": []}`, err: `no "quotes" array`},
		{name: "quotes not an array", in: `{"quotes": {}}`, err: `"quotes" is not an array`},
		{name: "bad type", in: `{"quotes": [{"quote": "x", "type": "rumour"}]}`, err: `quotes[0] has type "rumour"`},
		{name: "bad kind", in: `{"quotes": [{"quote": "x", "type": "direct", "speaker_kind": "robot"}]}`, err: `speaker_kind "robot"`},
		{name: "empty quote", in: `{"quotes": [{"quote": " ", "type": "direct"}]}`, err: "empty quote"},
		{name: "number for a string", in: `{"quotes": [{"quote": 5, "type": "direct"}]}`, err: "expected string fields"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseReply(tt.in)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("got error %v, want one containing %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestRetryAfter(t *testing.T) {
	now := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	tests := []struct {
		in   string
		want time.Duration
		ok   bool
	}{
		{"", 0, false},
		{"3", 3 * time.Second, true},
		{"Fri, 02 Jan 2026 03:04:15 GMT", 10 * time.Second, true},
		{"Fri, 02 Jan 2026 03:04:00 GMT", 0, true},
		{"soon", 0, false},
		{"-1", 0, false},
	}
	for _, tt := range tests {
		got, ok := retryAfter(tt.in, now)
		if got != tt.want || ok != tt.ok {
			t.Errorf("retryAfter(%q): got %v %v, want %v %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestLimiter(t *testing.T) {
	l := newLimiter(120) // one every 500ms
	now := time.Unix(1000, 0)
	var mu sync.Mutex
	var waits []time.Duration
	l.now = func() time.Time { return now }
	l.sleep = func(_ context.Context, d time.Duration) error {
		mu.Lock()
		waits = append(waits, d)
		mu.Unlock()
		return nil
	}
	for range 3 {
		if err := l.wait(context.Background()); err != nil {
			t.Fatal(err)
		}
	}
	want := []time.Duration{0, 500 * time.Millisecond, time.Second}
	if !reflect.DeepEqual(waits, want) {
		t.Errorf("waits: got %v, want %v", waits, want)
	}
	if newLimiter(0) != nil {
		t.Error("rpm 0: got a limiter, want none")
	}
}

func TestWithZeroTemperature(t *testing.T) {
	tests := map[string]string{
		`{"model":"m"}`:                   `{"model":"m","temperature":0}`,
		`{"model":"m","temperature":0.5}`: `{"model":"m","temperature":0.5}`,
		`not json`:                        `not json`,
	}
	for in, want := range tests {
		if got := string(withZeroTemperature([]byte(in))); got != want {
			t.Errorf("%s: got %s, want %s", in, got, want)
		}
	}
}
