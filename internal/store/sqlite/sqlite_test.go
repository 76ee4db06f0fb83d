package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"io/fs"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/whosaid/whosaid/extractor"
	"github.com/whosaid/whosaid/internal/store"
)

func open(t *testing.T, path string) *DB {
	t.Helper()
	db, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func sampleDoc(src string) *extractor.Document {
	return &extractor.Document{
		Source: src, URL: src, Title: "Ferry fares to rise", Published: "2026-03-01T08:00:00Z",
		Text:     "“Fuel has doubled,” said Elena Varga.",
		Warnings: []string{},
		Quotes: []extractor.Quote{{
			Quote: "Fuel has doubled,", Type: extractor.Direct, Speaker: "Elena Varga", SpeakerMention: "Elena Varga",
			SpeakerKind: extractor.Person, Cue: "said", Start: 1, End: 18, Method: "rules", Confidence: 0.9,
		}},
		Extractor: extractor.Info{Version: "test", Mode: "rules"},
	}
}

func TestReopenKeepsStateAndSchema(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "sub", "w.db")
	db := open(t, path)
	now := time.Now().UTC().Truncate(time.Millisecond)
	f := &store.Feed{URL: "https://news.example/rss", Name: "News", ETag: `"abc"`, LastModified: "Mon, 02 Mar 2026 10:00:00 GMT",
		LastChecked: now, NextCheck: now.Add(time.Hour), Failures: 2, LastError: "feed: server answered HTTP 500", TTL: 45 * time.Minute}
	if err := db.SaveFeed(ctx, f); err != nil {
		t.Fatal(err)
	}
	db.Close()

	db = open(t, path)
	got, err := db.Feed(ctx, f.URL)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, f) {
		t.Errorf("feed after reopen: got %+v, want %+v", got, f)
	}
	var v int
	names, _ := fs.Glob(migrations, "migrations/*.sql")
	if err := db.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil || v != len(names) || v < 2 {
		t.Errorf("user_version: got %d (%v), want %d, one per migration", v, err, len(names))
	}
	var mode string
	if err := db.db.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode); err != nil || mode != "wal" {
		t.Errorf("journal_mode: got %q (%v), want wal", mode, err)
	}
	if _, err := db.Feed(ctx, "https://nowhere.example/"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("unknown feed: got %v, want ErrNotFound", err)
	}
}

func TestNewerSchemaRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "w.db")
	db := open(t, path)
	if _, err := db.db.Exec("PRAGMA user_version = 99"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if _, err := Open(context.Background(), path); !errors.Is(err, ErrNewerSchema) {
		t.Errorf("got %v, want ErrNewerSchema", err)
	}
}

func TestArticlesAddedOnce(t *testing.T) {
	ctx := context.Background()
	db := open(t, filepath.Join(t.TempDir(), "w.db"))
	arts := []store.Article{
		{Feed: "f1", Key: "guid:a", URL: "https://news.example/a"},
		{Feed: "f1", Key: "guid:b", URL: "https://news.example/b"},
		{Feed: "f1", Key: "hash:c"},
		{Feed: "f1", Key: "hash:d"},
	}
	n, err := db.AddArticles(ctx, arts)
	if err != nil || n != 4 {
		t.Fatalf("first add: got %d, %v; want 4", n, err)
	}
	n, err = db.AddArticles(ctx, append(arts,
		store.Article{Feed: "f2", Key: "guid:other-a", URL: "https://news.example/a"}, // same link, other key
		store.Article{Feed: "f2", Key: "guid:e", URL: "https://news.example/e"},
	))
	if err != nil || n != 1 {
		t.Fatalf("second add: got %d, %v; want only the new link", n, err)
	}
	p, err := db.Pending(ctx, "f1", false)
	if err != nil || len(p) != 4 || p[0].Key != "guid:a" || p[0].Status != store.Pending {
		t.Errorf("pending of f1: got %+v, %v", p, err)
	}
}

