package clean

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// isDropAtom tells the elements that never hold article text: their words
// would only add boilerplate (and stray quote marks) to the paragraphs.
// This and the other sets of atoms are switches, not maps: they are asked
// about every element.
func isDropAtom(a atom.Atom) bool {
	switch a {
	case atom.Script, atom.Style, atom.Noscript, atom.Template,
		atom.Svg, atom.Iframe, atom.Object, atom.Embed,
		atom.Nav, atom.Figcaption, atom.Button, atom.Select,
		atom.Textarea, atom.Input, atom.Dialog,
		atom.Link, atom.Meta:
		return true
	}
	return false
}

// rxBoilerplate matches class and id values of the page furniture that sits
// inside or next to an article: captions and credits, share bars, related
// and most-read lists, comments, ads, newsletter boxes, breadcrumbs, author
// boxes, pull quotes (which repeat a quote of the story, with no speaker).
// Words are matched whole (split on - and _) so "shared-content" or
// "adventure" do not match.
var rxBoilerplate = regexp.MustCompile(`(?i)(?:^|[\s_-])(?:caption|captions|credit|credits|photo-?credit|image-?credit|wp-caption-text|share|sharing|shares|social|sharebar|share-?tools|related|recommended|recommendations|read-?more|more-?stories|most-?read|most-?popular|popular|trending|newsletter|subscribe|subscription|signup|promo|promotion|advert|advertisement|ads|ad|adslot|ad-?unit|dfp|sponsored|breadcrumb|breadcrumbs|comment|comments|disqus|outbrain|taboola|toolbar|tags|tag-?list|author-?bio|author-?box|bio|sidebar|widget|byline|dateline|timestamp|meta|print|skip|hidden|visually-?hidden|sr-only|screen-?reader-?text|tooltip|modal|cookie|paywall|inline-?related|rail|teaser|teasers|pull[-_]?quote|pq)(?:$|[\s_-])`)

// boilerWords are the words of rxBoilerplate with every optional part
// spelled out, for isBoilerName; FuzzBoilerName keeps the two in step.
var boilerWords = newWordIndex("caption", "captions", "credit", "credits", "photo-credit", "photocredit",
	"image-credit", "imagecredit", "wp-caption-text", "share", "sharing", "shares", "social", "sharebar",
	"share-tools", "sharetools", "related", "recommended", "recommendations", "read-more", "readmore",
	"more-stories", "morestories", "most-read", "mostread", "most-popular", "mostpopular", "popular",
	"trending", "newsletter", "subscribe", "subscription", "signup", "promo", "promotion", "advert",
	"advertisement", "ads", "ad", "adslot", "ad-unit", "adunit", "dfp", "sponsored", "breadcrumb",
	"breadcrumbs", "comment", "comments", "disqus", "outbrain", "taboola", "toolbar", "tags", "tag-list",
	"taglist", "author-bio", "authorbio", "author-box", "authorbox", "bio", "sidebar", "widget", "byline",
	"dateline", "timestamp", "meta", "print", "skip", "hidden", "visually-hidden", "visuallyhidden",
	"sr-only", "screen-reader-text", "screenreader-text", "screen-readertext", "screenreadertext",
	"tooltip", "modal", "cookie", "paywall", "inline-related", "inlinerelated", "rail", "teaser", "teasers",
	"pull-quote", "pull_quote", "pullquote", "pq")

// wordIndex holds lower case ASCII words by their first byte.
type wordIndex [utf8.RuneSelf][]string

func newWordIndex(words ...string) *wordIndex {
	var x wordIndex
	for _, w := range words {
		x[w[0]] = append(x[w[0]], w)
	}
	return &x
}

