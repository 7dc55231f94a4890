-- khabar schema, version 11, for PostgreSQL (../0011_article_lines_key_first.sql): SQLite's table is rebuilt with
-- its key columns first so that SQLite's integrity check reads it clean; PostgreSQL has no such report and the
-- column order means nothing here, so the version only keeps both backends' numbers in step.
SELECT 1;
