// Command watchbench measures `whosaid watch --once` over feeds served on
// loopback: by default 50 feeds of 20 articles (1,000 articles) on 10 hosts
// (127.0.0.1 to 127.0.0.10), in rules mode, with a fresh store. It reports
// the wall time, the peak memory (maximum RSS) of the whosaid process and
// how much of the time went to waiting on the politeness limits: both the
// waits the job counted and the difference to a second run without limits.
//
// It is not part of `go test`. Run it from the repository root:
//
//	go run ./internal/watch/watchbench
//	go run ./internal/watch/watchbench -feeds 10 -per-feed 10 -host-delay 200ms
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"html"
	"log"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"time"
)

func main() {
	feeds := flag.Int("feeds", 50, "feeds served")
	perFeed := flag.Int("per-feed", 20, "articles in each feed")
	hosts := flag.Int("hosts", 10, "loopback hosts the feeds are spread over (127.0.0.1 up)")
	hostDelay := flag.Duration("host-delay", time.Second, "watch --host-delay for the polite run")
	perHost := flag.Int("per-host", 1, "watch --per-host for the polite run")
	workers := flag.Int("workers", 8, "watch --workers")
	bin := flag.String("bin", "", "whosaid binary (default: build ./cmd/whosaid)")
	flag.Parse()
	if err := run(*feeds, *perFeed, *hosts, *hostDelay, *perHost, *workers, *bin); err != nil {
		log.Fatal(err)
	}
}

func run(feeds, perFeed, hosts int, hostDelay time.Duration, perHost, workers int, bin string) error {
	dir, err := os.MkdirTemp("", "watchbench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	if bin == "" {
		bin = filepath.Join(dir, "whosaid")
		b, err := exec.Command("go", "build", "-o", bin, "./cmd/whosaid").CombinedOutput()
		if err != nil {
			return fmt.Errorf("go build (run from the repository root): %v\n%s", err, b)
		}
	}
	bases, stop, err := serve(hosts, perFeed)
	if err != nil {
		return err
	}
	defer stop()
	var list strings.Builder
	for i := range feeds {
		fmt.Fprintf(&list, "%s/feeds/%d.xml\n", bases[i%len(bases)], i)
	}
	feedsFile := filepath.Join(dir, "feeds.txt")
	if err := os.WriteFile(feedsFile, []byte(list.String()), 0o644); err != nil {
		return err
	}
	fmt.Printf("watch --once over %d feeds x %d articles = %d articles on %d loopback hosts, %d workers, rules mode\n",
		feeds, perFeed, feeds*perFeed, hosts, workers)

	polite, err := once(bin, dir, feedsFile, "polite.db", hostDelay, perHost, workers)
	if err != nil {
		return err
	}
	fmt.Printf("polite (per-host %d, host-delay %v): wall %v, peak RSS %.1f MiB, %s\n",
		perHost, hostDelay, polite.wall.Round(time.Millisecond), float64(polite.maxRSS)/(1<<20), polite.summary)
	again, err := once(bin, dir, feedsFile, "polite.db", hostDelay, perHost, workers)
	if err != nil {
		return err
	}
	fmt.Printf("second run on the same store (all 304): wall %v, peak RSS %.1f MiB, %s\n",
		again.wall.Round(time.Millisecond), float64(again.maxRSS)/(1<<20), again.summary)
	free, err := once(bin, dir, feedsFile, "free.db", 0, workers, workers)
	if err != nil {
		return err
	}
	fmt.Printf("no limits (per-host %d, host-delay 0): wall %v, peak RSS %.1f MiB, %s\n",
		workers, free.wall.Round(time.Millisecond), float64(free.maxRSS)/(1<<20), free.summary)
	share := 1 - free.wall.Seconds()/polite.wall.Seconds()
	fmt.Printf("share of the polite run's wall time due to the politeness limits: %.0f%% (wall-time difference)\n", 100*share)
	if polite.waited > 0 {
		fmt.Printf("waits counted by the limiter: %v summed over requests = %.0f%% of worker time (%d workers x wall)\n",
			polite.waited.Round(time.Millisecond), 100*polite.waited.Seconds()/(float64(workers)*polite.wall.Seconds()), workers)
	}
	return nil
}

type result struct {
	wall    time.Duration
	maxRSS  int64 // bytes
	waited  time.Duration
	summary string
}

var waitRE = regexp.MustCompile(`requests waited (\S+) in all`)

