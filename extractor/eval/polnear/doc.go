// Package polnear converts the PolNeAR attribution corpus (brat standoff
// annotations, github.com/networkdynamics/PolNeAR) into whosaid gold JSONL
// for package eval.
//
// PolNeAR has no licence: its text must never be copied into this
// repository. The test fixtures (fixtures_test.go) are invented articles
// annotated by hand in the same format, kept in Go so that no file shaped
// like the corpus is tracked.
//
// Files:
//   - brat.go: reading .ann files (T and E lines; brat writes newlines of
//     the covered text verbatim, so continuation lines are read past).
//   - convert.go: one article to gold: canonical text, content pieces,
//     direct/mixed/indirect, speaker.
//   - corenlp.go: CoreNLP coreference, used only to name pronoun sources.
//   - dir.go: a flat brat directory or a PolNeAR compartment.
//
// Decisions, where the annotation leaves a choice:
//   - Offsets in .ann count code points of the .txt file as it is (a CR of
//     CRLF included), which is what brat does.
//   - Every event of type Attribution or Attribution-no-source with a
//     Content becomes gold; one without Content is skipped (counted).
//   - A discontinuous Content becomes one record per contiguous piece,
//     because what interrupts it is nearly always the cue and source ("...,"
//     said Smith, "..."), which a quote record must not contain. Pieces
//     separated only by white space or punctuation (brat cuts spans at line
//     breaks) are joined again; a piece is cut at a paragraph break.
//   - Type: direct when every word of the piece is inside double quote
//     marks (straight, curly, guillemets; the state restarts at each
//     paragraph), mixed when some are, indirect when none are.
//   - Speaker: the Source text as annotated ("veteran pollster
//     Pat Kendrick"), since PolNeAR links no entities; eval's speaker
//     comparison accepts a contained name. A Source that is a bare pronoun is
//     replaced by the longest PERSON (for he/she/I) or PERSON/ORGANIZATION
//     (for it/they/we) name in the CoreNLP coreference chain of its head, the
//     pronoun kept in speaker_mention; without such a chain it stays the
//     pronoun. No Source gives an empty speaker.
//   - The cue text is kept in the optional "cue" field, for analysis.
//   - When an article has several annotators' files (PolNeAR double-annotated
//     some), the first in name order is used.
package polnear
