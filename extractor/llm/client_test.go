package llm

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/whosaid/whosaid/extractor/llm/llmtest"
	"github.com/whosaid/whosaid/prompts"
)

var paragraphs = []string{
	`"The tunnel opens in May," said Ines Varga, the city's transport chief.`,
	`She added that the old bridge would close for repairs.`,
}

var okReply = llmtest.Quotes(map[string]string{"quote": "The tunnel opens in May,", "type": "direct", "speaker": "Ines Varga", "speaker_kind": "person", "cue": "said"})

func testConfig(srv *llmtest.Server) Config {
	c := DefaultConfig()
	c.BaseURL = srv.BaseURL()
	c.APIKey = "sk-test"
	c.Model = "m-1"
	c.MaxRetries = 2
	c.RetryBaseDelay = time.Millisecond
	c.MaxRetryWait = 20 * time.Millisecond
	return c
}

func TestRetries(t *testing.T) {
	tests := []struct {
		name      string
		replies   []llmtest.Reply
		retries   int
		wantReqs  int
		wantErr   string // "" for success
		wantWaits []time.Duration
	}{
		{name: "429 with Retry-After in seconds, capped", retries: 2, wantReqs: 2,
			replies:   []llmtest.Reply{{Status: 429, Header: map[string]string{"Retry-After": "7"}}, {Content: okReply}},
			wantWaits: []time.Duration{20 * time.Millisecond}},
		{name: "429 with a short Retry-After", retries: 2, wantReqs: 2,
			replies:   []llmtest.Reply{{Status: 429, Header: map[string]string{"Retry-After": "0"}}, {Content: okReply}},
			wantWaits: []time.Duration{0}},
		{name: "503 then success", retries: 2, wantReqs: 2,
			replies: []llmtest.Reply{{Status: 503}, {Content: okReply}}, wantWaits: []time.Duration{-1}},
		{name: "retries are bounded", retries: 2, wantReqs: 3,
			replies: []llmtest.Reply{{Status: 502}}, wantErr: "server answered 502", wantWaits: []time.Duration{-1, -1}},
		{name: "no retries configured", retries: 0, wantReqs: 1,
			replies: []llmtest.Reply{{Status: 500}}, wantErr: "server answered 500"},
		{name: "401 is not retried", retries: 2, wantReqs: 1,
			replies: []llmtest.Reply{{Status: 401, Body: `{"error": {"message": "bad key", "type": "auth"}}`}}, wantErr: "server answered 401: bad key"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := llmtest.NewServer(t, tt.replies...)
			cfg := testConfig(srv)
			cfg.MaxRetries = tt.retries
			c, err := New(cfg)
			if err != nil {
				t.Fatal(err)
			}
			var waits []time.Duration
			tr := c.transport()
			tr.sleep = func(ctx context.Context, d time.Duration) error { waits = append(waits, d); return nil }
			res, err := c.Extract(context.Background(), paragraphs)
			if err != nil {
				t.Fatal(err)
			}
			if got := srv.Count(); got != tt.wantReqs {
				t.Errorf("requests: got %d, want %d", got, tt.wantReqs)
			}
			if res.Usage.Requests != tt.wantReqs {
				t.Errorf("usage requests: got %d, want %d", res.Usage.Requests, tt.wantReqs)
			}
			cerr := res.Chunks[0].Err
			switch {
			case tt.wantErr == "" && cerr != nil:
				t.Errorf("chunk error: got %v, want none", cerr)
			case tt.wantErr != "" && (cerr == nil || !strings.Contains(cerr.Error(), tt.wantErr)):
				t.Errorf("chunk error: got %v, want one containing %q", cerr, tt.wantErr)
			}
			if len(waits) != len(tt.wantWaits) {
				t.Fatalf("waits: got %v, want %d of them", waits, len(tt.wantWaits))
			}
			for i, w := range tt.wantWaits {
				if w >= 0 && waits[i] != w {
					t.Errorf("wait %d: got %v, want %v", i, waits[i], w)
				}
				if w < 0 && (waits[i] <= 0 || waits[i] > cfg.MaxRetryWait) {
					t.Errorf("backoff %d: got %v, want within (0, %v]", i, waits[i], cfg.MaxRetryWait)
				}
			}
		})
	}
}

