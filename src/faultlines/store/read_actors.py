"""Reading actors and their quotes: the actor list (from the totals kept on write), one actor, its timeline."""

from __future__ import annotations

import sqlite3
from typing import Any

from faultlines.store.records import actor_total_record, quote_record
from faultlines.store.where import Where, count, fts_query, like, limits, page

ORDER = "mentions DESC, articles DESC, actor_key"


def list_actors(
    conn: sqlite3.Connection,
    country: str | None = None,
    role: str | None = None,
    kind: str | None = None,
    name: str | None = None,
    limit: int | None = 100,
    offset: int | None = 0,
) -> dict[str, Any]:
    """Actors across articles, most mentioned first (then most articles, then id), as a page of
    ``{"id", "name", "kind", "country", "role", "articles", "mentions", "quotes"}``. The name, kind, country and
    role are those of the article that mentions the actor most; the filters apply to them (``name``: a part of
    the name, any case)."""
    limit, offset = limits(limit, offset)
    where = Where(("articles > 0", []))
    if country:
        where.add("country = ?", country.upper())
    if role:
        where.add("role = ?", role.upper())
    if kind:
        where.add("kind = ?", kind)
    if name:
        where.add("name LIKE ? ESCAPE '\\'", like(name))
    total = conn.execute(f"SELECT count(*) FROM actor_totals{where.sql()}", where.params).fetchone()[0]
    rows = conn.execute(
        f"SELECT * FROM actor_totals{where.sql()} ORDER BY {ORDER} LIMIT ? OFFSET ?", [*where.params, limit, offset]
    ).fetchall()
    return page([actor_total_record(r) for r in rows], total, limit, offset)


def get_actor(conn: sqlite3.Connection, key: str) -> dict[str, Any] | None:
    """One actor across articles: :func:`list_actors`' fields, every name it goes by, and the unique events it
    is the source or the target of."""
    row = conn.execute("SELECT * FROM actor_totals WHERE actor_key = ? AND articles > 0", (key,)).fetchone()
    if row is None:
        return None
    item = actor_total_record(row)
    item["names"] = [r[0] for r in conn.execute(
        "SELECT DISTINCT name FROM actors WHERE actor_key = ? ORDER BY name LIMIT 50", (key,))]
    for side in ("source", "target"):
        item[f"events_as_{side}"] = conn.execute(
            f"SELECT count(DISTINCT coalesce(unique_event_id, -id)) FROM events WHERE {side}_key = ?", (key,)
        ).fetchone()[0]
    return item


def _period_sql(column: str, period: str) -> str:
    """SQL: the start (ISO date) of the day/week (Monday)/month holding ``column``."""
    day = f"date(CASE WHEN length({column}) = 7 THEN {column} || '-01' ELSE substr({column}, 1, 10) END)"
    return {"day": day, "week": f"date({day}, 'weekday 0', '-6 days')", "month": f"date({day}, 'start of month')"}[
        period
    ]


def actor_timeline(conn: sqlite3.Connection, key: str, period: str = "month") -> dict[str, Any]:
    """Per period: the actor's quotes (dated by their article), unique events as source and as target;
    ``{"periods": [{"period_start", "quotes", "as_source", "as_target"}], "undated": {"quotes", "as_source",
    "as_target"}}`` — what has no date is counted, not dropped."""
    out: dict[str, dict[str, Any]] = {}
    undated = {"quotes": 0, "as_source": 0, "as_target": 0}

    def bump(p: str | None, name: str, n: int) -> None:
        if p is None:
            undated[name] += n
            return
        out.setdefault(p, {"period_start": p, "quotes": 0, "as_source": 0, "as_target": 0})[name] = n

    for col, name in (("source_key", "as_source"), ("target_key", "as_target")):
        for r in conn.execute(
            f"SELECT {_period_sql('date', period)} AS p, count(DISTINCT coalesce(unique_event_id, -id)) FROM events"
            f" WHERE {col} = ? GROUP BY p",
            (key,),
        ):
            bump(r[0], name, r[1])
    for r in conn.execute(
        f"SELECT {_period_sql('a.published', period)} AS p, count(*) FROM quotes q JOIN articles a"
        " ON a.id = q.article_id WHERE q.speaker_key = ? GROUP BY p",
        (key,),
    ):
        bump(r[0], "quotes", r[1])
    return {"periods": [out[k] for k in sorted(out)], "undated": undated}


def list_quotes(
    conn: sqlite3.Connection,
    speaker: str | None = None,
    country: str | None = None,
    role: str | None = None,
    q: str | None = None,
    article_id: int | None = None,
    exact: bool = False,
    limit: int | None = 100,
    offset: int | None = 0,
    count_cap: int | None = None,
) -> dict[str, Any]:
    """Quotes, newest article first (then article, then order in the text), as a page of ``Quote.to_dict()``
    fields + ``id``, ``article_id``, ``title``, ``published``, ``site``, ``url``. ``speaker``: the speaker's id,
    or a part of the name (any case) unless ``exact``; ``country``/``role``: the speaker's; ``q``: words in the
    text or the speaker's name (all of them, the last one as a prefix)."""
    limit, offset = limits(limit, offset)
    where = Where()
    if speaker and exact:
        where.add("q.speaker_key = ?", speaker)
    elif speaker:
        where.add("(q.speaker_key = ? OR q.speaker_name LIKE ? ESCAPE '\\')", speaker, like(speaker))
    if country:
        where.add("q.speaker_country = ?", country.upper())
    if role:
        where.add("q.speaker_role = ?", role.upper())
    if q:  # every word in the text or the speaker's name (the last one as a prefix), from the quotes' full-text index
        where.add("q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)", fts_query(q) or '""')
    if article_id is not None:
        where.add("q.article_id = ?", int(article_id))
    base = "FROM quotes q JOIN articles a ON a.id = q.article_id" + where.sql()
    if where.clauses:
        total = count(conn, base, where.params, count_cap)
    else:
        total = conn.execute("SELECT n FROM row_counts WHERE name = 'quotes'").fetchone()[0]
    rows = conn.execute(
        f"SELECT q.*, a.title AS a_title, a.published AS a_published, a.site AS a_site, a.url AS a_url {base}"
        " ORDER BY a.published DESC, q.article_id DESC, q.seq LIMIT ? OFFSET ?",
        [*where.params, limit, offset],
    ).fetchall()
    return page([quote_record(r) for r in rows], total, limit, offset, cap=count_cap)
