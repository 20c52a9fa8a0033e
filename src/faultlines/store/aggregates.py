"""The dyad summaries kept on write (table ``dyad_summary``, migration 005): per dyad and period kind, its totals,
its last period with events and the tension index there, computed with the relations formulas from the per-period
totals that the triggers keep in ``dyad_periods``. The triggers also note the pairs they change in ``dyad_dirty``;
writers call :func:`refresh_dirty` in their transaction (the store's writer for each document, a load at its end),
and readers compute any dyad still noted afresh, so every answer is up to date."""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date

from faultlines.relations import series as s

_LAST = (
    "SELECT period, max(period_start) AS last FROM dyad_periods WHERE source = ? AND target = ?"
    " AND period IN ('day', 'week', 'month') AND events > 0 GROUP BY period"
)
_ROWS = (
    "SELECT period, period_start, quad_class, events, mentions, goldstein_sum, weight_sum, weighted_goldstein"
    " FROM dyad_periods WHERE source = ? AND target = ? AND events > 0 AND (period IN ('all', 'undated')"
    " OR (period = 'day' AND period_start >= ?) OR (period = 'week' AND period_start >= ?)"
    " OR (period = 'month' AND period_start >= ?))"
)
_FAR = "9999-12-31"


class _Direction:
    """The rows of one (source, target) direction that the summaries need: its totals, its last busy period per
    period kind and the rows of the tension window before it (two queries)."""

    def __init__(self, conn: sqlite3.Connection, source: str, target: str) -> None:
        self.last = {r["period"]: r["last"] for r in conn.execute(_LAST, (source, target))}
        since = [window_start(date.fromisoformat(self.last[p]), p, s.TENSION_WINDOW).isoformat()
                 if p in self.last else _FAR for p in s.PERIODS]
        self.rows = conn.execute(_ROWS, (source, target, *since)).fetchall()


def directions(a: str, b: str, ordered: bool) -> list[tuple[str, str]]:
    """The (source, target) pairs of a dyad: one for an ordered dyad, both for an unordered one. Each is read on
    its own, so that SQLite uses the pair index (an ``OR`` of the two would scan the period)."""
    return [(a, b)] if ordered else [(a, b), (b, a)]