func TestTimeoutPerAttempt(t *testing.T) {
	srv := llmtest.NewServer(t, llmtest.Reply{Hang: true}, llmtest.Reply{Content: okReply})
	cfg := testConfig(srv)
	cfg.Timeout = 50 * time.Millisecond
	c, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	res, err := c.Extract(context.Background(), paragraphs)
	if err != nil {
		t.Fatal(err)
	}
	if res.Chunks[0].Err != nil || len(res.Records) != 1 {
		t.Errorf("got error %v and %d records, want the retry to succeed with 1", res.Chunks[0].Err, len(res.Records))
	}
	if el := time.Since(start); el > 5*time.Second {
		t.Errorf("took %v: the hung attempt was not cut at its timeout", el)
	}
}

func TestTemperatureZeroIsSent(t *testing.T) {
	for _, temp := range []float64{0, 0.7} {
		srv := llmtest.NewServer(t, llmtest.Reply{Content: okReply})
		cfg := testConfig(srv)
		cfg.Temperature = temp
		c, err := New(cfg)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := c.Extract(context.Background(), paragraphs); err != nil {
			t.Fatal(err)
		}
		body := srv.Requests()[0].Decoded()
		got, ok := body["temperature"].(float64)
		if !ok || float32(got) != float32(temp) {
			t.Errorf("temperature %v: request has %v (present %v)", temp, body["temperature"], ok)
		}
	}
}

func TestResponseFormatFallback(t *testing.T) {
	// A server that knows neither json_schema nor json_object, as some
	// local servers do: 400 to both, then the plain request works.
	srv := llmtest.NewServerFunc(t, func(n int, req llmtest.Request) llmtest.Reply {
		if _, ok := req.Decoded()["response_format"]; ok {
			return llmtest.Reply{Status: 400, Body: `{"error": {"message": "response_format not supported", "type": "invalid_request_error"}}`}
		}
		return llmtest.Reply{Content: "Here you are:\n```json\n" + okReply + "\n```"}
	})
	c, err := New(testConfig(srv))
	if err != nil {
		t.Fatal(err)
	}
	for run := 0; run < 2; run++ {
		res, err := c.Extract(context.Background(), paragraphs)
		if err != nil {
			t.Fatal(err)
		}
		if res.Chunks[0].Err != nil || len(res.Records) != 1 {
			t.Fatalf("run %d: got error %v and %d records, want 1 record", run, res.Chunks[0].Err, len(res.Records))
		}
	}
	var formats []string
	for _, r := range srv.Requests() {
		f := "none"
		if rf, ok := r.Decoded()["response_format"].(map[string]any); ok {
			f = rf["type"].(string)
			if f == "json_schema" {
				js := rf["json_schema"].(map[string]any)
				if js["strict"] != true || js["schema"] == nil {
					t.Errorf("json_schema request: got %v, want strict with a schema", js)
				}
			}
		}
		formats = append(formats, f)
	}
	// The second run starts where the first ended.
	if got, want := strings.Join(formats, ","), "json_schema,json_object,none,none"; got != want {
		t.Errorf("formats tried: got %s, want %s", got, want)
	}
}

func TestAuthAndAzure(t *testing.T) {
	t.Run("openai bearer", func(t *testing.T) {
		srv := llmtest.NewServer(t, llmtest.Reply{Content: okReply})
		c, _ := New(testConfig(srv))
		c.Extract(context.Background(), paragraphs)
		r := srv.Requests()[0]
		if r.Path != "/v1/chat/completions" || r.Header.Get("Authorization") != "Bearer sk-test" {
			t.Errorf("got path %s auth %q", r.Path, r.Header.Get("Authorization"))
		}
	})
	t.Run("no key sends no header (Ollama)", func(t *testing.T) {
		srv := llmtest.NewServer(t, llmtest.Reply{Content: okReply})
		cfg := testConfig(srv)
		cfg.APIKey = ""
		c, _ := New(cfg)
		c.Extract(context.Background(), paragraphs)
		if h := srv.Requests()[0].Header.Get("Authorization"); h != "" {
			t.Errorf("Authorization: got %q, want none", h)
		}
	})
	t.Run("azure deployment and api-key", func(t *testing.T) {
		srv := llmtest.NewServer(t, llmtest.Reply{Content: okReply})
		cfg := testConfig(srv)
		// The deployment name is used as written: go-openai would drop
		// the dot of a "3.5" name.
		cfg.APIType, cfg.BaseURL, cfg.APIVersion, cfg.Model = APIAzure, srv.URL, "2024-10-21", "quotes-gpt-3.5-turbo"
		c, err := New(cfg)
		if err != nil {
			t.Fatal(err)
		}
		res, _ := c.Extract(context.Background(), paragraphs)
		r := srv.Requests()[0]
		if r.Path != "/openai/deployments/quotes-gpt-3.5-turbo/chat/completions" || r.Header.Get("api-key") != "sk-test" || res.Chunks[0].Err != nil {
			t.Errorf("got path %s api-key %q err %v", r.Path, r.Header.Get("api-key"), res.Chunks[0].Err)
		}
		if r.Header.Get("Authorization") != "" {
			t.Errorf("Authorization: got %q, want none on Azure", r.Header.Get("Authorization"))
		}
	})
	t.Run("azure default api-version supports json_schema", func(t *testing.T) {
		srv := llmtest.NewServer(t, llmtest.Reply{Content: okReply})
		cfg := testConfig(srv)
		cfg.APIType, cfg.BaseURL, cfg.APIVersion, cfg.Model = APIAzure, srv.URL, "", "quotes"
		c, err := New(cfg)
		if err != nil {
			t.Fatal(err)
		}
		c.Extract(context.Background(), paragraphs)
		if got := srv.Requests()[0].Query.Get("api-version"); got != DefaultAzureAPIVersion {
			t.Errorf("api-version: got %q, want %q", got, DefaultAzureAPIVersion)
		}
	})
}

