// Package clean turns an HTML page into a sources.Article: the page's
// metadata and its main text as paragraphs, with the page furniture
// (navigation, share bars, captions, related lists, comments, ads, footers)
// left out.
//
// clean.go holds the entry points, meta.go the metadata (JSON-LD, meta tags,
// dates in date-like elements), scan.go the one walk of the page that finds
// the elements the metadata comes from, dateline.go the visible date and
// By-lines ("Published: 7 May 2025", "By Jo Lee | 9 June 2025"), prune.go
// the boilerplate rules (furniture, headline, pull quotes, stand-alone
// dates), text.go the rendering of the chosen article node into paragraphs
// and flatten.go the fallback for pages nested past the parser's limit. The
// main block is the publisher's itemprop="articleBody" element when it holds
// enough text, else the node go-readability picks on the same parsed tree,
// handed only the part of the page around the paragraphs (narrow), which
// spares it passes over the furniture; JSON-LD articleBody takes over when
// the markup holds much less text than it.
package clean
