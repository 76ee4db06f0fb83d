package main

import "github.com/spf13/cobra"

func newExtractCmd(a *app) *cobra.Command {
	return &cobra.Command{Use: "extract", Hidden: true}
}
