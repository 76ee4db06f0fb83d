package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/extractor"
)

// The article of the fixture benchmark, written for this test.
const body = "Harbor City will close the bridge in May, Mayor Ana Ruiz said on Monday.\n\n" +
	"“We have no choice,” Ruiz said. “The cables are failing.”\n\n" +
	"The so-called “fix” was never funded."

func TestPackUnpack(t *testing.T) {
	g := &goldPage{Page: "p1", Notes: "Ruiz said: Harbor City will close the bridge in May, as the lead says.",
		Traps: []string{"a caption"},
		Quotes: []goldQuote{
			{Type: "indirect", Quote: "Harbor City will close the bridge in May", Speaker: "Ana Ruiz", Kind: "person"},
			{Type: "direct", Quote: "We have no choice,", Speaker: "Ana Ruiz", Kind: "person"},
		}}
	if err := pack(g, body); err != nil {
		t.Fatal(err)
	}
	for i, q := range g.Quotes {
		if q.Quote != "" || len(q.At) != 2 || q.Hash == "" {
			t.Fatalf("quote %d not packed: %+v", i, q)
		}
	}
	if g.Traps != nil {
		t.Errorf("traps kept: %q", g.Traps)
	}
	if strings.Contains(g.Notes, "will close the bridge in May") {
		t.Errorf("notes keep article text: %q", g.Notes)
	}
	if !strings.Contains(g.Notes, "Ruiz said") {
		t.Errorf("notes lost the annotator's words: %q", g.Notes)
	}
	if err := unpack(g, body); err != nil {
		t.Fatal(err)
	}
	if g.Quotes[0].Quote != "Harbor City will close the bridge in May" || g.Quotes[1].Quote != "We have no choice," {
		t.Errorf("unpacked %q, %q", g.Quotes[0].Quote, g.Quotes[1].Quote)
	}
	// A changed article text fails loudly instead of scoring other words.
	g.Quotes[0].Quote = ""
	if err := unpack(g, strings.Replace(body, "Harbor City", "Harbour Town", 1)); err == nil {
		t.Error("unpack from a changed text: got no error")
	}
}

func TestScorePage(t *testing.T) {
	g := &goldPage{Page: "p1", Quotes: []goldQuote{
		{Type: "indirect", Quote: "Harbor City will close the bridge in May", Speaker: "Ana Ruiz", Kind: "person", Aliases: []string{"Ruiz"},
			Role: "Mayor", Affiliation: "Harbor City", CueClass: ptr("speech")},
		{Type: "direct", Quote: "We have no choice,", Speaker: "Ana Ruiz", Kind: "person", Affiliation: "Harbor City"},
		{Type: "direct", Quote: "The cables are failing.", Speaker: "Ana Ruiz", Kind: "person"},
		{Type: "direct", Quote: "fix", Optional: true, Kind: "unknown"},
	}}
	rec := func(quote, speaker string, kind extractor.SpeakerKind, aff, class string) extractor.Quote {
		i := strings.Index(body, quote)
		s := len([]rune(body[:i]))
		typ := extractor.Direct
		if !strings.HasSuffix(quote, ",") {
			typ = extractor.Indirect
		}
		return extractor.Quote{Quote: quote, Type: typ, Start: s, End: s + len([]rune(quote)), Speaker: speaker, SpeakerKind: kind, Affiliation: aff, CueClass: class}
	}
	doc := &extractor.Document{Text: body, Quotes: []extractor.Quote{
		rec("Harbor City will close the bridge in May", "Ana Ruiz", extractor.Person, "Harbor City", "speech"), // right
		rec("We have no choice,", "Ruiz", extractor.Person, "", "speech"),                                      // not the fullest name
		rec("fix", "", extractor.Unknown, "", ""),                                                              // optional: neither way
		rec("was never funded", "", extractor.Unknown, "", ""),                                                 // false
	}}
	c, fs := scorePage(g, doc, body)
	want := counts{Pages: 1, Required: 3, Optional: 1, Predicted: 4, Hits: 2, OptHits: 1, DirectRequired: 2, DirectHits: 1,
		SpeakerRight: 1, KindRight: 2, TypeRight: 2, ClassGold: 1, ClassRight: 1, AffGold: 2, AffRight: 1, AffPredicted: 1, AffPredRight: 1,
		RoleGold: 1}
	if c != want {
		t.Errorf("counts:\n got %+v\nwant %+v", c, want)
	}
	f := c.figures()
	if f.Precision != 2.0/3 || f.Recall != 2.0/3 {
		t.Errorf("precision %v recall %v, want 2/3 each", f.Precision, f.Recall)
	}
	kinds := map[string]int{}
	for _, x := range fs {
		kinds[x.What]++
	}
	if kinds["missed"] != 1 || kinds["speaker"] != 1 || kinds["false"] != 1 || kinds["affiliation"] != 1 {
		t.Errorf("findings: %v", kinds)
	}
}

