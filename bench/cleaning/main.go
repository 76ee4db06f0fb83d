// Command cleaning scores whosaid's HTML cleaner on the article extraction
// benchmark (181 real pages with human-checked main text) beside its peers,
// go-readability v2 and go-trafilatura, and times them side by side with a
// bare html.Parse of the same pages as the floor.
//
//	go run . -data /work/shared/data/article-extraction-benchmark
//
// It is a separate module so that the peers' dependencies stay out of
// whosaid's go.mod, and it is not part of `go test ./...`.
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/pprof"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/whosaid/whosaid/internal/gzfile"
)

// page is one benchmark page: its HTML and the human-checked article body.
type page struct {
	id, url, truth string
	html           []byte
}

// contestant is one extractor in the comparison: it returns the main text of a page.
type contestant struct {
	name    string
	extract func(html []byte, pageURL string) (string, error)
	scored  bool // false for timing-only rows (the parse floor, the pipeline)
}

type row struct {
	Name        string    `json:"name"`
	Pages       int       `json:"pages"`
	Errors      int       `json:"errors"`
	Precision   float64   `json:"precision,omitempty"`
	Recall      float64   `json:"recall,omitempty"`
	F1          float64   `json:"f1,omitempty"`
	MinSeconds  float64   `json:"min_seconds"`
	MedSeconds  float64   `json:"median_seconds"`
	PagesPerSec float64   `json:"pages_per_second"` // from the minimum
	Rounds      []float64 `json:"rounds_seconds"`
	perPage     map[string][2]float64
	sumP, sumR  float64
	scored      bool
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("cleaning", flag.ContinueOnError)
	fl.SetOutput(stderr)
	data := fl.String("data", "../../../shared/data/article-extraction-benchmark", "benchmark data directory (ground-truth.json, html/)")
	rounds := fl.Int("rounds", 3, "timing rounds per extractor (min and median reported)")
	asJSON := fl.Bool("json", false, "print the results as JSON")
	only := fl.String("only", "", "comma-separated extractor names to run (default all)")
	worst := fl.Int("worst", 0, "also list the N pages where whosaid scores lowest F1")
	dump := fl.String("dump", "", "write whosaid's text of every page to this directory (for inspection; never commit it)")
	cpuProfile := fl.String("cpuprofile", "", "write a CPU profile of the timing rounds to this file")
	memProfile := fl.String("memprofile", "", "write an allocation profile of the timing rounds to this file")
	if err := fl.Parse(args); err != nil {
		return 2
	}
	pages, err := loadPages(*data)
	if errors.Is(err, fs.ErrNotExist) {
		fmt.Fprintf(stderr, "cleaning: benchmark data not found at %s (pass -data DIR); nothing to do\n", *data)
		return 0
	}
	if err != nil {
		fmt.Fprintf(stderr, "cleaning: %v\n", err)
		return 1
	}
	var exs []contestant
	var rows []*row
	for _, ex := range extractors() {
		if *only == "" || contains(strings.Split(*only, ","), ex.name) {
			exs = append(exs, ex)
			rows = append(rows, &row{Name: ex.name, Pages: len(pages), perPage: map[string][2]float64{}})
		}
	}
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			fmt.Fprintf(stderr, "cleaning: %v\n", err)
			return 1
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			fmt.Fprintf(stderr, "cleaning: %v\n", err)
			return 1
		}
		defer pprof.StopCPUProfile()
	}
	// Rounds are interleaved (every extractor once per round) so that the
	// load of a shared machine falls on all rows alike.
	for round := range max(*rounds, 1) {
		for i, ex := range exs {
			fmt.Fprintf(stderr, "round %d: %s...\n", round+1, ex.name)
			runRound(ex, rows[i], pages, round == 0 && ex.scored, *dump)
		}
	}
	if *memProfile != "" {
		f, err := os.Create(*memProfile)
		if err != nil {
			fmt.Fprintf(stderr, "cleaning: %v\n", err)
			return 1
		}
		defer f.Close()
		if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
			fmt.Fprintf(stderr, "cleaning: %v\n", err)
			return 1
		}
	}
	for _, r := range rows {
		r.finish(len(pages))
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rows); err != nil {
			fmt.Fprintf(stderr, "cleaning: %v\n", err)
			return 1
		}
	} else {
		printTable(stdout, rows, len(pages), *rounds)
	}
	if *worst > 0 {
		printWorst(stdout, rows, pages, *worst)
	}
	return 0
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if strings.TrimSpace(x) == s {
			return true
		}
	}
	return false
}

