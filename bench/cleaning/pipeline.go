package main

import (
	"context"

	"github.com/whosaid/whosaid/extractor"
	"github.com/whosaid/whosaid/extractor/rules"
	"github.com/whosaid/whosaid/sources/clean"
)

// fullRulesPipeline is the "full rules pipeline" timing row: clean.Clean and
// then extractor.Pipeline with the rule engine on every page, timed like the
// other rows and not scored (the benchmark has no quote gold). Compare its
// pages/s with the html.Parse floor and with the whosaid row (cleaning only).
func fullRulesPipeline() (contestant, bool) {
	p := extractor.Pipeline{Engine: rules.New(), Mode: "rules"}
	return contestant{name: "whosaid clean+rules pipeline", extract: func(b []byte, pageURL string) (string, error) {
		art, err := clean.Clean(readerOf(b), pageURL)
		if err != nil {
			return "", err
		}
		_, err = p.Run(context.Background(), art)
		return "", err
	}}, true
}
