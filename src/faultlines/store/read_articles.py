"""Reading articles: full-text search, the newest articles, and one article with everything found in it."""

from __future__ import annotations

import sqlite3
from typing import Any

from faultlines.model import FaultlinesError
from faultlines.store.read_events import article_events
from faultlines.store.records import actor_record, article_record, json_list, quote_record
from faultlines.store.where import Where, count, day_after, fts_query, limits, page

_SNIPPET_CHARS = 240


def search_articles(
    conn: sqlite3.Connection,
    q: str | None = None,
    site: str | None = None,
    since: str | None = None,
    until: str | None = None,
    country: str | None = None,
    actor: str | None = None,
    role: str | None = None,
    limit: int | None = 20,
    offset: int | None = 0,
    mark: tuple[str, str] = ("[", "]"),
    count_cap: int | None = None,
    best_of: int | None = None,
) -> dict[str, Any]:
    """Articles matching a full-text query and filters: best match first with ``q``, else newest first; a page
    ``{"items": [{"id", "title", "published", "site", "url", "dek", "story_id", "snippet"}], "total", ...}``.

    ``q`` is SQLite FTS5 syntax (words, "phrases", AND/OR/NOT, prefix*); text that is not valid FTS5 is read as
    plain words (all must match, the last one as a prefix); text without words raises :class:`FaultlinesError`. The snippet is plain article text (untrusted: escape it before showing
    it as HTML) with the matched words wrapped in ``mark``. ``country``/``actor``/``role``: articles naming such an
    actor. ``best_of``: when more articles match, rank only the latest ``best_of`` stored (the page then says
    ``"ranked_within": best_of``): ranking every match of a common word costs more than the rest of a search."""
    limit, offset = limits(limit, offset)
    if q is not None and not q.strip():
        raise FaultlinesError("empty search query")
    where = _article_where(site, since, until)
    if country or actor or role:
        sub = Where()
        if country:
            sub.add("country = ?", country.upper())
        if actor:
            sub.add("actor_key = ?", actor)
        if role:
            sub.add("role = ?", role.upper())
        where.add(f"a.id IN (SELECT article_id FROM actors{sub.sql()})", *sub.params)
    if not q:
        return _newest(conn, where, limit, offset)
    try:
        return _matches(conn, q, where, limit, offset, mark, count_cap, best_of)
    except sqlite3.OperationalError as exc:
        message = str(exc)
        if any(word in message for word in ("locked", "disk", "no such table", "readonly", "corrupt")):
            raise
        words = fts_query(q)  # not FTS5: its words, all of which must match
        if words is None:
            raise FaultlinesError(f"bad search query {q!r}: no words to search for") from None
        return _matches(conn, words, where, limit, offset, mark, count_cap, best_of)


_COLUMNS = "a.id, a.title, a.published, a.site, a.url, a.dek, a.story_id"


def _matches(conn, match: str, where: Where, limit: int, offset: int, mark: tuple[str, str],
             cap: int | None = None, best_of: int | None = None) -> dict[str, Any]:
    # without conditions on the article, the full-text index alone (reading the articles' rows costs more)
    source = "articles_fts JOIN articles a ON a.id = articles_fts.rowid" if where.clauses else "articles_fts"
    where = where.plus("articles_fts MATCH ?", [match])
    base = f"FROM {source}{where.sql()}"
    total = count(conn, base, where.params, cap)
    ranked = where
    if best_of is not None and total > best_of:  # rank the latest `best_of` matches only
        floor = conn.execute(f"SELECT articles_fts.rowid {base} ORDER BY articles_fts.rowid DESC LIMIT 1 OFFSET ?",
                             [*where.params, best_of - 1]).fetchone()
        if floor is not None:
            ranked = where.plus("articles_fts.rowid >= ?", [floor[0]])
    # the page's ids first (bm25 over every match), then the snippets of those ten only
    ids = [r[0] for r in conn.execute(
        f"SELECT articles_fts.rowid FROM {source}{ranked.sql()}"
        " ORDER BY bm25(articles_fts, 5.0, 1.0), articles_fts.rowid LIMIT ? OFFSET ?",
        [*ranked.params, limit, offset])]
    found = {}
    if ids:
        found = {r["id"]: r for r in conn.execute(
            f"SELECT {_COLUMNS}, snippet(articles_fts, 1, ?, ?, '…', 16) AS snip,"
            " snippet(articles_fts, 0, ?, ?, '…', 16) AS tsnip FROM articles_fts JOIN articles a"
            " ON a.id = articles_fts.rowid WHERE articles_fts MATCH ? AND articles_fts.rowid BETWEEN ? AND ?"
            # `+`: one pass over the matches in that range (`rowid IN` would run the query once per id)
            f" AND +articles_fts.rowid IN ({','.join('?' * len(ids))})",
            [*mark, *mark, match, min(ids), max(ids), *ids])}
    items = []
    for i in ids:
        r = found[i]
        # the body passage around the match; for a match in the title only, the title
        items.append(_hit(r, " ".join((r["snip"] or r["tsnip"] or "").split())))
    out = page(items, total, limit, offset, cap=cap)
    if ranked is not where:
        out["ranked_within"] = best_of
    return out


