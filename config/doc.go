// Package config holds whosaid's settings: a plain Config struct with
// defaults and validation, and Load, which reads them from a config file, the
// WHOSAID_* environment and command-line flags, flags winning.
//
// It is the only package that knows viper; everything else gets a *Config.
//
//   - config.go: Config, Default, Validate, ByteSize.
//   - load.go:   Load (viper: file, environment, flags; unknown keys are errors).
//   - show.go:   MaskedYAML and IsSecret, for `whosaid config`.
//   - llm.go:    the llm and cache sections (modes llm and hybrid), and the
//     OPENAI_API_KEY / OPENAI_BASE_URL fallback.
package config
