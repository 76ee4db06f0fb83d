package config

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestIsSecret(t *testing.T) {
	tests := []struct {
		key  string
		want bool
	}{
		{"llm.api_key", true},
		{"llm.apikey", true},
		{"LLM.API_KEY", true},
		{"openai_api_key", true},
		{"github.token", true},
		{"access_token", true},
		{"db.password", true},
		{"client_secret", true},
		{"llm.max_tokens", false},
		{"api.key_file", false},
		{"fetch.user_agent", false},
		{"fetch.timeout", false},
		{"mode", false},
	}
	for _, tt := range tests {
		t.Run(tt.key, func(t *testing.T) {
			if got := IsSecret(tt.key); got != tt.want {
				t.Errorf("IsSecret(%q) = %v, want %v", tt.key, got, tt.want)
			}
		})
	}
}

func TestMaskedYAMLMasksSecrets(t *testing.T) {
	// A config shaped like the one the LLM issue will bring.
	type llm struct {
		Model     string `mapstructure:"model"`
		APIKey    string `mapstructure:"api_key"`
		Token     string `mapstructure:"token"`
		Password  string `mapstructure:"password"`
		MaxTokens int    `mapstructure:"max_tokens"`
		Unset     string `mapstructure:"secret"`
	}
	type cfg struct {
		Mode string `mapstructure:"mode"`
		LLM  llm    `mapstructure:"llm"`
	}
	c := cfg{Mode: "hybrid", LLM: llm{Model: "m-1", APIKey: "sk-live-123", Token: "tok-456", Password: "hunter2", MaxTokens: 800}}
	out, err := maskedYAML(reflect.ValueOf(c))
	if err != nil {
		t.Fatal(err)
	}
	got := string(out)
	for _, leak := range []string{"sk-live-123", "tok-456", "hunter2"} {
		if strings.Contains(got, leak) {
			t.Errorf("output leaks %q:\n%s", leak, got)
		}
	}
	for _, w := range []string{"api_key: '****'", "token: '****'", "password: '****'", "max_tokens: 800", "model: m-1", `secret: ""`} {
		if !strings.Contains(got, w) {
			t.Errorf("output lacks %q:\n%s", w, got)
		}
	}
}

func TestMaskedYAMLRoundTrip(t *testing.T) {
	dir, userDir := isolate(t)
	want := Default()
	want.Mode = ModeRules
	want.Format = "csv"
	want.Concurrency = 3
	want.Fetch.Timeout = 90 * time.Second
	want.Fetch.MaxBytes = 3 * MiB
	want.Fetch.AllowPrivate = true
	want.Fetch.UserAgent = "whosaid-test/1 (+https://example.org)"
	out, err := want.MaskedYAML()
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"timeout: 1m30s", "max_bytes: 3MiB", "allow_private: true", "level: warn"} {
		if !strings.Contains(string(out), w) {
			t.Errorf("output lacks %q:\n%s", w, out)
		}
	}
	p := filepath.Join(dir, "printed.yaml")
	if err := os.WriteFile(p, out, 0o644); err != nil {
		t.Fatal(err)
	}
	got, _, err := Load(Options{File: p, UserDir: userDir})
	if err != nil {
		t.Fatalf("Load of the printed config: %v\n%s", err, out)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("round trip: got %+v, want %+v", got, want)
	}
}
