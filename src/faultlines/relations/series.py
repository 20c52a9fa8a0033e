"""Dyad time series and the tension index.

A dyad is a pair of states: unordered (``"KAZ-RUS"``, codes sorted: events either way) or ordered
(``"RUS>KAZ"``: events with RUS as source and KAZ as target). Only unique events (see :mod:`.dedup`) count,
each once, with both countries known and different. Periods are days, ISO weeks (starting Monday) or calendar
months, named by their first day.

Per period ``t`` the series holds the count of unique events per quad class ``q0``..``q4``, ``events``,
``mentions``, ``goldstein_sum`` and ``goldstein_mean`` (null for an empty period), and two tension figures:

    raw(t)     = sum_e c(q_e) * (-g_e) * w_e / sum_e w_e,   w_e = ln(1 + mentions_e)
    tension(t) = ALPHA * raw(t) + (1 - ALPHA) * tension(t-1)      (periods with events)
    tension(t) = (1 - ALPHA) * tension(t-1)                       (empty periods: decay towards neutral)

with ``g_e`` the Goldstein score (-10 hostile .. +10 cooperative), ``c(q)`` the conflict weight of the quad
class (``CONFLICT_WEIGHT``: 1 for neutral and cooperation, 1.5 verbal conflict, 2 material conflict, so that
hostility weighs more than an equal amount of cooperation) and ``tension(-1) = 0``. ``raw`` is normalised
per event (a weighted mean, range -10..+20): a period's tension says how hostile its events were, not how many
there were (``events`` says that); events reported more widely weigh more, but only logarithmically.
Positive tension = hostile, negative = cooperative. ``ALPHA`` (0.5) sets the smoothing.
"""

from __future__ import annotations

import math
import sqlite3
from collections import defaultdict
from datetime import date, timedelta
from typing import Any

PERIODS = ("day", "week", "month")
ALPHA = 0.5
#: Periods of history behind the latest tension that :func:`top_dyads` reads: each earlier period weighs
#: ``(1 - ALPHA) ** TENSION_WINDOW`` (about 1e-8) or less in it, far below its rounding.
TENSION_WINDOW = 26
CONFLICT_WEIGHT = {0: 1.0, 1: 1.0, 2: 1.0, 3: 1.5, 4: 2.0}
#: A date :func:`parse_day` reads (``YYYY-MM`` or an ISO date or timestamp), as an SQLite GLOB.
_DATED = "date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*'"


def series_exclusion(event: Any, min_confidence: float | None = None) -> str | None:
    """Why an event is not counted in the dyad series, tension, alerts and unique events (None when it counts).

    Only events the text asserts, with both sides of a known state, at or above the confidence threshold
    (:func:`faultlines.settings.min_series_confidence`) count; the others are stored and shown under "low
    confidence", never counted. Counted events between two sectors of one state are domestic events: they count
    on the state's own page, and dyads (pairs of different states) leave them out.
    """
    from faultlines.settings import min_series_confidence

    threshold = min_series_confidence() if min_confidence is None else min_confidence
    mode = getattr(event, "mode", "asserted")
    if mode != "asserted":
        return f"the text does not assert it ({mode})"
    source, target = event.source, event.target
    if source is None or target is None or not source.country or not target.country:
        return "one side is not a known state"
    if event.confidence < threshold:
        return f"confidence {event.confidence:.2f} is below {threshold:.2f}"
    return None


def enters_series(event: Any, min_confidence: float | None = None) -> bool:
    """The event counts in a dyad: counted (see :func:`series_exclusion`) and between two different states."""
    return series_exclusion(event, min_confidence) is None and event.source.country != event.target.country


def connection(store_or_conn: Any) -> sqlite3.Connection:
    return store_or_conn if isinstance(store_or_conn, sqlite3.Connection) else store_or_conn.conn


def parse_day(text: str | None) -> date | None:
    """``"2024-06-17"`` (or a longer ISO timestamp) → date; ``"2024-06"`` → its first day; else None."""
    if not text:
        return None
    try:
        if len(text) == 7:
            return date.fromisoformat(f"{text}-01")
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def period_start(day: date, period: str) -> date:
    if period == "day":
        return day
    if period == "week":
        return day - timedelta(days=day.weekday())
    if period == "month":
        return day.replace(day=1)
    raise ValueError(f"unknown period {period!r}: use day, week or month")


def next_period(start: date, period: str) -> date:
    if period == "day":
        return start + timedelta(days=1)
    if period == "week":
        return start + timedelta(days=7)
    return (start.replace(day=28) + timedelta(days=4)).replace(day=1)


def weight(mentions: int) -> float:
    return math.log1p(max(1, mentions or 1))


