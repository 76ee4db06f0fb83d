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
	Start          int         `json:"start"`
	End            int         `json:"end"`
	Paragraph      int         `json:"paragraph"` // 0-based index into the article's paragraphs
	Method         string      `json:"method"`
	Confidence     float64     `json:"confidence"`
}

// Info describes what produced a document.
type Info struct {
	Version string `json:"version"`
	Mode    string `json:"mode"`
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
	Extractor Info     `json:"extractor"`
}