// isBoilerName is rxBoilerplate.MatchString(rxCamel.ReplaceAllString(v,
// "$1-$2")) without the regular expressions, which cost more than the rest
// of the rendering: a class or id names page furniture when one of
// boilerWords stands in it between separators (white space, _ or -, and
// the boundary of a camelCase name). Names with runes past ASCII, where
// case folding is Unicode's, take the regular expressions.
func isBoilerName(v string) bool {
	camel := false
	for i := 0; i < len(v); i++ {
		c := v[i]
		if c >= utf8.RuneSelf {
			return rxBoilerplate.MatchString(rxCamel.ReplaceAllString(v, "$1-$2"))
		}
		camel = camel || i > 0 && 'A' <= c && c <= 'Z' && 'a' <= v[i-1] && v[i-1] <= 'z'
	}
	if camel {
		v = rxCamel.ReplaceAllString(v, "$1-$2")
	}
	for i := 0; i < len(v); i++ {
		if i > 0 && !isNameSep(v[i-1]) {
			continue
		}
		c := v[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		for _, w := range boilerWords[c] {
			if end := i + len(w); end <= len(v) && strings.EqualFold(v[i:end], w) && (end == len(v) || isNameSep(v[end])) {
				return true
			}
		}
	}
	return false
}

// isNameSep tells the separators of the words of a class name: the
// regular expression's [\s_-].
func isNameSep(c byte) bool {
	switch c {
	case ' ', '\t', '\n', '\f', '\r', '_', '-':
		return true
	}
	return false
}

// rxCamel finds the word boundaries of camelCase names ("newsCaption").
var rxCamel = regexp.MustCompile(`(\p{Ll})(\p{Lu})`)

// rxHiddenStyle matches inline styles that hide an element.
var rxHiddenStyle = regexp.MustCompile(`(?i)display\s*:\s*none|visibility\s*:\s*hidden`)

// hasFold tells whether s holds word (lower case ASCII letters) in any
// ASCII case.
func hasFold(s, word string) bool {
	for i := range s {
		if hasFoldAt(s, i, word) {
			return true
		}
	}
	return false
}

// rxBoilerRole matches ARIA roles of page furniture.
var rxBoilerRole = regexp.MustCompile(`(?i)^(navigation|complementary|contentinfo|banner|menu|menubar|search|dialog|alert|alertdialog|toolbar)$`)

// prune removes from the whole page, before the content detection runs, the
// elements that can never be article text. Removing them first keeps their
// words from helping a wrong block win. It returns the element marked
// itemprop="articleBody" that is left, when there is exactly one.
func prune(root *html.Node) (articleBody *html.Node) {
	marked := 0
	stack := []*html.Node{root}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for c := n.FirstChild; c != nil; {
			next := c.NextSibling
			switch {
			case c.Type == html.CommentNode:
				n.RemoveChild(c)
			case c.Type == html.ElementNode && pruneElement(c):
				n.RemoveChild(c)
			default:
				if c.Type == html.ElementNode && hasAttrVal(c, "itemprop", "articleBody") {
					marked++
					articleBody = c
				}
				stack = append(stack, c)
			}
			c = next
		}
	}
	if marked != 1 {
		return nil
	}
	return articleBody
}

// pruneElement tells whether n goes before content detection. Scripts go
// too: the JSON-LD among them has been read by then.
func pruneElement(n *html.Node) bool {
	return isDropAtom(tagAtom(n)) || isHidden(n)
}

func isHidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if strings.EqualFold(a.Val, "true") {
				return true
			}
		case "style":
			// Only "none" or "hidden" can hide; no rune past ASCII folds
			// to their letters, so the test is exact.
			if (hasFold(a.Val, "none") || hasFold(a.Val, "hidden")) && rxHiddenStyle.MatchString(a.Val) {
				return true
			}
		}
	}
	return false
}

// skipper returns the test the paragraph builder uses on the chosen article
// node: furniture elements are skipped unless they hold most of the article
// (some sites put a "share" class on the whole story wrapper).
func skipper(article *html.Node) func(*html.Node) bool {
	lengths, links := textLengths(article)
	total := lengths[article]
	return func(n *html.Node) bool {
		if n == article {
			return false
		}
		if isDropAtom(tagAtom(n)) || isHidden(n) {
			return true
		}
		switch tagAtom(n) {
		case atom.Aside, atom.Footer, atom.H1:
			// An <h1> inside the article is its headline: metadata,
			// whatever the page's title says, and its quote marks are
			// never a quote of the article.
			return true
		case atom.Header:
			// The article's own header holds the headline, standfirst,
			// byline and date. A header that holds most of the text is
			// a wrapper, not a header.
			if lengths[n]*2 < total {
				return true
			}
		case atom.Time:
			// A date set apart ("May 6" above the story) is a date line,
			// not prose; a date inside a sentence stays.
			if !inSentence(n, article) {
				return true
			}
		}
		if isBoilerplate(n) {
			return lengths[n]*2 < total
		}
		// A run of links inside a paragraph's <span> is a hover card or a
		// teaser list ("Ana Reyes" followed by her latest headlines), not
		// prose.
		if tagAtom(n) == atom.Span && lengths[n] > 80 && lengths[n]*2 < total && links[n]*10 > lengths[n]*8 &&
			n.FirstChild != nil && n.FirstChild.Type == html.ElementNode && tagAtom(n.FirstChild) != atom.A {
			return true // (a span that opens with its link is the linked name itself, with the card inside)
		}
		// Blocks of mostly links inside the article are teasers and
		// link lists ("more on this story"), not prose.
		if isLinkBlockAtom(tagAtom(n)) && lengths[n] > 0 && lengths[n]*2 < total &&
			float64(links[n]) > linkDensityMax*float64(lengths[n]) {
			// A paragraph of linked words that reads as a sentence is
			// prose with links in it; a teaser has no full stop.
			return tagAtom(n) != atom.P || !endsSentence(n)
		}
		return false
	}
}

