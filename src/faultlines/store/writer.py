"""Writing one document to the store, in one transaction.

``save_document`` returns ``"stored"`` (new), ``"updated"`` (same input, changed content: its article, actors,
quotes and events replaced), ``"unchanged"`` (same input and content hash: nothing written), ``"duplicate"``
(new, but a near-duplicate or republication of a stored story: stored and linked into that story) or
``"failed"`` (the document carries an extraction error or no article: nothing stored).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from datetime import UTC, date, datetime

from faultlines.model import Document, FaultlinesError
from faultlines.store import aggregates, dedup, stories

ARTICLE_COLUMNS = (
    "title",
    "dek",
    "authors",
    "published",
    "site",
    "url",
    "language",
    "sections",
    "republished_from",
    "image_credits",
    "paragraphs",
    "body",
    "related",
    "minhash",
    "shingles",
)


def content_hash(text: str) -> str:
    """The content hash of a decoded page (sha256 of its text), which tells an unchanged page from a new one."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def document_key(doc: Document, content_hash: str) -> str:
    """Identity of a document: its URL, else its path (else its content hash)."""
    return doc.input.url or doc.input.path or f"sha256:{content_hash}"


def save_document(conn: sqlite3.Connection, doc: Document, content_hash: str) -> str:
    if doc.error or doc.article is None:
        return "failed"
    key = document_key(doc, content_hash)
    try:
        if _stored_hash(conn, key) == content_hash:
            return "unchanged"
    except sqlite3.Error as exc:
        raise FaultlinesError(f"cannot store {key}: {exc}") from None
    sig = stories.signature(doc.article.body)  # computed before taking the write lock
    try:
        conn.execute("BEGIN IMMEDIATE")
        status = _save(conn, doc, content_hash, key, sig)
        conn.execute("COMMIT")
    except BaseException as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if isinstance(exc, sqlite3.Error):
            raise FaultlinesError(f"cannot store {key}: {exc}") from None
        raise
    return status


