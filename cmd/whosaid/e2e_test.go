package main

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// The end-to-end tests run the built binary, as a user would.

const e2eVersion = "v0.0.0-e2e"

var (
	binOnce sync.Once
	binDir  string
	binPath string
	binErr  error
)

func TestMain(m *testing.M) {
	code := m.Run()
	if binDir != "" {
		os.RemoveAll(binDir)
	}
	os.Exit(code)
}

// binary builds the command once per test binary.
func binary(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the binary; skipped with -short")
	}
	binOnce.Do(func() {
		binDir, binErr = os.MkdirTemp("", "whosaid-e2e-")
		if binErr != nil {
			return
		}
		binPath = filepath.Join(binDir, "whosaid")
		cmd := exec.Command("go", "build", "-o", binPath,
			"-ldflags", "-X github.com/whosaid/whosaid/extractor.Version="+e2eVersion, ".")
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		if err := cmd.Run(); err != nil {
			binErr = &buildError{err, out.String()}
		}
	})
	if binErr != nil {
		t.Fatalf("go build: %v", binErr)
	}
	return binPath
}

type buildError struct {
	err error
	out string
}

func (e *buildError) Error() string { return e.err.Error() + "\n" + e.out }

// runBinary runs the built command in a clean environment: no WHOSAID_*
// variables and an empty home, so no config file of the machine applies.
func runBinary(t *testing.T, args ...string) result {
	t.Helper()
	home := t.TempDir()
	env := []string{"HOME=" + home, "XDG_CONFIG_HOME=" + filepath.Join(home, ".config")}
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		if k == "PATH" || k == "TMPDIR" || k == "SYSTEMROOT" {
			env = append(env, kv)
		}
	}
	cmd := exec.Command(binary(t), args...)
	cmd.Env = env
	cmd.Dir = t.TempDir()
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	if err != nil {
		ee, ok := err.(*exec.ExitError)
		if !ok {
			t.Fatalf("running %v: %v", args, err)
		}
		code = ee.ExitCode()
	}
	return result{code, out.String(), errb.String()}
}

// newsServer serves the fixture article over loopback and records the
// User-Agent it was asked with.
func newsServer(t *testing.T) (url string, userAgent func() string) {
	t.Helper()
	page, err := os.ReadFile(fixture(t, "ferry.html"))
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var ua string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/news/2026/02/11/night-ferry-vote" {
			http.NotFound(w, r)
			return
		}
		mu.Lock()
		ua = r.UserAgent()
		mu.Unlock()
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(page)
	}))
	t.Cleanup(srv.Close)
	return srv.URL + "/news/2026/02/11/night-ferry-vote", func() string {
		mu.Lock()
		defer mu.Unlock()
		return ua
	}
}

func TestEndToEndURL(t *testing.T) {
	url, userAgent := newsServer(t)
	r := runBinary(t, "extract", "--allow-private", url)
	if r.code != exitOK {
		t.Fatalf("exit status: got %d, want 0; stderr:\n%s", r.code, r.stderr)
	}
	doc := checkDocument(t, []byte(r.stdout))
	if doc.Source != url {
		t.Errorf("source: got %q, want the URL as given %q", doc.Source, url)
	}
	if doc.Extractor.Version != e2eVersion || doc.Extractor.Mode != "rules" {
		t.Errorf("extractor: got %+v, want version %s, mode rules", doc.Extractor, e2eVersion)
	}
	if ua := userAgent(); !strings.Contains(ua, "whosaid/"+e2eVersion) {
		t.Errorf("User-Agent: got %q, want it to name whosaid/%s", ua, e2eVersion)
	}
	if doc.Title == "" {
		t.Error("no title")
	}
	for _, want := range []string{
		"People who clean our offices and staff our hospital at night have no other way home",
		"We cannot run an empty boat forever",
		"The numbers they quote are from January",
	} {
		if !hasQuote(doc, want) {
			t.Errorf("quote %q not found; quotes: %+v", want, doc.Quotes)
		}
	}
	for _, q := range doc.Quotes {
		if strings.Contains(q.Quote, "We cannot run an empty boat forever") && q.Speaker != "Marcus Oyelaran" {
			t.Errorf("speaker of %q: got %q, want Marcus Oyelaran (the short reference resolved)", q.Quote, q.Speaker)
		}
	}
	// Quote marks in the caption, the related and most-read lists and the
	// comments are not the article's.
	for _, boiler := range []string{"Last boat home", "A lifeline", "worst in a decade", "Sell the boat"} {
		if strings.Contains(doc.Text, boiler) || hasQuote(doc, boiler) {
			t.Errorf("boilerplate %q in the output", boiler)
		}
	}
	if !strings.Contains(r.stderr, rulesNotice) || len(stderrLines(r.stderr)) != 1 {
		t.Errorf("stderr: want only the rules-mode notice, got:\n%s", r.stderr)
	}
}

func TestEndToEndPrivateAddressRefused(t *testing.T) {
	url, userAgent := newsServer(t)
	r := runBinary(t, "extract", "--no-llm", url)
	if r.code != exitPartial {
		t.Fatalf("exit status: got %d, want %d; stdout:\n%s", r.code, exitPartial, r.stdout)
	}
	lines := stderrLines(r.stderr)
	if len(lines) != 1 {
		t.Fatalf("stderr: got %d lines, want one:\n%s", len(lines), r.stderr)
	}
	if !strings.HasPrefix(lines[0], "whosaid: "+url+": ") || !strings.Contains(lines[0], "--allow-private") {
		t.Errorf("stderr %q: want it to name the URL and --allow-private", lines[0])
	}
	if r.stdout != "" {
		t.Errorf("stdout: got %q, want nothing", r.stdout)
	}
	if ua := userAgent(); ua != "" {
		t.Errorf("the server was reached (User-Agent %q); the dial should have been refused", ua)
	}
}
