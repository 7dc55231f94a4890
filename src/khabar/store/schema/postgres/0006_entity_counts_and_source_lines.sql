-- khabar schema, version 6 on PostgreSQL: the aggregate rows of SQLite's 0006 (what each table is for is written
-- there): per-entity counts, per-source line counts and each article's lines, one row per known name, and the
-- covering (key, day) index of the candidate look-ups.
CREATE TABLE entity_counts (
    entity_id TEXT COLLATE "C" NOT NULL,
    kind TEXT COLLATE "C" NOT NULL,
    value TEXT COLLATE "C" NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (entity_id, kind, value)
);

INSERT INTO entity_counts (entity_id, kind, value, count)
SELECT entity_id, CASE WHEN source = 'description' THEN 'd' ELSE 'n' END, text, COUNT(*)
FROM entity_mentions GROUP BY entity_id, CASE WHEN source = 'description' THEN 'd' ELSE 'n' END, text;

INSERT INTO entity_counts (entity_id, kind, value, count)
SELECT entity_id, 't', type, COUNT(*) FROM entity_mentions
WHERE (source IS NULL OR source <> 'description') AND type IS NOT NULL GROUP BY entity_id, type;

CREATE TABLE source_lines (
    source TEXT COLLATE "C" NOT NULL,
    line_key TEXT COLLATE "C" NOT NULL,
    articles INTEGER NOT NULL,
    PRIMARY KEY (source, line_key)
);

CREATE TABLE article_lines (
    article_id TEXT COLLATE "C" NOT NULL,
    source TEXT COLLATE "C" NOT NULL,
    line_key TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (article_id, line_key)
);

CREATE TABLE known_name_types (
    name TEXT COLLATE "C" PRIMARY KEY,
    first_word TEXT COLLATE "C" NOT NULL,
    type TEXT COLLATE "C" NOT NULL,
    article_id TEXT COLLATE "C" NOT NULL
);
CREATE INDEX known_name_types_first ON known_name_types(first_word);

INSERT INTO known_name_types (name, first_word, type, article_id)
SELECT k.name, k.first_word, k.type, k.article_id FROM known_names k
WHERE k.article_id = (SELECT MIN(o.article_id) FROM known_names o WHERE o.name = k.name);

CREATE INDEX link_keys_day ON link_keys(key, day, weight);
