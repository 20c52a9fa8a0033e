"""The whole-batch step: from the per-input parts to the finished Parquet dataset.

Story clusters, event de-duplication, dyad series and alerts need every document of the batch, so they run once
all inputs are done, with the store's own code on a scratch SQLite file (``OUT/_work/relations.db``, removed
afterwards) that holds only what they read: each article's title, site, date, provenance and MinHash signature
(computed by the workers, as the store computes it) and the columns of its events that de-duplication reads. Articles go through it in input order
(inputs sorted by path, pages in file order), exactly as ``ingest`` would store them, through
:func:`faultlines.store.writer.cluster` and :func:`faultlines.store.dedup.link_article`; the dyad series are
:func:`faultlines.relations.series.build_series` and the alerts :func:`faultlines.relations.alerts.compute`. So a
story carried by ten sites is one story, its events count once, and the figures equal the store's.

A document seen in several inputs (the same URL crawled twice) is kept once: its last version in input order.
The finished tables are written aside and swapped in, so a dataset is always whole; rerunning rebuilds them
from the parts (nothing is written twice).
"""

from __future__ import annotations

import json
import shutil
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from faultlines.batch import schema
from faultlines.batch.worker import DONE, PARTS, to_table
from faultlines.model import Article, Document, Input
from faultlines.relations import alerts
from faultlines.relations import series as s
from faultlines.store import dedup, stories
from faultlines.store.db import connect
from faultlines.store.read_dyads import unique_events
from faultlines.store.writer import cluster, insert_sql

MANIFEST = "_batch.json"
WORK = "_work"
#: Articles per transaction on the scratch store.
CHUNK = 500
#: The event columns that de-duplication and the relations formulas read (the rest stay in the Parquet parts).
_DEDUP_FIELDS = (
    "seq", "source_key", "source_country", "source_role", "target_key", "target_country", "target_role", "cameo",
    "root", "quad_class", "goldstein", "date", "paragraph", "start", "end", "excluded",
)
_RELATE_COLUMNS = (
    "doc_id", "input_key", "kind", "path", "input_url", "content_hash", "fetched", "title", "published", "site",
    "republished_from", "minhash", "shingles",
)


def done_inputs(out: Path) -> list[tuple[str, Path]]:
    """``(input path, parts folder)`` of every finished input of the dataset, sorted by path."""
    found = []
    for marker in sorted((out / DONE).glob("*.json")):
        try:
            path = json.loads(marker.read_text(encoding="utf-8"))["input"]
        except (OSError, ValueError, KeyError):
            continue
        parts = out / PARTS / marker.stem
        if parts.is_dir():
            found.append((path, parts))
    return sorted(found)


def build(out: Path) -> dict[str, int]:
    """(Re)build the finished dataset under ``out`` from its parts; returns the row count of every table."""
    inputs = done_inputs(out)
    owner = _latest_owner(inputs)
    work = out / WORK
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    conn = connect(work / "relations.db")
    try:
        conn.execute("PRAGMA synchronous = OFF")
        article_of, story_of = _relate(conn, inputs, owner)
        tables = {
            "stories": _stories(conn),
            "unique_events": _unique_events(conn),
            "dyads": dyad_rows(conn),
            "alerts": alert_rows(conn),
        }
        counts = _write(out, work / "new", inputs, owner, story_of, lambda ids: _unique_ids(conn, article_of, ids), tables)
    finally:
        conn.close()
    shutil.rmtree(work, ignore_errors=True)
    manifest = {"format": "faultlines-batch", "version": 1, "inputs": len(inputs), **counts}
    manifest["built_at"] = datetime.now(UTC).isoformat(timespec="seconds")
    (out / MANIFEST).write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    return counts


def _latest_owner(inputs: list[tuple[str, Path]]) -> dict[str, int]:
    """For each document, the index of the last input that holds it (that version is the one kept)."""
    owner: dict[str, int] = {}
    for index, (_, parts) in enumerate(inputs):
        for did in pq.read_table(parts / "articles.parquet", columns=["doc_id"]).column(0).to_pylist():
            owner[did] = index
    return owner