func TestSameSpeaker(t *testing.T) {
	tests := []struct {
		gold goldQuote
		pred extractor.Quote
		want bool
	}{
		{goldQuote{Speaker: "Ana Ruiz", Kind: "person"}, extractor.Quote{Speaker: "Ana Ruiz", SpeakerKind: extractor.Person}, true},
		{goldQuote{Speaker: "Ana Ruiz", Kind: "person", Aliases: []string{"Ruiz"}}, extractor.Quote{Speaker: "Ruiz"}, false},
		{goldQuote{Speaker: "Ana Ruiz", Kind: "person", Aliases: []string{"Ana M. Ruiz"}}, extractor.Quote{Speaker: "Ana M. Ruiz"}, true},
		{goldQuote{Speaker: "NASA", Kind: "organization", Aliases: []string{"the agency", "National Aeronautics and Space Administration"}},
			extractor.Quote{Speaker: "National Aeronautics and Space Administration"}, true},
		{goldQuote{Speaker: "NASA", Kind: "organization", Aliases: []string{"the agency"}}, extractor.Quote{Speaker: "the agency"}, false},
		{goldQuote{Speaker: "local business owners", Kind: "group"}, extractor.Quote{Speaker: "business owners"}, true},
		{goldQuote{Speaker: "local business owners", Kind: "group"}, extractor.Quote{Speaker: "local residents"}, false},
		{goldQuote{Kind: "unknown"}, extractor.Quote{SpeakerKind: extractor.Unknown}, true},
		{goldQuote{Kind: "unknown"}, extractor.Quote{Speaker: "Ana Ruiz", SpeakerKind: extractor.Person}, false},
	}
	for _, tt := range tests {
		if got := sameSpeaker(tt.gold, tt.pred); got != tt.want {
			t.Errorf("sameSpeaker(%q, %q) = %v, want %v", tt.gold.Speaker, tt.pred.Speaker, got, tt.want)
		}
	}
}

// TestRun scores a fixture benchmark of one page end to end, split by id.
func TestRun(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "bench")
	if err := os.MkdirAll(filepath.Join(data, "html"), 0o755); err != nil {
		t.Fatal(err)
	}
	id := "0abc"
	var html bytes.Buffer
	html.WriteString("<html><head><title>Bridge to close</title></head><body><article>")
	for _, p := range strings.Split(body, "\n\n") {
		html.WriteString("<p>" + p + "</p>")
	}
	html.WriteString("</article></body></html>")
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(html.Bytes())
	zw.Close()
	if err := os.WriteFile(filepath.Join(data, "html", id+".html.gz"), gz.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	gt, _ := json.Marshal(map[string]any{id: map[string]string{"articleBody": body, "url": "https://example.org/bridge"}})
	if err := os.WriteFile(filepath.Join(data, "ground-truth.json"), gt, 0o644); err != nil {
		t.Fatal(err)
	}
	gold := filepath.Join(dir, "gold")
	os.MkdirAll(gold, 0o755)
	draft := filepath.Join(dir, id+".gold.json")
	d, _ := json.Marshal(goldPage{Page: id, URL: "https://example.org/bridge", Quotes: []goldQuote{
		{Type: "direct", Quote: "We have no choice,", Speaker: "Ana Ruiz", Kind: "person"},
	}})
	os.WriteFile(draft, d, 0o644)
	var out, errb bytes.Buffer
	if code := run(context.Background(), []string{"-data", data, "-given", "", "-gold", gold, "pack", draft}, &out, &errb); code != 0 {
		t.Fatalf("pack: exit %d: %s", code, errb.String())
	}
	packed, _ := os.ReadFile(filepath.Join(gold, id+".gold.json"))
	if bytes.Contains(packed, []byte("We have no choice")) {
		t.Fatalf("packed gold holds article text:\n%s", packed)
	}
	out.Reset()
	if code := run(context.Background(), []string{"-data", data, "-given", "", "-gold", gold, "-json"}, &out, &errb); code != 0 {
		t.Fatalf("score: exit %d: %s", code, errb.String())
	}
	var res result
	if err := json.Unmarshal(out.Bytes(), &res); err != nil {
		t.Fatal(err)
	}
	if res.Totals.Pages != 1 || res.Totals.Required != 1 || res.Totals.Hits != 1 || res.Totals.SpeakerRight != 1 {
		t.Errorf("dev split: %+v", res.Totals)
	}
	out.Reset()
	run(context.Background(), []string{"-data", data, "-given", "", "-gold", gold, "-json", "-split", "heldout"}, &out, &errb)
	res = result{}
	json.Unmarshal(out.Bytes(), &res)
	if res.Totals.Pages != 0 {
		t.Errorf("held-out split holds page %s, which starts with 0", id)
	}
}

