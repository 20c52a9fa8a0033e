"""Engines that map :func:`~faultlines.batch.worker.process_file` over the input files.

* ``local``: a process pool on this machine. Workers are forked from a parent that has loaded the models once
  (as ``ingest --workers N`` does); a worker that dies takes the pool down, so the inputs not finished are
  resubmitted to a fresh pool, each at most ``retries`` more times.
* ``dask``: Dask futures (``client.map`` with ``retries``) on a ``LocalCluster`` of ``workers`` processes, or on
  a running cluster (``scheduler="tcp://host:8786"``); the workers must see the input files and the output
  folder at the same paths (a shared file system).

Both yield one :class:`FileResult` per input as inputs finish (in no particular order). Workers ignore Ctrl-C
and die with their parent (see :mod:`faultlines.workers`).
"""

from __future__ import annotations

import gc
import logging
import os
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, wait
from concurrent.futures.process import BrokenProcessPool

from faultlines.batch.worker import FileResult, input_id, process_file
from faultlines.model import FaultlinesError

ENGINES = ("local", "dask")


def run(engine: str, paths: list[str], out: str, workers: int, scheduler: str | None, retries: int):
    """The results of ``process_file`` over ``paths`` on the chosen engine."""
    if engine == "local":
        return run_local(paths, out, workers, retries)
    if engine == "dask":
        return run_dask(paths, out, workers, scheduler, retries)
    raise FaultlinesError(f"unknown engine {engine!r}: use {' or '.join(ENGINES)}")


def run_local(paths: list[str], out: str, workers: int, retries: int = 2) -> Iterator[FileResult]:
    from faultlines.pipeline import STAGES, _pool
    from faultlines.workers import stop_pool

    attempts = dict.fromkeys(paths, 0)
    pending = list(paths)
    while pending:
        pool = _pool(max(1, min(workers, len(pending))), STAGES)  # forked from this (warm) process
        futures = {pool.submit(process_file, path, out): path for path in pending}
        pending = []
        try:
            while futures:
                done, _ = wait(futures, return_when=FIRST_COMPLETED)
                for future in done:
                    path = futures.pop(future)
                    try:
                        yield future.result()
                    except BrokenProcessPool:
                        attempts[path] += 1
                        if attempts[path] > retries:
                            yield _died(path, attempts[path])
                        else:
                            pending.append(path)
                    except Exception as exc:  # process_file catches page errors: this is a bug or a disk error
                        yield FileResult(input=path, status="failed", failures=[(path, _reason(exc))])
        except BaseException:
            stop_pool(pool)
            raise
        pool.shutdown(wait=True)


def run_dask(
    paths: list[str], out: str, workers: int, scheduler: str | None = None, retries: int = 2
) -> Iterator[FileResult]:
    from distributed import Client, LocalCluster, as_completed

    from faultlines.workers import ignoring_sigint

    cluster = None
    try:
        with ignoring_sigint():  # the cluster's processes inherit it: Ctrl-C reaches this process alone
            if scheduler:
                client = Client(scheduler, timeout="20s")
            else:
                _warm_parent()
                cluster = LocalCluster(
                    n_workers=workers,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=":0",  # any free port: another cluster may hold 8787
                    silence_logs=logging.ERROR,
                )
                client = Client(cluster)
                gc.unfreeze()  # the workers are forked by now
                client.run(_die_with_parent)  # the nannies live in this process, the workers are its children
    except OSError as exc:
        raise FaultlinesError(f"cannot reach the Dask scheduler {scheduler or '(local)'}: {exc}") from None
    try:
        futures = client.map(
            process_file, paths, out=out, retries=retries, pure=False, key=[f"faultlines-{input_id(p)}" for p in paths]
        )
        names = {f.key: p for f, p in zip(futures, paths, strict=True)}
        for future in as_completed(futures):
            try:
                yield future.result()
            except Exception as exc:  # retried `retries` times, or its worker kept dying (KilledWorker)
                path = names[future.key]
                yield FileResult(input=path, status="failed", failures=[(path, _reason(exc))])
            future.release()
    except BaseException:
        _quiet_dask()  # an interrupt: closing may cancel Dask's own callbacks, which log tracebacks
        raise
    finally:
        with ignoring_sigint():
            client.close()
            if cluster is not None:
                cluster.close()


def _quiet_dask() -> None:
    """Keep Dask's and Tornado's loggers from printing tracebacks while an interrupted batch shuts down."""
    for name in ("distributed", "tornado", "tornado.application", "asyncio"):
        logging.getLogger(name).setLevel(logging.CRITICAL + 1)


def _warm_parent() -> None:
    """Where fork is safe (Linux), load the models here once and let the ``LocalCluster`` fork its workers from
    this process: they start with the models in memory, shared copy-on-write, as the local pool's workers do
    (spawned workers would each load them again: seconds of CPU apiece). Elsewhere workers spawn and load."""
    import multiprocessing
    import sys

    import dask

    if sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods():
        from faultlines.pipeline import STAGES, warm_up

        warm_up(STAGES)
        gc.collect()
        gc.freeze()  # until the workers are forked: the collector in them leaves the models' pages alone
        dask.config.set({"distributed.worker.multiprocessing-method": "fork"})


def _die_with_parent() -> None:
    """Runs in each Dask worker of a ``LocalCluster``: exit when this batch's process (its parent) dies."""
    from faultlines.workers import worker_init

    worker_init(os.getppid(), poll=True)


def _died(path: str, attempts: int) -> FileResult:
    return FileResult(input=path, status="failed", failures=[(path, f"worker process died ({attempts} attempts)")])


def _reason(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"[:300]
