package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spf13/cobra"
	"go.yaml.in/yaml/v3"

	"github.com/whosaid/whosaid/config"
	"github.com/whosaid/whosaid/extractor"
	"github.com/whosaid/whosaid/extractor/format"
	"github.com/whosaid/whosaid/sources/fetch"
)

func TestConfigCommand(t *testing.T) {
	isolate(t)
	cfgFile := filepath.Join(t.TempDir(), "whosaid.yaml")
	if err := os.WriteFile(cfgFile, []byte("concurrency: 3\nfetch:\n  timeout: 20s\n  user_agent: file-agent\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("WHOSAID_FETCH_TIMEOUT", "15s")
	t.Setenv("WHOSAID_FETCH_MAX_BYTES", "2MiB")
	r := runCmd(t, "config", "--config", cfgFile, "--timeout", "5s", "--no-llm", "--allow-private")
	if r.code != exitOK {
		t.Fatalf("exit status %d; stderr:\n%s", r.code, r.stderr)
	}
	var got struct {
		Mode        string `yaml:"mode"`
		Concurrency int    `yaml:"concurrency"`
		Fetch       struct {
			Timeout      string `yaml:"timeout"`
			MaxBytes     string `yaml:"max_bytes"`
			AllowPrivate bool   `yaml:"allow_private"`
			UserAgent    string `yaml:"user_agent"`
		} `yaml:"fetch"`
	}
	if err := yaml.Unmarshal([]byte(r.stdout), &got); err != nil {
		t.Fatalf("not YAML: %v\n%s", err, r.stdout)
	}
	checks := []struct{ name, got, want string }{
		{"mode (--no-llm)", got.Mode, "rules"},
		{"fetch.timeout (flag over env over file)", got.Fetch.Timeout, "5s"},
		{"fetch.max_bytes (env)", got.Fetch.MaxBytes, "2MiB"},
		{"fetch.user_agent (file)", got.Fetch.UserAgent, "file-agent"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, c.got, c.want)
		}
	}
	if got.Concurrency != 3 || !got.Fetch.AllowPrivate {
		t.Errorf("got concurrency %d, allow_private %v; want 3, true", got.Concurrency, got.Fetch.AllowPrivate)
	}
	if !strings.Contains(r.stdout, cfgFile) {
		t.Errorf("output does not name the config file %s:\n%s", cfgFile, r.stdout)
	}

	// What `whosaid config` prints must load back as a config file.
	saved := filepath.Join(t.TempDir(), "saved.yaml")
	if err := os.WriteFile(saved, []byte(r.stdout), 0o644); err != nil {
		t.Fatal(err)
	}
	if r := runCmd(t, "config", "--config", saved); r.code != exitOK {
		t.Errorf("printed config does not load back: exit %d\n%s", r.code, r.stderr)
	}
}

func TestSchemaAndVersionCommands(t *testing.T) {
	isolate(t)
	r := runCmd(t, "schema")
	if r.code != exitOK || !bytes.Equal([]byte(r.stdout), format.DocumentSchema()) {
		t.Errorf("schema: exit %d, output differs from format.DocumentSchema()", r.code)
	}
	for _, args := range [][]string{{"version"}, {"--version"}} {
		r := runCmd(t, args...)
		if r.code != exitOK || !strings.HasPrefix(r.stdout, "whosaid "+extractor.Version) {
			t.Errorf("%v: exit %d, output %q; want whosaid %s", args, r.code, r.stdout, extractor.Version)
		}
	}
	// A broken config must not stop `version`.
	bad := filepath.Join(t.TempDir(), "bad.yaml")
	if err := os.WriteFile(bad, []byte("nonsense: 1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if r := runCmd(t, "version", "--config", bad); r.code != exitOK {
		t.Errorf("version with a bad config: exit %d, want 0", r.code)
	}
}

func TestFetchOptions(t *testing.T) {
	d := config.Default()
	got, want := fetchOptions(d), fetch.DefaultOptions()
	// The documented defaults of both packages must agree.
	if got.Timeout != want.Timeout || got.ConnectTimeout != want.ConnectTimeout ||
		got.MaxBytes != want.MaxBytes || got.MaxRedirects != want.MaxRedirects ||
		got.AllowPrivate != want.AllowPrivate || got.UserAgent != want.UserAgent {
		t.Errorf("fetchOptions(config.Default()) = %+v, want fetch.DefaultOptions() %+v", got, want)
	}
	d.Fetch.MaxRedirects = 0
	d.Fetch.UserAgent = "mine/1"
	got = fetchOptions(d)
	if got.MaxRedirects >= 0 {
		t.Errorf("max_redirects 0: got MaxRedirects %d, want < 0 (follow none)", got.MaxRedirects)
	}
	if got.UserAgent != "mine/1" {
		t.Errorf("user agent: got %q, want mine/1", got.UserAgent)
	}
}

func TestAtomicFile(t *testing.T) {
	t.Run("abort leaves nothing and keeps the old file", func(t *testing.T) {
		dir := t.TempDir()
		p := filepath.Join(dir, "out.json")
		if err := os.WriteFile(p, []byte("old"), 0o644); err != nil {
			t.Fatal(err)
		}
		f, err := createAtomic(p)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := f.Write([]byte("half a docu")); err != nil {
			t.Fatal(err)
		}
		if b, _ := os.ReadFile(p); string(b) != "old" {
			t.Errorf("target changed before Commit: %q", b)
		}
		f.Abort()
		if b, _ := os.ReadFile(p); string(b) != "old" {
			t.Errorf("target after Abort: got %q, want old", b)
		}
		onlyFile(t, dir, "out.json")
	})
	t.Run("commit replaces", func(t *testing.T) {
		dir := t.TempDir()
		p := filepath.Join(dir, "out.json")
		f, err := createAtomic(p)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := f.Write([]byte("new")); err != nil {
			t.Fatal(err)
		}
		if err := f.Commit(); err != nil {
			t.Fatal(err)
		}
		f.Abort() // after Commit: must not remove anything
		if b, _ := os.ReadFile(p); string(b) != "new" {
			t.Errorf("got %q, want new", b)
		}
		onlyFile(t, dir, "out.json")
		if err := f.Commit(); err == nil {
			t.Error("second Commit: got nil error")
		}
	})
}

func TestExitStatusOfErrors(t *testing.T) {
	isolate(t)
	tests := []struct {
		name     string
		args     []string
		wantCode int
		wantHint bool // "Run '... --help'"
	}{
		{"runtime failure", []string{"fail"}, exitPartial, false},
		{"usage error from a subcommand", []string{"fail", "usage"}, exitUsage, false},
		{"wrong number of arguments", []string{"fail", "a", "b"}, exitUsage, true},
		{"unknown flag", []string{"fail", "--nope"}, exitUsage, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			a := &app{stdin: strings.NewReader(""), stdout: &out, stderr: &errb}
			root := newRootCmd(a)
			root.AddCommand(&cobra.Command{
				Use:  "fail [usage]",
				Args: cobra.MaximumNArgs(1),
				RunE: func(cmd *cobra.Command, args []string) error {
					if len(args) == 1 {
						return usageError("fail: bad input")
					}
					return errors.New("fail: disk on fire")
				},
			})
			code := a.execute(context.Background(), root, tt.args)
			if code != tt.wantCode {
				t.Errorf("exit status: got %d, want %d; stderr:\n%s", code, tt.wantCode, errb.String())
			}
			if got := strings.Contains(errb.String(), "--help"); got != tt.wantHint {
				t.Errorf("usage hint shown: got %v, want %v; stderr:\n%s", got, tt.wantHint, errb.String())
			}
			if n := len(stderrLines(errb.String())); n == 0 || !strings.HasPrefix(errb.String(), "whosaid: ") {
				t.Errorf("stderr %q: want a line starting with whosaid:", errb.String())
			}
		})
	}
}
