// Package extractor turns a cleaned article into the output document: the
// record types (record.go), the Engine interface that the rule engine
// (extractor/rules) and the LLM stage (extractor/crosscheck) implement, and
// the Pipeline that enforces the verbatim guarantee (pipeline.go).
//
// Engines work in byte offsets into the article's text; the pipeline checks
// every record against the text, drops (with a warning) any whose quote is
// not exactly the text at its offsets, and converts the offsets to Unicode
// code points, so that text[start:end] == quote holds for Python and most
// other consumers of the JSON.
package extractor
