-- khabar schema, version 13, for PostgreSQL (../0013_entity_articles.sql): each entity's articles keyed by
-- (entity_id, published, article_id), so that its latest articles are read with a LIMIT, and each entity's number
-- of articles kept as a count, both maintained by the link step's writes.
CREATE TABLE entity_articles (
    entity_id TEXT COLLATE "C" NOT NULL,
    published TEXT COLLATE "C" NOT NULL,
    article_id TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (entity_id, published, article_id)
);
CREATE INDEX entity_articles_article ON entity_articles(article_id);
INSERT INTO entity_articles (entity_id, published, article_id)
SELECT DISTINCT m.entity_id, COALESCE(a.published, ''), m.article_id
FROM entity_mentions m LEFT JOIN articles a ON a.id = m.article_id;

CREATE TABLE entity_totals (
    entity_id TEXT COLLATE "C" PRIMARY KEY,
    articles INTEGER NOT NULL
);
INSERT INTO entity_totals (entity_id, articles)
SELECT entity_id, COUNT(*) FROM entity_articles GROUP BY entity_id;
