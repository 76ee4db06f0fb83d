package main

import (
	"context"
	"fmt"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/whosaid/whosaid/config"
	"github.com/whosaid/whosaid/internal/store"
)

func newFeedsCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "feeds --store FILE",
		Short: "List the feeds in the store with their state and last error",
		Long: `List every feed that 'whosaid watch' has polled into the store: whether
its last check worked, when it was checked and is due next, its articles by
status (done, pending, failed, blocked by robots.txt) and its last error.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := a.load(cmd)
			if err != nil {
				return err
			}
			return a.listFeeds(cmd.Context(), s)
		},
	}
	cmd.Flags().String("store", config.DefaultStorePath(), "the store's SQLite `FILE` (config store.path)")
	return cmd
}

func (a *app) listFeeds(ctx context.Context, s *setup) error {
	db, err := openExistingStore(ctx, s.cfg.Store.Path)
	if err != nil {
		return err
	}
	defer db.Close()
	feeds, err := db.Feeds(ctx)
	if err != nil {
		return &exitError{code: exitPartial, err: err}
	}
	tw := tabwriter.NewWriter(a.stdout, 2, 8, 2, ' ', 0)
	fmt.Fprintln(tw, "FEED\tNAME\tSTATE\tLAST CHECK\tNEXT CHECK\tDONE\tPENDING\tFAILED\tBLOCKED\tLAST ERROR")
	for _, f := range feeds {
		c, err := db.Counts(ctx, f.URL)
		if err != nil {
			return &exitError{code: exitPartial, err: err}
		}
		state := "ok"
		if f.Failures > 0 {
			state = fmt.Sprintf("failing (%d)", f.Failures)
		}
		errText := f.LastError
		if errText == "" {
			errText = "-"
		}
		name := f.Name
		if name == "" {
			name = "-"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%d\t%d\t%d\t%d\t%s\n", f.URL, name, state, when(f.LastChecked), when(f.NextCheck),
			c[store.Done], c[store.Pending], c[store.Failed], c[store.Blocked], errText)
	}
	return tw.Flush()
}

func when(t time.Time) string {
	if t.IsZero() {
		return "never"
	}
	return t.Local().Format(time.RFC3339)
}
