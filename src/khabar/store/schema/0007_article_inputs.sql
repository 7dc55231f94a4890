-- khabar schema, version 7: what `khabar reanalyse` needs to analyse a stored article again, beside its text and
-- the columns of `articles`: the title and publication date as the source gave them (`articles` keeps what
-- analysis made of them), and the fingerprint of the analysis that wrote its stored analysis
-- (khabar/versions.py). An article stored before this version has no row: its analysis version is unknown.
CREATE TABLE article_inputs (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    given_title TEXT,
    given_published TEXT,
    analysed_by TEXT NOT NULL
);
CREATE INDEX article_inputs_version ON article_inputs(analysed_by);