// endsSentence tells whether the text of n ends like a sentence.
func endsSentence(n *html.Node) bool {
	var b paragraphBuilder
	paras := b.render(n)
	if len(paras) == 0 {
		return false
	}
	last := paras[len(paras)-1]
	r, _ := utf8.DecodeLastRuneInString(last)
	return strings.ContainsRune(".!?\"”’'»。！？", r)
}

func isBoilerplate(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "class", "id":
			if isBoilerName(a.Val) {
				return true
			}
		case "role":
			if rxBoilerRole.MatchString(strings.TrimSpace(a.Val)) {
				return true
			}
		case "itemprop":
			if strings.Contains(a.Val, "caption") || strings.Contains(a.Val, "author") {
				return true
			}
		}
	}
	return false
}

// isLinkBlockAtom tells the containers judged by their link density.
func isLinkBlockAtom(a atom.Atom) bool {
	switch a {
	case atom.Div, atom.Section, atom.Ul, atom.Ol, atom.Table, atom.Dl, atom.Header,
		// Paragraphs too, unless they read as a sentence (see skipper): on the
		// benchmark, judging <li> the same way lost more article than it saved.
		atom.P:
		return true
	}
	return false
}

// linkDensityMax is the share of a block's text inside links above which the
// block is a link list.
const linkDensityMax = 0.5

// textLengths counts the text bytes under every element of the subtree, and
// the part of them inside links, in one post-order pass. Elements without
// text are left out of the maps.
func textLengths(root *html.Node) (lengths, links map[*html.Node]int) {
	lengths = make(map[*html.Node]int)
	links = make(map[*html.Node]int)
	var walk func(n *html.Node) (length, link int)
	walk = func(n *html.Node) (length, link int) {
		if n.Type == html.TextNode {
			return len(strings.TrimSpace(n.Data)), 0
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			l, k := walk(c)
			length += l
			link += k
		}
		if tagAtom(n) == atom.A {
			link = length
		}
		if length > 0 {
			lengths[n] = length
		}
		if link > 0 {
			links[n] = link
		}
		return length, link
	}
	walk(root)
	return lengths, links
}

// inSentence tells whether n shares its paragraph with other words: a
// sibling before or after it, at its own level or an inline ancestor's, up to
// the nearest block boundary, holds a letter or a digit.
func inSentence(n, article *html.Node) bool {
	for cur := n; cur != nil && cur != article; cur = cur.Parent {
		if cur != n && isBlockAtom(tagAtom(cur)) {
			return false
		}
		for s := cur.PrevSibling; s != nil && !isBreak(s); s = s.PrevSibling {
			if hasWords(s) {
				return true
			}
		}
		for s := cur.NextSibling; s != nil && !isBreak(s); s = s.NextSibling {
			if hasWords(s) {
				return true
			}
		}
	}
	return false
}

// isBreak tells whether n ends the paragraph before it.
func isBreak(n *html.Node) bool {
	return n.Type == html.ElementNode && (isBlockAtom(tagAtom(n)) || tagAtom(n) == atom.Br)
}

// hasWords tells whether the subtree of n has a letter or a digit in its
// text. It gives up (true) past a few hundred nodes: a sibling that big is
// prose.
func hasWords(n *html.Node) bool {
	stack := []*html.Node{n}
	for seen := 0; len(stack) > 0; seen++ {
		if seen > 256 {
			return true
		}
		c := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		switch c.Type {
		case html.TextNode:
			if strings.IndexFunc(c.Data, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
				return true
			}
		case html.ElementNode:
			if isDropAtom(tagAtom(c)) {
				continue
			}
			for k := c.FirstChild; k != nil; k = k.NextSibling {
				stack = append(stack, k)
			}
		}
	}
	return false
}
