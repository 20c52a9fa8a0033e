"""Reading pairs of states: totals, dyad series, top dyads and the tension index, from the aggregates that the
store keeps on write (``dyad_periods``, migration 005) and the pure formulas of :mod:`faultlines.relations.series`.

A dyad is unordered (``"KAZ-RUS"``: both directions added) or ordered (``"RUS>KAZ"``). Only unique events between
two different known states count, each once."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from typing import Any

from faultlines.relations import series as s


def latest_event_day(conn: sqlite3.Connection) -> date | None:
    """The day of the latest dated unique event between two different states."""
    row = conn.execute("SELECT max(period_start) FROM dyad_periods WHERE period = 'day'").fetchone()
    return s.parse_day(row[0]) if row and row[0] else None


def _pair(a: str, b: str, ordered: bool) -> tuple[str, list[str]]:
    if ordered:
        return "source = ? AND target = ?", [a, b]
    return "((source = ? AND target = ?) OR (source = ? AND target = ?))", [a, b, b, a]


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
    cond, params = _pair(a, b, ordered)
    rows = conn.execute(
        "SELECT period_start, quad_class, events, mentions, goldstein_sum, weight_sum, weighted_goldstein"
        f" FROM dyad_periods WHERE {cond} AND period = ?",
        [*params, period],
    ).fetchall()
    end = s.parse_day(until) if until else latest_event_day(conn)
    return s.smooth_series(s.period_totals(rows), period, until=end)


def window_start(last: date, period: str, periods: int) -> date:
    """The first day of the period ``periods`` periods before the one starting on ``last``."""
    if period == "day":
        return last - timedelta(days=periods)
    if period == "week":
        return last - timedelta(weeks=periods)
    month = last.year * 12 + last.month - 1 - periods
    return date(month // 12, month % 12 + 1, 1)


def _age(period: str) -> str:
    """SQL: how many periods before the latest one (``:last``) the row's period starts."""
    if period == "day":
        return "CAST(julianday(:last) - julianday(period_start) AS INTEGER)"
    if period == "week":
        return "CAST((julianday(:last) - julianday(period_start)) / 7 AS INTEGER)"
    return ("((CAST(substr(:last, 1, 4) AS INTEGER) - CAST(substr(period_start, 1, 4) AS INTEGER)) * 12"
            " + CAST(substr(:last, 6, 2) AS INTEGER) - CAST(substr(period_start, 6, 2) AS INTEGER))")


_CONFLICT = "CASE quad_class " + " ".join(
    f"WHEN {q} THEN {w}" for q, w in sorted(s.CONFLICT_WEIGHT.items())) + " ELSE 1.0 END"


def _tensions(conn: sqlite3.Connection, period: str, last: date, ordered: bool) -> dict[tuple[str, str], tuple]:
    """Per dyad: ``(tension, previous tension, events in the latest period)`` in closed form,
    ``tension(L) = ALPHA * sum_k (1 - ALPHA)**k * raw(L - k)`` over the last ``TENSION_WINDOW`` periods (the
    recursion of :func:`faultlines.relations.series.smooth_series` unrolled; older periods weigh < 1e-8)."""
    a, b = ("source", "target") if ordered else ("min(source, target)", "max(source, target)")
    first = window_start(last, period, s.TENSION_WINDOW)
    rows = conn.execute(
        f"WITH p AS (SELECT {a} AS a, {b} AS b, {_age(period)} AS k, sum(events) AS n, sum(weight_sum) AS w,"
        f" sum({_CONFLICT} * -weighted_goldstein) AS h FROM dyad_periods"
        " WHERE period = :period AND period_start >= :first AND period_start <= :last GROUP BY 1, 2, 3)"
        " SELECT a, b, :alpha * sum(CASE WHEN w > 0 THEN h / w * pow(:keep, k) ELSE 0 END) AS t,"
        " :alpha * sum(CASE WHEN w > 0 AND k >= 1 THEN h / w * pow(:keep, k - 1) ELSE 0 END) AS prev,"
        " sum(CASE WHEN k = 0 THEN n ELSE 0 END) AS latest FROM p WHERE n > 0 GROUP BY a, b",
        {"period": period, "first": first.isoformat(), "last": last.isoformat(), "alpha": s.ALPHA,
         "keep": 1 - s.ALPHA},
    ).fetchall()
    return {(r["a"], r["b"]): (r["t"], r["prev"], r["latest"]) for r in rows}


