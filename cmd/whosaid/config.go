package main

import "github.com/spf13/cobra"

func newConfigCmd(a *app) *cobra.Command {
	return &cobra.Command{Use: "config", Hidden: true}
}