def _relate(conn, inputs, owner) -> tuple[dict[str, int], dict[str, int]]:
    """Put every kept article and its events through the store's clustering and de-duplication, in order;
    returns ``doc_id -> scratch article id`` and ``doc_id -> story id``."""
    article_of: dict[str, int] = {}
    conn.execute("BEGIN")
    for index, (_, parts) in enumerate(inputs):
        articles = pq.read_table(parts / "articles.parquet", columns=list(_RELATE_COLUMNS)).to_pylist()
        events = defaultdict(list)
        for row in pq.read_table(parts / "events.parquet", columns=["doc_id", *_DEDUP_FIELDS]).to_pylist():
            events[row["doc_id"]].append(tuple(row[f] for f in _DEDUP_FIELDS))
        for a in articles:
            if owner.get(a["doc_id"]) != index:
                continue
            article_of[a["doc_id"]] = _relate_article(conn, a, events.get(a["doc_id"], []))
            if len(article_of) % CHUNK == 0:
                conn.execute("COMMIT")
                conn.execute("BEGIN")
    conn.execute("COMMIT")
    doc_of = {article: did for did, article in article_of.items()}
    story_of = {doc_of[i]: story for i, story in conn.execute("SELECT id, story_id FROM articles")}
    return article_of, story_of


def _unique_ids(conn, article_of: dict[str, int], doc_ids: list[str]) -> dict[tuple[str, int], int]:
    """``(doc_id, seq) -> unique event id`` for the events of these documents."""
    wanted = {article_of[d]: d for d in set(doc_ids) if d in article_of}
    found, ids = {}, list(wanted)
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        for article_id, seq, unique_id in conn.execute(
            f"SELECT article_id, seq, unique_event_id FROM events WHERE article_id IN ({', '.join('?' * len(chunk))})",
            chunk,
        ):
            found[(wanted[article_id], seq)] = unique_id
    return found


def _relate_article(conn, a: dict, event_rows: list[tuple]) -> int:
    cur = conn.execute(
        "INSERT INTO documents(input_key, kind, path, url, content_hash, fetched, ingested_at)"
        " VALUES (?, ?, ?, ?, ?, ?, '')",
        (a["input_key"], a["kind"], a["path"], a["input_url"], a["content_hash"], a["fetched"]),
    )
    cur = conn.execute(
        "INSERT INTO articles(document_id, title, published, site, republished_from, minhash, shingles)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (cur.lastrowid, a["title"], a["published"], a["site"], a["republished_from"], a["minhash"], a["shingles"]),
    )
    article_id = cur.lastrowid
    sig = fingerprint(a["minhash"], a["shingles"])
    article = Article(title=a["title"], published=a["published"], site=a["site"], republished_from=a["republished_from"])
    stories.index_signature(conn, article_id, sig)
    cluster(conn, article_id, Document(input=Input(path=a["path"], url=a["input_url"]), article=article), sig)
    conn.executemany(  # the sentence stays in the parts: the store needs a value, not the text
        insert_sql("events", (*_DEDUP_FIELDS, "sentence")), [(article_id, *row, "") for row in event_rows]
    )
    dedup.link_article(conn, article_id)
    return article_id


def fingerprint(blob: bytes | None, size: int | None) -> stories.Fingerprint | None:
    """A stored signature (``minhash`` bytes and ``shingles`` count) back as a :class:`stories.Fingerprint`."""
    if blob is None or not size:
        return None
    return stories.Fingerprint(np.frombuffer(blob, dtype="<u4"), size)


def _stories(conn) -> list[tuple]:
    return [tuple(r) for r in conn.execute("SELECT id, title, first_seen, size FROM stories ORDER BY id")]


def _unique_events(conn) -> list[tuple]:
    doc_of = {r[0]: r[1] for r in conn.execute("SELECT a.id, d.input_key FROM articles a JOIN documents d"
                                                " ON d.id = a.document_id")}
    rows = []
    for r in conn.execute(
        "SELECT u.*, e.article_id AS first_article, e.seq AS first_seq FROM unique_events u"
        " LEFT JOIN events e ON e.id = u.first_event_id ORDER BY u.id"
    ):
        first_doc = schema.doc_id(doc_of[r["first_article"]]) if r["first_article"] is not None else None
        values = {**dict(r), "unique_event_id": r["id"], "first_doc_id": first_doc}
        rows.append(tuple(values[c] for c in schema.BATCH_COLUMNS["unique_events"]))
    return rows


