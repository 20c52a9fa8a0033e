"""The web server's access to the store: one read-only connection per worker thread and a cache of answers that
holds for one version of the store files. Every question is answered by the store's read API
(:mod:`faultlines.store.queries`), the same functions the CLI calls, so both give the same answer in the same order.

The server opens the SQLite file read-only, so an ingest may write meanwhile (WAL). ``FAULTLINES_WEB_CACHE=0``
turns this cache off together with the response cache (every answer computed afresh).
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from faultlines.model import FaultlinesError
from faultlines.store import queries
from faultlines.store.db import connect
from faultlines.web.cache import cache_enabled

MAX_LIMIT = 500
#: Snippet marks the pages turn into <mark> (control characters: never in article text).
SNIPPET_OPEN, SNIPPET_CLOSE = "\x02", "\x03"


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
    """The store as the pages and the API read it: ``data.ask("list_events", dyad="KAZ-RUS")`` runs
    ``faultlines.store.queries.list_events`` on this thread's connection (through the cache)."""

    def __init__(self, db_path: str | os.PathLike) -> None:
        self.path = Path(db_path)
        if not self.path.is_file():
            raise FaultlinesError(f"{self.path}: no such store (run `faultlines ingest` first)")
        self._local = threading.local()
        self._cache = _Cache() if cache_enabled() else None
        _ = self.conn  # open once now, so a broken file fails at start-up, not on the first request

    @property
    def conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            try:
                conn = connect(self.path, readonly=True)
                conn.execute("PRAGMA query_only = 1")
                conn.execute("PRAGMA cache_size = -32000")
                conn.execute("PRAGMA mmap_size = 268435456")
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

    def ask(self, question: str, **args: Any) -> Any:
        """The answer of ``faultlines.store.queries.<question>(conn, **args)``, cached for this store version."""
        func = getattr(queries, question)
        if self._cache is None:
            return func(self.conn, **args)
        key = (question, tuple(sorted(args.items())), self.version())
        return self._cache.get(key, lambda: func(self.conn, **args))

    def search_articles(self, **args: Any) -> dict[str, Any]:
        """:func:`queries.search_articles` with ``snippet`` plain and ``snippet_marked`` for the pages."""
        found = self.ask("search_articles", mark=(SNIPPET_OPEN, SNIPPET_CLOSE), **args)
        items = []
        for item in found["items"]:
            marked = item["snippet"]
            plain = marked.replace(SNIPPET_OPEN, "").replace(SNIPPET_CLOSE, "")
            items.append({**item, "snippet": plain, "snippet_marked": marked})
        return {**found, "items": items}
