"""Process hygiene of ``batch`` and ``ingest --workers N``: workers die with their parent, Ctrl-C is one line,
and a batch killed midway resumes without duplicates or losses."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest
from batch_helpers import read_rows, write_many

from faultlines.batch import run_batch

INPUTS = 24


@pytest.fixture(scope="module")
def many(tmp_path_factory) -> Path:
    return write_many(tmp_path_factory.mktemp("hygiene") / "many", INPUTS)


def _start(args: list[str]) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "faultlines", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,  # its own process group, as a command started from a terminal
        preexec_fn=_as_from_a_terminal,
    )


def _as_from_a_terminal() -> None:
    """Ctrl-C neither ignored nor blocked, whatever the test process (and the libraries it ran) did to it."""
    signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGINT])
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _wait_for(condition, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def _workers(proc: subprocess.Popen, count: int = 2) -> list[psutil.Process]:
    """The worker processes of ``proc`` once it has ``count`` of them (the resource tracker is not one)."""
    def command(child):
        try:
            return " ".join(child.cmdline())
        except psutil.Error:  # a process that has just ended (Dask's short-lived helpers)
            return "resource_tracker"
    def found():
        return [c for c in psutil.Process(proc.pid).children(recursive=True)
                if "resource_tracker" not in command(c)]
    _wait_for(lambda: len(found()) >= count)
    return found()


def _gone(processes: list[psutil.Process], timeout: float = 10.0) -> bool:
    def alive(p):
        try:
            return p.is_running() and p.status() != psutil.STATUS_ZOMBIE
        except psutil.NoSuchProcess:
            return False
    deadline = time.monotonic() + timeout
    while any(alive(p) for p in processes):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def _markers(out: Path) -> int:
    return len(list((out / "_done").glob("*.json"))) if (out / "_done").is_dir() else 0


def test_batch_killed_midway_loses_nothing_and_writes_nothing_twice(many, tmp_path):
    out = tmp_path / "out"
    proc = _start(["batch", str(many), "--out", str(out), "--workers", "2"])
    workers = _workers(proc)
    _wait_for(lambda: _markers(out) >= 1)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    done_at_kill = _markers(out)
    assert _gone(workers), "workers outlived their parent"
    assert done_at_kill < INPUTS, "the batch finished before it could be killed"

    summary = run_batch([str(many)], out, workers=2)
    assert summary.inputs_skipped >= 1 and summary.inputs_skipped + summary.inputs_done == INPUTS
    articles = read_rows(out, "articles")
    assert len(articles) == 4 * INPUTS == len({a["doc_id"] for a in articles})  # nothing lost, nothing twice
    events = read_rows(out, "events")
    assert len(events) == len({(e["doc_id"], e["seq"]) for e in events})
    markers = [json.loads(p.read_text()) for p in (out / "_done").glob("*.json")]
    assert sum(m["events"] for m in markers) == len(events) == summary.events


@pytest.mark.parametrize("engine", ["local", "dask"])
def test_ctrl_c_prints_one_line_and_no_worker_traceback(many, tmp_path, engine):
    out = tmp_path / "out"
    proc = _start(["batch", str(many), "--out", str(out), "--workers", "2", "--engine", engine])
    workers = _workers(proc)
    _wait_for(lambda: _markers(out) >= 1)
    os.killpg(proc.pid, signal.SIGINT)  # what the terminal does: the whole process group gets it
    out_text, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, (out_text, err, _markers(out))
    assert err.decode().splitlines() == ["faultlines: interrupted"], err.decode()
    assert _gone(workers)


def test_ingest_workers_die_with_their_parent_and_ctrl_c_is_one_line(many, tmp_path):
    proc = _start(["ingest", str(many), "--db", str(tmp_path / "a.db"), "--workers", "2"])
    workers = _workers(proc)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert _gone(workers), "workers outlived their parent"

    proc = _start(["ingest", str(many), "--db", str(tmp_path / "b.db"), "--workers", "2"])
    workers = _workers(proc)
    time.sleep(0.5)
    os.killpg(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert err.decode().splitlines() == ["faultlines: interrupted"]
    assert _gone(workers)
