package feed

import (
	"errors"
	"fmt"
	"io"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
	"github.com/mmcdole/gofeed/rss"
)

// Feed is what the job needs of a feed.
type Feed struct {
	Title string
	Link  string
	// TTL is the RSS <ttl>: how long the publisher asks readers to wait
	// between checks; 0 when absent.
	TTL   time.Duration
	Items []Item
}

// Item is one entry.
type Item struct {
	GUID  string
	Link  string // absolute: resolved against the feed's URL
	Title string
	// Content is the full content when the feed has it, else the summary;
	// it identifies items that have neither GUID nor link.
	Content   string
	Published time.Time // zero when the feed gives none
}

// Parse reads an RSS (0.9 to 2.0), Atom or JSON feed. base is the URL the
// feed came from; relative links are resolved against it.
func Parse(r io.Reader, base string) (*Feed, error) {
	p := gofeed.NewParser()
	p.KeepOriginalFeed = true // for the RSS <ttl>, which the universal feed drops
	gf, err := parse(p, r)
	if err != nil {
		if errors.Is(err, gofeed.ErrFeedTypeNotDetected) {
			return nil, fmt.Errorf("%w: not RSS, Atom or JSON Feed", ErrMalformed)
		}
		return nil, fmt.Errorf("%w: %v", ErrMalformed, err)
	}
	bu, _ := url.Parse(base)
	f := &Feed{Title: strings.TrimSpace(gf.Title), Link: resolve(bu, gf.Link)}
	if rf, ok := gf.OriginalFeed().(*rss.Feed); ok {
		if n, err := strconv.Atoi(strings.TrimSpace(rf.TTL)); err == nil && n > 0 {
			f.TTL = time.Duration(n) * time.Minute
		}
	}
	for _, it := range gf.Items {
		if it == nil {
			continue
		}
		item := Item{
			GUID:    strings.TrimSpace(it.GUID),
			Link:    resolve(bu, strings.TrimSpace(it.Link)),
			Title:   strings.TrimSpace(it.Title),
			Content: it.Content,
		}
		if item.Link == "" {
			for _, l := range it.Links {
				if l = resolve(bu, strings.TrimSpace(l)); l != "" {
					item.Link = l
					break
				}
			}
		}
		if item.Content == "" {
			item.Content = it.Description
		}
		if it.PublishedParsed != nil {
			item.Published = it.PublishedParsed.UTC()
		} else if it.UpdatedParsed != nil {
			item.Published = it.UpdatedParsed.UTC()
		}
		f.Items = append(f.Items, item)
	}
	return f, nil
}

// parse turns a panic deep in a parser into an error: a hostile feed must
// not take the job down.
func parse(p *gofeed.Parser, r io.Reader) (f *gofeed.Feed, err error) {
	defer func() {
		if v := recover(); v != nil {
			f, err = nil, fmt.Errorf("parser failed: %v", v)
		}
	}()
	return p.Parse(r)
}

// resolve makes ref absolute against base; "" when it cannot.
func resolve(base *url.URL, ref string) string {
	if ref == "" {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if !u.IsAbs() {
		return ""
	}
	return u.String()
}
