-- faultlines store, schema version 2: MinHash LSH bands for near-duplicate lookup, richer unique events, alert details.

CREATE TABLE minhash_bands (                 -- one row per LSH band of each article's MinHash signature
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    band        INTEGER NOT NULL,
    hash        INTEGER NOT NULL,
    PRIMARY KEY (band, hash, article_id)
) WITHOUT ROWID;
CREATE INDEX minhash_bands_article ON minhash_bands(article_id);

ALTER TABLE unique_events ADD COLUMN source_code TEXT;      -- country+role ("RUSGOV") or the actor id
ALTER TABLE unique_events ADD COLUMN target_code TEXT;
ALTER TABLE unique_events ADD COLUMN root TEXT;
ALTER TABLE unique_events ADD COLUMN num_articles INTEGER NOT NULL DEFAULT 1;
ALTER TABLE unique_events ADD COLUMN num_sources INTEGER NOT NULL DEFAULT 1;
CREATE INDEX unique_events_match ON unique_events(source_country, target_country, cameo, date);

ALTER TABLE alerts ADD COLUMN ordered INTEGER NOT NULL DEFAULT 0;
ALTER TABLE alerts ADD COLUMN delta REAL NOT NULL DEFAULT 0;      -- value - baseline
ALTER TABLE alerts ADD COLUMN events INTEGER NOT NULL DEFAULT 0;  -- unique events in the period
CREATE INDEX alerts_period ON alerts(period, period_start);

ALTER TABLE articles ADD COLUMN shingles INTEGER NOT NULL DEFAULT 0;  -- distinct word 5-grams of the body
CREATE INDEX articles_title ON articles(title COLLATE NOCASE);
CREATE INDEX documents_hash ON documents(content_hash);

-- re-index the full text only when the indexed columns change (not when an article moves between stories)
DROP TRIGGER articles_au;
CREATE TRIGGER articles_au AFTER UPDATE OF title, body ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
