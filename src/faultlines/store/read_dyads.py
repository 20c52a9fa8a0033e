"""Reading pairs of states: totals, dyad series, top dyads and the tension index, from the aggregates that the
store keeps on write (``dyad_periods``, migration 005) and the pure formulas of :mod:`faultlines.relations.series`.

A dyad is unordered (``"KAZ-RUS"``: both directions added) or ordered (``"RUS>KAZ"``). Only unique events between
two different known states count, each once."""

from __future__ import annotations

import heapq
import sqlite3
from datetime import date
from typing import Any

from faultlines.relations import series as s
from faultlines.store.aggregates import directions, dirty_dyads, period_index, summaries


def latest_event_day(conn: sqlite3.Connection) -> date | None:
    """The day of the latest dated unique event between two different states."""
    row = conn.execute("SELECT max(period_start) FROM dyad_periods WHERE period = 'day'").fetchone()
    return s.parse_day(row[0]) if row and row[0] else None


_CONFLICT = "CASE quad_class " + " ".join(
    f"WHEN {q} THEN {w}" for q, w in sorted(s.CONFLICT_WEIGHT.items())) + " ELSE 1.0 END"


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
    # per period, the rows of each direction in the pair index's order, added in that order (the sums of
    # relations.series.period_totals, without a dict per row)
    cursor = conn.cursor()
    cursor.row_factory = None
    sums: dict[str, list] = {}
    weight = s.CONFLICT_WEIGHT
    for pair in directions(a, b, ordered):
        for start, quad, events, mentions, goldstein, weights, weighted in cursor.execute(
            "SELECT period_start, quad_class, events, mentions, goldstein_sum, weight_sum, weighted_goldstein"
            " FROM dyad_periods WHERE source = ? AND target = ? AND period = ? AND events > 0", (*pair, period)):
            p = sums.get(start)
            if p is None:
                p = sums[start] = [0, 0, 0, 0, 0, 0, 0, 0.0, 0.0, 0.0]
            p[quad] += events
            p[5] += events
            p[6] += mentions
            p[7] += goldstein
            p[8] += weight.get(quad, 1.0) * -weighted
            p[9] += weights
    totals = {
        date.fromisoformat(start): {
            "q0": p[0], "q1": p[1], "q2": p[2], "q3": p[3], "q4": p[4], "events": p[5], "mentions": p[6],
            "goldstein_sum": p[7], "raw_tension": p[8] / p[9] if p[9] > 0 else None}
        for start, p in sums.items()
    }
    end = s.parse_day(until) if until else latest_event_day(conn)
    return s.smooth_series(totals, period, until=end)


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
    empty periods since, the tension decays by ``1 - ALPHA`` per period. The leaders are read from the indexes of
    that table (see :func:`_leaders_by_change`); the dyads changed since their summary was written are computed
    afresh and ranked with them."""
    if by not in ("events", "change"):
        raise ValueError("by must be 'events' or 'change'")
    if period not in s.PERIODS:
        raise ValueError(f"unknown period {period!r}: use day, week or month")
    top = max(0, int(top))
    end = latest_event_day(conn)
    last = s.period_start(end, period) if end else None
    fresh = {pair: summaries(conn, *pair, ordered, (period,))[period] for pair in dirty_dyads(conn, ordered)}
    if by == "events":
        rows = conn.execute(f"{_SUMMARY} ORDER BY events DESC, a, b LIMIT ?",
                            (period, int(ordered), top + len(fresh))).fetchall()
        items = _items([*rows, *fresh.values()], fresh, last, period, ordered)
        return sorted(items.values(), key=lambda d: (-d["events"], d["dyad"]))[:top]
    leaders = _leaders_by_change(conn, period, ordered, top, last, fresh)
    return leaders if leaders is not None else rank_all_dyads(conn, period, "change", ordered)[:top]


#: Every summary of one period kind and order (parameters: period, ordered).
_SUMMARY = "SELECT * FROM dyad_summary WHERE period = ? AND ordered = ? AND events > 0"


def _by_change(item: dict[str, Any]) -> tuple:
    return -item["tension_change"], item["dyad"]


def _items(rows, fresh: dict, last: date | None, period: str, ordered: bool) -> dict[tuple[str, str], dict]:
    """Top-dyad items by (a, b) from summary rows; a stored row of a dyad in ``fresh`` (out of date) is left out,
    its fresh summary taken instead."""
    out = {}
    for row in rows:
        if row is None:
            continue
        pair = (row["a"], row["b"])
        if pair in fresh and row is not fresh[pair]:
            continue
        out[pair] = _top_item(row, last, period, ordered)
    return out


def rank_all_dyads(conn: sqlite3.Connection, period: str, by: str, ordered: bool) -> list[dict[str, Any]]:
    """Every dyad of :func:`top_dyads`, ranked from all its summaries (the reference the fast paths must equal)."""
    end = latest_event_day(conn)
    last = s.period_start(end, period) if end else None
    fresh = {pair: summaries(conn, *pair, ordered, (period,))[period] for pair in dirty_dyads(conn, ordered)}
    rows = conn.execute(_SUMMARY, (period, int(ordered))).fetchall()
    items = _items([*rows, *fresh.values()], fresh, last, period, ordered)
    key = _by_change if by == "change" else (lambda d: (-d["events"], d["dyad"]))
    return sorted(items.values(), key=key)


def _leaders_by_change(conn, period: str, ordered: bool, top: int, last: date | None,
                       fresh: dict) -> list[dict[str, Any]] | None:
    """The ``top`` dyads with the largest tension change, read from a few rows; None when they are not all
    rises (then every dyad is ranked).

    A dyad's change is positive only (a) when it is busy in the latest period: its change is the stored ``rise``
    (read in that order), or (b) when it is cooperative (tension < 0) and quiet since: its tension decays towards
    0 by ``1 - ALPHA`` per empty period, and its change is at most ``ALPHA / keep * keep^(L - fade)`` (+ rounding)
    for ``fade`` = log_(1/keep)(-tension) + the number of its busy period, ``L`` that of the latest period: read in
    ``fade`` order until that bound falls below the ``top``-th change found. Every other dyad's change is 0 or
    less. The dyads out of date (``fresh``) are ranked from their fresh summaries."""
    if last is None or top == 0:
        return None
    keep = 1 - s.ALPHA
    latest = last.isoformat()
    params = (period, int(ordered))
    items = _items(fresh.values(), fresh, last, period, ordered)
    best: list[float] = []  # the `top` largest changes so far (a min-heap)

    def add(rows) -> None:
        for pair, item in _items(rows, fresh, last, period, ordered).items():
            if pair not in items:
                items[pair] = item
                heapq.heappush(best, item["tension_change"])
                if len(best) > top:
                    heapq.heappop(best)

    for item in items.values():
        heapq.heappush(best, item["tension_change"])
    while len(best) > top:
        heapq.heappop(best)
    add(conn.execute(f"{_SUMMARY} AND busy_start = ? ORDER BY rise DESC LIMIT ?", (*params, latest, top + len(fresh))))
    number = period_index(latest, period)
    for row in conn.execute(f"{_SUMMARY} AND fade IS NOT NULL ORDER BY fade DESC", params):
        if (row["a"], row["b"]) in fresh:
            continue  # out of date: ranked from its fresh summary
        bound = s.ALPHA / keep * keep ** max(-60.0, number - row["fade"]) + _ROUNDING
        if len(best) == top and bound < best[0]:
            break
        if row["busy_start"] < latest:
            add([row])
    if len(best) < top or best[0] <= 0:
        return None
    # the dyads busy in the latest period that tie with the last one kept
    add(conn.execute(f"{_SUMMARY} AND busy_start = ? AND rise >= ?", (*params, latest, best[0])))
    return sorted(items.values(), key=_by_change)[:top]


#: How far the rounding of the tension and of its change (4 decimals each) can move a change.
_ROUNDING = 2e-4


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
