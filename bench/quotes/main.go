// Command quotes scores whosaid's quote extraction on hand-written gold for
// pages of the article extraction benchmark: every page is cleaned from its
// HTML and run through the rules pipeline exactly as `whosaid extract` runs
// it, and the records are matched with the gold (docs/annotation.md).
//
//	go run ./bench/quotes                        # development half
//	go run ./bench/quotes -split heldout         # the held-out half: figures only
//	go run ./bench/quotes -errors errs.jsonl     # every miss and wrong field (development half)
//	go run ./bench/quotes pack DRAFT.gold.json...   # write drafts into bench/quotes/gold, packed
//	go run ./bench/quotes unpack PAGE_ID         # print a packed page with its quotes' words
//
// Gold comes from two places: the gold given with the benchmark
// (-given, ../shared/data/quote-gold, read in place) and the gold this
// project wrote (-gold, bench/quotes/gold, stored packed: offsets into the
// benchmark's article text and a hash instead of the words, so that no
// article text is in this repository).
//
// Pages are split once, by page id: ids starting 0-7 are the development
// half, 8-f the held-out half.
//
// -corpus gum scores the 24 news texts of the GUM corpus instead (Wikinews,
// CC BY 2.5; github.com/amir-zeldes/gum, passed as -data): the text is
// rebuilt from its CoNLL-U files, the gold is in bench/quotes/gum, packed
// the same way, and each gold file names its half.
//
//	go run ./bench/quotes -corpus gum -data ../gum -split all
//
// -corpus wns scores 30 news articles of 2004 (BBC, AP, Reuters, CNN and
// others) that a Wikinews summarization dataset cites as sources
// (cleaned_endataset.json of github.com/airKlizz/WikinewsSum at commit
// 1d98503, passed as -data); their text is under its publishers'
// copyright, so only packed gold is in bench/quotes/wns, named by a hash
// of each text. Matching is that of `whosaid eval`: a record
//
// and a gold record match when each covers at least half of the other's
// word tokens, one to one, largest overlap first. Optional gold records
// count neither way. A record whose words are not in the benchmark's
// human-checked article text is counted as boilerplate.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/whosaid/whosaid/extractor"
	"github.com/whosaid/whosaid/extractor/rules"
	"github.com/whosaid/whosaid/internal/gzfile"
	"github.com/whosaid/whosaid/sources"
	"github.com/whosaid/whosaid/sources/clean"
)

func main() {
	os.Exit(run(context.Background(), os.Args[1:], os.Stdout, os.Stderr))
}

