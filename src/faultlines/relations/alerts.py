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
number of events and the ids of the unique events behind it (most hostile first). :func:`refresh` recomputes
all alerts from the events in one transaction and is idempotent: running it twice changes nothing, alerts that
no longer hold are removed, and an alert that still holds keeps its ``created_at``.
"""

from __future__ import annotations

import json
import sqlite3
import statistics
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from faultlines.model import FaultlinesError
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
                ids = sorted(row["event_ids"], key=lambda i: (events_by_id[i]["goldstein"], i))
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


def compute(conn, params: SpikeParams = SpikeParams()) -> list[dict[str, Any]]:
    """Every alert that the current events justify (nothing written)."""
    events = s.load_events(conn)
    by_id = {e["id"]: e for e in events}
    out = []
    for ordered in (False, True):
        for name, mine in s.group_by_dyad(events, ordered).items():
            for period in params.periods:
                for spike in detect(s.busy_periods(mine, period), by_id, params):
                    out.append({"dyad": name, "ordered": int(ordered), "period": period, **spike})
    return out


def refresh(store_or_conn: Any, params: SpikeParams = SpikeParams()) -> dict[str, int]:
    """Recompute the alerts table from the stored events (idempotent); returns ``{"alerts", "new", "removed"}``.
    Call it after an ingest."""
    conn = s.connection(store_or_conn)
    wanted = compute(conn, params)
    try:
        return _write(conn, wanted)
    except sqlite3.Error as exc:
        raise FaultlinesError(f"cannot write alerts: {exc}") from None


def _write(conn: sqlite3.Connection, wanted: list[dict[str, Any]]) -> dict[str, int]:
    now = datetime.now(UTC).isoformat(timespec="seconds")
    conn.execute("BEGIN IMMEDIATE")
    try:
        existing = {
            (r["dyad"], r["period"], r["period_start"]): r["id"]
            for r in conn.execute("SELECT id, dyad, period, period_start FROM alerts")
        }
        keep, new = set(), 0
        for a in wanted:
            key = (a["dyad"], a["period"], a["period_start"])
            keep.add(key)
            new += key not in existing
            conn.execute(
                "INSERT INTO alerts(dyad, period, period_start, value, baseline, change, event_ids, created_at,"
                " ordered, delta, events) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT(dyad, period, period_start) DO UPDATE SET value = excluded.value,"
                " baseline = excluded.baseline, change = excluded.change, event_ids = excluded.event_ids,"
                " ordered = excluded.ordered, delta = excluded.delta, events = excluded.events",
                (
                    a["dyad"],
                    a["period"],
                    a["period_start"],
                    a["value"],
                    a["baseline"],
                    a["change"],
                    json.dumps(a["event_ids"]),
                    now,
                    a["ordered"],
                    a["delta"],
                    a["events"],
                ),
            )
        stale = [alert_id for key, alert_id in existing.items() if key not in keep]
        conn.executemany("DELETE FROM alerts WHERE id = ?", [(i,) for i in stale])
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return {"alerts": len(wanted), "new": new, "removed": len(stale)}


def list_alerts(
    store_or_conn: Any, dyad: str | None = None, limit: int = 50, period: str | None = None
) -> list[dict[str, Any]]:
    """Stored alerts, latest period first, biggest change first. ``dyad`` ``"KAZ-RUS"`` matches that pair in
    both forms (unordered and both ordered directions); ``"RUS>KAZ"`` only that direction.

    Each: ``{"id", "dyad", "a", "b", "ordered", "period", "period_start", "value", "baseline", "change",
    "delta", "events", "event_ids", "created_at", "evidence": [first mention of each unique event behind it:
    {"unique_event_id", "date", "source", "target", "cameo", "quad_class", "goldstein", "mentions", "sentence",
    "explanation", "article_id", "title", "url"}]}`` (evidence capped at 10)."""
    from faultlines.store.queries import parse_dyad

    conn = s.connection(store_or_conn)
    where, params = ["1"], []
    if dyad:
        a, b, ordered = parse_dyad(dyad)
        if ordered:
            where.append("dyad = ?")
            params.append(f"{a}>{b}")
        else:
            where.append("dyad IN (?, ?, ?)")
            params += [s.dyad_name(a, b, False), f"{a}>{b}", f"{b}>{a}"]
    if period:
        where.append("period = ?")
        params.append(period)
    rows = conn.execute(
        f"SELECT * FROM alerts WHERE {' AND '.join(where)} ORDER BY period_start DESC, change DESC, id LIMIT ?",
        (*params, max(0, int(limit))),
    ).fetchall()
    return [_alert_dict(conn, r) for r in rows]


def _alert_dict(conn, r) -> dict[str, Any]:
    ordered = bool(r["ordered"])
    a, _, b = r["dyad"].partition(">" if ordered else "-")
    ids = json.loads(r["event_ids"])
    evidence = []
    for unique_id in ids[:10]:
        e = conn.execute(
            "SELECT u.id AS uid, u.date AS udate, u.mentions, e.*, a.title, coalesce(a.url, d.url, d.path) AS url"
            " FROM unique_events u JOIN events e ON e.id = u.first_event_id JOIN articles a ON a.id = e.article_id"
            " JOIN documents d ON d.id = a.document_id WHERE u.id = ?",
            (unique_id,),
        ).fetchone()
        if e is None:
            continue
        evidence.append(
            {
                "unique_event_id": e["uid"],
                "date": e["udate"],
                "source": {
                    "id": e["source_key"],
                    "name": e["source_name"],
                    "country": e["source_country"],
                    "role": e["source_role"],
                },
                "target": {
                    "id": e["target_key"],
                    "name": e["target_name"],
                    "country": e["target_country"],
                    "role": e["target_role"],
                },
                "cameo": e["cameo"],
                "quad_class": e["quad_class"],
                "goldstein": e["goldstein"],
                "mentions": e["mentions"],
                "sentence": e["sentence"],
                "explanation": e["explanation"],
                "article_id": e["article_id"],
                "title": e["title"],
                "url": e["url"],
            }
        )
    return {
        "id": r["id"],
        "dyad": r["dyad"],
        "a": a,
        "b": b,
        "ordered": ordered,
        "period": r["period"],
        "period_start": r["period_start"],
        "value": r["value"],
        "baseline": r["baseline"],
        "change": r["change"],
        "delta": r["delta"],
        "events": r["events"],
        "event_ids": ids,
        "created_at": r["created_at"],
        "evidence": evidence,
    }