def _newest(conn, where: Where, limit: int, offset: int) -> dict[str, Any]:
    rows = conn.execute(
        f"SELECT {_COLUMNS}, substr(a.body, 1, ?) AS snip FROM articles a{where.sql()}"
        " ORDER BY a.published DESC, a.id DESC LIMIT ? OFFSET ?",
        [_SNIPPET_CHARS + 20, *where.params, limit, offset],
    ).fetchall()
    if where.clauses:
        total = conn.execute(f"SELECT count(*) FROM articles a{where.sql()}", where.params).fetchone()[0]
    else:
        total = conn.execute("SELECT n FROM row_counts WHERE name = 'articles'").fetchone()[0]
    items = []
    for r in rows:
        text = " ".join((r["snip"] or "").split())
        if len(text) > _SNIPPET_CHARS:
            text = text[:_SNIPPET_CHARS].rsplit(" ", 1)[0] + "…"
        items.append(_hit(r, text))
    return page(items, total, limit, offset)


def _hit(r: sqlite3.Row, snippet: str) -> dict[str, Any]:
    return {k: r[k] for k in ("id", "title", "published", "site", "url", "dek", "story_id")} | {"snippet": snippet}


def list_articles(
    conn: sqlite3.Connection,
    site: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int | None = 50,
    offset: int | None = 0,
) -> list[dict[str, Any]]:
    """Articles newest first: ``[{"id", "title", "published", "site", "url", "story_id", "story_size",
    "actors", "quotes", "events"}]`` (the last three are counts)."""
    limit, offset = limits(limit, offset)
    where = _article_where(site, since, until)
    rows = conn.execute(
        "SELECT a.id, a.title, a.published, a.site, a.url, a.story_id, s.size AS story_size,"
        " (SELECT count(*) FROM actors WHERE article_id = a.id) AS actors,"
        " (SELECT count(*) FROM quotes WHERE article_id = a.id) AS quotes,"
        " (SELECT count(*) FROM events WHERE article_id = a.id) AS events"
        f" FROM articles a LEFT JOIN stories s ON s.id = a.story_id{where.sql()}"
        " ORDER BY a.published DESC, a.id DESC LIMIT ? OFFSET ?",
        (*where.params, limit, offset),
    ).fetchall()
    return [dict(r) for r in rows]


def get_article(conn: sqlite3.Connection, article_id: int) -> dict[str, Any] | None:
    """One article with everything found in it, or None: ``{"id", "input": {"kind", "path", "url", "fetched",
    "ingested_at"}, "article": <article_record>, "related": [teasers], "story": {"id", "title", "first_seen",
    "size", "members": [{"id", "title", "site", "published", "url"}]} | None, "actors", "quotes", "events"}``.
    The story's members are all its articles, this one included, oldest first."""
    row = conn.execute("SELECT * FROM articles WHERE id = ?", (int(article_id),)).fetchone()
    if row is None:
        return None
    doc = conn.execute(
        "SELECT kind, path, url, fetched, ingested_at FROM documents WHERE id = ?", (row["document_id"],)
    ).fetchone()
    story = None
    if row["story_id"] is not None:
        s = conn.execute("SELECT id, title, first_seen, size FROM stories WHERE id = ?", (row["story_id"],)).fetchone()
        members = conn.execute(
            "SELECT id, title, site, published, url FROM articles WHERE story_id = ? ORDER BY published, id LIMIT 100",
            (row["story_id"],),
        ).fetchall()
        story = {
            "id": row["story_id"],
            "title": s["title"] if s else None,
            "first_seen": s["first_seen"] if s else None,
            "size": s["size"] if s else len(members),
            "members": [dict(m) for m in members],
        }
    return {
        "id": row["id"],
        "input": dict(doc) if doc else None,
        "article": article_record(row),
        "related": [t for t in json_list(row["related"]) if isinstance(t, dict)],
        "story": story,
        "actors": [actor_record(r) for r in conn.execute(
            "SELECT * FROM actors WHERE article_id = ? ORDER BY mentions DESC, id", (row["id"],))],
        "quotes": [quote_record(r) for r in conn.execute(
            "SELECT * FROM quotes WHERE article_id = ? ORDER BY seq", (row["id"],))],
        "events": article_events(conn, row["id"]),
    }


def _article_where(site: str | None, since: str | None, until: str | None) -> Where:
    """The conditions on an article's own columns: its site and publication date."""
    where = Where()
    if site:
        where.add("a.site = ? COLLATE NOCASE", site)
    if since:
        where.add("a.published >= ?", since)
    if until:
        where.add("a.published < ?", day_after(until))
    return where
