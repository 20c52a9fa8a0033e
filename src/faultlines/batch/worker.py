"""The one function every engine maps over: :func:`process_file`, one input file in, Parquet parts out.

It reads every page of the file (one for an HTML page or text dump, thousands for a WARC), runs the pipeline on
each, and writes the rows of the four per-document tables under ``OUT/_parts/<input id>/`` (written aside, then
renamed into place), then the input's done-marker ``OUT/_done/<input id>.json`` with the file's content hash and
counts. A rerun finds the marker and skips the file unless its content changed, so a killed job loses only the
inputs in flight, and an input's rows are replaced as a whole, never written twice.

The models live in importable modules (:mod:`faultlines.pipeline`, :mod:`faultlines.nlp.engine`), so a worker
process loads them once, on its first input, and keeps them for every later one (a cache in a script's globals
would be shipped and reloaded with every task). A page that fails, or whose analysis raises, is counted and
named in ``failures``; a truncated or damaged WARC keeps the pages before the damage and reports the damage.
"""

from __future__ import annotations

import gc
import hashlib
import json
import os
import shutil
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from faultlines.batch import schema
from faultlines.model import Document
from faultlines.store import stories
from faultlines.store.writer import (
    actor_rows,
    article_values,
    content_hash,
    document_key,
    event_rows,
    quote_rows,
)

PARTS, DONE = "_parts", "_done"


@dataclass
class FileResult:
    """What :func:`process_file` did with one input. ``status``: ``done``, ``skipped`` (done before, same
    content) or ``failed`` (nothing written: the file could not be read, or held no page at all)."""

    input: str
    status: str = "done"
    content_hash: str | None = None
    records: int = 0
    documents: int = 0
    events: int = 0
    records_failed: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0
    worker_pid: int = 0
    worker_peak_mb: float = 0.0


def input_id(path: str) -> str:
    """A short stable name for an input file (from its absolute path)."""
    return hashlib.sha256(os.path.abspath(path).encode("utf-8", "surrogatepass")).hexdigest()[:24]


def marker_path(out: str | Path, path: str) -> Path:
    return Path(out) / DONE / f"{input_id(path)}.json"


def parts_dir(out: str | Path, path: str) -> Path:
    return Path(out) / PARTS / input_id(path)


def read_marker(out: str | Path, path: str) -> dict | None:
    try:
        return json.loads(marker_path(out, path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def file_hash(path: str) -> str:
    with open(path, "rb") as stream:
        return "sha256:" + hashlib.file_digest(stream, "sha256").hexdigest()


def process_file(path: str, out: str) -> FileResult:
    """Analyse every page of the input file ``path`` and write its Parquet parts and done-marker under ``out``."""
    start = time.perf_counter()
    path = os.path.abspath(path)
    result = _process(path, out)
    result.seconds = round(time.perf_counter() - start, 3)
    result.worker_pid = os.getpid()
    result.worker_peak_mb = _peak_mb()
    return result


def _process(path: str, out: str) -> FileResult:
    from faultlines.pipeline import STAGES, _analyze_safely, warm_up
    from faultlines.sources import SourceFailure, read_file

    result = FileResult(input=path)
    try:
        result.content_hash = file_hash(path)
    except OSError as exc:
        return _failed(result, f"cannot read file ({exc.strerror or exc})")
    marker = read_marker(out, path)
    if marker and marker.get("content_hash") == result.content_hash and parts_dir(out, path).is_dir():
        result.status = "skipped"
        for key in ("records", "documents", "events", "records_failed"):
            setattr(result, key, int(marker.get(key) or 0))
        return result
    warm_up(STAGES)
    if not gc.get_freeze_count():  # the models stay: keep the collector's full passes off their objects
        gc.freeze()
    docs: dict[str, dict[str, list[tuple]]] = {}  # doc_id -> its rows (a later copy replaces an earlier one)
    problems: list[tuple[str, str]] = []
    for item in read_file(path):
        if isinstance(item, SourceFailure):
            problems.append((item.name, item.reason))
            continue
        doc = _analyze_safely(item, STAGES)
        name = doc.input.url or f"{path}#{result.records}"
        result.records += 1
        if doc.error or doc.article is None:
            result.records_failed += 1
            result.failures.append((name, doc.error or "no article found in the page"))
            continue
        did, doc_rows = document_rows(doc, path, result.records - 1, content_hash(item.text))
        docs.pop(did, None)
        docs[did] = doc_rows
    if not result.records:
        reason = "; ".join(reason for _, reason in problems) or "no pages in the file"
        return _failed(result, reason)
    result.records_failed += len(problems)  # a damaged WARC tail: the pages before it are kept
    result.failures += problems
    rows = {table: [row for doc_rows in docs.values() for row in doc_rows[table]] for table in schema.PART_COLUMNS}
    result.documents, result.events = len(docs), len(rows["events"])
    _write_parts(out, path, rows)
    _write_marker(out, path, result)
    return result


def _failed(result: FileResult, reason: str) -> FileResult:
    result.status = "failed"
    result.failures = [(result.input, reason)]
    return result


def document_rows(doc: Document, path: str, record: int, page_hash: str) -> tuple[str, dict[str, list[tuple]]]:
    """``(doc_id, {table: rows})``: one analysed document as rows of the part tables."""
    key = document_key(doc, page_hash)
    did = schema.doc_id(key)
    a = doc.article
    month = schema.month_of(a.published, doc.fetched)
    sig = stories.signature(a.body)
    document = (did, path, record, key, doc.input.kind, doc.input.path, doc.input.url, page_hash, doc.fetched)
    date_at = schema.PART_COLUMNS["events"].index("date") - 1
    return did, {
        "articles": [(*document, *article_values(doc, sig), month)],
        "actors": [(did, seq, *row, month) for seq, row in enumerate(actor_rows(doc))],
        "quotes": [(did, *row, month) for row in quote_rows(doc)],
        "events": [(did, *row, schema.month_of(row[date_at], month)) for row in event_rows(doc)],
    }


def _write_parts(out: str, path: str, rows: dict[str, list[tuple]]) -> None:
    final = parts_dir(out, path)
    aside = final.with_name(f"{final.name}.tmp-{os.getpid()}")
    shutil.rmtree(aside, ignore_errors=True)
    aside.mkdir(parents=True)
    for table, table_rows in rows.items():
        pq.write_table(to_table(table_rows, schema.part_schema(table)), aside / f"{table}.parquet")
    shutil.rmtree(final, ignore_errors=True)  # an earlier version of this input (its content changed)
    os.replace(aside, final)


def to_table(rows: list[tuple], table_schema: pa.Schema) -> pa.Table:
    """Rows (tuples in the schema's column order) as an Arrow table."""
    columns = list(zip(*rows, strict=True)) if rows else [()] * len(table_schema)
    return pa.Table.from_arrays(
        [pa.array(list(col), type=f.type) for col, f in zip(columns, table_schema, strict=True)],
        schema=table_schema,
    )


def _write_marker(out: str, path: str, result: FileResult) -> None:
    target = marker_path(out, path)
    target.parent.mkdir(parents=True, exist_ok=True)
    data = {k: v for k, v in asdict(result).items() if k not in ("worker_pid", "worker_peak_mb", "status")}
    aside = target.with_name(f"{target.name}.tmp-{os.getpid()}")
    aside.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(aside, target)


def _peak_mb() -> float:
    """Peak resident memory of this process so far, in MB (0 where the platform does not say)."""
    try:
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    except (ImportError, OSError):
        return 0.0
    return round(peak / 1024 / (1024 if os.uname().sysname == "Darwin" else 1), 1)