def raw_tension(events: list[dict[str, Any]]) -> float | None:
    """Conflict-weighted, mention-weighted mean of -Goldstein over a period's unique events (None if none)."""
    total = sum(weight(e["mentions"]) for e in events)
    if not total:
        return None
    return (
        sum(
            CONFLICT_WEIGHT.get(e["quad_class"], 1.0) * -e["goldstein"] * weight(e["mentions"])
            for e in events
        )
        / total
    )


def load_events(
    conn: sqlite3.Connection,
    dated_only: bool = True,
    pair: tuple[str, str] | None = None,
    since: date | None = None,
) -> list[dict[str, Any]]:
    """Unique events between two different known states (only dated ones unless ``dated_only=False``;
    undated events have ``day`` None); ``pair``: only those between these two states, either way; ``since``:
    only those dated on or after that day."""
    where, params = "", []
    if pair is not None:
        where += " AND min(source_country, target_country) = ? AND max(source_country, target_country) = ?"
        params += [min(pair), max(pair)]
    if since is not None:
        # from the first of the month ("2026-03" sorts before its days): earlier days are dropped below
        where += f" AND date >= ? AND {_DATED}"
        params.append(since.isoformat()[:7])
    rows = conn.execute(
        "SELECT id, date, source_country, target_country, cameo, quad_class, goldstein, mentions"
        " FROM unique_events WHERE source_country IS NOT NULL AND target_country IS NOT NULL"
        f" AND source_country != target_country{where} ORDER BY date, id",
        params,
    ).fetchall()
    out = []
    for r in rows:
        day = parse_day(r["date"])
        if day is None:
            if dated_only or since is not None:
                continue
        elif since is not None and day < since:
            continue
        out.append({**dict(r), "day": day})
    return out


def dyad_name(a: str, b: str, ordered: bool) -> str:
    return f"{a}>{b}" if ordered else "-".join(sorted((a, b)))


def group_by_dyad(events: list[dict[str, Any]], ordered: bool) -> dict[str, list[dict[str, Any]]]:
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for e in events:
        groups[dyad_name(e["source_country"], e["target_country"], ordered)].append(e)
    return groups


def build_series(
    events: list[dict[str, Any]], period: str = "week", until: date | None = None, alpha: float = ALPHA
) -> list[dict[str, Any]]:
    """The series of one dyad's events from its first period to ``until``'s period (default: its last event),
    every period present (empty ones with zero counts). Each row: ``period_start``, ``q0``..``q4``, ``events``,
    ``mentions``, ``goldstein_sum``, ``goldstein_mean``, ``raw_tension``, ``tension``, ``event_ids``."""
    if period not in PERIODS:
        raise ValueError(f"unknown period {period!r}: use day, week or month")
    if not events:
        return []
    buckets: dict[date, list[dict[str, Any]]] = defaultdict(list)
    for e in events:
        buckets[period_start(e["day"], period)].append(e)
    start = min(buckets)
    last = max(buckets)
    if until is not None:
        last = max(last, period_start(until, period))
    rows, tension = [], 0.0
    current = start
    while current <= last:
        bucket = buckets.get(current, [])
        raw = raw_tension(bucket)
        tension = (1 - alpha) * tension + (alpha * raw if raw is not None else 0.0)
        gsum = sum(e["goldstein"] for e in bucket)
        row = {"period_start": current.isoformat()}
        for q in range(5):
            row[f"q{q}"] = sum(1 for e in bucket if e["quad_class"] == q)
        row.update(
            events=len(bucket),
            mentions=sum(e["mentions"] for e in bucket),
            goldstein_sum=round(gsum, 4),
            goldstein_mean=round(gsum / len(bucket), 4) if bucket else None,
            raw_tension=round(raw, 4) if raw is not None else None,
            tension=round(tension, 4),
            event_ids=[e["id"] for e in bucket],
        )
        rows.append(row)
        current = next_period(current, period)
    return rows


def busy_periods(events: list[dict[str, Any]], period: str) -> list[dict[str, Any]]:
    """The periods of one dyad that have events, in order: ``period_start``, ``events``, ``raw_tension`` and
    ``event_ids`` (the rows of :func:`build_series` that are not empty, without the smoothed figures)."""
    buckets: dict[date, list[dict[str, Any]]] = defaultdict(list)
    for e in events:
        buckets[period_start(e["day"], period)].append(e)
    return [
        {
            "period_start": start.isoformat(),
            "events": len(bucket),
            "raw_tension": round(raw_tension(bucket), 4),
            "event_ids": [e["id"] for e in bucket],
        }
        for start, bucket in sorted(buckets.items())
    ]


#: How far back :func:`top_dyads` reads: ``TENSION_WINDOW`` periods (months counted as 31 days, more than enough).
_WINDOW_SPAN = {
    "day": timedelta(days=TENSION_WINDOW),
    "week": timedelta(weeks=TENSION_WINDOW),
    "month": timedelta(days=31 * TENSION_WINDOW),
}


