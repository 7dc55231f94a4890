-- khabar schema, version 13: each entity's articles by publication date, and its number of articles, kept by the
-- link step (issue 10).
--
-- A step reads, for an entity it touches, how many articles name it (`entity_article_totals`) and its latest
-- articles by publication date (`entity_latest_articles`). Read from `entity_mentions` both cost a row per article
-- of the entity: a COUNT(DISTINCT) over its index entries, and a sort of every article of it by its date, joined
-- to `articles`. An entity named in thousands of articles made every step that touched it read thousands of rows,
-- a cost that grew with the store (docs/benchmarks.md, sessions 24 and 25). `entity_articles` holds one row per
-- (entity, article) with the article's date, keyed so that an entity's latest articles are the last entries of
-- its range (`ORDER BY published DESC, article_id DESC LIMIT k` reads k entries); `entity_totals` holds each
-- entity's number of articles, changed by one as an article gains or loses the entity. `Store.apply`,
-- `delete_articles` and `save_article` (a new date) keep both; the same answers as the reads they replace.
CREATE TABLE entity_articles (
    entity_id TEXT NOT NULL,
    published TEXT NOT NULL,  -- the article's publication date, '' when it has none (undated sorts last)
    article_id TEXT NOT NULL,
    PRIMARY KEY (entity_id, published, article_id)
) WITHOUT ROWID;
CREATE INDEX entity_articles_article ON entity_articles(article_id);
INSERT INTO entity_articles (entity_id, published, article_id)
SELECT DISTINCT m.entity_id, COALESCE(a.published, ''), m.article_id
FROM entity_mentions m LEFT JOIN articles a ON a.id = m.article_id;

CREATE TABLE entity_totals (
    entity_id TEXT PRIMARY KEY,
    articles INTEGER NOT NULL  -- how many articles have a mention of the entity (a row only while > 0)
) WITHOUT ROWID;
INSERT INTO entity_totals (entity_id, articles)
SELECT entity_id, COUNT(*) FROM entity_articles GROUP BY entity_id;
