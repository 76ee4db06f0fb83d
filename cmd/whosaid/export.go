package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/whosaid/whosaid/config"
	"github.com/whosaid/whosaid/extractor/format"
	"github.com/whosaid/whosaid/internal/store"
	"github.com/whosaid/whosaid/internal/store/sqlite"
)

func newExportCmd(a *app) *cobra.Command {
	var since, feedURL string
	cmd := &cobra.Command{
		Use:   "export --store FILE [--format jsonl|csv|json] [--since TIME] [--feed URL]",
		Short: "Write the documents stored by watch",
		Long: `Write the documents that 'whosaid watch' stored, in the order they were
stored: jsonl (the default; one document a line), csv (one row per record)
or json (an array). --since keeps documents stored at or after TIME: an RFC
3339 time (2026-01-31T08:00:00Z), a date (2026-01-31, UTC) or a duration
back from now (24h). --feed keeps the documents of one feed.`,
		Example: `  whosaid export --store quotes.db --format csv -o quotes.csv
  whosaid export --store quotes.db --since 24h --feed https://example.org/rss.xml`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := a.load(cmd)
			if err != nil {
				return err
			}
			filter := store.DocumentFilter{Feed: feedURL}
			if since != "" {
				if filter.Since, err = parseSince(since, time.Now()); err != nil {
					return usageError("export: --since: %v", err)
				}
			}
			return a.export(cmd.Context(), s, filter)
		},
	}
	cmd.Flags().String("store", config.DefaultStorePath(), "the store's SQLite `FILE` (config store.path)")
	cmd.Flags().StringVar(&since, "since", "", "only documents stored at or after `TIME` (RFC 3339, a date, or a duration like 24h)")
	cmd.Flags().StringVar(&feedURL, "feed", "", "only documents of the feed at `URL`")
	return cmd
}

func (a *app) export(ctx context.Context, s *setup, filter store.DocumentFilter) error {
	cfg := s.cfg
	db, err := openExistingStore(ctx, cfg.Store.Path)
	if err != nil {
		return err
	}
	defer db.Close()
	f := format.Format(cfg.Format)
	if f == "" {
		f = format.JSONL
	}
	out, err := openOutput(cfg.Output, a.stdout)
	if err != nil {
		return usageError("%v", err)
	}
	w, err := format.NewWriter(out, f, format.Options{Array: true})
	if err != nil {
		out.Abort()
		return usageError("%v", err)
	}
	n := 0
	err = db.Documents(ctx, filter, func(d *store.Document) error {
		n++
		return w.Write(d.Doc)
	})
	if err == nil {
		err = w.Close()
	}
	if err == nil {
		err = out.Commit()
	} else {
		out.Abort()
	}
	if err != nil {
		return &exitError{code: exitPartial, err: err}
	}
	s.log.Info("exported", "documents", n)
	return nil
}

// openExistingStore opens the store at path, refusing to create one: an
// export or listing from a mistyped path should say so, not print nothing.
func openExistingStore(ctx context.Context, path string) (*sqlite.DB, error) {
	if path == "" {
		return nil, usageError("no store path: give --store FILE or set store.path")
	}
	if _, err := os.Stat(path); err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, usageError("no store at %s (run 'whosaid watch' first, or give --store FILE)", path)
		}
		return nil, usageError("%v", err)
	}
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		return nil, &exitError{code: exitPartial, err: err}
	}
	return db, nil
}

// parseSince reads an RFC 3339 time, a date or a duration back from now.
func parseSince(s string, now time.Time) (time.Time, error) {
	s = strings.TrimSpace(s)
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t, nil
	}
	if d, err := time.ParseDuration(s); err == nil && d >= 0 {
		return now.Add(-d), nil
	}
	return time.Time{}, fmt.Errorf("%q is not an RFC 3339 time, a date (2006-01-02) or a duration (24h)", s)
}
