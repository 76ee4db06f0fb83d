package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/whosaid/whosaid/sources"
)

// readGUM rebuilds the text of every news document of a GUM checkout from
// its CoNLL-U files (dep/GUM_news_*.conllu): the "# text" line of each
// sentence, sentences of a paragraph joined by a space, paragraphs (opened
// by "# newpar") joined as the pipeline joins them. It returns the texts by
// document name.
func readGUM(dir string) (map[string]string, error) {
	files, err := filepath.Glob(filepath.Join(dir, "dep", "GUM_news_*.conllu"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("%s: no dep/GUM_news_*.conllu files: %w", dir, os.ErrNotExist)
	}
	out := make(map[string]string, len(files))
	for _, f := range files {
		text, err := gumText(f)
		if err != nil {
			return nil, err
		}
		out[strings.TrimSuffix(filepath.Base(f), ".conllu")] = text
	}
	return out, nil
}

// gumText reads one CoNLL-U file into paragraphs of text.
func gumText(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	var paras []string
	var cur []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 4*1024*1024)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "# newpar") && !strings.HasPrefix(line, "# newpar_"):
			if len(cur) > 0 {
				paras = append(paras, strings.Join(cur, " "))
				cur = cur[:0]
			}
		case strings.HasPrefix(line, "# text = "):
			cur = append(cur, strings.TrimPrefix(line, "# text = "))
		}
	}
	if err := sc.Err(); err != nil {
		return "", fmt.Errorf("%s: %w", path, err)
	}
	if len(cur) > 0 {
		paras = append(paras, strings.Join(cur, " "))
	}
	return strings.Join(paras, sources.ParagraphSep), nil
}
