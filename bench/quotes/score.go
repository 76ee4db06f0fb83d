package main

import (
	"slices"
	"strings"
	"unicode"

	"github.com/whosaid/whosaid/extractor"
	"github.com/whosaid/whosaid/extractor/eval"
)

// counts are the tallies of one page or of a whole split.
type counts struct {
	Pages     int `json:"pages"`
	Required  int `json:"required"`  // required gold records
	Optional  int `json:"optional"`  // optional gold records
	Lost      int `json:"lost"`      // required gold records whose words are not in the cleaned text
	Predicted int `json:"predicted"` // records output
	Hits      int `json:"hits"`      // predictions matching a required gold record
	OptHits   int `json:"opt_hits"`  // predictions matching an optional one: neither right nor wrong

	DirectRequired int `json:"direct_required"`
	DirectHits     int `json:"direct_hits"`

	SpeakerRight int `json:"speaker_right"` // of Hits
	KindRight    int `json:"kind_right"`
	TypeRight    int `json:"type_right"`
	ClassGold    int `json:"class_gold"` // hits whose gold has a cue class
	ClassRight   int `json:"class_right"`

	AffGold      int `json:"aff_gold"`      // hits whose gold gives an affiliation
	AffRight     int `json:"aff_right"`     // of which the prediction gives it
	AffPredicted int `json:"aff_predicted"` // hits where the prediction gives an affiliation
	AffPredRight int `json:"aff_pred_right"`
	RoleGold     int `json:"role_gold"`
	RoleRight    int `json:"role_right"`

	Boilerplate int `json:"boilerplate"` // predictions whose words are not in the human-checked article text
	NotVerbatim int `json:"not_verbatim"`
}

func (c *counts) add(o counts) {
	c.Pages += o.Pages
	c.Required += o.Required
	c.Optional += o.Optional
	c.Lost += o.Lost
	c.Predicted += o.Predicted
	c.Hits += o.Hits
	c.OptHits += o.OptHits
	c.DirectRequired += o.DirectRequired
	c.DirectHits += o.DirectHits
	c.SpeakerRight += o.SpeakerRight
	c.KindRight += o.KindRight
	c.TypeRight += o.TypeRight
	c.ClassGold += o.ClassGold
	c.ClassRight += o.ClassRight
	c.AffGold += o.AffGold
	c.AffRight += o.AffRight
	c.AffPredicted += o.AffPredicted
	c.AffPredRight += o.AffPredRight
	c.RoleGold += o.RoleGold
	c.RoleRight += o.RoleRight
	c.Boilerplate += o.Boilerplate
	c.NotVerbatim += o.NotVerbatim
}

