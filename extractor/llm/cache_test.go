package llm

import (
	"context"
	"testing"

	"github.com/whosaid/whosaid/extractor/llm/llmtest"
)

// Two servers may serve different models under one name: the cache must
// tell them apart, and must not care about the API key.
func TestCacheKeyEndpoint(t *testing.T) {
	other := llmtest.Quotes(map[string]string{"quote": "The tunnel opens in May,", "type": "direct", "speaker": "Someone Else", "speaker_kind": "person", "cue": "said"})
	srvA := llmtest.NewServer(t, llmtest.Reply{Content: okReply})
	srvB := llmtest.NewServer(t, llmtest.Reply{Content: other})
	dir := t.TempDir()
	run := func(srv *llmtest.Server, mod func(*Config)) *Result {
		t.Helper()
		cfg := testConfig(srv)
		cfg.CacheDir = dir
		if mod != nil {
			mod(&cfg)
		}
		c, err := New(cfg)
		if err != nil {
			t.Fatal(err)
		}
		res, err := c.Extract(context.Background(), paragraphs)
		if err != nil {
			t.Fatal(err)
		}
		if res.Chunks[0].Err != nil {
			t.Fatal(res.Chunks[0].Err)
		}
		return res
	}
	speaker := func(r *Result) string {
		if len(r.Records) != 1 {
			t.Fatalf("records: got %+v, want 1", r.Records)
		}
		return r.Records[0].Speaker
	}
	run(srvA, nil)
	tests := []struct {
		name        string
		srv         *llmtest.Server
		mod         func(*Config)
		wantHits    int
		wantSpeaker string
	}{
		{name: "another base URL, same model", srv: srvB, wantSpeaker: "Someone Else"},
		{name: "the same base URL with a trailing slash", srv: srvA, wantHits: 1, wantSpeaker: "Ines Varga",
			mod: func(c *Config) { c.BaseURL += "/" }},
		{name: "another API key", srv: srvA, wantHits: 1, wantSpeaker: "Ines Varga",
			mod: func(c *Config) { c.APIKey = "sk-rotated" }},
		{name: "azure on the same host", srv: srvA, wantSpeaker: "Ines Varga",
			mod: func(c *Config) { c.APIType, c.BaseURL, c.APIVersion = APIAzure, srvA.URL, "2024-10-21" }},
		{name: "azure with another api-version", srv: srvA, wantSpeaker: "Ines Varga",
			mod: func(c *Config) { c.APIType, c.BaseURL, c.APIVersion = APIAzure, srvA.URL, "2025-01-01-preview" }},
		{name: "azure with the first api-version again", srv: srvA, wantHits: 1, wantSpeaker: "Ines Varga",
			mod: func(c *Config) { c.APIType, c.BaseURL, c.APIVersion = APIAzure, srvA.URL, "2024-10-21" }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := tt.srv.Count()
			r := run(tt.srv, tt.mod)
			if r.Usage.CacheHits != tt.wantHits || tt.srv.Count()-before != 1-tt.wantHits {
				t.Errorf("got %d cache hits and %d requests, want %d and %d", r.Usage.CacheHits, tt.srv.Count()-before, tt.wantHits, 1-tt.wantHits)
			}
			if got := speaker(r); got != tt.wantSpeaker {
				t.Errorf("speaker: got %q, want %q", got, tt.wantSpeaker)
			}
		})
	}
}
