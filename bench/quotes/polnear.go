package main

import (
	"fmt"
	"os"

	"github.com/whosaid/whosaid/extractor/eval"
)

// readPolNeAR reads the article texts of a PolNeAR split as `whosaid eval
// polnear` writes them (one article a JSON line, its text as the engine
// reads it), keyed "pn-" and the article's id. Only this project's own
// gold is scored against them: PolNeAR's annotations are not used, and
// its texts (which carry no licence) stay outside the repository.
func readPolNeAR(path string) (map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	arts, err := eval.ReadGold(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	out := make(map[string]string, len(arts))
	for _, a := range arts {
		out["pn-"+a.ID] = a.Text
	}
	return out, nil
}
