package config

import (
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"time"
)

// FeedConfig is one entry of the feeds: list.
type FeedConfig struct {
	URL      string        `mapstructure:"url"`
	Name     string        `mapstructure:"name"`
	Interval time.Duration `mapstructure:"interval"` // 0: watch.interval
}

// MarshalYAML writes the interval as "30m" rather than nanoseconds, so that
// `whosaid config` prints what a config file would hold.
func (f FeedConfig) MarshalYAML() (any, error) {
	type out struct {
		URL      string `yaml:"url"`
		Name     string `yaml:"name,omitempty"`
		Interval string `yaml:"interval,omitempty"`
	}
	o := out{URL: f.URL, Name: f.Name}
	if f.Interval > 0 {
		o.Interval = f.Interval.String()
	}
	return o, nil
}

// Store configures the watch job's store.
type Store struct {
	// Path is the SQLite file; the default is whosaid/whosaid.db in the
	// user data directory.
	Path string `mapstructure:"path"`
}

// Watch configures `whosaid watch`.
type Watch struct {
	Interval     time.Duration `mapstructure:"interval"`      // between checks of a feed without its own
	MinInterval  time.Duration `mapstructure:"min_interval"`  // floor under intervals and publisher hints
	Backoff      time.Duration `mapstructure:"backoff"`       // after a failed check, doubled per failure
	MaxBackoff   time.Duration `mapstructure:"max_backoff"`   // cap on back-off and publisher hints
	MaxAttempts  int           `mapstructure:"max_attempts"`  // failed attempts before an article is given up
	Concurrency  int           `mapstructure:"concurrency"`   // feeds and articles in flight
	PerHost      int           `mapstructure:"per_host"`      // requests in flight to one host
	HostDelay    time.Duration `mapstructure:"host_delay"`    // between request starts to one host
	IgnoreRobots bool          `mapstructure:"ignore_robots"` // the user has the site's permission
	Out          string        `mapstructure:"out"`           // JSONL file each new document is appended to
}

// DefaultWatch returns the watch defaults: polite to publishers (one
// request at a time per host, a second apart) and to the job's own
// failures (a broken feed waits 10 minutes, then 20, 40, ... up to a day).
func DefaultWatch() Watch {
	return Watch{
		Interval:    15 * time.Minute,
		MinInterval: time.Minute,
		Backoff:     10 * time.Minute,
		MaxBackoff:  24 * time.Hour,
		MaxAttempts: 5,
		Concurrency: 8,
		PerHost:     1,
		HostDelay:   time.Second,
	}
}

// DefaultStorePath is whosaid/whosaid.db in the user data directory:
// $XDG_DATA_HOME or ~/.local/share on Unix, ~/Library/Application Support
// on macOS, %LocalAppData% on Windows. "" when there is no home directory.
func DefaultStorePath() string {
	var dir string
	switch runtime.GOOS {
	case "windows":
		dir = os.Getenv("LocalAppData")
	case "darwin", "ios":
		if h, err := os.UserHomeDir(); err == nil {
			dir = filepath.Join(h, "Library", "Application Support")
		}
	default:
		dir = os.Getenv("XDG_DATA_HOME")
		if !filepath.IsAbs(dir) {
			dir = ""
			if h, err := os.UserHomeDir(); err == nil {
				dir = filepath.Join(h, ".local", "share")
			}
		}
	}
	if dir == "" {
		return ""
	}
	return filepath.Join(dir, "whosaid", "whosaid.db")
}

// validateWatch reports invalid feeds:, store and watch settings.
func (c *Config) validateWatch(bad func(key, format string, args ...any)) {
	seen := map[string]bool{}
	for i, f := range c.Feeds {
		key := "feeds[" + strconv.Itoa(i) + "]"
		u, err := url.Parse(strings.TrimSpace(f.URL))
		switch {
		case f.URL == "":
			bad(key+".url", "missing: every feed needs a url")
		case err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "":
			bad(key+".url", "%q is not an http(s) URL", f.URL)
		case seen[f.URL]:
			bad(key+".url", "%q is listed twice", f.URL)
		}
		seen[f.URL] = true
		if f.Interval < 0 {
			bad(key+".interval", "must not be negative, got %v", f.Interval)
		}
	}
	w := c.Watch
	for _, d := range []struct {
		key string
		v   time.Duration
	}{{"watch.interval", w.Interval}, {"watch.min_interval", w.MinInterval}, {"watch.backoff", w.Backoff}, {"watch.host_delay", w.HostDelay}} {
		if d.v < 0 {
			bad(d.key, "must not be negative, got %v", d.v)
		}
	}
	if w.MaxBackoff <= 0 {
		bad("watch.max_backoff", "must be positive, got %v", w.MaxBackoff)
	}
	if w.MaxAttempts < 1 {
		bad("watch.max_attempts", "must be at least 1, got %d", w.MaxAttempts)
	}
	if w.Concurrency < 1 {
		bad("watch.concurrency", "must be at least 1, got %d", w.Concurrency)
	}
	if w.PerHost < 1 {
		bad("watch.per_host", "must be at least 1, got %d", w.PerHost)
	}
}
