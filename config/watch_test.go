package config

import (
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"time"
)

func TestLoadFeedsAndWatch(t *testing.T) {
	dir, userDir := isolate(t)
	p := writeFile(t, filepath.Join(dir, "w.yaml"), `feeds:
  - url: https://news.example/rss.xml
    name: Example News
    interval: 30m
  - url: https://other.example/atom.xml
store:
  path: /var/lib/whosaid/q.db
watch:
  host_delay: 2s
  max_attempts: 3
`)
	cfg, _, err := Load(Options{File: p, UserDir: userDir})
	if err != nil {
		t.Fatal(err)
	}
	want := []FeedConfig{
		{URL: "https://news.example/rss.xml", Name: "Example News", Interval: 30 * time.Minute},
		{URL: "https://other.example/atom.xml"},
	}
	if !reflect.DeepEqual(cfg.Feeds, want) {
		t.Errorf("feeds: got %+v, want %+v", cfg.Feeds, want)
	}
	if cfg.Store.Path != "/var/lib/whosaid/q.db" || cfg.Watch.HostDelay != 2*time.Second || cfg.Watch.MaxAttempts != 3 {
		t.Errorf("got store %+v, watch %+v", cfg.Store, cfg.Watch)
	}
	if cfg.Watch.Interval != DefaultWatch().Interval {
		t.Errorf("unset watch.interval: got %v, want the default", cfg.Watch.Interval)
	}

	// What `whosaid config` prints reads back the same.
	out, err := cfg.MaskedYAML()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(out), "interval: 30m0s") {
		t.Errorf("printed config lacks the feed interval as a duration:\n%s", out)
	}
	p2 := writeFile(t, filepath.Join(dir, "printed.yaml"), string(out))
	again, _, err := Load(Options{File: p2, UserDir: userDir})
	if err != nil {
		t.Fatalf("reading the printed config: %v\n%s", err, out)
	}
	if !reflect.DeepEqual(again.Feeds, cfg.Feeds) || again.Watch != cfg.Watch || again.Store != cfg.Store {
		t.Errorf("round trip: got %+v %+v %+v, want %+v %+v %+v", again.Feeds, again.Watch, again.Store, cfg.Feeds, cfg.Watch, cfg.Store)
	}
}

func TestWatchSettingErrors(t *testing.T) {
	tests := []struct {
		name, file, want string
	}{
		{"feed without url", "feeds:\n  - name: x\n", "feeds[0].url: missing"},
		{"feed bad url", "feeds:\n  - url: /etc/passwd\n", `feeds[0].url: "/etc/passwd" is not an http(s) URL`},
		{"feed listed twice", "feeds:\n  - url: https://a.example/\n  - url: https://a.example/\n", "feeds[1].url"},
		{"unknown feed key", "feeds:\n  - url: https://a.example/\n    every: 5m\n", "every"},
		{"feed interval without unit", "feeds:\n  - url: https://a.example/\n    interval: 30\n", "give a unit"},
		{"zero attempts", "watch:\n  max_attempts: 0\n", "watch.max_attempts: must be at least 1"},
		{"negative delay", "watch:\n  host_delay: -1s\n", "watch.host_delay: must not be negative"},
		{"unknown watch key", "watch:\n  delay: 1s\n", `unknown key "watch.delay"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir, userDir := isolate(t)
			p := writeFile(t, filepath.Join(dir, "w.yaml"), tt.file)
			_, _, err := Load(Options{File: p, UserDir: userDir})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %v, want an error containing %q", err, tt.want)
			}
		})
	}
}

func TestDefaultStorePath(t *testing.T) {
	isolate(t)
	t.Setenv("XDG_DATA_HOME", "/srv/data")
	t.Setenv("HOME", "/home/ana")
	want := filepath.Join("/srv/data", "whosaid", "whosaid.db")
	if runtimeIsUnix() {
		if got := DefaultStorePath(); got != want {
			t.Errorf("got %q, want %q", got, want)
		}
		t.Setenv("XDG_DATA_HOME", "")
		if got, want := DefaultStorePath(), filepath.Join("/home/ana", ".local", "share", "whosaid", "whosaid.db"); got != want {
			t.Errorf("without XDG_DATA_HOME: got %q, want %q", got, want)
		}
	}
}

func runtimeIsUnix() bool {
	switch runtime.GOOS {
	case "windows", "darwin", "ios":
		return false
	}
	return true
}
