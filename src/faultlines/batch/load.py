"""``faultlines load``: a batch dataset into the SQLite store, in bulk, idempotently.

Documents already stored with the same content hash are left alone (loading twice stores nothing new); a stored
document whose content changed is replaced. The rest go in, in one transaction, from the dataset's columns
(the rows of the fresh documents picked in Arrow) with a few ``executemany`` calls of many rows each
(:mod:`faultlines.batch.bulk`): documents, articles (with their full text and MinHash bands, so later ingests
cluster against them), actors, quotes, events, and the batch's stories and unique events. A batch story or unique event that already has a
member in the store (from an earlier load of the same dataset) is extended rather than duplicated, and its
counts are recomputed with the store's own functions. Alerts are then refreshed from the whole store, as after
``ingest``.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds

from faultlines.batch import bulk, dataset, schema
from faultlines.model import FaultlinesError
from faultlines.store import Store, aggregates, alerts, dedup, stories
from faultlines.store.writer import (
    ACTOR_FIELDS,
    ARTICLE_COLUMNS,
    EVENT_FIELDS,
    QUOTE_FIELDS,
    insert_head,
    resize_story,
)


def arrow_table(out: Path, table: str) -> pa.Table:
    partitioning = "hive" if table in schema.PARTITIONED else None
    return ds.dataset(out / table, format="parquet", partitioning=partitioning).to_table()


def read_table(out: Path, table: str) -> list[dict]:
    """Every row of one dataset table as a dict."""
    return arrow_table(out, table).to_pylist()


def _column(table: pa.Table, name: str) -> list:
    """One column as Python values (an empty table may come without its columns: empty then)."""
    return table.column(name).to_pylist() if table.num_rows else []


def _columns(table: pa.Table, names, rows: list[bool] | None = None) -> list[list]:
    """The columns ``names`` of the rows marked in ``rows`` (all rows when None), each as Python values: the
    rows are picked in Arrow, so the values of rows a load skips are never made."""
    if rows is not None and not all(rows):
        table = table.filter(pa.array(rows, pa.bool_()))
    return [_column(table, name) for name in names]


def load(out: str | Path, db: str | Path) -> dict[str, int | float]:
    """Bring the dataset under ``out`` into the store ``db``; returns ``{"documents", "unchanged", "replaced",
    "events", "alerts", "seconds"}``."""
    start = time.perf_counter()
    out = Path(out)
    if not (out / dataset.MANIFEST).is_file():
        raise FaultlinesError(f"{out}: not a batch dataset (no {dataset.MANIFEST}; run `faultlines batch` first)")
    try:
        tables = {t: arrow_table(out, t) for t in schema.TABLES if t not in ("dyads", "alerts")}
    except (OSError, ValueError) as exc:
        raise FaultlinesError(f"{out}: cannot read the dataset ({exc})") from None
    with bulk.no_cycle_collection(), Store(db) as store, bulk.settings(store.conn):
        counts = _load(store.conn, tables)
        if counts["documents"] or counts["replaced"]:
            counts["alerts"] = alerts.refresh(store.conn)["alerts"]
        else:
            counts["alerts"] = store.conn.execute("SELECT count(*) FROM alerts").fetchone()[0]
    counts["seconds"] = round(time.perf_counter() - start, 3)
    return counts


def _load(conn, t: dict[str, pa.Table]) -> dict:
    keys, digests, docs, batch_stories = _columns(t["articles"], ("input_key", "content_hash", "doc_id", "story_id"))
    conn.execute("BEGIN IMMEDIATE")
    try:
        stored = _stored(conn, keys)
        is_fresh = [stored.get(k, (None, None))[1] != h for k, h in zip(keys, digests, strict=True)]
        fresh = {d for d, f in zip(docs, is_fresh, strict=True) if f}
        replaced = _remove(conn, [stored[k][0] for k, f in zip(keys, is_fresh, strict=True) if f and k in stored])
        kept = {d: stored[k][0] for d, k, f in zip(docs, keys, is_fresh, strict=True) if not f and k in stored}
        store_story = {}
        for doc, story in zip(docs, batch_stories, strict=True):
            if doc in kept:
                row = conn.execute("SELECT story_id FROM articles WHERE id = ?", (kept[doc],)).fetchone()
                store_story.setdefault(story, row[0])
        extended = set(store_story.values())
        events = t["events"]
        large = events.num_rows > conn.execute("SELECT n FROM row_counts WHERE name = 'events'").fetchone()[0]
        with aggregates.bulk_insert(conn), bulk.indexes_rebuilt(conn, large), bulk.fts_buffers(conn):
            ids = _insert_documents(conn, t["articles"], is_fresh, t["stories"].to_pylist(), kept, store_story)
            _insert_children(conn, "actors", ACTOR_FIELDS, t["actors"], ids, fresh)
            _insert_children(conn, "quotes", QUOTE_FIELDS, t["quotes"], ids, fresh)
            touched, loaded = _insert_events(conn, events, t["unique_events"], ids, kept, fresh)
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
        "unchanged": len(keys) - len(fresh),
        "replaced": replaced["documents"],
        "events": loaded,
    }


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


def _insert_documents(conn, table: pa.Table, is_fresh: list[bool], story_rows: list[dict], kept: dict[str, int],
                      store_story) -> dict:
    """Insert the fresh documents (``is_fresh``), their articles, MinHash bands and the stories they start
    (``store_story``: batch story -> store story, extended here); returns ``doc_id -> article id`` for every
    dataset article in the store."""
    now = datetime.now(UTC).isoformat(timespec="seconds")
    next_doc, next_article = _next_id(conn, "documents"), _next_id(conn, "articles")
    next_story = _next_id(conn, "stories")
    read = _columns(table, (*_DOCUMENT_READ, *ARTICLE_COLUMNS), is_fresh)
    (docs, batch_story, titles, published, *document), values = read[:len(_DOCUMENT_READ)], read[len(_DOCUMENT_READ):]
    doc_ids, article_ids = range(next_doc, next_doc + len(docs)), range(next_article, next_article + len(docs))
    stories_by_id = {s["story_id"]: s for s in story_rows}
    new_stories, story_of = [], []
    for story, title, first_seen in zip(batch_story, titles, published, strict=True):
        if story not in store_story:
            store_story[story] = next_story + len(new_stories)
            s = stories_by_id.get(story) or {"title": title, "first_seen": first_seen, "size": 1}
            new_stories.append((store_story[story], s["title"], s["first_seen"], s["size"]))
        story_of.append(store_story[story])
    conn.executemany("INSERT INTO stories(id, title, first_seen, size) VALUES (?, ?, ?, ?)", new_stories)
    conn.executemany(
        "INSERT INTO documents(id, input_key, kind, path, url, content_hash, fetched, ingested_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        zip(doc_ids, *document, [now] * len(docs), strict=True),
    )
    # the full-text index in one pass, not row by row through the insert trigger (about 3x faster); the
    # trigger is put back in the same transaction
    trigger = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'articles_ai'").fetchone()
    if trigger:
        conn.execute("DROP TRIGGER articles_ai")
    conn.executemany(
        f"INSERT INTO articles(id, document_id, story_id, {', '.join(ARTICLE_COLUMNS)})"
        f" VALUES (?, ?, ?, {', '.join('?' * len(ARTICLE_COLUMNS))})",
        zip(article_ids, doc_ids, story_of, *values, strict=True),
    )
    if trigger:
        conn.execute(
            "INSERT INTO articles_fts(rowid, title, body) SELECT id, title, body FROM articles WHERE id >= ?",
            (next_article,),
        )
        conn.execute(trigger[0])
    minhash, shingles = values[ARTICLE_COLUMNS.index("minhash")], values[ARTICLE_COLUMNS.index("shingles")]
    _insert_bands(conn, [(a, blob) for a, blob, size in zip(article_ids, minhash, shingles, strict=True)
                         if blob and size])
    return {**kept, **dict(zip(docs, article_ids, strict=True))}


def _insert_bands(conn, signatures: list[tuple[int, bytes]]) -> None:
    """The MinHash bands of ``(article id, minhash bytes)``, hashed all at once and inserted in key order
    (:func:`stories.band_rows`), many rows to a statement."""
    ids, blobs = [a for a, _ in signatures], [blob for _, blob in signatures]
    bulk.insert_rows(conn, "INSERT OR IGNORE INTO minhash_bands(band, hash, article_id)", stories.band_rows(ids, blobs))


#: The columns of a dataset article that make its ``documents`` row (after the ones that place it in a story).
_DOCUMENT_READ = ("doc_id", "story_id", "title", "published",
                  "input_key", "kind", "path", "input_url", "content_hash", "fetched")


def _in(table: pa.Table, docs: set[str]) -> list[bool] | None:
    """Which rows of a per-document table belong to the documents ``docs``."""
    if not table.num_rows:
        return None
    found = pc.is_in(table.column("doc_id"), value_set=pa.array(sorted(docs), pa.string()))
    return found.to_pylist()


def _insert_children(conn, table, fields, rows: pa.Table, ids, fresh: set[str]) -> None:
    """The rows of the documents stored now (``fresh``), in dataset order, from the dataset's columns."""
    docs, *values = _columns(rows, ("doc_id", *fields), _in(rows, fresh))
    bulk.insert_rows(conn, insert_head(table, fields), [[ids[d] for d in docs], *values])


