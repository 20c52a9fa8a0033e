-- faultlines store, schema version 3: indexes for the web server's and the API's event filters
-- (GET /api/v1/events?source=&quad_class=, ?target=&quad_class=, ?cameo=<root>&since=&until=).
-- Each lets SQLite count and page the matching events newest first from the index alone, instead of
-- reading and sorting every event of the country or root.

CREATE INDEX events_source_quad ON events(source_country, quad_class, date);
CREATE INDEX events_target_quad ON events(target_country, quad_class, date);
CREATE INDEX events_root_date ON events(root, date);
