package clean

import (
	"encoding/json"
	"net/url"
	"regexp"
	"strings"
	"time"

	"github.com/PuerkitoBio/goquery"
	"github.com/itlightning/dateparse"
)

// metadata is what the page says about itself, gathered before the content
// detection mutates the tree.
type metadata struct {
	title, byline, published, site, canonical, language string
	body                                                string   // JSON-LD articleBody
	dateLines                                           []string // visible date lines, for the text to leave out
}

// jsonLDArticle holds the schema.org fields we read from JSON-LD. Values are
// kept raw because publishers put strings, objects and arrays in the same
// field.
type jsonLDArticle struct {
	Type          json.RawMessage   `json:"@type"`
	Graph         []json.RawMessage `json:"@graph"`
	Headline      json.RawMessage   `json:"headline"`
	Name          json.RawMessage   `json:"name"`
	Author        json.RawMessage   `json:"author"`
	DatePublished json.RawMessage   `json:"datePublished"`
	DateCreated   json.RawMessage   `json:"dateCreated"`
	Publisher     json.RawMessage   `json:"publisher"`
	ArticleBody   json.RawMessage   `json:"articleBody"`
	InLanguage    json.RawMessage   `json:"inLanguage"`
	URL           json.RawMessage   `json:"url"`
}

var rxArticleType = regexp.MustCompile(`(?i)^(\w*Article|Report|BlogPosting|LiveBlogPosting|SocialMediaPosting|DiscussionForumPosting|WebPage)$`)

// readMetadata reads title, byline, date, site, canonical URL and language
// from JSON-LD, meta tags and visible markup, in that order of trust.
func readMetadata(doc *goquery.Document, base *url.URL) metadata {
	var m metadata
	ld := readJSONLD(doc)

	m.title = first(
		ld.title,
		metaContent(doc, `meta[property="og:title"]`, `meta[name="twitter:title"]`, `meta[name="title"]`),
		oneText(doc, "h1"),
		cleanTitle(collapse(doc.Find("head title").First().Text())),
	)
	m.byline = first(
		ld.author,
		metaContent(doc, `meta[name="author"]`, `meta[name="byl"]`, `meta[name="parsely-author"]`, `meta[name="sailthru.author"]`, `meta[name="dc.creator" i]`),
		nonURL(metaContent(doc, `meta[property="article:author"]`)),
		oneText(doc, `[itemprop="author"] [itemprop="name"], [rel="author"], .byline, .author-name, .article-author`),
	)
	m.byline = strings.TrimSpace(rxByPrefix.ReplaceAllString(m.byline, ""))
	lineDate, lineBy := "", ""
	if len(doc.Nodes) > 0 {
		lineDate, lineBy, m.dateLines = dateLine(doc.Nodes[0])
	}
	m.byline = first(m.byline, lineBy)
	m.published = first(
		normalizeDate(ld.published),
		normalizeDate(metaContent(doc,
			`meta[property="article:published_time"]`, `meta[itemprop="datePublished"]`,
			`meta[name="article:published_time"]`, `meta[name="pubdate"]`, `meta[name="publishdate"]`,
			`meta[name="parsely-pub-date"]`, `meta[name="sailthru.date"]`, `meta[name="date"]`,
			`meta[name="dc.date.issued" i]`, `meta[name="dc.date" i]`, `meta[property="og:published_time"]`)),
		normalizeDate(attr(doc.Find(`time[itemprop="datePublished"], time[pubdate], article time[datetime], time[datetime]`).First(), "datetime")),
		visibleDate(doc),
		lineDate,
	)
	m.site = first(
		metaContent(doc, `meta[property="og:site_name"]`, `meta[name="application-name"]`),
		ld.publisher,
	)
	m.canonical = first(
		resolve(base, attr(doc.Find(`link[rel="canonical"]`).First(), "href")),
		resolve(base, metaContent(doc, `meta[property="og:url"]`)),
		resolve(base, ld.url),
	)
	if m.canonical == "" && base != nil && (base.Scheme == "http" || base.Scheme == "https") {
		m.canonical = base.String()
	}
	m.language = first(
		langTag(attr(doc.Find("html").First(), "lang")),
		langTag(attr(doc.Find("html").First(), "xml:lang")),
		langTag(metaContent(doc, `meta[http-equiv="content-language" i]`)),
		langTag(ld.language),
		langTag(metaContent(doc, `meta[property="og:locale"]`)),
	)
	m.body = ld.body
	return m
}

type ldFields struct {
	title, author, published, publisher, body, language, url string
}

// readJSONLD takes the first article-like object of the page's JSON-LD
// blocks, looking inside arrays and @graph. Broken JSON is skipped: it is
// the publisher's mistake, not a reason to fail the page.
func readJSONLD(doc *goquery.Document) ldFields {
	var out ldFields
	var visit func(raw json.RawMessage, depth int) bool
	visit = func(raw json.RawMessage, depth int) bool {
		if depth > 8 {
			return false
		}
		raw = json.RawMessage(strings.TrimSpace(string(raw)))
		if len(raw) == 0 {
			return false
		}
		if raw[0] == '[' {
			var arr []json.RawMessage
			if json.Unmarshal(raw, &arr) != nil {
				return false
			}
			for _, r := range arr {
				if visit(r, depth+1) {
					return true
				}
			}
			return false
		}
		var a jsonLDArticle
		if json.Unmarshal(raw, &a) != nil {
			return false
		}
		for _, g := range a.Graph {
			if visit(g, depth+1) {
				return true
			}
		}
		isArticle := false
		for _, t := range ldStrings(a.Type) {
			if rxArticleType.MatchString(t) {
				isArticle = true
			}
		}
		if !isArticle {
			return false
		}
		f := ldFields{
			title:     first(ldString(a.Headline), ldString(a.Name)),
			author:    strings.Join(ldNames(a.Author), ", "),
			published: first(ldString(a.DatePublished), ldString(a.DateCreated)),
			publisher: strings.Join(ldNames(a.Publisher), ", "),
			body:      ldString(a.ArticleBody),
			language:  ldString(a.InLanguage),
			url:       ldString(a.URL),
		}
		// A WebPage is only a fallback for a real article object.
		if strings.EqualFold(strings.Join(ldStrings(a.Type), ""), "WebPage") {
			if out == (ldFields{}) {
				out = f
			}
			return false
		}
		out = f
		return true
	}
	doc.Find(`script[type="application/ld+json" i]`).EachWithBreak(func(_ int, s *goquery.Selection) bool {
		text := strings.TrimSpace(s.Text())
		text = strings.TrimSuffix(strings.TrimPrefix(text, "<![CDATA["), "]]>")
		return !visit(json.RawMessage(text), 0)
	})
	out.title = collapse(out.title)
	out.author = collapse(out.author)
	out.publisher = collapse(out.publisher)
	return out
}