func TestCompleteIsAtomicAndOnce(t *testing.T) {
	ctx := context.Background()
	db := open(t, filepath.Join(t.TempDir(), "w.db"))
	if _, err := db.AddArticles(ctx, []store.Article{{Feed: "f1", Key: "k", URL: "https://news.example/a"}}); err != nil {
		t.Fatal(err)
	}
	p, _ := db.Pending(ctx, "f1", false)
	id := p[0].ID
	if err := db.Fail(ctx, id, store.Pending, "fetch: timed out"); err != nil {
		t.Fatal(err)
	}
	// Several runs finishing the same article at once: one wins.
	var wg sync.WaitGroup
	errs := make([]error, 4)
	for i := range errs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = db.Complete(ctx, id, sampleDoc("https://news.example/a"))
		}()
	}
	wg.Wait()
	ok := 0
	for _, err := range errs {
		switch {
		case err == nil:
			ok++
		case !errors.Is(err, store.ErrAlreadyDone):
			t.Errorf("Complete: %v", err)
		}
	}
	if ok != 1 {
		t.Errorf("Complete succeeded %d times, want once", ok)
	}
	a, err := db.Article(ctx, id)
	if err != nil || a.Status != store.Done || a.Attempts != 1 || a.LastError != "" {
		t.Errorf("article: got %+v, %v; want done after 1 failed attempt, error cleared", a, err)
	}
	var docs []*store.Document
	err = db.Documents(ctx, store.DocumentFilter{}, func(d *store.Document) error { docs = append(docs, d); return nil })
	if err != nil || len(docs) != 1 {
		t.Fatalf("documents: got %d, %v; want 1", len(docs), err)
	}
	if want := sampleDoc("https://news.example/a"); !reflect.DeepEqual(docs[0].Doc, want) {
		t.Errorf("round trip: got %+v, want %+v", docs[0].Doc, want)
	}
	if err := db.Fail(ctx, id, store.Pending, "late"); !errors.Is(err, store.ErrAlreadyDone) {
		t.Errorf("Fail after done: got %v, want ErrAlreadyDone", err)
	}
}

