"""Event de-duplication, run by the store on every write: many reports of one real-world event become one
unique event with a mention count.

Every stored event mention (table ``events``) points to one row of ``unique_events``. A new mention joins an
existing unique event when they agree on

  * the source and target country and the source and target *actor code* — country + role (``"RUSGOV"``, so
    "Putin", "the Kremlin" and "Moscow" agree) or the actor id when the actor has no country;
  * the full CAMEO code (and so its root);
  * and either the story: the existing event is reported by an article of the same story cluster (a
    republished or near-duplicate copy), whatever the dates; or the date: the dates are at most
    ``DATE_WINDOW_DAYS`` apart (the nearest one wins).

Otherwise it starts a new unique event dated by this mention. ``mentions`` counts the mentions (GDELT's
NumMentions), ``num_articles`` the distinct articles and ``num_sources`` the distinct sites. Counts are
recomputed from the mentions whenever an article is stored, updated or removed, so they never drift.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

DATE_WINDOW_DAYS = 1


def actor_code(key: str | None, country: str | None, role: str | None) -> str | None:
    """GDELT-style actor code: ``"RUSGOV"`` for a Russian government actor, else the actor id."""
    if country:
        return f"{country}{role or ''}"
    return key


def event_key(row: sqlite3.Row | dict, date: str | None, story_id: int | None) -> str:
    """Readable identity of a unique event (stored in ``unique_events.event_key``)."""
    when = date or f"undated@story{story_id}"
    return "|".join(
        str(part or "")
        for part in (
            when,
            row["source_country"],
            row["target_country"],
            row["cameo"],
            actor_code(row["source_key"], row["source_country"], row["source_role"]),
            actor_code(row["target_key"], row["target_country"], row["target_role"]),
        )
    )


_MATCH = """
SELECT u.id FROM unique_events u
WHERE u.source_country IS ? AND u.target_country IS ? AND u.cameo = ? AND u.source_code IS ? AND u.target_code IS ?
"""


def _find(conn: sqlite3.Connection, row: sqlite3.Row, story_id: int | None) -> int | None:
    src = actor_code(row["source_key"], row["source_country"], row["source_role"])
    tgt = actor_code(row["target_key"], row["target_country"], row["target_role"])
    base = (row["source_country"], row["target_country"], row["cameo"], src, tgt)
    order = "ORDER BY abs(julianday(u.date) - julianday(?)), u.id LIMIT 1"
    if story_id is not None:
        found = conn.execute(
            _MATCH + " AND EXISTS (SELECT 1 FROM events e JOIN articles a ON a.id = e.article_id"
            " WHERE e.unique_event_id = u.id AND a.story_id = ?) " + order,
            (*base, story_id, row["date"]),
        ).fetchone()
        if found:
            return found[0]
    if row["date"]:
        window = f"{DATE_WINDOW_DAYS} days"
        found = conn.execute(
            _MATCH + " AND u.date BETWEEN date(?, '-' || ?) AND date(?, '+' || ?) " + order,
            (*base, row["date"], window, row["date"], window, row["date"]),
        ).fetchone()
        if found:
            return found[0]
    return None


def link_article(conn: sqlite3.Connection, article_id: int) -> set[int]:
    """Attach every event mention of the article to its unique event (creating those that are new)."""
    story_id = conn.execute("SELECT story_id FROM articles WHERE id = ?", (article_id,)).fetchone()[0]
    touched: set[int] = set()
    rows = conn.execute(
        "SELECT * FROM events WHERE article_id = ? AND excluded IS NULL ORDER BY seq", (article_id,)
    ).fetchall()
    for row in rows:
        unique_id = _find(conn, row, story_id)
        if unique_id is None:
            unique_id = _create(conn, row, story_id)
        conn.execute("UPDATE events SET unique_event_id = ? WHERE id = ?", (unique_id, row["id"]))
        touched.add(unique_id)
    recount(conn, touched)
    return touched


def _create(conn: sqlite3.Connection, row: sqlite3.Row, story_id: int | None) -> int:
    key = event_key(row, row["date"], story_id)
    suffix = 0
    while conn.execute("SELECT 1 FROM unique_events WHERE event_key = ?", (key,)).fetchone():
        suffix += 1
        key = f"{event_key(row, row['date'], story_id)}#{suffix}"
    cur = conn.execute(
        "INSERT INTO unique_events(event_key, date, source_country, target_country, cameo, root, quad_class,"
        " goldstein, mentions, first_event_id, source_code, target_code, num_articles, num_sources)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, 1, 1)",
        (
            key,
            row["date"],
            row["source_country"],
            row["target_country"],
            row["cameo"],
            row["root"],
            row["quad_class"],
            row["goldstein"],
            row["id"],
            actor_code(row["source_key"], row["source_country"], row["source_role"]),
            actor_code(row["target_key"], row["target_country"], row["target_role"]),
        ),
    )
    return cur.lastrowid


def unique_ids_of(conn: sqlite3.Connection, article_id: int) -> set[int]:
    """The unique events that the article's mentions point to (call before deleting its events)."""
    return {
        r[0]
        for r in conn.execute(
            "SELECT DISTINCT unique_event_id FROM events WHERE article_id = ? AND unique_event_id IS NOT NULL",
            (article_id,),
        )
    }


def recount(conn: sqlite3.Connection, unique_ids: Iterable[int]) -> None:
    """Recompute mentions/articles/sources of these unique events; drop those left without mentions."""
    for unique_id in unique_ids:
        row = conn.execute(
            "SELECT count(*), count(DISTINCT e.article_id), count(DISTINCT coalesce(a.site, e.article_id)),"
            " min(e.id) FROM events e JOIN articles a ON a.id = e.article_id WHERE e.unique_event_id = ?",
            (unique_id,),
        ).fetchone()
        if not row[0]:
            conn.execute("DELETE FROM unique_events WHERE id = ?", (unique_id,))
            continue
        conn.execute(
            "UPDATE unique_events SET mentions = ?, num_articles = ?, num_sources = ?, first_event_id = ?,"
            " date = coalesce((SELECT date FROM events WHERE id = ?), date) WHERE id = ?",
            (row[0], row[1], row[2], row[3], row[3], unique_id),
        )
