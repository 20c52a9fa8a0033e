"""Reading pairs of states: totals, dyad series, top dyads and the tension index, from the aggregates that the
store keeps on write (``dyad_periods``, migration 005) and the pure formulas of :mod:`faultlines.relations.series`.

A dyad is unordered (``"KAZ-RUS"``: both directions added) or ordered (``"RUS>KAZ"``). Only unique events between
two different known states count, each once."""

from __future__ import annotations

import sqlite3
from datetime import date
from typing import Any

from faultlines.relations import series as s
from faultlines.store.aggregates import directions, dirty_dyads, summaries


def latest_event_day(conn: sqlite3.Connection) -> date | None:
    """The day of the latest dated unique event between two different states."""
    row = conn.execute("SELECT max(period_start) FROM dyad_periods WHERE period = 'day'").fetchone()
    return s.parse_day(row[0]) if row and row[0] else None


def dyad_series(
    conn: sqlite3.Connection, a: str, b: str, period: str = "week", ordered: bool = False, until: str | None = None
) -> list[dict[str, Any]]:
    """The series of the dyad ``a``–``b`` (``ordered``: only events from ``a`` to ``b``), one dict per period from
    the dyad's first event to the store's latest event (or ``until``): ``{"period_start", "q0".."q4", "events",
    "mentions", "goldstein_sum", "goldstein_mean", "raw_tension", "tension"}``."""
    if period not in s.PERIODS:
        raise ValueError(f"unknown period {period!r}: use day, week or month")
    a, b = a.upper(), b.upper()
    if a == b:
        return []
    rows = [r for pair in directions(a, b, ordered) for r in conn.execute(
        "SELECT period_start, quad_class, events, mentions, goldstein_sum, weight_sum, weighted_goldstein"
        " FROM dyad_periods WHERE source = ? AND target = ? AND period = ?", (*pair, period))]
    end = s.parse_day(until) if until else latest_event_day(conn)
    return s.smooth_series(s.period_totals(rows), period, until=end)


_CONFLICT = "CASE quad_class " + " ".join(
    f"WHEN {q} THEN {w}" for q, w in sorted(s.CONFLICT_WEIGHT.items())) + " ELSE 1.0 END"


_AGE = {  # SQL: periods from the dyad's last busy period to the store's latest (:last)
    "day": "CAST(julianday(:last) - julianday(busy_start) AS INTEGER)",
    "week": "CAST((julianday(:last) - julianday(busy_start)) / 7 AS INTEGER)",
    "month": "((CAST(substr(:last, 1, 4) AS INTEGER) - CAST(substr(busy_start, 1, 4) AS INTEGER)) * 12"
             " + CAST(substr(:last, 6, 2) AS INTEGER) - CAST(substr(busy_start, 6, 2) AS INTEGER))",
}


def _top_item(row, last: date | None, period: str, ordered: bool) -> dict[str, Any]:
    """One dyad of :func:`top_dyads` from its summary row: the tension decays by ``1 - ALPHA`` per empty period."""
    keep = 1 - s.ALPHA
    tension = previous = 0.0
    latest = 0
    if row["busy_start"] and last:
        k = s.periods_between(date.fromisoformat(row["busy_start"]), last, period)
        if k <= s.TENSION_WINDOW:
            tension = row["tension"] * keep**k
            previous = row["previous"] if k == 0 else row["tension"] * keep ** (k - 1)
            latest = row["busy_events"] if k == 0 else 0
    tension = round(tension, 4)
    item = {"dyad": s.dyad_name(row["a"], row["b"], ordered),
            **{k: row[k] for k in ("a", "b", "events", "mentions", "q0", "q1", "q2", "q3", "q4")}}
    item.update(
        goldstein_mean=round(row["goldstein_sum"] / row["events"], 4),
        tension=tension,
        tension_change=round(tension - round(previous, 4), 4),
        latest_period=last.isoformat() if last and row["busy_start"] else None,
        latest_events=latest,
        undated=row["undated"],
    )
    return item


