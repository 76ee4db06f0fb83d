package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/whosaid/whosaid/extractor/eval"
	"github.com/whosaid/whosaid/extractor/eval/polnear"
)

func newEvalCmd(a *app) *cobra.Command {
	var (
		gold   string
		asJSON bool
		limit  int
	)
	cmd := &cobra.Command{
		Use:   "eval --gold FILE.jsonl",
		Short: "Score the extractor (--mode rules, llm or hybrid) against gold quotes",
		Long: `Runs the extractor on every article of a gold JSONL file and prints precision,
recall and F1 of quote detection, recall and precision by type, and speaker
accuracy on the matched quotes. A predicted and a gold quote match when each
covers at least half of the other's word tokens.

Gold is one article a line: {"id", "text", "quotes": [{"quote", "speaker",
"type", "start", "end"}]}, offsets in code points. 'whosaid eval polnear'
makes it from the PolNeAR corpus.

--mode rules, llm or hybrid (the global flag) picks what is scored, so that
the three can be compared on the same gold file; the LLM settings and cache
are those of 'whosaid extract'.`,
		Example: `  whosaid eval polnear PolNeAR/data/dev -o dev.jsonl
  whosaid eval --gold dev.jsonl
  whosaid eval --gold dev.jsonl --json --limit 10
  whosaid eval --gold dev.jsonl --mode hybrid --limit 20`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if gold == "" {
				return usageError("eval: --gold FILE.jsonl is required\nRun 'whosaid eval --help' for usage.")
			}
			if limit < 0 {
				return usageError("eval: --limit must be 0 (all) or more, not %d", limit)
			}
			s, err := a.load(cmd)
			if err != nil {
				return err
			}
			_, eng, err := engines(s.cfg, s.log)
			if err != nil {
				return err
			}
			f, err := os.Open(gold)
			if err != nil {
				return usageError("eval: %w", err)
			}
			defer f.Close()
			arts, err := eval.ReadGold(f)
			if err != nil {
				return fmt.Errorf("%s: %w", gold, err)
			}
			if len(arts) == 0 {
				return fmt.Errorf("%s: %w", gold, eval.ErrNoGold)
			}
			if limit > 0 && limit < len(arts) {
				arts = arts[:limit]
			}
			rep, err := eval.Run(cmd.Context(), eng, arts)
			if err != nil {
				return err
			}
			return a.writeOutput(cmd, func(w io.Writer) error {
				if asJSON {
					enc := json.NewEncoder(w)
					enc.SetIndent("", "  ")
					return enc.Encode(rep)
				}
				return rep.WriteText(w)
			})
		},
	}
	cmd.Flags().StringVar(&gold, "gold", "", "gold quotes, one article a JSON line")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the figures as JSON")
	cmd.Flags().IntVar(&limit, "limit", 0, "score only the first N articles (0: all)")
	addLLMFlags(cmd.Flags())
	cmd.AddCommand(newEvalPolnearCmd(a))
	return cmd
}

func newEvalPolnearCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "polnear DIR",
		Short: "Convert PolNeAR brat annotations into gold JSONL",
		Long: `Converts a brat directory (NAME.txt beside NAME.ann, or a PolNeAR compartment
such as data/dev with text/, attributions/ and corenlp/) into gold JSONL for
'whosaid eval', on stdout or into the -o file. What was kept and dropped is
counted on stderr. PolNeAR has no licence: keep its files out of repositories.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := a.load(cmd)
			if err != nil {
				return err
			}
			arts, st, err := polnear.ConvertDir(cmd.Context(), args[0], s.log)
			if err != nil {
				return err
			}
			if err := a.writeOutput(cmd, func(w io.Writer) error { return eval.WriteGold(w, arts) }); err != nil {
				return err
			}
			fmt.Fprintf(a.stderr, "%d articles, %d attributions: %d gold quotes (%d attributions split in pieces, %d without content skipped, %d without source, %d pronoun sources resolved, %d extra annotator files left out)\n",
				st.Articles, st.Attributions, st.Quotes, st.Split, st.NoContent, st.NoSource, st.Resolved, st.Duplicates)
			return nil
		},
	}
}

// writeOutput writes to the -o file (atomically) or to stdout.
func (a *app) writeOutput(cmd *cobra.Command, write func(io.Writer) error) error {
	path, err := cmd.Flags().GetString("output")
	if err != nil {
		path = ""
	}
	out, err := openOutput(path, a.stdout)
	if err != nil {
		return err
	}
	if err := write(out); err != nil {
		out.Abort()
		return err
	}
	return out.Commit()
}
