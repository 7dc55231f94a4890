-- khabar schema, version 1, for PostgreSQL: the tables of ../0001_init.sql with the same columns and types
-- (TEXT, INTEGER, DOUBLE PRECISION for SQLite's REAL). Text compares in code point order (COLLATE "C"), as in
-- SQLite, so that every ORDER BY gives the same order on both backends whatever the database's locale.
CREATE TABLE articles (
    id TEXT COLLATE "C" PRIMARY KEY,
    url TEXT COLLATE "C",
    source TEXT COLLATE "C",
    title TEXT COLLATE "C",
    text TEXT COLLATE "C" NOT NULL,
    content_hash TEXT COLLATE "C" NOT NULL,
    origin TEXT COLLATE "C",
    meta TEXT COLLATE "C" NOT NULL DEFAULT '{}',
    lang TEXT COLLATE "C",
    body TEXT COLLATE "C",
    boilerplate TEXT COLLATE "C" NOT NULL DEFAULT '[]',
    published TEXT COLLATE "C",
    dateline TEXT COLLATE "C",
    agencies TEXT COLLATE "C" NOT NULL DEFAULT '[]',
    author TEXT COLLATE "C",
    event_date TEXT COLLATE "C",
    analysis TEXT COLLATE "C" NOT NULL,
    story_id TEXT COLLATE "C",
    duplicate_of TEXT COLLATE "C",
    syndication_group TEXT COLLATE "C",
    ingested_at TEXT COLLATE "C" NOT NULL,
    updated_at TEXT COLLATE "C" NOT NULL
);
CREATE INDEX articles_story ON articles(story_id);
CREATE INDEX articles_published ON articles(published);

CREATE TABLE mentions (
    article_id TEXT COLLATE "C" NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT COLLATE "C" NOT NULL,
    type TEXT COLLATE "C" NOT NULL,
    source TEXT COLLATE "C",
    entity_id TEXT COLLATE "C",
    PRIMARY KEY (article_id, start, "end")
);
CREATE INDEX mentions_entity ON mentions(entity_id);

CREATE TABLE quotes (
    id TEXT COLLATE "C" PRIMARY KEY,
    article_id TEXT COLLATE "C" NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    kind TEXT COLLATE "C" NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT COLLATE "C" NOT NULL,
    speaker_text TEXT COLLATE "C",
    speaker_start INTEGER,
    speaker_end INTEGER,
    speaker_entity_id TEXT COLLATE "C",
    speaker_type TEXT COLLATE "C",
    cue TEXT COLLATE "C",
    data TEXT COLLATE "C" NOT NULL DEFAULT '{}'
);
CREATE INDEX quotes_article ON quotes(article_id);
CREATE INDEX quotes_speaker ON quotes(speaker_entity_id);

CREATE TABLE timexes (
    article_id TEXT COLLATE "C" NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT COLLATE "C" NOT NULL,
    value TEXT COLLATE "C",
    anchor TEXT COLLATE "C",
    relative TEXT COLLATE "C",
    PRIMARY KEY (article_id, start, "end")
);

CREATE TABLE quantities (
    id TEXT COLLATE "C" PRIMARY KEY,
    article_id TEXT COLLATE "C" NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT COLLATE "C" NOT NULL,
    value DOUBLE PRECISION,
    unit TEXT COLLATE "C",
    qualifier TEXT COLLATE "C",
    ordinal INTEGER NOT NULL DEFAULT 0,
    claim_id TEXT COLLATE "C"
);
CREATE INDEX quantities_article ON quantities(article_id);

CREATE TABLE entities (
    id TEXT COLLATE "C" PRIMARY KEY,
    type TEXT COLLATE "C" NOT NULL,
    name TEXT COLLATE "C" NOT NULL,
    latin TEXT COLLATE "C",
    aliases TEXT COLLATE "C" NOT NULL DEFAULT '[]',
    absorbed TEXT COLLATE "C" NOT NULL DEFAULT '[]',
    data TEXT COLLATE "C" NOT NULL DEFAULT '{}'
);

CREATE TABLE stories (
    id TEXT COLLATE "C" PRIMARY KEY,
    headline TEXT COLLATE "C" NOT NULL,
    summary TEXT COLLATE "C" NOT NULL DEFAULT '[]',
    date TEXT COLLATE "C",
    first_seen TEXT COLLATE "C",
    last_seen TEXT COLLATE "C",
    thread_id TEXT COLLATE "C",
    entity_ids TEXT COLLATE "C" NOT NULL DEFAULT '[]',
    sources INTEGER NOT NULL DEFAULT 0,
    independent_sources INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE threads (
    id TEXT COLLATE "C" PRIMARY KEY,
    label TEXT COLLATE "C",
    story_ids TEXT COLLATE "C" NOT NULL DEFAULT '[]'
);

CREATE TABLE claims (
    id TEXT COLLATE "C" PRIMARY KEY,
    story_id TEXT COLLATE "C" NOT NULL,
    text TEXT COLLATE "C" NOT NULL,
    value DOUBLE PRECISION,
    unit TEXT COLLATE "C",
    article_ids TEXT COLLATE "C" NOT NULL DEFAULT '[]',
    independent_sources INTEGER NOT NULL DEFAULT 0,
    conflicts TEXT COLLATE "C" NOT NULL DEFAULT '[]'
);

CREATE TABLE state (
    key TEXT COLLATE "C" PRIMARY KEY,
    value TEXT COLLATE "C" NOT NULL
);

CREATE TABLE ingest_errors (
    origin TEXT COLLATE "C" NOT NULL,
    reason TEXT COLLATE "C" NOT NULL,
    at TEXT COLLATE "C" NOT NULL
);

-- Full-text search (store/postgres_search.py). The shared code writes (id, title, body) as it does into SQLite's
-- FTS5 table; the PostgreSQL store then sets ``terms``: the same tokens SQLite's FTS5 tokenizer makes (letters,
-- marks, digits, case-folded), title words weighted A and body words D, built in Python so that Hindi words stay
-- whole whatever the server's locale. ``rowid`` grows with every write, like the FTS5 table's rowid (newest last).
CREATE TABLE articles_fts (
    rowid BIGSERIAL PRIMARY KEY,
    id TEXT COLLATE "C" NOT NULL,
    title TEXT COLLATE "C",
    body TEXT COLLATE "C",
    terms TSVECTOR
);
CREATE INDEX articles_fts_id ON articles_fts(id);
CREATE INDEX articles_fts_terms ON articles_fts USING GIN (terms);

-- Changes whenever a write transaction commits (readers rebuild cached lookups then): SQLite's data_version.
CREATE SEQUENCE khabar_generation;
