-- khabar schema, version 7, for PostgreSQL (../0007_article_inputs.sql).
CREATE TABLE article_inputs (
    article_id TEXT COLLATE "C" PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    given_title TEXT,
    given_published TEXT,
    analysed_by TEXT COLLATE "C" NOT NULL
);
CREATE INDEX article_inputs_version ON article_inputs (analysed_by);