func TestConfigErrors(t *testing.T) {
	for name, cfg := range map[string]Config{
		"no model":       {},
		"azure no url":   {Model: "m", APIType: APIAzure},
		"unknown type":   {Model: "m", APIType: "bedrock"},
		"negative retry": {Model: "m", MaxRetries: -1},
	} {
		if _, err := New(cfg); !errors.Is(err, ErrConfig) {
			t.Errorf("%s: got %v, want ErrConfig", name, err)
		}
	}
}

func TestBudget(t *testing.T) {
	srv := llmtest.NewServer(t, llmtest.Reply{Content: okReply, PromptTokens: 500, CompletionTokens: 100})
	cfg := testConfig(srv)
	cfg.ChunkTokens = 10 // one paragraph a chunk
	cfg.MaxTokensPerArticle = 300
	c, _ := New(cfg)
	res, err := c.Extract(context.Background(), paragraphs)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Chunks) != 2 || res.Chunks[0].Err != nil || !errors.Is(res.Chunks[1].Err, ErrBudget) {
		t.Fatalf("chunks: got %+v, want the first answered and the second over budget", res.Chunks)
	}
	if srv.Count() != 1 {
		t.Errorf("requests: got %d, want 1", srv.Count())
	}
}

func TestCacheKey(t *testing.T) {
	srv := llmtest.NewServer(t, llmtest.Reply{Content: okReply})
	dir := t.TempDir()
	run := func(mod func(*Config)) *Result {
		cfg := testConfig(srv)
		cfg.CacheDir = dir
		if mod != nil {
			mod(&cfg)
		}
		c, err := New(cfg)
		if err != nil {
			t.Fatal(err)
		}
		res, err := c.Extract(context.Background(), paragraphs)
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	run(nil)
	if r := run(nil); r.Usage.CacheHits != 1 || srv.Count() != 1 {
		t.Fatalf("same request: got %d cache hits and %d requests, want 1 and 1", r.Usage.CacheHits, srv.Count())
	}
	changed := map[string]func(*Config){
		"model":       func(c *Config) { c.Model = "m-2" },
		"temperature": func(c *Config) { c.Temperature = 0.5 },
		"max tokens":  func(c *Config) { c.MaxOutputTokens = 512 },
		"prompts": func(c *Config) {
			d := t.TempDir()
			writeFile(t, d+"/repair.tmpl", "Fix it: {{.Error}}")
			ps, err := prompts.Load(d)
			if err != nil {
				t.Fatal(err)
			}
			c.Prompts = ps
		},
	}
	want := 1
	for name, mod := range changed {
		want++
		if r := run(mod); r.Usage.CacheHits != 0 || srv.Count() != want {
			t.Errorf("%s changed: got %d cache hits and %d requests, want 0 and %d", name, r.Usage.CacheHits, srv.Count(), want)
		}
	}
}

func TestChunksGetContext(t *testing.T) {
	srv := llmtest.NewServer(t, llmtest.Reply{Content: `{"quotes": []}`})
	cfg := testConfig(srv)
	cfg.ChunkTokens = 25 // one paragraph a chunk, the first fitting as context
	c, _ := New(cfg)
	res, err := c.Extract(context.Background(), paragraphs)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Chunks) != 2 || srv.Count() != 2 {
		t.Fatalf("got %d chunks and %d requests, want 2 and 2", len(res.Chunks), srv.Count())
	}
	var second string
	for _, r := range srv.Requests() {
		if u := r.Messages()[1]; strings.Contains(u, "[1] She added") {
			second = u
		}
	}
	ctx := strings.Index(second, "CONTEXT (do not extract):\n[0] \"The tunnel opens")
	ext := strings.Index(second, "EXTRACT:\n[1] She added")
	if ctx < 0 || ext < ctx {
		t.Errorf("second chunk: want the first paragraph as context before its own:\n%s", second)
	}
}

