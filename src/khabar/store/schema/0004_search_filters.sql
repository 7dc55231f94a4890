-- khabar schema, version 4: search filters and facets read an article's language, source and dates from this
-- covering index instead of its row (where they sit behind the text and the analysis, on overflow pages).
CREATE INDEX articles_search ON articles(id, lang, source, published, event_date);
