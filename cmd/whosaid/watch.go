package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/whosaid/whosaid/config"
	"github.com/whosaid/whosaid/internal/store/sqlite"
	"github.com/whosaid/whosaid/internal/watch"
	"github.com/whosaid/whosaid/sources/feed"
	"github.com/whosaid/whosaid/sources/fetch"
)

// The watch, export and feeds flags that have a config key; registered
// here rather than in root.go so that the table there stays about the
// global flags.
func init() {
	for flag, key := range map[string]string{
		"store":         "store.path",
		"out":           "watch.out",
		"ignore-robots": "watch.ignore_robots",
		"interval":      "watch.interval",
		"min-interval":  "watch.min_interval",
		"host-delay":    "watch.host_delay",
		"per-host":      "watch.per_host",
		"max-attempts":  "watch.max_attempts",
		"workers":       "watch.concurrency",
	} {
		flagKeys[flag] = key
	}
}

// watchFlags are the flags of watch that are not config keys.
type watchFlags struct {
	once      bool
	feeds     []string
	feedsFile string
}

func newWatchCmd(a *app) *cobra.Command {
	var wf watchFlags
	d := config.Default()
	cmd := &cobra.Command{
		Use:   "watch [flags]",
		Short: "Poll RSS/Atom/JSON feeds and extract every new article once",
		Long: `Poll feeds and extract the quotes and claims of each new article, once,
into a store (one SQLite file: --store, config store.path, default in the
user data directory). Feeds come from the config file (feeds: a list of
{url, name, interval}), --feed URL (repeatable) and --feeds-file FILE (one
URL a line, or an OPML export from a feed reader).

With --once every due feed is checked and every new article processed, then
the command exits (for cron or a systemd timer): exit status 0 when every
feed was read, 1 when some failed (after all the others were processed) or
is still waiting out the back-off of an earlier failure.
Without --once it runs as a service, checking each feed on its own schedule
(its interval, or longer when the feed's TTL or Cache-Control asks), until
SIGINT or SIGTERM.

Feeds are fetched with conditional GET; a failing feed waits longer after
each failure while the others go on. An article is fetched once: a failure
is retried on later runs up to watch.max_attempts times. One request at a
time per host, a second apart by default; robots.txt is honoured for
article pages unless --ignore-robots. 'whosaid export' writes the stored
documents; 'whosaid feeds' shows each feed's state.`,
		Example: `  whosaid watch --once --feeds-file feeds.txt --store quotes.db
  whosaid watch --once --feed https://example.org/rss.xml --out new.jsonl
  whosaid watch --feeds-file subscriptions.opml      # as a service`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := a.load(cmd)
			if err != nil {
				return err
			}
			if cmd.Flags().Changed("concurrency") && !cmd.Flags().Changed("workers") {
				s.cfg.Watch.Concurrency = s.cfg.Concurrency
			}
			return a.watch(cmd.Context(), s, wf)
		},
	}
	f := cmd.Flags()
	f.BoolVar(&wf.once, "once", false, "check due feeds and process new articles once, then exit (for cron)")
	f.StringArrayVar(&wf.feeds, "feed", nil, "poll the feed at `URL` (repeatable; added to the config's feeds)")
	f.StringVar(&wf.feedsFile, "feeds-file", "", "poll the feeds listed in `FILE`: one URL a line, or OPML")
	f.String("store", d.Store.Path, "the store's SQLite `FILE` (config store.path)")
	f.String("out", "", "also append each new document to `FILE` as one JSONL line (config watch.out)")
	f.Bool("ignore-robots", false, "do not read robots.txt (only with the site's permission)")
	f.Duration("interval", d.Watch.Interval, "time between checks of a feed that sets no interval")
	f.Duration("min-interval", d.Watch.MinInterval, "shortest time between checks of one feed")
	f.Duration("host-delay", d.Watch.HostDelay, "shortest time between two requests to one host")
	f.Int("per-host", d.Watch.PerHost, "requests in flight to one host")
	f.Int("max-attempts", d.Watch.MaxAttempts, "failed attempts before an article is given up")
	f.Int("workers", d.Watch.Concurrency, "feeds and articles processed at once")
	addLLMFlags(f)
	addClassFlag(f)
	return cmd
}

