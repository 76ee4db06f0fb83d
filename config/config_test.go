package config

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/spf13/pflag"
)

// isolate keeps the test away from the caller's WHOSAID_* variables and
// config directories. Tests using it cannot run in parallel (t.Setenv).
func isolate(t *testing.T) (dir, userDir string) {
	t.Helper()
	for _, kv := range os.Environ() {
		if k, _, _ := strings.Cut(kv, "="); strings.HasPrefix(k, EnvPrefix+"_") {
			t.Setenv(k, "") // empty values are ignored
		}
	}
	// Read when the whosaid settings are empty (llm.go).
	t.Setenv("OPENAI_API_KEY", "")
	t.Setenv("OPENAI_BASE_URL", "")
	return t.TempDir(), t.TempDir()
}

func writeFile(t testing.TB, path, content string) string {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// flagSet returns the flags the command binds, parsed from args.
func flagSet(t testing.TB, args ...string) map[string]*pflag.Flag {
	t.Helper()
	fs := pflag.NewFlagSet("test", pflag.ContinueOnError)
	d := Default()
	fs.Duration("timeout", d.Fetch.Timeout, "")
	fs.Int("concurrency", d.Concurrency, "")
	fs.String("format", "", "")
	mb := d.Fetch.MaxBytes
	fs.Var(&mb, "max-bytes", "")
	if err := fs.Parse(args); err != nil {
		t.Fatal(err)
	}
	return map[string]*pflag.Flag{
		"fetch.timeout":   fs.Lookup("timeout"),
		"concurrency":     fs.Lookup("concurrency"),
		"format":          fs.Lookup("format"),
		"fetch.max_bytes": fs.Lookup("max-bytes"),
	}
}

func TestDefault(t *testing.T) {
	d := Default()
	if err := d.Validate(); err != nil {
		t.Fatalf("Default().Validate() = %v, want nil", err)
	}
	checks := []struct {
		name      string
		got, want any
	}{
		{"mode", d.Mode, ModeAuto},
		{"effective mode", d.EffectiveMode(), ModeRules},
		{"concurrency", d.Concurrency, runtime.NumCPU()},
		{"fetch.timeout", d.Fetch.Timeout, 30 * time.Second},
		{"fetch.connect_timeout", d.Fetch.ConnectTimeout, 10 * time.Second},
		{"fetch.max_bytes", d.Fetch.MaxBytes, ByteSize(10 << 20)},
		{"fetch.max_redirects", d.Fetch.MaxRedirects, 5},
		{"fetch.allow_private", d.Fetch.AllowPrivate, false},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s: got %v, want %v", c.name, c.got, c.want)
		}
	}
}

