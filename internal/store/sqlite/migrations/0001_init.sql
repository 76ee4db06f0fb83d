-- The first schema of the watch store. Times are Unix milliseconds (UTC);
-- 0 means never.

CREATE TABLE feeds (
	url           TEXT PRIMARY KEY,
	name          TEXT NOT NULL DEFAULT '',
	etag          TEXT NOT NULL DEFAULT '',
	last_modified TEXT NOT NULL DEFAULT '',
	last_checked  INTEGER NOT NULL DEFAULT 0,
	last_success  INTEGER NOT NULL DEFAULT 0,
	next_check    INTEGER NOT NULL DEFAULT 0,
	failures      INTEGER NOT NULL DEFAULT 0,
	last_error    TEXT NOT NULL DEFAULT ''
);

CREATE TABLE articles (
	id         INTEGER PRIMARY KEY,
	feed_url   TEXT NOT NULL,
	key        TEXT NOT NULL UNIQUE,
	guid       TEXT NOT NULL DEFAULT '',
	url        TEXT NOT NULL DEFAULT '',
	title      TEXT NOT NULL DEFAULT '',
	status     TEXT NOT NULL CHECK (status IN ('pending', 'done', 'failed', 'blocked')),
	attempts   INTEGER NOT NULL DEFAULT 0,
	last_error TEXT NOT NULL DEFAULT '',
	first_seen INTEGER NOT NULL,
	updated    INTEGER NOT NULL
);
CREATE INDEX articles_url ON articles (url) WHERE url <> '';
CREATE INDEX articles_feed_status ON articles (feed_url, status);

-- One document per article: the UNIQUE constraint is the last guard
-- against a duplicate.
CREATE TABLE documents (
	id                INTEGER PRIMARY KEY,
	article_id        INTEGER NOT NULL UNIQUE REFERENCES articles (id),
	feed_url          TEXT NOT NULL,
	stored            INTEGER NOT NULL,
	source            TEXT NOT NULL,
	url               TEXT NOT NULL,
	title             TEXT NOT NULL,
	byline            TEXT NOT NULL,
	published         TEXT NOT NULL,
	site              TEXT NOT NULL,
	language          TEXT NOT NULL,
	text              TEXT NOT NULL,
	warnings          TEXT NOT NULL, -- JSON array of strings
	extractor_version TEXT NOT NULL,
	mode              TEXT NOT NULL
);
CREATE INDEX documents_stored ON documents (stored);
CREATE INDEX documents_feed ON documents (feed_url, stored);

CREATE TABLE records (
	document_id     INTEGER NOT NULL REFERENCES documents (id),
	idx             INTEGER NOT NULL, -- order within the document
	quote           TEXT NOT NULL,
	type            TEXT NOT NULL,
	speaker         TEXT NOT NULL,
	speaker_mention TEXT NOT NULL,
	speaker_kind    TEXT NOT NULL,
	role            TEXT NOT NULL,
	affiliation     TEXT NOT NULL,
	cue             TEXT NOT NULL,
	start           INTEGER NOT NULL,
	"end"           INTEGER NOT NULL,
	paragraph       INTEGER NOT NULL,
	method          TEXT NOT NULL,
	confidence      REAL NOT NULL,
	PRIMARY KEY (document_id, idx)
);
