package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/whosaid/whosaid/internal/store"
)

const articleColumns = `id, feed_url, key, guid, url, title, status, attempts, last_error, first_seen, updated, content`

func scanArticle(sc interface{ Scan(...any) error }) (*store.Article, error) {
	var a store.Article
	var status string
	var first, updated int64
	if err := sc.Scan(&a.ID, &a.Feed, &a.Key, &a.GUID, &a.URL, &a.Title, &status, &a.Attempts, &a.LastError, &first, &updated, &a.Content); err != nil {
		return nil, err
	}
	a.Status, a.FirstSeen, a.Updated = store.Status(status), fromMillis(first), fromMillis(updated)
	return &a, nil
}

// addArticleSQL inserts an article unless its key or its URL is known. It
// is two NOT EXISTS rather than one with OR: each is an index lookup (the
// UNIQUE key, the partial index on url), where an OR scanned the whole table
// for every item of every feed check.
const addArticleSQL = `INSERT INTO articles (feed_url, key, guid, url, title, status, attempts, last_error, first_seen, updated, content)
	SELECT ?1, ?2, ?3, ?4, ?5, 'pending', 0, '', ?6, ?6, ?7
	WHERE NOT EXISTS (SELECT 1 FROM articles WHERE key = ?2)
	AND (?4 = '' OR NOT EXISTS (SELECT 1 FROM articles WHERE url = ?4 AND url <> ''))`

// AddArticles implements store.Store. The articles go in one transaction:
// a crash leaves either all of a feed's new items or none, and the next run
// sees the rest as new again.
func (d *DB) AddArticles(ctx context.Context, arts []store.Article) (int, error) {
	added := 0
	now := toMillis(time.Now())
	err := d.tx(ctx, func(tx *sql.Tx) error {
		added = 0
		for _, a := range arts {
			// The same link under another key (a feed that changed its GUIDs,
			// or two feeds carrying one story) is the same article.
			content := a.Content
			if a.URL != "" {
				content = "" // the page is the text; no need to keep the feed's copy
			}
			res, err := tx.ExecContext(ctx, addArticleSQL, a.Feed, a.Key, a.GUID, a.URL, a.Title, now, content)
			if err != nil {
				return err
			}
			n, err := res.RowsAffected()
			if err != nil {
				return err
			}
			added += int(n)
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("sqlite: adding articles: %w", err)
	}
	return added, nil
}

// Pending implements store.Store.
func (d *DB) Pending(ctx context.Context, feed string, withBlocked bool) ([]store.Article, error) {
	return queryAll(ctx, d.db, "listing articles", scanArticle, `SELECT `+articleColumns+` FROM articles
		WHERE feed_url = ? AND (status = 'pending' OR (? AND status = 'blocked')) ORDER BY id`, feed, withBlocked)
}

// Article implements store.Store.
func (d *DB) Article(ctx context.Context, id int64) (*store.Article, error) {
	a, err := scanArticle(d.db.QueryRowContext(ctx, `SELECT `+articleColumns+` FROM articles WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("%w: article %d", store.ErrNotFound, id)
	}
	if err != nil {
		return nil, fmt.Errorf("sqlite: reading article: %w", err)
	}
	return a, nil
}

// Fail implements store.Store.
func (d *DB) Fail(ctx context.Context, id int64, status store.Status, reason string) error {
	res, err := d.db.ExecContext(ctx, `UPDATE articles SET status = ?, attempts = attempts + 1, last_error = ?, updated = ?
		WHERE id = ? AND status <> 'done'`, string(status), reason, toMillis(time.Now()), id)
	if err != nil {
		return fmt.Errorf("sqlite: recording failure of article %d: %w", id, err)
	}
	if n, err := res.RowsAffected(); err == nil && n == 0 {
		return fmt.Errorf("%w: article %d", store.ErrAlreadyDone, id)
	}
	return nil
}

// Counts implements store.Store.
func (d *DB) Counts(ctx context.Context, feed string) (map[store.Status]int, error) {
	rows, err := d.db.QueryContext(ctx, `SELECT status, count(*) FROM articles WHERE ? = '' OR feed_url = ? GROUP BY status`, feed, feed)
	if err != nil {
		return nil, fmt.Errorf("sqlite: counting articles: %w", err)
	}
	defer rows.Close()
	out := map[store.Status]int{}
	for rows.Next() {
		var s string
		var n int
		if err := rows.Scan(&s, &n); err != nil {
			return nil, fmt.Errorf("sqlite: counting articles: %w", err)
		}
		out[store.Status(s)] = n
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: counting articles: %w", err)
	}
	return out, nil
}