func TestLoadPrecedence(t *testing.T) {
	tests := []struct {
		name string
		file string
		env  map[string]string
		args []string
		want func(*Config)
	}{
		{name: "defaults", want: func(c *Config) {}},
		{
			name: "file",
			file: "fetch:\n  timeout: 20s\n  max_bytes: 2MiB\nconcurrency: 3\n",
			want: func(c *Config) { c.Fetch.Timeout = 20 * time.Second; c.Fetch.MaxBytes = 2 * MiB; c.Concurrency = 3 },
		},
		{
			name: "env beats file",
			file: "fetch:\n  timeout: 20s\nconcurrency: 3\n",
			env:  map[string]string{"WHOSAID_FETCH_TIMEOUT": "15s", "WHOSAID_FETCH_MAX_BYTES": "1000"},
			want: func(c *Config) { c.Fetch.Timeout = 15 * time.Second; c.Fetch.MaxBytes = 1000; c.Concurrency = 3 },
		},
		{
			name: "flag beats env and file",
			file: "fetch:\n  timeout: 20s\nconcurrency: 3\n",
			env:  map[string]string{"WHOSAID_FETCH_TIMEOUT": "15s", "WHOSAID_CONCURRENCY": "4"},
			args: []string{"--timeout", "5s", "--max-bytes", "64KiB"},
			want: func(c *Config) { c.Fetch.Timeout = 5 * time.Second; c.Fetch.MaxBytes = 64 * KiB; c.Concurrency = 4 },
		},
		{
			name: "unset flag does not hide env",
			env:  map[string]string{"WHOSAID_FORMAT": "csv"},
			args: []string{"--concurrency", "2"},
			want: func(c *Config) { c.Format = "csv"; c.Concurrency = 2 },
		},
		{
			name: "every kind of value from env",
			env: map[string]string{
				"WHOSAID_MODE": "rules", "WHOSAID_OUTPUT": "out.json",
				"WHOSAID_FETCH_CONNECT_TIMEOUT": "2s", "WHOSAID_FETCH_MAX_REDIRECTS": "0",
				"WHOSAID_FETCH_ALLOW_PRIVATE": "true", "WHOSAID_FETCH_USER_AGENT": "bot/1",
				"WHOSAID_LOG_LEVEL": "debug",
			},
			want: func(c *Config) {
				c.Mode, c.Output, c.Fetch.ConnectTimeout, c.Fetch.MaxRedirects = "rules", "out.json", 2*time.Second, 0
				c.Fetch.AllowPrivate, c.Fetch.UserAgent, c.Log.Level = true, "bot/1", "debug"
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir, userDir := isolate(t)
			if tt.file != "" {
				writeFile(t, filepath.Join(dir, FileName), tt.file)
			}
			for k, v := range tt.env {
				t.Setenv(k, v)
			}
			got, _, err := Load(Options{Dir: dir, UserDir: userDir, Flags: flagSet(t, tt.args...)})
			if err != nil {
				t.Fatalf("Load: %v", err)
			}
			want := Default()
			tt.want(want)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("got %+v, want %+v", got, want)
			}
		})
	}
}

