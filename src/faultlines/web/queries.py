"""Read-only queries of the web server against the store (schema: ``store/migrations/*.sql``).

The server opens the SQLite file read-only (``mode=ro``), one connection per worker thread, so an ingest
may write meanwhile (WAL). Results of the heavier aggregate queries are cached until the database files
change (their size and modification time), which makes the overview and dyad pages cheap under load.
Records come back in the public JSON shapes of ``model.py`` (``Article/Actor/Quote/Event.to_dict()``),
with the store's ``id`` and ``article_id`` added where useful.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote as urlquote

from faultlines.model import FaultlinesError

MAX_LIMIT = 500
#: Periods read to compute the latest tension (the exponential average forgets 0.5 per period: 0.5**26 ≈ 1e-8).
PERIODS = ("day", "week", "month")
_WORD = re.compile(r"\w+", re.UNICODE)
_SNIPPET_OPEN, _SNIPPET_CLOSE = "\x02", "\x03"


def fts_query(text: str) -> str | None:
    """A safe FTS5 query from free text: every word quoted (all must match), the last one as a prefix."""
    words = _WORD.findall(text or "")[:12]
    if not words:
        return None
    parts = [f'"{w}"' for w in words]
    parts[-1] += "*"
    return " ".join(parts)


def period_start_sql(column: str, period: str) -> str:
    """SQL expression giving the start (ISO date) of the day/week (Monday)/month holding ``column``."""
    if period == "day":
        return f"date({column})"
    if period == "week":
        return f"date({column}, 'weekday 0', '-6 days')"
    if period == "month":
        return f"date({column}, 'start of month')"
    raise ValueError(f"unknown period {period!r}")


#: Unique events (an event reported by several articles counts once; unlinked mentions count each).
_UNIQUE_COUNT = "SELECT count(DISTINCT coalesce(unique_event_id, -id)) FROM events"


def window_start(last: dt.date, period: str, periods: int) -> dt.date:
    """The first day of the period ``periods`` periods before the one starting on ``last``."""
    if period == "day":
        return last - dt.timedelta(days=periods)
    if period == "week":
        return last - dt.timedelta(weeks=periods)
    month = last.year * 12 + last.month - 1 - periods
    return dt.date(month // 12, month % 12 + 1, 1)


def _json_list(value: Any) -> list:
    if not value:
        return []
    try:
        data = json.loads(value)
    except (TypeError, ValueError):
        return []
    return data if isinstance(data, list) else []


def _ref(key, name, country, role) -> dict | None:
    from faultlines.codes import actor_code

    if key is None and name is None:
        return None
    code = actor_code(key, country, role)
    return {"id": key, "name": name, "country": country, "role": role, "sector": role, "code": code}


def event_dict(row: sqlite3.Row) -> dict[str, Any]:
    """An ``events`` row in the shape of ``Event.to_dict()`` plus ``id``, ``article_id``, ``unique_event_id``."""
    from faultlines.store.queries import event_dict as stored_event

    return stored_event(row)


def quote_dict(row: sqlite3.Row) -> dict[str, Any]:
    """A ``quotes`` row in the shape of ``Quote.to_dict()`` plus ``id``, ``article_id``."""
    return {
        "id": row["id"],
        "article_id": row["article_id"],
        "text": row["text"],
        "kind": row["kind"],
        "speaker": _ref(row["speaker_key"], row["speaker_name"], row["speaker_country"], row["speaker_role"]),
        "cue": row["cue"],
        "paragraph": row["paragraph"],
        "start": row["start"],
        "end": row["end"],
    }


def actor_dict(row: sqlite3.Row) -> dict[str, Any]:
    """An ``actors`` row in the shape of ``Actor.to_dict()``."""
    return {
        "id": row["actor_key"],
        "name": row["name"],
        "kind": row["kind"],
        "country": row["country"],
        "role": row["role"],
        "mentions": row["mentions"],
        "spans": _json_list(row["spans"]),
    }


def article_dict(row: sqlite3.Row) -> dict[str, Any]:
    """An ``articles`` row in the shape of ``Article.to_dict()`` plus ``id`` and ``story_id``."""
    return {
        "id": row["id"],
        "title": row["title"],
        "dek": row["dek"],
        "authors": _json_list(row["authors"]),
        "published": row["published"],
        "site": row["site"],
        "url": row["url"],
        "language": row["language"],
        "sections": _json_list(row["sections"]),
        "republished_from": row["republished_from"],
        "image_credits": _json_list(row["image_credits"]),
        "paragraphs": _json_list(row["paragraphs"]),
        "story_id": row["story_id"],
    }


class Where:
    """A WHERE clause built from optional filters, with its parameters."""

    def __init__(self) -> None:
        self.clauses: list[str] = []
        self.params: list[Any] = []

    def add(self, clause: str, *params: Any) -> None:
        self.clauses.append(clause)
        self.params.extend(params)

    def sql(self) -> str:
        return (" WHERE " + " AND ".join(self.clauses)) if self.clauses else ""


class _Cache:
    """A small LRU cache whose entries are valid for one version of the database files."""

    def __init__(self, size: int = 512) -> None:
        self.size = size
        self.items: OrderedDict[tuple, Any] = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key: tuple, compute: Callable[[], Any]) -> Any:
        with self.lock:
            if key in self.items:
                self.items.move_to_end(key)
                return self.items[key]
        value = compute()
        with self.lock:
            self.items[key] = value
            while len(self.items) > self.size:
                self.items.popitem(last=False)
        return value


class WebData:
    """All the data the web pages and the API show, read from one store file."""

    def __init__(self, db_path: str | os.PathLike) -> None:
        self.path = Path(db_path)
        if not self.path.is_file():
            raise FaultlinesError(f"{self.path}: no such store (run `faultlines ingest` first)")
        self._local = threading.local()
        self._cache = _Cache()
        _ = self.conn  # open once now, so a broken file fails at start-up, not on the first request

    # -- connections -------------------------------------------------------------------------------------
    @property
    def conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            uri = "file:" + urlquote(str(self.path.resolve())) + "?mode=ro"
            try:
                conn = sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=5.0)
                conn.row_factory = sqlite3.Row
                conn.execute("PRAGMA query_only = 1")
                conn.execute("PRAGMA cache_size = -16000")
                _add_functions(conn)
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlite3.DatabaseError as exc:
                raise FaultlinesError(f"{self.path}: not a faultlines store ({exc})") from None
            self._local.conn = conn
        return conn

    def version(self) -> tuple:
        """Changes whenever the store is written (the WAL file grows or is checkpointed)."""
        out = []
        for suffix in ("", "-wal"):
            try:
                st = os.stat(f"{self.path}{suffix}")
                out.append((st.st_mtime_ns, st.st_size))
            except OSError:
                out.append(None)
        return tuple(out)

    def cached(self, name: str, compute: Callable[[], Any], *args: Any) -> Any:
        return self._cache.get((name, args, self.version()), compute)

    def rows(self, sql: str, params: list | tuple = ()) -> list[sqlite3.Row]:
        return self.conn.execute(sql, params).fetchall()

    def scalar(self, sql: str, params: list | tuple = ()) -> Any:
        row = self.conn.execute(sql, params).fetchone()
        return row[0] if row else None

    def has_table(self, name: str) -> bool:
        return bool(self.cached("table", lambda: self.scalar(
            "SELECT count(*) FROM sqlite_master WHERE name = ?", (name,)), name))

    # -- totals ------------------------------------------------------------------------------------------
    def stats(self) -> dict[str, int]:
        def compute():
            out = {}
            for table in ("documents", "articles", "actors", "quotes", "events", "unique_events", "stories", "alerts"):
                out[table] = self.scalar(f"SELECT count(*) FROM {table}") if self.has_table(table) else 0
            out["dyads"] = self.scalar(
                "SELECT count(*) FROM (SELECT DISTINCT min(source_country, target_country),"
                " max(source_country, target_country) FROM unique_events"
                " WHERE source_country IS NOT NULL AND target_country IS NOT NULL"
                " AND source_country != target_country)"
            )
            out["first_date"] = self.scalar("SELECT min(date) FROM events WHERE date IS NOT NULL")
            out["last_date"] = self.scalar("SELECT max(date) FROM events WHERE date IS NOT NULL")
            return out

        return self.cached("stats", compute)

    # -- articles ----------------------------------------------------------------------------------------
    def search_articles(self, q=None, site=None, since=None, until=None, country=None, actor=None, role=None,
                        limit=20, offset=0) -> dict:
        """Articles matching a full-text query and filters, newest first (best match first with ``q``).
        ``country``/``actor``/``role``: articles naming such an actor."""
        where = Where()
        match = fts_query(q) if q else None
        if q and not match:
            return {"items": [], "total": 0, "limit": limit, "offset": offset}
        if site:
            where.add("a.site = ?", site)
        if since:
            where.add("a.published >= ?", since)
        if until:
            where.add("a.published <= ?", until)
        if country or actor or role:
            sub = Where()
            if country:
                sub.add("country = ?", country)
            if actor:
                sub.add("actor_key = ?", actor)
            if role:
                sub.add("role = ?", role)
            where.add(f"a.id IN (SELECT article_id FROM actors{sub.sql()})", *sub.params)
        cols = "a.id, a.title, a.published, a.site, a.url, a.dek, a.story_id"
        if match:
            where.add("articles_fts MATCH ?", match)
            base = "FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid" + where.sql()
            sql = (
                f"SELECT {cols}, snippet(articles_fts, 1, ?, ?, '…', 16) AS snip {base}"
                " ORDER BY bm25(articles_fts) LIMIT ? OFFSET ?"
            )
            params = [_SNIPPET_OPEN, _SNIPPET_CLOSE, *where.params, limit, offset]
        else:
            base = "FROM articles a" + where.sql()
            sql = (
                f"SELECT {cols}, substr(a.body, 1, 260) AS snip {base}"
                " ORDER BY a.published DESC, a.id DESC LIMIT ? OFFSET ?"
            )
            params = [*where.params, limit, offset]
        total = self.scalar(f"SELECT count(*) {base}", where.params)
        items = []
        for row in self.rows(sql, params):
            raw = row["snip"] or ""
            if not match and len(raw) >= 260:
                raw = raw[:240].rsplit(" ", 1)[0] + "…"
            items.append({
                "id": row["id"],
                "title": row["title"],
                "published": row["published"],
                "site": row["site"],
                "url": row["url"],
                "dek": row["dek"],
                "story_id": row["story_id"],
                "snippet": raw.replace(_SNIPPET_OPEN, "").replace(_SNIPPET_CLOSE, ""),
                "snippet_marked": raw,
            })
        return {"items": items, "total": total, "limit": limit, "offset": offset}

    def get_article(self, article_id: int) -> dict | None:
        """One article with its actors, quotes, events, related teasers, provenance and story cluster."""
        row = self.conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            return None
        article = article_dict(row)
        doc = self.conn.execute(
            "SELECT kind, path, url, fetched, ingested_at FROM documents WHERE id = ?", (row["document_id"],)
        ).fetchone()
        related = [t for t in _json_list(row["related"]) if isinstance(t, dict)]
        story = None
        if row["story_id"] is not None:
            s = self.conn.execute("SELECT id, title, first_seen, size FROM stories WHERE id = ?",
                                  (row["story_id"],)).fetchone()
            others = self.rows(
                "SELECT id, title, site, published FROM articles WHERE story_id = ? AND id != ?"
                " ORDER BY published, id LIMIT 50",
                (row["story_id"], article_id),
            )
            story = {
                "id": row["story_id"],
                "title": s["title"] if s else None,
                "first_seen": s["first_seen"] if s else None,
                "size": s["size"] if s else 1 + len(others),
                "articles": [dict(o) for o in others],
            }
        return {
            "id": article_id,
            "input": {"kind": doc["kind"], "path": doc["path"], "url": doc["url"]} if doc else None,
            "fetched": doc["fetched"] if doc else None,
            "article": article,
            "related": related,
            "story": story,
            "actors": [actor_dict(r) for r in self.rows(
                "SELECT * FROM actors WHERE article_id = ? ORDER BY mentions DESC, id", (article_id,))],
            "quotes": [quote_dict(r) for r in self.rows(
                "SELECT * FROM quotes WHERE article_id = ? ORDER BY seq", (article_id,))],
            "events": [event_dict(r) for r in self.rows(
                "SELECT * FROM events WHERE article_id = ? ORDER BY seq", (article_id,))],
        }

    def article_titles(self, ids: list[int]) -> dict[int, dict]:
        ids = sorted({i for i in ids if i is not None})[:MAX_LIMIT]
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        return {r["id"]: dict(r) for r in self.rows(
            f"SELECT id, title, site, published FROM articles WHERE id IN ({marks})", ids)}

    # -- quotes ------------------------------------------------------------------------------------------
    def list_quotes(self, speaker=None, country=None, role=None, q=None, article_id=None,
                    limit=50, offset=0, exact=False) -> dict:
        """Quotes, newest article first. ``speaker``: an actor id or part of a name (only the id when ``exact``);
        ``q``: words in the text."""
        where = Where()
        if speaker and exact:
            where.add("q.speaker_key = ?", speaker)
        elif speaker:
            where.add("(q.speaker_key = ? OR q.speaker_name LIKE ? ESCAPE '\\')", speaker, _like(speaker))
        if country:
            where.add("q.speaker_country = ?", country)
        if role:
            where.add("q.speaker_role = ?", role)
        if q:
            where.add("(q.text LIKE ? ESCAPE '\\' OR q.speaker_name LIKE ? ESCAPE '\\')", _like(q), _like(q))
        if article_id is not None:
            where.add("q.article_id = ?", article_id)
        base = "FROM quotes q JOIN articles a ON a.id = q.article_id" + where.sql()
        total = self.scalar(f"SELECT count(*) {base}", where.params)
        rows = self.rows(
            f"SELECT q.*, a.title AS a_title, a.published AS a_published, a.site AS a_site, a.url AS a_url {base}"
            " ORDER BY a.published DESC, q.article_id DESC, q.seq LIMIT ? OFFSET ?",
            [*where.params, limit, offset],
        )
        items = []
        for r in rows:
            item = quote_dict(r)
            item.update(title=r["a_title"], published=r["a_published"], site=r["a_site"], url=r["a_url"])
            items.append(item)
        return {"items": items, "total": total, "limit": limit, "offset": offset}

    # -- actors ------------------------------------------------------------------------------------------
    def get_actor(self, key: str) -> dict | None:
        """An actor across articles: its names, country, role, and counts."""
        def compute():
            rows = self.rows(
                "SELECT name, kind, country, role, count(*) AS n, sum(mentions) AS m FROM actors"
                " WHERE actor_key = ? GROUP BY name, kind, country, role ORDER BY n DESC LIMIT 20",
                (key,),
            )
            if not rows:
                return None
            top = rows[0]
            return {
                "id": key,
                "name": top["name"],
                "kind": top["kind"],
                "country": top["country"],
                "role": top["role"],
                "names": sorted({r["name"] for r in rows}),
                "articles": sum(r["n"] for r in rows),
                "mentions": sum(r["m"] or 0 for r in rows),
                "quotes": self.scalar("SELECT count(*) FROM quotes WHERE speaker_key = ?", (key,)),
                "events_as_source": self.scalar(_UNIQUE_COUNT + " WHERE source_key = ?", (key,)),
                "events_as_target": self.scalar(_UNIQUE_COUNT + " WHERE target_key = ?", (key,)),
            }

        return self.cached("actor", compute, key)

    def actor_timeline(self, key: str, period: str = "month") -> list[dict]:
        """Per period: the actor's quotes, events as source and events as target."""
        def compute():
            out: dict[str, dict] = {}
            ev = period_start_sql("date", period)
            for col, name in (("source_key", "as_source"), ("target_key", "as_target")):
                for r in self.rows(
                    f"SELECT {ev} AS p, count(DISTINCT coalesce(unique_event_id, -id)) FROM events"
                    f" WHERE {col} = ? AND date IS NOT NULL GROUP BY p",
                    (key,),
                ):
                    out.setdefault(r[0], {"period_start": r[0], "quotes": 0, "as_source": 0, "as_target": 0})
                    out[r[0]][name] = r[1]
            ap = period_start_sql("a.published", period)
            for r in self.rows(
                f"SELECT {ap} AS p, count(*) FROM quotes q JOIN articles a ON a.id = q.article_id"
                " WHERE q.speaker_key = ? AND a.published IS NOT NULL GROUP BY p",
                (key,),
            ):
                if r[0] is None:
                    continue
                out.setdefault(r[0], {"period_start": r[0], "quotes": 0, "as_source": 0, "as_target": 0})
                out[r[0]]["quotes"] = r[1]
            return [out[k] for k in sorted(k for k in out if k)]

        return self.cached("actor_timeline", compute, key, period)

    def list_actors(self, country=None, role=None, q=None, limit=50, offset=0) -> dict:
        """Actors across articles, most often named first."""
        where = Where()
        if country:
            where.add("country = ?", country)
        if role:
            where.add("role = ?", role)
        if q:
            where.add("name LIKE ? ESCAPE '\\'", _like(q))
        base = f"FROM actors{where.sql()} GROUP BY actor_key"

        def compute():
            total = self.scalar(f"SELECT count(*) FROM (SELECT actor_key {base})", where.params)
            rows = self.rows(
                f"SELECT actor_key, max(name) AS name, max(kind) AS kind, max(country) AS country,"
                f" max(role) AS role, count(*) AS articles, sum(mentions) AS mentions {base}"
                " ORDER BY articles DESC, mentions DESC, actor_key LIMIT ? OFFSET ?",
                [*where.params, limit, offset],
            )
            keys = [r["actor_key"] for r in rows]
            said = dict(self.rows(
                f"SELECT speaker_key, count(*) FROM quotes WHERE speaker_key IN ({','.join('?' * len(keys))})"
                " GROUP BY speaker_key", keys)) if keys else {}
            items = [{"id": r["actor_key"], "name": r["name"], "kind": r["kind"], "country": r["country"],
                      "role": r["role"], "articles": r["articles"], "mentions": r["mentions"],
                      "quotes": said.get(r["actor_key"], 0)} for r in rows]
            return {"items": items, "total": total, "limit": limit, "offset": offset}

        return self.cached("actors", compute, country, role, q, limit, offset)

    # -- events ------------------------------------------------------------------------------------------
    def list_events(self, source=None, target=None, dyad=None, cameo=None, quad_class=None, since=None,
                    until=None, actor=None, role=None, q=None, article_id=None, country=None,
                    limit=50, offset=0, unique=True, low_confidence=False) -> dict:
        """Events newest first, like the CLI's ``events``: with ``unique`` (default) one per unique event (its first
        mention, with the unique event's ``mentions``, ``num_articles``, ``num_sources``), else every mention.

        ``source``/``target``/``country`` (either side): ISO3 codes; ``dyad``: ``(A, B)``, either direction;
        ``cameo``: a code or its prefix (``"13"`` = the whole root); ``actor``/``role``: on either side;
        ``q``: words in the sentence; ``low_confidence``: the events kept out of the counts instead, each with
        the reason in ``excluded``."""
        event_level = bool(actor or role or q or article_id is not None or low_confidence)
        table = "unique_events" if unique and not event_level else "events"
        where = Where()
        if table == "events":
            where.add("excluded IS NOT NULL" if low_confidence else "excluded IS NULL")
        if low_confidence:
            unique = False
        if source:
            where.add("source_country = ?", source)
        if target:
            where.add("target_country = ?", target)
        # Either-side filters are split into disjoint branches, each read in index order (see _branch_query).
        branches: list[tuple[str, list]] = []
        if dyad:
            a, b = dyad
            branches = [("source_country = ? AND target_country = ?", [a, b])]
            if a != b:
                branches.append(("source_country = ? AND target_country = ?", [b, a]))
        for column, value in (("country", country), ("key", actor), ("role", role)):
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
                where.add("cameo LIKE ?", cameo + "%")
        if quad_class is not None:
            where.add("quad_class = ?", quad_class)
        if since:
            where.add("date >= ?", since)
        if until:
            where.add("date <= ?", until)
        if q:
            where.add("sentence LIKE ? ESCAPE '\\'", _like(q))
        if article_id is not None:
            where.add("article_id = ?", article_id)
        if unique and table == "events":
            where.add("id = (SELECT first_event_id FROM unique_events u WHERE u.id = events.unique_event_id)")
        total, rows = self._branch_query(table, where, branches or [("1", [])], "date DESC, id DESC",
                                         limit, offset)
        if table == "unique_events":
            order = [r["first_event_id"] for r in rows]
            marks = ",".join("?" * len(order))
            found = {r["id"]: r for r in self.rows(f"SELECT * FROM events WHERE id IN ({marks})", order)} if order else {}
            rows = [found[i] for i in order if i in found]
        return {"items": self._with_context(rows), "total": total, "limit": limit, "offset": offset}

    def domestic_pairs(self, country: str) -> list[dict]:
        """The counted events inside one state, by (source sector, target sector), most frequent first."""
        rows = self.rows(
            "SELECT source_role, target_role, count(*) AS n, sum(quad_class >= 3) AS conflict,"
            " avg(goldstein) AS goldstein FROM events"
            " WHERE source_country = ? AND target_country = ? AND excluded IS NULL"
            " GROUP BY source_role, target_role ORDER BY n DESC, source_role, target_role LIMIT 50",
            [country, country],
        )
        return [
            {"source": country + (r["source_role"] or ""), "target": country + (r["target_role"] or ""),
             "events": r["n"], "conflict": r["conflict"], "goldstein": round(r["goldstein"], 2)}
            for r in rows
        ]

    def _with_context(self, rows: list[sqlite3.Row]) -> list[dict]:
        """Event dicts with their unique event's counts and their article's title, date, site and URL."""
        uids = sorted({r["unique_event_id"] for r in rows if r["unique_event_id"] is not None})
        aids = sorted({r["article_id"] for r in rows})
        uniq = {r["id"]: r for r in self.rows(
            f"SELECT id, mentions, num_articles, num_sources FROM unique_events WHERE id IN ({','.join('?' * len(uids))})",
            uids)} if uids else {}
        arts = {r["id"]: r for r in self.rows(
            f"SELECT id, title, published, site, url FROM articles WHERE id IN ({','.join('?' * len(aids))})",
            aids)} if aids else {}
        items = []
        for r in rows:
            item = event_dict(r)
            u, a = uniq.get(r["unique_event_id"]), arts.get(r["article_id"])
            item.update(
                unique_event_id=r["unique_event_id"],
                mentions=u["mentions"] if u else 1,
                num_articles=u["num_articles"] if u else 1,
                num_sources=u["num_sources"] if u else 1,
                title=a["title"] if a else None,
                published=a["published"] if a else None,
                site=a["site"] if a else None,
                url=a["url"] if a else None,
            )
            items.append(item)
        return items

    def _branch_query(self, table: str, where: Where, branches: list[tuple[str, list]], order: str, limit: int,
                      offset: int) -> tuple[int, list[sqlite3.Row]]:
        """Count and page rows matching ``where`` and any one of the disjoint ``branches``.

        Each branch is counted and read on its own (so SQLite walks one index range in order for each) and the
        pages are merged: ``(a = ? AND b = ?) OR (a = ? AND b = ?)`` would make it sort every matching row."""
        parts, params_list = [], []
        for clause, params in branches:
            w = Where()
            w.clauses, w.params = [*where.clauses, clause], [*where.params, *params]
            parts.append(w.sql())
            params_list.append(w.params)
        total = sum(self.scalar(f"SELECT count(*) FROM {table}{sql}", params) for sql, params in zip(
            parts, params_list, strict=True))
        if len(parts) == 1:
            return total, self.rows(f"SELECT * FROM {table}{parts[0]} ORDER BY {order} LIMIT ? OFFSET ?",
                                    [*params_list[0], limit, offset])
        union = " UNION ALL ".join(
            f"SELECT * FROM (SELECT * FROM {table}{sql} ORDER BY {order} LIMIT ?)" for sql in parts)
        flat = [p for params in params_list for p in (*params, limit + offset)]
        return total, self.rows(f"SELECT * FROM ({union}) ORDER BY {order} LIMIT ? OFFSET ?", [*flat, limit, offset])

    # -- dyads and alerts --------------------------------------------------------------------------------
    def dyad_series(self, a: str, b: str, period: str = "week", ordered: bool = False) -> list[dict]:
        """The dyad's series per period, with the tension index of ``faultlines.relations.series``.

        The relations stage's own ``dyad_series`` reads every unique event of the store; here only the dyad's
        events are read (by index) and handed to its ``build_series``, which gives the same rows."""
        def compute():
            try:
                from faultlines.relations.series import build_series, parse_day
            except ImportError:
                return fallback_dyad_series(self, a, b, period=period, ordered=ordered)
            if ordered:
                cond, params = "source_country = ? AND target_country = ?", [a, b]
            else:
                cond = "((source_country = ? AND target_country = ?) OR (source_country = ? AND target_country = ?))"
                params = [a, b, b, a]
            rows = self.rows(
                "SELECT id, date, source_country, target_country, cameo, quad_class, goldstein, mentions"
                f" FROM unique_events WHERE {cond} AND source_country != target_country ORDER BY date, id",
                params,
            )
            events = [{**dict(r), "day": parse_day(r["date"])} for r in rows]
            events = [e for e in events if e["day"] is not None]
            return build_series(events, period, until=parse_day(self.latest_event_date()))

        return self.cached("dyad_series", compute, a, b, period, ordered)

    def latest_event_date(self) -> str | None:
        """The date of the store's latest unique event between two different states."""
        return self.cached("latest_event_date", lambda: self.scalar(
            "SELECT max(date) FROM unique_events WHERE source_country IS NOT NULL AND target_country IS NOT NULL"
            " AND source_country != target_country"))

    def top_dyads(self, period: str = "week", top: int = 10) -> list[dict]:
        """The dyads whose tension index moved most (either way) from the previous period to the store's latest.

        Same rows as ``faultlines.relations.top_dyads`` (its ``build_series`` computes the tension), but read from
        the last ``relations.series.TENSION_WINDOW`` periods only: the index is an exponential average with weight 0.5 per
        period, so older periods change it by less than its rounding, and the page stays fast on large stores."""
        def compute():
            try:
                from faultlines.relations import series as rel
            except ImportError:
                return fallback_top_dyads(self, period=period, top=top)
            end = rel.parse_day(self.latest_event_date())
            if end is None:
                return []
            last = rel.period_start(end, period)
            first = window_start(last, period, rel.TENSION_WINDOW)
            # Per dyad and period: unique events and the parts of the relations stage's raw tension
            # (its weight() and CONFLICT_WEIGHT, as SQL functions of this connection).
            rows = self.rows(
                f"SELECT min(source_country, target_country) AS a, max(source_country, target_country) AS b,"
                f" {period_start_sql('date', period)} AS p, count(*) AS n, sum(fl_weight(mentions)) AS w,"
                " sum(fl_conflict(quad_class) * -goldstein * fl_weight(mentions)) AS num"
                " FROM unique_events WHERE date >= ? AND date <= ? AND source_country IS NOT NULL"
                " AND target_country IS NOT NULL AND source_country != target_country GROUP BY a, b, p",
                (first.isoformat(), end.isoformat() + "\uffff"),
            )
            groups: dict[tuple[str, str], dict[str, tuple[int, float | None]]] = {}
            for r in rows:
                raw = r["num"] / r["w"] if r["w"] else None
                groups.setdefault((r["a"], r["b"]), {})[r["p"]] = (r["n"], raw)
            periods = []
            current = first
            while current <= last:
                periods.append(current.isoformat())
                current = rel.next_period(current, period)
            totals = self.dyad_totals()
            out = []
            for (a, b), by_period in groups.items():
                tension = previous = 0.0
                for p in periods:
                    previous = tension
                    n, raw = by_period.get(p, (0, None))
                    tension = (1 - rel.ALPHA) * tension + (rel.ALPHA * raw if raw is not None else 0.0)
                out.append({
                    "dyad": f"{a}-{b}", "a": a, "b": b, "events": totals.get((a, b), 0),
                    "tension": round(tension, 4), "tension_change": round(round(tension, 4) - round(previous, 4), 4),
                    "latest_period": periods[-1], "latest_events": by_period.get(periods[-1], (0, None))[0],
                })
            out.sort(key=lambda d: (-abs(d["tension_change"]), -d["latest_events"], d["dyad"]))
            return out[:top]

        return self.cached("top_dyads", compute, period, top)

    def dyad_totals(self) -> dict[tuple[str, str], int]:
        """Unique events of every unordered dyad, all periods (read from the dyad index)."""
        def compute():
            totals: dict[tuple[str, str], int] = {}
            for r in self.rows(
                "SELECT source_country, target_country, count(*) FROM unique_events WHERE source_country IS NOT NULL"
                " AND target_country IS NOT NULL GROUP BY source_country, target_country"
            ):
                if r[0] != r[1]:
                    key = (min(r[0], r[1]), max(r[0], r[1]))
                    totals[key] = totals.get(key, 0) + r[2]
            return totals

        return self.cached("dyad_totals", compute)

    def list_alerts(self, dyad: str | None = None, limit: int = 50, offset: int = 0) -> dict:
        """Tension alerts, newest period first. ``dyad``: ``"A-B"`` (either order)."""
        where = Where()
        if dyad:
            a, b = dyad.split("-")
            where.add("dyad IN (?, ?, ?, ?)", f"{a}-{b}", f"{b}-{a}", f"{a}>{b}", f"{b}>{a}")
        base = "FROM alerts" + where.sql()

        def compute():
            total = self.scalar(f"SELECT count(*) {base}", where.params)
            rows = self.rows(f"SELECT * {base} ORDER BY period_start DESC, change DESC, id DESC LIMIT ? OFFSET ?",
                             [*where.params, limit, offset])
            return {"items": [alert_dict(r) for r in rows], "total": total, "limit": limit, "offset": offset}

        return self.cached("alerts", compute, dyad, limit, offset)


