-- khabar schema, version 8, for PostgreSQL (../0008_link_keys_one_tree.sql: the link index keyed by (key, day,
-- article_id), one B-tree ordered by the key instead of two; an undated article's postings carry day -2147483648).
CREATE TABLE link_keys_new (
    key TEXT COLLATE "C" NOT NULL,
    day INTEGER NOT NULL,
    article_id TEXT COLLATE "C" NOT NULL,
    weight DOUBLE PRECISION NOT NULL DEFAULT 0,
    PRIMARY KEY (key, day, article_id)
);
INSERT INTO link_keys_new (key, day, article_id, weight)
SELECT key, COALESCE(day, -2147483648), article_id, weight FROM link_keys;
DROP TABLE link_keys;
ALTER TABLE link_keys_new RENAME TO link_keys;
ALTER INDEX link_keys_new_pkey RENAME TO link_keys_pkey;
CREATE INDEX link_keys_article ON link_keys(article_id);
