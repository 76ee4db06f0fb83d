package format

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/whosaid/whosaid/extractor"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// record builds a record for the first occurrence of quote in text, with
// code point offsets as the contract says.
func record(t testing.TB, text, quote string, typ extractor.Type, speaker string, kind extractor.SpeakerKind) extractor.Quote {
	t.Helper()
	i := strings.Index(text, quote)
	if i < 0 {
		t.Fatalf("quote %q not in text", quote)
	}
	start := utf8.RuneCountInString(text[:i])
	return extractor.Quote{
		Quote: quote, Type: typ, Speaker: speaker, SpeakerMention: speaker, SpeakerKind: kind,
		Cue: "said", Start: start, End: start + utf8.RuneCountInString(quote),
		Paragraph: strings.Count(text[:i], "\n\n"), Method: "rules", Confidence: 0.9,
	}
}

// sampleDocs returns two documents: one with records (non-ASCII text, a
// comma and a quote mark inside a field, HTML-ish characters) and one with
// none and nil slices.
func sampleDocs(t testing.TB) []*extractor.Document {
	t.Helper()
	text := "“We will rebuild the Pérez bridge by June,” said Mayor Ana Pérez.\n\n" +
		"Engineers warned that costs, already €4m, could <double> & more.\n\n" +
		"A resident, who asked not to be named, called it \"a \"\"joke\"\".\""
	q1 := record(t, text, "We will rebuild the Pérez bridge by June,", extractor.Direct, "Ana Pérez", extractor.Person)
	q1.Role, q1.Affiliation, q1.SpeakerMention = "Mayor", "Riverton", "Mayor Ana Pérez"
	q1.CueClass, q1.SpeakerID = "speech", "s1"
	q2 := record(t, text, "costs, already €4m, could <double> & more", extractor.Indirect, "Engineers", extractor.Group)
	q2.Cue, q2.CueClass, q2.SpeakerID = "warned", "statement", "s2"
	q3 := record(t, text, "a \"\"joke\"\"", extractor.Mixed, "", extractor.Anonymous)
	q3.SpeakerMention, q3.Cue, q3.Confidence = "A resident, who asked not to be named", "called", 0.5
	q3.CueClass, q3.SpeakerID = "statement", "s3"
	return []*extractor.Document{
		{
			Source: "testdata/bridge.html", URL: "https://news.example/bridge", Title: "Riverton, bridge", Byline: "Lee Park",
			Published: "2026-03-04T09:30:00+01:00", Site: "Riverton News", Language: "en", Text: text,
			Quotes: []extractor.Quote{q1, q2, q3}, Warnings: []string{},
			Extractor: extractor.Info{Version: "test", Mode: "rules"},
		},
		{
			Source: "-", Text: "Nothing was said here.",
			Extractor: extractor.Info{Version: "test", Mode: "rules"},
		},
	}
}

