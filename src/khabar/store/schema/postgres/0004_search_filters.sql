-- khabar schema, version 4, for PostgreSQL (../0004_search_filters.sql): the search filters' columns in one
-- index, for index-only scans.
CREATE INDEX articles_search ON articles(id, lang, source, published, event_date);
