package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/whosaid/whosaid/extractor"
	"github.com/whosaid/whosaid/extractor/crosscheck"
	"github.com/whosaid/whosaid/extractor/llm/llmtest"
)

const testKey = "sk-test-key-never-shown"

// useLLM points the LLM settings at srv through the environment. The
// server is on loopback and no --allow-private is given: the LLM endpoint
// is not subject to the fetch guard.
func useLLM(t *testing.T, baseURL string) {
	t.Helper()
	t.Setenv("WHOSAID_LLM_BASE_URL", baseURL)
	t.Setenv("WHOSAID_LLM_MODEL", "test-model")
	t.Setenv("WHOSAID_LLM_API_KEY", testKey)
	t.Setenv("WHOSAID_LLM_MAX_RETRIES", "1")
}

// runProcess runs the command through run, as main does.
func runProcess(t *testing.T, args ...string) result {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(""), &out, &errb)
	if strings.Contains(out.String()+errb.String(), testKey) {
		t.Errorf("the API key was printed:\n%s\n%s", out.String(), errb.String())
	}
	return result{code, out.String(), errb.String()}
}

func TestLLMEndpointDown(t *testing.T) {
	isolate(t)
	srv := llmtest.NewServer(t, llmtest.Reply{})
	srv.Close()
	useLLM(t, srv.BaseURL())
	src := fixture(t, "library.txt")

	got := runProcess(t, "extract", "--cache-dir", t.TempDir(), src)
	if got.code != exitOK {
		t.Fatalf("exit: got %d, want 0 (degraded, not lost); stderr %q", got.code, got.stderr)
	}
	want := runProcess(t, "extract", "--no-llm", src)
	if want.code != exitOK {
		t.Fatalf("--no-llm: exit %d, stderr %q", want.code, want.stderr)
	}
	gd, wd := checkDocument(t, []byte(got.stdout)), checkDocument(t, []byte(want.stdout))
	n := len(gd.Warnings)
	if n != len(wd.Warnings)+1 || !strings.HasPrefix(gd.Warnings[n-1], crosscheck.WarnLLMFailed) {
		t.Fatalf("warnings: got %q, want %q plus one starting %q", gd.Warnings, wd.Warnings, crosscheck.WarnLLMFailed)
	}
	wd.Warnings = append(wd.Warnings, gd.Warnings[n-1])
	if g, w := mustJSON(t, gd), mustJSON(t, wd); g != w {
		t.Errorf("output is not the rules-only output plus a warning:\ngot:  %s\nwant: %s", g, w)
	}
}

func TestLLMHybridAndCache(t *testing.T) {
	isolate(t)
	reply := llmtest.Quotes(
		map[string]string{"quote": "Sunday is the only day many families can come in together,", "type": "direct",
			"speaker": "Helen Brandt", "speaker_mention": "Helen Brandt", "speaker_kind": "person", "role": "chair", "cue": "said"},
		map[string]string{"quote": "The library will close on Mondays", "type": "direct", "speaker": "Helen Brandt", "speaker_kind": "person"},
	)
	srv := llmtest.NewServer(t, llmtest.Reply{Content: reply, PromptTokens: 700, CompletionTokens: 90})
	useLLM(t, srv.BaseURL())
	cache := t.TempDir()
	src := fixture(t, "library.txt")

	first := runProcess(t, "extract", "--cache-dir", cache, src)
	if first.code != exitOK {
		t.Fatalf("exit %d, stderr %q", first.code, first.stderr)
	}
	if strings.Contains(first.stderr, "no LLM configured") {
		t.Errorf("stderr says no LLM is configured: %q", first.stderr)
	}
	doc := checkDocument(t, []byte(first.stdout))
	if doc.Extractor.Mode != "hybrid" || doc.Extractor.Model != "test-model" || doc.Extractor.PromptVersion == "" {
		t.Errorf("extractor: got %+v", doc.Extractor)
	}
	if u := doc.Extractor.Usage; u == nil || *u != (extractor.Usage{Requests: 1, PromptTokens: 700, CompletionTokens: 90}) {
		t.Errorf("usage: got %+v", u)
	}
	if len(doc.Rejected) != 1 || doc.Rejected[0] != (extractor.Rejected{Quote: "The library will close on Mondays", Speaker: "Helen Brandt", Reason: "not_in_text"}) {
		t.Errorf("rejected: got %+v", doc.Rejected)
	}
	found := false
	for _, q := range doc.Quotes {
		if strings.Contains(q.Quote, "close on Mondays") {
			t.Errorf("the invented quote is in quotes: %+v", q)
		}
		if strings.HasPrefix(q.Quote, "Sunday is the only day") {
			found = true
			if q.Method == "rules" || q.Speaker != "Helen Brandt" {
				t.Errorf("the LLM's quote: got method %q speaker %q", q.Method, q.Speaker)
			}
		}
		if q.Agreement == "" {
			t.Errorf("record without an agreement label: %+v", q)
		}
	}
	if !found {
		t.Errorf("the LLM's quote is missing: %s", first.stdout)
	}
	if h := srv.Requests()[0].Header.Get("Authorization"); h != "Bearer "+testKey {
		t.Errorf("Authorization: got %q", h)
	}

	second := runProcess(t, "extract", "--cache-dir", cache, src)
	if srv.Count() != 1 {
		t.Errorf("requests after an identical second run: got %d, want 1 (cached)", srv.Count())
	}
	doc2 := checkDocument(t, []byte(second.stdout))
	if u := doc2.Extractor.Usage; u == nil || *u != (extractor.Usage{CacheHits: 1}) {
		t.Errorf("usage of the cached run: got %+v", u)
	}
	doc2.Extractor.Usage = doc.Extractor.Usage
	if mustJSON(t, doc2) != mustJSON(t, doc) {
		t.Errorf("the cached run differs:\n%s\n%s", second.stdout, first.stdout)
	}

	runProcess(t, "extract", "--cache-dir", cache, "--no-cache", src)
	if srv.Count() != 2 {
		t.Errorf("requests after --no-cache: got %d, want 2", srv.Count())
	}
	t.Setenv("WHOSAID_CACHE_DIR", cache)
	runProcess(t, "extract", src)
	if srv.Count() != 2 {
		t.Errorf("requests with WHOSAID_CACHE_DIR: got %d, want still 2", srv.Count())
	}
}

