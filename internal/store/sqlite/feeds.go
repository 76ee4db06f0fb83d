package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/whosaid/whosaid/internal/store"
)

const feedColumns = `url, name, etag, last_modified, last_checked, last_success, next_check, failures, last_error, ttl`

func scanFeed(sc interface{ Scan(...any) error }) (*store.Feed, error) {
	var f store.Feed
	var checked, success, next, ttl int64
	if err := sc.Scan(&f.URL, &f.Name, &f.ETag, &f.LastModified, &checked, &success, &next, &f.Failures, &f.LastError, &ttl); err != nil {
		return nil, err
	}
	f.LastChecked, f.LastSuccess, f.NextCheck = fromMillis(checked), fromMillis(success), fromMillis(next)
	f.TTL = time.Duration(ttl) * time.Millisecond
	return &f, nil
}

// Feed implements store.Store.
func (d *DB) Feed(ctx context.Context, url string) (*store.Feed, error) {
	f, err := scanFeed(d.db.QueryRowContext(ctx, `SELECT `+feedColumns+` FROM feeds WHERE url = ?`, url))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("%w: feed %s", store.ErrNotFound, url)
	}
	if err != nil {
		return nil, fmt.Errorf("sqlite: reading feed: %w", err)
	}
	return f, nil
}

// Feeds implements store.Store.
func (d *DB) Feeds(ctx context.Context) ([]store.Feed, error) {
	return queryAll(ctx, d.db, "listing feeds", scanFeed, `SELECT `+feedColumns+` FROM feeds ORDER BY url`)
}

// SaveFeed implements store.Store.
func (d *DB) SaveFeed(ctx context.Context, f *store.Feed) error {
	_, err := d.db.ExecContext(ctx, `INSERT INTO feeds (`+feedColumns+`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (url) DO UPDATE SET name = excluded.name, etag = excluded.etag,
			last_modified = excluded.last_modified, last_checked = excluded.last_checked,
			last_success = excluded.last_success, next_check = excluded.next_check,
			failures = excluded.failures, last_error = excluded.last_error, ttl = excluded.ttl`,
		f.URL, f.Name, f.ETag, f.LastModified, toMillis(f.LastChecked), toMillis(f.LastSuccess),
		toMillis(f.NextCheck), f.Failures, f.LastError, f.TTL.Milliseconds())
	if err != nil {
		return fmt.Errorf("sqlite: saving feed %s: %w", f.URL, err)
	}
	return nil
}