def _add_functions(conn: sqlite3.Connection) -> None:
    """SQL functions for the tension index: the relations stage's mention weight and conflict weight."""
    try:
        from faultlines.relations.series import CONFLICT_WEIGHT, weight
    except ImportError:
        return
    conn.create_function("fl_weight", 1, weight, deterministic=True)
    conn.create_function("fl_conflict", 1, lambda q: CONFLICT_WEIGHT.get(q, 1.0), deterministic=True)


def alert_dict(row: sqlite3.Row) -> dict[str, Any]:
    keys = row.keys()
    item = {k: row[k] for k in keys if k not in ("event_ids", "created_at")}
    item["event_ids"] = _json_list(row["event_ids"])
    pair = re.split(r"[->]", row["dyad"] or "", maxsplit=1)
    item["a"], item["b"] = (pair[0], pair[1]) if len(pair) == 2 else (None, None)
    item["created_at"] = row["created_at"]
    return item


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


_RELATIONS_STORE = threading.local()


def _relations_or_fallback(name: str, data: WebData, fallback: Callable, *args: Any, **kwargs: Any) -> Any:
    """Call ``faultlines.relations.<name>(store, ...)`` when the relations stage and the store are installed."""
    try:
        import faultlines.relations as relations
        from faultlines.store import Store

        func = getattr(relations, name)
    except (ImportError, AttributeError):
        return fallback(data, *args, **kwargs)
    stores = getattr(_RELATIONS_STORE, "stores", None)
    if stores is None:
        stores = _RELATIONS_STORE.stores = {}
    store = stores.get(str(data.path))
    if store is None:
        store = stores[str(data.path)] = Store(data.path, readonly=True)
    return func(store, *args, **kwargs)


