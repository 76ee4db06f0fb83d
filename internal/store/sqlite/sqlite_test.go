package sqlite

import (
	"context"
	"errors"
	"path/filepath"
	"reflect"
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
		LastChecked: now, NextCheck: now.Add(time.Hour), Failures: 2, LastError: "feed: server answered HTTP 500"}
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
	if err := db.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil || v != 1 {
		t.Errorf("user_version: got %d (%v), want 1", v, err)
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
