package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"time"

	"github.com/whosaid/whosaid/extractor"
	"github.com/whosaid/whosaid/internal/store"
)

// Complete implements store.Store: the document, its records and the
// article's done mark are one transaction.
func (d *DB) Complete(ctx context.Context, id int64, doc *extractor.Document) error {
	warnings := doc.Warnings
	if warnings == nil {
		warnings = []string{}
	}
	wj, err := json.Marshal(warnings)
	if err != nil {
		return fmt.Errorf("sqlite: encoding warnings: %w", err)
	}
	rejected, err := jsonOrNull(doc.Rejected, doc.Rejected == nil)
	if err != nil {
		return err
	}
	usage, err := jsonOrNull(doc.Extractor.Usage, doc.Extractor.Usage == nil)
	if err != nil {
		return err
	}
	now := toMillis(time.Now())
	err = d.tx(ctx, func(tx *sql.Tx) error {
		var feed string
		res, err := tx.ExecContext(ctx, `UPDATE articles SET status = 'done', last_error = '', updated = ? WHERE id = ? AND status <> 'done'`, now, id)
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err != nil {
			return err
		} else if n == 0 {
			if err := tx.QueryRowContext(ctx, `SELECT feed_url FROM articles WHERE id = ?`, id).Scan(&feed); err == sql.ErrNoRows {
				return fmt.Errorf("%w: article %d", store.ErrNotFound, id)
			}
			return fmt.Errorf("%w: article %d", store.ErrAlreadyDone, id)
		}
		if err := tx.QueryRowContext(ctx, `SELECT feed_url FROM articles WHERE id = ?`, id).Scan(&feed); err != nil {
			return err
		}
		res, err = tx.ExecContext(ctx, `INSERT INTO documents (article_id, feed_url, stored, source, url, title, byline,
			published, site, language, text, warnings, extractor_version, mode, model, prompt_version, usage, rejected)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			id, feed, now, doc.Source, doc.URL, doc.Title, doc.Byline, doc.Published, doc.Site, doc.Language, doc.Text,
			string(wj), doc.Extractor.Version, doc.Extractor.Mode, doc.Extractor.Model, doc.Extractor.PromptVersion, usage, rejected)
		if err != nil {
			return err
		}
		docID, err := res.LastInsertId()
		if err != nil {
			return err
		}
		stmt, err := tx.PrepareContext(ctx, `INSERT INTO records (document_id, idx, quote, type, speaker, speaker_mention,
			speaker_kind, role, affiliation, cue, start, "end", paragraph, method, confidence, agreement, differences, alt_speaker)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
		if err != nil {
			return err
		}
		defer stmt.Close()
		for i, q := range doc.Quotes {
			diffs, err := jsonOrNull(q.Differences, len(q.Differences) == 0)
			if err != nil {
				return err
			}
			if _, err := stmt.ExecContext(ctx, docID, i, q.Quote, string(q.Type), q.Speaker, q.SpeakerMention,
				string(q.SpeakerKind), q.Role, q.Affiliation, q.Cue, q.Start, q.End, q.Paragraph, q.Method, q.Confidence,
				q.Agreement, diffs, q.AltSpeaker); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("sqlite: storing document of article %d: %w", id, err)
	}
	return nil
}

// Documents implements store.Store. One query joins documents and records,
// so that fn may take its time without holding a second connection.
func (d *DB) Documents(ctx context.Context, f store.DocumentFilter, fn func(*store.Document) error) error {
	rows, err := d.db.QueryContext(ctx, `SELECT d.id, d.article_id, d.feed_url, d.stored, d.source, d.url, d.title,
			d.byline, d.published, d.site, d.language, d.text, d.warnings, d.extractor_version, d.mode,
			d.model, d.prompt_version, d.usage, d.rejected,
			r.idx, r.quote, r.type, r.speaker, r.speaker_mention, r.speaker_kind, r.role, r.affiliation, r.cue,
			r.start, r."end", r.paragraph, r.method, r.confidence, r.agreement, r.differences, r.alt_speaker
		FROM documents d LEFT JOIN records r ON r.document_id = d.id
		WHERE d.stored >= ? AND (? = '' OR d.feed_url = ?)
		ORDER BY d.id, r.idx`, toMillis(f.Since), f.Feed, f.Feed)
	if err != nil {
		return fmt.Errorf("sqlite: reading documents: %w", err)
	}
	defer rows.Close()
	var cur *store.Document
	var curID int64 = -1
	flush := func() error {
		if cur == nil {
			return nil
		}
		d := cur
		cur = nil
		return fn(d)
	}
	for rows.Next() {
		var (
			id, articleID, stored int64
			feed, wj              string
			usage, rejected       sql.NullString
			doc                   extractor.Document
			idx                   sql.NullInt64
			q                     struct {
				quote, typ, speaker, mention, kind, role, aff, cue, method sql.NullString
				agreement, diffs, alt                                      sql.NullString
				start, end, para                                           sql.NullInt64
				conf                                                       sql.NullFloat64
			}
		)
		if err := rows.Scan(&id, &articleID, &feed, &stored, &doc.Source, &doc.URL, &doc.Title, &doc.Byline,
			&doc.Published, &doc.Site, &doc.Language, &doc.Text, &wj, &doc.Extractor.Version, &doc.Extractor.Mode,
			&doc.Extractor.Model, &doc.Extractor.PromptVersion, &usage, &rejected,
			&idx, &q.quote, &q.typ, &q.speaker, &q.mention, &q.kind, &q.role, &q.aff, &q.cue,
			&q.start, &q.end, &q.para, &q.method, &q.conf, &q.agreement, &q.diffs, &q.alt); err != nil {
			return fmt.Errorf("sqlite: reading documents: %w", err)
		}
		if id != curID {
			if err := flush(); err != nil {
				return err
			}
			curID = id
			doc.Quotes = []extractor.Quote{}
			if err := json.Unmarshal([]byte(wj), &doc.Warnings); err != nil {
				return fmt.Errorf("sqlite: document %d: bad warnings: %w", id, err)
			}
			if err := fromJSON(usage, &doc.Extractor.Usage); err != nil {
				return fmt.Errorf("sqlite: document %d: bad usage: %w", id, err)
			}
			if err := fromJSON(rejected, &doc.Rejected); err != nil {
				return fmt.Errorf("sqlite: document %d: bad rejected records: %w", id, err)
			}
			dc := doc
			cur = &store.Document{ArticleID: articleID, Feed: feed, Stored: fromMillis(stored), Doc: &dc}
		}
		if idx.Valid {
			rec := extractor.Quote{
				Quote: q.quote.String, Type: extractor.Type(q.typ.String), Speaker: q.speaker.String,
				SpeakerMention: q.mention.String, SpeakerKind: extractor.SpeakerKind(q.kind.String),
				Role: q.role.String, Affiliation: q.aff.String, Cue: q.cue.String,
				Start: int(q.start.Int64), End: int(q.end.Int64), Paragraph: int(q.para.Int64),
				Method: q.method.String, Confidence: q.conf.Float64,
				Agreement: q.agreement.String, AltSpeaker: q.alt.String,
			}
			if err := fromJSON(q.diffs, &rec.Differences); err != nil {
				return fmt.Errorf("sqlite: document %d: bad differences: %w", id, err)
			}
			cur.Doc.Quotes = append(cur.Doc.Quotes, rec)
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("sqlite: reading documents: %w", err)
	}
	return flush()
}

// jsonOrNull encodes v for a nullable JSON column: NULL when null, so that
// a value the contract leaves out (Rejected in rules mode) comes back nil,
// apart from an empty list.
func jsonOrNull(v any, null bool) (any, error) {
	if null {
		return nil, nil
	}
	b, err := json.Marshal(v)
	if err != nil {
		return nil, fmt.Errorf("sqlite: encoding document: %w", err)
	}
	return string(b), nil
}

// fromJSON decodes a nullable JSON column into v, leaving v alone on NULL.
func fromJSON(s sql.NullString, v any) error {
	if !s.Valid {
		return nil
	}
	return json.Unmarshal([]byte(s.String), v)
}
