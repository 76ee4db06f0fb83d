package config

import (
	"errors"
	"fmt"
	"math"
	"runtime"
	"strconv"
	"strings"
	"time"
)

// Modes.
const (
	ModeAuto   = ""       // hybrid when an LLM is configured (base URL or key), else rules
	ModeRules  = "rules"  // deterministic rule engine only
	ModeLLM    = "llm"    // LLM records verified against the text
	ModeHybrid = "hybrid" // LLM records checked against the rule engine
)

// Output formats. An empty format means json for one source and jsonl for
// several.
var formats = []string{"json", "jsonl", "csv"}

var logLevels = []string{"debug", "info", "warn", "error"}

// ErrInvalid is matched (errors.Is) by every error about a setting's value
// or key, from Validate and Load.
var ErrInvalid = errors.New("config: invalid setting")

// SettingError is a problem with one setting.
type SettingError struct {
	Key string // the dotted key, e.g. fetch.timeout
	Err error
}

func (e *SettingError) Error() string { return "config: " + e.Key + ": " + e.Err.Error() }
func (e *SettingError) Unwrap() error { return e.Err }

// Is makes every SettingError match ErrInvalid.
func (e *SettingError) Is(target error) bool { return target == ErrInvalid }

// Config is the whole configuration. The mapstructure tags are the keys of the
// config file; the environment variable of a key is WHOSAID_ followed by the
// key in upper case with "." replaced by "_" (fetch.timeout is
// WHOSAID_FETCH_TIMEOUT).
type Config struct {
	Mode        string       `mapstructure:"mode"`        // "" or "auto", "rules"
	Format      string       `mapstructure:"format"`      // "", json, jsonl, csv
	Concurrency int          `mapstructure:"concurrency"` // sources processed at once
	Output      string       `mapstructure:"output"`      // file to write; "" or "-" is stdout
	CueClasses  string       `mapstructure:"cue_classes"` // "all", or the classes of records output: "speech,statement"
	Fetch       Fetch        `mapstructure:"fetch"`
	Log         Log          `mapstructure:"log"`
	Feeds       []FeedConfig `mapstructure:"feeds"` // polled by whosaid watch
	Store       Store        `mapstructure:"store"`
	Watch       Watch        `mapstructure:"watch"`
	LLM         LLM          `mapstructure:"llm"`   // modes llm and hybrid; see llm.go
	Cache       Cache        `mapstructure:"cache"` // LLM response cache; see llm.go
}

// Fetch configures the HTTP client that gets URLs.
type Fetch struct {
	Timeout        time.Duration `mapstructure:"timeout"`         // whole request, body included
	ConnectTimeout time.Duration `mapstructure:"connect_timeout"` // dialing and TLS
	MaxBytes       ByteSize      `mapstructure:"max_bytes"`       // body cap; larger bodies are an error
	MaxRedirects   int           `mapstructure:"max_redirects"`
	AllowPrivate   bool          `mapstructure:"allow_private"` // lift the SSRF guard (intranets, tests)
	UserAgent      string        `mapstructure:"user_agent"`    // "" means whosaid/VERSION
}

// Log configures diagnostics on stderr.
type Log struct {
	Level string `mapstructure:"level"` // debug, info, warn, error
}

// Default returns the configuration used when nothing is set.
func Default() *Config {
	return &Config{
		Mode:        ModeAuto,
		CueClasses:  "all",
		Concurrency: runtime.NumCPU(),
		Fetch: Fetch{
			Timeout:        30 * time.Second,
			ConnectTimeout: 10 * time.Second,
			MaxBytes:       10 * MiB,
			MaxRedirects:   5,
		},
		Log:   Log{Level: "warn"},
		Feeds: []FeedConfig{}, // not nil: a printed and re-read config compares equal
		Store: Store{Path: DefaultStorePath()},
		Watch: DefaultWatch(),
		LLM:   DefaultLLM(),
	}
}

// EffectiveMode resolves ModeAuto to the mode that runs.
func (c *Config) EffectiveMode() string {
	if c.Mode == ModeAuto || c.Mode == "auto" {
		// A key alone (often an OPENAI_API_KEY set for other tools) does not
		// make a usable LLM stage: without a model the default stays the
		// offline rules mode, and the notice says what is missing.
		if c.LLM.Configured() && strings.TrimSpace(c.LLM.Model) != "" {
			return ModeHybrid
		}
		return ModeRules
	}
	return c.Mode
}

