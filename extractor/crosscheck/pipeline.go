package crosscheck

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"unicode/utf8"

	"github.com/whosaid/whosaid/extractor"
	"github.com/whosaid/whosaid/extractor/llm"
	"github.com/whosaid/whosaid/sources"
)

// Modes of a Pipeline.
const (
	ModeLLM    = "llm"    // LLM records, verified against the text; rules only where the LLM failed
	ModeHybrid = "hybrid" // LLM and rule records matched and labelled
)

// LLM is what the pipeline needs of the LLM stage; *llm.Client has it.
type LLM interface {
	Extract(ctx context.Context, paragraphs []string) (*llm.Result, error)
	Model() string
	PromptVersion() string
}

var _ LLM = (*llm.Client)(nil)

// Pipeline runs the rule engine and the LLM on an article and checks one
// against the other. It is safe for concurrent use when its engines are.
type Pipeline struct {
	Rules extractor.Engine
	LLM   LLM
	Mode  string       // ModeLLM or ModeHybrid
	Log   *slog.Logger // nil: discard
	// Classes, when not empty, are the cue classes whose records are kept
	// (extractor.KeepClasses).
	Classes []string
}

// Run extracts the quotes of art. When the LLM gives no usable answer at all
// (unreachable, failing after retries, out of budget), the document is the
// rules-only document plus a warning: a degraded result, not a lost one.
func (p *Pipeline) Run(ctx context.Context, art *sources.Article) (*extractor.Document, error) {
	capt := &capture{engine: p.Rules}
	doc, err := (&extractor.Pipeline{Engine: capt, Mode: extractor.MethodRules, Classes: p.Classes}).Run(ctx, art)
	if err != nil {
		return nil, err
	}
	if len(art.Paragraphs) == 0 {
		doc.Extractor = p.info(nil)
		doc.Rejected = []extractor.Rejected{}
		return doc, nil
	}
	text := doc.Text
	res, err := p.LLM.Extract(ctx, art.Paragraphs)
	if err != nil {
		return nil, fmt.Errorf("crosscheck: %w", err)
	}
	if res.Failed() {
		doc.Warnings = append(doc.Warnings, failedWarning(res))
		// The document says so; the log only helps someone watching a run.
		p.log().Info("llm gave no usable answer; rules only", "source", art.Source, "error", res.Chunks[0].Err)
		if u := res.Usage; u.PromptTokens+u.CompletionTokens > 0 {
			// The model answered, unusably: the mode is rules, but what
			// the answers cost is still reported. An endpoint that never
			// answered cost nothing, and the document is then exactly the
			// rules-only one plus the warning.
			doc.Extractor.Model = p.LLM.Model()
			doc.Extractor.PromptVersion = p.LLM.PromptVersion()
			doc.Extractor.Usage = &u
		}
		return doc, nil
	}
	out := p.merge(text, art.Paragraphs, capt.valid(text), res)
	qs, warns := extractor.Finalize(text, art.Paragraphs, out.quotes)
	doc.Quotes = extractor.KeepClasses(qs, p.Classes)
	doc.Warnings = append(doc.Warnings, out.warnings...)
	doc.Warnings = append(doc.Warnings, warns...)
	doc.Rejected = out.rejected
	doc.Extractor = p.info(&res.Usage)
	return doc, nil
}

// Extract makes the pipeline an extractor.Engine (for eval): the merged
// records with byte offsets; rules alone when the LLM fails.
func (p *Pipeline) Extract(ctx context.Context, paragraphs []string) ([]extractor.Quote, error) {
	rq, err := p.Rules.Extract(ctx, paragraphs)
	if err != nil {
		return nil, err
	}
	text := joinParagraphs(paragraphs)
	rq = validOnly(text, rq)
	res, err := p.LLM.Extract(ctx, paragraphs)
	if err != nil {
		return nil, fmt.Errorf("crosscheck: %w", err)
	}
	if res.Failed() {
		return rq, nil
	}
	return p.merge(text, paragraphs, rq, res).quotes, nil
}

type merged struct {
	quotes   []extractor.Quote // byte offsets
	rejected []extractor.Rejected
	warnings []string
}