// figures are the ratios of counts.
type figures struct {
	Precision    float64 `json:"precision"`
	Recall       float64 `json:"recall"`
	F1           float64 `json:"f1"`
	DirectRecall float64 `json:"direct_recall"`
	Speaker      float64 `json:"speaker"`     // of matched required records
	SpeakerAll   float64 `json:"speaker_all"` // of all required records: found with the right speaker
	Kind         float64 `json:"kind"`
	Type         float64 `json:"type"`
	CueClass     float64 `json:"cue_class"`
	Affiliation  float64 `json:"affiliation"`      // of matched records whose gold gives one
	AffPrecision float64 `json:"aff_precision"`    // of matched records where the prediction gives one
	Role         float64 `json:"role"`             // of matched records whose gold gives one
	Boilerplate  int     `json:"boilerplate"`      // records from outside the article body
	NotVerbatim  int     `json:"not_verbatim"`     // records whose quote is not the text at their offsets
	LostCleaning int     `json:"lost_by_cleaning"` // required records the cleaner left out
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func (c counts) figures() figures {
	f := figures{
		Precision:    ratio(c.Hits, c.Predicted-c.OptHits),
		Recall:       ratio(c.Hits, c.Required),
		DirectRecall: ratio(c.DirectHits, c.DirectRequired),
		Speaker:      ratio(c.SpeakerRight, c.Hits),
		SpeakerAll:   ratio(c.SpeakerRight, c.Required),
		Kind:         ratio(c.KindRight, c.Hits),
		Type:         ratio(c.TypeRight, c.Hits),
		CueClass:     ratio(c.ClassRight, c.ClassGold),
		Affiliation:  ratio(c.AffRight, c.AffGold),
		AffPrecision: ratio(c.AffPredRight, c.AffPredicted),
		Role:         ratio(c.RoleRight, c.RoleGold),
		Boilerplate:  c.Boilerplate,
		NotVerbatim:  c.NotVerbatim,
		LostCleaning: c.Lost,
	}
	if f.Precision+f.Recall > 0 {
		f.F1 = 2 * f.Precision * f.Recall / (f.Precision + f.Recall)
	}
	return f
}

// finding is one error worth reading, for -errors.
type finding struct {
	What    string `json:"what"` // missed, false, speaker, affiliation, class, boilerplate
	Page    string `json:"page"`
	Quote   string `json:"quote"`
	Gold    string `json:"gold,omitempty"`
	Got     string `json:"got,omitempty"`
	Context string `json:"context,omitempty"`
}

// scorePage matches the document's records with the page's gold.
func scorePage(g *goldPage, doc *extractor.Document, body string) (counts, []finding) {
	c := counts{Pages: 1, Predicted: len(doc.Quotes)}
	var fs []finding
	text := []rune(doc.Text)
	nt := newNormBody(doc.Text)
	bodyWords := " " + wordLine(body) + " "

	// Gold spans in the cleaned text.
	var gold []eval.Span
	var gi []int // gold index of each span
	cursor := 0
	for i, q := range g.Quotes {
		if q.Optional {
			c.Optional++
		} else {
			c.Required++
			if q.Type == "direct" {
				c.DirectRequired++
			}
		}
		s, e, ok := nt.findFolded(q.Quote, cursor)
		if !ok {
			s, e, ok = nt.findFolded(q.Quote, 0)
		}
		if !ok {
			if !q.Optional {
				c.Lost++
				fs = append(fs, finding{What: "lost", Page: g.Page, Quote: q.Quote})
			}
			continue
		}
		cursor = nt.normAt(s)
		gold = append(gold, eval.Span{Start: s, End: e})
		gi = append(gi, i)
	}
	pred := make([]eval.Span, len(doc.Quotes))
	for j, p := range doc.Quotes {
		pred[j] = eval.Span{Start: p.Start, End: p.End}
		if p.Start < 0 || p.End > len(text) || p.Start >= p.End || string(text[p.Start:p.End]) != p.Quote {
			c.NotVerbatim++
		}
	}
	pairs := eval.Match(eval.NewWords(doc.Text), gold, pred)
	matchedPred := make([]bool, len(pred))
	matchedGold := make([]bool, len(g.Quotes))
	for _, pr := range pairs {
		q := g.Quotes[gi[pr.Gold]]
		p := doc.Quotes[pr.Pred]
		matchedPred[pr.Pred] = true
		matchedGold[gi[pr.Gold]] = true
		if q.Optional {
			c.OptHits++
			continue
		}
		c.Hits++
		if q.Type == "direct" {
			c.DirectHits++
		}
		if q.Type == string(p.Type) {
			c.TypeRight++
		}
		if sameSpeaker(q, p) {
			c.SpeakerRight++
		} else {
			fs = append(fs, finding{What: "speaker", Page: g.Page, Quote: p.Quote, Gold: q.Speaker + " (" + q.Kind + ")", Got: p.Speaker + " (" + string(p.SpeakerKind) + ") ← " + p.SpeakerMention})
		}
		if kindOf(q.Kind) == p.SpeakerKind {
			c.KindRight++
		}
		if q.CueClass != nil && *q.CueClass != "" {
			c.ClassGold++
			if *q.CueClass == p.CueClass {
				c.ClassRight++
			} else {
				fs = append(fs, finding{What: "class", Page: g.Page, Quote: p.Quote, Gold: *q.CueClass + " " + deref(q.Cue), Got: p.CueClass + " " + p.Cue})
			}
		}
		if q.Affiliation != "" {
			c.AffGold++
			if sameOrg(q, p.Affiliation) {
				c.AffRight++
			} else {
				fs = append(fs, finding{What: "affiliation", Page: g.Page, Quote: p.Quote, Gold: q.Affiliation + " / " + q.Role, Got: p.Affiliation + " / " + p.Role + " ← " + p.Speaker})
			}
		}
		if p.Affiliation != "" {
			c.AffPredicted++
			if q.Affiliation != "" && sameOrg(q, p.Affiliation) {
				c.AffPredRight++
			} else if q.Affiliation == "" {
				fs = append(fs, finding{What: "affiliation", Page: g.Page, Quote: p.Quote, Gold: "(none) / " + q.Role, Got: p.Affiliation + " / " + p.Role + " ← " + p.Speaker})
			}
		}
		if q.Role != "" {
			c.RoleGold++
			if sameRole(q.Role, p.Role) {
				c.RoleRight++
			}
		}
	}
	for i, q := range g.Quotes {
		if !q.Optional && !matchedGold[i] && !slices.Contains(gi, i) {
			continue // lost by cleaning, counted above
		}
		if !q.Optional && !matchedGold[i] {
			fs = append(fs, finding{What: "missed", Page: g.Page, Quote: q.Quote, Gold: q.Speaker + " " + deref(q.Cue)})
		}
	}
	for j, p := range doc.Quotes {
		if matchedPred[j] {
			continue
		}
		f := finding{What: "false", Page: g.Page, Quote: p.Quote, Got: p.Speaker + " " + p.Cue, Context: around(text, p.Start, p.End)}
		if !strings.Contains(bodyWords, " "+wordLine(p.Quote)+" ") {
			c.Boilerplate++
			f.What = "boilerplate"
		}
		fs = append(fs, f)
	}
	return c, fs
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// around is the record with up to 80 code points either side.
func around(text []rune, s, e int) string {
	a, b := max(0, s-80), min(len(text), e+80)
	if s < 0 || e > len(text) || s > e {
		return ""
	}
	return string(text[a:s]) + "[[" + string(text[s:e]) + "]]" + string(text[e:b])
}

func kindOf(k string) extractor.SpeakerKind { return extractor.SpeakerKind(k) }

// normWords lower-cases s and cuts it into words, dropping punctuation, a
// possessive "'s", leading articles and honorifics.
func normWords(s string) []string {
	isApos := func(r rune) bool { return r == '\'' || r == '’' }
	ws := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !isApos(r) && r != '&'
	})
	out := ws[:0]
	for _, w := range ws {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		w = strings.Trim(w, "'’")
		if w == "" || honorific[w] {
			continue
		}
		out = append(out, w)
	}
	for len(out) > 1 && (out[0] == "the" || out[0] == "a" || out[0] == "an") {
		out = out[1:]
	}
	return out
}