// Validate reports every invalid setting, each naming its key.
func (c *Config) Validate() error {
	var errs []error
	bad := func(key, format string, args ...any) {
		errs = append(errs, &SettingError{Key: key, Err: fmt.Errorf(format, args...)})
	}
	switch c.Mode {
	case ModeAuto, "auto", ModeRules, ModeLLM, ModeHybrid:
	default:
		bad("mode", "unknown mode %q; want rules, llm or hybrid (or empty for automatic)", c.Mode)
	}
	c.LLM.validate(c.EffectiveMode() != ModeRules, bad)
	if c.Format != "" && !contains(formats, c.Format) {
		bad("format", "unknown format %q; want one of %s", c.Format, strings.Join(formats, ", "))
	}
	if _, err := ParseCueClasses(c.CueClasses); err != nil {
		bad("cue_classes", "%v", err)
	}
	if c.Concurrency < 1 {
		bad("concurrency", "must be at least 1, got %d", c.Concurrency)
	}
	if c.Fetch.Timeout <= 0 {
		bad("fetch.timeout", "must be positive, got %v", c.Fetch.Timeout)
	}
	if c.Fetch.ConnectTimeout <= 0 {
		bad("fetch.connect_timeout", "must be positive, got %v", c.Fetch.ConnectTimeout)
	}
	if c.Fetch.MaxBytes <= 0 {
		bad("fetch.max_bytes", "must be positive, got %d", int64(c.Fetch.MaxBytes))
	}
	if c.Fetch.MaxRedirects < 0 {
		bad("fetch.max_redirects", "must not be negative, got %d", c.Fetch.MaxRedirects)
	}
	if strings.ContainsAny(c.Fetch.UserAgent, "\r\n") {
		bad("fetch.user_agent", "must be a single line")
	}
	if !contains(logLevels, c.Log.Level) {
		bad("log.level", "unknown level %q; want one of %s", c.Log.Level, strings.Join(logLevels, ", "))
	}
	c.validateWatch(bad)
	return errors.Join(errs...)
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// ByteSize is a number of bytes. In the config file, the environment and on
// the command line it is written as a plain number or with a unit: "10MiB",
// "512KiB", "2MB" (KB, MB, GB are powers of 1000; KiB, MiB, GiB of 1024).
// It implements pflag.Value so a flag can take the same syntax.
type ByteSize int64

// Byte size units.
const (
	KiB ByteSize = 1 << 10
	MiB ByteSize = 1 << 20
	GiB ByteSize = 1 << 30
)

var byteUnits = []struct {
	name string
	size int64
}{
	{"gib", 1 << 30}, {"mib", 1 << 20}, {"kib", 1 << 10},
	{"gb", 1e9}, {"mb", 1e6}, {"kb", 1e3},
	{"b", 1},
}

// ParseByteSize parses "10MiB", "2MB", "4096" and the like.
func ParseByteSize(s string) (ByteSize, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	mult := int64(1)
	for _, u := range byteUnits {
		if strings.HasSuffix(t, u.name) {
			t, mult = strings.TrimSpace(strings.TrimSuffix(t, u.name)), u.size
			break
		}
	}
	n, err := strconv.ParseInt(t, 10, 64)
	if err != nil || n < 0 {
		return 0, fmt.Errorf("invalid size %q: want a number of bytes, optionally with a unit (KiB, MiB, GiB, KB, MB, GB)", s)
	}
	if n > math.MaxInt64/mult {
		return 0, fmt.Errorf("invalid size %q: too large", s)
	}
	return ByteSize(n * mult), nil
}

// String writes the size with the largest binary unit that divides it.
func (b ByteSize) String() string {
	switch {
	case b != 0 && b%GiB == 0:
		return fmt.Sprintf("%dGiB", b/GiB)
	case b != 0 && b%MiB == 0:
		return fmt.Sprintf("%dMiB", b/MiB)
	case b != 0 && b%KiB == 0:
		return fmt.Sprintf("%dKiB", b/KiB)
	}
	return strconv.FormatInt(int64(b), 10)
}

// Set implements pflag.Value.
func (b *ByteSize) Set(s string) error {
	v, err := ParseByteSize(s)
	if err != nil {
		return err
	}
	*b = v
	return nil
}

// Type implements pflag.Value.
func (b *ByteSize) Type() string { return "size" }

// CueClasses are the classes of claim a record's cue can make, in the order
// of docs/annotation.md.
var CueClasses = []string{"speech", "statement", "evidence", "belief", "intent"}

// ParseCueClasses reads the cue_classes setting: "all" (or empty), or a
// list of classes separated by commas or spaces. It returns nil for all.
func ParseCueClasses(s string) ([]string, error) {
	fs := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return r == ',' || r == ' ' || r == '\t' })
	if len(fs) == 0 || len(fs) == 1 && fs[0] == "all" {
		return nil, nil
	}
	var out []string
	for _, f := range fs {
		if !contains(CueClasses, f) {
			return nil, fmt.Errorf("unknown cue class %q; want all, or some of %s", f, strings.Join(CueClasses, ", "))
		}
		if !contains(out, f) {
			out = append(out, f)
		}
	}
	if len(out) == len(CueClasses) {
		return nil, nil
	}
	return out, nil
}

// CueClassList is the parsed cue_classes setting: nil for all classes.
func (c *Config) CueClassList() []string {
	l, _ := ParseCueClasses(c.CueClasses) // Validate has vetted it
	return l
}
