package llm

import "unicode/utf8"

// chunk is a run of whole paragraphs sent in one request, [lo, hi), with
// the indices of earlier paragraphs shown as context.
type chunk struct {
	lo, hi  int
	context []int
}

// estimateTokens is a rough count, about four characters a token for
// English: enough to size chunks, which only need to stay well inside the
// model's window.
func estimateTokens(s string) int {
	return (utf8.RuneCountInString(s) + 3) / 4
}

// maxContextParagraphs bounds the context given before a chunk: pronouns and
// short references are resolved from the last few paragraphs.
const maxContextParagraphs = 3

// split cuts paragraphs into chunks of whole paragraphs of at most budget
// estimated tokens each (a longer paragraph is a chunk on its own). Each
// chunk after the first gets up to maxContextParagraphs earlier paragraphs as
// context, within half the budget (the one just before it always, unless it
// alone is over the budget).
func split(paragraphs []string, budget int) []chunk {
	if budget <= 0 {
		budget = 1 << 30
	}
	var out []chunk
	lo, used := 0, 0
	for i, p := range paragraphs {
		t := estimateTokens(p) + 4 // the "[i] " prefix and the line break
		if i > lo && used+t > budget {
			out = append(out, chunk{lo: lo, hi: i})
			lo, used = i, 0
		}
		used += t
	}
	if lo < len(paragraphs) {
		out = append(out, chunk{lo: lo, hi: len(paragraphs)})
	}
	for k := range out {
		left := budget / 2
		for j := out[k].lo - 1; j >= 0 && out[k].lo-j <= maxContextParagraphs; j-- {
			t := estimateTokens(paragraphs[j]) + 4
			// The paragraph just before is the one pronouns point into most:
			// it is given whenever it fits the whole budget.
			if t > left && (j != out[k].lo-1 || t > budget) {
				break
			}
			left -= t
			out[k].context = append([]int{j}, out[k].context...)
		}
	}
	return out
}