def dyad_totals(conn: sqlite3.Connection, ordered: bool = False) -> list[sqlite3.Row]:
    """Per dyad: ``a``, ``b``, ``events``, ``mentions``, ``q0``..``q4``, ``goldstein_sum``, ``undated``."""
    a, b = ("source", "target") if ordered else ("min(source, target)", "max(source, target)")
    quads = ", ".join(f"sum(CASE WHEN period = 'all' AND quad_class = {q} THEN events ELSE 0 END) AS q{q}"
                      for q in range(5))
    return conn.execute(
        f"SELECT {a} AS a, {b} AS b, sum(CASE WHEN period = 'all' THEN events ELSE 0 END) AS events,"
        f" sum(CASE WHEN period = 'all' THEN mentions ELSE 0 END) AS mentions, {quads},"
        " sum(CASE WHEN period = 'all' THEN goldstein_sum ELSE 0 END) AS goldstein_sum,"
        " sum(CASE WHEN period = 'undated' THEN events ELSE 0 END) AS undated"
        " FROM dyad_periods WHERE period IN ('all', 'undated') AND period_start = '' GROUP BY 1, 2"
    ).fetchall()


def top_dyads(
    conn: sqlite3.Connection, period: str = "week", top: int = 10, by: str = "events", ordered: bool = False
) -> list[dict[str, Any]]:
    """The busiest dyads (``by="events"``: most unique events, then by name) or those whose tension rose most in
    the store's latest period (``by="change"``: largest rise first, then by name). Each: ``{"dyad", "a", "b",
    "events", "mentions", "q0".."q4", "goldstein_mean", "tension", "tension_change", "latest_period",
    "latest_events", "undated"}``; ``tension`` is the smoothed tension in the store's latest period,
    ``tension_change`` its change from the period before. Undated events count in the totals (``undated`` says
    how many) but not in the series."""
    if by not in ("events", "change"):
        raise ValueError("by must be 'events' or 'change'")
    if period not in s.PERIODS:
        raise ValueError(f"unknown period {period!r}: use day, week or month")
    end = latest_event_day(conn)
    last = s.period_start(end, period) if end else None
    tensions = _tensions(conn, period, last, ordered) if last else {}
    out = []
    for row in dyad_totals(conn, ordered):
        if not row["events"]:
            continue
        t, prev, latest = tensions.get((row["a"], row["b"]), (0.0, 0.0, 0))
        tension = round(t, 4)
        dated = row["events"] > row["undated"]
        item = {"dyad": s.dyad_name(row["a"], row["b"], ordered),
                **{k: row[k] for k in ("a", "b", "events", "mentions", "q0", "q1", "q2", "q3", "q4")}}
        item.update(
            goldstein_mean=round(row["goldstein_sum"] / row["events"], 4),
            tension=tension,
            tension_change=round(tension - round(prev, 4), 4),
            latest_period=last.isoformat() if last and dated else None,
            latest_events=latest,
            undated=row["undated"],
        )
        out.append(item)
    key = (lambda d: (-d["events"], d["dyad"])) if by == "events" else (lambda d: (-d["tension_change"], d["dyad"]))
    return sorted(out, key=key)[: max(0, int(top))]


def count_dyads(conn: sqlite3.Connection) -> int:
    """Unordered pairs of different states with at least one unique event."""
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
