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
