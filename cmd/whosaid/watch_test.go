package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/whosaid/whosaid/extractor"
)

// feedSite serves one RSS feed of n articles (the ferry fixture under
// different paths), a feed that always fails, and can hold one article's
// answer until released, to be killed in the middle of a run.
type feedSite struct {
	srv  *httptest.Server
	page []byte

	mu       sync.Mutex
	n        int
	slowPath string
	slowHit  chan struct{} // closed when the slow page is first asked for
	hitOnce  sync.Once
	release  chan struct{} // closed: the slow page answers
	hits     map[string]int
}

func newFeedSite(t *testing.T, n int) *feedSite {
	t.Helper()
	page, err := os.ReadFile(fixture(t, "ferry.html"))
	if err != nil {
		t.Fatal(err)
	}
	s := &feedSite{page: page, n: n, slowHit: make(chan struct{}), release: make(chan struct{}), hits: map[string]int{}}
	s.srv = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.srv.Close)
	return s
}

func (s *feedSite) serve(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	s.hits[r.URL.Path]++
	n, slow := s.n, r.URL.Path == s.slowPath
	s.mu.Unlock()
	switch {
	case r.URL.Path == "/rss.xml":
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Gazette</title><link>%s/</link>`, s.srv.URL)
		for i := n; i >= 1; i-- {
			fmt.Fprintf(w, `<item><title>Night ferry %d</title><link>%s/news/%d?utm_source=rss</link><guid isPermaLink="false">hg-%d</guid></item>`, i, s.srv.URL, i, i)
		}
		fmt.Fprint(w, `</channel></rss>`)
	case r.URL.Path == "/down.xml":
		http.Error(w, "maintenance", http.StatusInternalServerError)
	case strings.HasPrefix(r.URL.Path, "/news/"):
		if slow {
			s.hitOnce.Do(func() { close(s.slowHit) })
			select {
			case <-s.release:
			case <-r.Context().Done():
				return
			}
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(s.page)
	default:
		http.NotFound(w, r)
	}
}

func (s *feedSite) articleHits() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for p, c := range s.hits {
		if strings.HasPrefix(p, "/news/") {
			n += c
		}
	}
	return n
}

// watchArgs makes every feed due on every run and drops the politeness
// delay, which a loopback test does not need.
func watchArgs(store string, more ...string) []string {
	return append([]string{"watch", "--once", "--no-llm", "--allow-private", "--store", store,
		"--interval", "0s", "--min-interval", "0s", "--host-delay", "0s", "--per-host", "4"}, more...)
}

func TestWatchOnceExportAndFeeds(t *testing.T) {
	isolate(t)
	site := newFeedSite(t, 3)
	dir := t.TempDir()
	db, out := filepath.Join(dir, "quotes.db"), filepath.Join(dir, "new.jsonl")
	feeds := filepath.Join(dir, "feeds.txt")
	if err := os.WriteFile(feeds, []byte("# test feeds\n"+site.srv.URL+"/rss.xml\n"+site.srv.URL+"/down.xml\n"), 0o644); err != nil {
		t.Fatal(err)
	}

	r := runCmd(t, watchArgs(db, "--feeds-file", feeds, "--out", out)...)
	if r.code != exitPartial {
		t.Fatalf("first run with a failing feed: got exit %d, want 1; stderr:\n%s", r.code, r.stderr)
	}
	if !strings.Contains(r.stderr, "3 documents stored") || !strings.Contains(r.stderr, "1 failed") {
		t.Errorf("stderr: want the good feed's 3 documents and 1 failed feed, got:\n%s", r.stderr)
	}
	if got := countLines(t, out); got != 3 {
		t.Errorf("--out: got %d lines, want 3", got)
	}

	// The second run: the good feed alone, nothing new.
	r = runCmd(t, watchArgs(db, "--feed", site.srv.URL+"/rss.xml", "--out", out)...)
	if r.code != exitOK {
		t.Fatalf("second run: got exit %d, want 0; stderr:\n%s", r.code, r.stderr)
	}
	if !strings.Contains(r.stderr, "0 documents stored") || site.articleHits() != 3 {
		t.Errorf("second run: want nothing fetched or stored; %d article requests; stderr:\n%s", site.articleHits(), r.stderr)
	}

	// A third run with both feeds and a real schedule: the broken feed is in
	// back-off, not asked again, and still makes the exit status 1.
	r = runCmd(t, watchArgs(db, "--feeds-file", feeds, "--interval", "15m")...)
	if r.code != exitPartial || !strings.Contains(r.stderr, "1 of them failing, in back-off") {
		t.Errorf("third run: got exit %d, want 1 for the feed in back-off; stderr:\n%s", r.code, r.stderr)
	}

	csvOut := filepath.Join(dir, "quotes.csv")
	r = runCmd(t, "export", "--store", db, "--format", "csv", "-o", csvOut)
	if r.code != exitOK {
		t.Fatalf("export: got exit %d; stderr:\n%s", r.code, r.stderr)
	}
	f, err := os.Open(csvOut)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) < 4 || rows[0][0] != "source" {
		t.Fatalf("csv: got %d rows, want a header and the records of 3 articles", len(rows))
	}
	sources := map[string]bool{}
	for _, row := range rows[1:] {
		sources[row[0]] = true
	}
	if len(sources) != 3 {
		t.Errorf("csv: got records of %d articles, want 3", len(sources))
	}

	r = runCmd(t, "export", "--store", db, "--feed", site.srv.URL+"/down.xml")
	if r.code != exitOK || r.stdout != "" {
		t.Errorf("export of the failing feed: got exit %d, output %q; want nothing", r.code, r.stdout)
	}
	r = runCmd(t, "export", "--store", db, "--since", "later")
	if r.code != exitUsage {
		t.Errorf("export --since later: got exit %d, want 2", r.code)
	}
	r = runCmd(t, "export", "--store", filepath.Join(dir, "missing.db"))
	if r.code != exitUsage || !strings.Contains(r.stderr, "no store at") {
		t.Errorf("export of a missing store: got exit %d, stderr %q", r.code, r.stderr)
	}

	r = runCmd(t, "feeds", "--store", db)
	if r.code != exitOK {
		t.Fatalf("feeds: got exit %d; stderr:\n%s", r.code, r.stderr)
	}
	for _, want := range []string{site.srv.URL + "/rss.xml", site.srv.URL + "/down.xml", "failing (1)", "500"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("feeds output lacks %q:\n%s", want, r.stdout)
		}
	}
}

func TestWatchNoFeedsIsUsageError(t *testing.T) {
	isolate(t)
	r := runCmd(t, "watch", "--once", "--no-llm", "--store", filepath.Join(t.TempDir(), "w.db"))
	if r.code != exitUsage || !strings.Contains(r.stderr, "no feeds") {
		t.Errorf("got exit %d, stderr %q; want 2 and a hint", r.code, r.stderr)
	}
}

// TestWatchKilledMidRun kills the binary with SIGKILL while an article page
// is loading; a rerun must leave every article stored exactly once.
func TestWatchKilledMidRun(t *testing.T) {
	bin := binary(t)
	const n = 6
	site := newFeedSite(t, n)
	site.mu.Lock()
	site.slowPath = "/news/4"
	site.mu.Unlock()
	dir := t.TempDir()
	db := filepath.Join(dir, "quotes.db")
	home := t.TempDir()
	env := []string{"HOME=" + home, "XDG_CONFIG_HOME=" + filepath.Join(home, ".config"), "PATH=" + os.Getenv("PATH")}
	// A real schedule (later flags win): the rerun comes long before the
	// feed is due again, and must still finish the articles the killed run
	// had stored.
	args := watchArgs(db, "--feed", site.srv.URL+"/rss.xml", "--workers", "2", "--interval", "15m", "--min-interval", "1m")

	cmd := exec.Command(bin, args...)
	cmd.Env, cmd.Dir = env, dir
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	select {
	case <-site.slowHit:
	case <-time.After(60 * time.Second):
		cmd.Process.Kill()
		cmd.Wait()
		t.Fatal("the slow page was never requested")
	}
	if err := cmd.Process.Kill(); err != nil { // SIGKILL: no clean-up at all
		t.Fatal(err)
	}
	cmd.Wait()
	close(site.release)
	if got := len(exportSources(t, bin, env, dir, db)); got >= n {
		t.Fatalf("after the kill: %d articles stored, want fewer than %d (killed in the middle)", got, n)
	}

	cmd = exec.Command(bin, args...)
	cmd.Env, cmd.Dir = env, dir
	b, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("rerun: %v\n%s", err, b)
	}
	if !strings.Contains(string(b), "1 not due") {
		t.Errorf("rerun: want the feed not due yet (its articles done all the same); stderr:\n%s", b)
	}
	seen := exportSources(t, bin, env, dir, db)
	if len(seen) != n {
		t.Errorf("stored articles: got %d, want %d: %v", len(seen), n, seen)
	}
	for src, c := range seen {
		if c != 1 {
			t.Errorf("%s stored %d times, want once", src, c)
		}
	}
}

// exportSources runs the binary's export and counts each source's documents.
func exportSources(t *testing.T, bin string, env []string, dir, db string) map[string]int {
	t.Helper()
	cmd := exec.Command(bin, "export", "--store", db)
	cmd.Env, cmd.Dir = env, dir
	b, err := cmd.Output()
	if err != nil {
		t.Fatalf("export: %v", err)
	}
	seen := map[string]int{}
	sc := bufio.NewScanner(strings.NewReader(string(b)))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var d extractor.Document
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatalf("export line: %v", err)
		}
		seen[d.Source]++
	}
	return seen
}

func countLines(t *testing.T, path string) int {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return strings.Count(string(b), "\n")
}

// TestWatchServiceStopsOnSIGTERM runs watch as a service and stops it with
// SIGTERM while an article is loading: it exits 0 promptly, and the article
// it abandoned is done by the next run.
func TestWatchServiceStopsOnSIGTERM(t *testing.T) {
	bin := binary(t)
	const n = 3
	site := newFeedSite(t, n)
	site.mu.Lock()
	site.slowPath = "/news/2"
	site.mu.Unlock()
	dir := t.TempDir()
	db := filepath.Join(dir, "quotes.db")
	home := t.TempDir()
	env := []string{"HOME=" + home, "XDG_CONFIG_HOME=" + filepath.Join(home, ".config"), "PATH=" + os.Getenv("PATH")}
	args := watchArgs(db, "--feed", site.srv.URL+"/rss.xml", "--workers", "1")[2:] // without --once
	args = append([]string{"watch"}, args...)

	cmd := exec.Command(bin, args...)
	cmd.Env, cmd.Dir = env, dir
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	select {
	case <-site.slowHit:
	case <-time.After(60 * time.Second):
		cmd.Process.Kill()
		cmd.Wait()
		t.Fatal("the slow page was never requested")
	}
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("service stopped with %v, want exit 0", err)
		}
	case <-time.After(15 * time.Second):
		cmd.Process.Kill()
		t.Fatal("the service did not stop within 15s of SIGTERM")
	}
	close(site.release)

	cmd = exec.Command(bin, watchArgs(db, "--feed", site.srv.URL+"/rss.xml")...)
	cmd.Env, cmd.Dir = env, dir
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("rerun: %v\n%s", err, b)
	}
	seen := exportSources(t, bin, env, dir, db)
	if len(seen) != n {
		t.Errorf("stored articles: got %d, want %d: %v", len(seen), n, seen)
	}
	for src, c := range seen {
		if c != 1 {
			t.Errorf("%s stored %d times, want once", src, c)
		}
	}
}

func TestParseSince(t *testing.T) {
	now := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	tests := []struct {
		name, in string
		want     time.Time
		wantErr  bool
	}{
		{"rfc 3339", "2026-03-01T08:00:00+01:00", time.Date(2026, 3, 1, 7, 0, 0, 0, time.UTC), false},
		{"date is UTC midnight", "2026-03-01", time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC), false},
		{"duration back from now", "24h", now.Add(-24 * time.Hour), false},
		{"spaces trimmed", " 90m ", now.Add(-90 * time.Minute), false},
		{"negative duration", "-1h", time.Time{}, true},
		{"days are not a Go duration", "7d", time.Time{}, true},
		{"word", "yesterday", time.Time{}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseSince(tt.in, now)
			if (err != nil) != tt.wantErr || !got.Equal(tt.want) {
				t.Errorf("parseSince(%q): got %v, %v; want %v, error %v", tt.in, got, err, tt.want, tt.wantErr)
			}
		})
	}
}
