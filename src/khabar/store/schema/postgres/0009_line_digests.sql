-- khabar schema, version 9, for PostgreSQL (../0009_line_digests.sql): the per-source line counts and each
-- article's lines filed by the MD5 (hex, of the UTF-8 bytes) of a line's match key instead of the line itself;
-- '' stays ''.
CREATE TABLE source_lines_new (
    source TEXT COLLATE "C" NOT NULL,
    line_key TEXT COLLATE "C" NOT NULL,
    articles INTEGER NOT NULL,
    PRIMARY KEY (source, line_key)
);
INSERT INTO source_lines_new (source, line_key, articles)
SELECT source, CASE WHEN line_key = '' THEN '' ELSE md5(line_key) END AS k, SUM(articles) FROM source_lines
GROUP BY source, k;
DROP TABLE source_lines;
ALTER TABLE source_lines_new RENAME TO source_lines;
ALTER INDEX source_lines_new_pkey RENAME TO source_lines_pkey;
CREATE TABLE article_lines_new (
    article_id TEXT COLLATE "C" NOT NULL,
    source TEXT COLLATE "C" NOT NULL,
    line_key TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (article_id, line_key)
);
INSERT INTO article_lines_new (article_id, source, line_key)
SELECT article_id, MIN(source), CASE WHEN line_key = '' THEN '' ELSE md5(line_key) END AS k FROM article_lines
GROUP BY article_id, k;
DROP TABLE article_lines;
ALTER TABLE article_lines_new RENAME TO article_lines;
ALTER INDEX article_lines_new_pkey RENAME TO article_lines_pkey;
