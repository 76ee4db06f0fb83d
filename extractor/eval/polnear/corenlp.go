package polnear

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"
)

// Coref is the coreference of one article, from the CoreNLP XML that
// PolNeAR ships beside each text. It is automatic, not annotated, so it is
// only used where the annotated source alone names nobody: a pronoun.
type Coref struct {
	raw    []rune
	tokens [][]token     // by sentence, then token, 0-based
	chains [][]mentionAt // mentions of one entity
}

type token struct {
	Word  string `xml:"word"`
	Begin int    `xml:"CharacterOffsetBegin"`
	End   int    `xml:"CharacterOffsetEnd"`
	POS   string `xml:"POS"`
	NER   string `xml:"NER"`
}

// mentionAt is a mention as CoreNLP writes it: 1-based sentence, 1-based
// token range [Start, End), 1-based head.
type mentionAt struct {
	Sentence int `xml:"sentence"`
	Start    int `xml:"start"`
	End      int `xml:"end"`
	Head     int `xml:"head"`
}

type coreNLPDoc struct {
	Sentences []struct {
		Tokens []token `xml:"tokens>token"`
	} `xml:"document>sentences>sentence"`
	Chains []struct {
		Mentions []mentionAt `xml:"mention"`
	} `xml:"document>coreference>coreference"`
}

// ReadCoreNLP reads CoreNLP XML for the article whose raw text is raw.
// CoreNLP counts offsets in UTF-16 units; they are turned into code points
// here so that they agree with brat's.
func ReadCoreNLP(r io.Reader, raw string) (*Coref, error) {
	var doc coreNLPDoc
	if err := xml.NewDecoder(io.LimitReader(r, maxFile)).Decode(&doc); err != nil {
		return nil, fmt.Errorf("polnear: corenlp: %w", err)
	}
	c := &Coref{raw: []rune(raw)}
	// UTF-16 unit index -> code point index.
	u16 := make([]int, 0, len(c.raw)+1)
	for i, r := range c.raw {
		u16 = append(u16, i)
		if r >= 0x10000 {
			u16 = append(u16, i)
		}
	}
	u16 = append(u16, len(c.raw))
	conv := func(off int) (int, bool) {
		if off < 0 || off >= len(u16) {
			return 0, false
		}
		return u16[off], true
	}
	for _, s := range doc.Sentences {
		toks := make([]token, 0, len(s.Tokens))
		for _, t := range s.Tokens {
			b, ok1 := conv(t.Begin)
			e, ok2 := conv(t.End)
			if !ok1 || !ok2 || e < b {
				return nil, fmt.Errorf("polnear: corenlp: token %q at %d..%d does not fit the text", t.Word, t.Begin, t.End)
			}
			t.Begin, t.End = b, e
			toks = append(toks, t)
		}
		c.tokens = append(c.tokens, toks)
	}
	for _, ch := range doc.Chains {
		var ms []mentionAt
		for _, m := range ch.Mentions {
			if m.Sentence < 1 || m.Sentence > len(c.tokens) {
				continue
			}
			n := len(c.tokens[m.Sentence-1])
			if m.Start < 1 || m.End-1 > n || m.Start >= m.End || m.Head < m.Start || m.Head >= m.End {
				continue
			}
			ms = append(ms, m)
		}
		if len(ms) > 0 {
			c.chains = append(c.chains, ms)
		}
	}
	return c, nil
}

// pronouns that name nobody on their own.
var pronouns = map[string]bool{
	"i": true, "me": true, "my": true, "we": true, "us": true, "our": true,
	"you": true, "your": true, "he": true, "him": true, "his": true,
	"she": true, "her": true, "it": true, "its": true, "they": true,
	"them": true, "their": true, "who": true, "whom": true,
	"himself": true, "herself": true, "themselves": true, "itself": true,
}

// IsPronoun reports whether mention is a bare personal pronoun.
func IsPronoun(mention string) bool {
	return pronouns[strings.ToLower(strings.TrimSpace(mention))]
}

// resolve returns the most complete name of the chain a pronoun source
// belongs to, or "" when the source is not a pronoun or no chain with a
// name covers it. A nil Coref resolves nothing.
func (c *Coref) resolve(mention string, srcs []*TextBound) string {
	if c == nil || !IsPronoun(mention) || len(srcs) == 0 || len(srcs[0].Spans) == 0 {
		return ""
	}
	// "he" and "she" name people; "they", "it" and "we" may be an
	// organization too. Places and untagged proper nouns are never taken:
	// on news text CoreNLP links too many pronouns to them wrongly.
	kinds := []string{"PERSON"}
	if !personal[strings.ToLower(strings.TrimSpace(mention))] {
		kinds = append(kinds, "ORGANIZATION")
	}
	sp := srcs[0].Spans[0]
	for _, ch := range c.chains {
		for _, m := range ch {
			h := c.tokens[m.Sentence-1][m.Head-1]
			if h.Begin < sp.End && sp.Start < h.End {
				return c.bestName(ch, kinds)
			}
		}
	}
	return ""
}

// personal pronouns that only refer to a person.
var personal = map[string]bool{
	"i": true, "me": true, "my": true, "you": true, "your": true,
	"he": true, "him": true, "his": true, "himself": true,
	"she": true, "her": true, "herself": true, "who": true, "whom": true,
}

// bestName is the longest run of tokens with the first named entity kind
// found in any mention of the chain: "Pat Kendrick" from "veteran
// pollster Pat Kendrick" and "Kendrick". Ties go to the earlier
// mention.
func (c *Coref) bestName(ch []mentionAt, kinds []string) string {
	for _, kind := range kinds {
		best, bestLen := "", 0
		for _, m := range ch {
			toks := c.tokens[m.Sentence-1][m.Start-1 : m.End-1]
			for i := 0; i < len(toks); {
				if toks[i].NER != kind {
					i++
					continue
				}
				j := i
				for j < len(toks) && toks[j].NER == kind {
					j++
				}
				if j-i > bestLen {
					bestLen = j - i
					best = collapse(string(c.raw[toks[i].Begin:toks[j-1].End]))
				}
				i = j
			}
		}
		if best != "" {
			return best
		}
	}
	return ""
}
