package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/extractor/eval"
)

// TestEvalPolnearThenScore converts the project's own brat fixture to gold
// JSONL and scores the rule engine on it, as a user would.
func TestEvalPolnearThenScore(t *testing.T) {
	isolate(t)
	dir := t.TempDir()
	gold := filepath.Join(dir, "gold.jsonl")
	// A brat directory in PolNeAR's layout, with an article written for
	// this test (offsets count code points, as brat does).
	brat := filepath.Join(dir, "brat")
	if err := os.Mkdir(brat, 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(brat, "dock.txt"), "Dock Fees Rise\n\nThe harbor board said on Friday that fees would rise in May.\n\n“We have no other choice,” said Mira Holt, the board’s chair.\n")
	writeFile(t, filepath.Join(brat, "dock.ann"), "T1\tContent 53 75\tfees would rise in May\nT2\tCue 33 37\tsaid\nT3\tAttribution 33 37\tsaid\nT4\tSource 16 32\tThe harbor board\nE1\tAttribution:T3 Content:T1 Cue:T2 Source:T4\nT5\tContent 78 104\t“We have no other choice,”\nT6\tCue 105 109\tsaid\nT7\tAttribution 105 109\tsaid\nT8\tSource 110 138\tMira Holt, the board’s chair\nE2\tAttribution:T7 Content:T5 Cue:T6 Source:T8\n")
	r := runCmd(t, "eval", "polnear", brat, "-o", gold)
	if r.code != exitOK {
		t.Fatalf("eval polnear: exit %d, stderr %q", r.code, r.stderr)
	}

	r = runCmd(t, "eval", "--gold", gold, "--json")
	if r.code != exitOK {
		t.Fatalf("eval --gold: exit %d, stderr %q", r.code, r.stderr)
	}
	var rep eval.Report
	if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil {
		t.Fatalf("eval --json output is not a report: %v\n%s", err, r.stdout)
	}
	if rep.Articles == 0 || rep.Gold == 0 {
		t.Fatalf("report counts nothing: %+v", rep)
	}
	if rep.Matched > rep.Gold || rep.Matched > rep.Predicted {
		t.Errorf("matched %d exceeds gold %d or predicted %d", rep.Matched, rep.Gold, rep.Predicted)
	}

	r = runCmd(t, "eval", "--gold", gold)
	if r.code != exitOK || !strings.Contains(r.stdout, "precision") {
		t.Errorf("eval text output: exit %d, stdout %q", r.code, r.stdout)
	}
}

// TestEvalSelfAgreement scores the engine against a gold file made from its
// own output: every figure must then be perfect, and dropping one gold quote
// must cost exactly one false positive.
func TestEvalSelfAgreement(t *testing.T) {
	isolate(t)
	r := runCmd(t, "extract", "--no-llm", "--format", "json", fixture(t, "ferry.html"))
	if r.code != exitOK {
		t.Fatalf("extract: exit %d, stderr %q", r.code, r.stderr)
	}
	doc := checkDocument(t, []byte(r.stdout))
	if len(doc.Quotes) < 2 {
		t.Fatalf("fixture gives %d quotes, want at least 2 for this test", len(doc.Quotes))
	}
	art := eval.Article{ID: "self", Text: doc.Text}
	for _, q := range doc.Quotes {
		art.Quotes = append(art.Quotes, eval.GoldQuote{Quote: q.Quote, Speaker: q.Speaker, Type: q.Type, Start: q.Start, End: q.End})
	}
	score := func(a eval.Article) eval.Report {
		t.Helper()
		var b strings.Builder
		if err := eval.WriteGold(&b, []eval.Article{a}); err != nil {
			t.Fatal(err)
		}
		gold := filepath.Join(t.TempDir(), "gold.jsonl")
		writeFile(t, gold, b.String())
		r := runCmd(t, "eval", "--gold", gold, "--json")
		if r.code != exitOK {
			t.Fatalf("eval: exit %d, stderr %q", r.code, r.stderr)
		}
		var rep eval.Report
		if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil {
			t.Fatal(err)
		}
		return rep
	}

	rep := score(art)
	if rep.Gold != len(doc.Quotes) || rep.Predicted != len(doc.Quotes) || rep.Matched != len(doc.Quotes) {
		t.Errorf("gold %d, predicted %d, matched %d; want all %d", rep.Gold, rep.Predicted, rep.Matched, len(doc.Quotes))
	}
	if rep.Precision != 1 || rep.Recall != 1 || rep.F1 != 1 {
		t.Errorf("precision %v, recall %v, F1 %v; want 1 each", rep.Precision, rep.Recall, rep.F1)
	}

	art.Quotes = art.Quotes[1:]
	rep = score(art)
	if rep.Matched != len(art.Quotes) || rep.Predicted != len(doc.Quotes) || rep.Recall != 1 {
		t.Errorf("one gold dropped: matched %d of %d, predicted %d, recall %v", rep.Matched, len(art.Quotes), rep.Predicted, rep.Recall)
	}
	if want := float64(len(art.Quotes)) / float64(len(doc.Quotes)); rep.Precision != want {
		t.Errorf("one gold dropped: precision %v, want %v", rep.Precision, want)
	}
}

func TestEvalUsage(t *testing.T) {
	isolate(t)
	tests := []struct {
		name string
		args []string
		want int
	}{
		{"no gold", []string{"eval"}, exitUsage},
		{"missing gold file", []string{"eval", "--gold", filepath.Join(t.TempDir(), "absent.jsonl")}, exitUsage},
		{"negative limit", []string{"eval", "--gold", "x.jsonl", "--limit", "-1"}, exitUsage},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runCmd(t, tt.args...)
			if r.code != tt.want {
				t.Errorf("exit %d, want %d (stderr %q)", r.code, tt.want, r.stderr)
			}
			if len(stderrLines(r.stderr)) == 0 {
				t.Errorf("no error message on stderr")
			}
		})
	}
}

func TestEvalBadGold(t *testing.T) {
	isolate(t)
	gold := filepath.Join(t.TempDir(), "bad.jsonl")
	writeFile(t, gold, `{"id":"a","text":"Hello there.","quotes":[{"quote":"nope","start":0,"end":5}]}`+"\n")
	r := runCmd(t, "eval", "--gold", gold)
	if r.code != exitPartial {
		t.Fatalf("exit %d, want %d (stderr %q)", r.code, exitPartial, r.stderr)
	}
	if !strings.Contains(r.stderr, "bad.jsonl") || !strings.Contains(r.stderr, "line 1") {
		t.Errorf("stderr %q should name the file and the line", r.stderr)
	}
}

func writeFile(t testing.TB, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}
