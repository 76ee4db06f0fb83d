package main

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/spf13/cobra"
)

// Exit statuses.
const (
	exitOK      = 0 // every source done
	exitPartial = 1 // some source failed; the others were still written
	exitUsage   = 2 // bad flags, arguments or configuration
)

// app is what every subcommand shares: the process's streams.
type app struct {
	stdin          io.Reader
	stdout, stderr io.Writer
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
	a := &app{stdin: stdin, stdout: stdout, stderr: stderr}
	root := newRootCmd(a)
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return exitOK
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.err != nil && ee.code != exitPartial {
			fmt.Fprintf(stderr, "whosaid: %v\n", ee.err)
		}
		return ee.code
	}
	// cobra's own errors (unknown flag, bad arguments) are usage errors.
	fmt.Fprintf(stderr, "whosaid: %v\nRun 'whosaid --help' for usage.\n", err)
	return exitUsage
}

func newRootCmd(a *app) *cobra.Command {
	root := &cobra.Command{
		Use:           "whosaid",
		Short:         "Extract quotes and claims, and who made them, from news articles",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.AddCommand(newExtractCmd(a))
	root.AddCommand(newConfigCmd(a))
	root.AddCommand(newEvalCmd(a))
	return root
}
