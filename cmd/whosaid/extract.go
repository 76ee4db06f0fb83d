package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/whosaid/whosaid/config"
	"github.com/whosaid/whosaid/extractor"
	"github.com/whosaid/whosaid/extractor/format"
	"github.com/whosaid/whosaid/sources"
	"github.com/whosaid/whosaid/sources/clean"
	"github.com/whosaid/whosaid/sources/fetch"
)

func newExtractCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "extract [flags] SOURCE...",
		Short: "Extract the quotes and claims of articles",
		Long: `Extract every quote and claim, with who made it, from each SOURCE: an
http(s) URL, a file (.html, .htm, .xhtml as HTML; .txt as plain text with
paragraphs separated by blank lines; any of them .gz-compressed), or - for
stdin (HTML or text, sniffed).

Sources are processed concurrently and written in input order: json (one
document, or an array for several sources), jsonl (one document a line; the
default for several sources) or csv (one row per record). Offsets count
Unicode code points into the document's text. 'whosaid schema' prints the
JSON Schema of a document.

A source that fails gets one line on stderr and the others go on.
Exit status: 0 all sources done, 1 some failed, 2 usage error.`,
		Example: `  whosaid extract article.html
  whosaid extract --format csv -o quotes.csv a.html b.txt.gz https://example.org/news/1
  curl -s https://example.org/news/1 | whosaid extract -`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageError("extract: no SOURCE given: name files, URLs or - for stdin\nRun 'whosaid extract --help' for usage.")
			}
			stdin := 0
			for _, s := range args {
				if s == "-" {
					stdin++
				}
			}
			if stdin > 1 {
				return usageError("extract: - (stdin) can be given only once")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := a.load(cmd)
			if err != nil {
				return err
			}
			return a.extract(cmd.Context(), s, args)
		},
	}
	addLLMFlags(cmd.Flags())
	addClassFlag(cmd.Flags())
	return cmd
}

// outcome is what one source gives.
type outcome struct {
	doc *extractor.Document
	err error
}

func (a *app) extract(ctx context.Context, s *setup, srcs []string) error {
	cfg := s.cfg
	f := format.Format(cfg.Format)
	if f == "" {
		f = format.JSON
		if len(srcs) > 1 {
			f = format.JSONL
		}
	}
	out, err := openOutput(cfg.Output, a.stdout)
	if err != nil {
		return usageError("%v", err)
	}
	w, err := format.NewWriter(out, f, format.Options{Array: len(srcs) > 1})
	if err != nil {
		out.Abort()
		return usageError("%v", err)
	}

	con := newConsole(a.stderr, len(srcs), a.isTerminal != nil && a.isTerminal(a.stderr))
	log := newLogger(con, cfg.Log.Level)
	if n := modeNotice(cfg); n != "" {
		fmt.Fprintln(con, n)
	}

	client := fetch.New(fetchOptions(cfg))
	// The engines keep no state between calls: one serves every source.
	pipe, _, err := engines(cfg, log)
	if err != nil {
		out.Abort()
		return err
	}
	do := func(ctx context.Context, i int) outcome {
		start := time.Now()
		doc, err := a.extractOne(ctx, log, client, pipe, cfg, srcs[i])
		con.finished(err != nil)
		log.Debug("source done", "source", srcs[i], "ok", err == nil, "elapsed", time.Since(start))
		return outcome{doc, err}
	}
	written, failed := 0, 0
	emit := func(i int, o outcome) error {
		if ctx.Err() != nil {
			return ctx.Err() // interrupted: no "context canceled" line per source
		}
		if o.err != nil {
			failed++
			con.failure(srcs[i], o.err)
			return nil
		}
		if err := w.Write(o.doc); errors.Is(err, format.ErrEncode) {
			// Nothing was written: this source failed, the output is intact.
			failed++
			con.failure(srcs[i], err)
			return nil
		} else if err != nil {
			return fmt.Errorf("writing output: %w", err)
		}
		written++
		return nil
	}
	err = runOrdered(ctx, len(srcs), cfg.Concurrency, do, emit)
	con.stop()
	switch {
	case err == nil:
		err = w.Close()
	case ctx.Err() != nil:
		// Interrupted: on stdout, still end what was written properly (a
		// JSON array gets its bracket); a file is dropped below anyway.
		_ = w.Close()
	}
	switch {
	case err != nil && ctx.Err() != nil:
		out.Abort()
		fmt.Fprintf(a.stderr, "whosaid: interrupted after %d of %d sources\n", written+failed, len(srcs))
		return &exitError{code: exitPartial, err: ctx.Err()}
	case err != nil:
		out.Abort()
		fmt.Fprintf(a.stderr, "whosaid: %v\n", err)
		return &exitError{code: exitPartial, err: err}
	case written == 0:
		// Nothing to keep: leave an existing output file as it was.
		out.Abort()
	default:
		if err := out.Commit(); err != nil {
			fmt.Fprintf(a.stderr, "whosaid: %v\n", err)
			return &exitError{code: exitPartial, err: err}
		}
	}
	if failed > 0 {
		return &exitError{code: exitPartial, err: fmt.Errorf("%d of %d sources failed", failed, len(srcs))}
	}
	return nil
}

// extractOne gets, cleans and extracts one source. A panic below is turned
// into this source's error so that the other sources go on.
func (a *app) extractOne(ctx context.Context, log *slog.Logger, client *fetch.Client, pipe docRunner, cfg *config.Config, src string) (doc *extractor.Document, err error) {
	defer func() {
		if r := recover(); r != nil {
			log.Debug("panic", "source", src, "stack", string(debug.Stack()))
			doc, err = nil, fmt.Errorf("internal error (please report it; --log-level debug shows where): %v", r)
		}
	}()
	page, err := sources.Open(ctx, src, sources.OpenOptions{Client: client, Stdin: a.stdin, MaxBytes: int64(cfg.Fetch.MaxBytes)})
	if err != nil {
		return nil, hint(err)
	}
	art, err := clean.Page(page)
	if err != nil {
		return nil, err
	}
	return pipe.Run(ctx, art)
}

// hint adds the way out to errors that have one.
func hint(err error) error {
	if errors.Is(err, fetch.ErrPrivateAddress) && !strings.Contains(err.Error(), "--allow-private") {
		return fmt.Errorf("%w (pass --allow-private, or set fetch.allow_private, to allow it)", err)
	}
	if errors.Is(err, fetch.ErrTooLarge) && !strings.Contains(err.Error(), "--max-bytes") {
		return fmt.Errorf("%w (raise the cap with --max-bytes)", err)
	}
	return err
}

// fetchOptions maps the configuration onto the HTTP client's options.
func fetchOptions(cfg *config.Config) fetch.Options {
	o := fetch.DefaultOptions()
	o.Timeout = cfg.Fetch.Timeout
	o.ConnectTimeout = cfg.Fetch.ConnectTimeout
	o.MaxBytes = int64(cfg.Fetch.MaxBytes)
	o.MaxRedirects = cfg.Fetch.MaxRedirects
	if o.MaxRedirects == 0 {
		o.MaxRedirects = -1 // config 0 means follow none; fetch reads 0 as "default"
	}
	o.AllowPrivate = cfg.Fetch.AllowPrivate
	if cfg.Fetch.UserAgent != "" {
		o.UserAgent = cfg.Fetch.UserAgent
	}
	return o
}
