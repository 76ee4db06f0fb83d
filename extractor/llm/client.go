package llm

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	openai "github.com/sashabaranov/go-openai"

	"github.com/whosaid/whosaid/extractor"
	"github.com/whosaid/whosaid/prompts"
)

// DefaultAzureAPIVersion is the Azure OpenAI API version used when none is
// configured: the first generally available one with json_schema replies.
const DefaultAzureAPIVersion = "2024-10-21"

// Errors.
var (
	// ErrConfig is matched by every error about the configuration.
	ErrConfig = errors.New("llm: invalid configuration")
	// ErrBadReply: the reply was not the JSON asked for, even after the
	// repair request.
	ErrBadReply = errors.New("llm: unusable reply")
	// ErrBudget: the article's token budget (max tokens per article) was
	// spent before this chunk.
	ErrBudget = errors.New("llm: token budget of the article spent")
)

// API types.
const (
	APIOpenAI = "openai" // OpenAI and every OpenAI-compatible server
	APIAzure  = "azure"  // Azure OpenAI: model is the deployment name
)

// Config configures the client. Zero values get the defaults noted.
type Config struct {
	BaseURL    string // "" is OpenAI's; Ollama: http://localhost:11434/v1
	APIKey     string // never logged; may be empty for local servers
	Model      string // required; the deployment name on Azure
	APIType    string // openai (default) or azure
	APIVersion string // Azure only; "" is DefaultAzureAPIVersion

	Temperature     float64 // 0 is sent as 0 (go-openai would drop it)
	MaxOutputTokens int     // 0: the server's default

	Timeout           time.Duration // per attempt; default 60s
	MaxRetries        int           // after the first attempt; default 0 (see DefaultConfig)
	RetryBaseDelay    time.Duration // first backoff; default 500ms
	MaxRetryWait      time.Duration // cap of a backoff or a Retry-After; default 30s
	Concurrency       int           // requests in flight, across articles; default 4
	RequestsPerMinute int           // 0: no limit

	ChunkTokens         int // estimated tokens of article text per request; default 2000
	MaxTokensPerArticle int // prompt+completion tokens per article; 0: no cap

	CacheDir string // "" disables the response cache

	Prompts *prompts.Set // nil: the embedded templates
	Log     *slog.Logger // nil: discard

	// Transport is the HTTP transport under the retries; nil is a clone of
	// http.DefaultTransport. The LLM endpoint is the user's own
	// configuration, so it deliberately does not go through the fetch
	// package's private-address guard: Ollama on localhost must work.
	Transport http.RoundTripper
}

// DefaultConfig returns the defaults, retries included.
func DefaultConfig() Config {
	return Config{
		APIType:        APIOpenAI,
		Timeout:        60 * time.Second,
		MaxRetries:     3,
		RetryBaseDelay: 500 * time.Millisecond,
		MaxRetryWait:   30 * time.Second,
		Concurrency:    4,
		ChunkTokens:    2000,
	}
}

// chatter is the one call of go-openai the client makes.
type chatter interface {
	CreateChatCompletion(ctx context.Context, req openai.ChatCompletionRequest) (openai.ChatCompletionResponse, error)
}

// Response formats, tried in this order; a server that refuses one (HTTP
// 400 or 422) gets the next, for the rest of the run.
const (
	formatSchema int32 = iota // response_format json_schema, strict
	formatObject              // response_format json_object
	formatPlain               // no response_format: JSON asked for in the prompt
)

// Client extracts quotes with a chat model. It is safe for concurrent use;
// one client serves a whole batch so that the concurrency bound and the rate
// limit hold across articles.
type Client struct {
	cfg     Config
	api     chatter
	tr      *transport
	prompts *prompts.Set
	system  string
	cache   *cache
	// endpoint names the server in the cache key, so that the same model
	// name on another server never gets this one's replies.
	endpoint string
	sem      chan struct{}
	format   atomic.Int32
	log      *slog.Logger
}