def _stored_hash(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT content_hash FROM documents WHERE input_key = ?", (key,)).fetchone()
    return row[0] if row else None


def _save(conn: sqlite3.Connection, doc: Document, content_hash: str, key: str, sig) -> str:
    now = datetime.now(UTC).isoformat(timespec="seconds")
    row = conn.execute("SELECT id, content_hash FROM documents WHERE input_key = ?", (key,)).fetchone()
    if row is not None and row["content_hash"] == content_hash:
        return "unchanged"  # stored meanwhile by another writer
    values = article_values(doc, sig)
    if row is not None:
        document_id = row["id"]
        conn.execute(
            "UPDATE documents SET kind = ?, path = ?, url = ?, content_hash = ?, fetched = ?, ingested_at = ?"
            " WHERE id = ?",
            (doc.input.kind, doc.input.path, doc.input.url, content_hash, doc.fetched, now, document_id),
        )
        article_id = _replace_article(conn, document_id, values)
    else:
        cur = conn.execute(
            "INSERT INTO documents(input_key, kind, path, url, content_hash, fetched, ingested_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (key, doc.input.kind, doc.input.path, doc.input.url, content_hash, doc.fetched, now),
        )
        document_id = cur.lastrowid
        cur = conn.execute(
            f"INSERT INTO articles(document_id, {', '.join(ARTICLE_COLUMNS)})"
            f" VALUES (?, {', '.join('?' * len(ARTICLE_COLUMNS))})",
            (document_id, *values),
        )
        article_id = cur.lastrowid
    stories.index_signature(conn, article_id, sig)
    joined = cluster(conn, article_id, doc, sig)
    _insert_actors(conn, article_id, doc)
    _insert_quotes(conn, article_id, doc)
    _insert_events(conn, article_id, doc)
    dedup.link_article(conn, article_id)
    aggregates.refresh_dirty(conn)  # the summaries of the dyads this document changed, in its transaction
    if row is not None:
        return "updated"
    return "duplicate" if joined else "stored"


def article_values(doc: Document, sig) -> tuple:
    a = doc.article
    return (
        a.title,
        a.dek,
        json.dumps(a.authors, ensure_ascii=False),
        a.published,
        a.site,
        a.url or doc.input.url,
        a.language,
        json.dumps(a.sections, ensure_ascii=False),
        a.republished_from,
        json.dumps(a.image_credits, ensure_ascii=False),
        json.dumps(a.paragraphs, ensure_ascii=False),
        a.body,
        json.dumps([t.to_dict() for t in a.related], ensure_ascii=False),
        stories.to_blob(sig),
        sig.size if sig is not None else 0,
    )


def _replace_article(conn: sqlite3.Connection, document_id: int, values: tuple) -> int:
    """Empty the stored article of a re-fetched document and write its new fields; returns its id."""
    article_id, old_story = conn.execute(
        "SELECT id, story_id FROM articles WHERE document_id = ?", (document_id,)
    ).fetchone()
    old_unique = dedup.unique_ids_of(conn, article_id)
    for table in ("events", "quotes", "actors"):
        conn.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
    dedup.recount(conn, old_unique)
    assignments = ", ".join(f"{c} = ?" for c in ARTICLE_COLUMNS)
    conn.execute(f"UPDATE articles SET {assignments}, story_id = NULL WHERE id = ?", (*values, article_id))
    if old_story is not None:
        resize_story(conn, old_story)
    return article_id


def cluster(conn: sqlite3.Connection, article_id: int, doc: Document, sig) -> bool:
    """Put the article into its story (merging stories it bridges); True when it joined an existing one."""
    found = stories.find_story(conn, article_id, doc.article, sig)
    if not found:
        cur = conn.execute(
            "INSERT INTO stories(title, first_seen, size) VALUES (?, ?, 1)",
            (doc.article.title, doc.article.published),
        )
        conn.execute("UPDATE articles SET story_id = ? WHERE id = ?", (cur.lastrowid, article_id))
        return False
    story_id, *others = found
    for other in others:
        conn.execute("UPDATE articles SET story_id = ? WHERE story_id = ?", (story_id, other))
        conn.execute("DELETE FROM stories WHERE id = ?", (other,))
    conn.execute("UPDATE articles SET story_id = ? WHERE id = ?", (story_id, article_id))
    resize_story(conn, story_id)
    return True


def resize_story(conn: sqlite3.Connection, story_id: int) -> None:
    size, first_seen = conn.execute(
        "SELECT count(*), min(published) FROM articles WHERE story_id = ?", (story_id,)
    ).fetchone()
    if size == 0:
        conn.execute("DELETE FROM stories WHERE id = ?", (story_id,))
    else:
        conn.execute("UPDATE stories SET size = ?, first_seen = ? WHERE id = ?", (size, first_seen, story_id))


#: Columns of the per-article rows below (the store's column names, also the batch dataset's).
ACTOR_FIELDS = ("actor_key", "name", "kind", "country", "role", "mentions", "spans")
QUOTE_FIELDS = (
    "seq", "text", "kind", "speaker_key", "speaker_name", "speaker_country", "speaker_role", "cue",
    "paragraph", "start", "end",
)
EVENT_FIELDS = (
    "seq", "source_key", "source_name", "source_country", "source_role", "target_key", "target_name",
    "target_country", "target_role", "cameo", "root", "quad_class", "goldstein", "plover", "date", "paragraph",
    "sentence", "start", "end", "rule", "explanation", "confidence", "mode", "date_basis", "excluded",
)


def actor_rows(doc: Document) -> list[tuple]:
    """The document's actors as rows of :data:`ACTOR_FIELDS`."""
    return [
        (
            a.id,
            a.name,
            a.kind,
            a.country,
            a.role,
            a.mentions,
            json.dumps([s.to_dict() for s in a.spans], ensure_ascii=False),
        )
        for a in doc.actors
    ]


def quote_rows(doc: Document) -> list[tuple]:
    """The document's quotes as rows of :data:`QUOTE_FIELDS`."""
    rows = []
    for seq, q in enumerate(doc.quotes):
        s = q.speaker
        rows.append(
            (
                seq,
                q.text,
                q.kind,
                s.id if s else None,
                s.name if s else None,
                s.country if s else None,
                s.role if s else None,
                q.cue,
                q.paragraph,
                q.start,
                q.end,
            )
        )
    return rows


def insert_sql(table: str, fields: tuple[str, ...]) -> str:
    """``INSERT INTO table(article_id, fields...) VALUES (?, ...)`` (``end`` quoted)."""
    return f"{insert_head(table, fields)} VALUES ({', '.join('?' * (len(fields) + 1))})"


def insert_head(table: str, fields: tuple[str, ...]) -> str:
    """``INSERT INTO table(article_id, fields...)``, the part of :func:`insert_sql` before its values."""
    names = ", ".join(f'"{f}"' if f == "end" else f for f in fields)
    return f"INSERT INTO {table}(article_id, {names})"


def _insert_actors(conn: sqlite3.Connection, article_id: int, doc: Document) -> None:
    conn.executemany(insert_sql("actors", ACTOR_FIELDS), [(article_id, *r) for r in actor_rows(doc)])


def _insert_quotes(conn: sqlite3.Connection, article_id: int, doc: Document) -> None:
    conn.executemany(insert_sql("quotes", QUOTE_FIELDS), [(article_id, *r) for r in quote_rows(doc)])


def _day(timestamp: str | None) -> str | None:
    """The date part of an ISO timestamp (the fetch date dates events of an undated article)."""
    if not timestamp or len(timestamp) < 10:
        return None
    try:
        return date.fromisoformat(timestamp[:10]).isoformat()
    except ValueError:
        return None


def event_date(event, doc: Document) -> tuple[str | None, str | None]:
    """An event's date and where it came from: the date its sentence names, else the article's publication date,
    else the crawl or fetch date of a WARC record, feed entry or URL (``fetched``); else undated."""
    published = doc.article.published if doc.article else None
    if event.date and event.date != published:
        return event.date, "sentence"
    if published:
        return published, "published"
    if doc.input.kind in ("warc", "feed", "url") and _day(doc.fetched):
        return _day(doc.fetched), "fetched"
    return None, None


def event_rows(doc: Document) -> list[tuple]:
    """The document's events as rows of :data:`EVENT_FIELDS`, with their date (see :func:`event_date`) and why
    each is kept out of the counts (null when it counts)."""
    from faultlines.relations.series import series_exclusion

    rows = []
    for seq, e in enumerate(doc.events):
        s, t = e.source, e.target
        day, basis = event_date(e, doc)
        excluded = series_exclusion(e)
        rows.append(
            (
                seq,
                s.id if s else None,
                s.name if s else None,
                s.country if s else None,
                s.role if s else None,
                t.id if t else None,
                t.name if t else None,
                t.country if t else None,
                t.role if t else None,
                e.cameo,
                (e.cameo or "")[:2],
                e.quad_class,
                e.goldstein,
                e.plover,
                day,
                e.paragraph,
                e.sentence,
                e.start,
                e.end,
                e.rule,
                e.explanation + (f" Kept out of the dyad series: {excluded}." if excluded else ""),
                e.confidence,
                e.mode,
                basis,
                excluded,
            )
        )
    return rows


def _insert_events(conn: sqlite3.Connection, article_id: int, doc: Document) -> None:
    conn.executemany(insert_sql("events", EVENT_FIELDS), [(article_id, *r) for r in event_rows(doc)])