def top_dyads(
    conn: sqlite3.Connection, period: str = "week", top: int = 10, by: str = "events", ordered: bool = False
) -> list[dict[str, Any]]:
    """The busiest dyads (``by="events"``: most unique events, then by name) or those whose tension rose most in
    the store's latest period (``by="change"``: largest rise first, then by name). Each: ``{"dyad", "a", "b",
    "events", "mentions", "q0".."q4", "goldstein_mean", "tension", "tension_change", "latest_period",
    "latest_events", "undated"}``; ``tension`` is the smoothed tension in the store's latest period,
    ``tension_change`` its change from the period before. Undated events count in the totals (``undated`` says
    how many) but not in the series.

    One row per dyad (``dyad_summary``, kept on write): its last period with events and the tension there; in the
    empty periods since, the tension decays by ``1 - ALPHA`` per period."""
    if by not in ("events", "change"):
        raise ValueError("by must be 'events' or 'change'")
    if period not in s.PERIODS:
        raise ValueError(f"unknown period {period!r}: use day, week or month")
    end = latest_event_day(conn)
    last = s.period_start(end, period) if end else None
    dirty = dirty_dyads(conn, ordered)
    # the leading candidates ranked in SQL (the decay and the change as below); the dyads changed since their
    # summary was written are computed afresh and ranked with them
    order = "events DESC, a, b" if by == "events" else "change DESC, a, b"
    candidates = conn.execute(
        f"WITH x AS (SELECT *, {_AGE[period]} AS k FROM dyad_summary WHERE period = :period AND ordered = :ordered"
        " AND events > 0), y AS (SELECT *,"
        " CASE WHEN busy_start IS NULL OR k > :window THEN 0.0 ELSE round(tension * pow(:keep, k), 4) END AS t,"
        " CASE WHEN busy_start IS NULL OR k > :window THEN 0.0 WHEN k = 0 THEN previous"
        " ELSE tension * pow(:keep, k - 1) END AS p FROM x)"
        f" SELECT *, round(t - round(p, 4), 4) AS change FROM y ORDER BY {order} LIMIT :limit",
        {"period": period, "ordered": int(ordered), "last": last.isoformat() if last else "", "window":
         s.TENSION_WINDOW, "keep": 1 - s.ALPHA, "limit": max(0, int(top)) + len(dirty) + 10},
    ).fetchall()
    rows = {(r["a"], r["b"]): r for r in candidates}
    for a, b in dirty:
        rows[(a, b)] = summaries(conn, a, b, ordered, (period,))[period]
    out = [_top_item(row, last, period, ordered) for row in rows.values() if row is not None]
    key = (lambda d: (-d["events"], d["dyad"])) if by == "events" else (lambda d: (-d["tension_change"], d["dyad"]))
    return sorted(out, key=key)[: max(0, int(top))]


def count_dyads(conn: sqlite3.Connection) -> int:
    """Unordered pairs of different states with at least one unique event."""
    if conn.execute("SELECT 1 FROM dyad_dirty LIMIT 1").fetchone() is None:  # every summary up to date
        return conn.execute(
            "SELECT count(*) FROM dyad_summary WHERE period = 'week' AND ordered = 0 AND events > 0"
        ).fetchone()[0]
    return conn.execute(
        "SELECT count(*) FROM (SELECT DISTINCT min(source, target), max(source, target) FROM dyad_periods"
        " WHERE period = 'all' AND period_start = '' AND events > 0)"
    ).fetchone()[0]


def unique_events(conn: sqlite3.Connection, where: str = "", params: tuple = ()) -> list[dict[str, Any]]:
    """Dated unique events between two different known states (``id``, ``day``, ``date``, countries, ``cameo``,
    ``quad_class``, ``goldstein``, ``mentions``), oldest first: the records the relations formulas take."""
    rows = conn.execute(
        "SELECT id, date, source_country, target_country, cameo, quad_class, goldstein, mentions"
        " FROM unique_events WHERE source_country IS NOT NULL AND target_country IS NOT NULL"
        f" AND source_country != target_country{where} ORDER BY date, id",
        params,
    ).fetchall()
    out = []
    for r in rows:
        day = s.parse_day(r["date"])
        if day is not None:
            out.append({**dict(r), "day": day})
    return out
