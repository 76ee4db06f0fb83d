package config

import (
	"strings"
	"time"
)

// LLM configures the LLM stage (modes llm and hybrid). Any OpenAI-compatible
// endpoint works: OpenAI, Azure OpenAI, Ollama, vLLM, llama.cpp, LM Studio.
// The endpoint is the user's own choice, so fetch.allow_private does not
// apply to it: a server on localhost needs no flag.
type LLM struct {
	BaseURL             string        `mapstructure:"base_url"`    // "" is OpenAI; Ollama: http://localhost:11434/v1
	APIKey              string        `mapstructure:"api_key"`     // secret: masked by `whosaid config`, never logged
	Model               string        `mapstructure:"model"`       // the deployment name on Azure
	APIType             string        `mapstructure:"api_type"`    // openai or azure
	APIVersion          string        `mapstructure:"api_version"` // Azure only
	Temperature         float64       `mapstructure:"temperature"`
	MaxOutputTokens     int           `mapstructure:"max_output_tokens"` // 0: the server's default
	Timeout             time.Duration `mapstructure:"timeout"`           // per request attempt
	MaxRetries          int           `mapstructure:"max_retries"`       // on 429, 5xx and network errors
	Concurrency         int           `mapstructure:"concurrency"`       // requests in flight across articles
	RequestsPerMinute   int           `mapstructure:"requests_per_minute"`
	ChunkTokens         int           `mapstructure:"chunk_tokens"`           // article text per request, estimated
	MaxTokensPerArticle int           `mapstructure:"max_tokens_per_article"` // 0: no cap
	PromptsDir          string        `mapstructure:"prompts_dir"`            // overrides of the embedded prompts
}

// Cache configures the LLM response cache. Its environment variables are
// WHOSAID_CACHE_DIR and WHOSAID_CACHE_DISABLED.
type Cache struct {
	Dir      string `mapstructure:"dir"`      // "" is the user cache directory
	Disabled bool   `mapstructure:"disabled"` // --no-cache
}

// LLM API types.
const (
	APITypeOpenAI = "openai"
	APITypeAzure  = "azure"
)

// DefaultLLM returns the LLM defaults.
func DefaultLLM() LLM {
	return LLM{
		APIType:     APITypeOpenAI,
		Timeout:     60 * time.Second,
		MaxRetries:  3,
		Concurrency: 4,
		ChunkTokens: 2000,
	}
}

// Configured reports whether an LLM endpoint was set up: a base URL or a
// key. It decides the automatic mode.
func (l *LLM) Configured() bool {
	return strings.TrimSpace(l.BaseURL) != "" || strings.TrimSpace(l.APIKey) != ""
}

// fillFromEnv reads OPENAI_API_KEY and OPENAI_BASE_URL for settings that are
// still empty after the file, WHOSAID_* and flags: those two are what other
// OpenAI tools read, but an explicit whosaid setting wins.
func (l *LLM) fillFromEnv(getenv func(string) string) {
	if l.APIKey == "" {
		l.APIKey = getenv("OPENAI_API_KEY")
	}
	if l.BaseURL == "" {
		l.BaseURL = getenv("OPENAI_BASE_URL")
	}
}

// validate reports the invalid LLM settings through bad. needed says whether
// the mode uses the LLM, which makes a model mandatory.
func (l *LLM) validate(needed bool, bad func(key, format string, args ...any)) {
	switch l.APIType {
	case APITypeOpenAI, APITypeAzure:
	default:
		bad("llm.api_type", "unknown API type %q; want openai or azure", l.APIType)
	}
	if needed && strings.TrimSpace(l.Model) == "" {
		bad("llm.model", "no model named: set llm.model (WHOSAID_LLM_MODEL), or use --no-llm")
	}
	if needed && l.APIType == APITypeAzure && l.BaseURL == "" {
		bad("llm.base_url", "azure needs the resource URL, like https://NAME.openai.azure.com/")
	}
	if l.BaseURL != "" && !strings.HasPrefix(l.BaseURL, "http://") && !strings.HasPrefix(l.BaseURL, "https://") {
		bad("llm.base_url", "must be an http:// or https:// URL, got %q", l.BaseURL)
	}
	if l.Temperature < 0 || l.Temperature > 2 {
		bad("llm.temperature", "must be between 0 and 2, got %v", l.Temperature)
	}
	if l.MaxOutputTokens < 0 {
		bad("llm.max_output_tokens", "must not be negative, got %d", l.MaxOutputTokens)
	}
	if l.Timeout <= 0 {
		bad("llm.timeout", "must be positive, got %v", l.Timeout)
	}
	if l.MaxRetries < 0 || l.MaxRetries > 20 {
		bad("llm.max_retries", "must be between 0 and 20, got %d", l.MaxRetries)
	}
	if l.Concurrency < 1 {
		bad("llm.concurrency", "must be at least 1, got %d", l.Concurrency)
	}
	if l.RequestsPerMinute < 0 {
		bad("llm.requests_per_minute", "must not be negative (0 is no limit), got %d", l.RequestsPerMinute)
	}
	if l.ChunkTokens < 100 {
		bad("llm.chunk_tokens", "must be at least 100, got %d", l.ChunkTokens)
	}
	if l.MaxTokensPerArticle < 0 {
		bad("llm.max_tokens_per_article", "must not be negative (0 is no cap), got %d", l.MaxTokensPerArticle)
	}
}
