-- khabar schema, version 2, for PostgreSQL (../0002_link_index.sql: the link step's state as rows).
CREATE TABLE link_keys (
    key TEXT COLLATE "C" NOT NULL,
    article_id TEXT COLLATE "C" NOT NULL,
    day INTEGER,
    weight DOUBLE PRECISION NOT NULL DEFAULT 0,
    PRIMARY KEY (key, article_id)
);
CREATE INDEX link_keys_article ON link_keys(article_id);

CREATE TABLE entity_mentions (
    entity_id TEXT COLLATE "C" NOT NULL,
    article_id TEXT COLLATE "C" NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT COLLATE "C" NOT NULL,
    source TEXT COLLATE "C",
    type TEXT COLLATE "C",
    ord INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX entity_mentions_entity ON entity_mentions(entity_id);
CREATE INDEX entity_mentions_article ON entity_mentions(article_id);

CREATE TABLE entity_keys (
    key TEXT COLLATE "C" NOT NULL,
    entity_id TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (key, entity_id)
);
CREATE INDEX entity_keys_entity ON entity_keys(entity_id);

CREATE TABLE entity_aliases (
    old_id TEXT COLLATE "C" PRIMARY KEY,
    new_id TEXT COLLATE "C" NOT NULL
);

CREATE TABLE known_names (
    name TEXT COLLATE "C" NOT NULL,
    first_word TEXT COLLATE "C" NOT NULL,
    type TEXT COLLATE "C" NOT NULL,
    article_id TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (name, article_id)
);
CREATE INDEX known_names_first ON known_names(first_word);
CREATE INDEX known_names_article ON known_names(article_id);

CREATE TABLE story_entities (
    story_id TEXT COLLATE "C" NOT NULL,
    entity_id TEXT COLLATE "C" NOT NULL,
    rank INTEGER NOT NULL,
    PRIMARY KEY (story_id, entity_id)
);
CREATE INDEX story_entities_entity ON story_entities(entity_id);
CREATE INDEX articles_syndication ON articles(syndication_group);
CREATE INDEX claims_story ON claims(story_id);