type options struct {
	data, given, gold string
	corpus            string  // "benchmark" or "gum"
	minConfidence     float64 // records below it are left out before scoring
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("quotes", flag.ContinueOnError)
	fl.SetOutput(stderr)
	var o options
	fl.StringVar(&o.data, "data", "../shared/data/article-extraction-benchmark", "benchmark data directory (ground-truth.json, html/)")
	fl.StringVar(&o.given, "given", "../shared/data/quote-gold", "directory of the gold given with the benchmark (empty: none)")
	fl.StringVar(&o.gold, "gold", "bench/quotes/gold", "directory of this project's packed gold")
	fl.Float64Var(&o.minConfidence, "min-confidence", 0, "score only records whose confidence is at least this (the trade of precision for recall)")
	fl.StringVar(&o.corpus, "corpus", "benchmark", `pages to score: "benchmark" (the article extraction benchmark's HTML), "gum" (the news texts of a GUM checkout given as -data, gold in bench/quotes/gum), "wns" (news articles of 2004 from a Wikinews summarization dataset given as -data, gold in bench/quotes/wns) or "polnear" (US political news of 2015-16 from the PolNeAR corpus, its texts as a JSONL file from whosaid eval polnear given as -data, its gold, kept outside the repository, as -gold)`)
	split := fl.String("split", "dev", "pages to score: dev, heldout or all")
	errs := fl.String("errors", "", "write every miss, false record and wrong field to this JSONL file")
	asJSON := fl.Bool("json", false, "print the figures as JSON")
	perPage := fl.Bool("pages", false, "also print the figures of every page")
	if err := fl.Parse(args); err != nil {
		return 2
	}
	set := map[string]bool{}
	fl.Visit(func(f *flag.Flag) { set[f.Name] = true })
	var truth map[string]string
	var err error
	if o.corpus == "benchmark" {
		truth, err = readTruth(o.data)
	} else {
		c, ok := corpora[o.corpus]
		if !ok {
			fmt.Fprintf(stderr, "quotes: -corpus %q: want benchmark, gum, wns or polnear\n", o.corpus)
			return 2
		}
		if !set["data"] {
			fmt.Fprintf(stderr, "quotes: -corpus %s needs -data, %s\n", o.corpus, c.data)
			return 2
		}
		if !set["given"] {
			o.given = ""
		}
		if !set["gold"] {
			if c.gold == "" {
				fmt.Fprintf(stderr, "quotes: -corpus %s needs -gold DIR: its gold is kept outside the repository (%s has no licence)\n", o.corpus, o.corpus)
				return 2
			}
			o.gold = c.gold
		}
		truth, err = c.read(o.data)
	}
	if errors.Is(err, fs.ErrNotExist) && o.corpus == "benchmark" && !set["data"] {
		// The benchmark sits beside the repository on the project's
		// machines and not on a fresh clone: nothing to score.
		fmt.Fprintf(stderr, "quotes: benchmark data not found at %s (pass -data DIR); nothing to do\n", o.data)
		return 0
	}
	if err != nil {
		fmt.Fprintf(stderr, "quotes: %v\n", err)
		return 1
	}
	switch fl.Arg(0) {
	case "pack":
		return packFiles(fl.Args()[1:], o, truth, stderr)
	case "unpack":
		return unpackPages(fl.Args()[1:], o, truth, stdout, stderr)
	case "":
	default:
		fmt.Fprintf(stderr, "quotes: unknown command %q (pack, unpack, or none to score)\n", fl.Arg(0))
		return 2
	}
	pages, err := loadGold(o, truth)
	if err != nil {
		fmt.Fprintf(stderr, "quotes: %v\n", err)
		return 1
	}
	pages, err = choose(pages, *split)
	if err != nil {
		fmt.Fprintf(stderr, "quotes: %v\n", err)
		return 2
	}
	res, findings, err := score(ctx, o, truth, pages)
	if err != nil {
		fmt.Fprintf(stderr, "quotes: %v\n", err)
		return 1
	}
	if *errs != "" {
		if err := writeFindings(*errs, findings); err != nil {
			fmt.Fprintf(stderr, "quotes: %v\n", err)
			return 1
		}
	}
	res.Split = *split
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(res); err != nil {
			fmt.Fprintf(stderr, "quotes: %v\n", err)
			return 1
		}
		return 0
	}
	printResult(stdout, res, *perPage)
	return 0
}

// readTruth reads the benchmark's article texts by page id.
func readTruth(dir string) (map[string]string, error) {
	b, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return nil, err
	}
	var gt map[string]struct {
		Body string `json:"articleBody"`
	}
	if err := json.Unmarshal(b, &gt); err != nil {
		return nil, fmt.Errorf("ground-truth.json: %w", err)
	}
	out := make(map[string]string, len(gt))
	for id, v := range gt {
		out[id] = v.Body
	}
	return out, nil
}

// loadGold reads both gold directories; a page in both is an error.
func loadGold(o options, truth map[string]string) ([]*goldPage, error) {
	var pages []*goldPage
	for _, dir := range []string{o.given, o.gold} {
		if dir == "" {
			continue
		}
		ps, err := readGoldDir(dir, truth)
		if err != nil {
			return nil, err
		}
		pages = append(pages, ps...)
	}
	seen := map[string]string{}
	for _, p := range pages {
		if f, dup := seen[p.Page]; dup {
			return nil, fmt.Errorf("%w: page %s is in both %s and %s", errGold, p.Page, f, p.from)
		}
		seen[p.Page] = p.from
	}
	sort.Slice(pages, func(i, j int) bool { return pages[i].Page < pages[j].Page })
	return pages, nil
}

// corpora are the text corpora scored besides the benchmark: where their
// gold is, what -data must name, and how their texts are read.
var corpora = map[string]struct {
	gold, data string
	read       func(string) (map[string]string, error)
}{
	"gum": {"bench/quotes/gum", "the directory of a GUM checkout (github.com/amir-zeldes/gum)", readGUM},
	"wns": {"bench/quotes/wns", "the file cleaned_endataset.json of github.com/airKlizz/WikinewsSum at commit 1d985031625909c908766812e8a18d0c88116ec8", readWNS},
	// PolNeAR has no licence: its gold, which names its articles and
	// quotes their sources, stays outside the repository (-gold).
	"polnear": {"", "the JSONL file `whosaid eval polnear PolNeAR/data/train -o train.jsonl` writes (github.com/networkdynamics/PolNeAR)", readPolNeAR},
}

