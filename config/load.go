package config

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"time"

	"github.com/go-viper/mapstructure/v2"
	"github.com/spf13/pflag"
	"github.com/spf13/viper"
)

// FileName is the config file looked for when none is named.
const FileName = "whosaid.yaml"

// EnvPrefix starts the environment variable of every key.
const EnvPrefix = "WHOSAID"

// Options says where Load looks. The zero value searches the working
// directory and the user config directory, and reads no flags.
type Options struct {
	// File is the config file named with --config. It must exist.
	// When empty, FileName is looked for in Dir, then in UserDir/whosaid.
	File string
	// Dir is the working directory; "" means the process's.
	Dir string
	// UserDir is the user config directory; "" means os.UserConfigDir().
	UserDir string
	// Flags maps config keys to command-line flags. A flag counts only when
	// it was set on the command line, and then wins over file and
	// environment.
	Flags map[string]*pflag.Flag
	// Overrides are set last, above flags: for flags that set a key to a
	// fixed value (--no-llm sets mode to rules).
	Overrides map[string]any
}

// Load reads the configuration from (lowest first) the defaults, the config
// file, WHOSAID_* environment variables and flags, and validates it. It
// returns the path of the config file it read, or "" when none was found.
//
// Unknown keys in the config file are an error naming the key: a misspelled
// setting would otherwise be silently ignored.
func Load(opts Options) (*Config, string, error) {
	v := viper.New()
	def := Default()
	known := map[string]bool{}
	for _, l := range leaves(reflect.ValueOf(def).Elem(), "") {
		known[l.key] = true
		v.SetDefault(l.key, l.val.Interface())
	}

	if err := checkEnv(os.Environ(), known); err != nil {
		return nil, "", err
	}
	file, err := findFile(opts)
	if err != nil {
		return nil, "", err
	}
	if file != "" {
		v.SetConfigFile(file)
		switch strings.ToLower(filepath.Ext(file)) {
		case ".yaml", ".yml", ".json", ".toml":
		default:
			v.SetConfigType("yaml")
		}
		if err := v.ReadInConfig(); err != nil {
			return nil, file, fmt.Errorf("config: reading %s: %w", file, err)
		}
		// Defaults, flags and the environment only ever add known keys, so
		// an unknown one came from the file.
		if err := checkKeys(v.AllKeys(), known, file); err != nil {
			return nil, file, err
		}
	}

	v.SetEnvPrefix(EnvPrefix)
	v.SetEnvKeyReplacer(strings.NewReplacer(".", "_"))
	v.AutomaticEnv()

	for key, f := range opts.Flags {
		if !known[key] {
			return nil, file, fmt.Errorf("config: flag --%s bound to unknown key %q", f.Name, key)
		}
		if err := v.BindPFlag(key, f); err != nil {
			return nil, file, fmt.Errorf("config: binding flag --%s: %w", f.Name, err)
		}
	}
	for key, val := range opts.Overrides {
		if !known[key] {
			return nil, file, fmt.Errorf("config: override of unknown key %q", key)
		}
		v.Set(key, val)
	}

	cfg := &Config{}
	err = v.Unmarshal(cfg, viper.DecodeHook(mapstructure.ComposeDecodeHookFunc(durationHook, byteSizeHook)),
		func(dc *mapstructure.DecoderConfig) { dc.ErrorUnused = true })
	if err != nil {
		return nil, file, decodeError(err)
	}
	cfg.LLM.fillFromEnv(os.Getenv)
	if err := cfg.Validate(); err != nil {
		return nil, file, err
	}
	return cfg, file, nil
}

// findFile returns the config file to read, or "" when there is none.
func findFile(opts Options) (string, error) {
	if opts.File != "" {
		st, err := os.Stat(opts.File)
		if err != nil {
			return "", fmt.Errorf("config: %w", err)
		}
		if st.IsDir() {
			return "", fmt.Errorf("config: %s is a directory", opts.File)
		}
		return opts.File, nil
	}
	dirs := []string{opts.Dir}
	if dirs[0] == "" {
		dirs[0] = "."
	}
	ud := opts.UserDir
	if ud == "" {
		// No user config directory (no $HOME) simply means no file there.
		ud, _ = os.UserConfigDir()
	}
	if ud != "" {
		dirs = append(dirs, filepath.Join(ud, "whosaid"))
	}
	for _, d := range dirs {
		p := filepath.Join(d, FileName)
		st, err := os.Stat(p)
		switch {
		case err == nil && !st.IsDir():
			return p, nil
		case err != nil && errors.Is(err, fs.ErrPermission):
			// A default location the user cannot read is not theirs to
			// configure (a service account, a sandbox): look no further there.
			continue
		case err != nil && !errors.Is(err, os.ErrNotExist):
			return "", fmt.Errorf("config: %w", err)
		}
	}
	return "", nil
}

