-- faultlines store, schema version 3: indexes for the event filters of the web server and the JSON API
-- (GET /api/v1/events?source=&quad_class=, ?target=&quad_class=, ?cameo=<root>&since=&until=, which list
-- unique events newest first). Each lets SQLite count and page the matching events from the index instead of
-- reading and sorting every event of the country or root.

CREATE INDEX unique_events_source_quad ON unique_events(source_country, quad_class, date);
CREATE INDEX unique_events_target_quad ON unique_events(target_country, quad_class, date);
CREATE INDEX unique_events_root_date ON unique_events(root, date);
