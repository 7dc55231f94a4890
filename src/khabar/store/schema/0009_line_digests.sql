-- khabar schema, version 9: the per-source line counts and each article's lines filed by the digest of a line's
-- match key, each table one B-tree.
--
-- A line key is a whole line of an article (a paragraph: often a thousand characters and more), and version 6
-- kept `source_lines` and `article_lines` as rowid tables with a primary-key index each, so every key was stored
-- twice per table, in B-trees ordered at random by the key. On generated articles these four trees were 40 % of
-- the store's bytes at 40,000 linked articles and grew by a paragraph per line of every linked article (docs/benchmarks.md, session
-- 19). A key is only ever compared for equality: it is now the MD5 of its UTF-8 bytes in hex
-- (`khabar.link.furniture.line_digest`; '' stays '': the row that counts a source's articles), and both tables
-- are WITHOUT ROWID, keyed by their primary key alone. `md5` is the function the store registers on its
-- connection (PostgreSQL's own in schema/postgres/0009_line_digests.sql).
CREATE TABLE source_lines_new (
    source TEXT NOT NULL,
    line_key TEXT NOT NULL,  -- line_digest(match key of the line), '' for the source's number of articles
    articles INTEGER NOT NULL,
    PRIMARY KEY (source, line_key)
) WITHOUT ROWID;
INSERT INTO source_lines_new (source, line_key, articles)
SELECT source, CASE WHEN line_key = '' THEN '' ELSE md5(line_key) END AS k, SUM(articles) FROM source_lines
GROUP BY source, k;
DROP TABLE source_lines;
ALTER TABLE source_lines_new RENAME TO source_lines;
CREATE TABLE article_lines_new (
    article_id TEXT NOT NULL,
    source TEXT NOT NULL,
    line_key TEXT NOT NULL,  -- as in source_lines
    PRIMARY KEY (article_id, line_key)
) WITHOUT ROWID;
INSERT INTO article_lines_new (article_id, source, line_key)
SELECT article_id, MIN(source), CASE WHEN line_key = '' THEN '' ELSE md5(line_key) END AS k FROM article_lines
GROUP BY article_id, k;
DROP TABLE article_lines;
ALTER TABLE article_lines_new RENAME TO article_lines;
