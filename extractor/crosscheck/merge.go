package crosscheck

import (
	"fmt"
	"sort"
	"strings"
	"unicode"

	"github.com/whosaid/whosaid/extractor"
	"github.com/whosaid/whosaid/extractor/llm"
	"github.com/whosaid/whosaid/extractor/rules"
)

// Reasons for rejecting an LLM record.
const ReasonNotInText = "not_in_text"

// Confidence of records, by how they were found. The rule engine's own
// confidence is kept where it alone found a record.
const (
	confExact      = 0.8  // LLM only, quote found verbatim
	confNormalized = 0.7  // LLM only, found after normalising marks and spaces
	confAgree      = 0.95 // both engines, agreeing
	confConflict   = 0.6  // both engines, disagreeing on a field
)

// verified is an LLM record located in the text.
type verified struct {
	q    extractor.Quote // byte offsets
	span span
	// cleared is the speaker the model named when it was found nowhere in
	// the article and cleared (speaker_not_in_text): the model did not agree
	// with whoever the rules found, and the merge must say so.
	cleared string
}

// verify locates every LLM record in the text (offsets always come from the
// project, never from the model), rejects those not found, and clears
// speakers that appear nowhere in the article.
func verify(text string, pstart []int, recs []llm.Record) (out []verified, rejected []extractor.Rejected, warns []string) {
	rejected = []extractor.Rejected{}
	taken := map[span]bool{}
	lower := strings.ToLower(text)
	var full *normText // the whole text normalised, made when first needed
	for _, r := range recs {
		lo, hi := bounds(text, pstart, r.Lo, r.Hi)
		sp, exact, ok := locate(text, lo, hi, r.Quote, taken)
		if !ok {
			// Maybe the model quoted a context paragraph: that is in the
			// text, only elsewhere.
			if full == nil {
				full = newNormText(text)
			}
			sp, exact, ok = locateNorm(text, 0, len(text), full, r.Quote, taken)
		}
		if !ok {
			rejected = append(rejected, extractor.Rejected{Quote: r.Quote, Speaker: r.Speaker, Reason: ReasonNotInText})
			continue
		}
		if taken[sp] {
			continue // the same quote twice: keep the first
		}
		taken[sp] = true
		q := extractor.Quote{
			Quote:          text[sp.s:sp.e],
			Type:           extractor.Type(r.Type),
			Speaker:        r.Speaker,
			SpeakerMention: r.SpeakerMention,
			SpeakerKind:    extractor.SpeakerKind(r.SpeakerKind),
			Role:           r.Role,
			Affiliation:    r.Affiliation,
			Cue:            r.Cue,
			Start:          sp.s,
			End:            sp.e,
			Method:         extractor.MethodLLM,
			Confidence:     confNormalized,
		}
		if exact {
			q.Confidence = confExact
		}
		var cleared string
		if q.Speaker != "" && !nameInText(lower, q.Speaker) {
			cleared = q.Speaker
			warns = append(warns, fmt.Sprintf("speaker_not_in_text: the LLM named %q for %q, a name found nowhere in the article; cleared to unknown", q.Speaker, clip(q.Quote, 60)))
			q.Speaker, q.SpeakerKind, q.Role, q.Affiliation = "", extractor.Unknown, "", ""
			if !nameInText(lower, q.SpeakerMention) {
				q.SpeakerMention = ""
			}
		}
		q.CueClass = rules.ClassOf(q.Cue, q.SpeakerKind, q.Speaker, q.SpeakerMention)
		out = append(out, verified{q: q, span: sp, cleared: cleared})
	}
	return out, rejected, warns
}

// bounds returns the byte range of paragraphs [lo, hi).
func bounds(text string, pstart []int, lo, hi int) (int, int) {
	if lo < 0 || lo >= len(pstart) || hi <= lo {
		return 0, len(text)
	}
	end := len(text)
	if hi < len(pstart) {
		end = pstart[hi] - len("\n\n")
	}
	return pstart[lo], end
}

