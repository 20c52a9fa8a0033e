"""One batch run: expand the inputs, map :func:`process_file` over them on an engine, build the dataset."""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from faultlines.batch import dataset, engines
from faultlines.batch.inputs import expand
from faultlines.batch.worker import DONE, PARTS, FileResult
from faultlines.model import FaultlinesError

#: What may sit in an output folder besides the tables (anything else: the folder is not a batch dataset).
_OWN = {DONE, PARTS, dataset.WORK, dataset.MANIFEST, ".lock"}


@dataclass
class BatchSummary:
    """The counts ``faultlines batch --format json`` prints (``failures``: ``[input or record, reason]``)."""

    inputs_done: int = 0
    inputs_skipped: int = 0
    inputs_failed: int = 0
    records_failed: int = 0
    documents: int = 0
    events: int = 0
    seconds: float = 0.0
    failures: list[list[str]] = field(default_factory=list)
    tables: dict[str, int] = field(default_factory=dict)
    workers: dict[int, float] = field(default_factory=dict)  # worker pid -> peak resident MB

    def to_dict(self) -> dict:
        keys = ("inputs_done", "inputs_skipped", "inputs_failed", "records_failed", "documents", "events", "seconds")
        return {**{k: getattr(self, k) for k in keys}, "failures": self.failures, "tables": self.tables}

    def line(self) -> str:
        return (
            f"inputs done {self.inputs_done}, skipped {self.inputs_skipped}, failed {self.inputs_failed}; "
            f"records failed {self.records_failed}; documents {self.documents}, events {self.events} "
            f"in {self.seconds:.1f} s"
        )


def run_batch(
    specs: list[str],
    out: str | Path,
    *,
    engine: str = "local",
    workers: int = 1,
    scheduler: str | None = None,
    retries: int = 2,
    report: Callable[[str, str], None] | None = None,
) -> BatchSummary:
    """Process every input not done yet into ``out`` and (re)build the dataset. ``report(name, reason)`` is
    called for each failure as it happens. Raises :class:`FaultlinesError` for usage errors."""
    start = time.perf_counter()
    if engine not in engines.ENGINES:
        raise FaultlinesError(f"unknown engine {engine!r}: use {' or '.join(engines.ENGINES)}")
    out = Path(out).expanduser().absolute()
    files, missing = expand(specs)
    summary = BatchSummary()
    say = report or (lambda name, reason: None)

    def fail(name: str, reason: str) -> None:
        summary.failures.append([name, reason])
        say(name, reason)

    for name, reason in missing:
        summary.inputs_failed += 1
        fail(name, reason)
    with _locked(out):
        for result in engines.run(engine, files, str(out), workers, scheduler, retries):
            _count(summary, result, fail)
        counts = dataset.build(out)
    summary.tables = counts
    summary.documents, summary.events = counts["articles"], counts["events"]
    summary.seconds = round(time.perf_counter() - start, 2)
    return summary


def _count(summary: BatchSummary, result: FileResult, fail: Callable[[str, str], None]) -> None:
    if result.status == "failed":
        summary.inputs_failed += 1
    elif result.status == "skipped":
        summary.inputs_skipped += 1
    else:
        summary.inputs_done += 1
        summary.records_failed += result.records_failed
    if result.worker_pid:
        summary.workers[result.worker_pid] = max(summary.workers.get(result.worker_pid, 0.0), result.worker_peak_mb)
    for name, reason in result.failures:
        fail(name, reason)


class _locked:  # noqa: N801 (a context manager used like a function)
    """Check that ``out`` is (or can become) a batch dataset and hold its lock: one batch at a time per folder."""

    def __init__(self, out: Path) -> None:
        self.out = out

    def __enter__(self) -> None:
        out = self.out
        if out.exists() and not out.is_dir():
            raise FaultlinesError(f"--out {out}: not a folder")
        if out.is_dir() and not (out / dataset.MANIFEST).exists() and not (out / DONE).exists():
            strangers = [p.name for p in out.iterdir() if p.name not in _OWN]
            if strangers:
                raise FaultlinesError(f"--out {out}: folder is not empty and holds no batch dataset")
        try:
            out.mkdir(parents=True, exist_ok=True)
            self.handle = open(out / ".lock", "w")  # noqa: SIM115 (held until __exit__)
        except OSError as exc:
            raise FaultlinesError(f"--out {out}: cannot write there ({exc.strerror or exc})") from None
        try:
            fcntl.flock(self.handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            self.handle.close()
            raise FaultlinesError(f"--out {out}: another batch is writing this dataset") from None
        os.set_inheritable(self.handle.fileno(), False)

    def __exit__(self, *exc: object) -> None:
        self.handle.close()