func TestDocumentsFilter(t *testing.T) {
	ctx := context.Background()
	db := open(t, filepath.Join(t.TempDir(), "w.db"))
	for i, f := range []string{"f1", "f2", "f1"} {
		key := string(rune('a' + i))
		if _, err := db.AddArticles(ctx, []store.Article{{Feed: f, Key: key}}); err != nil {
			t.Fatal(err)
		}
		p, _ := db.Pending(ctx, f, false)
		doc := sampleDoc("https://news.example/" + key)
		doc.Quotes = nil // a document without records comes back with an empty list
		if err := db.Complete(ctx, p[0].ID, doc); err != nil {
			t.Fatal(err)
		}
	}
	count := func(f store.DocumentFilter) int {
		n := 0
		err := db.Documents(ctx, f, func(d *store.Document) error {
			if d.Doc.Quotes == nil {
				t.Errorf("%s: nil quotes, want an empty list", d.Doc.Source)
			}
			n++
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	tests := []struct {
		name string
		f    store.DocumentFilter
		want int
	}{
		{"all", store.DocumentFilter{}, 3},
		{"feed", store.DocumentFilter{Feed: "f1"}, 2},
		{"since future", store.DocumentFilter{Since: time.Now().Add(time.Hour)}, 0},
		{"since past", store.DocumentFilter{Since: time.Now().Add(-time.Hour)}, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := count(tt.f); got != tt.want {
				t.Errorf("got %d documents, want %d", got, tt.want)
			}
		})
	}
}

// TestOpenNewStoreConcurrently: two runs that overlap on a store that does
// not exist yet (the first cron job of a slow host) both get a working store;
// before, the second applied the first migration again and failed with
// "table feeds already exists".
func TestOpenNewStoreConcurrently(t *testing.T) {
	for round := range 5 {
		path := filepath.Join(t.TempDir(), "w.db")
		var wg sync.WaitGroup
		errs := make([]error, 4)
		for i := range errs {
			wg.Add(1)
			go func() {
				defer wg.Done()
				db, err := Open(context.Background(), path)
				if err == nil {
					err = db.Close()
				}
				errs[i] = err
			}()
		}
		wg.Wait()
		for i, err := range errs {
			if err != nil {
				t.Errorf("round %d, opener %d: got %v, want a store", round, i, err)
			}
		}
	}
}

// TestMigrateFromFirstSchema opens a store written at schema version 1 (as
// the first release left it): its document is still exported, with the new
// fields empty, and a hybrid document stored after the upgrade keeps them.
func TestMigrateFromFirstSchema(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v1.db")
	raw, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	v1, err := migrations.ReadFile("migrations/0001_init.sql")
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{string(v1), "PRAGMA user_version = 1",
		`INSERT INTO articles (id, feed_url, key, url, status, first_seen, updated) VALUES (1, 'f1', 'k1', 'https://news.example/old', 'done', 1, 1)`,
		`INSERT INTO documents (id, article_id, feed_url, stored, source, url, title, byline, published, site, language, text, warnings, extractor_version, mode)
			VALUES (1, 1, 'f1', 1, 'https://news.example/old', 'https://news.example/old', 'Old', '', '', '', 'en', 'Old text.', '[]', 'v0', 'rules')`,
	} {
		if _, err := raw.ExecContext(ctx, q); err != nil {
			t.Fatalf("building a version 1 store: %v", err)
		}
	}
	raw.Close()

	db := open(t, path)
	if _, err := db.AddArticles(ctx, []store.Article{{Feed: "f1", Key: "k2", URL: "https://news.example/new"}}); err != nil {
		t.Fatal(err)
	}
	p, err := db.Pending(ctx, "f1", false)
	if err != nil || len(p) != 1 {
		t.Fatalf("pending: got %v, %v", p, err)
	}
	if err := db.Complete(ctx, p[0].ID, hybridDoc("https://news.example/new")); err != nil {
		t.Fatal(err)
	}
	var docs []*store.Document
	if err := db.Documents(ctx, store.DocumentFilter{}, func(d *store.Document) error { docs = append(docs, d); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 {
		t.Fatalf("documents: got %d, want the old one and the new one", len(docs))
	}
	if d := docs[0].Doc; d.Title != "Old" || d.Rejected != nil || d.Extractor.Usage != nil || d.Extractor.Model != "" {
		t.Errorf("old document: got %+v, want it as stored, without LLM fields", d)
	}
	if want := hybridDoc("https://news.example/new"); !reflect.DeepEqual(docs[1].Doc, want) {
		t.Errorf("hybrid document after the upgrade: got %+v, want %+v", docs[1].Doc, want)
	}
}

// hybridDoc is a document of hybrid mode: every field the LLM stage adds
// to the contract is set.
func hybridDoc(src string) *extractor.Document {
	d := sampleDoc(src)
	d.Extractor = extractor.Info{Version: "test", Mode: "hybrid", Model: "gpt-test", PromptVersion: "p3",
		Usage: &extractor.Usage{Requests: 2, CacheHits: 1, PromptTokens: 900, CompletionTokens: 120}}
	d.Quotes[0].Method, d.Quotes[0].Agreement, d.Quotes[0].AltSpeaker = extractor.MethodBoth, extractor.Conflict, "Varga"
	d.Quotes[0].Differences = []extractor.Difference{{Field: "speaker", LLM: "Elena Varga", Rules: "Varga"}}
	d.Quotes = append(d.Quotes, extractor.Quote{Quote: "said", Type: extractor.Indirect, SpeakerKind: extractor.Unknown,
		Start: 20, End: 24, Method: extractor.MethodLLM, Confidence: 0.5, Agreement: extractor.LLMOnly})
	d.Rejected = []extractor.Rejected{{Quote: "not there", Speaker: "Nobody", Reason: "not_in_text"}}
	return d
}

// TestHybridDocumentRoundTrip: export must give back what watch --out
// wrote, in every mode; an LLM document with nothing rejected keeps its
// empty list, a rules document its nil.
func TestHybridDocumentRoundTrip(t *testing.T) {
	ctx := context.Background()
	db := open(t, filepath.Join(t.TempDir(), "w.db"))
	empty := hybridDoc("https://news.example/b")
	empty.Rejected = []extractor.Rejected{}
	want := []*extractor.Document{hybridDoc("https://news.example/a"), empty, sampleDoc("https://news.example/c")}
	for i, d := range want {
		key := string(rune('a' + i))
		if _, err := db.AddArticles(ctx, []store.Article{{Feed: "f1", Key: key, URL: d.Source}}); err != nil {
			t.Fatal(err)
		}
		p, err := db.Pending(ctx, "f1", false)
		if err != nil || len(p) != 1 {
			t.Fatalf("pending: got %v, %v", p, err)
		}
		if err := db.Complete(ctx, p[0].ID, d); err != nil {
			t.Fatal(err)
		}
	}
	i := 0
	err := db.Documents(ctx, store.DocumentFilter{}, func(d *store.Document) error {
		if !reflect.DeepEqual(d.Doc, want[i]) {
			t.Errorf("document %d: got %+v, want %+v", i, d.Doc, want[i])
		}
		i++
		return nil
	})
	if err != nil || i != len(want) {
		t.Errorf("documents: got %d, %v; want %d", i, err, len(want))
	}
}

// TestAddArticleUsesIndexes: the insert that runs for every item of every
// feed check must look articles up by index, not scan the table (it did,
// through an OR, which grew with the store).
func TestAddArticleUsesIndexes(t *testing.T) {
	db := open(t, filepath.Join(t.TempDir(), "w.db"))
	rows, err := db.db.QueryContext(context.Background(), "EXPLAIN QUERY PLAN "+addArticleSQL, "f", "k", "", "https://news.example/a", "", 1, "")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var plan []string
	for rows.Next() {
		var id, parent, notused int
		var detail string
		if err := rows.Scan(&id, &parent, &notused, &detail); err != nil {
			t.Fatal(err)
		}
		plan = append(plan, detail)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	joined := strings.Join(plan, "\n")
	if strings.Contains(joined, "SCAN articles") || strings.Count(joined, "USING") < 2 {
		t.Errorf("query plan scans the table or misses an index:\n%s", joined)
	}
}