// match pairs each LLM record with the rule record it overlaps most (by at
// least half of the shorter span), and labels every record. covered says
// whether the LLM looked at the paragraph a record starts in: a rule record
// where it did not (its chunk failed) is passed on unlabelled, since nobody
// checked it.
func match(text string, pstart []int, rules []extractor.Quote, llms []verified, covered func(para int) bool) []extractor.Quote {
	rspan := make([]span, len(rules))
	for i, r := range rules {
		rspan[i] = span{r.Start, r.End}
	}
	best := make([]int, len(rules)) // LLM index matched to each rule record, -1 none
	bestOv := make([]int, len(rules))
	for i := range best {
		best[i] = -1
	}
	folded := make([]bool, len(llms))
	for j, l := range llms {
		ri, ov := -1, 0
		for i := range rules {
			// Spans that only graze each other (a rule span that ran on
			// into the next quote) are two records, not one seen twice.
			o := rspan[i].overlap(l.span)
			if o > ov && 2*o >= min(l.span.e-l.span.s, rspan[i].e-rspan[i].s) {
				ri, ov = i, o
			}
		}
		if ri < 0 {
			continue
		}
		folded[j] = true
		if ov > bestOv[ri] {
			best[ri], bestOv[ri] = j, ov
		}
	}
	var out []extractor.Quote
	for i, r := range rules {
		switch {
		case best[i] >= 0:
			out = append(out, combine(text, pstart, r, llms[best[i]]))
		case covered(paragraphOf(pstart, r.Start)):
			r.Agreement = extractor.RulesOnly
			out = append(out, r)
		default:
			out = append(out, r)
		}
	}
	for j, l := range llms {
		// An LLM record that overlaps a rule record is represented by the
		// pair; when several overlap one rule record, the closest one speaks
		// for them.
		if folded[j] {
			continue
		}
		l.q.Agreement = extractor.LLMOnly
		out = append(out, l.q)
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].Start < out[b].Start })
	return out
}

// combine merges a rule record and the LLM record found at the same place.
// The span and type are the rule engine's (they follow from the quote marks
// in the text); the speaker is settled as the issue asks: the candidate
// backed by an explicit attribution next to the quote (a cue and the
// candidate's speaker name in the same sentence) wins, otherwise the LLM's;
// the other is kept in AltSpeaker. When the sentence names both, the name
// nearer the cue wins. The kept speaker's mention, kind, role and
// affiliation always come from the same candidate as the speaker.
func combine(text string, pstart []int, r extractor.Quote, lv verified) extractor.Quote {
	l := lv.q
	out := r
	out.Method = extractor.MethodBoth
	var diffs []extractor.Difference
	diff := func(field, lv, rv string) {
		diffs = append(diffs, extractor.Difference{Field: field, LLM: lv, Rules: rv})
	}
	switch {
	case lv.cleared != "" && !sameName(lv.cleared, r.Speaker):
		// The model named someone found nowhere in the article: that is a
		// disagreement, not a blank. The rules' speaker stands (empty or
		// not), and the invented name is shown in the differences only;
		// AltSpeaker offers a reader a real alternative, and a name that is
		// not in the text is none.
		diff("speaker", lv.cleared, r.Speaker)
	case r.Speaker != "" && l.Speaker != "" && !sameName(r.Speaker, l.Speaker):
		diff("speaker", l.Speaker, r.Speaker)
		sp := span{r.Start, r.End}
		rd, rok := attribution(text, pstart, sp, r)
		ld, lok := attribution(text, pstart, sp, l)
		switch {
		case rok && (!lok || rd < ld), !lok && mentionNames(l, r.Speaker):
			// The second case: the model's own mention names the rules'
			// speaker, so its record contradicts itself and backs the rules.
			out.AltSpeaker = l.Speaker
		default:
			takeSpeaker(&out, l)
			out.AltSpeaker = r.Speaker
		}
	default:
		if r.Speaker == "" && l.Speaker != "" {
			takeSpeaker(&out, l)
		} else if len(l.Speaker) > len(r.Speaker) {
			out.Speaker = l.Speaker // the fuller form of the same name
		}
		if out.Role == "" {
			out.Role = l.Role
		}
		if out.Affiliation == "" {
			out.Affiliation = l.Affiliation
		}
	}
	if l.Type != r.Type {
		diff("type", string(l.Type), string(r.Type))
	}
	if r.Role != "" && l.Role != "" && !sameText(r.Role, l.Role) {
		diff("role", l.Role, r.Role)
	}
	if r.Affiliation != "" && l.Affiliation != "" && !sameText(r.Affiliation, l.Affiliation) {
		diff("affiliation", l.Affiliation, r.Affiliation)
	}
	if out.Cue == "" {
		out.Cue, out.CueClass = l.Cue, l.CueClass
	}
	if len(diffs) > 0 {
		out.Agreement = extractor.Conflict
		out.Differences = diffs
		out.Confidence = min(r.Confidence, confConflict)
	} else {
		out.Agreement = extractor.Agree
		out.Confidence = max(r.Confidence, confAgree)
	}
	return out
}

