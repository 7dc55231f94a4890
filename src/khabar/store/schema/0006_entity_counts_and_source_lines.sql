-- khabar schema, version 6: aggregate rows the link step reads instead of every mention or every article.

-- Per-entity counts, kept up to date by each link step: how often each name ("n") and description ("d") was
-- linked to the entity, and the types its names were tagged with ("t"). A step that touches an entity named in
-- thousands of articles reads these few rows, not its thousands of mentions.
CREATE TABLE entity_counts (
    entity_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    value TEXT NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (entity_id, kind, value)
);

INSERT INTO entity_counts (entity_id, kind, value, count)
SELECT entity_id, CASE WHEN source = 'description' THEN 'd' ELSE 'n' END, text, COUNT(*)
FROM entity_mentions GROUP BY entity_id, CASE WHEN source = 'description' THEN 'd' ELSE 'n' END, text;

INSERT INTO entity_counts (entity_id, kind, value, count)
SELECT entity_id, 't', type, COUNT(*) FROM entity_mentions
WHERE (source IS NULL OR source <> 'description') AND type IS NOT NULL GROUP BY entity_id, type;

-- Site furniture: for each source ('' when an article has none), the match keys of its lines of five words or
-- more with the number of its articles that print them (line_key '' holds the number of its articles), and each
-- article's own keys so that its counts can be taken out again. One article added alone then finds the footer
-- its source prints under every article, as a batch does.
CREATE TABLE source_lines (
    source TEXT NOT NULL,
    line_key TEXT NOT NULL,
    articles INTEGER NOT NULL,
    PRIMARY KEY (source, line_key)
);

CREATE TABLE article_lines (
    article_id TEXT NOT NULL,
    source TEXT NOT NULL,
    line_key TEXT NOT NULL,
    PRIMARY KEY (article_id, line_key)
);

-- The corpus's known multi-word names, one row each: the type the earliest article (by id) tagged it with. A
-- step looks names up by first word here, not in `known_names`, which holds a row for every article that tags
-- the name (a common name would cost every lookup a row per article of the corpus).
CREATE TABLE known_name_types (
    name TEXT PRIMARY KEY,
    first_word TEXT NOT NULL,
    type TEXT NOT NULL,
    article_id TEXT NOT NULL
);
CREATE INDEX known_name_types_first ON known_name_types(first_word);

INSERT INTO known_name_types (name, first_word, type, article_id)
SELECT k.name, k.first_word, k.type, k.article_id FROM known_names k
WHERE k.article_id = (SELECT MIN(o.article_id) FROM known_names o WHERE o.name = k.name);

-- Candidate look-ups read a key's postings within a time window: by (key, day), covering, so that a common key's
-- postings outside the window (older articles, as many as the corpus has) are not scanned.
CREATE INDEX link_keys_day ON link_keys(key, day, weight);
