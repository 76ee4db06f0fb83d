package main

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

// readWNS reads the news articles a Wikinews summarization dataset cites
// (cleaned_endataset.json of github.com/airKlizz/WikinewsSum, commit
// 1d98503): every English source text, its lines made paragraphs, keyed
// "wns-" and the first 12 hex digits of the text's SHA-256, so that gold
// names an article without holding any of its words.
func readWNS(path string) (map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := map[string]string{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Bytes()
		if len(strings.TrimSpace(string(line))) == 0 {
			continue
		}
		var story struct {
			Sources []struct {
				Language string `json:"language"`
				Text     string `json:"maintext"`
			} `json:"sources"`
		}
		if err := json.Unmarshal(line, &story); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		for _, s := range story.Sources {
			if s.Language != "en" || s.Text == "" {
				continue
			}
			text := wnsText(s.Text)
			if id := wnsID(text); out[id] == "" {
				out[id] = text
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return out, nil
}

// wnsText makes every line of a source text a paragraph.
func wnsText(s string) string {
	return strings.TrimSpace(strings.ReplaceAll(s, "\n", "\n\n"))
}

func wnsID(text string) string {
	h := sha256.Sum256([]byte(text))
	return "wns-" + hex.EncodeToString(h[:6])
}
