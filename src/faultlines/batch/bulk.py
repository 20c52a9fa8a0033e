"""The SQLite side of a bulk load (``faultlines load``): the settings it loads under, larger full-text buffers,
secondary indexes built once at the end, and inserts of many rows to a statement."""

from __future__ import annotations

import gc
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def no_cycle_collection() -> Iterator[None]:
    """Python's cycle collector paused while loading: a load makes millions of short-lived lists and values
    (rows, statement slices) and no cycles, and each full collection would walk every object of the process
    (about a tenth of a load's time). Put back as it was when the load ends."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@contextmanager
def settings(conn) -> Iterator[None]:
    """A large page cache (the load's pages stay in memory until its one commit) and the journal that writes
    them once: a store that no other connection has open goes from its WAL to a rollback journal for the load,
    synced in full, so that a crash or a power cut at any moment leaves the store as it was before the load or
    after it. A store that others hold keeps its WAL, unsynced while loading (a crash loses the load, which is
    rerun, not the store: the WAL keeps it consistent)."""
    cache, sync = (conn.execute(f"PRAGMA {p}").fetchone()[0] for p in ("cache_size", "synchronous"))
    conn.execute("PRAGMA cache_size = -262144")
    journal = _rollback_journal(conn)
    conn.execute(f"PRAGMA synchronous = {'FULL' if journal else 'OFF'}")
    try:
        yield
    finally:
        if journal:
            _restore_journal(conn, journal)
        conn.execute(f"PRAGMA cache_size = {int(cache)}")
        conn.execute(f"PRAGMA synchronous = {int(sync)}")


def _restore_journal(conn, mode: str) -> None:
    try:
        conn.execute(f"PRAGMA journal_mode = {mode}")
    except sqlite3.OperationalError:
        # a reader that opened the store meanwhile still holds it after the busy timeout: the load is committed
        # all the same, and the next connection that opens the store for writing puts the WAL back
        pass


def _rollback_journal(conn) -> str | None:
    """Switch a store that no other connection has open from its WAL to a rollback journal for the load, and
    return the mode to restore (None where another connection holds it: the load then goes through the WAL).
    Pages a load adds past the end of the file need no journal, so its rows are written once, to the file,
    instead of to the WAL and then again by the checkpoint (into a new store, about all of them); only the
    pages it changes go to the journal first, and a failed load rolls back from it."""
    mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
    if mode != "wal":
        return None
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
    except sqlite3.OperationalError:  # "database is locked": a reader or another writer has the store open
        return None
    return mode


#: The full-text indexes a load fills, and how many bytes of terms each gathers in memory before it writes a
#: segment while loading (FTS5's ``hashsize``, 1 MiB by default): fewer, larger segments to write and merge,
#: about a third less time for the articles' index.
_FTS_TABLES = ("articles_fts", "quotes_fts", "events_fts")
_FTS_HASHSIZE = 16 * 2**20
_FTS_DEFAULT_HASHSIZE = 2**20


@contextmanager
def fts_buffers(conn) -> Iterator[None]:
    """Larger in-memory buffers for the full-text indexes while loading, put back as they were when the load
    ends (inside the caller's transaction: the index holds the same terms, in fewer segments)."""
    saved = {}
    for table in _FTS_TABLES:
        row = conn.execute(f"SELECT v FROM {table}_config WHERE k = 'hashsize'").fetchone()
        saved[table] = row[0] if row else _FTS_DEFAULT_HASHSIZE
        conn.execute(f"INSERT INTO {table}({table}, rank) VALUES ('hashsize', ?)", (_FTS_HASHSIZE,))
    try:
        yield
    finally:
        for table, size in saved.items():
            conn.execute(f"INSERT INTO {table}({table}, rank) VALUES ('hashsize', ?)", (size,))


#: Secondary indexes of the tables a load fills (the UNIQUE constraints stay: the load relies on them).
_REBUILT = ("documents", "articles", "events", "unique_events", "actors", "quotes", "minhash_bands")


@contextmanager
def indexes_rebuilt(conn, large: bool) -> Iterator[None]:
    """For a load larger than the store it goes into: drop the secondary indexes of the tables it fills and build
    them again at the end (one sort each instead of an index insert per row). Inside the caller's transaction."""
    if not large:
        yield
        return
    marks = ",".join("?" * len(_REBUILT))
    saved = conn.execute(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN ({marks}) AND sql IS NOT NULL",
        _REBUILT,
    ).fetchall()
    for name, _ in saved:
        conn.execute(f"DROP INDEX {name}")
    try:
        yield
    finally:
        for _, sql in saved:
            conn.execute(sql)


def insert_rows(conn, head: str, columns: list[list], per_statement: int = 50) -> None:
    """``executemany`` of ``head VALUES (...)`` with the rows of ``columns`` (lists of equal length), with
    ``per_statement`` rows to a statement: a fraction of the calls into SQLite per row (10-30% faster on these
    tables). The values are laid out row by row in one list, sliced per statement (no tuple per row); the rows
    go in in their order."""
    width, count = len(columns), len(columns[0])
    flat = [None] * (width * count)
    for k, column in enumerate(columns):
        flat[k::width] = column  # a column of another length raises ValueError
    one = f"({', '.join('?' * width)})"
    step, whole = width * per_statement, (count - count % per_statement) * width
    conn.executemany(f"{head} VALUES {', '.join([one] * per_statement)}",
                     [flat[i : i + step] for i in range(0, whole, step)])
    conn.executemany(f"{head} VALUES {one}", [flat[i : i + width] for i in range(whole, len(flat), width)])
