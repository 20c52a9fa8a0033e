"""The ingest use case: read every input, run the pipeline on each page and store the result, one transaction
per document; then refresh the tension alerts. Each input that fails is reported on one line
(``faultlines: INPUT: reason``); the others are stored. The CLI's ``ingest`` and ``demo`` call :func:`ingest`.
"""

from __future__ import annotations

import sqlite3
import sys
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from faultlines.model import Document, FaultlinesError, Page
from faultlines.sources import SourceFailure, SourceStats, read_inputs

OUTCOMES = ("stored", "updated", "unchanged", "duplicate", "failed")


@dataclass
class IngestSummary:
    """What one ingest did: outcome counts, skipped WARC records and the analysed documents' figures."""

    counts: Counter = field(default_factory=Counter)
    skipped_records: int = 0
    documents: list[Document] = field(default_factory=list)

    def line(self) -> str:
        c = self.counts
        return (
            f"stored {c['stored']}, updated {c['updated']}, unchanged {c['unchanged']}, "
            f"duplicates {c['duplicate']}, failed {c['failed']}, skipped records {self.skipped_records}"
        )


def ingest(
    specs: Iterable[str],
    *,
    db,
    feeds: Iterable[str] = (),
    workers: int = 1,
    allow_private: bool = False,
    keep_documents: bool = False,
    report: Callable[[str], None] | None = None,
) -> IngestSummary:
    """Read, analyse and store every input; failures go to ``report`` (stderr by default), one line each."""
    from faultlines.pipeline import analyze_many
    from faultlines.store import Store
    from faultlines.store.writer import content_hash as page_hash

    summary = IngestSummary()
    stats = SourceStats()
    hashes: deque[str] = deque()
    bar = _progress()
    say = report or (lambda line: _write_error(line, bar))

    def pages() -> Iterator[Page]:
        for item in read_inputs(specs, allow_private=allow_private, feeds=list(feeds), stats=stats):
            if isinstance(item, SourceFailure):
                summary.counts["failed"] += 1
                say(failure_line(item.name, item.reason))
                continue
            content_hash = page_hash(item.text)
            if store.is_unchanged(item.input, content_hash):
                summary.counts["unchanged"] += 1  # stored as it is: no need to analyse it again
                if bar is not None:
                    bar.update(1)
                continue
            hashes.append(content_hash)
            yield item

    try:
        store = Store(db)
    except (sqlite3.Error, OSError) as exc:
        raise FaultlinesError(f"cannot open store {db}: {exc}") from None
    with store:
        try:
            for doc in analyze_many(pages(), workers=workers):
                content_hash = hashes.popleft()
                outcome = _save(store, doc, content_hash, say)
                summary.counts[outcome] += 1
                if keep_documents and outcome != "failed":
                    summary.documents.append(doc)
                if bar is not None:
                    bar.update(1)
        finally:
            if bar is not None:
                bar.close()
        if summary.counts["stored"] or summary.counts["updated"] or summary.counts["duplicate"]:
            store.refresh_summaries()
        _refresh_alerts(store, summary)
    summary.skipped_records = stats.skipped_records
    return summary


def _save(store, doc: Document, content_hash: str, say: Callable[[str], None]) -> str:
    name = doc.input.url or doc.input.path or "?"
    if doc.error or doc.article is None:
        say(failure_line(name, doc.error or "no article found in the page"))
        return "failed"
    try:
        outcome = store.save(doc, content_hash)
    except (FaultlinesError, sqlite3.Error) as exc:
        message = str(exc).replace(f" {name}:", ":", 1)
        say(failure_line(name, message if message.startswith("cannot store") else f"not stored: {message}"))
        return "failed"
    return outcome if outcome in OUTCOMES else "stored"


def _refresh_alerts(store, summary: IngestSummary) -> None:
    """Recompute tension alerts once the new events are in."""
    if not (summary.counts["stored"] or summary.counts["updated"] or summary.counts["duplicate"]):
        return
    from faultlines.store.alerts import refresh

    try:
        refresh(store.conn)
    except Exception as exc:  # derived data: the stored documents stay valid whatever happens here
        print(f"faultlines: alerts not refreshed: {type(exc).__name__}: {exc}", file=sys.stderr)


def failure_line(name: str, reason: str) -> str:
    """``faultlines: NAME: reason`` on one line (reasons that already start with the name keep it once)."""
    reason = " ".join(str(reason).split())
    if reason.startswith(f"{name}: "):
        reason = reason[len(name) + 2 :]
    return f"faultlines: {name}: {reason}"


def _progress():
    if not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    tqdm.monitor_interval = 0  # no monitor thread: worker processes are forked from this one
    return tqdm(unit="page", desc="ingest", file=sys.stderr, dynamic_ncols=True)


def _write_error(line: str, bar) -> None:
    if bar is not None:
        bar.write(line, file=sys.stderr)
    else:
        print(line, file=sys.stderr, flush=True)
