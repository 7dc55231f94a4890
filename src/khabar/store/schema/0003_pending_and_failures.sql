-- Articles stored but not yet through the link step. Written in the same transaction as the article, removed
-- when a link step that covered it has finished: a run killed in between is completed by the next ingest.
CREATE TABLE link_pending (
    article_id TEXT PRIMARY KEY
);

-- What could not be ingested and why, one row per item (a file, path:line, a WARC record, a URL). ``source`` is
-- the file or URL to read again; ``khabar ingest --retry`` re-reads them, and a successful read clears the row.
CREATE TABLE failures (
    origin TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    reason TEXT NOT NULL,
    first_at TEXT NOT NULL,
    last_at TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX failures_source ON failures (source);