// heldOut says whether a page belongs to the held-out half: the split its
// gold names, else by id (0-7 development, 8-f held out).
func heldOut(p *goldPage) bool {
	if p.Split != "" {
		return p.Split == "heldout"
	}
	return p.Page != "" && p.Page[0] >= '8'
}

func choose(pages []*goldPage, split string) ([]*goldPage, error) {
	var out []*goldPage
	for _, p := range pages {
		switch split {
		case "all":
		case "dev":
			if heldOut(p) {
				continue
			}
		case "heldout":
			if !heldOut(p) {
				continue
			}
		default:
			return nil, fmt.Errorf("-split %q: want dev, heldout or all", split)
		}
		out = append(out, p)
	}
	return out, nil
}

// result is what a run prints.
type result struct {
	Split   string         `json:"split"`
	Totals  counts         `json:"counts"`
	Figures figures        `json:"figures"`
	Pages   []pageResult   `json:"pages"`
	Seconds float64        `json:"pipeline_seconds"`
	ByClass map[string]int `json:"required_by_class"`
}

type pageResult struct {
	Page    string  `json:"page"`
	URL     string  `json:"url"`
	Counts  counts  `json:"counts"`
	Figures figures `json:"figures"`
}

// score runs the rules pipeline over every page and scores it.
func score(ctx context.Context, o options, truth map[string]string, pages []*goldPage) (*result, []finding, error) {
	res := &result{ByClass: map[string]int{}}
	var all []finding
	pipe := extractor.Pipeline{Engine: rules.New(), Mode: "rules"}
	var spent time.Duration
	for _, g := range pages {
		t0 := time.Now()
		art, err := article(o, g, truth[g.Page])
		if err != nil {
			return nil, nil, fmt.Errorf("page %s: %w", g.Page, err)
		}
		doc, err := pipe.Run(ctx, art)
		spent += time.Since(t0)
		if err != nil {
			return nil, nil, fmt.Errorf("page %s: %w", g.Page, err)
		}
		if o.minConfidence > 0 {
			kept := doc.Quotes[:0]
			for _, q := range doc.Quotes {
				if q.Confidence >= o.minConfidence {
					kept = append(kept, q)
				}
			}
			doc.Quotes = kept
		}
		c, fs := scorePage(g, doc, truth[g.Page])
		res.Totals.add(c)
		res.Pages = append(res.Pages, pageResult{Page: g.Page, URL: g.URL, Counts: c, Figures: c.figures()})
		all = append(all, fs...)
		for _, q := range g.Quotes {
			if !q.Optional {
				res.ByClass[deref(q.CueClass)]++
			}
		}
	}
	res.Figures = res.Totals.figures()
	res.Seconds = spent.Seconds()
	return res, all, nil
}

// article is a page ready for the pipeline: the benchmark's HTML cleaned
// as `whosaid extract` cleans it, or a corpus's text as it stands.
func article(o options, g *goldPage, text string) (*sources.Article, error) {
	if o.corpus != "benchmark" {
		return &sources.Article{Source: g.Page, URL: g.URL, Paragraphs: strings.Split(text, sources.ParagraphSep)}, nil
	}
	raw, err := gzfile.Read(filepath.Join(o.data, "html", g.Page+".html.gz"))
	if err != nil {
		return nil, err
	}
	return clean.Clean(bytes.NewReader(raw), g.URL)
}

func writeFindings(path string, fs []finding) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	for _, f := range fs {
		if err := enc.Encode(f); err != nil {
			return err
		}
	}
	return os.WriteFile(path, buf.Bytes(), 0o644)
}

