// Package crosscheck holds the LLM's records against the text and against
// the rule engine.
//
// verify (merge.go) locates every LLM quote in the text, exactly or after
// normalising white space, quote marks, apostrophes and dashes (locate.go),
// as a span that cuts no word or character in two, and rejects the rest as
// not_in_text; offsets always come from the project, never from the model.
// match (merge.go) pairs LLM and rule records by overlapping spans and
// labels each record agree, conflict, llm_only or rules_only; explicit.go
// settles a speaker conflict by the attribution written next to the quote
// (the name nearer the cue when the sentence names both). pipeline.go runs
// it all on an article and falls back to the rules-only document when the
// LLM gives nothing usable.
package crosscheck
