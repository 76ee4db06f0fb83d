package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// The metadata is read from a few elements of the page: the first of each
// kind that the CSS selectors in the comments below would find. scanPage
// finds them all in one walk of the page, instead of one walk a selector.

// A metaTag is a <meta> element found by one of its attributes.
type metaTag int

const (
	metaOGTitle           metaTag = iota // meta[property="og:title"]
	metaTwitterTitle                     // meta[name="twitter:title"]
	metaTitle                            // meta[name="title"]
	metaAuthor                           // meta[name="author"]
	metaByl                              // meta[name="byl"]
	metaParselyAuthor                    // meta[name="parsely-author"]
	metaSailthruAuthor                   // meta[name="sailthru.author"]
	metaDCCreator                        // meta[name="dc.creator" i]
	metaArticleAuthor                    // meta[property="article:author"]
	metaPublishedTime                    // meta[property="article:published_time"]
	metaItemDatePublished                // meta[itemprop="datePublished"]
	metaNamePublishedTime                // meta[name="article:published_time"]
	metaPubdate                          // meta[name="pubdate"]
	metaPublishdate                      // meta[name="publishdate"]
	metaParselyPubDate                   // meta[name="parsely-pub-date"]
	metaSailthruDate                     // meta[name="sailthru.date"]
	metaDate                             // meta[name="date"]
	metaDCDateIssued                     // meta[name="dc.date.issued" i]
	metaDCDate                           // meta[name="dc.date" i]
	metaOGPublishedTime                  // meta[property="og:published_time"]
	metaSiteName                         // meta[property="og:site_name"]
	metaApplicationName                  // meta[name="application-name"]
	metaOGURL                            // meta[property="og:url"]
	metaContentLanguage                  // meta[http-equiv="content-language" i]
	metaOGLocale                         // meta[property="og:locale"]
	numMetaTags
)

// metaKey is an attribute and value that picks a <meta>.
type metaKey struct{ attr, val string }

var (
	// metaExact are the tags matched case-sensitively, metaFold the others.
	metaExact = map[metaKey]metaTag{
		{"property", "og:title"}: metaOGTitle, {"name", "twitter:title"}: metaTwitterTitle,
		{"name", "title"}: metaTitle, {"name", "author"}: metaAuthor, {"name", "byl"}: metaByl,
		{"name", "parsely-author"}: metaParselyAuthor, {"name", "sailthru.author"}: metaSailthruAuthor,
		{"property", "article:author"}: metaArticleAuthor, {"property", "article:published_time"}: metaPublishedTime,
		{"itemprop", "datePublished"}: metaItemDatePublished, {"name", "article:published_time"}: metaNamePublishedTime,
		{"name", "pubdate"}: metaPubdate, {"name", "publishdate"}: metaPublishdate,
		{"name", "parsely-pub-date"}: metaParselyPubDate, {"name", "sailthru.date"}: metaSailthruDate,
		{"name", "date"}: metaDate, {"property", "og:published_time"}: metaOGPublishedTime,
		{"property", "og:site_name"}: metaSiteName, {"name", "application-name"}: metaApplicationName,
		{"property", "og:url"}: metaOGURL, {"property", "og:locale"}: metaOGLocale,
	}
	metaFold = []struct {
		key metaKey
		tag metaTag
	}{
		{metaKey{"name", "dc.creator"}, metaDCCreator},
		{metaKey{"name", "dc.date.issued"}, metaDCDateIssued},
		{metaKey{"name", "dc.date"}, metaDCDate},
		{metaKey{"http-equiv", "content-language"}, metaContentLanguage},
	}
)

// pageScan holds the elements the metadata is read from.
type pageScan struct {
	meta      [numMetaTags]*html.Node
	ldScripts []*html.Node // script[type="application/ld+json" i]
	h1        *html.Node   // h1
	headTitle *html.Node   // head title
	html      *html.Node   // html
	canonical *html.Node   // link[rel="canonical"]
	// time[itemprop="datePublished"], time[pubdate], article time[datetime], time[datetime]
	time *html.Node

	dates dateLines
}

