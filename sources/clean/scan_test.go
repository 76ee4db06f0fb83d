package clean

import (
	"math/rand"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

// The one walk of scanPage must find what the CSS selectors in its
// comments find; goquery tells what they find.

var metaSelectors = map[metaTag]string{
	metaOGTitle: `meta[property="og:title"]`, metaTwitterTitle: `meta[name="twitter:title"]`,
	metaTitle: `meta[name="title"]`, metaAuthor: `meta[name="author"]`, metaByl: `meta[name="byl"]`,
	metaParselyAuthor: `meta[name="parsely-author"]`, metaSailthruAuthor: `meta[name="sailthru.author"]`,
	metaDCCreator: `meta[name="dc.creator" i]`, metaArticleAuthor: `meta[property="article:author"]`,
	metaPublishedTime: `meta[property="article:published_time"]`, metaItemDatePublished: `meta[itemprop="datePublished"]`,
	metaNamePublishedTime: `meta[name="article:published_time"]`, metaPubdate: `meta[name="pubdate"]`,
	metaPublishdate: `meta[name="publishdate"]`, metaParselyPubDate: `meta[name="parsely-pub-date"]`,
	metaSailthruDate: `meta[name="sailthru.date"]`, metaDate: `meta[name="date"]`,
	metaDCDateIssued: `meta[name="dc.date.issued" i]`, metaDCDate: `meta[name="dc.date" i]`,
	metaOGPublishedTime: `meta[property="og:published_time"]`, metaSiteName: `meta[property="og:site_name"]`,
	metaApplicationName: `meta[name="application-name"]`, metaOGURL: `meta[property="og:url"]`,
	metaContentLanguage: `meta[http-equiv="content-language" i]`, metaOGLocale: `meta[property="og:locale"]`,
}

func TestScanPageMatchesSelectors(t *testing.T) {
	if len(metaSelectors) != int(numMetaTags) {
		t.Fatalf("%d selectors for %d meta tags", len(metaSelectors), numMetaTags)
	}
	files, err := filepath.Glob(filepath.Join("testdata", "*.html"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		checkScan(t, filepath.Base(f), string(raw))
	}
	rng := rand.New(rand.NewSource(1))
	for i := range 2000 {
		if !checkScan(t, "generated", metadataPage(rng)) {
			t.Fatalf("generated page %d", i)
		}
	}
}

func checkScan(t *testing.T, name, page string) bool {
	t.Helper()
	root, err := html.Parse(strings.NewReader(page))
	if err != nil {
		return true
	}
	doc := goquery.NewDocumentFromNode(root)
	first := func(sel string) *html.Node {
		if s := doc.Find(sel); s.Length() > 0 {
			return s.Nodes[0]
		}
		return nil
	}
	s := scanPage(root)
	ok := true
	check := func(what string, got, want *html.Node) {
		if got != want {
			t.Errorf("%s: %s: got %v, want %v", name, what, got, want)
			ok = false
		}
	}
	for tag, sel := range metaSelectors {
		check(sel, s.meta[tag], first(sel))
	}
	check("h1", s.h1, first("h1"))
	check("head title", s.headTitle, first("head title"))
	check("html", s.html, first("html"))
	check("canonical", s.canonical, first(`link[rel="canonical"]`))
	check("time", s.time, first(`time[itemprop="datePublished"], time[pubdate], article time[datetime], time[datetime]`))
	check("author", authorElement(root), first(`[itemprop="author"] [itemprop="name"], [rel="author"], .byline, .author-name, .article-author`))
	if want := doc.Find(`script[type="application/ld+json" i]`).Nodes; !slices.Equal(s.ldScripts, want) {
		t.Errorf("%s: JSON-LD scripts: got %d, want %d", name, len(s.ldScripts), len(want))
		ok = false
	}
	var dates []*html.Node
	for n := root.FirstChild; n != nil; n = nextNode(n, root) {
		if n.Type == html.ElementNode && isDateElement(n) {
			dates = append(dates, n)
		}
	}
	if want := doc.Find(`[class*="date" i], [class*="time" i], [id*="date" i], .published, .dateline, time`).Nodes; !slices.Equal(dates, want) {
		t.Errorf("%s: date elements: got %d, want %d", name, len(dates), len(want))
		ok = false
	}
	return ok
}

// metadataPage makes a page of the elements and attributes the metadata
// comes from, in cases the selectors tell apart: letter case, white space
// in class lists, runes that fold to ASCII.
func metadataPage(rng *rand.Rand) string {
	tags := []string{"div", "p", "span", "time", "h1", "title", "head", "meta", "link", "script", "article", "a", "html"}
	attrs := []string{` property="og:title" content="T"`, ` name="twitter:title" content="T"`, ` name="author" content="A"`,
		` name="DC.Creator" content="D"`, ` property="article:author" content="https://a.example/p"`,
		` property="article:published_time" content="2019-03-04"`, ` name="date" content=""`, ` name="dc.DATE" content="2018"`,
		` itemprop="datePublished" content="2017"`, ` http-equiv="Content-Language" content="en_US"`,
		` property="og:locale" content="fr_FR"`, ` property="og:site_name" content="S"`, ` rel="canonical" href="/c"`,
		` type="application/ld+json"`, ` type="APPLICATION/LD+JSON"`, ` itemprop="author"`, ` itemprop="name"`,
		` rel="author"`, ` class="byline"`, ` class="x author-name"`, ` class="article-author\ty"`, ` class="date"`,
		` class="pubDATE"`, ` class="timestamp"`, ` id="Update-date"`, ` class="published"`, ` class="dateline"`,
		` datetime="2016-07-08"`, ` pubdate`, ` class=" "`, ` class="ſdate"`, ` class="Tİme"`, "", "", ""}
	var b strings.Builder
	var write func(depth int)
	write = func(depth int) {
		for range rng.Intn(5) {
			if depth > 4 || rng.Intn(3) == 0 {
				b.WriteString("Published March 3, 2025")
				continue
			}
			tag := tags[rng.Intn(len(tags))]
			b.WriteString("<" + tag + attrs[rng.Intn(len(attrs))] + attrs[rng.Intn(len(attrs))] + ">")
			write(depth + 1)
			b.WriteString("</" + tag + ">")
		}
	}
	b.WriteString("<html><head>")
	write(0)
	b.WriteString("</head><body>")
	write(0)
	return b.String()
}
