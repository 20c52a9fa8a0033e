"""Reading events: the one ``list_events`` behind ``faultlines events``, ``/api/v1/events`` and the pages."""

from __future__ import annotations

import sqlite3
from typing import Any

from faultlines.model import FaultlinesError
from faultlines.relations.series import parse_dyad
from faultlines.store.aggregates import directions
from faultlines.store.records import event_record
from faultlines.store.where import Where, count, day_after, fts_query, limits, page, prefix

#: Columns that join an event's unique event and article (see ``records.event_record``).
CONTEXT = (
    "SELECT e.*, u.mentions AS u_mentions, u.num_articles AS u_articles, u.num_sources AS u_sources,"
    " a.title AS a_title, a.published AS a_published, a.site AS a_site, coalesce(a.url, d.url, d.path) AS a_url,"
    " d.ingested_at AS a_ingested_at, d.input_key AS a_input_key"
    " FROM events e LEFT JOIN unique_events u ON u.id = e.unique_event_id JOIN articles a ON a.id = e.article_id"
    " JOIN documents d ON d.id = a.document_id"
)
ORDER = "date DESC, id DESC"


def events_by_id(conn: sqlite3.Connection, ids: list[int]) -> list[dict[str, Any]]:
    """Event records with their unique event's counts and their article's fields, in the order of ``ids``."""
    found: dict[int, sqlite3.Row] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        for r in conn.execute(f"{CONTEXT} WHERE e.id IN ({','.join('?' * len(chunk))})", chunk):
            found[r["id"]] = r
    return [event_record(found[i]) for i in ids if i in found]


def article_events(conn: sqlite3.Connection, article_id: int) -> list[dict[str, Any]]:
    """Every event mention of one article, in text order."""
    rows = conn.execute(f"{CONTEXT} WHERE e.article_id = ? ORDER BY e.seq", (article_id,)).fetchall()
    return [event_record(r) for r in rows]


def _dyad(dyad: str | tuple[str, str]) -> tuple[str, str, bool]:
    if isinstance(dyad, tuple):
        return dyad[0].upper(), dyad[1].upper(), False
    return parse_dyad(dyad)


def _cursor(after: str | None) -> tuple[str | None, int] | None:
    if not after:
        return None
    day, sep, ident = after.rpartition("~")
    if not sep or not ident.isdigit():
        raise FaultlinesError(f"bad cursor {after!r}: pass the `next` value of the previous page")
    return (day or None), int(ident)


def _after_clause(cursor: tuple[str | None, int]) -> tuple[str, list[Any]]:
    """Rows after ``cursor`` in ``date DESC, id DESC`` order (undated rows come last)."""
    day, ident = cursor
    if day is None:
        return "(date IS NULL AND id < ?)", [ident]
    return "((date, id) < (?, ?) OR date IS NULL)", [day, ident]


def list_events(
    conn: sqlite3.Connection,
    source: str | None = None,
    target: str | None = None,
    dyad: str | tuple[str, str] | None = None,
    cameo: str | None = None,
    quad_class: int | None = None,
    since: str | None = None,
    until: str | None = None,
    actor: str | None = None,
    role: str | None = None,
    q: str | None = None,
    country: str | None = None,
    article_id: int | None = None,
    unique: bool = True,
    low_confidence: bool = False,
    limit: int | None = 50,
    offset: int | None = 0,
    after: str | None = None,
    count_cap: int | None = None,
) -> dict[str, Any]:
    """Events newest first (``date DESC, id DESC``; undated last), as a page ``{"items", "total", "limit",
    "offset", "next"}``. With ``unique`` (default) one per unique event (its first mention, with the unique event's
    ``mentions``, ``num_articles``, ``num_sources``), else every counted mention; ``low_confidence``: the events
    kept out of the counts instead, each with the reason in ``excluded``.

    Filters: ``source``/``target``/``country`` (either side) ISO3 codes; ``dyad`` ``"A-B"`` (either direction),
    ``"A>B"`` (one direction) or ``(A, B)``; ``cameo`` a code or its prefix (``"13"`` = the whole root);
    ``quad_class`` 0–4; ``since``/``until`` ISO dates (inclusive); ``actor``/``role`` on either side; ``q`` words
    in the sentence (all of them, the last one as a prefix); ``article_id``. Long lists page with ``after`` (the previous page's ``next``), which reads
    from the index instead of skipping ``offset`` rows. ``count_cap``: count at most that many (see ``where.page``)."""
    limit, offset = limits(limit, offset)
    event_level = bool(actor or role or q or article_id is not None or low_confidence)
    table = "unique_events" if unique and not event_level else "events"
    where = Where()
    if table == "events":
        where.add("excluded IS NOT NULL" if low_confidence else "excluded IS NULL")
    if low_confidence:
        unique = False
    if source:
        where.add("source_country = ?", source.upper())
    if target:
        where.add("target_country = ?", target.upper())
    # Either-side filters become disjoint branches, each read in index order (see _branches).
    branches: list[tuple[str, list[Any]]] = []
    pair = None
    if dyad:
        a, b, ordered = _dyad(dyad)
        pair = (a, b, ordered)
        branches = [("source_country = ? AND target_country = ?", [a, b])]
        if a != b and not ordered:
            branches.append(("source_country = ? AND target_country = ?", [b, a]))
    for column, value in (("country", country and country.upper()), ("key", actor), ("role", role)):
        if not value:
            continue
        if branches:
            where.add(f"(source_{column} = ? OR target_{column} = ?)", value, value)
        else:
            branches = [(f"source_{column} = ?", [value]),
                        (f"target_{column} = ? AND source_{column} IS NOT ?", [value, value])]
    if cameo:
        if len(cameo) == 2:
            where.add("root = ?", cameo)
        else:
            where.add("cameo LIKE ? ESCAPE '\\'", prefix(cameo))
    if quad_class is not None:
        where.add("quad_class = ?", int(quad_class))
    if since:
        where.add("date >= ?", since)
    if until:
        where.add("date < ?", day_after(until))
    if q:  # every word in the sentence (the last one as a prefix), from the sentences' full-text index
        where.add(_WORDS, fts_query(q) or '""')
    if article_id is not None:
        where.add("article_id = ?", int(article_id))
    if unique and table == "events":
        where.add("id = (SELECT first_event_id FROM unique_events u WHERE u.id = events.unique_event_id)")
    branches = branches or [("1", [])]
    total = _total(conn, table, where, branches, pair, count_cap)
    cursor = _cursor(after)
    if cursor is not None:
        where = where.plus(*_after_clause(cursor))
        offset = 0
    if q and branches == [("1", [])] and not low_confidence and _walk(conn, total, limit, offset):
        # many sentences match: read the counted events newest first from the date index, keeping those that
        # match (the first page is a few hundred index entries away), instead of sorting every match
        where.clauses = ["+" + c if c == _WORDS else c for c in where.clauses]
    rows = _branches(conn, table, where, branches, limit, offset)
    next_cursor = f"{rows[-1]['date'] or ''}~{rows[-1]['id']}" if rows and len(rows) == limit else None
    ids = [r["first_event_id"] for r in rows] if table == "unique_events" else [r["id"] for r in rows]
    return page(events_by_id(conn, [i for i in ids if i is not None]), total, limit, offset, next_cursor, count_cap)


