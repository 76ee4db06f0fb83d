// Package store declares what the watch job keeps between runs: the state of
// each feed, every article seen, and the documents extracted from them.
//
// The job talks only to the Store interface, so that a server database (for
// several workers on several machines) can sit behind it later without
// touching the job. The embedded default is in internal/store/sqlite.
package store

import (
	"context"
	"errors"
	"time"

	"github.com/whosaid/whosaid/extractor"
)

// Errors.
var (
	// ErrNotFound: no such feed or article.
	ErrNotFound = errors.New("store: not found")
	// ErrAlreadyDone: the article was completed already (by another run);
	// nothing was written.
	ErrAlreadyDone = errors.New("store: article already done")
)

// Status is where an article stands.
type Status string

// Article statuses.
const (
	// Pending articles are fetched and extracted on the next run that
	// checks their feed; a failed attempt leaves the article pending with
	// its error until MaxAttempts is reached.
	Pending Status = "pending"
	// Done articles have their document stored; they are never fetched
	// again.
	Done Status = "done"
	// Failed articles gave up after the allowed number of attempts.
	Failed Status = "failed"
	// Blocked articles are disallowed by the site's robots.txt; a run with
	// robots.txt ignored takes them up again.
	Blocked Status = "blocked"
)

// Feed is the state of one feed between runs.
type Feed struct {
	URL  string // as configured; the key
	Name string

	// Conditional GET validators from the last 200 answer.
	ETag         string
	LastModified string

	LastChecked time.Time // last attempt, successful or not
	LastSuccess time.Time
	NextCheck   time.Time // not checked again before this
	Failures    int       // consecutive failed checks; 0 after a success
	LastError   string    // of the last failed check; "" after a success
	// TTL is the feed's RSS <ttl> from its last full (200) answer; a 304
	// has no body to read it from, so it is kept here.
	TTL time.Duration
}

// Article is one item seen in a feed.
type Article struct {
	ID   int64
	Feed string // URL of the feed it was first seen in
	// Key identifies the article across runs and feeds: its GUID, else its
	// canonical link, else a hash of its title and content.
	Key   string
	GUID  string
	URL   string // canonical link, fetched for the article's text
	Title string
	// Content is the item's content from the feed, kept only when it has
	// no link: it is then the article's text.
	Content string

	Status    Status
	Attempts  int    // failed attempts so far
	LastError string // of the last failed attempt
	FirstSeen time.Time
	Updated   time.Time
}

// Document is a stored document with where it came from.
type Document struct {
	ArticleID int64
	Feed      string
	Stored    time.Time
	Doc       *extractor.Document
}

// DocumentFilter selects stored documents; zero fields select everything.
type DocumentFilter struct {
	Since time.Time // stored at or after
	Feed  string    // feed URL
}

// Store keeps the job's state. Implementations are safe for concurrent use.
type Store interface {
	// Feed returns the state of the feed with url, or ErrNotFound.
	Feed(ctx context.Context, url string) (*Feed, error)
	// Feeds lists every known feed, by URL.
	Feeds(ctx context.Context) ([]Feed, error)
	// SaveFeed inserts or replaces the state of f.URL.
	SaveFeed(ctx context.Context, f *Feed) error

	// AddArticles stores the articles whose key (and, when they have one,
	// URL) is not known yet, as Pending, and returns how many were new.
	// An article already stored, in any feed and any status, is left alone.
	AddArticles(ctx context.Context, arts []Article) (int, error)
	// Pending returns the articles of feed still to do: Pending (and
	// Blocked too when withBlocked), oldest first.
	Pending(ctx context.Context, feed string, withBlocked bool) ([]Article, error)
	// Complete stores doc with its records as the document of article id
	// and marks the article Done, in one transaction: after a crash either
	// both are there or neither. ErrAlreadyDone when it was done already.
	Complete(ctx context.Context, id int64, doc *extractor.Document) error
	// Fail records a failed attempt on article id with its error and sets
	// its status (Pending to retry later, Failed or Blocked).
	Fail(ctx context.Context, id int64, status Status, reason string) error
	// Article returns article id, or ErrNotFound.
	Article(ctx context.Context, id int64) (*Article, error)
	// Counts returns how many articles of feed (all feeds when "") are in
	// each status.
	Counts(ctx context.Context, feed string) (map[Status]int, error)

	// Documents calls fn for each stored document that f selects, in the
	// order they were stored; an error from fn stops the walk and is
	// returned. fn must not call the store: an implementation may hold its
	// only connection for the walk (the SQLite one does).
	Documents(ctx context.Context, f DocumentFilter, fn func(*Document) error) error

	Close() error
}
