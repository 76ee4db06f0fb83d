package sources

import "strings"

// ParagraphSep joins paragraphs into an article's text. Offsets in extraction
// records count code points into that joined text, so it must never change.
const ParagraphSep = "\n\n"

// Article is a cleaned document: the metadata of the page and its main text,
// split into paragraphs the way the page split them.
//
// A paragraph is trimmed, never empty, has its white space runs collapsed to
// single spaces (a single "\n" from a <br> may remain) and never contains
// ParagraphSep, so that joining is reversible.
type Article struct {
	Source    string // the source as the user gave it: a path, "-" or a URL
	URL       string // canonical URL when the page names one, else the fetched URL, else ""
	Title     string
	Byline    string
	Published string // RFC 3339, or "" when unknown
	Site      string
	Language  string // BCP 47 tag from the page, or ""

	Paragraphs []string

	// Warnings are non-fatal findings while getting or cleaning the page
	// ("no article text found"); they are carried into the output document.
	Warnings []string
}

// Text returns the paragraphs joined by ParagraphSep.
func (a *Article) Text() string {
	return strings.Join(a.Paragraphs, ParagraphSep)
}
