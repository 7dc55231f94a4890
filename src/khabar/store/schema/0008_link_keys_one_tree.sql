-- khabar schema, version 8: the link index written into one B-tree keyed by the key instead of two.
--
-- Version 2 kept `link_keys` keyed by (key, article_id) and version 6 added an index on (key, day, weight) for
-- the windowed look-up: each posting a link step files went into two B-trees both ordered by the key, so each of
-- the ~55 keys of a linked article dirtied a page of each at a random place. Once the index outgrows the page
-- cache that is a page per key per tree, and the cost of a step grew with the store (docs/benchmarks.md, session
-- 18). The table is now keyed by (key, day, article_id), which serves both look-ups (a key within a window of
-- days, a key's undated postings, a key's every posting), and the (key, day, weight) index is gone. An undated
-- article's postings carry day -2147483648 (`UNDATED_DAY` in khabar/store/sqlite.py): the columns of a
-- WITHOUT ROWID table's primary key cannot be NULL. An article files each key once and all its keys with its one
-- day, so (key, day, article_id) is unique exactly where (key, article_id) was.
CREATE TABLE link_keys_new (
    key TEXT NOT NULL,
    day INTEGER NOT NULL,  -- days since 1970-01-01; -2147483648 when the article has no day
    article_id TEXT NOT NULL,
    weight REAL NOT NULL DEFAULT 0,  -- a word's weight in the article's unit story vector
    PRIMARY KEY (key, day, article_id)
) WITHOUT ROWID;
INSERT INTO link_keys_new (key, day, article_id, weight)
SELECT key, COALESCE(day, -2147483648), article_id, weight FROM link_keys;
DROP TABLE link_keys;
ALTER TABLE link_keys_new RENAME TO link_keys;
CREATE INDEX link_keys_article ON link_keys(article_id);
