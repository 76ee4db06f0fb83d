package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/whosaid/whosaid/extractor"
	"github.com/whosaid/whosaid/extractor/format"
)

// result is what one in-process run of the command gives.
type result struct {
	code           int
	stdout, stderr string
}

// isolate keeps a test away from the caller's WHOSAID_* variables and config
// files. Tests using it cannot run in parallel (t.Setenv).
func isolate(t *testing.T) {
	t.Helper()
	for _, kv := range os.Environ() {
		if k, _, _ := strings.Cut(kv, "="); strings.HasPrefix(k, "WHOSAID_") {
			t.Setenv(k, "")
		}
	}
	// An OpenAI key in the caller's environment would turn on the LLM stage.
	t.Setenv("OPENAI_API_KEY", "")
	t.Setenv("OPENAI_BASE_URL", "")
	home := t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("XDG_CONFIG_HOME", filepath.Join(home, ".config"))
}

// runWith runs the command in process with stdin as its standard input.
func runWith(t *testing.T, stdin io.Reader, terminal bool, args ...string) result {
	t.Helper()
	var out, errb bytes.Buffer
	a := &app{stdin: stdin, stdout: &out, stderr: &errb, isTerminal: func(io.Writer) bool { return terminal }}
	code := a.run(context.Background(), args)
	return result{code, out.String(), errb.String()}
}

func runCmd(t *testing.T, args ...string) result {
	t.Helper()
	return runWith(t, strings.NewReader(""), false, args...)
}

func fixture(t testing.TB, name string) string {
	t.Helper()
	p, err := filepath.Abs(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// stderrLines returns the non-empty lines of stderr.
func stderrLines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.TrimSpace(l) != "" {
			out = append(out, l)
		}
	}
	return out
}

var (
	schemaOnce sync.Once
	schema     *jsonschema.Schema
	schemaErr  error
)

func documentSchema(t testing.TB) *jsonschema.Schema {
	t.Helper()
	schemaOnce.Do(func() {
		var doc any
		doc, schemaErr = jsonschema.UnmarshalJSON(bytes.NewReader(format.DocumentSchema()))
		if schemaErr != nil {
			return
		}
		c := jsonschema.NewCompiler()
		c.AssertFormat()
		if schemaErr = c.AddResource(format.SchemaID, doc); schemaErr != nil {
			return
		}
		schema, schemaErr = c.Compile(format.SchemaID)
	})
	if schemaErr != nil {
		t.Fatalf("document schema: %v", schemaErr)
	}
	return schema
}

// checkDocument validates one JSON document against the schema and the
// offset invariant, and decodes it.
func checkDocument(t testing.TB, raw []byte) *extractor.Document {
	t.Helper()
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(raw))
	if err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, raw)
	}
	if err := documentSchema(t).Validate(inst); err != nil {
		t.Fatalf("output does not match the document schema: %v\n%s", err, raw)
	}
	var doc extractor.Document
	if err := json.Unmarshal(raw, &doc); err != nil {
		t.Fatal(err)
	}
	runes := []rune(doc.Text)
	for i, q := range doc.Quotes {
		if q.End <= q.Start || q.End > len(runes) {
			t.Fatalf("record %d: offsets %d..%d outside a text of %d code points", i, q.Start, q.End, len(runes))
		}
		if got := string(runes[q.Start:q.End]); got != q.Quote {
			t.Errorf("record %d: text[%d:%d] = %q, want %q", i, q.Start, q.End, got, q.Quote)
		}
	}
	return &doc
}

// checkJSONL validates every line of a jsonl output.
func checkJSONL(t testing.TB, out string) []*extractor.Document {
	t.Helper()
	var docs []*extractor.Document
	for _, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if l == "" {
			continue
		}
		docs = append(docs, checkDocument(t, []byte(l)))
	}
	return docs
}

// checkJSONArray validates a json output holding an array of documents.
func checkJSONArray(t testing.TB, out string) []*extractor.Document {
	t.Helper()
	var raws []json.RawMessage
	if err := json.Unmarshal([]byte(out), &raws); err != nil {
		t.Fatalf("output is not a JSON array: %v\n%s", err, out)
	}
	var docs []*extractor.Document
	for _, r := range raws {
		docs = append(docs, checkDocument(t, r))
	}
	return docs
}

func hasQuote(doc *extractor.Document, sub string) bool {
	for _, q := range doc.Quotes {
		if strings.Contains(q.Quote, sub) {
			return true
		}
	}
	return false
}

// checkOutput validates any JSON output of extract: an array, one indented
// document or JSON lines. It returns the documents.
func checkOutput(t testing.TB, out string) []*extractor.Document {
	t.Helper()
	switch {
	case out == "":
		return nil
	case strings.HasPrefix(out, "["):
		return checkJSONArray(t, out)
	case strings.HasPrefix(out, "{\n"):
		return []*extractor.Document{checkDocument(t, []byte(out))}
	}
	return checkJSONL(t, out)
}
