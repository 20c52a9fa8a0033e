"""The read API of the store: one function per question, shared by the CLI, the JSON API and the pages.

Every function takes an open ``sqlite3.Connection`` (rows as ``sqlite3.Row``) and returns JSON-ready records
(see :mod:`.records`); long lists come as pages ``{"items", "total", "limit", "offset", "next"}``. The functions
live by resource in ``read_articles``, ``read_actors``, ``read_events``, ``read_dyads`` and ``alerts``; the
heavy totals come from the aggregates that the store keeps on write (migration 005).
"""

from __future__ import annotations

import sqlite3

from faultlines.store.alerts import list_alerts
from faultlines.store.read_actors import actor_timeline, get_actor, list_actors, list_quotes
from faultlines.store.read_articles import get_article, list_articles, search_articles
from faultlines.store.read_dyads import count_dyads, dyad_series, latest_event_day, top_dyads
from faultlines.store.read_events import domestic_pairs, list_events

__all__ = [
    "actor_timeline", "domestic_pairs", "dyad_series", "get_actor", "get_article", "latest_event_day",
    "list_actors", "list_alerts", "list_articles", "list_events", "list_quotes", "search_articles", "stats",
    "top_dyads",
]

COUNTED = ("documents", "articles", "stories", "quotes", "events", "unique_events", "alerts")


def stats(conn: sqlite3.Connection) -> dict[str, int | str | None]:
    """Counts: documents, articles, stories, actors (distinct actors across articles), quotes, events (mentions),
    unique_events, alerts and dyads (pairs of states with events), and the first and last event dates."""
    counts = dict(conn.execute("SELECT name, n FROM row_counts").fetchall())
    out: dict[str, int | str | None] = {name: counts.get(name, 0) for name in COUNTED}
    out["actors"] = conn.execute("SELECT count(*) FROM actor_totals WHERE articles > 0").fetchone()[0]
    out["dyads"] = count_dyads(conn)
    out["first_date"] = conn.execute("SELECT min(date) FROM events WHERE date IS NOT NULL").fetchone()[0]
    out["last_date"] = conn.execute("SELECT max(date) FROM events WHERE date IS NOT NULL").fetchone()[0]
    return out
