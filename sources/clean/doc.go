// Package clean turns an HTML page into a sources.Article: the page's
// metadata and its main text as paragraphs, with the page furniture
// (navigation, share bars, captions, related lists, comments, ads, footers)
// left out.
//
// clean.go holds the entry points, meta.go the metadata (JSON-LD, meta tags,
// visible dates), prune.go the boilerplate rules and text.go the rendering of
// the chosen article node into paragraphs. The main block is found by
// go-readability on the same parsed tree; JSON-LD articleBody takes over when
// the markup holds much less text than it.
package clean