// scanPage walks every node under root in document order: the elements
// for the metadata, the texts for the date lines.
func scanPage(root *html.Node) *pageScan {
	s := &pageScan{}
	var skipEnd *html.Node // the date lines skip the texts until there
	skipping := false
	for n := root.FirstChild; n != nil; n = nextNode(n, root) {
		if skipping && n == skipEnd {
			skipping = false
		}
		switch n.Type {
		case html.TextNode:
			if !skipping && !s.dates.done() {
				s.dates.text(n)
			}
			continue
		case html.ElementNode:
		default:
			continue
		}
		if !skipping && isDateLineSkip(tagAtom(n)) {
			skipping, skipEnd = true, skipSubtree(n, root)
		}
		switch n.Data {
		case "meta":
			s.scanMeta(n)
		case "script":
			if strings.EqualFold(attrVal(n, "type"), "application/ld+json") {
				s.ldScripts = append(s.ldScripts, n)
			}
		case "h1":
			s.h1 = firstOf(s.h1, n)
		case "title":
			if s.headTitle == nil && hasAncestor(n, "head") {
				s.headTitle = n
			}
		case "html":
			s.html = firstOf(s.html, n)
		case "link":
			if s.canonical == nil && hasAttrVal(n, "rel", "canonical") {
				s.canonical = n
			}
		case "time":
			if s.time == nil && (hasAttrVal(n, "itemprop", "datePublished") || hasAttr(n, "pubdate") || hasAttr(n, "datetime")) {
				s.time = n
			}
		}
	}
	return s
}

func (s *pageScan) scanMeta(n *html.Node) {
	for _, a := range n.Attr {
		switch a.Key {
		case "property", "name", "itemprop", "http-equiv":
		default:
			continue
		}
		if t, ok := metaExact[metaKey{a.Key, a.Val}]; ok && s.meta[t] == nil {
			s.meta[t] = n
		}
		for _, f := range metaFold {
			if f.key.attr == a.Key && s.meta[f.tag] == nil && strings.EqualFold(a.Val, f.key.val) {
				s.meta[f.tag] = n
			}
		}
	}
}

// metaContent is the content of the first of tags the page has, white
// space collapsed; a tag with empty content gives way to the next tag.
func (s *pageScan) metaContent(tags ...metaTag) string {
	for _, t := range tags {
		if v := collapse(attr(s.meta[t], "content")); v != "" {
			return v
		}
	}
	return ""
}

func firstOf(found, n *html.Node) *html.Node {
	if found != nil {
		return found
	}
	return n
}

// nextNode is the node after n in document order, staying under root.
func nextNode(n, root *html.Node) *html.Node {
	if n.FirstChild != nil {
		return n.FirstChild
	}
	for n != root {
		if n.NextSibling != nil {
			return n.NextSibling
		}
		n = n.Parent
	}
	return nil
}

func attrVal(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

func hasAttrVal(n *html.Node, key, val string) bool {
	for _, a := range n.Attr {
		if a.Key == key && a.Val == val {
			return true
		}
	}
	return false
}

func hasAncestor(n *html.Node, name string) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && p.Data == name {
			return true
		}
	}
	return false
}

// The author and date elements are looked for only when the page says
// neither in its metadata: most pages do, and the class lists of every
// element take long to read.

// authorElement is the first element that
// [itemprop="author"] [itemprop="name"], [rel="author"], .byline,
// .author-name, .article-author finds.
func authorElement(root *html.Node) *html.Node {
	for n := root.FirstChild; n != nil; n = nextNode(n, root) {
		if n.Type == html.ElementNode && isAuthor(n) {
			return n
		}
	}
	return nil
}