func loadPages(dir string) ([]page, error) {
	raw, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return nil, err
	}
	var gt map[string]struct {
		ArticleBody string `json:"articleBody"`
		URL         string `json:"url"`
	}
	if err := json.Unmarshal(raw, &gt); err != nil {
		return nil, fmt.Errorf("read ground truth: %w", err)
	}
	var pages []page
	for id, g := range gt {
		body, err := gzfile.Read(filepath.Join(dir, "html", id+".html.gz"))
		if err != nil {
			return nil, fmt.Errorf("page %s: %w", id, err)
		}
		pages = append(pages, page{id: id, url: g.URL, truth: g.ArticleBody, html: body})
	}
	sort.Slice(pages, func(i, j int) bool { return pages[i].id < pages[j].id })
	return pages, nil
}

// runRound runs ex over every page once, pages in sequence on one
// goroutine, and records the time; when score is set it also scores the
// texts (the first round).
func runRound(ex contestant, r *row, pages []page, score bool, dump string) {
	start := time.Now()
	texts := make([]string, len(pages))
	for i, p := range pages {
		text, err := ex.extract(p.html, p.url)
		if err != nil && score {
			r.Errors++
			text = ""
		}
		texts[i] = text
	}
	r.Rounds = append(r.Rounds, time.Since(start).Seconds())
	if !score {
		return
	}
	for i, p := range pages {
		pr, rc := pageScore(texts[i], p.truth)
		r.sumP += pr
		r.sumR += rc
		r.perPage[p.id] = [2]float64{pr, rc}
		if dump != "" && ex.name == "whosaid" {
			_ = os.MkdirAll(dump, 0o755)
			_ = os.WriteFile(filepath.Join(dump, p.id+".txt"), []byte(texts[i]), 0o644)
		}
	}
	r.scored = true
}

// finish computes the averages and the timing summary.
func (r *row) finish(pages int) {
	if r.scored {
		r.Precision = r.sumP / float64(pages)
		r.Recall = r.sumR / float64(pages)
		r.F1 = f1(r.Precision, r.Recall)
	}
	sorted := append([]float64(nil), r.Rounds...)
	sort.Float64s(sorted)
	r.MinSeconds = sorted[0]
	r.MedSeconds = sorted[len(sorted)/2]
	if r.MinSeconds > 0 {
		r.PagesPerSec = float64(pages) / r.MinSeconds
	}
}

func printTable(w io.Writer, rows []*row, pages, rounds int) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "extractor\tF1\tprecision\trecall\terrors\tmin s\tmedian s\tpages/s\t\n")
	for _, r := range rows {
		if !r.scored {
			fmt.Fprintf(tw, "%s\t-\t-\t-\t%d\t%.3f\t%.3f\t%.1f\t\n", r.Name, r.Errors, r.MinSeconds, r.MedSeconds, r.PagesPerSec)
			continue
		}
		fmt.Fprintf(tw, "%s\t%.4f\t%.4f\t%.4f\t%d\t%.3f\t%.3f\t%.1f\t\n", r.Name, r.F1, r.Precision, r.Recall, r.Errors, r.MinSeconds, r.MedSeconds, r.PagesPerSec)
	}
	tw.Flush()
	fmt.Fprintf(w, "%d pages, %d interleaved timing rounds (one goroutine, pages in sequence); min and median of the rounds; pages/s from the minimum\n", pages, rounds)
}

func printWorst(w io.Writer, rows []*row, pages []page, n int) {
	var ws *row
	for _, r := range rows {
		if r.Name == "whosaid" {
			ws = r
		}
	}
	if ws == nil {
		return
	}
	sort.Slice(pages, func(i, j int) bool {
		a, b := ws.perPage[pages[i].id], ws.perPage[pages[j].id]
		return f1(a[0], a[1]) < f1(b[0], b[1])
	})
	for _, p := range pages[:min(n, len(pages))] {
		s := ws.perPage[p.id]
		fmt.Fprintf(w, "%.3f P=%.3f R=%.3f %s %s\n", f1(s[0], s[1]), s[0], s[1], p.id[:12], p.url)
	}
}

// readerOf is shared by the extractors.
func readerOf(b []byte) io.Reader { return bytes.NewReader(b) }
