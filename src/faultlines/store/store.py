"""The :class:`Store`: one SQLite file holding documents, articles, story clusters, actors, quotes and events."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from faultlines.model import Document, Input
from faultlines.store import queries
from faultlines.store.aggregates import refresh_dirty
from faultlines.store.db import connect
from faultlines.store.writer import save_document


class Store:
    """The faultlines store (SQLite, WAL mode, FTS5), used as ``with Store(path) as store: ...``.

    ``readonly=True`` opens the file read-only (``file:...?mode=ro``): it must exist and be migrated; readers
    never block an ingest that writes at the same time. Otherwise the file is created and migrated as needed.
    """

    def __init__(self, path: str | Path, readonly: bool = False) -> None:
        self.path = Path(path)
        self.readonly = readonly
        self.conn: sqlite3.Connection = connect(self.path, readonly=readonly)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing ---------------------------------------------------------------------------------------------

    def save(self, doc: Document, content_hash: str) -> str:
        """Store one analysed document in one transaction; return what happened.

        ``"stored"`` a new article; ``"updated"`` the same input (URL, else path) with a new ``content_hash``:
        its article, actors, quotes and events are replaced; ``"unchanged"`` same input and hash, nothing
        written; ``"duplicate"`` a new input whose article is a near-duplicate or republication of a stored
        story: stored, and linked into that story (its events count as further mentions of the same unique
        events); ``"failed"`` the document carries an extraction error (``doc.error``) or no article: nothing
        stored. A failure while writing rolls the whole document back and raises ``FaultlinesError``.
        """
        return save_document(self.conn, doc, content_hash)

    def refresh_summaries(self) -> int:
        """Rewrite the dyad summaries that writes since the last refresh left out of date (one transaction);
        readers compute those dyads afresh meanwhile, so this only keeps their work small."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            written = refresh_dirty(self.conn)
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        return written

    def is_unchanged(self, input: Input, content_hash: str) -> bool:
        """True when this input (URL, else path) is stored with this content hash: ``save`` would return
        ``"unchanged"``, so an ingest may skip analysing the page at all."""
        key = input.url or input.path
        if not key:
            return False
        row = self.conn.execute("SELECT content_hash FROM documents WHERE input_key = ?", (key,)).fetchone()
        return row is not None and row[0] == content_hash

    # -- reading: the read API of faultlines.store.queries on this store's connection -------------------------

    def stats(self) -> dict[str, Any]:
        """Counts of documents, articles, stories, actors, quotes, events, unique_events, alerts and dyads."""
        return queries.stats(self.conn)

    def search_articles(self, q: str, **filters: Any) -> list[dict[str, Any]]:
        """Full-text search; see :func:`faultlines.store.read_articles.search_articles` (its items)."""
        return queries.search_articles(self.conn, q, **filters)["items"]

    def get_article(self, article_id: int) -> dict[str, Any] | None:
        """One article with its actors, quotes, events and story; see :func:`queries.get_article`."""
        return queries.get_article(self.conn, article_id)

    def list_articles(self, **filters: Any) -> list[dict[str, Any]]:
        """Articles newest first with counts; see :func:`queries.list_articles`."""
        return queries.list_articles(self.conn, **filters)

    def list_quotes(self, **filters: Any) -> list[dict[str, Any]]:
        """Quotes with speakers; see :func:`queries.list_quotes` (its items)."""
        return queries.list_quotes(self.conn, **filters)["items"]

    def list_actors(self, **filters: Any) -> list[dict[str, Any]]:
        """Actors across articles; see :func:`queries.list_actors` (its items)."""
        return queries.list_actors(self.conn, **filters)["items"]

    def list_events(self, **filters: Any) -> list[dict[str, Any]]:
        """Events, newest first (one per unique event by default); see :func:`queries.list_events` (its items)."""
        return queries.list_events(self.conn, **filters)["items"]