// New returns a client for cfg.
func New(cfg Config) (*Client, error) {
	d := DefaultConfig()
	if cfg.APIType == "" {
		cfg.APIType = d.APIType
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = d.Timeout
	}
	if cfg.RetryBaseDelay <= 0 {
		cfg.RetryBaseDelay = d.RetryBaseDelay
	}
	if cfg.MaxRetryWait <= 0 {
		cfg.MaxRetryWait = d.MaxRetryWait
	}
	if cfg.Concurrency <= 0 {
		cfg.Concurrency = d.Concurrency
	}
	if cfg.ChunkTokens <= 0 {
		cfg.ChunkTokens = d.ChunkTokens
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	if cfg.Prompts == nil {
		cfg.Prompts = prompts.Default()
	}
	switch {
	case strings.TrimSpace(cfg.Model) == "":
		return nil, fmt.Errorf("%w: no model named (llm.model)", ErrConfig)
	case cfg.MaxRetries < 0:
		return nil, fmt.Errorf("%w: max retries must not be negative, got %d", ErrConfig, cfg.MaxRetries)
	case cfg.APIType == APIAzure && cfg.BaseURL == "":
		return nil, fmt.Errorf("%w: azure needs the resource's base URL (llm.base_url)", ErrConfig)
	case cfg.APIType != APIOpenAI && cfg.APIType != APIAzure:
		return nil, fmt.Errorf("%w: unknown API type %q; want openai or azure", ErrConfig, cfg.APIType)
	}
	base := cfg.Transport
	if base == nil {
		base = http.DefaultTransport.(*http.Transport).Clone()
	}
	tr := &transport{
		base:       base,
		maxRetries: cfg.MaxRetries,
		timeout:    cfg.Timeout,
		baseDelay:  cfg.RetryBaseDelay,
		maxDelay:   cfg.MaxRetryWait,
		limiter:    newLimiter(cfg.RequestsPerMinute),
		zeroTemp:   cfg.Temperature == 0 && !reasoningModel(cfg.Model),
		log:        cfg.Log,
		sleep:      sleepCtx,
		jitter:     fullJitter,
	}
	var oc openai.ClientConfig
	if cfg.APIType == APIAzure {
		oc = openai.DefaultAzureConfig(cfg.APIKey, cfg.BaseURL)
		// The model is the deployment name, as the user wrote it: go-openai
		// would otherwise rewrite it ("gpt-3.5" becomes "gpt-35") and call
		// a deployment that does not exist.
		oc.AzureModelMapperFunc = func(model string) string { return model }
		// go-openai's own default predates structured outputs, which would
		// quietly put every Azure run on the weakest reply format.
		oc.APIVersion = DefaultAzureAPIVersion
		if cfg.APIVersion != "" {
			oc.APIVersion = cfg.APIVersion
		}
	} else {
		oc = openai.DefaultConfig(cfg.APIKey)
		if cfg.BaseURL != "" {
			oc.BaseURL = strings.TrimRight(cfg.BaseURL, "/")
		}
	}
	// No http.Client timeout: the transport times each attempt, so that a
	// retry gets its own full timeout.
	oc.HTTPClient = &http.Client{Transport: tr}
	system, err := cfg.Prompts.System()
	if err != nil {
		return nil, err
	}
	c := &Client{
		cfg:     cfg,
		api:     openai.NewClientWithConfig(oc),
		tr:      tr,
		prompts: cfg.Prompts,
		system:  system,
		sem:     make(chan struct{}, cfg.Concurrency),
		log:     cfg.Log,
		// What the client actually calls, defaults filled in: an unset
		// base URL and OpenAI's own are the same server.
		endpoint: endpointID(cfg.APIType, oc.BaseURL, oc.APIVersion),
	}
	if cfg.CacheDir != "" {
		c.cache = &cache{dir: cfg.CacheDir}
	}
	return c, nil
}

// Model is the configured model.
func (c *Client) Model() string { return c.cfg.Model }

// PromptVersion is the version of the prompt templates in use.
func (c *Client) PromptVersion() string { return c.prompts.Version() }

// ChunkResult says how one chunk went.
type ChunkResult struct {
	Lo, Hi int   // paragraphs [Lo, Hi)
	Cached bool  // answered from the cache
	Err    error // nil when the model answered; the chunk falls back to rules
}

// Result is what the model said about one article.
type Result struct {
	Records []Record // in chunk order, unverified
	Chunks  []ChunkResult
	Usage   extractor.Usage
}

// Failed reports whether no chunk got an answer.
func (r *Result) Failed() bool {
	for _, ch := range r.Chunks {
		if ch.Err == nil {
			return false
		}
	}
	return true
}

// Extract asks the model for the quotes of an article, one request per
// chunk of paragraphs. A chunk that fails (after retries and one repair)
// is reported in Result.Chunks and does not stop the others; the error is
// only ctx's.
//
// With a token cap per article the chunks go one after the other, so that
// the cap is checked between them; otherwise they run concurrently, within
// the client's concurrency bound.
func (c *Client) Extract(ctx context.Context, paragraphs []string) (*Result, error) {
	chunks := split(paragraphs, c.cfg.ChunkTokens)
	res := &Result{Chunks: make([]ChunkResult, len(chunks))}
	recs := make([][]Record, len(chunks))
	var (
		requests atomic.Int64
		spent    atomic.Int64
		mu       sync.Mutex // guards res.Usage
	)
	ctx = withCounter(ctx, &requests)
	one := func(k int) {
		ch := chunks[k]
		out, u, cached, err := c.chunk(ctx, paragraphs, ch, &spent)
		for i := range out {
			out[i].Lo, out[i].Hi = ch.lo, ch.hi
		}
		recs[k] = out
		res.Chunks[k] = ChunkResult{Lo: ch.lo, Hi: ch.hi, Cached: cached, Err: err}
		mu.Lock()
		res.Usage.PromptTokens += u.PromptTokens
		res.Usage.CompletionTokens += u.CompletionTokens
		if cached {
			res.Usage.CacheHits++
		}
		mu.Unlock()
	}
	if c.cfg.MaxTokensPerArticle > 0 {
		for k := range chunks {
			one(k)
		}
	} else {
		var wg sync.WaitGroup
		for k := range chunks {
			wg.Go(func() { one(k) })
		}
		wg.Wait()
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("llm: %w", err)
	}
	for _, r := range recs {
		res.Records = append(res.Records, r...)
	}
	res.Usage.Requests = int(requests.Load())
	return res, nil
}

// chunk gets the records of one chunk: from the cache, else from the model
// with one repair attempt.
func (c *Client) chunk(ctx context.Context, paragraphs []string, ch chunk, spent *atomic.Int64) ([]Record, extractor.Usage, bool, error) {
	var u extractor.Usage
	pc := prompts.Chunk{}
	var texts []string
	for _, i := range ch.context {
		pc.Context = append(pc.Context, prompts.Paragraph{Index: i, Text: paragraphs[i]})
		texts = append(texts, paragraphs[i])
	}
	for i := ch.lo; i < ch.hi; i++ {
		pc.Paragraphs = append(pc.Paragraphs, prompts.Paragraph{Index: i, Text: paragraphs[i]})
		texts = append(texts, paragraphs[i])
	}
	pc.Tag = prompts.FenceTag(texts...)
	user, err := c.prompts.User(pc)
	if err != nil {
		return nil, u, false, err
	}
	key := cacheKey("v2", c.endpoint, c.cfg.Model, c.prompts.Version(),
		strconv.FormatFloat(c.cfg.Temperature, 'g', -1, 64), strconv.Itoa(c.cfg.MaxOutputTokens), user)
	if hit, ok := c.cache.get(key); ok {
		if recs, err := parseReply(hit.Content); err == nil {
			return recs, u, true, nil
		}
	}
	if limit := int64(c.cfg.MaxTokensPerArticle); limit > 0 && spent.Load() >= limit {
		return nil, u, false, ErrBudget
	}

	msgs := []openai.ChatCompletionMessage{
		{Role: openai.ChatMessageRoleSystem, Content: c.system},
		{Role: openai.ChatMessageRoleUser, Content: user},
	}
	content, err := c.send(ctx, msgs, &u, spent)
	if err != nil {
		return nil, u, false, err
	}
	recs, perr := parseReply(content)
	if perr != nil {
		c.log.Debug("llm reply unusable; asking for a repair", "chunk", fmt.Sprintf("%d-%d", ch.lo, ch.hi-1), "problem", perr)
		fix, err := c.prompts.Repair(perr.Error())
		if err != nil {
			return nil, u, false, err
		}
		msgs = append(msgs,
			openai.ChatCompletionMessage{Role: openai.ChatMessageRoleAssistant, Content: content},
			openai.ChatCompletionMessage{Role: openai.ChatMessageRoleUser, Content: fix})
		if content, err = c.send(ctx, msgs, &u, spent); err != nil {
			return nil, u, false, err
		}
		if recs, perr = parseReply(content); perr != nil {
			return nil, u, false, fmt.Errorf("%w: %v (after one repair attempt)", ErrBadReply, perr)
		}
	}
	if err := c.cache.put(key, cached{Content: content, PromptTokens: u.PromptTokens, CompletionTokens: u.CompletionTokens}); err != nil {
		// A cache that cannot be written costs money on the next run, not
		// this result.
		c.log.Warn("llm response not cached", "error", err)
	}
	return recs, u, false, nil
}

// send makes one chat completion, within the concurrency bound, stepping
// down the response formats when the server refuses one.
func (c *Client) send(ctx context.Context, msgs []openai.ChatCompletionMessage, u *extractor.Usage, spent *atomic.Int64) (string, error) {
	select {
	case c.sem <- struct{}{}:
	case <-ctx.Done():
		return "", ctx.Err()
	}
	defer func() { <-c.sem }()
	f := c.format.Load()
	for {
		resp, err := c.api.CreateChatCompletion(ctx, c.request(msgs, f))
		if err != nil {
			if f < formatPlain && formatRefused(err) {
				c.log.Debug("llm server refused the request; trying the next response format", "format", f, "error", c.redact(err.Error()))
				f++
				continue
			}
			return "", c.describe(err)
		}
		// A 400 may have other causes than the response format (a chunk
		// over the context window): the step down is kept for the rest of
		// the run only once a lower format has actually worked.
		for {
			cur := c.format.Load()
			if f <= cur || c.format.CompareAndSwap(cur, f) {
				break
			}
		}
		pt, ct := resp.Usage.PromptTokens, resp.Usage.CompletionTokens
		if pt == 0 && ct == 0 {
			// Some servers report no usage: estimate, so that the cap
			// still works.
			for _, m := range msgs {
				pt += estimateTokens(m.Content)
			}
			if len(resp.Choices) > 0 {
				ct = estimateTokens(resp.Choices[0].Message.Content)
			}
		}
		u.PromptTokens += pt
		u.CompletionTokens += ct
		spent.Add(int64(pt + ct))
		if len(resp.Choices) == 0 {
			return "", fmt.Errorf("%w: the reply has no choices", ErrBadReply)
		}
		return resp.Choices[0].Message.Content, nil
	}
}

func (c *Client) request(msgs []openai.ChatCompletionMessage, f int32) openai.ChatCompletionRequest {
	req := openai.ChatCompletionRequest{
		Model:       c.cfg.Model,
		Messages:    msgs,
		Temperature: float32(c.cfg.Temperature),
	}
	switch {
	case reasoningModel(c.cfg.Model):
		// Reasoning models fix the temperature and take only
		// max_completion_tokens (go-openai refuses max_tokens for them).
		req.Temperature = 0
		req.MaxCompletionTokens = c.cfg.MaxOutputTokens
	case c.cfg.MaxOutputTokens > 0:
		// max_tokens, not max_completion_tokens: local servers know it.
		req.MaxTokens = c.cfg.MaxOutputTokens
	}
	switch f {
	case formatSchema:
		req.ResponseFormat = &openai.ChatCompletionResponseFormat{
			Type: openai.ChatCompletionResponseFormatTypeJSONSchema,
			JSONSchema: &openai.ChatCompletionResponseFormatJSONSchema{
				Name:   "quotes",
				Schema: json.RawMessage(replySchema),
				Strict: true,
			},
		}
	case formatObject:
		req.ResponseFormat = &openai.ChatCompletionResponseFormat{Type: openai.ChatCompletionResponseFormatTypeJSONObject}
	}
	return req
}

// statusOf returns the HTTP status of a go-openai error, or 0.
func statusOf(err error) int {
	var ae *openai.APIError
	if errors.As(err, &ae) {
		return ae.HTTPStatusCode
	}
	var re *openai.RequestError
	if errors.As(err, &re) {
		return re.HTTPStatusCode
	}
	return 0
}

// formatRefused tells a server that does not know a response format from
// other failures: it answers 400 or 422 to the request as a whole.
func formatRefused(err error) bool {
	s := statusOf(err)
	return s == http.StatusBadRequest || s == http.StatusUnprocessableEntity
}

// describe makes a short error of a go-openai error: RequestError carries
// the whole body, which may be a page of HTML. The key is cut out of it:
// some proxies echo the key they refused, and the error ends up in the
// document's warnings.
func (c *Client) describe(err error) error {
	var ae *openai.APIError
	if errors.As(err, &ae) {
		return fmt.Errorf("llm: server answered %d: %s", ae.HTTPStatusCode, clip(c.redact(ae.Message), 200))
	}
	var re *openai.RequestError
	if errors.As(err, &re) {
		return fmt.Errorf("llm: server answered %d: %s", re.HTTPStatusCode, clip(c.redact(strings.Join(strings.Fields(string(re.Body)), " ")), 200))
	}
	if msg := err.Error(); c.redact(msg) != msg {
		return fmt.Errorf("llm: %s", c.redact(msg))
	}
	return fmt.Errorf("llm: %w", err)
}

// redact replaces the API key in s.
func (c *Client) redact(s string) string {
	if k := strings.TrimSpace(c.cfg.APIKey); len(k) >= 4 {
		s = strings.ReplaceAll(s, k, "****")
	}
	return s
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

func utf8RuneStart(b byte) bool { return b&0xC0 != 0x80 }

// reasoningModel reports whether the model takes no temperature and no
// max_tokens: OpenAI's o series and gpt-5, recognised by the same name
// prefixes go-openai checks (it refuses max_tokens for them).
func reasoningModel(model string) bool {
	for _, p := range []string{"o1", "o3", "o4", "gpt-5"} {
		if strings.HasPrefix(model, p) {
			return true
		}
	}
	return false
}