func printResult(w io.Writer, r *result, perPage bool) {
	f, c := r.Figures, r.Totals
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "split\t%s (%d pages)\n", r.Split, c.Pages)
	fmt.Fprintf(tw, "gold\t%d required, %d optional\n", c.Required, c.Optional)
	fmt.Fprintf(tw, "records\t%d (%d matched required, %d matched optional)\n", c.Predicted, c.Hits, c.OptHits)
	fmt.Fprintf(tw, "precision\t%.3f\n", f.Precision)
	fmt.Fprintf(tw, "recall\t%.3f\t(direct %.3f)\n", f.Recall, f.DirectRecall)
	fmt.Fprintf(tw, "F1\t%.3f\n", f.F1)
	fmt.Fprintf(tw, "speaker\t%.3f\tof matched records (%.3f of all required)\n", f.Speaker, f.SpeakerAll)
	fmt.Fprintf(tw, "affiliation\t%.3f\tof %d matched records whose gold gives one; %.3f of the %d records that give one\n", f.Affiliation, c.AffGold, f.AffPrecision, c.AffPredicted)
	fmt.Fprintf(tw, "role\t%.3f\tof %d matched records whose gold gives one\n", f.Role, c.RoleGold)
	fmt.Fprintf(tw, "kind, type, cue class\t%.3f, %.3f, %.3f\n", f.Kind, f.Type, f.CueClass)
	fmt.Fprintf(tw, "boilerplate records\t%d\n", f.Boilerplate)
	fmt.Fprintf(tw, "not verbatim\t%d\n", f.NotVerbatim)
	fmt.Fprintf(tw, "lost by cleaning\t%d required\n", f.LostCleaning)
	fmt.Fprintf(tw, "pipeline time\t%.3fs\n", r.Seconds)
	tw.Flush()
	if !perPage {
		return
	}
	fmt.Fprintln(w)
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "page\trequired\trecords\tP\tR\tspeaker\taffiliation\t")
	for _, p := range r.Pages {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%.2f\t%.2f\t%.2f\t%.2f\t%s\n", p.Page[:12], p.Counts.Required, p.Counts.Predicted,
			p.Figures.Precision, p.Figures.Recall, p.Figures.Speaker, p.Figures.Affiliation, host(p.URL))
	}
	tw.Flush()
}

func host(u string) string {
	u = strings.TrimPrefix(strings.TrimPrefix(u, "https://"), "http://")
	h, _, _ := strings.Cut(u, "/")
	return strings.TrimPrefix(h, "www.")
}

// packFiles writes text-form gold drafts into the gold directory, packed.
func packFiles(files []string, o options, truth map[string]string, stderr io.Writer) int {
	if len(files) == 0 {
		fmt.Fprintln(stderr, "quotes: pack: name the draft files")
		return 2
	}
	for _, f := range files {
		g, err := readGoldFile(f)
		if err != nil {
			fmt.Fprintf(stderr, "quotes: pack: %v\n", err)
			return 1
		}
		body, ok := truth[g.Page]
		if !ok {
			fmt.Fprintf(stderr, "quotes: pack: %s: page %s is not in the data read from %s\n", f, g.Page, o.data)
			return 1
		}
		if err := pack(g, body); err != nil {
			fmt.Fprintf(stderr, "quotes: pack: %s: %v\n", f, err)
			return 1
		}
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", " ")
		if err := enc.Encode(g); err != nil {
			fmt.Fprintf(stderr, "quotes: pack: %v\n", err)
			return 1
		}
		out := filepath.Join(o.gold, g.Page+".gold.json")
		if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
			fmt.Fprintf(stderr, "quotes: pack: %v\n", err)
			return 1
		}
		fmt.Fprintf(stderr, "quotes: wrote %s (%d quotes)\n", out, len(g.Quotes))
	}
	return 0
}

// unpackPages prints packed pages of the gold directory with their words.
func unpackPages(ids []string, o options, truth map[string]string, stdout, stderr io.Writer) int {
	pages, err := readGoldDir(o.gold, truth)
	if err != nil {
		fmt.Fprintf(stderr, "quotes: unpack: %v\n", err)
		return 1
	}
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	for _, g := range pages {
		want := len(ids) == 0
		for _, id := range ids {
			want = want || strings.HasPrefix(g.Page, id)
		}
		if !want {
			continue
		}
		for i := range g.Quotes {
			g.Quotes[i].At, g.Quotes[i].Hash = nil, ""
		}
		if err := enc.Encode(g); err != nil {
			fmt.Fprintf(stderr, "quotes: unpack: %v\n", err)
			return 1
		}
	}
	return 0
}
