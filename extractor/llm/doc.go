// Package llm asks a chat model, through any OpenAI-compatible endpoint
// (OpenAI, Azure OpenAI, Ollama, vLLM, llama.cpp server, LM Studio), for the
// quotes of an article. Its records are unverified claims about the text:
// package crosscheck locates them and holds them against the rule engine.
//
// client.go builds requests (response_format json_schema strict, falling
// back to json_object, then to plain JSON in the reply; a lower format is
// kept for the run once it has worked), repairs a bad reply
// once and accounts for usage; chunk.go cuts articles into whole-paragraph
// chunks by a token budget; parse.go reads replies; transport.go retries
// under go-openai (which has no retries and drops response headers) with
// backoff, jitter and a capped Retry-After, and sends temperature 0, which
// go-openai's omitempty field would drop; limiter.go paces requests per
// minute; cache.go keeps replies on disk.
package llm
