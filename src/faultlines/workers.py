"""Process hygiene for worker pools (``ingest --workers N``, ``batch --engine local|dask``).

* Workers die with their parent: on Linux the kernel sends them ``SIGKILL`` when the parent dies
  (``PR_SET_PDEATHSIG``), even after ``kill -9``; elsewhere a daemon thread polls the parent's pid.
* Ctrl-C is the parent's business: workers ignore ``SIGINT`` (the terminal sends it to the whole process
  group), so the parent alone reports the interruption, on one line, and stops the pool.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading
import time

_PR_SET_PDEATHSIG = 1


def worker_init(parent_pid: int, poll: bool = False) -> None:
    """Call first thing in a worker process: ignore Ctrl-C, and die when ``parent_pid`` dies. (Off the main
    thread the signal cannot be set: such workers were started ignoring it, see :class:`ignoring_sigint`.)"""
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    die_with_parent(parent_pid, poll)


def die_with_parent(parent_pid: int, poll: bool = False) -> None:
    """Make this process exit when the process ``parent_pid`` (its parent) exits, however it exits.

    The kernel's death signal is tied to the parent *thread* that started the process, so a process started
    from a short-lived thread (Dask's nannies start workers that way) asks for ``poll``: a thread that checks
    the parent's pid every second instead."""
    if not poll and sys.platform.startswith("linux") and _set_pdeathsig():
        if os.getppid() != parent_pid:  # the parent died before the request was made
            os._exit(1)
        return
    threading.Thread(target=_watch_parent, args=(parent_pid,), daemon=True, name="faultlines-parent").start()


def _set_pdeathsig() -> bool:
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def _watch_parent(parent_pid: int, every_s: float = 1.0) -> None:
    while os.getppid() == parent_pid:
        time.sleep(every_s)
    os._exit(1)


class ignoring_sigint:  # noqa: N801 (a context manager used like a function)
    """Within the block, ``SIGINT`` is ignored: processes started inside (forked or spawned) inherit that, so a
    Ctrl-C reaches the parent only. The parent's own handler is restored on exit."""

    def __enter__(self) -> None:
        self.previous = None
        if threading.current_thread() is threading.main_thread():
            self.previous = signal.signal(signal.SIGINT, signal.SIG_IGN)

    def __exit__(self, *exc: object) -> None:
        if self.previous is not None:
            signal.signal(signal.SIGINT, self.previous)


def stop_pool(pool) -> None:
    """Stop a ``ProcessPoolExecutor`` at once: cancel what is queued and kill the workers (used when the
    parent is interrupted, so that it does not wait for the pages in flight)."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    for process in processes:
        try:
            process.kill()
        except (OSError, ValueError, AttributeError):
            pass
    try:
        pool.shutdown(wait=False, cancel_futures=True)
    except Exception:  # a pool broken by the kill may complain; it is going away anyway
        pass
    for process in processes:
        try:
            process.join(timeout=5)
        except (OSError, ValueError, AttributeError, AssertionError):
            pass