# -- fallbacks used until the relations stage is installed --------------------------------------------------
def _tension(goldstein_sum: float, events: int) -> float:
    """Fallback tension index: mean hostility (minus the Goldstein mean), 0 with no events."""
    return round(-goldstein_sum / events, 3) if events else 0.0


def fallback_dyad_series(data: WebData, a: str, b: str, period: str = "week", ordered: bool = False) -> list[dict]:
    ps = period_start_sql("date", period)
    if ordered:
        cond, params = "source_country = ? AND target_country = ?", [a, b]
    else:
        cond = "((source_country = ? AND target_country = ?) OR (source_country = ? AND target_country = ?))"
        params = [a, b, b, a]
    rows = data.rows(
        f"SELECT {ps} AS p, quad_class, count(*) AS n, sum(goldstein) AS g FROM unique_events"
        f" WHERE {cond} AND date IS NOT NULL GROUP BY p, quad_class ORDER BY p",
        params,
    )
    series: dict[str, dict] = {}
    for r in rows:
        item = series.setdefault(r["p"], {"period_start": r["p"], **{f"q{i}": 0 for i in range(5)},
                                          "events": 0, "goldstein_sum": 0.0})
        item[f"q{r['quad_class']}"] = r["n"]
        item["events"] += r["n"]
        item["goldstein_sum"] += r["g"] or 0.0
    out = []
    for item in series.values():
        item["goldstein_sum"] = round(item["goldstein_sum"], 3)
        item["goldstein_mean"] = round(item["goldstein_sum"] / item["events"], 3) if item["events"] else 0.0
        item["tension"] = _tension(item["goldstein_sum"], item["events"])
        out.append(item)
    return out


