package watch

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"runtime/debug"
	"strings"

	"github.com/whosaid/whosaid/extractor"
	"github.com/whosaid/whosaid/internal/store"
	"github.com/whosaid/whosaid/sources"
	"github.com/whosaid/whosaid/sources/clean"
	"github.com/whosaid/whosaid/sources/fetch"
)

// article fetches, cleans and extracts one article and commits its
// document. A failure is recorded on the article (retried on a later run
// until MaxAttempts); a stop abandons it without a trace, to be done on a
// later run. The error is the store's.
func (j *Job) article(ctx context.Context, a store.Article) (Stats, error) {
	var st Stats
	log := j.log.With("article", a.URL, "feed", a.Feed)
	if a.URL != "" && !j.opts.IgnoreRobots {
		ok, err := j.robots.allowed(ctx, a.URL)
		switch {
		case ctx.Err() != nil:
			st.Abandoned++
			return st, nil
		case err != nil && permanent(err):
			// A link to an address the client refuses: its robots.txt
			// never will be read, nor its page.
			return st, j.fail(ctx, &st, a, store.Failed, err, true)
		case err != nil:
			return st, j.fail(ctx, &st, a, store.Pending, err, false)
		case !ok:
			st.Blocked++
			log.Info("article disallowed by robots.txt")
			return st, j.fail(ctx, &st, a, store.Blocked, errors.New("disallowed by robots.txt (--ignore-robots if you have permission)"), true)
		}
	}
	doc, err := j.extract(ctx, a)
	if ctx.Err() != nil && doc == nil {
		st.Abandoned++
		log.Debug("article abandoned by stop")
		return st, nil
	}
	if err != nil {
		if permanent(err) {
			return st, j.fail(ctx, &st, a, store.Failed, err, true)
		}
		return st, j.fail(ctx, &st, a, store.Pending, err, false)
	}
	// Done work is kept even when a stop arrives now: the commit is short
	// and all or nothing.
	err = j.opts.Store.Complete(context.WithoutCancel(ctx), a.ID, doc)
	if errors.Is(err, store.ErrAlreadyDone) {
		log.Info("article done by another run meanwhile")
		return st, nil
	}
	if err != nil {
		return st, err
	}
	st.Done++
	log.Info("article stored", "quotes", len(doc.Quotes))
	if j.out != nil {
		j.outMu.Lock()
		err := j.out.Write(doc)
		j.outMu.Unlock()
		if err != nil {
			return st, fmt.Errorf("watch: writing --out: %w", err)
		}
	}
	return st, nil
}

// fail records a failed attempt. A Pending failure becomes Failed once the
// article has used up its attempts.
func (j *Job) fail(ctx context.Context, st *Stats, a store.Article, status store.Status, cause error, final bool) error {
	if status == store.Pending && a.Attempts+1 >= j.opts.MaxAttempts {
		status, final = store.Failed, true
	}
	if status != store.Blocked {
		st.Failed++
	}
	j.log.Warn("article failed", "article", a.URL, "feed", a.Feed, "err", cause, "attempt", a.Attempts+1, "gave_up", final && status == store.Failed)
	err := j.opts.Store.Fail(context.WithoutCancel(ctx), a.ID, status, cause.Error())
	if errors.Is(err, store.ErrAlreadyDone) {
		return nil
	}
	return err
}

// errNoText: a feed item with neither a link nor content of its own; its
// feed will not give it more, so it is given up at once.
var errNoText = errors.New("watch: the feed item has no link to fetch and no text of its own")

// extract gets the article's text (its page, or the feed's copy when the
// item has no link) and runs the extractor on it. A panic below becomes
// this article's error so that the others go on.
func (j *Job) extract(ctx context.Context, a store.Article) (doc *extractor.Document, err error) {
	defer func() {
		if r := recover(); r != nil {
			j.log.Debug("panic", "article", a.URL, "stack", string(debug.Stack()))
			doc, err = nil, fmt.Errorf("internal error: %v", r)
		}
	}()
	var art *sources.Article
	if a.URL == "" {
		art, err = itemArticle(a)
	} else {
		art, err = j.page(ctx, a)
	}
	if err != nil {
		return nil, err
	}
	if art.Title == "" {
		art.Title = a.Title
	}
	return j.opts.Extractor.Run(ctx, art)
}

// itemArticle is the article of a feed item without a link: the content the
// feed carries for it (HTML in most feeds, else plain text). Its source
// names the feed and the item, since it has no address of its own.
func itemArticle(a store.Article) (*sources.Article, error) {
	id := a.GUID
	if id == "" {
		id = a.Key
	}
	src := a.Feed + "#" + id
	var art *sources.Article
	if strings.Contains(a.Content, "<") {
		var err error
		if art, err = clean.Clean(strings.NewReader(a.Content), a.Feed); err != nil {
			return nil, err
		}
	} else {
		art = sources.FromText(src, a.Content)
	}
	if len(art.Paragraphs) == 0 {
		return nil, errNoText
	}
	art.Source, art.URL = src, "" // not the feed's URL: the item has none
	return art, nil
}

// page fetches and cleans the article's page.
func (j *Job) page(ctx context.Context, a store.Article) (*sources.Article, error) {
	release, err := j.lim.acquire(ctx, hostOf(a.URL))
	if err != nil {
		return nil, err
	}
	// a.URL is an absolute http(s) URL (Canonical made it), so Open never
	// reads a local file named by a feed.
	page, err := sources.Open(ctx, a.URL, sources.OpenOptions{Client: j.opts.Client})
	release()
	if err != nil {
		return nil, err
	}
	return clean.Page(page)
}

// permanent reports whether trying again cannot help: the page is gone, is
// not a page (a PDF, an image), is over the size cap, or is at an address
// the client refuses. Such articles are given up at once rather than
// fetched on every run until MaxAttempts.
func permanent(err error) bool {
	var he *fetch.HTTPError
	if errors.As(err, &he) {
		return he.StatusCode == http.StatusNotFound || he.StatusCode == http.StatusGone
	}
	return errors.Is(err, errNoText) || errors.Is(err, fetch.ErrContentType) || errors.Is(err, fetch.ErrTooLarge) ||
		errors.Is(err, fetch.ErrScheme) || errors.Is(err, fetch.ErrPrivateAddress)
}
