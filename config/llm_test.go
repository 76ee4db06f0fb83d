package config

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestLLMEnvironment(t *testing.T) {
	tests := []struct {
		name              string
		file              string
		env               map[string]string
		wantKey, wantBase string
		wantMode          string
	}{
		{name: "nothing configured", wantMode: ModeRules},
		{name: "OPENAI_API_KEY when nothing else", env: map[string]string{"OPENAI_API_KEY": "sk-openai"},
			wantKey: "sk-openai", wantMode: ModeHybrid},
		{name: "OPENAI_BASE_URL when nothing else", env: map[string]string{"OPENAI_BASE_URL": "http://localhost:11434/v1"},
			wantBase: "http://localhost:11434/v1", wantMode: ModeHybrid},
		{name: "WHOSAID wins over OPENAI", env: map[string]string{"OPENAI_API_KEY": "sk-openai", "WHOSAID_LLM_API_KEY": "sk-whosaid"},
			wantKey: "sk-whosaid", wantMode: ModeHybrid},
		{name: "the file wins over OPENAI", file: "llm:\n  api_key: sk-file\n", env: map[string]string{"OPENAI_API_KEY": "sk-openai"},
			wantKey: "sk-file", wantMode: ModeHybrid},
		{name: "explicit rules stays rules", file: "mode: rules\n", env: map[string]string{"OPENAI_API_KEY": "sk-openai"},
			wantKey: "sk-openai", wantMode: ModeRules},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir, userDir := isolate(t)
			for k, v := range tt.env {
				t.Setenv(k, v)
			}
			file := "llm:\n  model: m-1\n"
			if tt.file != "" {
				file = tt.file + strings.Replace(file, "llm:\n", "", 1)
				if !strings.Contains(tt.file, "llm:") {
					file = tt.file + "llm:\n  model: m-1\n"
				}
			}
			writeFile(t, filepath.Join(dir, FileName), file)
			cfg, _, err := Load(Options{Dir: dir, UserDir: userDir})
			if err != nil {
				t.Fatalf("Load: %v", err)
			}
			if cfg.LLM.APIKey != tt.wantKey {
				t.Errorf("api_key: got %q, want %q", cfg.LLM.APIKey, tt.wantKey)
			}
			if cfg.LLM.BaseURL != tt.wantBase {
				t.Errorf("base_url: got %q, want %q", cfg.LLM.BaseURL, tt.wantBase)
			}
			if got := cfg.EffectiveMode(); got != tt.wantMode {
				t.Errorf("effective mode: got %q, want %q", got, tt.wantMode)
			}
		})
	}
}

func TestLLMKeyMasked(t *testing.T) {
	dir, userDir := isolate(t)
	t.Setenv("WHOSAID_LLM_API_KEY", "sk-live-secret-123")
	t.Setenv("WHOSAID_CACHE_DIR", "/tmp/wc")
	writeFile(t, filepath.Join(dir, FileName), "mode: hybrid\nllm:\n  model: m-1\n  temperature: 0\n")
	cfg, _, err := Load(Options{Dir: dir, UserDir: userDir})
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	if cfg.Cache.Dir != "/tmp/wc" {
		t.Errorf("cache.dir from WHOSAID_CACHE_DIR: got %q, want /tmp/wc", cfg.Cache.Dir)
	}
	out, err := cfg.MaskedYAML()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(out), "sk-live") {
		t.Errorf("the key is shown:\n%s", out)
	}
	if !strings.Contains(string(out), "api_key: '"+Mask+"'") && !strings.Contains(string(out), "api_key: "+Mask) && !strings.Contains(string(out), `api_key: "`+Mask+`"`) {
		t.Errorf("no masked api_key line:\n%s", out)
	}
	// What is printed reads back.
	p := writeFile(t, filepath.Join(t.TempDir(), "again.yaml"), string(out))
	if _, _, err := Load(Options{File: p, UserDir: userDir}); err != nil {
		t.Errorf("printed configuration does not load: %v", err)
	}
}

// A key set for other tools, with no model for whosaid, must not break the
// default offline mode: auto stays rules, and Validate passes.
func TestLLMKeyWithoutModelStaysRules(t *testing.T) {
	tests := []struct {
		name     string
		file     string
		wantMode string
		wantErr  bool
	}{
		{name: "auto", wantMode: ModeRules},
		{name: "explicit hybrid needs a model", file: "mode: hybrid\n", wantMode: ModeHybrid, wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir, userDir := isolate(t)
			t.Setenv("OPENAI_API_KEY", "sk-for-another-tool")
			if tt.file != "" {
				writeFile(t, filepath.Join(dir, FileName), tt.file)
			}
			cfg, _, err := Load(Options{Dir: dir, UserDir: userDir})
			if tt.wantErr {
				if err == nil || !strings.Contains(err.Error(), "llm.model") {
					t.Fatalf("Load: got %v, want an error naming llm.model", err)
				}
				return
			}
			if err != nil {
				t.Fatalf("Load: %v", err)
			}
			if got := cfg.EffectiveMode(); got != tt.wantMode {
				t.Errorf("effective mode: got %q, want %q", got, tt.wantMode)
			}
		})
	}
}

func TestURLPasswordMasked(t *testing.T) {
	dir, userDir := isolate(t)
	writeFile(t, filepath.Join(dir, FileName), "mode: hybrid\nllm:\n  model: m-1\n  base_url: http://proxyuser:hunter2@llm.internal:8000/v1\n")
	cfg, _, err := Load(Options{Dir: dir, UserDir: userDir})
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	out, err := cfg.MaskedYAML()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(out), "hunter2") {
		t.Errorf("the URL's password is shown:\n%s", out)
	}
	if !strings.Contains(string(out), "proxyuser") || !strings.Contains(string(out), "llm.internal:8000") {
		t.Errorf("the rest of the URL should stay visible:\n%s", out)
	}
}
