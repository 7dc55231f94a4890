-- khabar schema, version 3, for PostgreSQL (../0003_pending_and_failures.sql).
CREATE TABLE link_pending (
    article_id TEXT COLLATE "C" PRIMARY KEY
);

CREATE TABLE failures (
    origin TEXT COLLATE "C" PRIMARY KEY,
    source TEXT COLLATE "C" NOT NULL,
    reason TEXT COLLATE "C" NOT NULL,
    first_at TEXT COLLATE "C" NOT NULL,
    last_at TEXT COLLATE "C" NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX failures_source ON failures (source);
