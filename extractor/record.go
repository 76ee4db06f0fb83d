package extractor

// Type says how a record reports what was said.
type Type string

const (
	Direct   Type = "direct"   // the words between quote marks
	Indirect Type = "indirect" // reported speech or a claim, no quote marks
	Mixed    Type = "mixed"    // a partial quote inside reported speech
)

// SpeakerKind says what kind of source a speaker is. Unknown always comes
// with an empty Speaker: the engine never guesses.
type SpeakerKind string

const (
	Person       SpeakerKind = "person"
	Organization SpeakerKind = "organization"
	Group        SpeakerKind = "group"
	Anonymous    SpeakerKind = "anonymous"
	Unknown      SpeakerKind = "unknown"
)

// Quote is one quote or claim with its attribution.
//
// Start and End count Unicode code points (not bytes) into Document.Text, so
// that text[start:end] == quote holds in Python and most other consumers.
// Inside the engines offsets are byte offsets; the pipeline converts them.
type Quote struct {
	Quote          string      `json:"quote"`
	Type           Type        `json:"type"`
	Speaker        string      `json:"speaker"`
	SpeakerMention string      `json:"speaker_mention"`
	SpeakerKind    SpeakerKind `json:"speaker_kind"`
	Role           string      `json:"role"`
	Affiliation    string      `json:"affiliation"`
	Cue            string      `json:"cue"`
	// CueClass says what kind of claim the cue makes: speech, statement,
	// evidence, belief or intent (see docs/annotation.md).
	CueClass string `json:"cue_class"`
	// SpeakerID is the same for every record of one source within a
	// document ("s1", "s2" … in order of first appearance); empty for an
	// unknown speaker.
	SpeakerID  string  `json:"speaker_id"`
	Start      int     `json:"start"`
	End        int     `json:"end"`
	Paragraph  int     `json:"paragraph"` // 0-based index into the article's paragraphs
	Method     string  `json:"method"`    // rules, llm or both (hybrid mode)
	Confidence float64 `json:"confidence"`

	// The fields below are set only in hybrid mode, where every record is
	// held against the other engine; omitempty keeps rules-mode output as
	// it was.

	// Agreement is agree, conflict, llm_only or rules_only.
	Agreement string `json:"agreement,omitempty"`
	// Differences lists the fields on which the LLM and the rule engine
	// disagree, when Agreement is conflict.
	Differences []Difference `json:"differences,omitempty"`
	// AltSpeaker is the speaker the other engine named, when the two
	// disagree on who spoke.
	AltSpeaker string `json:"alt_speaker,omitempty"`
}

// Methods: what produced a record.
const (
	MethodRules = "rules"
	MethodLLM   = "llm"
	MethodBoth  = "both"
)

// Agreement labels of hybrid mode.
const (
	Agree     = "agree"
	Conflict  = "conflict"
	LLMOnly   = "llm_only"
	RulesOnly = "rules_only"
)

// Difference is one field on which the LLM and the rule engine disagree.
type Difference struct {
	Field string `json:"field"` // speaker, type, role or affiliation
	LLM   string `json:"llm"`
	Rules string `json:"rules"`
}

// Rejected is an LLM record that was thrown away, and why. Reason is
// not_in_text when the quote could not be found in the text.
type Rejected struct {
	Quote   string `json:"quote"`
	Speaker string `json:"speaker"`
	Reason  string `json:"reason"`
}

// Usage counts what the LLM stage spent on one document.
type Usage struct {
	Requests         int `json:"requests"`   // HTTP requests sent, retries included
	CacheHits        int `json:"cache_hits"` // chunks answered from the cache
	PromptTokens     int `json:"prompt_tokens"`
	CompletionTokens int `json:"completion_tokens"`
}

// Info describes what produced a document.
type Info struct {
	Version string `json:"version"`
	Mode    string `json:"mode"` // rules, llm or hybrid

	// Set when an LLM took part (modes llm and hybrid).
	Model         string `json:"model,omitempty"`
	PromptVersion string `json:"prompt_version,omitempty"`
	Usage         *Usage `json:"usage,omitempty"`
}

// Document is the output contract: one per source. Its JSON form is described
// by the JSON Schema in this repository and is relied on by other tools.
type Document struct {
	Source    string   `json:"source"`
	URL       string   `json:"url"`
	Title     string   `json:"title"`
	Byline    string   `json:"byline"`
	Published string   `json:"published"`
	Site      string   `json:"site"`
	Language  string   `json:"language"`
	Text      string   `json:"text"`
	Quotes    []Quote  `json:"quotes"`
	Warnings  []string `json:"warnings"`
	// Rejected lists the LLM records thrown away. It is nil (and left out)
	// in rules mode, and a list, maybe empty, when an LLM took part.
	Rejected  []Rejected `json:"rejected,omitzero"`
	Extractor Info       `json:"extractor"`
}
