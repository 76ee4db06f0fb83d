-- What the first schema could not hold.
--
-- The fields the LLM stage added to the output contract (modes llm and
-- hybrid), so that `whosaid export` writes the same documents as
-- `whosaid extract` and `watch --out`. JSON columns are NULL when the
-- document has no such value (rules mode), which keeps nil and an empty
-- list apart where the contract does.
ALTER TABLE documents ADD COLUMN model TEXT NOT NULL DEFAULT '';
ALTER TABLE documents ADD COLUMN prompt_version TEXT NOT NULL DEFAULT '';
ALTER TABLE documents ADD COLUMN usage TEXT;    -- JSON object
ALTER TABLE documents ADD COLUMN rejected TEXT; -- JSON array
ALTER TABLE records ADD COLUMN agreement TEXT NOT NULL DEFAULT '';
ALTER TABLE records ADD COLUMN differences TEXT; -- JSON array
ALTER TABLE records ADD COLUMN alt_speaker TEXT NOT NULL DEFAULT '';

-- The feed's RSS <ttl> from its last full answer, in milliseconds: a 304
-- carries no body, and without it the schedule would forget the
-- publisher's wish after the first unchanged check.
ALTER TABLE feeds ADD COLUMN ttl INTEGER NOT NULL DEFAULT 0;

-- The content of a feed item that has no link to fetch (kept for those
-- only): its text is then taken from the feed.
ALTER TABLE articles ADD COLUMN content TEXT NOT NULL DEFAULT '';