func ptr(s string) *string { return &s }

// TestRunGUM scores a fixture GUM checkout of one news text: the text is
// rebuilt from CoNLL-U comments, and the gold's own split is honoured.
func TestRunGUM(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "gum")
	if err := os.MkdirAll(filepath.Join(data, "dep"), 0o755); err != nil {
		t.Fatal(err)
	}
	conllu := "# newdoc id = GUM_news_ferry\n# newpar\n# newpar_block = head (1 s)\n# text = Ferry service to end\n1\tFerry\tferry\tNOUN\n\n" +
		"# newpar\n# newpar_block = p (2 s)\n# text = The harbor ferry will stop next month.\n1\tThe\tthe\tDET\n\n" +
		"# text = \"We have no choice,\" said Ana Ruiz, director of the Harbor Authority.\n1\tWe\twe\tPRON\n\n"
	if err := os.WriteFile(filepath.Join(data, "dep", "GUM_news_ferry.conllu"), []byte(conllu), 0o644); err != nil {
		t.Fatal(err)
	}
	texts, err := readGUM(data)
	if err != nil {
		t.Fatal(err)
	}
	want := "Ferry service to end\n\nThe harbor ferry will stop next month. \"We have no choice,\" said Ana Ruiz, director of the Harbor Authority."
	if texts["GUM_news_ferry"] != want {
		t.Fatalf("text = %q, want %q", texts["GUM_news_ferry"], want)
	}
	gold := filepath.Join(dir, "gold")
	os.MkdirAll(gold, 0o755)
	draft := filepath.Join(dir, "ferry.gold.json")
	d, _ := json.Marshal(goldPage{Page: "GUM_news_ferry", Split: "heldout", Quotes: []goldQuote{
		{Type: "direct", Quote: "We have no choice,", Speaker: "Ana Ruiz", Kind: "person", Role: "director", Affiliation: "Harbor Authority"},
	}})
	os.WriteFile(draft, d, 0o644)
	var out, errb bytes.Buffer
	args := []string{"-corpus", "gum", "-data", data, "-gold", gold}
	if code := run(context.Background(), append(args, "pack", draft), &out, &errb); code != 0 {
		t.Fatalf("pack: exit %d: %s", code, errb.String())
	}
	for _, split := range []string{"dev", "heldout"} {
		out.Reset()
		if code := run(context.Background(), append(args, "-json", "-split", split), &out, &errb); code != 0 {
			t.Fatalf("score: exit %d: %s", code, errb.String())
		}
		var res result
		if err := json.Unmarshal(out.Bytes(), &res); err != nil {
			t.Fatal(err)
		}
		wantPages := map[string]int{"dev": 0, "heldout": 1}[split]
		if res.Totals.Pages != wantPages {
			t.Errorf("%s: %d pages, want %d", split, res.Totals.Pages, wantPages)
		}
		if split == "heldout" && (res.Totals.Hits != 1 || res.Totals.AffRight != 1) {
			t.Errorf("%s: %+v", split, res.Totals)
		}
	}
	// A threshold above every record's confidence leaves nothing to score.
	out.Reset()
	if code := run(context.Background(), append(args, "-json", "-split", "heldout", "-min-confidence", "0.999"), &out, &errb); code != 0 {
		t.Fatalf("score: exit %d: %s", code, errb.String())
	}
	var strict result
	if err := json.Unmarshal(out.Bytes(), &strict); err != nil {
		t.Fatal(err)
	}
	if strict.Totals.Predicted != 0 || strict.Totals.Hits != 0 {
		t.Errorf("-min-confidence 0.999: %+v, want no records", strict.Totals)
	}
	if code := run(context.Background(), []string{"-corpus", "gum"}, &out, &errb); code != 2 {
		t.Errorf("-corpus gum without -data: exit %d, want 2", code)
	}
	errb.Reset()
	if code := run(context.Background(), []string{"-corpus", "gum", "-data", filepath.Join(dir, "missing")}, &out, &errb); code != 1 || !strings.Contains(errb.String(), "missing") {
		t.Errorf("-corpus gum with a missing -data: exit %d (%s), want 1 naming the path", code, errb.String())
	}
}

