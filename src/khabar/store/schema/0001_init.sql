-- khabar schema, version 1. Every finding is a span into articles.text.
CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    url TEXT,
    source TEXT,
    title TEXT,
    text TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    origin TEXT,
    meta TEXT NOT NULL DEFAULT '{}',            -- JSON: what the source told us beyond the columns
    lang TEXT,
    body TEXT,
    boilerplate TEXT NOT NULL DEFAULT '[]',     -- JSON list of {start, end, text}
    published TEXT,
    dateline TEXT,                              -- JSON {text, place, start, end, ...} or NULL
    agencies TEXT NOT NULL DEFAULT '[]',        -- JSON list of Latin names
    author TEXT,
    event_date TEXT,
    analysis TEXT NOT NULL,                     -- JSON: the whole Analysis, the source of the finding tables
    story_id TEXT,
    duplicate_of TEXT,
    syndication_group TEXT,
    ingested_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX articles_story ON articles(story_id);
CREATE INDEX articles_published ON articles(published);

CREATE TABLE mentions (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    type TEXT NOT NULL,
    source TEXT,
    entity_id TEXT,
    PRIMARY KEY (article_id, start, "end")
);
CREATE INDEX mentions_entity ON mentions(entity_id);

CREATE TABLE quotes (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    speaker_text TEXT,
    speaker_start INTEGER,
    speaker_end INTEGER,
    speaker_entity_id TEXT,
    speaker_type TEXT,
    cue TEXT,
    data TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX quotes_article ON quotes(article_id);
CREATE INDEX quotes_speaker ON quotes(speaker_entity_id);

CREATE TABLE timexes (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    value TEXT,
    anchor TEXT,
    relative TEXT,
    PRIMARY KEY (article_id, start, "end")
);

CREATE TABLE quantities (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    value REAL,
    unit TEXT,
    qualifier TEXT,
    ordinal INTEGER NOT NULL DEFAULT 0,
    claim_id TEXT
);
CREATE INDEX quantities_article ON quantities(article_id);

CREATE TABLE entities (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    name TEXT NOT NULL,
    latin TEXT,
    aliases TEXT NOT NULL DEFAULT '[]',
    absorbed TEXT NOT NULL DEFAULT '[]',
    data TEXT NOT NULL DEFAULT '{}'
);

CREATE TABLE stories (
    id TEXT PRIMARY KEY,
    headline TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '[]',
    date TEXT,
    first_seen TEXT,
    last_seen TEXT,
    thread_id TEXT,
    entity_ids TEXT NOT NULL DEFAULT '[]',
    sources INTEGER NOT NULL DEFAULT 0,
    independent_sources INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE threads (
    id TEXT PRIMARY KEY,
    label TEXT,
    story_ids TEXT NOT NULL DEFAULT '[]'
);

CREATE TABLE claims (
    id TEXT PRIMARY KEY,
    story_id TEXT NOT NULL,
    text TEXT NOT NULL,
    value REAL,
    unit TEXT,
    article_ids TEXT NOT NULL DEFAULT '[]',
    independent_sources INTEGER NOT NULL DEFAULT 0,
    conflicts TEXT NOT NULL DEFAULT '[]'
);

-- Link-layer state that must survive between runs (for example the entity index).
CREATE TABLE state (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE ingest_errors (
    origin TEXT NOT NULL,
    reason TEXT NOT NULL,
    at TEXT NOT NULL
);

-- Full-text search over titles and bodies. unicode61 needs the mark categories (M*) or it splits Hindi words
-- at their vowel signs.
CREATE VIRTUAL TABLE articles_fts USING fts5(
    id UNINDEXED, title, body,
    tokenize = "unicode61 categories 'L* N* Co M*'"
);