// mentionNames reports whether l's speaker mention names speaker rather
// than l's own speaker ("speaker": "Raymond Okafor" with "speaker_mention":
// "Maria Lopez").
func mentionNames(l extractor.Quote, speaker string) bool {
	m := l.SpeakerMention
	return m != "" && speaker != "" && !sameName(m, l.Speaker) && nameWithin(m, speaker)
}

// nameWithin reports whether all the words of name occur in mention
// ("Maria Lopez, director of the center" names Maria Lopez).
func nameWithin(mention, name string) bool {
	wn := words(name)
	return len(wn) > 0 && subset(wn, words(mention))
}

func takeSpeaker(out *extractor.Quote, l extractor.Quote) {
	out.Speaker, out.SpeakerMention, out.SpeakerKind = l.Speaker, l.SpeakerMention, l.SpeakerKind
	out.Role, out.Affiliation = l.Role, l.Affiliation
	out.SpeakerID = "" // the rule engine's entity is no longer the speaker
}

// paragraphOf returns the index of the paragraph holding byte offset off.
func paragraphOf(pstart []int, off int) int {
	return sort.Search(len(pstart), func(i int) bool { return pstart[i] > off }) - 1
}

// words splits a name into lower-case words, without titles and fillers.
func words(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
	}) {
		switch w {
		case "the", "a", "an", "of", "and", "for", "mr", "ms", "mrs", "dr", "prof":
			continue
		}
		out = append(out, w)
	}
	return out
}

// sameName reports whether two speaker names can be the same party: equal,
// or the words of one among those of the other ("Lopez", "Maria Lopez").
func sameName(a, b string) bool {
	wa, wb := words(a), words(b)
	if len(wa) == 0 || len(wb) == 0 {
		return strings.EqualFold(strings.TrimSpace(a), strings.TrimSpace(b))
	}
	return subset(wa, wb) || subset(wb, wa)
}

func subset(a, b []string) bool {
	for _, x := range a {
		found := false
		for _, y := range b {
			if x == y {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// sameText compares roles and affiliations loosely: "director" and
// "the director" are the same.
func sameText(a, b string) bool {
	na, nb := strings.Join(words(a), " "), strings.Join(words(b), " ")
	return na == nb || strings.Contains(na, nb) || strings.Contains(nb, na)
}

// nameInText reports whether any distinctive word of name occurs in the
// (lower-cased) text as a word.
func nameInText(lower, name string) bool {
	for _, w := range words(name) {
		if len([]rune(w)) < 3 && len(words(name)) > 1 {
			continue
		}
		if containsWord(lower, w) {
			return true
		}
	}
	return false
}

func containsWord(s, w string) bool {
	for from := 0; ; {
		i := strings.Index(s[from:], w)
		if i < 0 {
			return false
		}
		a, b := from+i, from+i+len(w)
		if !letterAt(s, a-1, true) && !letterAt(s, b, false) {
			return true
		}
		from = a + 1
	}
}

// letterAt reports whether the rune ending before (back) or starting at i
// is a letter or digit.
func letterAt(s string, i int, back bool) bool {
	if i < 0 || i >= len(s) {
		return false
	}
	var r rune
	if back {
		r = lastRune(s[:i+1])
	} else {
		r = []rune(s[i:min(len(s), i+4)])[0]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func lastRune(s string) rune {
	rs := []rune(s[max(0, len(s)-4):])
	if len(rs) == 0 {
		return 0
	}
	return rs[len(rs)-1]
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}
