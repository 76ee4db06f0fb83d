// Package sources gets documents and turns them into Articles.
//
// Open reads a source (an http(s) URL through package fetch, a file, or
// "-" for stdin), refuses what is not a document (binary data, empty
// input), and decodes the body to UTF-8 from whatever charset the header,
// a byte order mark or the page's <meta> declares, or detection finds. The
// resulting Page is HTML, for package clean, or text, for FromText. Open
// honours ctx while it reads stdin or a file, so a FIFO or a terminal that
// never sends EOF does not hold up an interrupted run.
//
// Files:
//   - article.go: Article, the cleaned document every later stage reads.
//   - open.go: Page, Kind, OpenOptions and Open.
//   - decode.go: charset decoding.
//   - sniff.go: binary formats and HTML-or-text sniffing.
//   - text.go: FromText, plain text into paragraphs.
//
// Sub-packages: fetch (the hardened HTTP client), clean (HTML to Article).
package sources
