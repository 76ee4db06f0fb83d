package format

import _ "embed"

//go:embed document.schema.json
var documentSchema []byte

// SchemaID is the $id of the document schema. Its version changes whenever
// the contract does; later issues only add properties.
const SchemaID = "https://github.com/whosaid/whosaid/schema/document/v3.json"

// DocumentSchema returns the JSON Schema (draft 2020-12) of one output
// document, as also found in extractor/format/document.schema.json. The
// json format's array form is an array of such documents; jsonl is one a
// line. It returns a fresh copy each call.
func DocumentSchema() []byte {
	return append([]byte(nil), documentSchema...)
}
