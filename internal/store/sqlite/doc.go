// Package sqlite is the embedded Store of the watch job: one SQLite file in
// WAL mode through modernc.org/sqlite (pure Go: no cgo, nothing to install).
//
// open.go opens the file and applies the schema migrations embedded from
// migrations/ (their number is kept in PRAGMA user_version); feeds.go and
// articles.go hold the feed and article state; documents.go stores and reads
// documents with their records.
package sqlite
