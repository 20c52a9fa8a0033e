-- faultlines store, schema version 7: less work for each row a load (or an ingest) writes.
--
-- * The band hashes are a 64-bit mix of each band's values computed for many signatures at once
--   (faultlines.store.stories.band_matrix) instead of one BLAKE2b digest per band: equal bands hash alike, so the
--   same articles are candidates as before, and a load hashes all its articles in one call.
-- * minhash_bands has no foreign key: checking it cost a look-up in articles for each of the 42 rows of an
--   article. Its rows go with their article through a trigger instead (what ON DELETE CASCADE did).
-- * The full-text indexes of event sentences and quotes keep no column sizes (FTS5 columnsize=0: no %_docsize
--   row per event or quote to write). Only their MATCH is read (which rows hold the words), never a rank, which
--   is what the sizes are for; the articles' index, ranked with bm25, keeps them.
--
-- The tables are made again here: the two full-text indexes are rebuilt from their rows, and every article's
-- bands are hashed from its stored signature by the step that follows (faultlines.store.db.AFTER_MIGRATION).

DROP TABLE minhash_bands;
CREATE TABLE minhash_bands (                 -- one row per LSH band of each article's MinHash signature
    article_id  INTEGER NOT NULL,
    band        INTEGER NOT NULL,
    hash        INTEGER NOT NULL,
    PRIMARY KEY (band, hash, article_id)
) WITHOUT ROWID;
CREATE INDEX minhash_bands_article ON minhash_bands(article_id);
CREATE TRIGGER articles_bands_ad AFTER DELETE ON articles BEGIN
    DELETE FROM minhash_bands WHERE article_id = old.id;
END;

DROP TABLE events_fts;
CREATE VIRTUAL TABLE events_fts USING fts5(sentence, content='events', content_rowid='id', columnsize=0);
INSERT INTO events_fts(events_fts) VALUES ('rebuild');
DROP TABLE quotes_fts;
CREATE VIRTUAL TABLE quotes_fts USING fts5(text, speaker_name, content='quotes', content_rowid='id', columnsize=0);
INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild');
