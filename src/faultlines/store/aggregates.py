"""The dyad summaries kept on write (table ``dyad_summary``, migration 005): per dyad and period kind, its totals,
its last period with events and the tension index there, computed with the relations formulas from the per-period
totals that the triggers keep in ``dyad_periods``. Writers call :func:`refresh_dyads` with the pairs of states they
touched, inside their transaction."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import date

from faultlines.relations import series as s

_TOTALS = (
    "SELECT sum(CASE WHEN period = 'all' THEN events ELSE 0 END) AS events,"
    " sum(CASE WHEN period = 'all' THEN mentions ELSE 0 END) AS mentions,"
    + ", ".join(f"sum(CASE WHEN period = 'all' AND quad_class = {q} THEN events ELSE 0 END) AS q{q}" for q in range(5))
    + ", sum(CASE WHEN period = 'all' THEN goldstein_sum ELSE 0 END) AS goldstein_sum,"
    " sum(CASE WHEN period = 'undated' THEN events ELSE 0 END) AS undated"
    " FROM dyad_periods WHERE {pair} AND period IN ('all', 'undated') AND period_start = ''"
)
_ROWS = (
    "SELECT period_start, quad_class, events, mentions, goldstein_sum, weight_sum, weighted_goldstein"
    " FROM dyad_periods WHERE {pair} AND period = ? AND period_start >= ? AND events > 0"
)
_LAST = "SELECT max(period_start) FROM dyad_periods WHERE {pair} AND period = ? AND events > 0"


def window_start(last: date, period: str, periods: int) -> date:
    """The first day of the period ``periods`` periods before the one starting on ``last``."""
    if period == "day":
        return date.fromordinal(last.toordinal() - periods)
    if period == "week":
        return date.fromordinal(last.toordinal() - 7 * periods)
    month = last.year * 12 + last.month - 1 - periods
    return date(month // 12, month % 12 + 1, 1)


def _pair(a: str, b: str, ordered: bool) -> tuple[str, list[str]]:
    if ordered:
        return "source = ? AND target = ?", [a, b]
    return "((source = ? AND target = ?) OR (source = ? AND target = ?))", [a, b, b, a]


def refresh_dyads(conn: sqlite3.Connection, pairs: Iterable[tuple[str | None, str | None]] | None = None) -> int:
    """Recompute the summaries of the dyads between these (source, target) pairs, both directions and the
    unordered pair; every dyad when ``pairs`` is None. Returns how many summaries were written."""
    if pairs is None:
        conn.execute("DELETE FROM dyad_summary")
        pairs = conn.execute(
            "SELECT DISTINCT source, target FROM dyad_periods WHERE period = 'all' AND period_start = ''"
        ).fetchall()
    wanted = set()
    for a, b in pairs:
        if a and b and a != b:
            wanted |= {(a, b, True), (b, a, True), (min(a, b), max(a, b), False)}
    for a, b, ordered in sorted(wanted):
        _refresh_one(conn, a, b, ordered)
    return len(wanted) * len(s.PERIODS)


def _refresh_one(conn: sqlite3.Connection, a: str, b: str, ordered: bool) -> None:
    cond, params = _pair(a, b, ordered)
    totals = conn.execute(_TOTALS.format(pair=cond), params).fetchone()
    for period in s.PERIODS:
        key = (period, int(ordered), a, b)
        if not totals["events"]:
            conn.execute("DELETE FROM dyad_summary WHERE period = ? AND ordered = ? AND a = ? AND b = ?", key)
            continue
        last = conn.execute(_LAST.format(pair=cond), [*params, period]).fetchone()[0]
        tension = previous = 0.0
        busy_events = 0
        if last:
            busy = date.fromisoformat(last)
            rows = conn.execute(
                _ROWS.format(pair=cond), [*params, period, window_start(busy, period, s.TENSION_WINDOW).isoformat()]
            ).fetchall()
            series = s.smooth_series(s.period_totals(rows), period)
            tension = series[-1]["tension"]
            previous = series[-2]["tension"] if len(series) > 1 else 0.0
            busy_events = series[-1]["events"]
        conn.execute(
            "INSERT OR REPLACE INTO dyad_summary(period, ordered, a, b, events, mentions, q0, q1, q2, q3, q4,"
            " goldstein_sum, undated, busy_start, busy_events, tension, previous)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (*key, totals["events"], totals["mentions"], *(totals[f"q{q}"] for q in range(5)),
             totals["goldstein_sum"], totals["undated"], last, busy_events, tension, previous),
        )
