package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"runtime"
	"runtime/debug"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"golang.org/x/term"

	"github.com/whosaid/whosaid/config"
	"github.com/whosaid/whosaid/extractor"
	"github.com/whosaid/whosaid/sources/fetch"
)

// Exit statuses.
const (
	exitOK      = 0 // every source done
	exitPartial = 1 // some source failed; the others were still written
	exitUsage   = 2 // bad flags, arguments or configuration
)

func init() {
	// One version for the output documents and the User-Agent: a release
	// build sets extractor.Version with -ldflags -X; otherwise the version
	// the go command stamped (a module version from go install, or the VCS
	// revision of a checkout) says which code wrote a dataset.
	if extractor.Version == "dev" {
		if bi, ok := debug.ReadBuildInfo(); ok {
			extractor.Version = buildVersion(bi)
		}
	}
	fetch.Version = extractor.Version
}

// buildVersion is the module version when there is one, else "dev+" and the
// short VCS revision ("-dirty" when the checkout had changes), else "dev".
func buildVersion(bi *debug.BuildInfo) string {
	if v := bi.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	var rev, dirty string
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				dirty = "-dirty"
			}
		}
	}
	if rev == "" {
		return "dev"
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	return "dev+" + rev + dirty
}

// app is what every subcommand shares: the process's streams and the global
// flags.
type app struct {
	stdin          io.Reader
	stdout, stderr io.Writer

	// isTerminal says whether w is a terminal (for the progress line); tests
	// replace it.
	isTerminal func(w io.Writer) bool

	configFile string // --config
	noLLM      bool   // --no-llm

	// started is set once cobra has parsed the flags and checked the
	// arguments, so that run can tell cobra's usage errors from a
	// subcommand's own failures.
	started bool
}

// exitError carries an exit status out of a subcommand.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

// usageError marks an error as the user's: exit status 2.
func usageError(format string, args ...any) error {
	return &exitError{code: exitUsage, err: fmt.Errorf(format, args...)}
}

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	a := &app{stdin: stdin, stdout: stdout, stderr: stderr, isTerminal: isTerminal}
	return a.run(ctx, args)
}

func (a *app) run(ctx context.Context, args []string) int {
	return a.execute(ctx, newRootCmd(a), args)
}

// execute runs root with args and maps its error to an exit status.
func (a *app) execute(ctx context.Context, root *cobra.Command, args []string) int {
	root.SetArgs(args)
	root.SetIn(a.stdin)
	root.SetOut(a.stdout)
	root.SetErr(a.stderr)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return exitOK
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.err != nil && ee.code != exitPartial {
			fmt.Fprintf(a.stderr, "whosaid: %v\n", ee.err)
		}
		return ee.code
	}
	if a.started {
		// A subcommand failed with a plain error: not the user's fault.
		fmt.Fprintf(a.stderr, "whosaid: %v\n", err)
		return exitPartial
	}
	// cobra's own errors (unknown command, bad arguments) are usage errors.
	fmt.Fprintf(a.stderr, "whosaid: %v\nRun 'whosaid --help' for usage.\n", err)
	return exitUsage
}

// flagKeys binds global flags to config keys; config.Load makes a flag set
// on the command line win over the environment and the config file.
var flagKeys = map[string]string{
	"mode":          "mode",
	"format":        "format",
	"output":        "output",
	"concurrency":   "concurrency",
	"timeout":       "fetch.timeout",
	"max-bytes":     "fetch.max_bytes",
	"allow-private": "fetch.allow_private",
	"log-level":     "log.level",
}