func compileSchema(t testing.TB) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(DocumentSchema()))
	if err != nil {
		t.Fatalf("schema is not JSON: %v", err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource(SchemaID, doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile(SchemaID)
	if err != nil {
		t.Fatalf("compiling the schema: %v", err)
	}
	return s
}

// validate checks one JSON document against the schema and the invariants a
// schema cannot say: end > start and text[start:end] == quote in code points.
func validate(t testing.TB, s *jsonschema.Schema, raw []byte) {
	t.Helper()
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(raw))
	if err != nil {
		t.Fatalf("not JSON: %v\n%s", err, raw)
	}
	if err := s.Validate(inst); err != nil {
		t.Fatalf("document does not match the schema: %v\n%s", err, raw)
	}
	var doc extractor.Document
	if err := json.Unmarshal(raw, &doc); err != nil {
		t.Fatal(err)
	}
	runes := []rune(doc.Text)
	for i, q := range doc.Quotes {
		if q.End <= q.Start || q.End > len(runes) {
			t.Fatalf("record %d: offsets %d..%d outside text of %d code points", i, q.Start, q.End, len(runes))
		}
		if got := string(runes[q.Start:q.End]); got != q.Quote {
			t.Errorf("record %d: text[%d:%d] = %q, want %q", i, q.Start, q.End, got, q.Quote)
		}
	}
}

func writeAll(t testing.TB, f Format, opts Options, docs []*extractor.Document) []byte {
	t.Helper()
	var buf bytes.Buffer
	w, err := NewWriter(&buf, f, opts)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		if err := w.Write(d); err != nil {
			t.Fatalf("Write: %v", err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	return buf.Bytes()
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	p := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(p, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(p)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from %s (run go test -update if the change is intended):\ngot:\n%s\nwant:\n%s", p, got, want)
	}
}

func TestGolden(t *testing.T) {
	docs := sampleDocs(t)
	tests := []struct {
		name string
		f    Format
		opts Options
		docs []*extractor.Document
	}{
		{"one.json", JSON, Options{}, docs[:1]},
		{"batch.json", JSON, Options{Array: true}, docs},
		{"batch.jsonl", JSONL, Options{}, docs},
		{"batch.csv", CSV, Options{}, docs},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			golden(t, tt.name, writeAll(t, tt.f, tt.opts, tt.docs))
		})
	}
}

func TestJSONMatchesSchema(t *testing.T) {
	s := compileSchema(t)
	docs := sampleDocs(t)

	t.Run("one document is an object", func(t *testing.T) {
		out := writeAll(t, JSON, Options{}, docs[:1])
		validate(t, s, out)
		var back extractor.Document
		if err := json.Unmarshal(out, &back); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(&back, docs[0]) {
			t.Errorf("round trip: got %+v, want %+v", back, docs[0])
		}
		if !bytes.Contains(out, []byte("<double> & more")) {
			t.Errorf("HTML characters were escaped:\n%s", out)
		}
	})
	t.Run("array", func(t *testing.T) {
		out := writeAll(t, JSON, Options{Array: true}, docs)
		var arr []json.RawMessage
		if err := json.Unmarshal(out, &arr); err != nil {
			t.Fatalf("not a JSON array: %v\n%s", err, out)
		}
		if len(arr) != len(docs) {
			t.Fatalf("got %d documents, want %d", len(arr), len(docs))
		}
		for _, raw := range arr {
			validate(t, s, raw)
		}
	})
	t.Run("empty array", func(t *testing.T) {
		out := writeAll(t, JSON, Options{Array: true}, nil)
		if string(out) != "[]\n" {
			t.Errorf("got %q, want %q", out, "[]\n")
		}
	})
	t.Run("jsonl", func(t *testing.T) {
		out := writeAll(t, JSONL, Options{}, docs)
		lines := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
		if len(lines) != len(docs) {
			t.Fatalf("got %d lines, want %d:\n%s", len(lines), len(docs), out)
		}
		for _, l := range lines {
			validate(t, s, []byte(l))
		}
	})
	t.Run("nil slices are empty arrays", func(t *testing.T) {
		out := writeAll(t, JSONL, Options{}, docs[1:])
		for _, w := range []string{`"quotes":[]`, `"warnings":[]`} {
			if !bytes.Contains(out, []byte(w)) {
				t.Errorf("output lacks %s:\n%s", w, out)
			}
		}
		if docs[1].Quotes != nil {
			t.Error("Write changed the caller's document")
		}
	})
}

func TestSchemaRejects(t *testing.T) {
	s := compileSchema(t)
	good := writeAll(t, JSON, Options{}, sampleDocs(t)[:1])
	tests := []struct {
		name   string
		mutate func(doc map[string]any, rec map[string]any)
	}{
		{"null quotes", func(d, _ map[string]any) { d["quotes"] = nil }},
		{"null warnings", func(d, _ map[string]any) { d["warnings"] = nil }},
		{"missing text", func(d, _ map[string]any) { delete(d, "text") }},
		{"empty source", func(d, _ map[string]any) { d["source"] = "" }},
		{"unknown document field", func(d, _ map[string]any) { d["score"] = 1 }},
		{"published not RFC 3339", func(d, _ map[string]any) { d["published"] = "March 4, 2026" }},
		{"unknown mode", func(d, _ map[string]any) { d["extractor"].(map[string]any)["mode"] = "magic" }},
		{"unknown type", func(_, r map[string]any) { r["type"] = "paraphrase" }},
		{"unknown speaker kind", func(_, r map[string]any) { r["speaker_kind"] = "robot" }},
		{"unknown method", func(_, r map[string]any) { r["method"] = "guess" }},
		{"negative start", func(_, r map[string]any) { r["start"] = -1 }},
		{"fractional offset", func(_, r map[string]any) { r["end"] = 3.5 }},
		{"offset as string", func(_, r map[string]any) { r["start"] = "0" }},
		{"confidence above 1", func(_, r map[string]any) { r["confidence"] = 1.5 }},
		{"empty quote", func(_, r map[string]any) { r["quote"] = "" }},
		{"missing cue", func(_, r map[string]any) { delete(r, "cue") }},
		{"unknown record field", func(_, r map[string]any) { r["agreed"] = true }},
		{"unknown agreement", func(_, r map[string]any) { r["agreement"] = "maybe" }},
		{"unknown difference field", func(_, r map[string]any) {
			r["differences"] = []any{map[string]any{"field": "mood", "llm": "", "rules": ""}}
		}},
		{"unknown rejection reason", func(d, _ map[string]any) {
			d["rejected"] = []any{map[string]any{"quote": "q", "speaker": "", "reason": "bored"}}
		}},
		{"unknown speaker with a name", func(_, r map[string]any) { r["speaker_kind"] = "unknown" }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var doc map[string]any
			if err := json.Unmarshal(good, &doc); err != nil {
				t.Fatal(err)
			}
			tt.mutate(doc, doc["quotes"].([]any)[0].(map[string]any))
			raw, _ := json.Marshal(doc)
			inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(raw))
			if err != nil {
				t.Fatal(err)
			}
			if err := s.Validate(inst); err == nil {
				t.Errorf("schema accepted %s", raw)
			}
		})
	}
}

