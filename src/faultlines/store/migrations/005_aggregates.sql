-- faultlines store, schema version 5: aggregates kept on write, so that the pages, the JSON API and the CLI
-- read totals instead of counting events.
--
-- * dyad_periods: per ordered pair of states (source, target), period ('day', 'week', 'month'; 'all' and
--   'undated' with period_start '') and quad class: unique events, mentions, the Goldstein sum and the two sums of
--   the tension index (weight_sum = sum of ln(1 + mentions), weighted_goldstein = sum of Goldstein x weight; see
--   faultlines.relations.series). Unordered dyads add both directions. A row whose events fall to 0 stays (readers
--   skip it). Kept by triggers on unique_events, so every
--   writer (ingest, load, the benchmark's synthetic store) keeps them the same way.
-- * actor_totals: per actor id, the articles naming it, its mentions, its quotes and the name, kind, country and
--   role of the article that mentions it most.
-- * row_counts: the rows of each table.

CREATE TABLE dyad_periods (
    source              TEXT NOT NULL,
    target              TEXT NOT NULL,
    period              TEXT NOT NULL,
    period_start        TEXT NOT NULL,
    quad_class          INTEGER NOT NULL,
    events              INTEGER NOT NULL DEFAULT 0,
    mentions            INTEGER NOT NULL DEFAULT 0,
    goldstein_sum       REAL NOT NULL DEFAULT 0,
    weight_sum          REAL NOT NULL DEFAULT 0,
    weighted_goldstein  REAL NOT NULL DEFAULT 0,
    PRIMARY KEY (period, period_start, source, target, quad_class)
) WITHOUT ROWID;
-- the rows of one pair of states (the dyad page's series), read from the index alone
CREATE INDEX dyad_periods_pair ON dyad_periods(source, target, period, period_start, quad_class, events, mentions,
    goldstein_sum, weight_sum, weighted_goldstein);

-- The pairs whose rows changed since their dyad_summary rows were written (see below): readers compute those
-- dyads afresh, writers rewrite their summaries from time to time (faultlines.store.aggregates.refresh_dirty).
CREATE TABLE dyad_dirty (source TEXT NOT NULL, target TEXT NOT NULL, PRIMARY KEY (source, target)) WITHOUT ROWID;

-- One change to the aggregates: a unique event added (sign 1) or taken away (sign -1).
CREATE VIEW dyad_period_changes AS
    SELECT NULL AS source, NULL AS target, NULL AS date, NULL AS quad_class, NULL AS goldstein, NULL AS mentions,
           NULL AS sign WHERE 0;

CREATE TRIGGER dyad_period_change INSTEAD OF INSERT ON dyad_period_changes
WHEN new.source IS NOT NULL AND new.target IS NOT NULL AND new.source != new.target
BEGIN
    INSERT INTO dyad_periods(source, target, period, period_start, quad_class, events, mentions, goldstein_sum,
                             weight_sum, weighted_goldstein)
    SELECT new.source, new.target, p.period,
           CASE p.period WHEN 'day' THEN d.day WHEN 'week' THEN date(d.day, 'weekday 0', '-6 days')
                         WHEN 'month' THEN date(d.day, 'start of month') ELSE '' END,
           new.quad_class, new.sign, new.sign * new.mentions, new.sign * new.goldstein,
           new.sign * ln(1 + max(1, coalesce(new.mentions, 1))),
           new.sign * new.goldstein * ln(1 + max(1, coalesce(new.mentions, 1)))
    FROM (SELECT CASE WHEN new.date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' THEN
                 date(CASE WHEN length(new.date) = 7 THEN new.date || '-01' ELSE substr(new.date, 1, 10) END)
                 END AS day) d
    JOIN (SELECT 'all' AS period UNION ALL SELECT 'undated' UNION ALL SELECT 'day' UNION ALL SELECT 'week'
          UNION ALL SELECT 'month') p
    WHERE (p.period = 'all' OR (p.period = 'undated') = (d.day IS NULL))
        AND (p.period IN ('all', 'undated') OR date(d.day, 'weekday 0', '-6 days') IS NOT NULL)
    ON CONFLICT (period, period_start, source, target, quad_class) DO UPDATE SET
        events = events + excluded.events, mentions = mentions + excluded.mentions,
        goldstein_sum = goldstein_sum + excluded.goldstein_sum, weight_sum = weight_sum + excluded.weight_sum,
        weighted_goldstein = weighted_goldstein + excluded.weighted_goldstein;
    INSERT OR IGNORE INTO dyad_dirty(source, target) VALUES (new.source, new.target);
END;

CREATE TRIGGER unique_events_dyads_ai AFTER INSERT ON unique_events BEGIN
    INSERT INTO dyad_period_changes VALUES (new.source_country, new.target_country, new.date, new.quad_class,
                                            new.goldstein, new.mentions, 1);
END;
CREATE TRIGGER unique_events_dyads_ad AFTER DELETE ON unique_events BEGIN
    INSERT INTO dyad_period_changes VALUES (old.source_country, old.target_country, old.date, old.quad_class,
                                            old.goldstein, old.mentions, -1);
END;
CREATE TRIGGER unique_events_dyads_au AFTER UPDATE OF date, source_country, target_country, quad_class, goldstein,
    mentions ON unique_events
WHEN old.date IS NOT new.date OR old.source_country IS NOT new.source_country
    OR old.target_country IS NOT new.target_country OR old.quad_class IS NOT new.quad_class
    OR old.goldstein IS NOT new.goldstein OR old.mentions IS NOT new.mentions
BEGIN
    INSERT INTO dyad_period_changes VALUES (old.source_country, old.target_country, old.date, old.quad_class,
                                            old.goldstein, old.mentions, -1);
    INSERT INTO dyad_period_changes VALUES (new.source_country, new.target_country, new.date, new.quad_class,
                                            new.goldstein, new.mentions, 1);
END;

INSERT INTO dyad_period_changes
    SELECT source_country, target_country, date, quad_class, goldstein, mentions, 1 FROM unique_events;

CREATE TABLE actor_totals (
    actor_key     TEXT PRIMARY KEY,
    name          TEXT,
    kind          TEXT,
    country       TEXT,
    role          TEXT,
    top_mentions  INTEGER,                   -- mentions in the article that names it most (its name is shown)
    articles      INTEGER NOT NULL DEFAULT 0,
    mentions      INTEGER NOT NULL DEFAULT 0,
    quotes        INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE INDEX actor_totals_rank ON actor_totals(mentions DESC, articles DESC, actor_key);
CREATE INDEX actor_totals_country ON actor_totals(country, mentions DESC, articles DESC, actor_key);

CREATE TRIGGER actors_totals_ai AFTER INSERT ON actors BEGIN
    INSERT INTO actor_totals(actor_key, name, kind, country, role, top_mentions, articles, mentions)
    VALUES (new.actor_key, new.name, new.kind, new.country, new.role, new.mentions, 1, new.mentions)
    ON CONFLICT (actor_key) DO UPDATE SET
        articles = articles + 1, mentions = mentions + excluded.mentions,
        name = CASE WHEN top_mentions IS NULL OR excluded.top_mentions > top_mentions THEN excluded.name ELSE name END,
        kind = CASE WHEN top_mentions IS NULL OR excluded.top_mentions > top_mentions THEN excluded.kind ELSE kind END,
        country = CASE WHEN top_mentions IS NULL OR excluded.top_mentions > top_mentions
                       THEN excluded.country ELSE country END,
        role = CASE WHEN top_mentions IS NULL OR excluded.top_mentions > top_mentions THEN excluded.role ELSE role END,
        top_mentions = max(coalesce(top_mentions, -1), excluded.top_mentions);
END;
CREATE TRIGGER actors_totals_ad AFTER DELETE ON actors BEGIN
    UPDATE actor_totals SET articles = articles - 1, mentions = mentions - old.mentions
        WHERE actor_key = old.actor_key;
    UPDATE actor_totals SET (name, kind, country, role, top_mentions) = (
        SELECT name, kind, country, role, mentions FROM actors WHERE actor_key = old.actor_key
        ORDER BY mentions DESC, id LIMIT 1)
        WHERE actor_key = old.actor_key AND old.mentions >= coalesce(top_mentions, -1);
    DELETE FROM actor_totals WHERE actor_key = old.actor_key AND articles <= 0 AND quotes <= 0;
END;
CREATE TRIGGER quotes_totals_ai AFTER INSERT ON quotes WHEN new.speaker_key IS NOT NULL BEGIN
    INSERT INTO actor_totals(actor_key, quotes) VALUES (new.speaker_key, 1)
    ON CONFLICT (actor_key) DO UPDATE SET quotes = quotes + 1;
END;
CREATE TRIGGER quotes_totals_ad AFTER DELETE ON quotes WHEN old.speaker_key IS NOT NULL BEGIN
    UPDATE actor_totals SET quotes = quotes - 1 WHERE actor_key = old.speaker_key;
    DELETE FROM actor_totals WHERE actor_key = old.speaker_key AND articles <= 0 AND quotes <= 0;
END;

INSERT INTO actor_totals(actor_key, name, kind, country, role, top_mentions, articles, mentions)
    SELECT x.actor_key, x.name, x.kind, x.country, x.role, x.mentions, t.articles, t.mentions
    FROM (SELECT actor_key, name, kind, country, role, mentions,
                 row_number() OVER (PARTITION BY actor_key ORDER BY mentions DESC, id) AS rn FROM actors) x
    JOIN (SELECT actor_key, count(*) AS articles, sum(mentions) AS mentions FROM actors GROUP BY actor_key) t
        ON t.actor_key = x.actor_key
    WHERE x.rn = 1;
INSERT INTO actor_totals(actor_key, quotes)
    SELECT speaker_key, count(*) FROM quotes WHERE speaker_key IS NOT NULL GROUP BY speaker_key
    ON CONFLICT (actor_key) DO UPDATE SET quotes = excluded.quotes;

CREATE TABLE row_counts (name TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
INSERT INTO row_counts(name, n)
SELECT 'documents', count(*) FROM documents
UNION ALL SELECT 'articles', count(*) FROM articles
UNION ALL SELECT 'stories', count(*) FROM stories
UNION ALL SELECT 'actors', count(*) FROM actors
UNION ALL SELECT 'quotes', count(*) FROM quotes
UNION ALL SELECT 'events', count(*) FROM events
UNION ALL SELECT 'unique_events', count(*) FROM unique_events
UNION ALL SELECT 'alerts', count(*) FROM alerts;
CREATE TRIGGER row_counts_documents_ai AFTER INSERT ON documents BEGIN UPDATE row_counts SET n = n + 1 WHERE name = 'documents'; END;
CREATE TRIGGER row_counts_documents_ad AFTER DELETE ON documents BEGIN UPDATE row_counts SET n = n - 1 WHERE name = 'documents'; END;
CREATE TRIGGER row_counts_articles_ai AFTER INSERT ON articles BEGIN UPDATE row_counts SET n = n + 1 WHERE name = 'articles'; END;
CREATE TRIGGER row_counts_articles_ad AFTER DELETE ON articles BEGIN UPDATE row_counts SET n = n - 1 WHERE name = 'articles'; END;
CREATE TRIGGER row_counts_stories_ai AFTER INSERT ON stories BEGIN UPDATE row_counts SET n = n + 1 WHERE name = 'stories'; END;
CREATE TRIGGER row_counts_stories_ad AFTER DELETE ON stories BEGIN UPDATE row_counts SET n = n - 1 WHERE name = 'stories'; END;
CREATE TRIGGER row_counts_actors_ai AFTER INSERT ON actors BEGIN UPDATE row_counts SET n = n + 1 WHERE name = 'actors'; END;
CREATE TRIGGER row_counts_actors_ad AFTER DELETE ON actors BEGIN UPDATE row_counts SET n = n - 1 WHERE name = 'actors'; END;
CREATE TRIGGER row_counts_quotes_ai AFTER INSERT ON quotes BEGIN UPDATE row_counts SET n = n + 1 WHERE name = 'quotes'; END;
CREATE TRIGGER row_counts_quotes_ad AFTER DELETE ON quotes BEGIN UPDATE row_counts SET n = n - 1 WHERE name = 'quotes'; END;
CREATE TRIGGER row_counts_events_ai AFTER INSERT ON events BEGIN UPDATE row_counts SET n = n + 1 WHERE name = 'events'; END;
CREATE TRIGGER row_counts_events_ad AFTER DELETE ON events BEGIN UPDATE row_counts SET n = n - 1 WHERE name = 'events'; END;
CREATE TRIGGER row_counts_unique_events_ai AFTER INSERT ON unique_events BEGIN UPDATE row_counts SET n = n + 1 WHERE name = 'unique_events'; END;
CREATE TRIGGER row_counts_unique_events_ad AFTER DELETE ON unique_events BEGIN UPDATE row_counts SET n = n - 1 WHERE name = 'unique_events'; END;
CREATE TRIGGER row_counts_alerts_ai AFTER INSERT ON alerts BEGIN UPDATE row_counts SET n = n + 1 WHERE name = 'alerts'; END;
CREATE TRIGGER row_counts_alerts_ad AFTER DELETE ON alerts BEGIN UPDATE row_counts SET n = n - 1 WHERE name = 'alerts'; END;


-- Per dyad (ordered 0: the unordered pair a < b; 1: from a to b) and period kind: its totals (from the 'all' and
-- 'undated' rows above), its last period with events (busy_start, with busy_events) and the tension index in that
-- period and the one before. The tension of any later period follows (it decays by (1 - ALPHA) per empty period),
-- so the top dyads read one row per dyad. Written by faultlines.store.aggregates.refresh_dyads for the dyads in
-- dyad_dirty (by the writer in each document's transaction, by a load at its end; filled right after this
-- migration).
CREATE TABLE dyad_summary (
    period          TEXT NOT NULL,
    ordered         INTEGER NOT NULL,
    a               TEXT NOT NULL,
    b               TEXT NOT NULL,
    events          INTEGER NOT NULL,
    mentions        INTEGER NOT NULL,
    q0 INTEGER NOT NULL, q1 INTEGER NOT NULL, q2 INTEGER NOT NULL, q3 INTEGER NOT NULL, q4 INTEGER NOT NULL,
    goldstein_sum   REAL NOT NULL,
    undated         INTEGER NOT NULL,
    busy_start      TEXT,
    busy_events     INTEGER NOT NULL DEFAULT 0,
    tension         REAL NOT NULL DEFAULT 0,
    previous        REAL NOT NULL DEFAULT 0,
    PRIMARY KEY (period, ordered, a, b)
) WITHOUT ROWID;

-- Full-text indexes of event sentences and quotes, so that words in them are found from an index (the search
-- page's "events" and "quotes"), not by reading every row.
CREATE VIRTUAL TABLE events_fts USING fts5(sentence, content='events', content_rowid='id');
CREATE TRIGGER events_fts_ai AFTER INSERT ON events BEGIN
    INSERT INTO events_fts(rowid, sentence) VALUES (new.id, new.sentence);
END;
CREATE TRIGGER events_fts_ad AFTER DELETE ON events BEGIN
    INSERT INTO events_fts(events_fts, rowid, sentence) VALUES ('delete', old.id, old.sentence);
END;
CREATE TRIGGER events_fts_au AFTER UPDATE OF sentence ON events BEGIN
    INSERT INTO events_fts(events_fts, rowid, sentence) VALUES ('delete', old.id, old.sentence);
    INSERT INTO events_fts(rowid, sentence) VALUES (new.id, new.sentence);
END;
INSERT INTO events_fts(events_fts) VALUES ('rebuild');

CREATE VIRTUAL TABLE quotes_fts USING fts5(text, speaker_name, content='quotes', content_rowid='id');
CREATE TRIGGER quotes_fts_ai AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts(rowid, text, speaker_name) VALUES (new.id, new.text, new.speaker_name);
END;
CREATE TRIGGER quotes_fts_ad AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker_name) VALUES ('delete', old.id, old.text, old.speaker_name);
END;
CREATE TRIGGER quotes_fts_au AFTER UPDATE OF text, speaker_name ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker_name) VALUES ('delete', old.id, old.text, old.speaker_name);
    INSERT INTO quotes_fts(rowid, text, speaker_name) VALUES (new.id, new.text, new.speaker_name);
END;
INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild');