def fallback_top_dyads(data: WebData, period: str = "week", top: int = 10, by: str = "change") -> list[dict]:
    last = data.scalar("SELECT max(date) FROM unique_events WHERE date IS NOT NULL")
    if not last:
        return []
    ps = period_start_sql("?", period)
    step = {"day": "-1 day", "week": "-7 days", "month": "-1 month"}[period]
    current = data.scalar(f"SELECT {ps}", (last,))
    previous = data.scalar("SELECT date(?, ?)", (current, step))
    rows = data.rows(
        "SELECT min(source_country, target_country) AS a, max(source_country, target_country) AS b,"
        " date >= ? AS cur, count(*) AS n, sum(goldstein) AS g FROM unique_events"
        " WHERE date >= ? AND source_country IS NOT NULL AND target_country IS NOT NULL"
        " AND source_country != target_country GROUP BY a, b, cur",
        (current, previous),
    )
    dyads: dict[tuple, dict] = {}
    for r in rows:
        d = dyads.setdefault((r["a"], r["b"]), {"cur": (0, 0.0), "prev": (0, 0.0)})
        d["cur" if r["cur"] else "prev"] = (r["n"], r["g"] or 0.0)
    out = []
    for (a, b), d in dyads.items():
        tension = _tension(d["cur"][1], d["cur"][0])
        before = _tension(d["prev"][1], d["prev"][0])
        out.append({"dyad": f"{a}-{b}", "a": a, "b": b, "period_start": current, "events": d["cur"][0],
                    "previous_events": d["prev"][0], "tension": tension, "previous_tension": before,
                    "tension_change": round(tension - before, 3)})
    out.sort(key=lambda x: (-abs(x["tension_change"]), -x["events"], x["dyad"]))
    return out[:top]
