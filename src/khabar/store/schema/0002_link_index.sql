-- khabar schema, version 2: the incremental link step's state as rows (no JSON blob in `state`).

-- Candidate index: distinctive words, entity names and sentence keys of each article, with the article's day
-- (days since 1970-01-01, NULL when undated), so that candidates are looked up within a time window, and each
-- word's weight, so that a candidate's similarity is estimated from the index alone.
CREATE TABLE link_keys (
    key TEXT NOT NULL,
    article_id TEXT NOT NULL,
    day INTEGER,
    weight REAL NOT NULL DEFAULT 0,  -- a word's weight in the article's unit story vector
    PRIMARY KEY (key, article_id)
) WITHOUT ROWID;
CREATE INDEX link_keys_article ON link_keys(article_id);

-- The entity index: each entity's mentions as the linker placed them (type is the group's type), its lookup
-- keys, and the ids merged into others. `entities.data` keeps {seq, roles}.
CREATE TABLE entity_mentions (
    entity_id TEXT NOT NULL,
    article_id TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    source TEXT,
    type TEXT,
    ord INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX entity_mentions_entity ON entity_mentions(entity_id);
CREATE INDEX entity_mentions_article ON entity_mentions(article_id);

CREATE TABLE entity_keys (
    key TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    PRIMARY KEY (key, entity_id)
) WITHOUT ROWID;
CREATE INDEX entity_keys_entity ON entity_keys(entity_id);

CREATE TABLE entity_aliases (
    old_id TEXT PRIMARY KEY,
    new_id TEXT NOT NULL
);

-- Multi-word names tagged in an article: the corpus's second-pass gazetteer, looked up by first word.
CREATE TABLE known_names (
    name TEXT NOT NULL,
    first_word TEXT NOT NULL,
    type TEXT NOT NULL,
    article_id TEXT NOT NULL,
    PRIMARY KEY (name, article_id)
);
CREATE INDEX known_names_first ON known_names(first_word);
CREATE INDEX known_names_article ON known_names(article_id);

-- Central entities of each story, for finding the stories a changed story may share a thread with.
CREATE TABLE story_entities (
    story_id TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    rank INTEGER NOT NULL,
    PRIMARY KEY (story_id, entity_id)
) WITHOUT ROWID;
CREATE INDEX story_entities_entity ON story_entities(entity_id);
CREATE INDEX articles_syndication ON articles(syndication_group);
CREATE INDEX claims_story ON claims(story_id);
