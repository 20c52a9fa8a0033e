"""Opening the SQLite store: WAL mode, foreign keys, busy timeout, numbered migrations.

Migrations are the files ``store/migrations/NNN_name.sql``, applied in order inside one transaction each; the
schema version is SQLite's ``PRAGMA user_version`` (the number of the last file applied).
"""

from __future__ import annotations

import math
import re
import sqlite3
from importlib import resources
from pathlib import Path

from faultlines.model import FaultlinesError

BUSY_TIMEOUT_S = 30.0
_MIGRATION_NAME = re.compile(r"^(\d+)_[\w-]+\.sql$")


def migrations() -> list[tuple[int, str]]:
    """``(version, sql)`` for every migration file shipped with the package, in order."""
    folder = resources.files("faultlines.store") / "migrations"
    found = []
    for entry in folder.iterdir():
        match = _MIGRATION_NAME.match(entry.name)
        if match:
            found.append((int(match.group(1)), entry.read_text(encoding="utf-8")))
    return sorted(found)


def latest_version() -> int:
    return migrations()[-1][0]


def split_statements(sql: str) -> list[str]:
    """Split a script into complete statements (trigger bodies stay whole)."""
    statements, current = [], ""
    for line in sql.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            if current.strip() and not _only_comments(current):
                statements.append(current.strip())
            current = ""
    if current.strip() and not _only_comments(current):
        statements.append(current.strip())
    return statements


def _only_comments(text: str) -> bool:
    return all(not line.strip() or line.strip().startswith("--") for line in text.splitlines())


def connect(path: str | Path, readonly: bool = False) -> sqlite3.Connection:
    """Open the store (creating and migrating it unless ``readonly``) in autocommit mode.

    Writers use explicit ``BEGIN IMMEDIATE`` / ``COMMIT``. A read-only connection opens ``file:...?mode=ro``
    so that a reader (the web server) never blocks or alters a store that an ingest is writing.
    """
    path = Path(path)
    if readonly:
        if not path.exists():
            raise FaultlinesError(f"no store at {path} (run `faultlines ingest` first, or pass --db)")
        uri = f"file:{path.resolve().as_posix()}?mode=ro"
        conn = sqlite3.connect(
            uri, uri=True, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
        )
    else:
        if path.parent and not path.parent.exists():
            raise FaultlinesError(f"cannot create store {path}: folder {path.parent} does not exist")
        conn = sqlite3.connect(
            str(path), timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
        )
    conn.row_factory = sqlite3.Row
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        conn.execute("PRAGMA foreign_keys = ON")
        _math_functions(conn)
        if readonly:
            _check_version(conn, path)
        else:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            migrate(conn)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise FaultlinesError(f"cannot open store {path}: {exc}") from None
    except FaultlinesError:
        conn.close()
        raise
    return conn


def _math_functions(conn: sqlite3.Connection) -> None:
    """``ln`` and ``pow`` for the aggregate triggers and the tension query, where SQLite lacks its math functions."""
    try:
        conn.execute("SELECT ln(2), pow(2, 2)").fetchone()
    except sqlite3.OperationalError:
        conn.create_function("ln", 1, math.log, deterministic=True)
        conn.create_function("pow", 2, math.pow, deterministic=True)


class OutdatedStore(FaultlinesError):
    """A store written by an older faultlines, opened read-only: opening it for writing once upgrades it."""


def _check_version(conn: sqlite3.Connection, path: Path) -> None:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version == 0:
        raise FaultlinesError(f"{path} is not a faultlines store (or is empty)")
    if version < latest_version():
        raise OutdatedStore(
            f"store {path} has schema version {version}, this faultlines needs {latest_version()}: "
            "open it once for writing (e.g. `faultlines ingest`) to upgrade it"
        )


def _fill_dyad_summaries(conn: sqlite3.Connection) -> None:
    """Every dyad's summary, from the aggregates (the dyads noted in ``dyad_dirty`` by migration 5 and any since)."""
    from faultlines.store.aggregates import refresh_dyads

    refresh_dyads(conn)
    conn.execute("DELETE FROM dyad_dirty")


def _rehash_bands(conn: sqlite3.Connection) -> None:
    """Every stored article's MinHash bands, hashed again from its signature (migration 7)."""
    from faultlines.store.stories import insert_bands

    rows = conn.execute("SELECT id, minhash FROM articles WHERE minhash IS NOT NULL AND shingles > 0").fetchall()
    insert_bands(conn, [r[0] for r in rows], [r[1] for r in rows])


#: Steps in Python that complete a migration, in its transaction (the summaries need the tension formula).
#: Migration 5's summaries are written by migration 6's step, which follows it (its columns exist only then).
AFTER_MIGRATION = {6: _fill_dyad_summaries, 7: _rehash_bands}


def migrate(conn: sqlite3.Connection) -> int:
    """Apply the pending migrations, each in its own transaction; return the resulting schema version."""
    for version, sql in migrations():
        conn.execute("BEGIN IMMEDIATE")
        try:
            current = conn.execute("PRAGMA user_version").fetchone()[0]
            if version <= current:
                conn.execute("COMMIT")
                continue
            for statement in split_statements(sql):
                conn.execute(statement)
            if version in AFTER_MIGRATION:
                AFTER_MIGRATION[version](conn)
            conn.execute(f"PRAGMA user_version = {version}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return conn.execute("PRAGMA user_version").fetchone()[0]
