package main

import (
	"fmt"
	"runtime"

	"github.com/spf13/cobra"

	"github.com/whosaid/whosaid/extractor"
)

func newVersionCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			_, err := fmt.Fprintf(a.stdout, "whosaid %s (%s %s/%s)\n", extractor.Version, runtime.Version(), runtime.GOOS, runtime.GOARCH)
			return err
		},
	}
}

// noArgs refuses arguments as a usage error.
func noArgs(cmd *cobra.Command, args []string) error {
	if len(args) > 0 {
		return usageError("%s takes no arguments, got %q\nRun '%s --help' for usage.", cmd.Name(), args[0], cmd.CommandPath())
	}
	return nil
}
