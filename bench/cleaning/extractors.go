package main

import (
	"bytes"
	"net/url"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"

	"github.com/whosaid/whosaid/sources/clean"
)

// extractors lists the rows of the table, in order.
func extractors() []contestant {
	exs := []contestant{
		{name: "whosaid", extract: whosaidText, scored: true},
		{name: "go-readability-v2", extract: readabilityText, scored: true},
		{name: "go-trafilatura", extract: trafilaturaText, scored: true},
		{name: "html.Parse (floor)", extract: parseOnly},
	}
	// FULL RULES PIPELINE HOOK: the timing-only row of clean + rules
	// pipeline lives in pipeline.go; delete that file and make
	// fullRulesPipeline return false if extractor/rules stops building.
	if p, ok := fullRulesPipeline(); ok {
		exs = append(exs, p)
	}
	return exs
}

func whosaidText(b []byte, pageURL string) (string, error) {
	art, err := clean.Clean(readerOf(b), pageURL)
	if err != nil {
		return "", err
	}
	return art.Text(), nil
}

func readabilityText(b []byte, pageURL string) (string, error) {
	u, _ := url.Parse(pageURL)
	art, err := readability.FromReader(readerOf(b), u)
	if err != nil || art.Node == nil {
		return "", err
	}
	var buf bytes.Buffer
	if err := art.RenderText(&buf); err != nil {
		return "", err
	}
	return buf.String(), nil
}

func trafilaturaText(b []byte, pageURL string) (string, error) {
	u, _ := url.Parse(pageURL)
	res, err := trafilatura.Extract(readerOf(b), trafilatura.Options{
		OriginalURL:    u,
		EnableFallback: true,
	})
	if err != nil {
		return "", err
	}
	return res.ContentText, nil
}

func parseOnly(b []byte, _ string) (string, error) {
	_, err := html.Parse(readerOf(b))
	return "", err
}