func once(bin, dir, feedsFile, store string, hostDelay time.Duration, perHost, workers int) (*result, error) {
	cmd := exec.Command(bin, "watch", "--once", "--no-llm", "--allow-private",
		"--store", filepath.Join(dir, store), "--feeds-file", feedsFile,
		"--host-delay", hostDelay.String(), "--per-host", fmt.Sprint(perHost), "--workers", fmt.Sprint(workers),
		"--interval", "0s", "--min-interval", "0s")
	cmd.Env = []string{"HOME=" + dir, "PATH=" + os.Getenv("PATH")}
	var stderr strings.Builder
	cmd.Stderr = &stderr
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	if err != nil {
		return nil, fmt.Errorf("watch: %v\n%s", err, stderr.String())
	}
	r := &result{wall: wall}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		r.maxRSS = int64(ru.Maxrss) * 1024 // kilobytes on Linux
	}
	line := strings.TrimSpace(stderr.String())
	if i := strings.LastIndex(line, "\n"); i >= 0 {
		line = line[i+1:]
	}
	r.summary = strings.TrimPrefix(line, "whosaid: ")
	if m := waitRE.FindStringSubmatch(line); m != nil {
		r.waited, _ = time.ParseDuration(m[1])
	}
	if !strings.Contains(line, "documents stored") {
		return nil, errors.New("watch: no summary line in:\n" + stderr.String())
	}
	return r, nil
}

// serve starts one server per loopback host and returns their base URLs.
func serve(hosts, perFeed int) ([]string, func(), error) {
	var bases []string
	var srvs []*http.Server
	stop := func() {
		for _, s := range srvs {
			s.Shutdown(context.Background())
		}
	}
	for i := range hosts {
		ln, err := net.Listen("tcp", fmt.Sprintf("127.0.0.%d:0", i+1))
		if err != nil {
			stop()
			return nil, nil, err
		}
		base := "http://" + ln.Addr().String()
		s := &http.Server{Handler: site(base, perFeed)}
		srvs = append(srvs, s)
		bases = append(bases, base)
		go s.Serve(ln)
	}
	return bases, stop, nil
}

func site(base string, perFeed int) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/feeds/{feed}", func(w http.ResponseWriter, r *http.Request) {
		f := strings.TrimSuffix(r.PathValue("feed"), ".xml")
		// A fixed Last-Modified: the second run gets 304s.
		const lastMod = "Mon, 02 Mar 2026 10:00:00 GMT"
		w.Header().Set("Last-Modified", lastMod)
		if r.Header.Get("If-Modified-Since") == lastMod {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Desk %s</title><link>%s/</link>`, f, base)
		for i := perFeed; i >= 1; i-- {
			fmt.Fprintf(w, `<item><title>Story %s-%d</title><link>%s/news/%s/%d?utm_source=rss</link><guid isPermaLink="false">%s-%s-%d</guid></item>`,
				f, i, base, f, i, base, f, i)
		}
		fmt.Fprint(w, `</channel></rss>`)
	})
	mux.HandleFunc("/news/{feed}/{n}", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, page(r.PathValue("feed")+"-"+r.PathValue("n")))
	})
	return mux
}

// page is a made-up local news story of about 4 KB with direct, indirect
// and split quotes.
func page(id string) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Council story %s</title></head><body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></nav><article><h1>Council story %s</h1><p>By Mara Lindqvist</p>`, html.EscapeString(id), html.EscapeString(id))
	paras := []string{
		`The harbour council voted 7 to 2 on Tuesday to close the old grain pier for repairs, a decision that will move the Saturday market for at least a year.`,
		`"We cannot keep sending people onto timbers that are rotting under their feet," said Elena Varga, the council's transport chair.`,
		`Varga said engineers had found damage along most of the pier's length during an inspection in the spring.`,
		`Traders were less convinced. "Every year they find a new reason to push us further from the town centre," said Jonas Albrecht, who has sold cheese at the market for two decades. "This time we may not come back."`,
		`According to the Port Aldine Traders' Association, the market brings about 4,000 visitors into the town each weekend.`,
		`Council officials told reporters that a temporary site near the ferry terminal would be ready by March.`,
		`Some residents warned that parking near the terminal was already scarce on weekends.`,
	}
	for _, p := range paras {
		b.WriteString("<p>" + html.EscapeString(p) + "</p>\n")
	}
	b.WriteString(`</article><aside><h2>Most read</h2><ul><li>"Storm warning" for the coast</li></ul></aside><footer>Harbour Gazette</footer></body></html>`)
	return b.String()
}
