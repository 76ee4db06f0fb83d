package llm

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// cache keeps model replies on disk, one file per request, named by the hash
// of everything that shapes the reply (the endpoint, model, prompt version,
// parameters and the chunk's messages). Only replies that parsed are stored, so a cached
// chunk never costs a request again.
type cache struct {
	dir string
}

// cached is one stored reply.
type cached struct {
	Content          string `json:"content"`
	PromptTokens     int    `json:"prompt_tokens"`
	CompletionTokens int    `json:"completion_tokens"`
}

// cacheKey hashes the parts of a request that decide its answer.
func cacheKey(parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		fmt.Fprintf(h, "%d:%s\x00", len(p), p)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// endpointID names the server a client calls, for the cache key: the API
// type, the base URL (without a trailing slash) and, for Azure, the API
// version. It is a hash, so that a base URL carrying a token in its query
// never appears anywhere as it is; the API key is not part of it at all
// (rotating a key does not change the server's answers).
func endpointID(apiType, baseURL, apiVersion string) string {
	if apiType != APIAzure {
		apiVersion = "" // only Azure sends it
	}
	return cacheKey("endpoint", apiType, strings.TrimRight(baseURL, "/"), apiVersion)
}

func (c *cache) path(key string) string {
	return filepath.Join(c.dir, key[:2], key+".json")
}

// get returns the stored reply for key. A missing or unreadable entry is a
// miss: the cache only ever saves work.
func (c *cache) get(key string) (cached, bool) {
	if c == nil {
		return cached{}, false
	}
	b, err := os.ReadFile(c.path(key))
	if err != nil {
		return cached{}, false
	}
	var v cached
	if json.Unmarshal(b, &v) != nil {
		return cached{}, false
	}
	return v, true
}

// put stores a reply atomically (temp file and rename), so that concurrent
// runs never read half an entry.
func (c *cache) put(key string, v cached) error {
	if c == nil {
		return nil
	}
	p := c.path(key)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return fmt.Errorf("llm: cache: %w", err)
	}
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("llm: cache: %w", err)
	}
	f, err := os.CreateTemp(filepath.Dir(p), ".tmp-*")
	if err != nil {
		return fmt.Errorf("llm: cache: %w", err)
	}
	_, werr := f.Write(b)
	cerr := f.Close()
	if err := errors.Join(werr, cerr); err != nil {
		os.Remove(f.Name())
		return fmt.Errorf("llm: cache: %w", err)
	}
	if err := os.Rename(f.Name(), p); err != nil {
		os.Remove(f.Name())
		return fmt.Errorf("llm: cache: %w", err)
	}
	return nil
}

// DefaultCacheDir is the user cache directory's whosaid/llm, or "" when the
// system has none.
func DefaultCacheDir() string {
	d, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	return filepath.Join(d, "whosaid", "llm")
}
