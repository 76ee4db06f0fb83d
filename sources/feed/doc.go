// Package feed reads RSS, Atom and JSON feeds for the watch job.
//
// fetch.go gets a feed with a conditional GET (ETag / If-None-Match,
// Last-Modified / If-Modified-Since) through the shared, hardened HTTP
// client, and reads the server's scheduling hints (Cache-Control max-age,
// Retry-After); a 304 answer costs no parsing. parse.go turns a body into a
// Feed through github.com/mmcdole/gofeed, keeping only what the job needs
// (and the RSS <ttl>). list.go reads a feeds file: one URL a line, or an
// OPML export from a feed reader.
//
// Fetching and parsing stay apart: Parse takes an io.Reader, never a URL.
package feed