// TestReadWNS reads a fixture dataset line: English sources only, lines made
// paragraphs, keyed by a hash of the text.
func TestReadWNS(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "set.json")
	line := `{"title":"x","sources":[{"language":"en","maintext":"Ferry to stop\nThe ferry will stop, Ana Ruiz said.\n"},{"language":"pt","maintext":"Balsa vai parar"}]}` + "\n"
	if err := os.WriteFile(path, []byte(line+"\n"+line), 0o644); err != nil {
		t.Fatal(err)
	}
	texts, err := readWNS(path)
	if err != nil {
		t.Fatal(err)
	}
	want := "Ferry to stop\n\nThe ferry will stop, Ana Ruiz said."
	if len(texts) != 1 || texts[wnsID(want)] != want {
		t.Errorf("texts = %q, want one: %q", texts, want)
	}
	if _, err := readWNS(filepath.Join(dir, "missing.json")); err == nil {
		t.Error("a missing file gave no error")
	}
}

// TestReadPolNeAR reads converted PolNeAR articles, keyed "pn-" and the id.
func TestReadPolNeAR(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "train.jsonl")
	line := `{"id":"paper_2016-01-01_ferry","text":"The ferry will stop, Ana Ruiz said.","quotes":[]}`
	if err := os.WriteFile(path, []byte(line+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	texts, err := readPolNeAR(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(texts) != 1 || texts["pn-paper_2016-01-01_ferry"] != "The ferry will stop, Ana Ruiz said." {
		t.Errorf("texts = %q", texts)
	}
	if err := os.WriteFile(path, []byte("{not json\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := readPolNeAR(path); err == nil || !strings.Contains(err.Error(), path) {
		t.Errorf("a broken line gave %v, want an error naming the file", err)
	}
	// PolNeAR's gold is never in the repository: without -gold the tool
	// says where it must come from instead of scoring nothing.
	var out, errb bytes.Buffer
	if code := run(context.Background(), []string{"-corpus", "polnear", "-data", path}, &out, &errb); code != 2 || !strings.Contains(errb.String(), "-gold") {
		t.Errorf("no -gold: exit %d, stderr %q; want 2 and a message naming -gold", code, errb.String())
	}
}

// TestBoilerplateByWords counts a false record as boilerplate only when its
// words are not in the article text, whatever the spaces and marks.
func TestBoilerplateByWords(t *testing.T) {
	g := &goldPage{Page: "p2"}
	truth := "The mayor said: “It was that feeling of ‘ this is the bridge.’” The vote is Monday."
	text := "The mayor said: “It was that feeling of ‘this is the bridge.’” The vote is Monday.\n\nSubscribe to our newsletter for daily updates."
	rec := func(q string) extractor.Quote {
		i := strings.Index(text, q)
		s := len([]rune(text[:i]))
		return extractor.Quote{Quote: q, Type: extractor.Direct, Start: s, End: s + len([]rune(q))}
	}
	doc := &extractor.Document{Text: text, Quotes: []extractor.Quote{
		rec("It was that feeling of ‘this is the bridge.’"),
		rec("Subscribe to our newsletter for daily updates."),
	}}
	c, _ := scorePage(g, doc, truth)
	if c.Boilerplate != 1 {
		t.Errorf("boilerplate = %d, want 1 (the newsletter line only)", c.Boilerplate)
	}
}
