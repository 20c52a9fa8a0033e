"""The :class:`Store`: one SQLite file holding documents, articles, story clusters, actors, quotes and events."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from faultlines.model import Document, Input
from faultlines.store import queries
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

    def is_unchanged(self, input: Input, content_hash: str) -> bool:
        """True when this input (URL, else path) is stored with this content hash: ``save`` would return
        ``"unchanged"``, so an ingest may skip analysing the page at all."""
        key = input.url or input.path
        if not key:
            return False
        row = self.conn.execute("SELECT content_hash FROM documents WHERE input_key = ?", (key,)).fetchone()
        return row is not None and row[0] == content_hash

    # -- reading (see faultlines.store.queries for the shapes) ---------------------------------------------

    def stats(self) -> dict[str, int]:
        """Counts of documents, articles, stories, actors, quotes, events, unique_events and alerts."""
        return queries.stats(self.conn)

    def search_articles(
        self,
        q: str,
        site: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int | None = 20,
        offset: int | None = 0,
        mark: tuple[str, str] = ("[", "]"),
    ) -> list[dict[str, Any]]:
        """FTS5 search over titles and bodies; see :func:`faultlines.store.queries.search_articles`."""
        return queries.search_articles(self.conn, q, site, since, until, limit, offset, mark)

    def get_article(self, article_id: int) -> dict[str, Any] | None:
        """One article with its actors, quotes, events and story; see :func:`queries.get_article`."""
        return queries.get_article(self.conn, article_id)

    def list_articles(
        self,
        site: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int | None = 50,
        offset: int | None = 0,
    ) -> list[dict[str, Any]]:
        """Articles newest first with counts; see :func:`queries.list_articles`."""
        return queries.list_articles(self.conn, site, since, until, limit, offset)

    def list_quotes(
        self,
        speaker: str | None = None,
        country: str | None = None,
        limit: int | None = 100,
        offset: int | None = 0,
        article_id: int | None = None,
    ) -> list[dict[str, Any]]:
        """Quotes with speakers; see :func:`queries.list_quotes`."""
        return queries.list_quotes(self.conn, speaker, country, limit, offset, article_id)

    def list_actors(
        self,
        country: str | None = None,
        role: str | None = None,
        kind: str | None = None,
        name: str | None = None,
        limit: int | None = 100,
        offset: int | None = 0,
    ) -> list[dict[str, Any]]:
        """Actors aggregated across articles; see :func:`queries.list_actors`."""
        return queries.list_actors(self.conn, country, role, kind, name, limit, offset)

    def list_events(
        self,
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
        """Events (one per unique event by default); see :func:`queries.list_events`."""
        return queries.list_events(
            self.conn,
            source,
            target,
            dyad,
            cameo,
            quad_class,
            since,
            until,
            limit,
            offset,
            unique,
            article_id,
            low_confidence,
        )
