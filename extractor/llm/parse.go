package llm

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

// Record is one quote as the model gave it. Its quote is the model's claim
// about the text, not yet checked: the cross-check locates it, and offsets
// always come from the project, never from the model.
type Record struct {
	Quote          string `json:"quote"`
	Type           string `json:"type"`
	Speaker        string `json:"speaker"`
	SpeakerMention string `json:"speaker_mention"`
	SpeakerKind    string `json:"speaker_kind"`
	Role           string `json:"role"`
	Affiliation    string `json:"affiliation"`
	Cue            string `json:"cue"`

	// Lo and Hi are the paragraphs [Lo, Hi) of the chunk it came from.
	Lo, Hi int `json:"-"`
}

var (
	types = map[string]bool{"direct": true, "indirect": true, "mixed": true}
	kinds = map[string]bool{"person": true, "organization": true, "group": true, "anonymous": true, "unknown": true}
)

// parseReply reads a reply's content into records. It accepts the object
// alone or, for servers without JSON modes, the object inside prose or a
// code fence. The error says what is wrong in words the model can act on:
// it is fed back in the repair request.
func parseReply(content string) ([]Record, error) {
	s := strings.TrimSpace(content)
	i := strings.IndexByte(s, '{')
	if i < 0 {
		return nil, errors.New("the reply contains no JSON object")
	}
	if j := strings.LastIndexByte(s, '}'); j > i {
		s = s[i : j+1]
	} else {
		s = s[i:]
	}
	var obj map[string]json.RawMessage
	if err := json.Unmarshal([]byte(s), &obj); err != nil {
		return nil, fmt.Errorf("the reply is not valid JSON: %v", err)
	}
	raw, ok := obj["quotes"]
	if !ok {
		return nil, errors.New(`the reply has no "quotes" array`)
	}
	var list []json.RawMessage
	if err := json.Unmarshal(raw, &list); err != nil {
		return nil, errors.New(`"quotes" is not an array`)
	}
	var recs []Record
	for i, raw := range list {
		var rec Record
		if err := json.Unmarshal(raw, &rec); err != nil {
			return nil, fmt.Errorf("quotes[%d] does not have the expected string fields: %v", i, err)
		}
		rec.Type = strings.ToLower(strings.TrimSpace(rec.Type))
		rec.SpeakerKind = strings.ToLower(strings.TrimSpace(rec.SpeakerKind))
		rec.Speaker = strings.TrimSpace(rec.Speaker)
		switch {
		case strings.TrimSpace(rec.Quote) == "":
			return nil, fmt.Errorf("quotes[%d] has an empty quote", i)
		case !types[rec.Type]:
			return nil, fmt.Errorf("quotes[%d] has type %q; want direct, indirect or mixed", i, rec.Type)
		case rec.SpeakerKind != "" && !kinds[rec.SpeakerKind]:
			return nil, fmt.Errorf("quotes[%d] has speaker_kind %q; want person, organization, group, anonymous or unknown", i, rec.SpeakerKind)
		}
		if rec.SpeakerKind == "" {
			rec.SpeakerKind = "unknown"
			if rec.Speaker != "" {
				rec.SpeakerKind = "person"
			}
		}
		if rec.SpeakerKind == "unknown" {
			rec.Speaker = ""
		}
		recs = append(recs, rec)
	}
	return recs, nil
}

// replySchema is the response_format json_schema sent to servers that
// support it. Strict mode wants every property required and no others.
const replySchema = `{
  "type": "object",
  "additionalProperties": false,
  "required": ["quotes"],
  "properties": {
    "quotes": {
      "type": "array",
      "items": {
        "type": "object",
        "additionalProperties": false,
        "required": ["quote", "type", "speaker", "speaker_mention", "speaker_kind", "role", "affiliation", "cue"],
        "properties": {
          "quote": {"type": "string"},
          "type": {"type": "string", "enum": ["direct", "indirect", "mixed"]},
          "speaker": {"type": "string"},
          "speaker_mention": {"type": "string"},
          "speaker_kind": {"type": "string", "enum": ["person", "organization", "group", "anonymous", "unknown"]},
          "role": {"type": "string"},
          "affiliation": {"type": "string"},
          "cue": {"type": "string"}
        }
      }
    }
  }
}`
