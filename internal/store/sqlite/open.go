package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"modernc.org/sqlite" // registers the "sqlite" driver
	sqlite3 "modernc.org/sqlite/lib"

	"github.com/whosaid/whosaid/internal/store"
)

//go:embed migrations/*.sql
var migrations embed.FS

// ErrNewerSchema: the file was written by a newer whosaid.
var ErrNewerSchema = errors.New("sqlite: store has a newer schema than this build knows")

// DB is a Store in one SQLite file.
type DB struct {
	db   *sql.DB
	path string
}

var _ store.Store = (*DB)(nil)

// openWait bounds how long Open waits for another run that holds the
// file's lock, as busy_timeout does for every later statement.
const openWait = 10 * time.Second

// Open opens (creating it and its directory when needed) the store at path
// and brings its schema up to date.
//
// Two runs that open a new file at once race to switch it to WAL and to
// migrate it; SQLite answers some of those steps SQLITE_BUSY without waiting
// on busy_timeout, so Open tries again for a while.
func Open(ctx context.Context, path string) (*DB, error) {
	if path == "" {
		return nil, errors.New("sqlite: no store path")
	}
	deadline := time.Now().Add(openWait)
	for {
		d, err := openOnce(ctx, path)
		if err == nil || !isBusy(err) || time.Now().After(deadline) {
			return d, err
		}
		t := time.NewTimer(25 * time.Millisecond)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil, fmt.Errorf("sqlite: opening %s: %w", path, ctx.Err())
		case <-t.C:
		}
	}
}

// isBusy reports whether err is SQLite's "database is locked".
func isBusy(err error) bool {
	var se *sqlite.Error
	return errors.As(err, &se) && se.Code()&0xff == sqlite3.SQLITE_BUSY
}

func openOnce(ctx context.Context, path string) (*DB, error) {
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("sqlite: %w", err)
		}
	}
	// synchronous(FULL): a commit is on disk before the job moves on (and
	// before it appends the document to --out), so even a power cut cannot
	// take back an article already reported. busy_timeout lets two runs
	// that overlap (a slow cron job) wait for each other instead of failing;
	// it comes first, since the pragmas run in order and switching a new
	// file to WAL needs a lock that another run may hold.
	q := url.Values{}
	for _, p := range []string{"busy_timeout(10000)", "journal_mode(WAL)", "synchronous(FULL)", "foreign_keys(1)"} {
		q.Add("_pragma", p)
	}
	q.Set("_txlock", "immediate")
	db, err := sql.Open("sqlite", "file:"+(&url.URL{Path: path}).EscapedPath()+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("sqlite: opening %s: %w", path, err)
	}
	// One connection: SQLite has one writer anyway, and this keeps every
	// write of this process in order without SQLITE_BUSY between them.
	db.SetMaxOpenConns(1)
	d := &DB{db: db, path: path}
	if err := d.migrate(ctx); err != nil {
		db.Close()
		return nil, err
	}
	return d, nil
}

// Close closes the file.
func (d *DB) Close() error {
	if err := d.db.Close(); err != nil {
		return fmt.Errorf("sqlite: %w", err)
	}
	return nil
}

// migrate applies, each in its own transaction with the version bump, every
// migration numbered above the file's user_version.
func (d *DB) migrate(ctx context.Context) error {
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return fmt.Errorf("sqlite: %w", err)
	}
	sort.Strings(names)
	var have int
	if err := d.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&have); err != nil {
		return fmt.Errorf("sqlite: opening %s: %w", d.path, err)
	}
	if have > len(names) {
		return fmt.Errorf("%w (%s is at version %d, this build knows %d)", ErrNewerSchema, d.path, have, len(names))
	}
	for i, name := range names {
		n, err := strconv.Atoi(strings.SplitN(filepath.Base(name), "_", 2)[0])
		if err != nil || n != i+1 {
			return fmt.Errorf("sqlite: migration %s is out of sequence", name)
		}
		if n <= have {
			continue
		}
		body, err := migrations.ReadFile(name)
		if err != nil {
			return fmt.Errorf("sqlite: %w", err)
		}
		err = d.tx(ctx, func(tx *sql.Tx) error {
			// Two runs opening a new store at once (an overlapping cron
			// job) both read the old version above; the transaction takes
			// the write lock, so the one that waited sees the other's work
			// here and skips it.
			var now int
			if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&now); err != nil {
				return err
			}
			if now >= n {
				return nil
			}
			if _, err := tx.ExecContext(ctx, string(body)); err != nil {
				return err
			}
			_, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", n))
			return err
		})
		if err != nil {
			return fmt.Errorf("sqlite: migration %s: %w", name, err)
		}
	}
	return nil
}

// tx runs fn in a transaction, committing when it returns nil.
func (d *DB) tx(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := d.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		_ = tx.Rollback()
		return err
	}
	return tx.Commit()
}

// Times are stored as Unix milliseconds, 0 for the zero time.
func toMillis(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.UnixMilli()
}

func fromMillis(ms int64) time.Time {
	if ms == 0 {
		return time.Time{}
	}
	return time.UnixMilli(ms).UTC()
}
