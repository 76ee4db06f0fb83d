// Package llmtest is a scripted OpenAI-compatible chat completions server
// for tests: an httptest server on loopback that answers each request with
// the next scripted Reply. No network, no model.
package llmtest

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sync"
	"testing"
	"time"
)

// Reply is one scripted answer.
type Reply struct {
	Status  int               // 0 is 200
	Header  map[string]string // e.g. Retry-After
	Content string            // the assistant message of a 200 reply
	Body    string            // sent as is instead of a completion built from Content
	Hang    bool              // answer nothing until the client gives up

	PromptTokens, CompletionTokens int
}

// Request is what the server received.
type Request struct {
	Path   string
	Query  url.Values
	Header http.Header
	Body   []byte
}

// Decoded returns the request body as a generic JSON object.
func (r Request) Decoded() map[string]any {
	var m map[string]any
	_ = json.Unmarshal(r.Body, &m)
	return m
}

// Messages returns the contents of the request's messages, in order.
func (r Request) Messages() []string {
	var b struct {
		Messages []struct{ Content string } `json:"messages"`
	}
	_ = json.Unmarshal(r.Body, &b)
	var out []string
	for _, m := range b.Messages {
		out = append(out, m.Content)
	}
	return out
}

// Server answers chat completions from a script.
type Server struct {
	*httptest.Server
	respond func(n int, req Request) Reply

	mu       sync.Mutex
	requests []Request
}

// NewServer answers the n-th request with replies[n]; past the end of the
// script the last reply repeats. It is closed when the test ends.
func NewServer(t testing.TB, replies ...Reply) *Server {
	t.Helper()
	if len(replies) == 0 {
		t.Fatal("llmtest: no replies scripted")
	}
	return NewServerFunc(t, func(n int, _ Request) Reply {
		return replies[min(n, len(replies)-1)]
	})
}

// NewServerFunc answers with whatever respond returns for the n-th request
// (from 0).
func NewServerFunc(t testing.TB, respond func(n int, req Request) Reply) *Server {
	t.Helper()
	s := &Server{respond: respond}
	s.Server = httptest.NewServer(http.HandlerFunc(s.handle))
	t.Cleanup(s.Close)
	return s
}

// URL of the API, to use as the base URL (…/v1).
func (s *Server) BaseURL() string { return s.URL + "/v1" }

// Requests returns the requests received so far.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.requests...)
}

// Count is the number of requests received.
func (s *Server) Count() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.requests)
}

func (s *Server) handle(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	req := Request{Path: r.URL.Path, Query: r.URL.Query(), Header: r.Header.Clone(), Body: body}
	s.mu.Lock()
	n := len(s.requests)
	s.requests = append(s.requests, req)
	s.mu.Unlock()
	rep := s.respond(n, req)
	if rep.Hang {
		select {
		case <-r.Context().Done():
		case <-time.After(30 * time.Second):
		}
		return
	}
	for k, v := range rep.Header {
		w.Header().Set(k, v)
	}
	status := rep.Status
	if status == 0 {
		status = http.StatusOK
	}
	out := rep.Body
	if out == "" && status == http.StatusOK {
		out = Completion(rep.Content, rep.PromptTokens, rep.CompletionTokens)
	}
	if out == "" {
		out = fmt.Sprintf(`{"error": {"message": "scripted status %d", "type": "server_error"}}`, status)
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	io.WriteString(w, out)
}

// Completion is a chat completion body with content as the assistant's
// message.
func Completion(content string, promptTokens, completionTokens int) string {
	b, _ := json.Marshal(map[string]any{
		"id":      "chatcmpl-test",
		"object":  "chat.completion",
		"created": 1700000000,
		"model":   "test-model",
		"choices": []any{map[string]any{
			"index":         0,
			"message":       map[string]any{"role": "assistant", "content": content},
			"finish_reason": "stop",
		}},
		"usage": map[string]any{
			"prompt_tokens":     promptTokens,
			"completion_tokens": completionTokens,
			"total_tokens":      promptTokens + completionTokens,
		},
	})
	return string(b)
}

// Quotes renders records as the JSON object the model is asked for. Each
// record is given as field/value pairs; missing fields are empty strings.
func Quotes(recs ...map[string]string) string {
	fields := []string{"quote", "type", "speaker", "speaker_mention", "speaker_kind", "role", "affiliation", "cue"}
	list := make([]map[string]string, 0, len(recs))
	for _, r := range recs {
		m := map[string]string{}
		for _, f := range fields {
			m[f] = r[f]
		}
		list = append(list, m)
	}
	b, _ := json.Marshal(map[string]any{"quotes": list})
	return string(b)
}
