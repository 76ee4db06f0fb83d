package main

import (
	"github.com/spf13/cobra"

	"github.com/whosaid/whosaid/extractor/format"
)

func newSchemaCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "schema",
		Short: "Print the JSON Schema of an output document",
		Long: `Print the JSON Schema (draft 2020-12) of one output document, as this build
writes it. The json format is one such document, or an array of them for
several sources; jsonl is one a line.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			_, err := a.stdout.Write(format.DocumentSchema())
			return err
		},
	}
}