func newRootCmd(a *app) *cobra.Command {
	root := &cobra.Command{
		Use:   "whosaid",
		Short: "Extract quotes and claims, and who made them, from news articles",
		Long: `whosaid reads news articles (files, stdin or URLs) and extracts every quote
and claim with who made it: speaker, role, affiliation, cue, type and exact
offsets into the cleaned text.

Settings come from (lowest first) a config file (--config, else whosaid.yaml in
the working directory or in the user config directory), WHOSAID_* environment
variables (fetch.timeout is WHOSAID_FETCH_TIMEOUT) and flags.`,
		Version:       extractor.Version,
		SilenceUsage:  true,
		SilenceErrors: true,
		// Runs after flag parsing and argument checks, before RunE. A
		// subcommand that sets its own PersistentPreRun must set a.started
		// too.
		PersistentPreRun: func(*cobra.Command, []string) { a.started = true },
	}
	root.SetVersionTemplate("whosaid {{.Version}}\n")
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return usageError("%v\nRun '%s --help' for usage.", err, c.CommandPath())
	})

	d := config.Default()
	pf := root.PersistentFlags()
	pf.StringVar(&a.configFile, "config", "", "config file (default whosaid.yaml in the working or user config directory)")
	pf.String("mode", "", "extraction mode: rules, llm or hybrid; empty is hybrid when an LLM is configured (llm.base_url or llm.api_key), else rules")
	pf.BoolVar(&a.noLLM, "no-llm", false, "never use an LLM: same as --mode rules")
	pf.Bool("allow-private", false, "allow fetching from loopback and private addresses (config fetch.allow_private)")
	pf.String("format", "", "output format: json, jsonl or csv (default json for one source, jsonl for several)")
	pf.StringP("output", "o", "", "write the output to `FILE`, atomically (default stdout)")
	pf.Int("concurrency", d.Concurrency, "sources processed at once")
	pf.Duration("timeout", d.Fetch.Timeout, "total time allowed for fetching one URL")
	mb := d.Fetch.MaxBytes
	pf.Var(&mb, "max-bytes", "largest page accepted, like 10MiB; larger pages are refused, not cut")
	pf.String("log-level", d.Log.Level, "diagnostics on stderr: debug, info, warn or error")

	root.AddCommand(newExtractCmd(a))
	root.AddCommand(newConfigCmd(a))
	root.AddCommand(newEvalCmd(a))
	root.AddCommand(newSchemaCmd(a))
	root.AddCommand(newVersionCmd(a))
	root.AddCommand(newWatchCmd(a))
	root.AddCommand(newExportCmd(a))
	root.AddCommand(newFeedsCmd(a))
	return root
}

// setup is what a subcommand gets from load.
type setup struct {
	cfg  *config.Config
	log  *slog.Logger // to stderr, at the configured level
	file string       // the config file read, or ""
}

// load reads the configuration for cmd, its flags winning, and builds the
// logger it asks for. Every error is a usage error: nothing has been done
// yet. Subcommands call it first (rather than a PersistentPreRunE) so that
// `whosaid version` works whatever the config says.
func (a *app) load(cmd *cobra.Command) (*setup, error) {
	fs := cmd.Flags()
	binds := map[string]*pflag.Flag{}
	for name, key := range flagKeys {
		if f := fs.Lookup(name); f != nil {
			binds[key] = f
		}
	}
	opts := config.Options{File: a.configFile, Flags: binds}
	if a.noLLM {
		if m := fs.Lookup("mode"); m != nil && m.Changed && m.Value.String() != config.ModeRules {
			return nil, usageError("--no-llm conflicts with --mode %s", m.Value.String())
		}
		opts.Overrides = map[string]any{"mode": config.ModeRules}
	}
	cfg, file, err := config.Load(opts)
	if err != nil {
		return nil, usageError("%v", err)
	}
	log := newLogger(a.stderr, cfg.Log.Level)
	log.Debug("configuration loaded", "file", file, "go", runtime.Version())
	return &setup{cfg: cfg, log: log, file: file}, nil
}

func newLogger(w io.Writer, level string) *slog.Logger {
	var l slog.Level
	if err := l.UnmarshalText([]byte(level)); err != nil {
		l = slog.LevelWarn // config.Validate has vetted it; this is only a fallback
	}
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: l}))
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}