func ldString(raw json.RawMessage) string {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	if ss := ldStrings(raw); len(ss) > 0 {
		return ss[0]
	}
	return ""
}

func ldStrings(raw json.RawMessage) []string {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return []string{s}
	}
	var ss []string
	if json.Unmarshal(raw, &ss) == nil {
		return ss
	}
	return nil
}

// ldNames reads a Person or Organization, a list of them, or a bare string.
func ldNames(raw json.RawMessage) []string {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		if s = collapse(s); s != "" && !strings.Contains(s, "://") {
			return []string{s}
		}
		return nil
	}
	var obj struct {
		Name json.RawMessage `json:"name"`
	}
	if json.Unmarshal(raw, &obj) == nil && obj.Name != nil {
		return ldNames(obj.Name)
	}
	var arr []json.RawMessage
	if json.Unmarshal(raw, &arr) == nil {
		var out []string
		for _, r := range arr {
			for _, n := range ldNames(r) {
				if n != "" && !contains(out, n) {
					out = append(out, n)
				}
			}
		}
		return out
	}
	return nil
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func metaContent(doc *goquery.Document, selectors ...string) string {
	for _, sel := range selectors {
		if v := collapse(attr(doc.Find(sel).First(), "content")); v != "" {
			return v
		}
	}
	return ""
}

func attr(s *goquery.Selection, name string) string {
	v, _ := s.Attr(name)
	return strings.TrimSpace(v)
}

// oneText returns the text of the first match when it is short enough to be
// a name or a title rather than a container that happens to match.
func oneText(doc *goquery.Document, selector string) string {
	t := collapse(doc.Find(selector).First().Text())
	if len(t) > 200 {
		return ""
	}
	return t
}

func first(vals ...string) string {
	for _, v := range vals {
		if v != "" {
			return v
		}
	}
	return ""
}

func nonURL(s string) string {
	if strings.Contains(s, "://") {
		return ""
	}
	return s
}

func collapse(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

var rxByPrefix = regexp.MustCompile(`(?i)^\s*(by|par|von|por|di|door|av|af)\s+`)

// rxTitleSuffix matches " | Site", " - Site" and " — Site" at the end of a
// <title>; only used when nothing better names the article.
var rxTitleSuffix = regexp.MustCompile(`\s+[|\-–—]\s+[^|\-–—]{1,40}$`)

func cleanTitle(t string) string {
	if s := rxTitleSuffix.ReplaceAllString(t, ""); len(strings.Fields(s)) >= 3 {
		return s
	}
	return t
}

func resolve(base *url.URL, ref string) string {
	if ref == "" {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return ""
	}
	return u.String()
}

var rxLang = regexp.MustCompile(`^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$`)

// langTag turns "en_US" into "en-US" and refuses what is not a language tag.
func langTag(s string) string {
	s = strings.TrimSpace(strings.SplitN(s, ",", 2)[0])
	if !rxLang.MatchString(s) {
		return ""
	}
	return strings.ReplaceAll(s, "_", "-")
}

// normalizeDate parses the many date formats publishers use and returns RFC
// 3339 in the page's own offset. A date without a time of day becomes
// midnight UTC, so that the field is always a full RFC 3339 timestamp.
func normalizeDate(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 64 {
		return ""
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		t, err = dateparse.ParseIn(s, time.UTC)
	}
	// Templates fill empty dates with the zero time (0001-01-01) or the Unix
	// epoch: such a date is no date, and the next source is tried instead.
	if err != nil || t.Year() < 1990 || t.Year() > 2200 {
		return ""
	}
	return t.Format(time.RFC3339)
}

// dateExpr is a written date: "March 8, 2025", "7 May 2025", "2025-05-07".
const dateExpr = `((?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}|\d{4}-\d{2}-\d{2})`

var rxVisibleDate = regexp.MustCompile(`(?i)\b(?:published|posted|updated|date)?:?\s*` + dateExpr + `\b`)

// visibleDate looks for a date line near the headline ("Published March 3,
// 2025") when the page has no machine-readable date.
func visibleDate(doc *goquery.Document) string {
	var out string
	doc.Find(`[class*="date" i], [class*="time" i], [id*="date" i], .published, .dateline, time`).EachWithBreak(func(_ int, s *goquery.Selection) bool {
		t := collapse(s.Text())
		if len(t) > 120 {
			return true
		}
		if m := rxVisibleDate.FindStringSubmatch(t); m != nil {
			out = normalizeDate(strings.ReplaceAll(strings.ReplaceAll(m[1], ".", ""), "Sept", "Sep"))
			return out == ""
		}
		return true
	})
	return out
}
