"""Read-only queries over the store, shared by the CLI and the web server.

Every function takes an open ``sqlite3.Connection`` (rows as ``sqlite3.Row``) and returns JSON-ready dicts
whose field names follow the model's ``to_dict`` shapes, plus ``id`` and ``article_id``.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from faultlines.model import FaultlinesError

MAX_LIMIT = 100_000


def _limit(limit: int | None, offset: int | None) -> tuple[int, int]:
    """``limit=None`` means every row (SQLite's ``LIMIT -1``); explicit limits are capped at ``MAX_LIMIT``."""
    limit = -1 if limit is None else max(0, min(int(limit), MAX_LIMIT))
    return limit, max(0, int(offset or 0))


def stats(conn: sqlite3.Connection) -> dict[str, int]:
    """Counts: documents, articles, stories, actors (distinct actors across articles), quotes, events (mentions),
    unique_events and alerts."""
    one = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
    return {
        "documents": one("SELECT count(*) FROM documents"),
        "articles": one("SELECT count(*) FROM articles"),
        "stories": one("SELECT count(*) FROM stories"),
        "actors": one("SELECT count(DISTINCT actor_key) FROM actors"),
        "quotes": one("SELECT count(*) FROM quotes"),
        "events": one("SELECT count(*) FROM events"),
        "unique_events": one("SELECT count(*) FROM unique_events"),
        "alerts": one("SELECT count(*) FROM alerts"),
    }


def search_articles(
    conn: sqlite3.Connection,
    q: str,
    site: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int | None = 20,
    offset: int | None = 0,
    mark: tuple[str, str] = ("[", "]"),
) -> list[dict[str, Any]]:
    """Full-text search (SQLite FTS5 syntax: words, "phrases", AND/OR/NOT, prefix*) over titles and bodies.

    Returns ``[{"id", "title", "published", "site", "url", "story_id", "snippet"}]`` best match first. The
    snippet is plain article text (untrusted: escape it before showing it as HTML) with the matched words
    wrapped in ``mark``. A malformed query raises :class:`FaultlinesError` with a one-line message.
    """
    if not q or not q.strip():
        raise FaultlinesError("empty search query")
    limit, offset = _limit(limit, offset)
    where, params = ["articles_fts MATCH ?"], [q]
    if site:
        where.append("a.site = ? COLLATE NOCASE")
        params.append(site)
    if since:
        where.append("a.published >= ?")
        params.append(since)
    if until:
        where.append("a.published <= ?")
        params.append(until)
    sql = (
        "SELECT a.id, a.title, a.published, a.site, a.url, a.story_id,"
        " snippet(articles_fts, 1, ?, ?, '…', 16) AS snippet, snippet(articles_fts, 0, ?, ?, '…', 16) AS tsnip"
        " FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid"
        f" WHERE {' AND '.join(where)} ORDER BY bm25(articles_fts, 5.0, 1.0), a.id LIMIT ? OFFSET ?"
    )
    try:
        rows = conn.execute(sql, (*mark, *mark, *params, limit, offset)).fetchall()
    except sqlite3.OperationalError as exc:
        message = str(exc)
        if not any(word in message for word in ("locked", "disk", "no such table", "readonly", "corrupt")):
            raise FaultlinesError(
                f"bad search query {q!r}: {message} (quote words with special characters)"
            ) from None
        raise
    out = []
    for r in rows:
        item = {k: r[k] for k in ("id", "title", "published", "site", "url", "story_id")}
        # the body passage around the match; for a match in the title only, the body's first words
        item["snippet"] = " ".join((r["snippet"] or r["tsnip"] or "").split())
        out.append(item)
    return out


def _article_dict(r: sqlite3.Row) -> dict[str, Any]:
    return {
        "id": r["id"],
        "document_id": r["document_id"],
        "story_id": r["story_id"],
        "title": r["title"],
        "dek": r["dek"],
        "authors": json.loads(r["authors"]),
        "published": r["published"],
        "site": r["site"],
        "url": r["url"],
        "language": r["language"],
        "sections": json.loads(r["sections"]),
        "republished_from": r["republished_from"],
        "image_credits": json.loads(r["image_credits"]),
        "paragraphs": json.loads(r["paragraphs"]),
    }


def get_article(conn: sqlite3.Connection, article_id: int) -> dict[str, Any] | None:
    """One article with everything found in it, or None.

    ``{"id", "document_id", "story_id", <Article.to_dict() fields>, "input": {"path", "url", "kind", "fetched",
    "ingested_at"}, "related": [teasers], "actors": [Actor dicts + "article_id"], "quotes": [...],
    "events": [...], "story": {"id", "title", "size", "members": [{"id", "title", "site", "published", "url"}]}}``.
    """
    r = conn.execute(
        "SELECT a.*, d.path AS d_path, d.url AS d_url, d.kind AS d_kind, d.fetched AS d_fetched,"
        " d.ingested_at AS d_ingested FROM articles a JOIN documents d ON d.id = a.document_id WHERE a.id = ?",
        (int(article_id),),
    ).fetchone()
    if r is None:
        return None
    item = _article_dict(r)
    item["input"] = {
        "path": r["d_path"],
        "url": r["d_url"],
        "kind": r["d_kind"],
        "fetched": r["d_fetched"],
        "ingested_at": r["d_ingested"],
    }
    item["related"] = json.loads(r["related"])
    item["actors"] = [
        {
            "id": a["actor_key"],
            "name": a["name"],
            "kind": a["kind"],
            "country": a["country"],
            "role": a["role"],
            "mentions": a["mentions"],
            "spans": json.loads(a["spans"]),
            "article_id": a["article_id"],
        }
        for a in conn.execute(
            "SELECT * FROM actors WHERE article_id = ? ORDER BY mentions DESC, id", (r["id"],)
        )
    ]
    item["quotes"] = [
        quote_dict(q)
        for q in conn.execute("SELECT * FROM quotes WHERE article_id = ? ORDER BY seq", (r["id"],))
    ]
    item["events"] = [
        event_dict(e)
        for e in conn.execute(
            "SELECT e.*, u.mentions AS u_mentions, u.num_articles AS u_articles, u.num_sources AS u_sources"
            " FROM events e LEFT JOIN unique_events u ON u.id = e.unique_event_id"
            " WHERE e.article_id = ? ORDER BY e.seq",
            (r["id"],),
        )
    ]
    item["story"] = None
    if r["story_id"] is not None:
        s = conn.execute("SELECT * FROM stories WHERE id = ?", (r["story_id"],)).fetchone()
        members = conn.execute(
            "SELECT id, title, site, published, url FROM articles WHERE story_id = ? ORDER BY published, id",
            (r["story_id"],),
        ).fetchall()
        item["story"] = {
            "id": s["id"],
            "title": s["title"],
            "size": s["size"],
            "first_seen": s["first_seen"],
            "members": [dict(m) for m in members],
        }
    return item


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
    limit, offset = _limit(limit, offset)
    where, params = ["1"], []
    for cond, value in (
        ("a.site = ? COLLATE NOCASE", site),
        ("a.published >= ?", since),
        ("a.published <= ?", until),
    ):
        if value:
            where.append(cond)
            params.append(value)
    rows = conn.execute(
        "SELECT a.id, a.title, a.published, a.site, a.url, a.story_id, s.size AS story_size,"
        " (SELECT count(*) FROM actors WHERE article_id = a.id) AS actors,"
        " (SELECT count(*) FROM quotes WHERE article_id = a.id) AS quotes,"
        " (SELECT count(*) FROM events WHERE article_id = a.id) AS events"
        " FROM articles a LEFT JOIN stories s ON s.id = a.story_id"
        f" WHERE {' AND '.join(where)} ORDER BY a.published DESC, a.id DESC LIMIT ? OFFSET ?",
        (*params, limit, offset),
    ).fetchall()
    return [dict(r) for r in rows]


def _ref(r: sqlite3.Row, prefix: str) -> dict[str, Any] | None:
    if r[f"{prefix}_key"] is None and r[f"{prefix}_name"] is None:
        return None
    from faultlines.codes import actor_code

    key, country, role = r[f"{prefix}_key"], r[f"{prefix}_country"], r[f"{prefix}_role"]
    return {
        "id": key,
        "name": r[f"{prefix}_name"],
        "country": country,
        "role": role,
        "sector": role,
        "code": actor_code(key, country, role),
    }


def quote_dict(r: sqlite3.Row) -> dict[str, Any]:
    """A stored quote in ``Quote.to_dict()`` shape plus ``id`` and ``article_id`` (and article fields if joined)."""
    item = {
        "id": r["id"],
        "article_id": r["article_id"],
        "text": r["text"],
        "kind": r["kind"],
        "speaker": _ref(r, "speaker"),
        "cue": r["cue"],
        "paragraph": r["paragraph"],
        "start": r["start"],
        "end": r["end"],
    }
    keys = r.keys()
    for extra in ("title", "published", "site", "url"):
        if f"a_{extra}" in keys:
            item[extra] = r[f"a_{extra}"]
    return item


def event_dict(r: sqlite3.Row) -> dict[str, Any]:
    """A stored event mention in ``Event.to_dict()`` shape plus ``id``, ``article_id``, ``unique_event_id`` and,
    when joined, ``mentions``/``num_articles``/``num_sources`` of its unique event and article fields."""
    item = {
        "id": r["id"],
        "article_id": r["article_id"],
        "unique_event_id": r["unique_event_id"],
        "source": _ref(r, "source"),
        "target": _ref(r, "target"),
        "cameo": r["cameo"],
        "quad_class": r["quad_class"],
        "goldstein": r["goldstein"],
        "plover": r["plover"],
        "date": r["date"],
        "paragraph": r["paragraph"],
        "sentence": r["sentence"],
        "start": r["start"],
        "end": r["end"],
        "rule": r["rule"],
        "explanation": r["explanation"],
        "confidence": r["confidence"],
    }
    keys = r.keys()
    for column, default in (("mode", "asserted"), ("date_basis", None), ("excluded", None)):
        item[column] = r[column] if column in keys else default
    for extra, column in (
        ("mentions", "u_mentions"),
        ("num_articles", "u_articles"),
        ("num_sources", "u_sources"),
    ):
        if column in keys:
            item[extra] = r[column]
    for extra in ("title", "published", "site", "url", "ingested_at", "input_key"):
        if f"a_{extra}" in keys:
            item[extra] = r[f"a_{extra}"]
    return item


def list_quotes(
    conn: sqlite3.Connection,
    speaker: str | None = None,
    country: str | None = None,
    limit: int | None = 100,
    offset: int | None = 0,
    article_id: int | None = None,
) -> list[dict[str, Any]]:
    """Quotes newest article first. ``speaker`` matches the speaker's id exactly or a part of the name
    (case-insensitive); ``country`` is the speaker's ISO3 code. Each dict: ``Quote.to_dict()`` fields + ``id``,
    ``article_id``, ``title``, ``published``, ``site``, ``url``."""
    limit, offset = _limit(limit, offset)
    where, params = ["1"], []
    if speaker:
        where.append("(q.speaker_key = ? OR q.speaker_name LIKE ? ESCAPE '\\')")
        params += [speaker, f"%{_like(speaker)}%"]
    if country:
        where.append("q.speaker_country = ?")
        params.append(country.upper())
    if article_id is not None:
        where.append("q.article_id = ?")
        params.append(int(article_id))
    rows = conn.execute(
        "SELECT q.*, a.title AS a_title, a.published AS a_published, a.site AS a_site, a.url AS a_url"
        " FROM quotes q JOIN articles a ON a.id = q.article_id"
        f" WHERE {' AND '.join(where)} ORDER BY a.published DESC, q.article_id DESC, q.seq LIMIT ? OFFSET ?",
        (*params, limit, offset),
    ).fetchall()
    return [quote_dict(r) for r in rows]


def _like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def list_actors(
    conn: sqlite3.Connection,
    country: str | None = None,
    role: str | None = None,
    kind: str | None = None,
    name: str | None = None,
    limit: int | None = 100,
    offset: int | None = 0,
) -> list[dict[str, Any]]:
    """Actors aggregated across articles, most-mentioned first:
    ``[{"id", "name", "kind", "country", "role", "articles", "mentions", "quotes"}]``.
    The name/kind/country/role shown are those of the article where the actor is mentioned most."""
    limit, offset = _limit(limit, offset)
    where, params = ["1"], []
    for cond, value in (
        ("x.country = ?", country.upper() if country else None),
        ("x.role = ?", role.upper() if role else None),
        ("x.kind = ?", kind),
        ("x.name LIKE ? ESCAPE '\\'", f"%{_like(name)}%" if name else None),
    ):
        if value:
            where.append(cond)
            params.append(value)
    rows = conn.execute(
        "WITH ranked AS (SELECT actor_key, name, kind, country, role, row_number() OVER"
        " (PARTITION BY actor_key ORDER BY mentions DESC, id) AS rn FROM actors),"
        " totals AS (SELECT actor_key, count(DISTINCT article_id) AS articles, sum(mentions) AS mentions"
        " FROM actors GROUP BY actor_key),"
        " said AS (SELECT speaker_key, count(*) AS quotes FROM quotes GROUP BY speaker_key)"
        " SELECT x.actor_key AS id, x.name, x.kind, x.country, x.role, t.articles, t.mentions,"
        " coalesce(s.quotes, 0) AS quotes FROM ranked x JOIN totals t ON t.actor_key = x.actor_key"
        " LEFT JOIN said s ON s.speaker_key = x.actor_key"
        f" WHERE x.rn = 1 AND {' AND '.join(where)} ORDER BY t.mentions DESC, t.articles DESC, x.actor_key"
        " LIMIT ? OFFSET ?",
        (*params, limit, offset),
    ).fetchall()
    return [dict(r) for r in rows]


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


def list_events(
    conn: sqlite3.Connection,
    source: str | None = None,
    target: str | None = None,
    dyad: str | None = None,
    cameo: str | None = None,
    quad_class: int | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int | None = 100,
    offset: int | None = 0,
    unique: bool = True,
    article_id: int | None = None,
    low_confidence: bool = False,
) -> list[dict[str, Any]]:
    """Events, oldest first. ``unique=True`` (default): one row per unique event (its first mention, with the
    unique event's ``mentions``, ``num_articles``, ``num_sources``); ``unique=False``: every mention.

    Filters: ``source``/``target`` ISO3 country codes, ``dyad`` ``"A-B"`` (either direction) or ``"A>B"``,
    ``cameo`` a code prefix (``"13"`` = the whole root), ``quad_class`` 0–4, ``since``/``until`` ISO dates
    (inclusive). Each dict: ``Event.to_dict()`` fields + ``id``, ``article_id``, ``unique_event_id``,
    ``mentions``, ``num_articles``, ``num_sources``, ``title``, ``published``, ``site``, ``url``.
    ``low_confidence=True`` lists instead the events kept out of the counts (not asserted, a side of no known
    state, or below the confidence threshold), each with the reason in ``excluded``.
    """
    limit, offset = _limit(limit, offset)
    where, params = ["1"], []
    if low_confidence:
        where.append("e.excluded IS NOT NULL")
    elif unique:
        where.append("e.id = u.first_event_id")
    else:
        where.append("e.excluded IS NULL")
    if source:
        where.append("e.source_country = ?")
        params.append(source.upper())
    if target:
        where.append("e.target_country = ?")
        params.append(target.upper())
    if dyad:
        a, b, ordered = parse_dyad(dyad)
        if ordered:
            where.append("e.source_country = ? AND e.target_country = ?")
            params += [a, b]
        else:
            where.append(
                "((e.source_country = ? AND e.target_country = ?) OR (e.source_country = ? AND e.target_country = ?))"
            )
            params += [a, b, b, a]
    if cameo:
        where.append("e.cameo LIKE ? ESCAPE '\\'")
        params.append(f"{_like(cameo)}%")
    if quad_class is not None:
        where.append("e.quad_class = ?")
        params.append(int(quad_class))
    if since:
        where.append("e.date >= ?")
        params.append(since)
    if until:
        where.append("substr(e.date, 1, 10) <= ?")
        params.append(until)
    if article_id is not None:
        where.append("e.article_id = ?")
        params.append(int(article_id))
    rows = conn.execute(
        "SELECT e.*, u.mentions AS u_mentions, u.num_articles AS u_articles, u.num_sources AS u_sources,"
        " a.title AS a_title, a.published AS a_published, a.site AS a_site,"
        " coalesce(a.url, d.url, d.path) AS a_url, d.ingested_at AS a_ingested_at, d.input_key AS a_input_key"
        f" FROM events e {'LEFT ' if low_confidence else ''}JOIN unique_events u ON u.id = e.unique_event_id"
        " JOIN articles a ON a.id = e.article_id JOIN documents d ON d.id = a.document_id"
        f" WHERE {' AND '.join(where)} ORDER BY e.date, e.id LIMIT ? OFFSET ?",
        (*params, limit, offset),
    ).fetchall()
    return [event_dict(r) for r in rows]
