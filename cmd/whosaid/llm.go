package main

import (
	"context"
	"log/slog"
	"net/url"

	"github.com/spf13/pflag"

	"github.com/whosaid/whosaid/config"
	"github.com/whosaid/whosaid/extractor"
	"github.com/whosaid/whosaid/extractor/crosscheck"
	"github.com/whosaid/whosaid/extractor/llm"
	"github.com/whosaid/whosaid/extractor/rules"
	"github.com/whosaid/whosaid/prompts"
	"github.com/whosaid/whosaid/sources"
)

func init() {
	// The LLM flags live on the commands that extract (extract, eval); they
	// bind to config keys like the global ones.
	flagKeys["cache-dir"] = "cache.dir"
	flagKeys["no-cache"] = "cache.disabled"
	flagKeys["max-tokens-per-article"] = "llm.max_tokens_per_article"
	flagKeys["cue-class"] = "cue_classes"
}

// addClassFlag adds --cue-class to a command that outputs records.
func addClassFlag(fs *pflag.FlagSet) {
	fs.String("cue-class", "all", "the classes of claims to output: all, or a comma list of speech, statement, evidence, belief, intent (config cue_classes)")
}

// addLLMFlags adds the flags of the LLM stage to a command that extracts.
func addLLMFlags(fs *pflag.FlagSet) {
	fs.String("cache-dir", "", "directory of the LLM response cache (default: whosaid/llm in the user cache directory; config cache.dir)")
	fs.Bool("no-cache", false, "neither read nor write the LLM response cache")
	fs.Int("max-tokens-per-article", 0, "cap on LLM prompt+completion tokens per article; past it the rest falls back to rules (0: no cap)")
}

// docRunner turns an article into a document: extractor.Pipeline in rules
// mode, crosscheck.Pipeline in llm and hybrid modes.
type docRunner interface {
	Run(ctx context.Context, art *sources.Article) (*extractor.Document, error)
}

// engines builds what extracts in the configured mode: the document runner
// and the same as an extractor.Engine (for eval). One LLM client serves the
// whole run, so that its concurrency bound and rate limit hold across
// articles.
func engines(cfg *config.Config, log *slog.Logger) (docRunner, extractor.Engine, error) {
	mode := cfg.EffectiveMode()
	if mode == config.ModeRules {
		eng := rules.New()
		return &extractor.Pipeline{Engine: eng, Mode: config.ModeRules, Classes: cfg.CueClassList()}, eng, nil
	}
	client, err := newLLMClient(cfg, log)
	if err != nil {
		return nil, nil, err
	}
	p := &crosscheck.Pipeline{Rules: rules.New(), LLM: client, Mode: mode, Log: log, Classes: cfg.CueClassList()}
	return p, p, nil
}

// newLLMClient maps the configuration onto the LLM client. The endpoint is
// not subject to fetch.allow_private: it is the user's own server.
func newLLMClient(cfg *config.Config, log *slog.Logger) (*llm.Client, error) {
	ps, err := prompts.Load(cfg.LLM.PromptsDir)
	if err != nil {
		return nil, usageError("%v", err)
	}
	lc := llm.DefaultConfig()
	l := cfg.LLM
	lc.BaseURL, lc.APIKey, lc.Model, lc.APIType, lc.APIVersion = l.BaseURL, l.APIKey, l.Model, l.APIType, l.APIVersion
	lc.Temperature = l.Temperature
	lc.MaxOutputTokens = l.MaxOutputTokens
	lc.Timeout = l.Timeout
	lc.MaxRetries = l.MaxRetries
	lc.Concurrency = l.Concurrency
	lc.RequestsPerMinute = l.RequestsPerMinute
	lc.ChunkTokens = l.ChunkTokens
	lc.MaxTokensPerArticle = l.MaxTokensPerArticle
	lc.Prompts = ps
	lc.Log = log
	if !cfg.Cache.Disabled {
		lc.CacheDir = cfg.Cache.Dir
		if lc.CacheDir == "" {
			lc.CacheDir = llm.DefaultCacheDir()
		}
	}
	c, err := llm.New(lc)
	if err != nil {
		return nil, usageError("%v", err)
	}
	log.Debug("llm stage ready", "model", l.Model, "api_type", l.APIType, "base_url", redactURL(l.BaseURL),
		"prompt_version", ps.Version(), "cache", lc.CacheDir)
	return c, nil
}

// redactURL hides a password in a URL (http://user:secret@host/v1), which
// some proxies take instead of a key: it must not reach a log.
func redactURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return "(unparsable URL)"
	}
	return u.Redacted()
}

// modeNotice is the one line said on stderr about the mode, or "".
func modeNotice(cfg *config.Config) string {
	if (cfg.Mode == config.ModeAuto || cfg.Mode == "auto") && cfg.EffectiveMode() == config.ModeRules {
		// Said only when nobody chose the mode: someone who passed --no-llm
		// or set mode: rules knows already.
		if cfg.LLM.Configured() {
			return "whosaid: an LLM key or base URL is set but no llm.model; running in rules mode (set llm.model to use the LLM, or --no-llm to silence this)"
		}
		return "whosaid: no LLM configured; running in rules mode (--no-llm silences this)"
	}
	return ""
}
