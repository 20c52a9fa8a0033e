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
from collections import defaultdict
from datetime import date, timedelta
from typing import Any

from faultlines.model import FaultlinesError

PERIODS = ("day", "week", "month")
ALPHA = 0.5
#: Periods of history behind the latest tension that :func:`top_dyads` reads: each earlier period weighs
#: ``(1 - ALPHA) ** TENSION_WINDOW`` (about 1e-8) or less in it, far below its rounding.
TENSION_WINDOW = 26
CONFLICT_WEIGHT = {0: 1.0, 1: 1.0, 2: 1.0, 3: 1.5, 4: 2.0}


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


def dyad_name(a: str, b: str, ordered: bool) -> str:
    """``("RUS", "KAZ", False)`` → ``"KAZ-RUS"`` (codes sorted); ordered → ``"RUS>KAZ"``."""
    return f"{a}>{b}" if ordered else "-".join(sorted((a, b)))


def parse_dyad(dyad: str) -> tuple[str, str, bool]:
    """``"KAZ-RUS"`` → ``("KAZ", "RUS", False)`` (either direction); ``"RUS>KAZ"`` → ordered."""
    text = dyad.strip().upper()
    for sep, ordered in ((">", True), ("-", False), (":", False)):
        if sep in text:
            a, _, b = text.partition(sep)
            a, b = a.strip(), b.strip()
            if len(a) == 3 and len(b) == 3 and a.isalpha() and b.isalpha():
                return a, b, ordered
    raise FaultlinesError(
        f"bad dyad {dyad!r}: expected two ISO3 codes like KAZ-RUS (or RUS>KAZ for one direction)"
    )


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
    buckets: dict[date, list[dict[str, Any]]] = defaultdict(list)
    for e in events:
        buckets[period_start(e["day"], period)].append(e)
    totals = {}
    for start, bucket in buckets.items():
        row = {f"q{q}": sum(1 for e in bucket if e["quad_class"] == q) for q in range(5)}
        row.update(
            events=len(bucket),
            mentions=sum(e["mentions"] for e in bucket),
            goldstein_sum=sum(e["goldstein"] for e in bucket),
            raw_tension=raw_tension(bucket),
            event_ids=[e["id"] for e in bucket],
        )
        totals[start] = row
    return smooth_series(totals, period, until, alpha)


def smooth_series(
    totals: dict[date, dict[str, Any]], period: str, until: date | None = None, alpha: float = ALPHA
) -> list[dict[str, Any]]:
    """The rows of :func:`build_series` from per-period totals (``{period start: {"q0".."q4", "events",
    "mentions", "goldstein_sum", "raw_tension"[, "event_ids"]}}``, only periods with events): every period from
    the first to ``until``'s (default: the last with events), empty ones with zero counts, and the smoothed
    tension. The store keeps these totals on write (see :func:`period_totals`); the batch builds them from events."""
    if period not in PERIODS:
        raise ValueError(f"unknown period {period!r}: use day, week or month")
    if not totals:
        return []
    start, last = min(totals), max(totals)
    if until is not None:
        last = max(last, period_start(until, period))
    with_ids = any("event_ids" in t for t in totals.values())
    rows, tension, current = [], 0.0, start
    empty = {**{f"q{q}": 0 for q in range(5)}, "events": 0, "mentions": 0, "goldstein_sum": 0.0, "raw_tension": None}
    while current <= last:
        t = totals.get(current, empty)
        # to 1e-9 first: sums taken in another order (store aggregates, a batch, a load) differ in their last bits,
        # and would round apart at the fourth decimal
        raw = round(t["raw_tension"], 9) if t["events"] and t["raw_tension"] is not None else None
        tension = round((1 - alpha) * tension + (alpha * raw if raw is not None else 0.0), 9)
        goldstein = round(t["goldstein_sum"], 9)
        row = {"period_start": current.isoformat(), **{f"q{q}": t[f"q{q}"] for q in range(5)}}
        row.update(
            events=t["events"],
            mentions=t["mentions"],
            goldstein_sum=round(goldstein, 4),
            goldstein_mean=round(goldstein / t["events"], 4) if t["events"] else None,
            raw_tension=round(raw, 4) if raw is not None else None,
            tension=round(tension, 4),
        )
        if with_ids:
            row["event_ids"] = list(t.get("event_ids", []))
        rows.append(row)
        current = next_period(current, period)
    return rows


def periods_between(first: date, last: date, period: str) -> int:
    """How many periods after the one starting on ``first`` the one starting on ``last`` comes."""
    if period == "day":
        return last.toordinal() - first.toordinal()
    if period == "week":
        return (last.toordinal() - first.toordinal()) // 7
    return (last.year - first.year) * 12 + last.month - first.month


def latest_tension(rows: list[Any], period: str, alpha: float = ALPHA) -> tuple[float, float, int]:
    """``(tension, previous tension, events)`` of the last period with events among the store's aggregate rows
    of one dyad and period kind (as :func:`period_totals` takes them): the last two ``tension`` values of
    :func:`smooth_series` over the same rows, without building the series."""
    parts: dict[str, list[float]] = defaultdict(lambda: [0, 0.0, 0.0])
    for r in rows:
        if r["events"] > 0:
            p = parts[r["period_start"]]
            p[0] += r["events"]
            p[1] += CONFLICT_WEIGHT.get(r["quad_class"], 1.0) * -r["weighted_goldstein"]
            p[2] += r["weight_sum"]
    tension = previous = 0.0
    before: date | None = None
    for start in sorted(parts):
        events, hostility, weights = parts[start]
        day = date.fromisoformat(start)
        if before is not None:
            tension *= (1 - alpha) ** (periods_between(before, day, period) - 1)  # the empty periods between
        previous = tension if before is not None else 0.0
        raw = hostility / weights if weights > 0 else None
        tension = (1 - alpha) * tension + (alpha * raw if raw is not None else 0.0)
        before = day
    last_events = int(parts[max(parts)][0]) if parts else 0
    return round(tension, 4), round(previous, 4), last_events


def period_totals(rows: list[dict[str, Any]]) -> dict[date, dict[str, Any]]:
    """Per-period totals for :func:`smooth_series` from the store's aggregate rows (one per period start and quad
    class: ``period_start``, ``quad_class``, ``events``, ``mentions``, ``goldstein_sum``, ``weight_sum`` = sum of
    :func:`weight`, ``weighted_goldstein`` = sum of Goldstein × weight)."""
    totals: dict[date, dict[str, Any]] = {}
    parts: dict[date, list[float]] = defaultdict(lambda: [0.0, 0.0])
    for r in rows:
        if r["events"] <= 0:
            continue
        start = date.fromisoformat(r["period_start"])
        t = totals.setdefault(
            start, {**{f"q{q}": 0 for q in range(5)}, "events": 0, "mentions": 0, "goldstein_sum": 0.0}
        )
        t[f"q{r['quad_class']}"] += r["events"]
        t["events"] += r["events"]
        t["mentions"] += r["mentions"]
        t["goldstein_sum"] += r["goldstein_sum"]
        parts[start][0] += CONFLICT_WEIGHT.get(r["quad_class"], 1.0) * -r["weighted_goldstein"]
        parts[start][1] += r["weight_sum"]
    for start, t in totals.items():
        hostility, weights = parts[start]
        t["raw_tension"] = hostility / weights if weights > 0 else None
    return totals


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