var honorific = map[string]bool{"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true, "mx": true}

func same(a, b string) bool {
	x, y := normWords(a), normWords(b)
	return len(x) > 0 && slices.Equal(x, y)
}

// sameSpeaker judges a matched record's speaker. A person must be named as
// fully as the article names them (the gold speaker, or an alias at least as
// long); an organization by its name or any proper alias; a group or an
// anonymous source by its description, or by a description holding the
// other with the same head noun ("business owners" for "local business
// owners"). An unknown gold speaker wants an unknown prediction.
func sameSpeaker(q goldQuote, p extractor.Quote) bool {
	if q.Kind == "unknown" || q.Speaker == "" {
		return p.SpeakerKind == extractor.Unknown || p.Speaker == ""
	}
	if p.Speaker == "" {
		return false
	}
	if same(q.Speaker, p.Speaker) {
		return true
	}
	full := len(normWords(q.Speaker))
	for _, a := range q.Aliases {
		switch q.Kind {
		case "person":
			if len(normWords(a)) >= full && same(a, p.Speaker) {
				return true
			}
		case "organization":
			if hasUpper(a) && same(a, p.Speaker) {
				return true
			}
		default:
			if same(a, p.Speaker) {
				return true
			}
		}
	}
	if q.Kind == "group" || q.Kind == "anonymous" {
		for _, name := range append([]string{q.Speaker}, q.Aliases...) {
			if nestedDescription(normWords(name), normWords(p.Speaker)) {
				return true
			}
		}
	}
	return false
}

func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// nestedDescription says whether one description is a run of whole words
// of the other ending with the same head noun.
func nestedDescription(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 || a[len(a)-1] != b[len(b)-1] {
		return false
	}
	if len(a) < len(b) {
		a, b = b, a
	}
	for i := 0; i+len(b) <= len(a); i++ {
		if slices.Equal(a[i:i+len(b)], b) {
			return true
		}
	}
	return false
}

// sameOrg judges a predicted affiliation against the gold one and its aliases.
func sameOrg(q goldQuote, aff string) bool {
	if same(q.Affiliation, aff) {
		return true
	}
	for _, a := range q.AffAliases {
		if same(a, aff) {
			return true
		}
	}
	return false
}

// sameRole accepts a role that holds the gold one or is held by it as whole
// words ("deputy associate administrator" for "deputy associate
// administrator for exploration"): roles are worded loosely.
func sameRole(gold, pred string) bool {
	g, p := normWords(gold), normWords(pred)
	if len(g) == 0 || len(p) == 0 {
		return false
	}
	if len(g) < len(p) {
		g, p = p, g
	}
	for i := 0; i+len(p) <= len(g); i++ {
		if slices.Equal(g[i:i+len(p)], p) {
			return true
		}
	}
	return false
}

// foldQuotes maps every quote mark and apostrophe to a plain one and every
// dash to a hyphen, so that text the cleaner wrote with other marks still
// compares equal.
func foldQuotes(s string) string {
	return strings.Map(fold, s)
}

func fold(r rune) rune {
	switch r {
	case '“', '”', '„', '‟', '«', '»', '″':
		return '"'
	case '‘', '’', '‚', '‛', '′', '`', '´':
		return '\''
	case '–', '—', '‐', '‑', '−':
		return '-'
	case '\u00a0':
		return ' '
	}
	return r
}

// findFolded is find with quote marks and dashes folded on both sides.
func (nb *normBody) findFolded(quote string, from int) (s, e int, ok bool) {
	q := []rune(foldQuotes(collapseSpace(quote)))
	if len(q) == 0 {
		return 0, 0, false
	}
	for i := from; i+len(q) <= len(nb.norm); i++ {
		if fold(nb.norm[i]) != q[0] {
			continue
		}
		k := 1
		for k < len(q) && fold(nb.norm[i+k]) == q[k] {
			k++
		}
		if k == len(q) {
			return nb.pos[i], nb.pos[i+len(q)-1] + 1, true
		}
	}
	return 0, 0, false
}

// wordLine is the words of s, lower case, one space apart: whether a
// record's words are in the article text does not hang on its spaces and
// marks ("‘ this is the song" against "‘this is the song").
func wordLine(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(foldQuotes(s)), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ")
}
