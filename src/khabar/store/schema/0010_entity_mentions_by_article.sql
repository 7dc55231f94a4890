-- khabar schema, version 10: the entity index's mentions looked up by entity through an index that holds each
-- mention's article too.
--
-- A step reads, for the entities it touches, how many articles name each one, each one's articles with their
-- mention counts and its latest articles (`entity_article_totals`, `entity_article_counts`,
-- `entity_latest_articles`). Through an index on `entity_id` alone each of those rows cost a look-up of the
-- table row at a random place for its `article_id`; a place named in every tenth article has thousands, and that
-- cost grew with the store (docs/benchmarks.md, session 19). The index on (entity_id, article_id) answers them
-- from the index alone and still serves every look-up by entity (its first column).
DROP INDEX entity_mentions_entity;
CREATE INDEX entity_mentions_entity_article ON entity_mentions(entity_id, article_id);