func (a *app) watch(ctx context.Context, s *setup, wf watchFlags) error {
	cfg := s.cfg
	feeds, err := watchFeeds(cfg, wf)
	if err != nil {
		return usageError("watch: %v", err)
	}
	if len(feeds) == 0 {
		return usageError("watch: no feeds: list them under feeds: in the config file, or give --feed URL or --feeds-file FILE")
	}
	// The same extraction as `whosaid extract`, in whatever mode is
	// configured (llm.go).
	ex, _, err := engines(cfg, s.log)
	if err != nil {
		var ee *exitError
		if errors.As(err, &ee) {
			return err
		}
		return usageError("watch: %v", err)
	}
	if cfg.Store.Path == "" {
		return usageError("watch: no store path: give --store FILE or set store.path")
	}
	db, err := sqlite.Open(ctx, cfg.Store.Path)
	if err != nil {
		return &exitError{code: exitPartial, err: err}
	}
	defer db.Close()

	var out io.Writer
	if cfg.Watch.Out != "" {
		f, err := openAppend(cfg.Watch.Out)
		if err != nil {
			return usageError("watch: %v", err)
		}
		defer f.Close()
		out = f
	}
	w := cfg.Watch
	job, err := watch.New(watch.Options{
		Store: db, Client: fetch.New(fetchOptions(cfg)), Extractor: ex, Log: s.log, Feeds: feeds,
		Interval: w.Interval, MinInterval: w.MinInterval, Backoff: w.Backoff, MaxBackoff: w.MaxBackoff,
		MaxAttempts: w.MaxAttempts, Concurrency: w.Concurrency, PerHost: w.PerHost, HostDelay: w.HostDelay,
		IgnoreRobots: w.IgnoreRobots, Out: out,
	})
	if err != nil {
		return usageError("%v", err)
	}
	start := time.Now()
	var st watch.Stats
	if wf.once {
		st, err = job.Once(ctx)
	} else {
		s.log.Info("watching feeds; stop with Ctrl-C or SIGTERM", "feeds", len(feeds), "store", cfg.Store.Path)
		st, err = job.Serve(ctx)
	}
	notDue := fmt.Sprintf("%d not due", st.FeedsNotDue)
	if st.FeedsBackingOff > 0 {
		notDue += fmt.Sprintf(" (%d of them failing, in back-off)", st.FeedsBackingOff)
	}
	fmt.Fprintf(a.stderr, "whosaid: %d feeds read, %d not modified, %d failed, %s; %d new articles, %d documents stored, %d article failures, %d blocked by robots.txt (%s; requests waited %s in all on the per-host limits)\n",
		st.FeedsChecked, st.FeedsNotModified, st.FeedsFailed, notDue, st.NewArticles, st.Done, st.Failed, st.Blocked,
		time.Since(start).Round(time.Millisecond), st.PoliteWait.Round(time.Millisecond))
	switch {
	case err == nil:
		return nil
	case errors.Is(err, watch.ErrFeedsFailed):
		fmt.Fprintf(a.stderr, "whosaid: %v ('whosaid feeds --store %s' shows their errors)\n", err, cfg.Store.Path)
		return &exitError{code: exitPartial, err: err}
	case ctx.Err() != nil:
		fmt.Fprintf(a.stderr, "whosaid: stopped; %d articles in flight were left for the next run\n", st.Abandoned)
		return &exitError{code: exitPartial, err: ctx.Err()}
	}
	return &exitError{code: exitPartial, err: err}
}

// watchFeeds merges the config's feeds, --feed and --feeds-file, first
// mention winning.
func watchFeeds(cfg *config.Config, wf watchFlags) ([]watch.Feed, error) {
	var out []watch.Feed
	seen := map[string]bool{}
	add := func(f watch.Feed) {
		if !seen[f.URL] {
			seen[f.URL] = true
			out = append(out, f)
		}
	}
	for _, f := range cfg.Feeds {
		add(watch.Feed{URL: f.URL, Name: f.Name, Interval: f.Interval})
	}
	if len(wf.feeds) > 0 {
		list, err := feed.ReadList(strings.NewReader(strings.Join(wf.feeds, "\n")))
		if err != nil {
			return nil, fmt.Errorf("--feed: %w", err)
		}
		for _, e := range list {
			add(watch.Feed{URL: e.URL, Name: e.Name})
		}
	}
	if wf.feedsFile != "" {
		f, err := os.Open(wf.feedsFile)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		list, err := feed.ReadList(f)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", wf.feedsFile, err)
		}
		for _, e := range list {
			add(watch.Feed{URL: e.URL, Name: e.Name})
		}
	}
	return out, nil
}

// openAppend opens the --out file for appending, creating it and its
// directory: each document is one write of one line.
func openAppend(path string) (*os.File, error) {
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, err
		}
	}
	return os.OpenFile(path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o644)
}
