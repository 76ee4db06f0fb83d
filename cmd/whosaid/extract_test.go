package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/extractor"
	"github.com/whosaid/whosaid/extractor/format"
)

const rulesNotice = "no LLM configured; running in rules mode"

func TestUsageErrors(t *testing.T) {
	isolate(t)
	dir := t.TempDir()
	badCfg := filepath.Join(dir, "bad.yaml")
	if err := os.WriteFile(badCfg, []byte("fetch:\n  timout: 5s\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	page := fixture(t, "ferry.html")
	tests := []struct {
		name string
		args []string
		want string // in stderr
	}{
		{"no sources", []string{"extract"}, "no SOURCE given"},
		{"unknown flag", []string{"extract", "--colour", page}, "unknown flag: --colour"},
		{"unknown subcommand", []string{"extrakt", page}, "unknown command"},
		{"bad format", []string{"extract", "--format", "xml", page}, `unknown format "xml"`},
		{"bad duration", []string{"extract", "--timeout", "soon", page}, "--timeout"},
		{"bad size", []string{"extract", "--max-bytes", "lots", page}, `invalid size "lots"`},
		{"zero concurrency", []string{"extract", "--concurrency", "0", page}, "concurrency: must be at least 1"},
		{"llm mode without a model", []string{"extract", "--mode", "llm", page}, "llm.model: no model named"},
		{"--no-llm with --mode llm", []string{"extract", "--no-llm", "--mode", "llm", page}, "--no-llm conflicts with --mode llm"},
		{"stdin twice", []string{"extract", "-", "-"}, "only once"},
		{"unknown key in config", []string{"extract", "--config", badCfg, page}, `unknown key "fetch.timout"`},
		{"missing config file", []string{"extract", "--config", filepath.Join(dir, "nope.yaml"), page}, "nope.yaml"},
		{"output is a directory", []string{"extract", "-o", dir, page}, "is a directory"},
		{"output in a missing directory", []string{"extract", "-o", filepath.Join(dir, "no", "such", "out.json"), page}, "no such file"},
		{"version with arguments", []string{"version", "now"}, "takes no arguments"},
		{"unknown cue class", []string{"extract", "--cue-class", "speech,gossip", page}, `cue_classes: unknown cue class "gossip"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runCmd(t, tt.args...)
			if r.code != exitUsage {
				t.Errorf("exit status: got %d, want %d; stderr:\n%s", r.code, exitUsage, r.stderr)
			}
			if !strings.Contains(r.stderr, tt.want) {
				t.Errorf("stderr %q does not contain %q", r.stderr, tt.want)
			}
			if r.stdout != "" {
				t.Errorf("stdout: got %q, want nothing", r.stdout)
			}
		})
	}
}

func TestFailingSourceDoesNotStopOthers(t *testing.T) {
	isolate(t)
	missing := filepath.Join(t.TempDir(), "missing.html")
	good := fixture(t, "ferry.html")
	r := runCmd(t, "extract", "--no-llm", missing, good)
	if r.code != exitPartial {
		t.Fatalf("exit status: got %d, want %d; stderr:\n%s", r.code, exitPartial, r.stderr)
	}
	lines := stderrLines(r.stderr)
	if len(lines) != 1 {
		t.Fatalf("stderr: got %d lines, want exactly one:\n%s", len(lines), r.stderr)
	}
	if want := "whosaid: " + missing + ": "; !strings.HasPrefix(lines[0], want) {
		t.Errorf("stderr line %q does not start with %q", lines[0], want)
	}
	docs := checkJSONL(t, r.stdout)
	if len(docs) != 1 || docs[0].Source != good {
		t.Fatalf("stdout: got %d documents, want the one of %s:\n%s", len(docs), good, r.stdout)
	}
}

func TestFormats(t *testing.T) {
	isolate(t)
	page, text := fixture(t, "ferry.html"), fixture(t, "library.txt")
	t.Run("json one source is an object", func(t *testing.T) {
		r := runCmd(t, "extract", "--no-llm", page)
		if r.code != exitOK {
			t.Fatalf("exit status %d; stderr:\n%s", r.code, r.stderr)
		}
		doc := checkDocument(t, []byte(r.stdout))
		if doc.Source != page {
			t.Errorf("source: got %q, want %q", doc.Source, page)
		}
	})
	t.Run("json several sources is an array in input order", func(t *testing.T) {
		r := runCmd(t, "extract", "--no-llm", "--format", "json", text, page)
		if r.code != exitOK {
			t.Fatalf("exit status %d; stderr:\n%s", r.code, r.stderr)
		}
		docs := checkJSONArray(t, r.stdout)
		if len(docs) != 2 || docs[0].Source != text || docs[1].Source != page {
			t.Fatalf("got %d documents, want %s then %s", len(docs), text, page)
		}
	})
	t.Run("jsonl is the default for several sources", func(t *testing.T) {
		r := runCmd(t, "extract", "--no-llm", page, text, page)
		if r.code != exitOK {
			t.Fatalf("exit status %d; stderr:\n%s", r.code, r.stderr)
		}
		docs := checkJSONL(t, r.stdout)
		want := []string{page, text, page}
		if len(docs) != len(want) {
			t.Fatalf("got %d documents, want %d", len(docs), len(want))
		}
		for i, d := range docs {
			if d.Source != want[i] {
				t.Errorf("document %d: source %q, want %q", i, d.Source, want[i])
			}
		}
	})
	t.Run("csv", func(t *testing.T) {
		r := runCmd(t, "extract", "--no-llm", "--format", "csv", page, text)
		if r.code != exitOK {
			t.Fatalf("exit status %d; stderr:\n%s", r.code, r.stderr)
		}
		rows, err := csv.NewReader(strings.NewReader(r.stdout)).ReadAll()
		if err != nil {
			t.Fatalf("not CSV: %v\n%s", err, r.stdout)
		}
		if strings.Join(rows[0], ",") != strings.Join(format.CSVHeader, ",") {
			t.Fatalf("header: got %q", rows[0])
		}
		if len(rows) < 2 {
			t.Fatalf("got no record rows:\n%s", r.stdout)
		}
		sources := map[string]bool{}
		for _, row := range rows[1:] {
			sources[row[0]] = true
			if row[0] == page && row[1] == "" {
				t.Errorf("row %q lacks the page's url", row)
			}
		}
		if !sources[page] {
			t.Errorf("no row for %s:\n%s", page, r.stdout)
		}
	})
}

func TestStdin(t *testing.T) {
	isolate(t)
	for _, name := range []string{"ferry.html", "library.txt"} {
		t.Run(name, func(t *testing.T) {
			f, err := os.Open(fixture(t, name))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			r := runWith(t, f, false, "extract", "--no-llm", "-")
			if r.code != exitOK {
				t.Fatalf("exit status %d; stderr:\n%s", r.code, r.stderr)
			}
			doc := checkDocument(t, []byte(r.stdout))
			if doc.Source != "-" {
				t.Errorf("source: got %q, want -", doc.Source)
			}
			if len(doc.Quotes) == 0 {
				t.Errorf("no quotes found in %s read from stdin", name)
			}
		})
	}
}

func TestOutputFile(t *testing.T) {
	isolate(t)
	page := fixture(t, "ferry.html")
	missing := filepath.Join(t.TempDir(), "missing.html")

	t.Run("written and replaced atomically", func(t *testing.T) {
		dir := t.TempDir()
		out := filepath.Join(dir, "quotes.json")
		if err := os.WriteFile(out, []byte("old"), 0o600); err != nil {
			t.Fatal(err)
		}
		r := runCmd(t, "extract", "--no-llm", "-o", out, page)
		if r.code != exitOK {
			t.Fatalf("exit status %d; stderr:\n%s", r.code, r.stderr)
		}
		if r.stdout != "" {
			t.Errorf("stdout: got %q, want nothing with -o", r.stdout)
		}
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		checkDocument(t, b)
		st, _ := os.Stat(out)
		if st.Mode().Perm() != 0o600 {
			t.Errorf("mode: got %v, want the replaced file's 0600", st.Mode().Perm())
		}
		onlyFile(t, dir, "quotes.json")
	})
	t.Run("new file", func(t *testing.T) {
		dir := t.TempDir()
		out := filepath.Join(dir, "new.jsonl")
		r := runCmd(t, "extract", "--no-llm", "--output", out, page, missing)
		if r.code != exitPartial {
			t.Fatalf("exit status %d, want %d; stderr:\n%s", r.code, exitPartial, r.stderr)
		}
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		if docs := checkJSONL(t, string(b)); len(docs) != 1 {
			t.Errorf("got %d documents, want the 1 that worked", len(docs))
		}
		onlyFile(t, dir, "new.jsonl")
	})
	t.Run("nothing done leaves the old file", func(t *testing.T) {
		dir := t.TempDir()
		out := filepath.Join(dir, "quotes.json")
		if err := os.WriteFile(out, []byte("old"), 0o644); err != nil {
			t.Fatal(err)
		}
		r := runCmd(t, "extract", "--no-llm", "-o", out, missing)
		if r.code != exitPartial {
			t.Fatalf("exit status %d, want %d", r.code, exitPartial)
		}
		if b, _ := os.ReadFile(out); string(b) != "old" {
			t.Errorf("output file: got %q, want it untouched", b)
		}
		onlyFile(t, dir, "quotes.json")
	})
}

// onlyFile fails unless dir holds exactly the file name: no temporary file
// may be left behind.
func onlyFile(t *testing.T, dir, name string) {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range ents {
		names = append(names, e.Name())
	}
	if len(names) != 1 || names[0] != name {
		t.Errorf("directory holds %q, want only %q", names, name)
	}
}

func TestPrecedence(t *testing.T) {
	page := fixture(t, "ferry.html")
	tests := []struct {
		name string
		file string
		env  string
		flag string
		want string // format of the output
	}{
		{"file", "csv", "", "", "csv"},
		{"env beats file", "csv", "jsonl", "", "jsonl"},
		{"flag beats env", "csv", "jsonl", "json", "json"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			isolate(t)
			cfg := filepath.Join(t.TempDir(), "whosaid.yaml")
			if err := os.WriteFile(cfg, []byte("mode: rules\nformat: "+tt.file+"\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			if tt.env != "" {
				t.Setenv("WHOSAID_FORMAT", tt.env)
			}
			args := []string{"extract", "--config", cfg, page, page}
			if tt.flag != "" {
				args = append(args, "--format", tt.flag)
			}
			r := runCmd(t, args...)
			if r.code != exitOK {
				t.Fatalf("exit status %d; stderr:\n%s", r.code, r.stderr)
			}
			switch tt.want {
			case "csv":
				if !strings.HasPrefix(r.stdout, "source,url,title,") {
					t.Errorf("want csv, got:\n%.200s", r.stdout)
				}
			case "jsonl":
				if len(checkJSONL(t, r.stdout)) != 2 {
					t.Errorf("want 2 jsonl lines, got:\n%.200s", r.stdout)
				}
			case "json":
				checkJSONArray(t, r.stdout)
			}
			if strings.Contains(r.stderr, rulesNotice) {
				t.Errorf("mode rules was set in the file, yet the notice was printed:\n%s", r.stderr)
			}
		})
	}
}

func TestRulesNotice(t *testing.T) {
	isolate(t)
	text := fixture(t, "library.txt")
	tests := []struct {
		name string
		args []string
		want int // times the notice appears
		docs int
	}{
		{"no mode chosen", []string{"extract", text, text}, 1, 2},
		{"--no-llm", []string{"extract", "--no-llm", text}, 0, 1},
		{"--mode rules", []string{"extract", "--mode", "rules", text}, 0, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runCmd(t, tt.args...)
			if r.code != exitOK {
				t.Fatalf("exit status %d; stderr:\n%s", r.code, r.stderr)
			}
			if docs := checkOutput(t, r.stdout); len(docs) != tt.docs {
				t.Errorf("got %d documents, want %d", len(docs), tt.docs)
			}
			if got := strings.Count(r.stderr, rulesNotice); got != tt.want {
				t.Errorf("notice printed %d times, want %d; stderr:\n%s", got, tt.want, r.stderr)
			}
			if got := len(stderrLines(r.stderr)); got != tt.want {
				t.Errorf("stderr has %d lines, want %d:\n%s", got, tt.want, r.stderr)
			}
		})
	}
}

func TestProgress(t *testing.T) {
	isolate(t)
	text := fixture(t, "library.txt")
	missing := filepath.Join(t.TempDir(), "missing.txt")
	tests := []struct {
		name     string
		terminal bool
		args     []string
		want     string // in stderr; "" for no progress at all
	}{
		{"batch on a terminal", true, []string{text, missing, text}, "3/3 sources done, 1 failed"},
		{"single source on a terminal", true, []string{text}, ""},
		{"batch piped", false, []string{text, missing, text}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runWith(t, strings.NewReader(""), tt.terminal, append([]string{"extract", "--no-llm"}, tt.args...)...)
			checkOutput(t, r.stdout)
			if tt.want == "" {
				if strings.Contains(r.stderr, "sources done") || strings.Contains(r.stderr, "\r") {
					t.Errorf("progress printed:\n%q", r.stderr)
				}
				return
			}
			if !strings.Contains(r.stderr, tt.want) {
				t.Errorf("stderr %q lacks %q", r.stderr, tt.want)
			}
			if !strings.HasSuffix(r.stderr, "\r\x1b[K") {
				t.Errorf("progress line not cleared at the end: %q", r.stderr)
			}
			// The failure line stands on a line of its own.
			if !strings.Contains(r.stderr, "\r\x1b[Kwhosaid: "+missing+": ") {
				t.Errorf("failure line not written over the progress line: %q", r.stderr)
			}
		})
	}
}

func TestInterrupted(t *testing.T) {
	isolate(t)
	dir := t.TempDir()
	out := filepath.Join(dir, "quotes.jsonl")
	text := fixture(t, "library.txt")
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var stdout, stderr bytes.Buffer
	a := &app{stdin: strings.NewReader(""), stdout: &stdout, stderr: &stderr}
	code := a.run(ctx, []string{"extract", "--no-llm", "-o", out, text, text, text})
	if code != exitPartial {
		t.Errorf("exit status: got %d, want %d", code, exitPartial)
	}
	if !strings.Contains(stderr.String(), "interrupted") || len(stderrLines(stderr.String())) != 1 {
		t.Errorf("stderr: want one line saying it was interrupted, got:\n%s", stderr.String())
	}
	if ents, _ := os.ReadDir(dir); len(ents) != 0 {
		t.Errorf("an interrupted run left %d files behind", len(ents))
	}
}

// --cue-class keeps only the records of the classes named, and the speaker
// ids of what is kept are those of the full output.
func TestCueClassFilter(t *testing.T) {
	isolate(t)
	page := fixture(t, "ferry.html")
	all := runCmd(t, "extract", "--no-llm", "--format", "jsonl", page)
	some := runCmd(t, "extract", "--no-llm", "--format", "jsonl", "--cue-class", "statement, evidence", page)
	if all.code != exitOK || some.code != exitOK {
		t.Fatalf("exit status %d, %d; stderr:\n%s%s", all.code, some.code, all.stderr, some.stderr)
	}
	full, kept := checkJSONL(t, all.stdout)[0], checkJSONL(t, some.stdout)[0]
	ids := map[string]string{}
	want := 0
	for _, q := range full.Quotes {
		ids[q.Quote] = q.SpeakerID
		if q.CueClass == "statement" || q.CueClass == "evidence" {
			want++
		}
	}
	if want == 0 || want == len(full.Quotes) {
		t.Fatalf("the fixture should hold statement or evidence records and others; classes: %v", classesOf(full.Quotes))
	}
	if len(kept.Quotes) != want {
		t.Fatalf("got %d records, want the %d statement and evidence ones; classes: %v", len(kept.Quotes), want, classesOf(kept.Quotes))
	}
	for _, q := range kept.Quotes {
		if q.CueClass != "statement" && q.CueClass != "evidence" {
			t.Errorf("record %q of class %q kept", q.Quote, q.CueClass)
		}
		if q.SpeakerID != ids[q.Quote] {
			t.Errorf("record %q: speaker id %q, want %q as in the full output", q.Quote, q.SpeakerID, ids[q.Quote])
		}
	}
}

func classesOf(qs []extractor.Quote) []string {
	var out []string
	for _, q := range qs {
		out = append(out, q.CueClass)
	}
	return out
}
