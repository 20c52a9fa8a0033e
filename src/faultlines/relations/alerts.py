"""Tension spikes: a period whose tension jumps far above the dyad's trailing baseline raises an alert.

For every dyad (unordered and ordered), every period length in ``SpikeParams.periods`` and every period ``t``
with events, let ``x = raw(t)`` be the period's (unsmoothed) tension (see :mod:`.series`) and let the baseline
be the raw tensions of the dyad's previous ``window`` periods *that had events* (gaps are skipped: news about a
pair of states is bursty). An alert fires when

  * the baseline has at least ``min_history`` periods,
  * the period has at least ``min_events`` unique events,
  * ``delta = x - mean(baseline)`` is at least ``min_delta`` (in tension units, i.e. Goldstein points), and
  * ``z = delta / max(std(baseline), min_std)`` is at least ``z_threshold``
    (``min_std`` keeps a perfectly flat baseline from turning a small wobble into an infinite z-score).

The alert row keeps the dyad, the period, ``value = x``, ``baseline = mean``, ``change = z``, ``delta``, the
number of events and the ids of the unique events behind it (most hostile first). ``store.alerts.refresh`` recomputes
all alerts from the events in one transaction and is idempotent: running it twice changes nothing, alerts that
no longer hold are removed, and an alert that still holds keeps its ``created_at``. (Writing and listing them:
:mod:`faultlines.store.alerts`.)
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from typing import Any

from faultlines.relations import series as s


@dataclass(frozen=True)
class SpikeParams:
    periods: tuple[str, ...] = ("week", "month")
    window: int = 8
    min_history: int = 2
    min_events: int = 3
    min_delta: float = 2.0
    min_std: float = 1.0
    z_threshold: float = 2.0
    max_event_ids: int = 50


def detect(
    rows: list[dict[str, Any]], events_by_id: dict[int, dict[str, Any]], params: SpikeParams = SpikeParams()
) -> list[dict[str, Any]]:
    """Spikes in one dyad's series (rows of :func:`series.build_series` or :func:`series.busy_periods`: only
    periods with events count, so both give the same spikes)."""
    found, history = [], []
    for row in rows:
        x = row["raw_tension"]
        if x is None:
            continue
        baseline = history[-params.window :]
        if len(baseline) >= params.min_history and row["events"] >= params.min_events:
            mean = statistics.fmean(baseline)
            std = statistics.pstdev(baseline) if len(baseline) > 1 else 0.0
            delta = x - mean
            z = delta / max(std, params.min_std)
            if delta >= params.min_delta and z >= params.z_threshold:
                ids = sorted(row.get("event_ids", []), key=lambda i: (events_by_id[i]["goldstein"], i))
                found.append(
                    {
                        "period_start": row["period_start"],
                        "value": round(x, 4),
                        "baseline": round(mean, 4),
                        "change": round(z, 4),
                        "delta": round(delta, 4),
                        "events": row["events"],
                        "event_ids": ids[: params.max_event_ids],
                    }
                )
        history.append(x)
    return found


def compute(events: list[dict[str, Any]], params: SpikeParams = SpikeParams()) -> list[dict[str, Any]]:
    """Every alert that these unique events justify (dicts with ``id``, ``day``, ``source_country``,
    ``target_country``, ``quad_class``, ``goldstein``, ``mentions``; only dated events between two states)."""
    by_id = {e["id"]: e for e in events}
    out = []
    for ordered in (False, True):
        for name, mine in s.group_by_dyad(events, ordered).items():
            for period in params.periods:
                for spike in detect(s.busy_periods(mine, period), by_id, params):
                    out.append({"dyad": name, "ordered": int(ordered), "period": period, **spike})
    return out