func checkKeys(keys []string, known map[string]bool, file string) error {
	sort.Strings(keys)
	for _, k := range keys {
		if known[k] {
			continue
		}
		// A section written as a plain value ("fetch: 5").
		var under []string
		for kk := range known {
			if strings.HasPrefix(kk, k+".") {
				under = append(under, strings.TrimPrefix(kk, k+"."))
			}
		}
		if len(under) > 0 {
			sort.Strings(under)
			return fmt.Errorf("config: %s: %s must be a section with keys %s", file, k, strings.Join(under, ", "))
		}
		return fmt.Errorf("config: %s: unknown key %q", file, k)
	}
	return nil
}

// decodeError turns mapstructure's errors into SettingErrors naming the key.
func decodeError(err error) error {
	var errs []error
	var walk func(error)
	walk = func(e error) {
		var de *mapstructure.DecodeError
		if errors.As(e, &de) && de.Unwrap() != nil {
			reason := de.Unwrap()
			var pe *mapstructure.ParseError
			if errors.As(reason, &pe) {
				reason = fmt.Errorf("invalid value %q: want %s", fmt.Sprint(pe.Value), kindName(pe.Expected.Kind()))
			}
			errs = append(errs, &SettingError{Key: de.Name(), Err: reason})
			return
		}
		if j, ok := e.(interface{ Unwrap() []error }); ok {
			for _, x := range j.Unwrap() {
				walk(x)
			}
			return
		}
		if u := errors.Unwrap(e); u != nil {
			walk(u)
			return
		}
		errs = append(errs, fmt.Errorf("%w: %v", ErrInvalid, e))
	}
	walk(err)
	return errors.Join(errs...)
}

func kindName(k reflect.Kind) string {
	switch k {
	case reflect.Bool:
		return "true or false"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "a whole number"
	case reflect.Float32, reflect.Float64:
		return "a number"
	}
	return "a " + k.String()
}

var (
	durationType = reflect.TypeOf(time.Duration(0))
	byteSizeType = reflect.TypeOf(ByteSize(0))
)

// durationHook reads durations as "30s" or "1m30s". A bare number is refused
// rather than taken as nanoseconds: "timeout: 30" is surely not 30ns.
func durationHook(_, to reflect.Type, data any) (any, error) {
	if to != durationType {
		return data, nil
	}
	switch d := data.(type) {
	case time.Duration:
		return d, nil
	case string:
		dur, err := time.ParseDuration(strings.TrimSpace(d))
		if err != nil {
			return nil, fmt.Errorf("invalid duration %q: want a number with a unit, like 30s or 1m30s", d)
		}
		return dur, nil
	}
	rv := reflect.ValueOf(data)
	if rv.IsValid() && rv.CanInt() && rv.Int() == 0 || rv.IsValid() && rv.CanFloat() && rv.Float() == 0 {
		return time.Duration(0), nil
	}
	return nil, fmt.Errorf("invalid duration %v: give a unit, like %vs", data, data)
}

// byteSizeHook reads sizes as a number of bytes or with a unit ("10MiB").
func byteSizeHook(_, to reflect.Type, data any) (any, error) {
	if to != byteSizeType {
		return data, nil
	}
	switch d := data.(type) {
	case ByteSize:
		return d, nil
	case string:
		return ParseByteSize(d)
	}
	rv := reflect.ValueOf(data)
	switch {
	case rv.CanInt():
		return ByteSize(rv.Int()), nil
	case rv.CanUint() && rv.Uint() <= 1<<62:
		return ByteSize(rv.Uint()), nil
	case rv.CanFloat() && rv.Float() == float64(int64(rv.Float())):
		return ByteSize(int64(rv.Float())), nil
	}
	return nil, fmt.Errorf("invalid size %v: want a number of bytes, optionally with a unit (KiB, MiB, GiB, KB, MB, GB)", data)
}

type leaf struct {
	key string
	val reflect.Value
}

// leaves lists the settings of a config struct as dotted keys, in field
// order. It is the one place that knows the key names: defaults, the set of
// known keys and the printed configuration all come from it.
func leaves(v reflect.Value, prefix string) []leaf {
	var out []leaf
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		name := f.Tag.Get("mapstructure")
		if name == "" || name == "-" || !f.IsExported() {
			continue
		}
		key := prefix + name
		fv := v.Field(i)
		if fv.Kind() == reflect.Struct {
			out = append(out, leaves(fv, key+".")...)
			continue
		}
		out = append(out, leaf{key, fv})
	}
	return out
}

// checkEnv refuses a set WHOSAID_* variable that names no key, as the file
// refuses unknown keys: WHOSAID_FETCH_TIMOUT=5s must not be silently ignored.
func checkEnv(environ []string, known map[string]bool) error {
	names := map[string]bool{}
	for k := range known {
		names[EnvPrefix+"_"+strings.ToUpper(strings.ReplaceAll(k, ".", "_"))] = true
	}
	var unknown []string
	for _, kv := range environ {
		name, val, _ := strings.Cut(kv, "=")
		if strings.HasPrefix(name, EnvPrefix+"_") && val != "" && !names[name] {
			unknown = append(unknown, name)
		}
	}
	if len(unknown) == 0 {
		return nil
	}
	sort.Strings(unknown)
	return fmt.Errorf("%w: unknown environment variable %s (no such key)", ErrInvalid, strings.Join(unknown, ", "))
}
