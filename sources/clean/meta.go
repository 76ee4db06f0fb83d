package clean

import (
	"bytes"
	"encoding/json"
	"net/url"
	"regexp"
	"strings"
	"time"

	"github.com/itlightning/dateparse"
	"golang.org/x/net/html"
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
// from JSON-LD, meta tags and visible markup, in that order of trust. The
// author and date elements, which take a walk of the page to find, are
// looked for only when the sources before them gave nothing.
func readMetadata(root *html.Node, base *url.URL) metadata {
	var m metadata
	s := scanPage(root)
	ld := readJSONLD(s.ldScripts)

	m.title = first(
		ld.title,
		s.metaContent(metaOGTitle, metaTwitterTitle, metaTitle),
		oneText(s.h1),
		cleanTitle(collapse(textOf(s.headTitle))),
	)
	m.byline = first(
		ld.author,
		s.metaContent(metaAuthor, metaByl, metaParselyAuthor, metaSailthruAuthor, metaDCCreator),
		nonURL(s.metaContent(metaArticleAuthor)),
	)
	if m.byline == "" {
		m.byline = oneText(authorElement(root))
	}
	m.byline = strings.TrimSpace(rxByPrefix.ReplaceAllString(m.byline, ""))
	m.byline = first(m.byline, s.dates.byline)
	m.dateLines = s.dates.lines
	m.published = first(
		normalizeDate(ld.published),
		normalizeDate(s.metaContent(metaPublishedTime, metaItemDatePublished,
			metaNamePublishedTime, metaPubdate, metaPublishdate, metaParselyPubDate, metaSailthruDate,
			metaDate, metaDCDateIssued, metaDCDate, metaOGPublishedTime)),
		normalizeDate(attr(s.time, "datetime")),
	)
	if m.published == "" {
		m.published = first(visibleDate(root), s.dates.published)
	}
	m.site = first(s.metaContent(metaSiteName, metaApplicationName), ld.publisher)
	m.canonical = first(
		resolve(base, attr(s.canonical, "href")),
		resolve(base, s.metaContent(metaOGURL)),
		resolve(base, ld.url),
	)
	if m.canonical == "" && base != nil && (base.Scheme == "http" || base.Scheme == "https") {
		m.canonical = base.String()
	}
	m.language = first(
		langTag(attr(s.html, "lang")),
		langTag(attr(s.html, "xml:lang")),
		langTag(s.metaContent(metaContentLanguage)),
		langTag(ld.language),
		langTag(s.metaContent(metaOGLocale)),
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
func readJSONLD(scripts []*html.Node) ldFields {
	var out ldFields
	var visit func(raw json.RawMessage, depth int) bool
	visit = func(raw json.RawMessage, depth int) bool {
		if depth > 8 {
			return false
		}
		raw = bytes.TrimSpace(raw)
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
	for _, s := range scripts {
		text := strings.TrimSpace(textOf(s))
		text = strings.TrimSuffix(strings.TrimPrefix(text, "<![CDATA["), "]]>")
		if visit(json.RawMessage(text), 0) {
			break
		}
	}
	out.title = collapse(out.title)
	out.author = collapse(out.author)
	out.publisher = collapse(out.publisher)
	return out
}

// The JSON-LD helpers try the shapes a value may have in turn; the first
// byte rules out those that cannot fit, which json.Unmarshal would only
// find after checking the whole value.

func ldString(raw json.RawMessage) string {
	var s string
	if mayBe(raw, '"') && json.Unmarshal(raw, &s) == nil {
		return s
	}
	if ss := ldStrings(raw); len(ss) > 0 {
		return ss[0]
	}
	return ""
}

func ldStrings(raw json.RawMessage) []string {
	var s string
	if mayBe(raw, '"') && json.Unmarshal(raw, &s) == nil {
		return []string{s}
	}
	var ss []string
	if mayBe(raw, '[') && json.Unmarshal(raw, &ss) == nil {
		return ss
	}
	return nil
}

// ldNames reads a Person or Organization, a list of them, or a bare string.
func ldNames(raw json.RawMessage) []string {
	var s string
	if mayBe(raw, '"') && json.Unmarshal(raw, &s) == nil {
		if s = collapse(s); s != "" && !strings.Contains(s, "://") {
			return []string{s}
		}
		return nil
	}
	var obj struct {
		Name json.RawMessage `json:"name"`
	}
	if mayBe(raw, '{') && json.Unmarshal(raw, &obj) == nil && obj.Name != nil {
		return ldNames(obj.Name)
	}
	var arr []json.RawMessage
	if mayBe(raw, '[') && json.Unmarshal(raw, &arr) == nil {
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

// mayBe tells whether raw can unmarshal into a Go value of the JSON kind
// that starts with first ('"' string, '{' object, '[' array): raw starts
// with it, or is something else than an object or array (a null fits any
// kind; a number fails, as it would anyway).
func mayBe(raw json.RawMessage, first byte) bool {
	if len(raw) == 0 {
		return false
	}
	switch raw[0] {
	case first:
		return true
	case '{', '[', '"':
		return false
	}
	return true
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// attr is n's attribute, trimmed; "" when n is nil.
func attr(n *html.Node, name string) string {
	if n == nil {
		return ""
	}
	for _, a := range n.Attr {
		if a.Key == name {
			return strings.TrimSpace(a.Val)
		}
	}
	return ""
}

// oneText returns the text of n when it is short enough to be a name or a
// title rather than a container that happens to match.
func oneText(n *html.Node) string {
	if n == nil {
		return ""
	}
	t, ok := collapsedText(n, 200)
	if !ok {
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
// 2025") when the page has no machine-readable date: in the date elements
// (isDateElement), in document order.
func visibleDate(root *html.Node) string {
	for n := root.FirstChild; n != nil; n = nextNode(n, root) {
		if n.Type != html.ElementNode || !isDateElement(n) {
			continue
		}
		t, ok := collapsedText(n, 120)
		if !ok {
			continue
		}
		if m := rxVisibleDate.FindStringSubmatch(t); m != nil {
			if out := normalizeDate(strings.ReplaceAll(strings.ReplaceAll(m[1], ".", ""), "Sept", "Sep")); out != "" {
				return out
			}
		}
	}
	return ""
}
