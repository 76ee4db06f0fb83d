// Package eval scores a quote extractor against gold quotes.
//
// Gold is JSONL, one article a line:
//
//	{"id", "text", "quotes": [{"quote", "speaker", "type", "start", "end"}]}
//
// with code point offsets into text and two optional fields per quote,
// "speaker_mention" (the annotated words when speaker holds the name they
// were resolved to) and "cue". Package polnear makes such files from the
// PolNeAR corpus.
//
// Files:
//   - gold.go: reading, checking and writing gold.
//   - canon.go: the canonical paragraph form and its offset map.
//   - match.go: word tokens and one-to-one matching.
//   - speaker.go: when a predicted speaker counts as the gold one.
//   - report.go: the figures and their text form.
//   - run.go: running an extractor.Engine over gold articles.
//
// Matching: a predicted and a gold quote match when each covers at least
// half of the other's word tokens. Tokens are runs of letters, digits, marks
// and underscores (\w in the Unicode sense) taken by position; a token counts
// as covered when any of its characters is inside the span. Pairs are chosen
// one to one, largest overlap first. Quote marks and punctuation therefore
// never decide a match, and a record that includes its closing period still
// matches one that does not.
//
// Figures: precision, recall and F1 of detection; per type, recall of gold
// quotes of that type and the precision of predictions given that type (a
// prediction counts as correct when it matched any gold quote: the type is
// judged separately, as type accuracy over matched pairs); speaker accuracy
// over matched pairs whose gold names a speaker.
//
// Speakers: names are compared case-insensitively as word sequences with
// punctuation, possessive "'s" and honorifics dropped; they agree when equal
// or when one is a run of whole words inside the other ("Kendrick", "Pat
// Kendrick", "veteran pollster Pat Kendrick"), because gold sources are the
// annotated phrase. A prediction whose SpeakerMention is exactly the gold
// phrase ("the president") also agrees, whatever name it resolved it to. A
// gold pronoun the converter resolved is judged on the resolved name only.
// Matched pairs whose gold has no source, or whose gold source is a pronoun
// no name was found for, are counted but left out of speaker accuracy.
package eval