func (p *Pipeline) merge(text string, paragraphs []string, rules []extractor.Quote, res *llm.Result) merged {
	pstart := paragraphStarts(paragraphs)
	covered := make([]bool, len(paragraphs))
	var warns []string
	for _, ch := range res.Chunks {
		if ch.Err == nil {
			for i := ch.Lo; i < ch.Hi; i++ {
				covered[i] = true
			}
			continue
		}
		warns = append(warns, chunkWarning(ch))
	}
	cov := func(para int) bool { return para >= 0 && para < len(covered) && covered[para] }
	ver, rejected, vw := verify(text, pstart, res.Records)
	warns = append(warns, vw...)
	var qs []extractor.Quote
	if p.Mode == ModeLLM {
		for _, v := range ver {
			qs = append(qs, v.q)
		}
		for _, r := range rules {
			if !cov(paragraphOf(pstart, r.Start)) {
				qs = append(qs, r) // the chunk failed: the rule engine stands in
			}
		}
	} else {
		qs = match(text, pstart, rules, ver, cov)
	}
	return merged{quotes: qs, rejected: rejected, warnings: warns}
}

func (p *Pipeline) info(u *extractor.Usage) extractor.Info {
	if u == nil {
		u = &extractor.Usage{}
	}
	return extractor.Info{
		Version:       extractor.Version,
		Mode:          p.Mode,
		Model:         p.LLM.Model(),
		PromptVersion: p.LLM.PromptVersion(),
		Usage:         u,
	}
}

func (p *Pipeline) log() *slog.Logger {
	if p.Log == nil {
		return slog.New(slog.DiscardHandler)
	}
	return p.Log
}

// WarnLLMFailed starts the warning of a document that fell back to rules
// entirely.
const WarnLLMFailed = "llm: no usable answer from the model"

func failedWarning(res *llm.Result) string {
	err := res.Chunks[0].Err
	if errors.Is(err, llm.ErrBudget) {
		return WarnLLMFailed + " (token budget of the article spent); the records come from the rule engine alone"
	}
	return fmt.Sprintf("%s (%v); the records come from the rule engine alone", WarnLLMFailed, err)
}

func chunkWarning(ch llm.ChunkResult) string {
	which := fmt.Sprintf("paragraph %d", ch.Lo)
	if ch.Hi-ch.Lo > 1 {
		which = fmt.Sprintf("paragraphs %d-%d", ch.Lo, ch.Hi-1)
	}
	if errors.Is(ch.Err, llm.ErrBudget) {
		return fmt.Sprintf("llm: token budget of the article spent; %s from the rule engine alone", which)
	}
	return fmt.Sprintf("llm: %s from the rule engine alone: %v", which, ch.Err)
}

// capture keeps the byte-offset records the rule engine gave, for matching,
// while extractor.Pipeline builds the rules-only document from them.
type capture struct {
	engine extractor.Engine
	got    []extractor.Quote
}

func (c *capture) Extract(ctx context.Context, paragraphs []string) ([]extractor.Quote, error) {
	qs, err := c.engine.Extract(ctx, paragraphs)
	c.got = append([]extractor.Quote(nil), qs...)
	return qs, err
}

func (c *capture) valid(text string) []extractor.Quote { return validOnly(text, c.got) }

// validOnly keeps the records extractor.Finalize would keep (it has already
// warned about the others), with their quote text filled in.
func validOnly(text string, qs []extractor.Quote) []extractor.Quote {
	var out []extractor.Quote
	for _, q := range qs {
		if q.Start < 0 || q.End > len(text) || q.Start >= q.End ||
			!utf8.RuneStart(text[q.Start]) || (q.End < len(text) && !utf8.RuneStart(text[q.End])) ||
			(q.Quote != "" && q.Quote != text[q.Start:q.End]) {
			continue
		}
		q.Quote = text[q.Start:q.End]
		if q.Method == "" {
			q.Method = extractor.MethodRules
		}
		out = append(out, q)
	}
	return out
}

func paragraphStarts(paragraphs []string) []int {
	ps := make([]int, len(paragraphs))
	off := 0
	for i, p := range paragraphs {
		ps[i] = off
		off += len(p) + len(sources.ParagraphSep)
	}
	return ps
}

func joinParagraphs(ps []string) string {
	a := sources.Article{Paragraphs: ps}
	return a.Text()
}