def latest_day(events: list[dict[str, Any]]) -> date | None:
    return max((e["day"] for e in events), default=None)


def dyad_series(
    store_or_conn: Any, a: str, b: str, period: str = "week", ordered: bool = False, until: str | None = None
) -> list[dict[str, Any]]:
    """The series of the dyad ``a``–``b`` (``ordered``: only events from ``a`` to ``b``), one dict per period
    from the dyad's first event to the store's latest event (or ``until``): ``{"period_start", "q0".."q4",
    "events", "mentions", "goldstein_sum", "goldstein_mean", "raw_tension", "tension", "event_ids"}``."""
    a, b = a.upper(), b.upper()
    conn = connection(store_or_conn)
    end = parse_day(until) if until else _latest_event_day(conn)
    name = dyad_name(a, b, ordered)
    mine = group_by_dyad(load_events(conn, pair=(a, b)), ordered).get(name, [])
    return build_series(mine, period, until=end)


def _latest_event_day(conn: sqlite3.Connection) -> date | None:
    """The day of the latest dated unique event between two different known states."""
    for (text,) in conn.execute(
        "SELECT date FROM unique_events WHERE source_country IS NOT NULL AND target_country IS NOT NULL"
        " AND source_country != target_country AND date IS NOT NULL ORDER BY date DESC"
    ):
        day = parse_day(text)
        if day is not None:
            return day
    return None


def top_dyads(
    store_or_conn: Any, period: str = "week", top: int = 10, by: str = "events", ordered: bool = False
) -> list[dict[str, Any]]:
    """The busiest dyads (``by="events"``: most unique events) or those whose tension rose most in the latest
    period of the store (``by="change"``). Each: ``{"dyad", "a", "b", "events", "mentions", "q0".."q4",
    "goldstein_mean", "tension", "tension_change", "latest_period", "latest_events"}``; ``tension`` is the
    smoothed tension in the store's latest period, ``tension_change`` its change from the period before.
    Undated events count in the totals (``undated`` says how many) but not in the series.

    The totals are one SQL aggregate; the tension reads the last :data:`TENSION_WINDOW` periods only."""
    if by not in ("events", "change"):
        raise ValueError("by must be 'events' or 'change'")
    if period not in PERIODS:
        raise ValueError(f"unknown period {period!r}: use day, week or month")
    conn = connection(store_or_conn)
    end = _latest_event_day(conn)
    recent = period_start(end, period) - _WINDOW_SPAN[period] if end else None
    windows = group_by_dyad(load_events(conn, since=recent), ordered) if recent else {}
    out = []
    for row in _dyad_totals(conn, ordered):
        name = dyad_name(row["a"], row["b"], ordered)
        series = build_series(windows.get(name, []), period, until=end)
        if row["events"] > row["undated"] and not series:  # no events in the window: the tension has decayed
            series = [{"tension": 0.0, "period_start": period_start(end, period).isoformat(), "events": 0}]
        latest = series[-1] if series else {"tension": 0.0, "period_start": None, "events": 0}
        previous = series[-2]["tension"] if len(series) > 1 else 0.0
        item = {
            "dyad": name,
            **{k: row[k] for k in ("a", "b", "events", "mentions", "q0", "q1", "q2", "q3", "q4")},
        }
        item.update(
            goldstein_mean=round(row["goldstein_sum"] / row["events"], 4),
            tension=latest["tension"],
            tension_change=round(latest["tension"] - previous, 4),
            latest_period=latest["period_start"],
            latest_events=latest["events"],
            undated=row["undated"],
        )
        out.append(item)
    key = (
        (lambda d: (-d["events"], d["dyad"]))
        if by == "events"
        else (lambda d: (-d["tension_change"], d["dyad"]))
    )
    return sorted(out, key=key)[: max(0, int(top))]


def _dyad_totals(conn: sqlite3.Connection, ordered: bool) -> list[sqlite3.Row]:
    """Per dyad: ``a``, ``b``, ``events``, ``mentions``, ``q0``..``q4``, ``goldstein_sum``, ``undated``."""
    a, b = (
        ("source_country", "target_country")
        if ordered
        else (
            "min(source_country, target_country)",
            "max(source_country, target_country)",
        )
    )
    quads = ", ".join(f"sum(quad_class = {q}) AS q{q}" for q in range(5))
    return conn.execute(
        f"SELECT {a} AS a, {b} AS b, count(*) AS events, sum(mentions) AS mentions, {quads},"
        f" sum(goldstein) AS goldstein_sum, sum(date IS NULL OR NOT {_DATED}) AS undated"
        " FROM unique_events WHERE source_country IS NOT NULL AND target_country IS NOT NULL"
        " AND source_country != target_country GROUP BY 1, 2"
    ).fetchall()