def _insert_events(conn, table: pa.Table, unique_table: pa.Table, ids, kept, fresh: set[str]) -> tuple[set[int], int]:
    """Insert the events of the documents stored now (``fresh``) and their unique events; returns the stored
    unique events to recount and the number of events inserted."""
    docs, seqs, uniques = _columns(table, ("doc_id", "seq", "unique_event_id"))
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
    picked = [doc in fresh for doc in docs]
    chosen = [n for n, p in enumerate(picked) if p]
    event_id = {(docs[n], seqs[n]): next_event + k for k, n in enumerate(chosen)}
    wanted = {uniques[n] for n in chosen} - set(store_unique)
    batch_ids, keys, first_docs, first_seqs, *copied = _columns(unique_table, _UNIQUE_READ)
    new_unique = []
    taken = _taken_keys(conn, [k for u, k in zip(batch_ids, keys, strict=True) if u in wanted])
    for batch_id, event_key, first_doc, first_seq, *values in zip(batch_ids, keys, first_docs, first_seqs, *copied,
                                                                  strict=True):
        if batch_id not in wanted:
            continue
        store_unique[batch_id] = uid = next_unique + len(new_unique)
        key, suffix = event_key, 0
        while key in taken:
            suffix += 1
            key = f"{event_key}#{suffix}"
        taken.add(key)
        first = event_id.get((first_doc, first_seq))
        if first is None:
            touched.add(uid)  # its first mention is stored already: recounted
        new_unique.append((uid, key, first, *values))
    conn.executemany(
        f"INSERT INTO unique_events(id, event_key, first_event_id, {', '.join(_UNIQUE_COPIED)})"
        f" VALUES (?, ?, ?, {', '.join('?' * len(_UNIQUE_COPIED))})",
        new_unique,
    )
    values = _columns(table, EVENT_FIELDS, picked)
    bulk.insert_rows(
        conn,
        insert_head("events", ("id", *EVENT_FIELDS, "unique_event_id")),
        [[ids[docs[n]] for n in chosen], list(range(next_event, next_event + len(chosen))), *values,
         [store_unique.get(uniques[n]) for n in chosen]],
    )
    return touched, len(chosen)


_UNIQUE_COPIED = (
    "date", "source_country", "target_country", "cameo", "root", "quad_class", "goldstein", "mentions",
    "num_articles", "num_sources", "source_code", "target_code",
)
_UNIQUE_READ = ("unique_event_id", "event_key", "first_doc_id", "first_seq", *_UNIQUE_COPIED)


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