func isAuthor(n *html.Node) bool {
	itemName := false
	for _, a := range n.Attr {
		switch a.Key {
		case "class":
			if _, author := scanClass(a.Val); author {
				return true
			}
		case "rel":
			if a.Val == "author" {
				return true
			}
		case "itemprop":
			itemName = a.Val == "name"
		}
	}
	return itemName && hasAuthorAncestor(n)
}

// isDateElement tells whether [class*="date" i], [class*="time" i],
// [id*="date" i], .published, .dateline, time finds n.
func isDateElement(n *html.Node) bool {
	if n.Data == "time" {
		return true
	}
	for _, a := range n.Attr {
		switch a.Key {
		case "class":
			if date, _ := scanClass(a.Val); date {
				return true
			}
		case "id":
			if containsFold(a.Val, "date") {
				return true
			}
		}
	}
	return false
}

// scanClass reads a class list, in one pass: whether it makes a date
// element ([class*="date" i], [class*="time" i], .published, .dateline) and
// an author (.byline, .author-name, .article-author).
func scanClass(v string) (date, author bool) {
	ascii := true
	start := 0
	for i := 0; i <= len(v); i++ {
		if i < len(v) {
			c := v[i]
			switch {
			case c >= utf8.RuneSelf:
				ascii = false
			case c|0x20 == 'd' && hasFoldAt(v, i, "date"), c|0x20 == 't' && hasFoldAt(v, i, "time"):
				date = true
			}
			// Classes are split at the white space CSS selectors split at.
			if c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '\f' {
				continue
			}
		}
		switch v[start:i] {
		case "published", "dateline":
			date = true
		case "byline", "author-name", "article-author":
			author = true
		}
		start = i + 1
	}
	if !ascii && !date {
		// Past ASCII, case is folded as the selector folds it.
		l := strings.ToLower(v)
		date = strings.Contains(l, "date") || strings.Contains(l, "time")
	}
	return date, author
}

// hasAuthorAncestor tells whether an element above n is itemprop="author".
func hasAuthorAncestor(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && hasAttrVal(p, "itemprop", "author") {
			return true
		}
	}
	return false
}

// textOf is the text of n's subtree, as goquery's Text gives it; "" for
// nil.
func textOf(n *html.Node) string {
	if n == nil {
		return ""
	}
	if n.Type == html.TextNode {
		return n.Data
	}
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = nextNode(c, n) {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return b.String()
}

// collapsedText is collapse(textOf(n)) when that is at most limit bytes
// long; past limit it stops and reports false, so that a big container
// costs no more than its first words.
func collapsedText(n *html.Node, limit int) (string, bool) {
	var b strings.Builder
	space := false
	for c := n; c != nil; c = nextNode(c, n) {
		if c.Type != html.TextNode {
			continue
		}
		if !utf8.ValidString(c.Data) {
			// A rune may be split between two texts: decode them
			// joined, as collapse does.
			t := collapse(textOf(n))
			return t, len(t) <= limit
		}
		for i := 0; i < len(c.Data); {
			r, size := rune(c.Data[i]), 1
			if r >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(c.Data[i:])
			}
			if unicode.IsSpace(r) {
				space = b.Len() > 0
			} else {
				if space {
					b.WriteByte(' ')
					space = false
				}
				b.WriteString(c.Data[i : i+size])
				if b.Len() > limit {
					return "", false
				}
			}
			i += size
		}
	}
	return b.String(), true
}

// containsFold is the [attr*="word" i] test: s holds word (lower case
// ASCII letters) in any case.
func containsFold(s, word string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			// Past ASCII, case is folded as the selector folds it.
			return strings.Contains(strings.ToLower(s), word)
		}
	}
	return hasFold(s, word)
}

// hasFoldAt tells whether s holds word (lower case ASCII letters) at i, in
// any ASCII case.
func hasFoldAt(s string, i int, word string) bool {
	if i+len(word) > len(s) {
		return false
	}
	for j := 0; j < len(word); j++ {
		if s[i+j]|0x20 != word[j] {
			return false
		}
	}
	return true
}
