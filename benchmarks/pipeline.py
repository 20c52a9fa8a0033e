"""End-to-end speed: `faultlines ingest` against the naive two-library pass, measured in the same run.

The naive pass is what a user would write without faultlines: ``trafilatura.extract`` on each page, then the
full ``en_core_web_sm`` pipeline over the extracted text. faultlines does more (actors, quotes, events,
store) and must not be slower: it runs only the components each stage needs and parses only sentences that
can hold an event.

Every command is a fresh subprocess over the same NAEB pages (so both sides pay their imports and model
load); each round runs the naive pass, ``ingest --workers 1`` and ``ingest --workers 2`` in a rotating order,
so that a change in the machine's load falls on all three alike. Reported: the ratio of median wall times
(the target), the same ratio in CPU time (user + system of the whole process tree, much less sensitive to
other work on a shared machine), the peak resident memory of the largest ingest process, the throughput of
``--workers 2`` against ``--workers 1`` with the cores each run got (CPU time / wall time: on a machine
shared with other sessions the scheduler may give a session about one core however many workers it runs,
which caps the speed-up), and the machine's load average. Skips cleanly when ../shared is absent.

    python benchmarks/pipeline.py [--pages 80] [--rounds 2]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.common import NAEB, naeb_pages, require_shared  # noqa: E402

NAIVE = """
import sys, pathlib, spacy, trafilatura
from faultlines.settings import spacy_models
for name in spacy_models():  # the plain model, as a user would load it (the same one faultlines uses)
    try:
        nlp = spacy.load(name)
        break
    except OSError:
        continue
texts = []
for path in sorted(pathlib.Path(sys.argv[1]).glob("*.html")):
    text = trafilatura.extract(path.read_text(encoding="utf-8"))
    if text:
        texts.append(text)
for doc in nlp.pipe(texts, batch_size=16):
    pass
"""


def _run(cmd: list[str]) -> tuple[float, float, int]:
    """Wall time, CPU time (seconds) and peak RSS (bytes, largest process of the child's tree) of one command."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)  # usage covers the child and the workers it waited for
    elapsed = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        raise SystemExit(f"benchmark command failed ({code}): {' '.join(cmd)}\n{err.decode()[-2000:]}")
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss * 1024


def _ingest(folder: Path, workers: int) -> list[str]:
    db = Path(tempfile.mkdtemp(dir=folder.parent)) / "bench.db"  # a fresh store, removed with the folder
    return [
        sys.executable,
        "-m",
        "faultlines",
        "ingest",
        str(folder),
        "--db",
        str(db),
        "--workers",
        str(workers),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=80)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--json", help="write the figures to this file")
    args = parser.parse_args()
    require_shared(NAEB)

    scratch = tempfile.TemporaryDirectory(prefix="faultlines-bench-")
    folder = Path(scratch.name) / "pages"
    folder.mkdir()
    for page in naeb_pages(limit=args.pages):
        (folder / f"{page.id}.html").write_text(page.html, encoding="utf-8")

    commands = {
        "naive": [sys.executable, "-c", NAIVE, str(folder)],
        "workers1": _ingest(folder, 1),
        "workers2": _ingest(folder, 2),
    }
    wall: dict[str, list[float]] = {name: [] for name in commands}
    cpu: dict[str, list[float]] = {name: [] for name in commands}
    peak: dict[str, int] = dict.fromkeys(commands, 0)
    load_before = os.getloadavg()[0]
    names = list(commands)
    for round_ in range(args.rounds):
        for name in names[round_ % 3 :] + names[: round_ % 3]:
            if name != "naive":  # a fresh store each time: every page is analysed and stored
                commands[name] = _ingest(folder, int(name[-1]))
            elapsed, seconds, rss = _run(commands[name])
            wall[name].append(elapsed)
            cpu[name].append(seconds)
            peak[name] = max(peak[name], rss)
    load_after = os.getloadavg()[0]

    med = {name: statistics.median(values) for name, values in wall.items()}
    med_cpu = {name: statistics.median(values) for name, values in cpu.items()}
    figures = {
        "pages": args.pages,
        "rounds": args.rounds,
        "cores": os.cpu_count(),
        "load_average_before": load_before,
        "load_average_after": load_after,
        "naive_s": med["naive"],
        "ingest_workers1_s": med["workers1"],
        "ratio": med["workers1"] / med["naive"],
        "naive_cpu_s": med_cpu["naive"],
        "ingest_workers1_cpu_s": med_cpu["workers1"],
        "ratio_cpu": med_cpu["workers1"] / med_cpu["naive"],
        "peak_rss_mb": peak["workers1"] / 2**20,
        "peak_rss_workers2_mb": peak["workers2"] / 2**20,
        "ingest_workers2_s": med["workers2"],
        "ingest_workers2_cpu_s": med_cpu["workers2"],
        "speedup_workers2": med["workers1"] / med["workers2"],
        # CPU seconds per wall second: how many cores each run got. On a shared machine the scheduler groups
        # processes by session (autogroup), so two workers get no more CPU than one when other sessions are busy.
        "cores_used_workers1": med_cpu["workers1"] / med["workers1"],
        "cores_used_workers2": med_cpu["workers2"] / med["workers2"],
    }
    f = figures
    print(
        f"pages: {args.pages}, rounds: {args.rounds}, cores: {f['cores']}, "
        f"load average {load_before:.1f} before, {load_after:.1f} after"
    )
    print(
        f"naive trafilatura + full en_core_web_sm pipe: {f['naive_s']:.2f} s  (cpu {f['naive_cpu_s']:.2f} s)"
    )
    print(
        f"faultlines ingest --workers 1:                {f['ingest_workers1_s']:.2f} s  "
        f"(cpu {f['ingest_workers1_cpu_s']:.2f} s)"
    )
    print(f"ratio (ours / naive, target <= 1.0):          {f['ratio']:.2f}  (cpu {f['ratio_cpu']:.2f})")
    print(
        f"peak memory of ingest (target <= 1536 MB):     {f['peak_rss_mb']:.0f} MB "
        f"(--workers 2: {f['peak_rss_workers2_mb']:.0f} MB per process)"
    )
    print(
        f"faultlines ingest --workers 2:                {f['ingest_workers2_s']:.2f} s  "
        f"(cpu {f['ingest_workers2_cpu_s']:.2f} s)"
    )
    print(f"speed-up of 2 workers (target >= 1.7):        {f['speedup_workers2']:.2f}")
    print(
        f"cores used (cpu / wall):                      {f['cores_used_workers1']:.2f} with 1 worker, "
        f"{f['cores_used_workers2']:.2f} with 2"
    )
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2))
    scratch.cleanup()


if __name__ == "__main__":
    main()