func TestConcurrencyBound(t *testing.T) {
	var mu sync.Mutex
	inFlight, peak := 0, 0
	srv := llmtest.NewServerFunc(t, func(n int, _ llmtest.Request) llmtest.Reply {
		mu.Lock()
		inFlight++
		peak = max(peak, inFlight)
		mu.Unlock()
		time.Sleep(20 * time.Millisecond)
		mu.Lock()
		inFlight--
		mu.Unlock()
		return llmtest.Reply{Content: `{"quotes": []}`}
	})
	cfg := testConfig(srv)
	cfg.ChunkTokens = 10
	cfg.Concurrency = 2
	c, _ := New(cfg)
	many := make([]string, 8)
	for i := range many {
		many[i] = fmt.Sprintf("Paragraph %d says little of note here.", i)
	}
	// Two articles at once share the bound.
	var wg sync.WaitGroup
	for range 2 {
		wg.Go(func() {
			if _, err := c.Extract(context.Background(), many); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if srv.Count() != 16 {
		t.Errorf("requests: got %d, want 16", srv.Count())
	}
	if peak > 2 || peak < 1 {
		t.Errorf("peak requests in flight: got %d, want at most 2", peak)
	}
}

func TestReasoningModelRequest(t *testing.T) {
	tests := []struct {
		model    string
		wantTemp bool   // temperature present
		wantMax  string // which max field carries 300
	}{
		{"gpt-4o-mini", true, "max_tokens"},
		{"o3-mini", false, "max_completion_tokens"},
		{"gpt-5", false, "max_completion_tokens"},
		{"llama3.1:8b", true, "max_tokens"},
		{"o1-preview", false, "max_completion_tokens"},
		{"gpt-4o", true, "max_tokens"},
	}
	for _, tt := range tests {
		t.Run(tt.model, func(t *testing.T) {
			srv := llmtest.NewServer(t, llmtest.Reply{Content: okReply})
			cfg := testConfig(srv)
			cfg.Model = tt.model
			cfg.MaxOutputTokens = 300
			c, err := New(cfg)
			if err != nil {
				t.Fatal(err)
			}
			res, err := c.Extract(context.Background(), paragraphs)
			if err != nil || res.Chunks[0].Err != nil {
				t.Fatalf("got %v / %v", err, res.Chunks[0].Err)
			}
			body := srv.Requests()[0].Decoded()
			if _, ok := body["temperature"]; ok != tt.wantTemp {
				t.Errorf("temperature present: got %v, want %v (%v)", ok, tt.wantTemp, body["temperature"])
			}
			if body[tt.wantMax] != float64(300) {
				t.Errorf("%s: got %v, want 300; body %v", tt.wantMax, body[tt.wantMax], body)
			}
		})
	}
}

// A 400 that is not about the response format (a chunk over the context
// window) must not switch the whole run to plain JSON: only a lower format
// that then works is kept.
func TestFormatStepDownNeedsSuccess(t *testing.T) {
	srv := llmtest.NewServerFunc(t, func(n int, req llmtest.Request) llmtest.Reply {
		if strings.Contains(req.Messages()[1], "far too long") {
			return llmtest.Reply{Status: 400, Body: `{"error": {"message": "maximum context length is 8192 tokens", "type": "invalid_request_error"}}`}
		}
		return llmtest.Reply{Content: okReply}
	})
	c, err := New(testConfig(srv))
	if err != nil {
		t.Fatal(err)
	}
	res, err := c.Extract(context.Background(), []string{"A paragraph far too long for the model."})
	if err != nil {
		t.Fatal(err)
	}
	if e := res.Chunks[0].Err; e == nil || !strings.Contains(e.Error(), "server answered 400: maximum context length") {
		t.Errorf("chunk error: got %v, want the server's 400", e)
	}
	if srv.Count() != 3 {
		t.Errorf("requests for the refused chunk: got %d, want 3 (each format once)", srv.Count())
	}
	if _, err := c.Extract(context.Background(), paragraphs); err != nil {
		t.Fatal(err)
	}
	reqs := srv.Requests()
	rf, _ := reqs[len(reqs)-1].Decoded()["response_format"].(map[string]any)
	if rf == nil || rf["type"] != "json_schema" {
		t.Errorf("response format of the next article: got %v, want json_schema still", rf)
	}
}

// Some proxies echo the key they refused; the error, which ends up in the
// document's warnings, must not carry it.
func TestErrorsDoNotCarryTheKey(t *testing.T) {
	tests := []struct {
		name  string
		reply llmtest.Reply
	}{
		{"json error", llmtest.Reply{Status: 401, Body: `{"error": {"message": "Invalid key: sk-test-secret-123 was refused", "type": "auth"}}`}},
		{"plain body", llmtest.Reply{Status: 403, Body: `Forbidden. Received API Key = sk-test-secret-123`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := llmtest.NewServer(t, tt.reply)
			cfg := testConfig(srv)
			cfg.APIKey = "sk-test-secret-123"
			c, err := New(cfg)
			if err != nil {
				t.Fatal(err)
			}
			res, err := c.Extract(context.Background(), paragraphs)
			if err != nil {
				t.Fatal(err)
			}
			e := res.Chunks[0].Err
			if e == nil || strings.Contains(e.Error(), "secret-123") || !strings.Contains(e.Error(), "****") {
				t.Errorf("chunk error: got %v, want the key masked", e)
			}
		})
	}
}

// failFirst fails the first n round trips as a dropped connection would,
// then hands over to the real transport.
type failFirst struct {
	n    int
	mu   sync.Mutex
	base http.RoundTripper
}

func (f *failFirst) RoundTrip(r *http.Request) (*http.Response, error) {
	f.mu.Lock()
	fail := f.n > 0
	f.n--
	f.mu.Unlock()
	if fail {
		return nil, &net.OpError{Op: "read", Net: "tcp", Err: syscall.ECONNRESET}
	}
	return f.base.RoundTrip(r)
}

func TestNetworkErrorsAreRetried(t *testing.T) {
	tests := []struct {
		name     string
		failures int
		wantErr  bool
		wantReqs int // reaching the server
	}{
		{"one reset, then an answer", 1, false, 1},
		{"resets past the retries", 3, true, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := llmtest.NewServer(t, llmtest.Reply{Content: okReply})
			cfg := testConfig(srv) // two retries
			cfg.Transport = &failFirst{n: tt.failures, base: http.DefaultTransport}
			c, err := New(cfg)
			if err != nil {
				t.Fatal(err)
			}
			res, err := c.Extract(context.Background(), paragraphs)
			if err != nil {
				t.Fatal(err)
			}
			if e := res.Chunks[0].Err; (e != nil) != tt.wantErr || (e != nil && !strings.Contains(e.Error(), "connection reset")) {
				t.Errorf("chunk error: got %v, want error %v", e, tt.wantErr)
			}
			if srv.Count() != tt.wantReqs || res.Usage.Requests != min(tt.failures+1, 3) {
				t.Errorf("got %d requests at the server and %d counted, want %d and %d", srv.Count(), res.Usage.Requests, tt.wantReqs, min(tt.failures+1, 3))
			}
		})
	}
}

func TestBackoff(t *testing.T) {
	tr := &transport{baseDelay: 100 * time.Millisecond, maxDelay: time.Second, jitter: func(d time.Duration) time.Duration { return d }}
	want := []time.Duration{100, 200, 400, 800, 1000, 1000}
	for i, w := range want {
		if got := tr.backoff(i); got != w*time.Millisecond {
			t.Errorf("attempt %d: got %v, want %v", i, got, w*time.Millisecond)
		}
	}
	if got := tr.backoff(70); got != time.Second {
		t.Errorf("attempt 70: got %v, want the cap", got)
	}
	seen := map[time.Duration]bool{}
	for range 50 {
		d := fullJitter(time.Second)
		if d < 500*time.Millisecond || d > time.Second {
			t.Fatalf("jitter of 1s: got %v, want within [500ms, 1s]", d)
		}
		seen[d] = true
	}
	if len(seen) < 10 {
		t.Errorf("jitter: got %d distinct waits in 50, want them spread", len(seen))
	}
}
