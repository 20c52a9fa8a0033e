-- faultlines store, schema version 1. Every later change is a new numbered file in this folder.

CREATE TABLE documents (
    id            INTEGER PRIMARY KEY,
    input_key     TEXT NOT NULL UNIQUE,      -- URL, or absolute path (+ "#<offset>" for a WARC record / feed entry)
    kind          TEXT NOT NULL,             -- html | text | warc | feed | url
    path          TEXT,
    url           TEXT,
    content_hash  TEXT NOT NULL,             -- sha256 of the decoded page text
    fetched       TEXT,
    ingested_at   TEXT NOT NULL
);

CREATE TABLE stories (                      -- clusters of near-duplicate articles and republications
    id            INTEGER PRIMARY KEY,
    title         TEXT,
    first_seen    TEXT,
    size          INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE articles (
    id               INTEGER PRIMARY KEY,
    document_id      INTEGER NOT NULL UNIQUE REFERENCES documents(id) ON DELETE CASCADE,
    story_id         INTEGER REFERENCES stories(id),
    title            TEXT,
    dek              TEXT,
    authors          TEXT NOT NULL DEFAULT '[]',   -- JSON list
    published        TEXT,
    site             TEXT,
    url              TEXT,
    language         TEXT,
    sections         TEXT NOT NULL DEFAULT '[]',   -- JSON list
    republished_from TEXT,
    image_credits    TEXT NOT NULL DEFAULT '[]',   -- JSON list
    paragraphs       TEXT NOT NULL DEFAULT '[]',   -- JSON list
    body             TEXT NOT NULL DEFAULT '',
    related          TEXT NOT NULL DEFAULT '[]',   -- JSON list of teasers
    minhash          BLOB
);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_site ON articles(site);
CREATE INDEX articles_story ON articles(story_id);

CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content='articles', content_rowid='id');
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;
CREATE TRIGGER articles_au AFTER UPDATE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;

CREATE TABLE actors (                        -- one row per actor per article
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    actor_key   TEXT NOT NULL,               -- Actor.id ("RUS", "person:vladimir-putin", "org:nato")
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL,
    country     TEXT,
    role        TEXT,
    mentions    INTEGER NOT NULL DEFAULT 0,
    spans       TEXT NOT NULL DEFAULT '[]'   -- JSON list of {paragraph, start, end, text}
);
CREATE INDEX actors_key ON actors(actor_key);
CREATE INDEX actors_country ON actors(country, role);
CREATE INDEX actors_article ON actors(article_id);

CREATE TABLE quotes (
    id              INTEGER PRIMARY KEY,
    article_id      INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    seq             INTEGER NOT NULL,
    text            TEXT NOT NULL,
    kind            TEXT NOT NULL,
    speaker_key     TEXT,
    speaker_name    TEXT,
    speaker_country TEXT,
    speaker_role    TEXT,
    cue             TEXT,
    paragraph       INTEGER NOT NULL,
    start           INTEGER NOT NULL,
    "end"           INTEGER NOT NULL
);
CREATE INDEX quotes_article ON quotes(article_id);
CREATE INDEX quotes_speaker ON quotes(speaker_key);
CREATE INDEX quotes_country ON quotes(speaker_country);

CREATE TABLE unique_events (                 -- one row per real-world event, however many articles report it
    id              INTEGER PRIMARY KEY,
    event_key       TEXT NOT NULL UNIQUE,    -- date | source country | target country | cameo | source | target
    date            TEXT,
    source_country  TEXT,
    target_country  TEXT,
    cameo           TEXT NOT NULL,
    quad_class      INTEGER NOT NULL,
    goldstein       REAL NOT NULL,
    mentions        INTEGER NOT NULL DEFAULT 1,
    first_event_id  INTEGER
);
CREATE INDEX unique_events_dyad ON unique_events(source_country, target_country, date);
CREATE INDEX unique_events_date ON unique_events(date);

CREATE TABLE events (                        -- one row per event mention in an article
    id              INTEGER PRIMARY KEY,
    article_id      INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    unique_event_id INTEGER REFERENCES unique_events(id),
    seq             INTEGER NOT NULL,
    source_key      TEXT,
    source_name     TEXT,
    source_country  TEXT,
    source_role     TEXT,
    target_key      TEXT,
    target_name     TEXT,
    target_country  TEXT,
    target_role     TEXT,
    cameo           TEXT NOT NULL,
    root            TEXT NOT NULL,           -- first two digits of cameo
    quad_class      INTEGER NOT NULL,
    goldstein       REAL NOT NULL,
    plover          TEXT,
    date            TEXT,
    paragraph       INTEGER NOT NULL,
    sentence        TEXT NOT NULL,
    start           INTEGER NOT NULL,
    "end"           INTEGER NOT NULL,
    rule            TEXT,
    explanation     TEXT,
    confidence      REAL
);
CREATE INDEX events_article ON events(article_id);
CREATE INDEX events_dyad ON events(source_country, target_country, date);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_source_key ON events(source_key);
CREATE INDEX events_target_key ON events(target_key);
CREATE INDEX events_unique ON events(unique_event_id);

CREATE TABLE alerts (
    id            INTEGER PRIMARY KEY,
    dyad          TEXT NOT NULL,             -- "KAZ-RUS" (unordered, sorted) or "RUS>KAZ" (ordered)
    period        TEXT NOT NULL,             -- "week" | "day" | "month"
    period_start  TEXT NOT NULL,
    value         REAL NOT NULL,             -- tension index in the period
    baseline      REAL NOT NULL,
    change        REAL NOT NULL,             -- z-score of the change against the trailing baseline
    event_ids     TEXT NOT NULL DEFAULT '[]',
    created_at    TEXT NOT NULL,
    UNIQUE (dyad, period, period_start)
);