def dyad_rows(conn) -> list[tuple]:
    """Every dyad (unordered and ordered) × period series, to the batch's latest event (as ``dyad_series``)."""
    events = unique_events(conn)
    end = max((e["day"] for e in events), default=None)
    rows = []
    for ordered in (False, True):
        for name, mine in sorted(s.group_by_dyad(events, ordered).items()):
            a, b = name.split(">") if ordered else name.split("-")
            for period in s.PERIODS:
                for row in s.build_series(mine, period, until=end):
                    values = {**row, "dyad": name, "a": a, "b": b, "ordered": ordered, "period": period}
                    values["unique_event_ids"] = row["event_ids"]
                    rows.append(tuple(values[c] for c in schema.BATCH_COLUMNS["dyads"]))
    return rows


def alert_rows(conn) -> list[tuple]:
    """The alerts the batch's events justify (:func:`faultlines.relations.alerts.compute`)."""
    rows = []
    for a in alerts.compute(unique_events(conn)):
        values = {**a, "ordered": bool(a["ordered"]), "unique_event_ids": a["event_ids"]}
        rows.append(tuple(values[c] for c in schema.BATCH_COLUMNS["alerts"]))
    return rows


def _write(out, new, inputs, owner, story_of, unique_ids, tables) -> dict[str, int]:
    shutil.rmtree(new, ignore_errors=True)
    writers: dict[tuple[str, str], pq.ParquetWriter] = {}
    counts = dict.fromkeys(schema.TABLES, 0)
    try:
        for index, (_, parts) in enumerate(inputs):
            for table in schema.PARTITIONED:
                rows = _kept(pq.read_table(parts / f"{table}.parquet"), owner, index)
                rows = _add_columns(table, rows, story_of, unique_ids)
                counts[table] += rows.num_rows
                for month in pc.unique(rows.column("month")).to_pylist():
                    chunk = rows.filter(pc.equal(rows.column("month"), month)).drop_columns(["month"])
                    key = (table, month)
                    if key not in writers:
                        folder = new / table / f"month={month}"
                        folder.mkdir(parents=True)
                        writers[key] = pq.ParquetWriter(folder / "part-0.parquet", schema.final_schema(table))
                    writers[key].write_table(chunk)
    finally:
        for writer in writers.values():
            writer.close()
    for table in schema.PARTITIONED:  # an empty table still has its folder and schema
        if not (new / table).exists():
            (new / table / "month=unknown").mkdir(parents=True)
            pq.write_table(to_table([], schema.final_schema(table)), new / table / "month=unknown" / "part-0.parquet")
    for table, rows in tables.items():
        (new / table).mkdir(parents=True)
        pq.write_table(to_table(rows, schema.final_schema(table)), new / table / "part-0.parquet")
        counts[table] = len(rows)
    for table in schema.TABLES:
        old = new.parent / f"old-{table}"
        if (out / table).exists():
            (out / table).rename(old)
        (new / table).rename(out / table)
        shutil.rmtree(old, ignore_errors=True)
    return counts


def _kept(rows: pa.Table, owner: dict[str, int], index: int) -> pa.Table:
    mask = [owner.get(d) == index for d in rows.column("doc_id").to_pylist()]
    return rows.filter(pa.array(mask, type=pa.bool_())) if not all(mask) else rows


def _add_columns(table, rows: pa.Table, story_of, unique_ids) -> pa.Table:
    if table == "articles":
        ids = [story_of.get(d) for d in rows.column("doc_id").to_pylist()]
        return rows.append_column(pa.field("story_id", pa.int64()), pa.array(ids, pa.int64()))
    if table == "events":
        docs = rows.column("doc_id").to_pylist()
        unique_of = unique_ids(docs)
        ids = [unique_of.get(k) for k in zip(docs, rows.column("seq").to_pylist(), strict=True)]
        return rows.append_column(pa.field("unique_event_id", pa.int64()), pa.array(ids, pa.int64()))
    return rows
