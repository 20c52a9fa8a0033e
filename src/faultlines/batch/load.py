"""``faultlines load``: a batch dataset into the SQLite store, in bulk, idempotently.

Documents already stored with the same content hash are left alone (loading twice stores nothing new); a stored
document whose content changed is replaced. The rest go in with a few ``executemany`` calls in one transaction:
documents, articles (with their full text and MinHash bands, so later ingests cluster against them), actors,
quotes, events, and the batch's stories and unique events. A batch story or unique event that already has a
member in the store (from an earlier load of the same dataset) is extended rather than duplicated, and its
counts are recomputed with the store's own functions. Alerts are then refreshed from the whole store, as after
``ingest``.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import pyarrow.dataset as ds

from faultlines.batch import dataset, schema
from faultlines.model import FaultlinesError
from faultlines.store import Store, aggregates, alerts, dedup, stories
from faultlines.store.writer import (
    ACTOR_FIELDS,
    ARTICLE_COLUMNS,
    EVENT_FIELDS,
    QUOTE_FIELDS,
    insert_sql,
    resize_story,
)


def arrow_table(out: Path, table: str):
    partitioning = "hive" if table in schema.PARTITIONED else None
    return ds.dataset(out / table, format="parquet", partitioning=partitioning).to_table()


def read_table(out: Path, table: str) -> list[dict]:
    """Every row of one dataset table as a dict."""
    return arrow_table(out, table).to_pylist()


def read_columns(out: Path, table: str) -> dict[str, list]:
    """One dataset table as ``{column: values}`` (a load makes its rows from the columns: no dict per row)."""
    found = arrow_table(out, table)
    # an empty table may come without its columns: every column reads as empty then
    return defaultdict(list, {name: found.column(name).to_pylist() for name in found.column_names})


def _rows(columns: dict[str, list]) -> list[dict]:
    names = list(columns)
    return [dict(zip(names, values, strict=True)) for values in zip(*columns.values(), strict=True)]


def load(out: str | Path, db: str | Path) -> dict[str, int | float]:
    """Bring the dataset under ``out`` into the store ``db``; returns ``{"documents", "unchanged", "replaced",
    "events", "alerts", "seconds"}``."""
    start = time.perf_counter()
    out = Path(out)
    if not (out / dataset.MANIFEST).is_file():
        raise FaultlinesError(f"{out}: not a batch dataset (no {dataset.MANIFEST}; run `faultlines batch` first)")
    try:
        tables = {t: read_columns(out, t) for t in schema.TABLES if t not in ("dyads", "alerts")}
    except (OSError, ValueError) as exc:
        raise FaultlinesError(f"{out}: cannot read the dataset ({exc})") from None
    with Store(db) as store, _bulk_pragmas(store.conn):
        counts = _load(store.conn, tables)
        if counts["documents"] or counts["replaced"]:
            counts["alerts"] = alerts.refresh(store.conn)["alerts"]
        else:
            counts["alerts"] = store.conn.execute("SELECT count(*) FROM alerts").fetchone()[0]
    counts["seconds"] = round(time.perf_counter() - start, 3)
    return counts


def _load(conn, t: dict[str, dict[str, list]]) -> dict:
    articles = _rows(t["articles"])
    conn.execute("BEGIN IMMEDIATE")
    try:
        stored = _stored(conn, [a["input_key"] for a in articles])
        fresh = [a for a in articles if stored.get(a["input_key"], (None, None))[1] != a["content_hash"]]
        replaced = _remove(conn, [stored[a["input_key"]][0] for a in fresh if a["input_key"] in stored])
        kept = {a["doc_id"]: stored[a["input_key"]][0] for a in articles if a["input_key"] in stored}
        kept = {d: doc for d, doc in kept.items() if d not in {a["doc_id"] for a in fresh}}
        store_story = {}
        for a in articles:
            if a["doc_id"] in kept:
                row = conn.execute("SELECT story_id FROM articles WHERE id = ?", (kept[a["doc_id"]],)).fetchone()
                store_story.setdefault(a["story_id"], row[0])
        extended = set(store_story.values())
        events = t["events"]
        large = len(events["doc_id"]) > conn.execute("SELECT n FROM row_counts WHERE name = 'events'").fetchone()[0]
        with aggregates.bulk_insert(conn), _indexes_rebuilt(conn, large):
            ids = _insert_documents(conn, fresh, _rows(t["stories"]), kept, store_story)
            new_ids = {d for d in ids if d not in kept}
            _insert_children(conn, "actors", ACTOR_FIELDS, t["actors"], ids, new_ids)
            _insert_children(conn, "quotes", QUOTE_FIELDS, t["quotes"], ids, new_ids)
            touched, loaded = _insert_events(conn, events, _rows(t["unique_events"]), ids, kept, new_ids)
        dedup.recount(conn, touched | replaced["unique"])
        aggregates.refresh_dirty(conn)
        for story in sorted(replaced["stories"] | extended):
            resize_story(conn, story)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return {
        "documents": len(fresh),
        "unchanged": len(articles) - len(fresh),
        "replaced": replaced["documents"],
        "events": loaded,
    }


@contextmanager
def _bulk_pragmas(conn) -> Iterator[None]:
    """A large page cache (the load's pages stay in memory until its one commit) and no syncing of the WAL while
    loading (a crash loses the load, which is rerun, not the store: the WAL keeps it consistent)."""
    cache, sync = (conn.execute(f"PRAGMA {p}").fetchone()[0] for p in ("cache_size", "synchronous"))
    conn.execute("PRAGMA cache_size = -262144")
    conn.execute("PRAGMA synchronous = OFF")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {int(cache)}")
        conn.execute(f"PRAGMA synchronous = {int(sync)}")


#: Secondary indexes of the tables a load fills (the UNIQUE constraints stay: the load relies on them).
_REBUILT = ("events", "unique_events", "actors", "quotes", "minhash_bands")


@contextmanager
def _indexes_rebuilt(conn, large: bool) -> Iterator[None]:
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


def _stored(conn, keys: list[str]) -> dict[str, tuple[int, str]]:
    """``input_key -> (article id, content hash)`` of the keys already in the store."""
    found = {}
    for i in range(0, len(keys), 500):
        chunk = keys[i : i + 500]
        for key, article_id, digest in conn.execute(
            "SELECT d.input_key, a.id, d.content_hash FROM documents d JOIN articles a ON a.document_id = d.id"
            f" WHERE d.input_key IN ({', '.join('?' * len(chunk))})",
            chunk,
        ):
            found[key] = (article_id, digest)
    return found


def _remove(conn, article_ids: list[int]) -> dict:
    """Delete stored documents whose content changed; returns what must be recounted."""
    unique, story_ids = set(), set()
    for article_id in article_ids:
        unique |= dedup.unique_ids_of(conn, article_id)
        story_ids.add(conn.execute("SELECT story_id FROM articles WHERE id = ?", (article_id,)).fetchone()[0])
        conn.execute("DELETE FROM documents WHERE id = (SELECT document_id FROM articles WHERE id = ?)", (article_id,))
    return {"unique": unique, "stories": {s for s in story_ids if s is not None}, "documents": len(article_ids)}


def _next_id(conn, table: str) -> int:
    return conn.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()[0]


def _insert_documents(conn, fresh: list[dict], story_rows: list[dict], kept: dict[str, int], store_story) -> dict:
    """Insert documents, articles, their MinHash bands and the stories they start (``store_story``: batch story
    -> store story, extended here); returns ``doc_id -> article id`` for every dataset article in the store."""
    now = datetime.now(UTC).isoformat(timespec="seconds")
    next_doc, next_article = _next_id(conn, "documents"), _next_id(conn, "articles")
    next_story = _next_id(conn, "stories")
    stories_by_id = {s["story_id"]: s for s in story_rows}
    new_stories, ids = [], dict(kept)
    docs, articles, bands = [], [], []
    for n, a in enumerate(fresh):
        batch_story = a["story_id"]
        if batch_story not in store_story:
            store_story[batch_story] = next_story + len(new_stories)
            s = stories_by_id.get(batch_story) or {"title": a["title"], "first_seen": a["published"], "size": 1}
            new_stories.append((store_story[batch_story], s["title"], s["first_seen"], s["size"]))
        doc_id, article_id = next_doc + n, next_article + n
        ids[a["doc_id"]] = article_id
        docs.append((doc_id, a["input_key"], a["kind"], a["path"], a["input_url"], a["content_hash"], a["fetched"], now))
        articles.append((article_id, doc_id, store_story[batch_story], *(a[c] for c in ARTICLE_COLUMNS)))
        sig = dataset.fingerprint(a["minhash"], a["shingles"])
        if sig is not None:
            bands += [(article_id, band, value) for band, value in stories.band_hashes(sig)]
    conn.executemany("INSERT INTO stories(id, title, first_seen, size) VALUES (?, ?, ?, ?)", new_stories)
    conn.executemany(
        "INSERT INTO documents(id, input_key, kind, path, url, content_hash, fetched, ingested_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        docs,
    )
    # the full-text index in one pass, not row by row through the insert trigger (about 3x faster); the
    # trigger is put back in the same transaction
    trigger = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'articles_ai'").fetchone()
    if trigger:
        conn.execute("DROP TRIGGER articles_ai")
    conn.executemany(
        f"INSERT INTO articles(id, document_id, story_id, {', '.join(ARTICLE_COLUMNS)})"
        f" VALUES (?, ?, ?, {', '.join('?' * len(ARTICLE_COLUMNS))})",
        articles,
    )
    if trigger:
        conn.execute(
            "INSERT INTO articles_fts(rowid, title, body) SELECT id, title, body FROM articles WHERE id >= ?",
            (next_article,),
        )
        conn.execute(trigger[0])
    # in the order of the table's key (band, hash, article): appended to its b-tree rather than scattered over it
    bands.sort(key=lambda r: (r[1], r[2], r[0]))
    conn.executemany("INSERT OR IGNORE INTO minhash_bands(article_id, band, hash) VALUES (?, ?, ?)", bands)
    return ids


def _insert_children(conn, table, fields, columns: dict[str, list], ids, new_ids) -> None:
    """The rows of the documents stored now (``new_ids``), in dataset order, from the dataset's columns."""
    rows = zip(columns["doc_id"], *(columns[c] for c in fields), strict=True)
    conn.executemany(insert_sql(table, fields), ((ids[r[0]], *r[1:]) for r in rows if r[0] in new_ids))


def _insert_events(conn, columns: dict[str, list], unique_rows, ids, kept, new_ids) -> tuple[set[int], int]:
    """Insert the events of the documents stored now and their unique events; returns the stored unique events to
    recount and the number of events inserted."""
    docs, seqs, uniques = columns["doc_id"], columns["seq"], columns["unique_event_id"]
    store_unique: dict[int, int] = {}
    for doc, seq, unique in zip(docs, seqs, uniques, strict=True):
        # a unique event already stored through one of its mentions: extend it
        if doc in kept and unique not in store_unique:
            row = conn.execute(
                "SELECT unique_event_id FROM events WHERE article_id = ? AND seq = ?", (kept[doc], seq)
            ).fetchone()
            if row and row[0] is not None:
                store_unique[unique] = row[0]
    touched = set(store_unique.values())
    next_event, next_unique = _next_id(conn, "events"), _next_id(conn, "unique_events")
    chosen = [n for n, doc in enumerate(docs) if doc in new_ids]
    event_id = {(docs[n], seqs[n]): next_event + k for k, n in enumerate(chosen)}
    wanted = {uniques[n] for n in chosen} - set(store_unique)
    new_unique, firsts = [], []
    taken = _taken_keys(conn, [u["event_key"] for u in unique_rows if u["unique_event_id"] in wanted])
    for u in unique_rows:
        if u["unique_event_id"] not in wanted:
            continue
        store_unique[u["unique_event_id"]] = uid = next_unique + len(new_unique)
        key, suffix = u["event_key"], 0
        while key in taken:
            suffix += 1
            key = f"{u['event_key']}#{suffix}"
        taken.add(key)
        new_unique.append((uid, key, *(u[c] for c in _UNIQUE_COPIED)))
        first = event_id.get((u["first_doc_id"], u["first_seq"]))
        if first is not None:
            firsts.append((first, uid))
        else:
            touched.add(uid)
    conn.executemany(
        f"INSERT INTO unique_events(id, event_key, {', '.join(_UNIQUE_COPIED)})"
        f" VALUES (?, ?, {', '.join('?' * len(_UNIQUE_COPIED))})",
        new_unique,
    )
    fields = ("id", *EVENT_FIELDS, "unique_event_id")
    values = [columns[c] for c in EVENT_FIELDS]
    conn.executemany(
        insert_sql("events", fields),
        [(ids[docs[n]], next_event + k, *(v[n] for v in values), store_unique.get(uniques[n]))
         for k, n in enumerate(chosen)],
    )
    conn.executemany("UPDATE unique_events SET first_event_id = ? WHERE id = ?", firsts)
    return touched, len(chosen)


_UNIQUE_COPIED = (
    "date", "source_country", "target_country", "cameo", "root", "quad_class", "goldstein", "mentions",
    "num_articles", "num_sources", "source_code", "target_code",
)


def _taken_keys(conn, keys: list[str]) -> set[str]:
    taken = set()
    for i in range(0, len(keys), 500):
        chunk = keys[i : i + 500]
        taken |= {
            r[0]
            for r in conn.execute(
                f"SELECT event_key FROM unique_events WHERE event_key IN ({', '.join('?' * len(chunk))})", chunk
            )
        }
    return taken


def summary_line(counts: dict) -> str:
    return (
        f"loaded {counts['documents']} documents ({counts['events']} events), unchanged {counts['unchanged']}, "
        f"replaced {counts['replaced']}; alerts {counts['alerts']} in {counts['seconds']:.2f} s"
    )


