-- khabar schema, version 12, for PostgreSQL (../0012_link_keys_by_span.sql: the link index keyed by
-- (span, key, day, article_id), `span` = `day >> 4`, so that a link step's postings land in the spans of its days).
CREATE TABLE link_keys_new (
    span INTEGER NOT NULL,
    key TEXT COLLATE "C" NOT NULL,
    day INTEGER NOT NULL,
    article_id TEXT COLLATE "C" NOT NULL,
    weight DOUBLE PRECISION NOT NULL DEFAULT 0,
    PRIMARY KEY (span, key, day, article_id)
);
INSERT INTO link_keys_new (span, key, day, article_id, weight)
SELECT day >> 4, key, day, article_id, weight FROM link_keys;
DROP TABLE link_keys;
ALTER TABLE link_keys_new RENAME TO link_keys;
ALTER INDEX link_keys_new_pkey RENAME TO link_keys_pkey;
CREATE INDEX link_keys_article ON link_keys(article_id);