func TestSchemaFileIsEmbedded(t *testing.T) {
	onDisk, err := os.ReadFile("document.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	got := DocumentSchema()
	if !bytes.Equal(got, onDisk) {
		t.Error("DocumentSchema() differs from document.schema.json")
	}
	got[0] = 'x'
	if DocumentSchema()[0] == 'x' {
		t.Error("DocumentSchema() returns the embedded slice itself; callers could change it")
	}
	var s struct {
		ID string `json:"$id"`
	}
	if err := json.Unmarshal(onDisk, &s); err != nil || s.ID != SchemaID {
		t.Errorf("$id: got %q (%v), want %q", s.ID, err, SchemaID)
	}
}

func TestCSV(t *testing.T) {
	docs := sampleDocs(t)
	out := writeAll(t, CSV, Options{}, docs)
	rows, err := csv.NewReader(bytes.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatalf("not valid CSV: %v\n%s", err, out)
	}
	if !reflect.DeepEqual(rows[0], CSVHeader) {
		t.Fatalf("header: got %q, want %q", rows[0], CSVHeader)
	}
	if got, want := len(rows)-1, len(docs[0].Quotes); got != want {
		t.Fatalf("got %d rows, want %d (one per record; none for a document without records)", got, want)
	}
	col := map[string]int{}
	for i, h := range CSVHeader {
		col[h] = i
	}
	for i, q := range docs[0].Quotes {
		r := rows[i+1]
		checks := map[string]string{
			"source": docs[0].Source, "url": docs[0].URL, "title": docs[0].Title,
			"quote": q.Quote, "speaker_kind": string(q.SpeakerKind), "role": q.Role,
		}
		for k, want := range checks {
			if got := r[col[k]]; got != want {
				t.Errorf("row %d %s: got %q, want %q", i+1, k, got, want)
			}
		}
	}

	t.Run("header even when empty", func(t *testing.T) {
		out := writeAll(t, CSV, Options{}, nil)
		if want := strings.Join(CSVHeader, ",") + "\n"; string(out) != want {
			t.Errorf("got %q, want %q", out, want)
		}
	})
}

func TestWriterErrors(t *testing.T) {
	docs := sampleDocs(t)
	t.Run("unknown format", func(t *testing.T) {
		if _, err := NewWriter(&bytes.Buffer{}, "xml", Options{}); !errors.Is(err, ErrUnknownFormat) {
			t.Errorf("got %v, want ErrUnknownFormat", err)
		}
		if _, err := Parse("yaml"); !errors.Is(err, ErrUnknownFormat) {
			t.Errorf("Parse: got %v, want ErrUnknownFormat", err)
		}
	})
	t.Run("second document in single json", func(t *testing.T) {
		w, _ := NewWriter(&bytes.Buffer{}, JSON, Options{})
		if err := w.Write(docs[0]); err != nil {
			t.Fatal(err)
		}
		if err := w.Write(docs[1]); err == nil {
			t.Error("got nil error, want one: a single JSON document cannot hold two")
		}
	})
	for _, f := range []Format{JSON, JSONL} {
		t.Run("unencodable document "+string(f), func(t *testing.T) {
			bad := *docs[0]
			bad.Quotes = append([]extractor.Quote(nil), docs[0].Quotes...)
			bad.Quotes[0].Confidence = math.NaN()
			var buf bytes.Buffer
			w, _ := NewWriter(&buf, f, Options{Array: true})
			if err := w.Write(&bad); !errors.Is(err, ErrEncode) {
				t.Fatalf("got %v, want ErrEncode", err)
			}
			if buf.Len() != 0 {
				t.Errorf("wrote %q for a document it could not encode", buf.String())
			}
			// The writer is still usable.
			if err := w.Write(docs[1]); err != nil {
				t.Fatal(err)
			}
			_ = w.Close()
			if f == JSON {
				var arr []json.RawMessage
				if err := json.Unmarshal(buf.Bytes(), &arr); err != nil || len(arr) != 1 {
					t.Errorf("got %v, %d documents; want a valid array of 1:\n%s", err, len(arr), buf.String())
				}
			}
		})
	}
	for _, f := range Formats {
		t.Run("write after close "+string(f), func(t *testing.T) {
			w, _ := NewWriter(&bytes.Buffer{}, f, Options{Array: true})
			_ = w.Close()
			if err := w.Write(docs[0]); !errors.Is(err, ErrClosed) {
				t.Errorf("got %v, want ErrClosed", err)
			}
		})
		t.Run("failing writer "+string(f), func(t *testing.T) {
			w, _ := NewWriter(failWriter{}, f, Options{Array: true})
			err := w.Write(docs[0])
			if err == nil {
				err = w.Close()
			}
			if err == nil || !strings.Contains(err.Error(), "disk full") {
				t.Errorf("got %v, want the writer's error", err)
			}
		})
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

// A fact-checker reading the csv of a hybrid run needs the agreement label
// and the other engine's speaker on every row.
func TestCSVHybridColumns(t *testing.T) {
	var b bytes.Buffer
	w, err := NewWriter(&b, CSV, Options{})
	if err != nil {
		t.Fatal(err)
	}
	doc := &extractor.Document{Source: "a.html", Text: "“Yes,” said Ana Ruiz.", Quotes: []extractor.Quote{{
		Quote: "Yes,", Type: extractor.Direct, Speaker: "Ana Ruiz", SpeakerKind: extractor.Person,
		Start: 1, End: 5, Method: "both", Agreement: "conflict", AltSpeaker: "Tomas Bell",
		Differences: []extractor.Difference{{Field: "speaker", LLM: "Tomas Bell", Rules: "Ana Ruiz"}, {Field: "role", LLM: "", Rules: "director"}},
	}}}
	if err := w.Write(doc); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 2 {
		t.Fatalf("got %d rows, want header and one record", len(rows))
	}
	got := map[string]string{}
	for i, h := range rows[0] {
		got[h] = rows[1][i]
	}
	if got["agreement"] != "conflict" || got["alt_speaker"] != "Tomas Bell" || got["method"] != "both" {
		t.Errorf("got agreement %q alt_speaker %q method %q", got["agreement"], got["alt_speaker"], got["method"])
	}
	if want := "speaker: llm=Tomas Bell, rules=Ana Ruiz; role: llm=, rules=director"; got["differences"] != want {
		t.Errorf("differences: got %q, want %q", got["differences"], want)
	}
}