func TestLoadFileSearch(t *testing.T) {
	tests := []struct {
		name     string
		explicit string // file passed as --config, relative to the test's root
		files    map[string]string
		want     string // the file Load reports; "" for none
		wantConc int
	}{
		{name: "none", want: "", wantConc: runtime.NumCPU()},
		{name: "user dir", files: map[string]string{"user/whosaid/whosaid.yaml": "concurrency: 7\n"}, want: "user/whosaid/whosaid.yaml", wantConc: 7},
		{
			name:  "working dir beats user dir",
			files: map[string]string{"work/whosaid.yaml": "concurrency: 6\n", "user/whosaid/whosaid.yaml": "concurrency: 7\n"},
			want:  "work/whosaid.yaml", wantConc: 6,
		},
		{
			name: "--config beats both", explicit: "explicit.yml",
			files: map[string]string{"explicit.yml": "concurrency: 5\n", "work/whosaid.yaml": "concurrency: 6\n"},
			want:  "explicit.yml", wantConc: 5,
		},
		{
			name: "--config without a known extension is YAML", explicit: "whosaid.conf",
			files: map[string]string{"whosaid.conf": "concurrency: 4\n"},
			want:  "whosaid.conf", wantConc: 4,
		},
		{
			name: "--config in JSON", explicit: "whosaid.json",
			files: map[string]string{"whosaid.json": "{\"concurrency\": 3}"},
			want:  "whosaid.json", wantConc: 3,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _ = isolate(t)
			root := t.TempDir()
			for p, c := range tt.files {
				writeFile(t, filepath.Join(root, p), c)
			}
			opts := Options{Dir: filepath.Join(root, "work"), UserDir: filepath.Join(root, "user")}
			if tt.explicit != "" {
				opts.File = filepath.Join(root, tt.explicit)
			}
			cfg, file, err := Load(opts)
			if err != nil {
				t.Fatalf("Load: %v", err)
			}
			want := ""
			if tt.want != "" {
				want = filepath.Join(root, tt.want)
			}
			if file != want {
				t.Errorf("file: got %q, want %q", file, want)
			}
			if cfg.Concurrency != tt.wantConc {
				t.Errorf("concurrency: got %d, want %d", cfg.Concurrency, tt.wantConc)
			}
		})
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name    string
		file    string // "" for no file
		env     map[string]string
		args    []string
		missing bool // pass a --config file that does not exist
		want    []string
	}{
		{name: "missing --config file", missing: true, want: []string{"no such file"}},
		{name: "unknown top-level key", file: "colour: red\n", want: []string{`unknown key "colour"`, FileName}},
		{name: "unknown nested key", file: "fetch:\n  timout: 5s\n", want: []string{`unknown key "fetch.timout"`}},
		{name: "section as a value", file: "fetch: 5\n", want: []string{"fetch must be a section", "timeout"}},
		{name: "malformed YAML", file: "fetch: [\n", want: []string{"reading"}},
		{name: "bad duration", file: "fetch:\n  timeout: soon\n", want: []string{"fetch.timeout", `invalid duration "soon"`}},
		{name: "duration without unit", file: "fetch:\n  timeout: 30\n", want: []string{"fetch.timeout", "give a unit, like 30s"}},
		{name: "bad size", env: map[string]string{"WHOSAID_FETCH_MAX_BYTES": "lots"}, want: []string{"fetch.max_bytes", `invalid size "lots"`}},
		{name: "bad integer from env", env: map[string]string{"WHOSAID_CONCURRENCY": "many"}, want: []string{`concurrency: invalid value "many": want a whole number`}},
		{name: "bad bool from env", env: map[string]string{"WHOSAID_FETCH_ALLOW_PRIVATE": "perhaps"}, want: []string{`fetch.allow_private: invalid value "perhaps": want true or false`}},
		{name: "zero concurrency", args: []string{"--concurrency", "0"}, want: []string{"concurrency: must be at least 1, got 0"}},
		{name: "negative timeout", args: []string{"--timeout", "-1s"}, want: []string{"fetch.timeout: must be positive"}},
		{name: "mode llm without a model", file: "mode: llm\n", want: []string{"llm.model", "no model named", "--no-llm"}},
		{name: "mode hybrid without a model", env: map[string]string{"WHOSAID_MODE": "hybrid"}, want: []string{"llm.model", "no model named"}},
		{name: "bad api type", file: "llm:\n  api_type: bedrock\n", want: []string{"llm.api_type", `unknown API type "bedrock"`}},
		{name: "azure without base url", file: "mode: hybrid\nllm:\n  model: m\n  api_type: azure\n", want: []string{"llm.base_url", "azure needs"}},
		{name: "bad base url", env: map[string]string{"WHOSAID_LLM_BASE_URL": "localhost:11434"}, want: []string{"llm.base_url", "http:// or https://"}},
		{name: "bad temperature", file: "llm:\n  temperature: 3\n", want: []string{"llm.temperature"}},
		{name: "llm timeout without unit", file: "llm:\n  timeout: 30\n", want: []string{"llm.timeout", "give a unit"}},
		{name: "unknown mode", file: "mode: magic\n", want: []string{`unknown mode "magic"`}},
		{name: "unknown format", args: []string{"--format", "xml"}, want: []string{`unknown format "xml"`, "json, jsonl, csv"}},
		{name: "negative redirects", file: "fetch:\n  max_redirects: -1\n", want: []string{"fetch.max_redirects"}},
		{name: "zero max bytes", file: "fetch:\n  max_bytes: 0\n", want: []string{"fetch.max_bytes: must be positive"}},
		{name: "multi-line user agent", env: map[string]string{"WHOSAID_FETCH_USER_AGENT": "a\nb"}, want: []string{"fetch.user_agent"}},
		{name: "bad log level", file: "log:\n  level: loud\n", want: []string{"log.level", `"loud"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir, userDir := isolate(t)
			opts := Options{Dir: dir, UserDir: userDir, Flags: flagSet(t, tt.args...)}
			if tt.file != "" {
				writeFile(t, filepath.Join(dir, FileName), tt.file)
			}
			if tt.missing {
				opts.File = filepath.Join(dir, "nope.yaml")
			}
			for k, v := range tt.env {
				t.Setenv(k, v)
			}
			cfg, _, err := Load(opts)
			if err == nil {
				t.Fatalf("Load: got %+v, nil error; want an error", cfg)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", err, w)
				}
			}
			if !strings.HasPrefix(err.Error(), "config: ") {
				t.Errorf("error %q does not start with the package prefix", err)
			}
		})
	}
}

func TestValidateReportsEveryProblem(t *testing.T) {
	c := Default()
	c.Concurrency = 0
	c.Format = "xml"
	err := c.Validate()
	if !errors.Is(err, ErrInvalid) {
		t.Fatalf("got %v, want an error wrapping ErrInvalid", err)
	}
	for _, w := range []string{"concurrency", "format"} {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("error %q does not name %s", err, w)
		}
	}
}

func TestOverrides(t *testing.T) {
	dir, userDir := isolate(t)
	writeFile(t, filepath.Join(dir, FileName), "mode: llm\n")
	// --no-llm must rescue a config that asks for the LLM.
	cfg, _, err := Load(Options{Dir: dir, UserDir: userDir, Overrides: map[string]any{"mode": ModeRules}})
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	if cfg.Mode != ModeRules {
		t.Errorf("mode: got %q, want %q", cfg.Mode, ModeRules)
	}
	if _, _, err := Load(Options{Dir: dir, UserDir: userDir, Overrides: map[string]any{"nope": 1}}); err == nil {
		t.Error("override of an unknown key: got nil error")
	}
}

func TestByteSize(t *testing.T) {
	tests := []struct {
		in      string
		want    ByteSize
		wantErr bool
		str     string
	}{
		{in: "4096", want: 4096, str: "4KiB"},
		{in: "1000", want: 1000, str: "1000"},
		{in: "10MiB", want: 10 << 20, str: "10MiB"},
		{in: " 10 mib ", want: 10 << 20, str: "10MiB"},
		{in: "2MB", want: 2_000_000, str: "2000000"},
		{in: "1GiB", want: 1 << 30, str: "1GiB"},
		{in: "3kB", want: 3000, str: "3000"},
		{in: "7B", want: 7, str: "7"},
		{in: "", wantErr: true},
		{in: "MiB", wantErr: true},
		{in: "-5", wantErr: true},
		{in: "1.5MiB", wantErr: true},
		{in: "10TB", wantErr: true},
		{in: "99999999999GiB", wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseByteSize(tt.in)
			if tt.wantErr {
				if err == nil {
					t.Fatalf("ParseByteSize(%q) = %d, want an error", tt.in, got)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Fatalf("ParseByteSize(%q) = %d, %v; want %d", tt.in, got, err, tt.want)
			}
			if got.String() != tt.str {
				t.Errorf("String: got %q, want %q", got.String(), tt.str)
			}
		})
	}
}

func TestUnknownEnvironmentVariable(t *testing.T) {
	dir, userDir := isolate(t)
	t.Setenv("WHOSAID_FETCH_TIMOUT", "5s")
	_, _, err := Load(Options{Dir: dir, UserDir: userDir})
	if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), "WHOSAID_FETCH_TIMOUT") {
		t.Fatalf("got %v, want an error naming WHOSAID_FETCH_TIMOUT", err)
	}
	t.Setenv("WHOSAID_FETCH_TIMOUT", "") // set but empty: nothing asked for
	t.Setenv("WHOSAID_FETCH_TIMEOUT", "5s")
	cfg, _, err := Load(Options{Dir: dir, UserDir: userDir})
	if err != nil {
		t.Fatalf("known variable: %v", err)
	}
	if cfg.Fetch.Timeout != 5*time.Second {
		t.Errorf("fetch.timeout: got %v, want 5s", cfg.Fetch.Timeout)
	}
}

func TestParseCueClasses(t *testing.T) {
	tests := []struct {
		in      string
		want    []string
		wantErr string
	}{
		{in: "", want: nil},
		{in: "all", want: nil},
		{in: "ALL", want: nil},
		{in: "speech", want: []string{"speech"}},
		{in: "speech, statement", want: []string{"speech", "statement"}},
		{in: "statement speech statement", want: []string{"statement", "speech"}},
		{in: "speech,statement,evidence,belief,intent", want: nil},
		{in: "speech,rumour", wantErr: `unknown cue class "rumour"`},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseCueClasses(tt.in)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("got error %v, want one containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil || !reflect.DeepEqual(got, tt.want) {
				t.Fatalf("got %v, %v; want %v", got, err, tt.want)
			}
		})
	}
	c := Default()
	c.CueClasses = "speech,gossip"
	if err := c.Validate(); err == nil || !strings.Contains(err.Error(), "cue_classes") {
		t.Fatalf("Validate: got %v, want an error naming cue_classes", err)
	}
}
