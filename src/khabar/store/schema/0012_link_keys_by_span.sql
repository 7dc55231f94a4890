-- khabar schema, version 12: the link index ordered by a span of days first (issue 10).
--
-- Schema 8 keyed `link_keys` by (key, day, article_id). The ~55 keys a linked article files are rare words and
-- hashes, so each posting went to a random leaf of a tree that grows with the store: once the tree outgrew the page
-- cache, a link step of 500 articles dirtied a page per posting (at 40,000 generated articles most of the 90 MB
-- tree was written to the log and checkpointed again by every step), the cost that made a step's `COMMIT` and
-- inserts grow with the store (docs/benchmarks.md, session 24). Keyed by (span, key, day, article_id), where `span`
-- is `day >> 4` (16 days; `UNDATED_DAY >> 4` for an undated article), a step's postings land in the few spans of
-- its days: a subtree the size of a month of articles, whatever the size of the store. A windowed look-up asks the
-- two or three spans the window covers (`span IN (...) AND key = ? AND day BETWEEN ...`); the same rows.
CREATE TABLE link_keys_new (
    span INTEGER NOT NULL,  -- day >> 4 (an arithmetic shift: spans of 16 days, days before 1970 included)
    key TEXT NOT NULL,
    day INTEGER NOT NULL,  -- days since 1970-01-01; -2147483648 when the article has no day
    article_id TEXT NOT NULL,
    weight REAL NOT NULL DEFAULT 0,
    PRIMARY KEY (span, key, day, article_id)
) WITHOUT ROWID;
INSERT INTO link_keys_new (span, key, day, article_id, weight)
SELECT day >> 4, key, day, article_id, weight FROM link_keys;
DROP TABLE link_keys;
ALTER TABLE link_keys_new RENAME TO link_keys;
CREATE INDEX link_keys_article ON link_keys(article_id);
