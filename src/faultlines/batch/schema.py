"""The columns of the batch dataset (stable: documented in the README, read by ``faultlines load``).

Per-document tables use the store's column names (:mod:`faultlines.store.writer`), so a dataset row and a store
row say the same thing. ``doc_id`` (the first 20 hex digits of the sha256 of the document's key: its URL, else
its path) joins them; ``seq`` numbers a document's actors, quotes and events. ``articles``, ``actors``,
``quotes`` and ``events`` are partitioned by month (``month=YYYY-MM`` folders, ``month=unknown`` for undated
documents); the others are one file each.
"""

from __future__ import annotations

import hashlib
import re

import pyarrow as pa

from faultlines.store.writer import ACTOR_FIELDS, ARTICLE_COLUMNS, EVENT_FIELDS, QUOTE_FIELDS

#: Where a document came from (the store's ``documents`` table; its ``url`` is ``input_url`` here).
DOCUMENT_FIELDS = ("doc_id", "input", "record", "input_key", "kind", "path", "input_url", "content_hash", "fetched")

_INT32 = {"record", "shingles", "mentions", "paragraph", "start", "end", "seq", "size", "events", "num_articles",
          "num_sources", "q0", "q1", "q2", "q3", "q4", "first_seq"}
_INT64 = {"story_id", "unique_event_id"}
_FLOAT = {"goldstein", "confidence", "goldstein_sum", "goldstein_mean", "raw_tension", "tension", "value",
          "baseline", "change", "delta"}
_TYPES = {
    **dict.fromkeys(_INT32, pa.int32()),
    **dict.fromkeys(_INT64, pa.int64()),
    **dict.fromkeys(_FLOAT, pa.float64()),
    "minhash": pa.binary(),
    "quad_class": pa.int8(),
    "ordered": pa.bool_(),
    "unique_event_ids": pa.list_(pa.int64()),
}

#: Columns each worker writes per input (``month`` only names the partition folder in the final dataset).
PART_COLUMNS: dict[str, tuple[str, ...]] = {
    "articles": (*DOCUMENT_FIELDS, *ARTICLE_COLUMNS, "month"),
    "actors": ("doc_id", "seq", *ACTOR_FIELDS, "month"),
    "quotes": ("doc_id", *QUOTE_FIELDS, "month"),
    "events": ("doc_id", *EVENT_FIELDS, "month"),
}
#: Columns the whole-batch step adds to the per-document tables.
ADDED_COLUMNS = {"articles": ("story_id",), "events": ("unique_event_id",)}
#: The whole-batch tables.
BATCH_COLUMNS: dict[str, tuple[str, ...]] = {
    "stories": ("story_id", "title", "first_seen", "size"),
    "unique_events": (
        "unique_event_id", "event_key", "date", "source_country", "target_country", "cameo", "root", "quad_class",
        "goldstein", "mentions", "num_articles", "num_sources", "source_code", "target_code", "first_doc_id",
        "first_seq",
    ),
    "dyads": (
        "dyad", "a", "b", "ordered", "period", "period_start", "q0", "q1", "q2", "q3", "q4", "events", "mentions",
        "goldstein_sum", "goldstein_mean", "raw_tension", "tension", "unique_event_ids",
    ),
    "alerts": (
        "dyad", "ordered", "period", "period_start", "value", "baseline", "change", "delta", "events",
        "unique_event_ids",
    ),
}
PARTITIONED = tuple(PART_COLUMNS)
TABLES = (*PARTITIONED, *BATCH_COLUMNS)


def schema(columns: tuple[str, ...]) -> pa.Schema:
    return pa.schema([(c, _TYPES.get(c, pa.string())) for c in columns])


def part_schema(table: str) -> pa.Schema:
    return schema(PART_COLUMNS[table])


def final_schema(table: str) -> pa.Schema:
    """The columns of a table in the finished dataset (without the ``month`` partition column)."""
    if table in BATCH_COLUMNS:
        return schema(BATCH_COLUMNS[table])
    columns = [c for c in PART_COLUMNS[table] if c != "month"]
    return schema((*columns, *ADDED_COLUMNS.get(table, ())))


def doc_id(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:20]


_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])")


def month_of(*dates: str | None) -> str:
    """``YYYY-MM`` of the first of ``dates`` that starts with a valid year and month, else ``"unknown"``."""
    for text in dates:
        match = _MONTH.match(text or "")
        if match:
            return match.group(0)
    return "unknown"