func TestLLMConfigMasksKey(t *testing.T) {
	isolate(t)
	t.Setenv("OPENAI_API_KEY", testKey)
	t.Setenv("WHOSAID_LLM_MODEL", "gpt-4o-mini")
	r := runProcess(t, "config")
	if r.code != exitOK {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	for _, w := range []string{"api_key: '****'", "runs as hybrid", "model: gpt-4o-mini"} {
		if !strings.Contains(r.stdout, w) {
			t.Errorf("config output lacks %q:\n%s", w, r.stdout)
		}
	}
}

func TestLLMModeErrors(t *testing.T) {
	isolate(t)
	r := runProcess(t, "extract", "--mode", "hybrid", fixture(t, "library.txt"))
	if r.code != exitUsage || !strings.Contains(r.stderr, "llm.model") {
		t.Errorf("hybrid without a model: got exit %d, stderr %q; want 2 naming llm.model", r.code, r.stderr)
	}
	r = runProcess(t, "extract", "--max-tokens-per-article", "-5", "--no-llm", fixture(t, "library.txt"))
	if r.code != exitUsage || !strings.Contains(r.stderr, "llm.max_tokens_per_article") {
		t.Errorf("negative cap: got exit %d, stderr %q", r.code, r.stderr)
	}
}

func TestEvalMode(t *testing.T) {
	isolate(t)
	text := strings.Join([]string{
		"The Saltmarsh Island library will open on Sundays from April, the island's trust said on Monday.",
		`"Sunday is the only day many families can come in together," said Helen Brandt, the trust's chair.`,
	}, "\n\n")
	q := "Sunday is the only day many families can come in together,"
	start := utf8.RuneCountInString(text[:strings.Index(text, q)])
	gold := map[string]any{"id": "lib", "text": text, "quotes": []any{map[string]any{
		"quote": q, "speaker": "Helen Brandt", "type": "direct", "start": start, "end": start + utf8.RuneCountInString(q)}}}
	b, _ := json.Marshal(gold)
	path := filepath.Join(t.TempDir(), "gold.jsonl")
	if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
		t.Fatal(err)
	}
	srv := llmtest.NewServer(t, llmtest.Reply{Content: llmtest.Quotes(map[string]string{
		"quote": q, "type": "direct", "speaker": "Helen Brandt", "speaker_kind": "person", "cue": "said"})})
	useLLM(t, srv.BaseURL())
	for _, mode := range []string{"rules", "llm", "hybrid"} {
		r := runProcess(t, "eval", "--gold", path, "--json", "--no-cache", "--mode", mode)
		if r.code != exitOK {
			t.Fatalf("eval --mode %s: exit %d, stderr %q", mode, r.code, r.stderr)
		}
		if !json.Valid([]byte(r.stdout)) {
			t.Errorf("eval --mode %s: output is not JSON: %s", mode, r.stdout)
		}
	}
	if srv.Count() != 2 {
		t.Errorf("requests: got %d, want 2 (llm and hybrid; none for rules)", srv.Count())
	}
}

func mustJSON(t testing.TB, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// Neither the key nor a password in the base URL reaches the output or the
// debug log, even when the server echoes the key it refused.
func TestLLMSecretsNotLogged(t *testing.T) {
	isolate(t)
	srv := llmtest.NewServer(t, llmtest.Reply{Status: 401, Body: `{"error": {"message": "Invalid key ` + testKey + `", "type": "auth"}}`})
	useLLM(t, strings.Replace(srv.BaseURL(), "http://", "http://proxyuser:pw-never-shown@", 1))
	got := runProcess(t, "extract", "--no-cache", "--log-level", "debug", fixture(t, "library.txt"))
	if got.code != exitOK {
		t.Fatalf("exit: got %d, want 0; stderr %q", got.code, got.stderr)
	}
	if srv.Count() != 1 {
		t.Errorf("requests: got %d, want 1", srv.Count())
	}
	if !strings.Contains(got.stderr, "llm stage ready") || !strings.Contains(got.stdout, "server answered 401") {
		t.Errorf("want the debug log and the warning to be there:\nstdout %s\nstderr %s", got.stdout, got.stderr)
	}
	if out := got.stdout + got.stderr; strings.Contains(out, "pw-never-shown") {
		t.Errorf("the password of the base URL was printed:\n%s", out)
	}
}
