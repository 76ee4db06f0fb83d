package clean

import (
	"fmt"
	"strings"

	"github.com/whosaid/whosaid/sources"
)

// Page turns a page that sources.Open returned into an article: HTML through
// Clean, plain text through sources.FromText. The article's Source is the
// page's, its URL falls back to the address the page was fetched from, and
// the page's own warnings (a guessed charset) come first.
func Page(page *sources.Page) (*sources.Article, error) {
	var art *sources.Article
	switch page.Kind {
	case sources.KindHTML:
		var err error
		if art, err = Clean(strings.NewReader(page.Body), page.URL); err != nil {
			return nil, err
		}
	case sources.KindText:
		art = sources.FromText(page.Source, page.Body)
	default:
		return nil, fmt.Errorf("clean: unsupported kind of page %v", page.Kind)
	}
	art.Source = page.Source
	if art.URL == "" {
		art.URL = page.URL
	}
	art.Warnings = append(append([]string{}, page.Warnings...), art.Warnings...)
	return art, nil
}
