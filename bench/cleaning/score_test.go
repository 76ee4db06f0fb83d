package main

import (
	"math"
	"testing"
)

func TestPageScore(t *testing.T) {
	tests := []struct {
		name, pred, truth string
		p, r              float64
	}{
		{"identical", "one two three four five", "one two three four five", 1, 1},
		{"empty prediction", "", "one two three four", 0, 0},
		{"half", "one two three four five", "one two three four six", 0.5, 0.5},
		{"extra text", "one two three four five six", "one two three four five", 2.0 / 3, 1},
		{"punctuation ignored", "One, two; three — four!", "One two three four", 1, 1},
		{"short texts are one shingle", "a b", "a b", 1, 1},
		{"unicode words", "Bürgermeisterin sagte heute früh", "Bürgermeisterin sagte heute früh", 1, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p, r := pageScore(tc.pred, tc.truth)
			if math.Abs(p-tc.p) > 1e-9 || math.Abs(r-tc.r) > 1e-9 {
				t.Errorf("got P=%.3f R=%.3f, want P=%.3f R=%.3f", p, r, tc.p, tc.r)
			}
		})
	}
}

func TestMissingDataExitsCleanly(t *testing.T) {
	var out, errOut testWriter
	if code := run([]string{"-data", t.TempDir() + "/absent"}, &out, &errOut); code != 0 {
		t.Errorf("got exit code %d, want 0", code)
	}
	if errOut.s == "" {
		t.Error("got no message on stderr, want one naming the missing data")
	}
}

type testWriter struct{ s string }

func (w *testWriter) Write(b []byte) (int, error) { w.s += string(b); return len(b), nil }
