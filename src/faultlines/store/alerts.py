"""Tension alerts in the store: :func:`refresh` recomputes them after a write (with the spike rule of
:mod:`faultlines.relations.alerts`, over the per-period totals the store keeps) and :func:`list_alerts` reads them.

``refresh`` is idempotent: running it twice changes nothing, alerts that no longer hold are removed, and an alert
that still holds keeps its ``created_at``.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, date, datetime
from typing import Any

from faultlines.model import FaultlinesError
from faultlines.relations import series as s
from faultlines.relations.alerts import SpikeParams, detect
from faultlines.relations.series import dyad_name, parse_dyad
from faultlines.store.read_dyads import _CONFLICT
from faultlines.store.records import alert_record
from faultlines.store.where import Where, limits, page


def compute(conn: sqlite3.Connection, params: SpikeParams | None = None) -> list[dict[str, Any]]:
    """Every alert that the stored events justify (nothing written): the busy periods of every dyad (unordered
    and ordered) come from the aggregates; the unique events behind a spike are read for the spikes only."""
    params = params or SpikeParams()
    out = []
    marks = ", ".join("?" * len(params.periods))
    for ordered in (False, True):
        a, b = ("source", "target") if ordered else ("min(source, target)", "max(source, target)")
        rows = conn.execute(
            f"SELECT {a} AS a, {b} AS b, period, period_start, sum(events) AS n, sum(weight_sum) AS w,"
            f" sum({_CONFLICT} * -weighted_goldstein) AS h FROM dyad_periods WHERE period IN ({marks})"
            " GROUP BY 1, 2, 3, 4 HAVING n > 0 ORDER BY 1, 2, 3, 4",
            list(params.periods),
        ).fetchall()
        busy: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
        for r in rows:
            raw = r["h"] / r["w"] if r["w"] > 0 else 0.0
            busy.setdefault((r["a"], r["b"], r["period"]), []).append(
                {"period_start": r["period_start"], "events": r["n"], "raw_tension": round(raw, 4)}
            )
        for (x, y, period), periods in busy.items():
            for spike in detect(periods, {}, params):
                spike["event_ids"] = _spike_ids(conn, x, y, ordered, period, spike["period_start"], params)
                out.append({"dyad": dyad_name(x, y, ordered), "ordered": int(ordered), "period": period, **spike})
    return out


def _spike_ids(conn, a: str, b: str, ordered: bool, period: str, start: str, params: SpikeParams) -> list[int]:
    """The unique events of one dyad in one period, most hostile first."""
    first = date.fromisoformat(start)
    cond = "source_country = ? AND target_country = ?"
    pair = [a, b] if ordered else [a, b, b, a]
    if not ordered:
        cond = f"(({cond}) OR ({cond}))"
    rows = conn.execute(
        f"SELECT id FROM unique_events WHERE {cond} AND date >= ? AND date < ? ORDER BY goldstein, id LIMIT ?",
        [*pair, first.isoformat(), s.next_period(first, period).isoformat(), params.max_event_ids],
    ).fetchall()
    return [r[0] for r in rows]


def refresh(conn: sqlite3.Connection, params: SpikeParams | None = None) -> dict[str, int]:
    """Recompute the alerts table from the stored events (idempotent); returns ``{"alerts", "new", "removed"}``.
    Call it after an ingest."""
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
    conn: sqlite3.Connection,
    dyad: str | None = None,
    period: str | None = None,
    limit: int | None = 50,
    offset: int | None = 0,
) -> dict[str, Any]:
    """Stored alerts, latest period first, biggest change first, as a page ``{"items", "total", ...}``. ``dyad``
    ``"KAZ-RUS"`` matches that pair in both forms (unordered and both directions); ``"RUS>KAZ"`` only that
    direction. Each item: :func:`records.alert_record` plus ``evidence``: the first report of each unique event
    behind it (at most 10): ``{"unique_event_id", "date", "source", "target", "cameo", "quad_class", "goldstein",
    "mentions", "sentence", "explanation", "article_id", "title", "url"}``."""
    limit, offset = limits(limit, offset)
    where = Where()
    if dyad:
        a, b, ordered = parse_dyad(dyad)
        if ordered:
            where.add("dyad = ?", f"{a}>{b}")
        else:
            where.add("dyad IN (?, ?, ?)", dyad_name(a, b, False), f"{a}>{b}", f"{b}>{a}")
    if period:
        where.add("period = ?", period)
    if where.clauses:
        total = conn.execute(f"SELECT count(*) FROM alerts{where.sql()}", where.params).fetchone()[0]
    else:
        total = conn.execute("SELECT n FROM row_counts WHERE name = 'alerts'").fetchone()[0]
    rows = conn.execute(
        f"SELECT * FROM alerts{where.sql()} ORDER BY period_start DESC, change DESC, id LIMIT ? OFFSET ?",
        [*where.params, limit, offset],
    ).fetchall()
    items = [alert_record(r) for r in rows]
    evidence = _evidence(conn, sorted({i for item in items for i in item["event_ids"][:10]}))
    for item in items:
        item["evidence"] = [evidence[i] for i in item["event_ids"][:10] if i in evidence]
    return page(items, total, limit, offset)


def _evidence(conn: sqlite3.Connection, unique_ids: list[int]) -> dict[int, dict[str, Any]]:
    found = {}
    for i in range(0, len(unique_ids), 500):
        chunk = unique_ids[i : i + 500]
        for e in conn.execute(
            "SELECT u.id AS uid, u.date AS udate, u.mentions, e.*, a.title, coalesce(a.url, d.url, d.path) AS url"
            " FROM unique_events u JOIN events e ON e.id = u.first_event_id JOIN articles a ON a.id = e.article_id"
            f" JOIN documents d ON d.id = a.document_id WHERE u.id IN ({','.join('?' * len(chunk))})",
            chunk,
        ):
            found[e["uid"]] = {
                "unique_event_id": e["uid"],
                "date": e["udate"],
                **{side: {"id": e[f"{side}_key"], "name": e[f"{side}_name"], "country": e[f"{side}_country"],
                          "role": e[f"{side}_role"]} for side in ("source", "target")},
                **{k: e[k] for k in ("cameo", "quad_class", "goldstein", "mentions", "sentence", "explanation",
                                     "article_id", "title", "url")},
            }
    return found
