-- khabar schema, version 5: the full-text index keyed by an integer, with the search filters beside it and in it.
-- Before, articles_fts carried the article id as an UNINDEXED column: every match had its id read from the FTS
-- content (a few microseconds each) and then looked up among the articles, so a filtered query over a common
-- word took 150-300 ms on 100k articles. Now each article has a search document number (`doc`, an INTEGER
-- PRIMARY KEY, so VACUUM keeps it); search_fts rows have `rowid = doc`; search_docs holds what filters and facets
-- read (language, source, date), found by that integer; and search_fts.meta holds the same values as tokens,
-- so that a language, source or date filter is one more term FTS5 intersects instead of a lookup per match:
--   l<hex of lang>  s<hex of source>  y<YYYY>  m<YYYYMM>  d<YYYYMMDD>   (date = coalesce(published, event_date))
-- User text never reaches meta: search matches user words in {title body} only.
CREATE TABLE search_docs (
    doc INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL UNIQUE,
    lang TEXT,
    source TEXT,
    date TEXT  -- coalesce(published, event_date): what date filters and facets read
);
CREATE INDEX search_docs_date ON search_docs(date);  -- the first and last dates, for open-ended date ranges

CREATE VIRTUAL TABLE search_fts USING fts5(
    title, body, meta,
    tokenize = "unicode61 categories 'L* N* Co M*'"
);
-- relevance from the words only: the filter tokens weigh nothing
INSERT INTO search_fts (search_fts, rank) VALUES ('rank', 'bm25(1.0, 1.0, 0.0)');

-- Existing articles, in the order they were stored (newest = highest doc, as the old rowids were).
INSERT INTO search_docs (article_id, lang, source, date)
    SELECT id, lang, source, coalesce(published, event_date) FROM articles ORDER BY rowid;
INSERT INTO search_fts (rowid, title, body, meta)
    SELECT d.doc, coalesce(a.title, ''), coalesce(a.body, ''), trim(
            CASE WHEN d.lang IS NOT NULL THEN 'l' || hex(d.lang) ELSE '' END || ' ' ||
            CASE WHEN d.source IS NOT NULL THEN 's' || hex(d.source) ELSE '' END || ' ' ||
            CASE WHEN d.date GLOB '[0-9][0-9][0-9][0-9]*' THEN 'y' || substr(d.date, 1, 4) ELSE '' END || ' ' ||
            CASE WHEN d.date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*'
                 THEN 'm' || substr(d.date, 1, 4) || substr(d.date, 6, 2) ELSE '' END || ' ' ||
            CASE WHEN d.date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'
                 THEN 'd' || substr(d.date, 1, 4) || substr(d.date, 6, 2) || substr(d.date, 9, 2) ELSE '' END)
    FROM search_docs d JOIN articles a ON a.id = d.article_id;

DROP TABLE articles_fts;
DROP INDEX articles_search;  -- 0004's covering index for the old join; search no longer reads articles per match
-- The entity filter reads an entity's articles from the index alone (mentions_entity made it visit each row).
CREATE INDEX mentions_entity_article ON mentions(entity_id, article_id);
DROP INDEX mentions_entity;

-- The index follows the articles table whatever writes it. INSERT OR REPLACE of a stored article fires no delete
-- trigger (recursive_triggers is off), so the insert trigger drops the article's old document itself; the
-- replaced article gets a new, highest doc, as it got a new rowid before.
CREATE TRIGGER search_article_insert AFTER INSERT ON articles BEGIN
    DELETE FROM search_fts WHERE rowid IN (SELECT doc FROM search_docs WHERE article_id = new.id);
    DELETE FROM search_docs WHERE article_id = new.id;
    INSERT INTO search_docs (article_id, lang, source, date)
        VALUES (new.id, new.lang, new.source, coalesce(new.published, new.event_date));
    INSERT INTO search_fts (rowid, title, body, meta)
        SELECT d.doc, coalesce(new.title, ''), coalesce(new.body, ''), trim(
            CASE WHEN d.lang IS NOT NULL THEN 'l' || hex(d.lang) ELSE '' END || ' ' ||
            CASE WHEN d.source IS NOT NULL THEN 's' || hex(d.source) ELSE '' END || ' ' ||
            CASE WHEN d.date GLOB '[0-9][0-9][0-9][0-9]*' THEN 'y' || substr(d.date, 1, 4) ELSE '' END || ' ' ||
            CASE WHEN d.date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*'
                 THEN 'm' || substr(d.date, 1, 4) || substr(d.date, 6, 2) ELSE '' END || ' ' ||
            CASE WHEN d.date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'
                 THEN 'd' || substr(d.date, 1, 4) || substr(d.date, 6, 2) || substr(d.date, 9, 2) ELSE '' END)
        FROM search_docs d WHERE d.doc = last_insert_rowid();
END;

CREATE TRIGGER search_article_delete AFTER DELETE ON articles BEGIN
    DELETE FROM search_fts WHERE rowid IN (SELECT doc FROM search_docs WHERE article_id = old.id);
    DELETE FROM search_docs WHERE article_id = old.id;
END;

-- The link step sets event_date on articles without a publication date.
CREATE TRIGGER search_article_filters AFTER UPDATE OF lang, source, published, event_date ON articles BEGIN
    UPDATE search_docs SET lang = new.lang, source = new.source, date = coalesce(new.published, new.event_date)
        WHERE article_id = new.id;
    UPDATE search_fts SET meta = (SELECT trim(
            CASE WHEN d.lang IS NOT NULL THEN 'l' || hex(d.lang) ELSE '' END || ' ' ||
            CASE WHEN d.source IS NOT NULL THEN 's' || hex(d.source) ELSE '' END || ' ' ||
            CASE WHEN d.date GLOB '[0-9][0-9][0-9][0-9]*' THEN 'y' || substr(d.date, 1, 4) ELSE '' END || ' ' ||
            CASE WHEN d.date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*'
                 THEN 'm' || substr(d.date, 1, 4) || substr(d.date, 6, 2) ELSE '' END || ' ' ||
            CASE WHEN d.date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'
                 THEN 'd' || substr(d.date, 1, 4) || substr(d.date, 6, 2) || substr(d.date, 9, 2) ELSE '' END) FROM search_docs d WHERE d.article_id = new.id)
        WHERE rowid = (SELECT doc FROM search_docs WHERE article_id = new.id);
END;

CREATE TRIGGER search_article_text AFTER UPDATE OF title, body ON articles BEGIN
    UPDATE search_fts SET title = coalesce(new.title, ''), body = coalesce(new.body, '')
        WHERE rowid = (SELECT doc FROM search_docs WHERE article_id = new.id);
END;
