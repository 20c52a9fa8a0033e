-- faultlines store, schema version 4: event modes, the basis of an event's date, and the events kept out of the
-- dyad series. ``mode`` says how the text puts the event (asserted, negated, hypothetical, future, claimed);
-- ``date_basis`` says where its date came from (sentence, published, fetched; null when undated); ``excluded``
-- says why it stays out of the dyad series, tension and alerts (null when it counts there). Only counted events
-- are linked to a unique event.

ALTER TABLE events ADD COLUMN mode TEXT NOT NULL DEFAULT 'asserted';
ALTER TABLE events ADD COLUMN date_basis TEXT;
ALTER TABLE events ADD COLUMN excluded TEXT;
UPDATE events SET date_basis = CASE WHEN date IS NULL THEN NULL ELSE 'published' END;
CREATE INDEX events_excluded ON events(excluded, date);
