package clean

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/whosaid/whosaid/sources"
)

var update = flag.Bool("update", false, "rewrite the golden .json files in testdata")

// golden pages and the URL each was served from.
var goldenPages = []struct {
	name, url string
}{
	{"news", "https://gazette.example/news/2025/03/harbour-ferry-vote?ref=home"},
	{"brbr", "https://ledger.example/farm/frost"},
	{"blockquote", "https://talbach.example/lokales/radwege"},
	{"list", "https://metro.example/transit/budget-explained"},
	{"noarticle", "https://parcels.example/login"},
	{"malformed", ""},
	{"jsonld-body", "https://diario.example/nota/123"},
	{"marked", "https://echo.example/culture/musee"},
	{"headline", "https://courier.example/news/quarry"},
	// A long page of the usual furniture, for the benchmarks too.
	{"longread", "https://chronicle.example/news/2025/05/swing-bridge-repairs?utm=x"},
}

func TestCleanGolden(t *testing.T) {
	for _, tc := range goldenPages {
		t.Run(tc.name, func(t *testing.T) {
			art := cleanFile(t, tc.name+".html", tc.url)
			checkInvariants(t, art)
			got, err := json.MarshalIndent(art, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			path := filepath.Join("testdata", tc.name+".json")
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("read golden (run with -update to create): %v", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("got:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}

func cleanFile(t testing.TB, name, pageURL string) *sources.Article {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	art, err := Clean(f, pageURL)
	if err != nil {
		t.Fatalf("Clean(%s): %v", name, err)
	}
	return art
}

// checkInvariants holds for every article: the paragraph contract of
// sources.Article and valid UTF-8 everywhere.
func checkInvariants(t testing.TB, art *sources.Article) {
	t.Helper()
	for i, p := range art.Paragraphs {
		switch {
		case p == "":
			t.Errorf("paragraph %d is empty", i)
		case strings.TrimSpace(p) != p:
			t.Errorf("paragraph %d is not trimmed: %q", i, p)
		case strings.Contains(p, sources.ParagraphSep):
			t.Errorf("paragraph %d contains a paragraph break: %q", i, p)
		case strings.Contains(p, "  ") || strings.ContainsAny(p, "\t\r"):
			t.Errorf("paragraph %d has uncollapsed white space: %q", i, p)
		case !utf8.ValidString(p):
			t.Errorf("paragraph %d is not valid UTF-8: %q", i, p)
		}
	}
	for _, s := range []string{art.Title, art.Byline, art.Published, art.Site, art.URL, art.Language} {
		if !utf8.ValidString(s) {
			t.Errorf("metadata %q is not valid UTF-8", s)
		}
	}
	if art.Published != "" {
		if _, err := time.Parse(time.RFC3339, art.Published); err != nil {
			t.Errorf("Published %q is not RFC 3339: %v", art.Published, err)
		}
	}
	if len(art.Paragraphs) == 0 && !contains(art.Warnings, WarnNoText) {
		t.Errorf("no paragraphs and no %q warning: %q", WarnNoText, art.Warnings)
	}
}

// TestBoilerplateQuotesLeftOut checks by content, independently of the
// goldens, that quoted words in the page furniture never reach the text.
func TestBoilerplateQuotesLeftOut(t *testing.T) {
	art := cleanFile(t, "news.html", "https://gazette.example/news")
	text := art.Text()
	for _, tc := range []struct{ where, words string }{
		{"headline", `"ferry terminal"`},
		{"navigation", "Opinion"},
		{"advert", "Best rates in town"},
		{"breadcrumbs", "Home"},
		{"byline", "Local Affairs Reporter"},
		{"share bar", "Email this story"},
		{"caption", "falling apart"},
		{"photo credit", "Rafe Onyango"},
		{"related list", "enough is enough"},
		{"most read", "I saw it fall"},
		{"comments", "Typical council"},
		{"comments", "measure twice"},
		{"footer", "Local news you can trust"},
	} {
		t.Run(tc.where, func(t *testing.T) {
			if strings.Contains(text, tc.words) {
				t.Errorf("text contains %q from the %s", tc.words, tc.where)
			}
		})
	}
	for _, want := range []string{"We cannot sign off", "Every month of waiting", "probably in May."} {
		if !strings.Contains(text, want) {
			t.Errorf("text lacks article words %q", want)
		}
	}
}

func TestParagraphBoundaries(t *testing.T) {
	tests := []struct {
		name, file string
		want       []string // paragraphs that must appear exactly, in this order
	}{
		{"br br splits, single br stays", "brbr.html", []string{
			"The county extension office said temperatures fell to minus four degrees on Sunday night.\nGrowers who ran wind machines reported far less damage.",
		}},
		{"blockquote paragraphs", "blockquote.html", []string{
			"„Wir nehmen niemandem etwas weg. Wir geben den Kindern, die jeden Morgen zur Schule radeln, einen sicheren Weg zurück.“",
			"„Die Parkplätze, die wegfallen, ersetzen wir in der Tiefgarage am Markt.“",
		}},
		{"list items", "list.html", []string{
			"Buses every ten minutes on the six busiest routes, up from every fifteen.",
			"Night service on the Green Line until 1 a.m. on Fridays and Saturdays.",
			"Two hundred new shelters with heating and live arrival screens.",
		}},
		{"heading in body", "news.html", []string{"Operators warn of lost summer"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			art := cleanFile(t, tc.file, "")
			i := 0
			for _, p := range art.Paragraphs {
				if i < len(tc.want) && p == tc.want[i] {
					i++
				}
			}
			if i < len(tc.want) {
				t.Errorf("paragraph %q not found in order; got %q", tc.want[i], art.Paragraphs)
			}
		})
	}
}

func TestDocumentLeavesInputUnchanged(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("testdata", "news.html"))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	before, _ := doc.Html()
	art, err := Document(doc, "https://gazette.example/x")
	if err != nil {
		t.Fatal(err)
	}
	after, _ := doc.Html()
	if before != after {
		t.Error("Document changed the caller's tree")
	}
	viaClean, err := Clean(bytes.NewReader(raw), "https://gazette.example/x")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := art.Text(), viaClean.Text(); got != want {
		t.Errorf("Document text differs from Clean text:\ngot  %q\nwant %q", got, want)
	}
}

func TestDocumentNil(t *testing.T) {
	if _, err := Document(nil, ""); !errors.Is(err, ErrNilDocument) {
		t.Errorf("got error %v, want ErrNilDocument", err)
	}
}

// TestDeepNesting feeds 10,000 nested elements: x/net/html refuses more
// than 512, so Clean must flatten, keep the words and warn. Its speed is
// BenchmarkDeepNesting's business: timed tests fail on shared machines.
func TestDeepNesting(t *testing.T) {
	const depth = 10000
	for _, tag := range []string{"div", "span", "b", "blockquote", "li", "table"} {
		t.Run(tag, func(t *testing.T) {
			page := "<html><body>" + strings.Repeat("<"+tag+">", depth) +
				"<p>The mayor said the bridge would reopen in June.</p>" +
				strings.Repeat("</"+tag+">", depth) + "</body></html>"
			art, err := Clean(strings.NewReader(page), "")
			if err != nil {
				t.Fatalf("Clean: %v", err)
			}
			checkInvariants(t, art)
			if !strings.Contains(art.Text(), "bridge would reopen in June") {
				t.Errorf("got text %q, want the paragraph kept", art.Text())
			}
			// Some of these parse as they are (the parser closes nested
			// <li>s); a flattened page must name the parser's real limit.
			for _, w := range art.Warnings {
				if strings.Contains(w, "nested") && !strings.Contains(w, "limit of 512") {
					t.Errorf("got warning %q, want it to name the 512 limit", w)
				}
			}
		})
	}
}

func TestNoArticle(t *testing.T) {
	for _, page := range []string{"", "   ", "<html></html>", "\x00\x01\x02\x7f", "noarticle.html"} {
		t.Run(fmt.Sprintf("%.12q", page), func(t *testing.T) {
			var art *sources.Article
			if strings.HasSuffix(page, ".html") {
				art = cleanFile(t, page, "")
			} else {
				var err error
				if art, err = Clean(strings.NewReader(page), ""); err != nil {
					t.Fatalf("got error %v, want a warning", err)
				}
			}
			if len(art.Paragraphs) != 0 {
				t.Errorf("got paragraphs %q, want none", art.Paragraphs)
			}
			if !contains(art.Warnings, WarnNoText) {
				t.Errorf("got warnings %q, want %q", art.Warnings, WarnNoText)
			}
		})
	}
}

type failingReader struct{}

func (failingReader) Read([]byte) (int, error) { return 0, errors.New("disk on fire") }

func TestReadError(t *testing.T) {
	_, err := Clean(failingReader{}, "")
	if err == nil || !strings.Contains(err.Error(), "disk on fire") || !strings.HasPrefix(err.Error(), "clean: ") {
		t.Errorf("got %v, want a clean: error wrapping the read error", err)
	}
}

func TestNormalizeDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2025-03-14T08:30:00+00:00", "2025-03-14T08:30:00Z"},
		{"2024-04-02T17:05:00-05:00", "2024-04-02T17:05:00-05:00"},
		{"2025-01-09", "2025-01-09T00:00:00Z"},
		{"March 3, 2025", "2025-03-03T00:00:00Z"},
		{"not a date", ""},
		{"", ""},
		{"0001-01-01T00:00:00Z", ""}, // a template's zero time is no date
		{"1970-01-01T00:00:00Z", ""},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := normalizeDate(tc.in); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// A zero JSON-LD date must not hide the date line the reader sees.
func TestZeroDateFallsBack(t *testing.T) {
	page := `<html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"0001-01-01T00:00:00Z"}</script></head>
<body><article><h1>Bridge vote delayed</h1><div class="timestamp">Published 11:34 PM EST Nov 19, 2019</div>
<p>The council postponed the vote on Monday, the second delay this year for the crossing.</p>
<p>Engineers have asked for a second inspection of the eastern span before any work starts.</p></article></body></html>`
	art, err := Clean(strings.NewReader(page), "")
	if err != nil {
		t.Fatal(err)
	}
	if want := "2019-11-19T00:00:00Z"; art.Published != want {
		t.Errorf("published = %q, want %q", art.Published, want)
	}
}

func TestSplitParagraphs(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"  a   b  ", []string{"a b"}},
		{"a \n b", []string{"a\nb"}},
		{"a\n \nb", []string{"a", "b"}},
		{"\n\n\n", nil},
		{"a\n", []string{"a"}},
	}
	for _, tc := range tests {
		t.Run(fmt.Sprintf("%q", tc.in), func(t *testing.T) {
			got := splitParagraphs(tc.in)
			if fmt.Sprint(got) != fmt.Sprint(tc.want) || len(got) != len(tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestBodyParagraphs(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"plain lines", "First line.\n\nSecond  line.\nThird line.", []string{"First line.", "Second line.", "Third line."}},
		{"markup", "<p>One “quote” here.</p><p>Two<br>lines</p><script>x()</script>", []string{"One “quote” here.", "Two\nlines"}},
		{"empty", "", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := bodyParagraphs(tc.in)
			if fmt.Sprintf("%q", got) != fmt.Sprintf("%q", tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestDropTitle(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		title string
		want  []string
	}{
		{"exact", []string{"Quarry blast rattles homes", "Body."}, "Quarry blast rattles homes", []string{"Body."}},
		{"title has site suffix", []string{"Quarry blast rattles homes", "Body."}, "Quarry blast rattles homes - Fenwick Post", []string{"Body."}},
		{"short prefix of a long title", []string{"Quarry blast rattles homes", "Body."}, "Quarry blast rattles homes in Fenwick as residents demand answers from operator", []string{"Quarry blast rattles homes", "Body."}},
		{"second paragraph", []string{"Local", "Quarry blast rattles homes", "Body."}, "quarry blast rattles homes", []string{"Local", "Body."}},
		{"not a repeat", []string{"Quarry blast", "Body."}, "Quarry blast rattles homes", []string{"Quarry blast", "Body."}},
		{"no title", []string{"Body."}, "", []string{"Body."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := dropTitle(append([]string(nil), tc.paras...), tc.title)
			if fmt.Sprintf("%q", got) != fmt.Sprintf("%q", tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestDropFurnitureLines(t *testing.T) {
	body := "The council voted on Monday."
	tests := []struct {
		name, p string
		drop    bool
	}{
		{"advert label", "Advertisement", true},
		{"teaser label", "DON'T MISS", true},
		{"newsletter pitch", "Sign up for our daily newsletter and never miss a story.", true},
		{"wire credit", "(Reporting by Ana Ruiz; Editing by Tom Hale)", true},
		{"byline with date", "By Justine Coleman - 11/18/19 11:04 PM EST", true},
		{"update stamp", "Updated at 1:23 p.m.", true},
		{"sentence starting with By", "By Monday, the council had voted to close the bridge.", false},
		{"quote mentioning comments", `"No comments," she said.`, false},
		{"prose", body, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := dropFurnitureLines([]string{tc.p, body})
			if dropped := len(got) == 1; dropped != tc.drop {
				t.Errorf("dropFurnitureLines(%q): dropped %v, want %v", tc.p, dropped, tc.drop)
			}
		})
	}
}

func TestNarrow(t *testing.T) {
	para := strings.Repeat("The council said the bridge would reopen in June after repairs. ", 4)
	deep := `<html><body><nav><ul><li><a href="/">Home</a></li></ul></nav>` +
		`<div id="page"><div id="main"><div id="col"><article id="story"><div id="text">` +
		`<p>` + para + `</p><p>` + para + `</p></div></article></div></div></div>` +
		`<footer><p>About us</p></footer></body></html>`
	shallow := `<html><body><p>` + para + `</p><p>` + para + `</p></body></html>`
	tests := []struct {
		name, page string
		wantID     string // id of the element narrow keeps, "" for the whole page
	}{
		{"three levels above the block holding the paragraphs", deep, "main"},
		{"paragraphs right in the body keep the page", shallow, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			root, err := html.Parse(strings.NewReader(tc.page))
			if err != nil {
				t.Fatal(err)
			}
			got := narrow(root)
			if tc.wantID == "" {
				if got != root {
					t.Fatalf("narrowed a page whose paragraphs sit in the body")
				}
				return
			}
			if got == root {
				t.Fatalf("did not narrow")
			}
			body := got.FirstChild.FirstChild
			kept := body.FirstChild
			if kept == nil || attr(kept, "id") != tc.wantID || kept.NextSibling != nil {
				t.Fatalf("kept %v, want the element #%s alone", kept, tc.wantID)
			}
			var b strings.Builder
			if err := html.Render(&b, got); err != nil {
				t.Fatal(err)
			}
			if strings.Contains(b.String(), "About us") || !strings.Contains(b.String(), "bridge would reopen") {
				t.Errorf("narrowed page = %s", b.String())
			}
		})
	}
}

func TestContentNodeSoleArticle(t *testing.T) {
	para := strings.Repeat("The council said the bridge would reopen in June after repairs. ", 4)
	tests := []struct {
		name, page string
		article    bool // whether the <article> itself is the content
	}{
		{"one article with the text", `<html><body><nav><a href="/">Home</a></nav><article id="a"><p>` + para + `</p><p>` + para + `</p></article><p>Footer note</p></body></html>`, true},
		{"two articles go to go-readability", `<html><body><article><p>` + para + `</p></article><article id="a"><p>` + para + `</p></article></body></html>`, false},
		{"an article with little of the text", `<html><body><article id="a"><p>Short teaser.</p></article><div><p>` + para + `</p><p>` + para + `</p></div></body></html>`, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			root, err := html.Parse(strings.NewReader(tc.page))
			if err != nil {
				t.Fatal(err)
			}
			got := contentNode(root, nil)
			isArticle := got != nil && got.DataAtom == atom.Article && attr(got, "id") == "a"
			if isArticle != tc.article {
				t.Errorf("content node %v: article = %v, want %v", got, isArticle, tc.article)
			}
		})
	}
}

func TestContentNodeDensest(t *testing.T) {
	para := strings.Repeat("The council said the bridge would reopen in June after repairs. ", 4)
	links := strings.Repeat(`<a href="/x">Another story about the harbor and its ferries</a> `, 12)
	tests := []struct {
		name, page string
		dense      bool // whether the div holding the paragraphs is taken as it is
	}{
		{"paragraphs and little else", `<html><body><nav><a href="/">Home</a></nav><div><div id="d"><p>` + para + `</p><p>` + para + `</p><p>` + para + `</p></div></div><div>Footer</div></body></html>`, true},
		{"links beside the paragraphs go to go-readability", `<html><body><div id="d"><p>` + para + `</p><p>` + para + `</p><div>` + links + `</div></div></body></html>`, false},
		{"too little text to trust", `<html><body><div id="d"><p>Short.</p><p>Also short.</p></div></body></html>`, false},
		{"a claim box beside the article is left out", `<html><body><div><div class="claim"><p>` + strings.Repeat("A claim under review. ", 6) + `</p></div><div id="d"><p>` + para + `</p><p>` + para + `</p><p>` + para + `</p></div></div></body></html>`, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			root, err := html.Parse(strings.NewReader(tc.page))
			if err != nil {
				t.Fatal(err)
			}
			counts, total := paragraphText(root)
			n := densest(root, counts, total)
			taken := false
			if n != nil && attr(n, "id") == "d" {
				all, links, blocks := textAndLinks(n)
				taken = blocks*10 >= all*9 && links*10 < all
			}
			if taken != tc.dense {
				t.Errorf("dense div taken = %v, want %v", taken, tc.dense)
			}
			if got := contentNode(root, nil); tc.dense && got != n {
				t.Errorf("content node = %v, want the dense div", got)
			}
		})
	}
}

func TestHoverCardInParagraph(t *testing.T) {
	page := `<html><body><article><p>A man pleaded guilty to threatening Rep. <span class="people"><a href="/p/ana-reyes">Ana Reyes</a>` +
		`<span class="people-block"><span><img src="/a.jpg" alt=""><a href="/p/ana-reyes">Ana Reyes</a>` +
		`<a href="/x/1">Budget talks stall as lawmakers trade blame over the shutdown deadline</a> ` +
		`<a href="/x/2">Reyes asks court for compassion in sentencing of the man who threatened her</a></span></span></span>` +
		` (D-Minn.), prosecutors said Monday.</p><p>` + strings.Repeat("He faces up to ten years in prison. ", 8) + `</p></article></body></html>`
	art, err := Clean(strings.NewReader(page), "https://example.com/news/1")
	if err != nil {
		t.Fatal(err)
	}
	want := "A man pleaded guilty to threatening Rep. Ana Reyes (D-Minn.), prosecutors said Monday."
	if len(art.Paragraphs) == 0 || art.Paragraphs[0] != want {
		t.Errorf("first paragraph = %q, want %q", art.Paragraphs, want)
	}
}
