package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/whosaid/whosaid/sources/fetch"
)

func newConfigCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "config",
		Short: "Print the effective configuration, secrets masked",
		Long: `Print the configuration that a command given the same flags would use,
after the config file, WHOSAID_* environment variables and flags, as YAML
that can be saved as a config file. Secrets (keys like api_key, token,
password) are shown as ****.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := a.load(cmd)
			if err != nil {
				return err
			}
			out, err := s.cfg.MaskedYAML()
			if err != nil {
				return err
			}
			file := s.file
			if file == "" {
				file = "none found"
			}
			// The header is YAML comments, so the output stays a valid file.
			_, err = fmt.Fprintf(a.stdout, "# whosaid effective configuration (config file: %s)\n"+
				"# mode %q runs as %s; an empty fetch.user_agent sends %q\n%s",
				file, s.cfg.Mode, s.cfg.EffectiveMode(), fetch.DefaultUserAgent(), out)
			return err
		},
	}
}