def window_start(last: date, period: str, periods: int) -> date:
    """The first day of the period ``periods`` periods before the one starting on ``last``."""
    if period == "day":
        return date.fromordinal(last.toordinal() - periods)
    if period == "week":
        return date.fromordinal(last.toordinal() - 7 * periods)
    month = last.year * 12 + last.month - 1 - periods
    return date(month // 12, month % 12 + 1, 1)


def refresh_dyads(conn: sqlite3.Connection, pairs: Iterable[tuple[str | None, str | None]] | None = None) -> int:
    """Rewrite the summaries of the dyads between these (source, target) pairs, both directions and the
    unordered pair; every dyad when ``pairs`` is None. Returns how many dyads were written."""
    if pairs is None:
        conn.execute("DELETE FROM dyad_summary")
        pairs = conn.execute(
            "SELECT DISTINCT source, target FROM dyad_periods WHERE period = 'all' AND period_start = ''"
        ).fetchall()
    dyads = _dyads(pairs)
    cache: dict[tuple[str, str], _Direction] = {}
    for a, b, ordered in dyads:
        for period, row in summaries(conn, a, b, ordered, cache=cache).items():
            if row is None:
                conn.execute("DELETE FROM dyad_summary WHERE period = ? AND ordered = ? AND a = ? AND b = ?",
                             (period, int(ordered), a, b))
            else:
                conn.execute(f"INSERT OR REPLACE INTO dyad_summary({', '.join(row)}) VALUES"
                             f" ({', '.join('?' * len(row))})", tuple(row.values()))
    return len(dyads)


def refresh_dirty(conn: sqlite3.Connection) -> int:
    """Rewrite the summaries of the dyads changed since the last refresh (``dyad_dirty``) and forget them."""
    pairs = conn.execute("SELECT source, target FROM dyad_dirty").fetchall()
    written = refresh_dyads(conn, pairs)
    conn.execute("DELETE FROM dyad_dirty")
    return written


def dirty_dyads(conn: sqlite3.Connection, ordered: bool) -> list[tuple[str, str]]:
    """The dyads whose summary is out of date (readers compute them afresh)."""
    pairs = conn.execute("SELECT source, target FROM dyad_dirty").fetchall()
    return [(a, b) for a, b, o in _dyads(pairs) if o == ordered]


def _dyads(pairs) -> list[tuple[str, str, bool]]:
    wanted = set()
    for a, b in pairs:
        if a and b and a != b:
            wanted |= {(a, b, True), (b, a, True), (min(a, b), max(a, b), False)}
    return sorted(wanted)


def summaries(conn: sqlite3.Connection, a: str, b: str, ordered: bool, periods: tuple[str, ...] = s.PERIODS,
              cache: dict | None = None) -> dict[str, dict | None]:
    """The ``dyad_summary`` rows of one dyad, computed from ``dyad_periods`` (None for a dyad without events);
    ``cache`` shares the rows of each direction between the ordered and the unordered dyads of a pair."""
    cache = {} if cache is None else cache
    parts = []
    for pair in directions(a, b, ordered):
        if pair not in cache:
            cache[pair] = _Direction(conn, *pair)
        parts.append(cache[pair])
    rows = [r for d in parts for r in d.rows]
    totals = {"events": 0, "mentions": 0, **{f"q{q}": 0 for q in range(5)}, "goldstein_sum": 0.0, "undated": 0}
    for r in rows:
        if r["period"] == "all":
            totals["events"] += r["events"]
            totals["mentions"] += r["mentions"]
            totals[f"q{r['quad_class']}"] += r["events"]
            totals["goldstein_sum"] += r["goldstein_sum"]
        elif r["period"] == "undated":
            totals["undated"] += r["events"]
    out: dict[str, dict | None] = {}
    for period in periods:
        if not totals["events"]:
            out[period] = None
            continue
        last = max((d.last[period] for d in parts if period in d.last), default=None)
        tension = previous = 0.0
        busy_events = 0
        if last:
            since = window_start(date.fromisoformat(last), period, s.TENSION_WINDOW).isoformat()
            mine = [r for r in rows if r["period"] == period and r["period_start"] >= since]
            tension, previous, busy_events = s.latest_tension(mine, period)
        out[period] = {"period": period, "ordered": int(ordered), "a": a, "b": b, **totals, "busy_start": last,
                       "busy_events": busy_events, "tension": tension, "previous": previous,
                       **rank_keys(last, period, tension, previous)}
    return out


def period_index(start: str, period: str) -> int:
    """The number of the day, week or month starting on ``start`` (ISO date) since year 0: the periods between
    two starts are the difference of their numbers (``relations.series.periods_between``)."""
    day = date.fromisoformat(start)
    if period == "day":
        return day.toordinal()
    if period == "week":
        return day.toordinal() // 7  # week starts are 7 days apart
    return day.year * 12 + day.month - 1


def rank_keys(busy_start: str | None, period: str, tension: float, previous: float) -> dict[str, float | None]:
    """The ranking keys of a summary (migration 006): ``rise``, its tension change while its last busy period is
    the store's latest, and ``fade``, for a cooperative dyad, log_(1/(1 - ALPHA))(-tension) + the number of that
    period (log2 for ALPHA = 0.5)."""
    if not busy_start:
        return {"rise": None, "fade": None}
    rise = round(round(tension, 4) - round(previous, 4), 4)  # as read_dyads._top_item with no empty period
    decay = math.log(1 / (1 - s.ALPHA))  # fade in periods of decay: log base 1/(1 - ALPHA)
    fade = math.log(-tension) / decay + period_index(busy_start, period) if tension < 0 else None
    return {"rise": rise, "fade": fade}


#: The triggers that add each inserted row to the aggregates (and to the full-text indexes of events and quotes); a
#: bulk insert drops them and adds its rows at once.
INSERT_TRIGGERS = (
    "unique_events_dyads_ai", "actors_totals_ai", "quotes_totals_ai", "events_fts_ai", "quotes_fts_ai",
    *(f"row_counts_{t}_ai" for t in ("documents", "articles", "stories", "actors", "quotes", "events",
                                      "unique_events")),
)
_COUNTED = ("documents", "articles", "stories", "actors", "quotes", "events", "unique_events")
_DAY = ("CASE WHEN date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' THEN date(CASE WHEN length(date) = 7"
        " THEN date || '-01' ELSE substr(date, 1, 10) END) END")


@contextmanager
def bulk_insert(conn: sqlite3.Connection) -> Iterator[None]:
    """Insert many rows without the per-row aggregate triggers (inside the caller's transaction): the rows
    inserted meanwhile (ids above the current maxima) are added to the aggregates with a few ``GROUP BY``
    statements when the block ends, and the triggers are put back. Updates and deletes keep their triggers."""
    saved = [r[0] for r in conn.execute(
        f"SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({','.join('?' * len(INSERT_TRIGGERS))})",
        INSERT_TRIGGERS)]
    marks = {t: conn.execute(f"SELECT coalesce(max(id), 0) FROM {t}").fetchone()[0] for t in _COUNTED}
    for name in INSERT_TRIGGERS:
        conn.execute(f"DROP TRIGGER IF EXISTS {name}")
    try:
        yield
        _add_inserted(conn, marks)
    finally:
        for sql in saved:
            conn.execute(sql)


def _add_inserted(conn: sqlite3.Connection, marks: dict[str, int]) -> None:
    conn.execute("INSERT INTO events_fts(rowid, sentence) SELECT id, sentence FROM events WHERE id > ?",
                 (marks["events"],))
    conn.execute("INSERT INTO quotes_fts(rowid, text, speaker_name) SELECT id, text, speaker_name FROM quotes"
                 " WHERE id > ?", (marks["quotes"],))
    for table, mark in marks.items():
        conn.execute(f"UPDATE row_counts SET n = n + (SELECT count(*) FROM {table} WHERE id > ?) WHERE name = ?",
                     (mark, table))
    weight = "ln(1 + max(1, coalesce(mentions, 1)))"
    # each unique event's day, week, month and weight computed once (a materialised CTE), not once per period
    conn.execute(
        "WITH u AS MATERIALIZED (SELECT source_country, target_country, quad_class, mentions, goldstein,"
        f" {weight} AS weight, day, date(day, 'weekday 0', '-6 days') AS week, date(day, 'start of month') AS month"
        f" FROM (SELECT *, {_DAY} AS day FROM unique_events WHERE id > ? AND source_country IS NOT NULL"
        " AND target_country IS NOT NULL AND source_country != target_country))"
        " INSERT INTO dyad_periods(source, target, period, period_start, quad_class, events, mentions, goldstein_sum,"
        " weight_sum, weighted_goldstein)"
        " SELECT u.source_country, u.target_country, p.period,"
        " CASE p.period WHEN 'day' THEN u.day WHEN 'week' THEN u.week WHEN 'month' THEN u.month ELSE '' END AS start,"
        " u.quad_class, count(*), sum(u.mentions), sum(u.goldstein), sum(u.weight), sum(u.goldstein * u.weight)"
        " FROM u JOIN (SELECT 'all' AS period UNION ALL SELECT 'undated' UNION ALL SELECT 'day' UNION ALL"
        " SELECT 'week' UNION ALL SELECT 'month') p"
        " WHERE (p.period = 'all' OR (p.period = 'undated') = (u.day IS NULL))"
        " AND (p.period IN ('all', 'undated') OR u.week IS NOT NULL)"
        " GROUP BY 1, 2, 3, 4, 5"
        " ON CONFLICT (period, period_start, source, target, quad_class) DO UPDATE SET"
        " events = events + excluded.events, mentions = mentions + excluded.mentions,"
        " goldstein_sum = goldstein_sum + excluded.goldstein_sum, weight_sum = weight_sum + excluded.weight_sum,"
        " weighted_goldstein = weighted_goldstein + excluded.weighted_goldstein",
        (marks["unique_events"],),
    )
    top = ("CASE WHEN top_mentions IS NULL OR excluded.top_mentions > top_mentions THEN excluded.{0} ELSE {0} END")
    conn.execute(
        "INSERT INTO actor_totals(actor_key, name, kind, country, role, top_mentions, articles, mentions)"
        " SELECT actor_key, name, kind, country, role, top, articles, total FROM"
        # one pass: the bare columns come from the row of max(...), the most mentions and, among equals, the
        # first inserted (ids stay below 2^32), as the insert trigger keeps them
        " (SELECT actor_key, name, kind, country, role, mentions AS top, count(*) AS articles,"
        " sum(mentions) AS total, max((mentions << 32) - id) FROM actors WHERE id > ? GROUP BY actor_key) WHERE true"
        " ON CONFLICT (actor_key) DO UPDATE SET articles = articles + excluded.articles,"
        " mentions = mentions + excluded.mentions, "
        + ", ".join(f"{c} = " + top.format(c) for c in ("name", "kind", "country", "role"))
        + ", top_mentions = max(coalesce(top_mentions, -1), excluded.top_mentions)",
        (marks["actors"],),
    )
    conn.execute(
        "INSERT INTO actor_totals(actor_key, quotes) SELECT speaker_key, count(*) FROM quotes"
        " WHERE id > ? AND speaker_key IS NOT NULL GROUP BY speaker_key"
        " ON CONFLICT (actor_key) DO UPDATE SET quotes = quotes + excluded.quotes",
        (marks["quotes"],),
    )
    conn.execute(
        "INSERT OR IGNORE INTO dyad_dirty(source, target) SELECT DISTINCT source_country, target_country"
        " FROM unique_events WHERE id > ? AND source_country IS NOT NULL AND target_country IS NOT NULL"
        " AND source_country != target_country",
        (marks["unique_events"],),
    )
