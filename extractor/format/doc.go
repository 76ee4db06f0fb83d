// Package format writes extraction documents as JSON, JSON Lines or CSV, and
// holds the JSON Schema of a document.
//
// Writers stream: each document is written as soon as Write is called, so a
// batch can be written in input order while later sources are still being
// processed.
//
//   - format.go: Format, Parse, Writer, NewWriter.
//   - json.go:   the json and jsonl writers.
//   - csv.go:    the csv writer (one row per record).
//   - schema.go: DocumentSchema, the embedded document.schema.json.
package format
