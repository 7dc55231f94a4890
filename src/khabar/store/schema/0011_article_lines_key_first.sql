-- khabar schema, version 11: `article_lines` with its primary-key columns first.
--
-- Schema 9 made the table WITHOUT ROWID with `source` between the two key columns (article_id, source, line_key;
-- PRIMARY KEY (article_id, line_key)). SQLite 3.40's `PRAGMA integrity_check` then reports "NULL value in
-- article_lines.source" for every row although no value is NULL (a false report of that SQLite version for a
-- NOT NULL column stored after the key columns of a WITHOUT ROWID table): a user checking a store saw thousands
-- of errors. The same columns, the key first, check clean; nothing reads the table by column position.
CREATE TABLE article_lines_new (
    article_id TEXT NOT NULL,
    line_key TEXT NOT NULL,  -- as in source_lines
    source TEXT NOT NULL,
    PRIMARY KEY (article_id, line_key)
) WITHOUT ROWID;
INSERT INTO article_lines_new (article_id, line_key, source) SELECT article_id, line_key, source FROM article_lines;
DROP TABLE article_lines;
ALTER TABLE article_lines_new RENAME TO article_lines;
