-- khabar schema, version 10, for PostgreSQL (../0010_entity_mentions_by_article.sql): the entity index's mentions
-- looked up by entity through an index on (entity_id, article_id) instead of entity_id alone, so that a step's
-- per-entity article counts and latest articles read the index, not a table row per mention.
DROP INDEX entity_mentions_entity;
CREATE INDEX entity_mentions_entity_article ON entity_mentions(entity_id, article_id);
