-- khabar schema, version 5 on PostgreSQL: nothing to change. SQLite's version 5 re-keys its FTS5 index by an
-- integer document number (search_docs, search_fts); PostgreSQL's search already reads articles_fts, a table with
-- its own integer key and a GIN-indexed tsvector, written by PostgresStore.save_article.
SELECT 1;