#: The full-text condition on an event's sentence.
_WORDS = "id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)"
#: Reading a date index entry costs about this share of fetching and sorting one matching event.
_WALK_COST = 1 / 20


def _walk(conn, matches: int, limit: int, offset: int) -> bool:
    """Whether a page of ``limit`` events after ``offset`` among ``matches`` (at least) is found sooner by walking
    the date index than by sorting the matches: the walk reads about ``(limit + offset) * events / matches``
    entries."""
    if matches <= 0 or limit < 0:
        return False
    events = conn.execute("SELECT n FROM row_counts WHERE name = 'events'").fetchone()[0]
    return (limit + offset) * events / matches * _WALK_COST < matches


def _total(conn, table: str, where: Where, branches, pair, cap: int | None = None) -> int:
    """The number of matching rows; from the aggregates kept on write when the filter is a dyad or nothing."""
    if table == "unique_events" and not where.clauses:
        if pair is None:
            return conn.execute("SELECT n FROM row_counts WHERE name = 'unique_events'").fetchone()[0]
        a, b, ordered = pair
        if a != b:
            return sum(conn.execute(
                "SELECT coalesce(sum(events), 0) FROM dyad_periods WHERE source = ? AND target = ? AND period = 'all'"
                " AND period_start = ''", pair).fetchone()[0] for pair in directions(a, b, ordered))
    source = table
    if _WORDS in where.clauses:  # the matching sentences drive the count, which stops at the cap
        source = "events_fts JOIN events ON events.id = events_fts.rowid"
        joined = Where()
        joined.clauses = ["events_fts MATCH ?" if c == _WORDS else c for c in where.clauses]
        joined.params = list(where.params)
        where = joined
    return sum(
        count(conn, f"FROM {source}{where.plus(clause, params).sql()}", where.params + params, cap)
        for clause, params in branches
    )


def _branches(conn, table: str, where: Where, branches, limit: int, offset: int) -> list[sqlite3.Row]:
    """One page of the rows matching ``where`` and any one of the disjoint ``branches``, newest first.

    Each branch is read on its own (SQLite walks one index range in order for each) and the pages are merged:
    ``(a = ? AND b = ?) OR (a = ? AND b = ?)`` would make it sort every matching row."""
    parts = [where.plus(clause, params) for clause, params in branches]
    if len(parts) == 1:
        return conn.execute(
            f"SELECT * FROM {table}{parts[0].sql()} ORDER BY {ORDER} LIMIT ? OFFSET ?", [*parts[0].params, limit, offset]
        ).fetchall()
    union = " UNION ALL ".join(f"SELECT * FROM (SELECT * FROM {table}{p.sql()} ORDER BY {ORDER} LIMIT ?)" for p in parts)
    flat = [x for p in parts for x in (*p.params, limit + offset if limit >= 0 else -1)]
    return conn.execute(f"SELECT * FROM ({union}) ORDER BY {ORDER} LIMIT ? OFFSET ?", [*flat, limit, offset]).fetchall()


def domestic_pairs(conn: sqlite3.Connection, country: str) -> list[dict[str, Any]]:
    """The counted events inside one state, by (source sector, target sector), most frequent first."""
    rows = conn.execute(
        "SELECT source_role, target_role, count(*) AS n, sum(quad_class >= 3) AS conflict,"
        " avg(goldstein) AS goldstein FROM events"
        " WHERE source_country = ? AND target_country = ? AND excluded IS NULL"
        " GROUP BY source_role, target_role ORDER BY n DESC, source_role, target_role LIMIT 50",
        [country, country],
    ).fetchall()
    return [
        {"source": country + (r["source_role"] or ""), "target": country + (r["target_role"] or ""),
         "events": r["n"], "conflict": r["conflict"], "goldstein": round(r["goldstein"], 2)}
        for r in rows
    ]
