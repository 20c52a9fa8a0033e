-- faultlines store, schema version 6: two ranking keys of dyad_summary (and the alerts' order in an index), so that the top dyads by change read a few
-- rows from an index instead of decaying the tension of every dyad on every request.
--
-- * rise: the tension change of a dyad whose last busy period is the store's latest (round(tension, 4) -
--   round(previous, 4)); the dyads busy in the latest period are read in this order.
-- * fade: for a cooperative dyad (tension < 0), log2(-tension) + the index of its last busy period (days, weeks or
--   months since year 0). In each empty period after that the tension decays by half (ALPHA = 0.5) towards 0, so
--   its change there, about -tension * 2^-k after k empty periods, is at most 2^(fade - latest index) (+ rounding):
--   the cooperative dyads are read in fade order until that bound falls below the ones already found.
-- Both are null where they do not apply; written by faultlines.store.aggregates.summaries (filled right after
-- this migration).

ALTER TABLE dyad_summary ADD COLUMN rise REAL;
ALTER TABLE dyad_summary ADD COLUMN fade REAL;
CREATE INDEX dyad_summary_rise ON dyad_summary(period, ordered, busy_start, rise DESC);
CREATE INDEX dyad_summary_fade ON dyad_summary(period, ordered, fade DESC) WHERE fade IS NOT NULL;
CREATE INDEX dyad_summary_events ON dyad_summary(period, ordered, events DESC, a, b);

-- the alerts newest period first, biggest change first (the overview and the alerts page), read in index order
CREATE INDEX alerts_latest ON alerts(period_start DESC, change DESC, id);
