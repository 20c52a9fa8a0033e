"""End-to-end speed: `faultlines ingest` against the naive two-library pass, measured in the same run.

The naive pass is what a user would write without faultlines: ``trafilatura.extract`` on each page, then the
full ``en_core_web_sm`` pipeline over the extracted text. faultlines does more (actors, quotes, events,
store) and must not be slower: it runs only the components each stage needs and parses only sentences that
can hold an event.

Both sides run as fresh subprocesses over the same NAEB pages, alternating rounds; the script reports the
ratio of median times, the peak resident memory of ingest, and the throughput of ``--workers 2`` against
``--workers 1``. Skips cleanly when ../shared is absent.

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
import sys, pathlib, trafilatura
from faultlines.nlp.engine import get_nlp
nlp = get_nlp()
texts = []
for path in sorted(pathlib.Path(sys.argv[1]).glob("*.html")):
    text = trafilatura.extract(path.read_text(encoding="utf-8"))
    if text:
        texts.append(text)
for doc in nlp.pipe(texts, batch_size=16):
    pass
"""


def _run(cmd: list[str]) -> tuple[float, int]:
    """Wall time and peak RSS (bytes, largest process of the child's tree) of one command."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        raise SystemExit(f"benchmark command failed ({code}): {' '.join(cmd)}\n{err.decode()[-2000:]}")
    return elapsed, usage.ru_maxrss * 1024


def _ingest(folder: Path, workers: int) -> list[str]:
    db = Path(tempfile.mkdtemp()) / "bench.db"
    return [sys.executable, "-m", "faultlines", "ingest", str(folder), "--db", str(db), "--workers", str(workers)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=80)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--json", help="write the figures to this file")
    args = parser.parse_args()
    require_shared(NAEB)

    folder = Path(tempfile.mkdtemp(prefix="faultlines-bench-"))
    for page in naeb_pages(limit=args.pages):
        (folder / f"{page.id}.html").write_text(page.html, encoding="utf-8")

    naive, ours, peaks = [], [], []
    for _ in range(args.rounds):
        naive.append(_run([sys.executable, "-c", NAIVE, str(folder)])[0])
        elapsed, peak = _run(_ingest(folder, 1))
        ours.append(elapsed)
        peaks.append(peak)
    two = [_run(_ingest(folder, 2))[0] for _ in range(args.rounds)]

    figures = {
        "pages": args.pages,
        "naive_s": statistics.median(naive),
        "ingest_workers1_s": statistics.median(ours),
        "ratio": statistics.median(ours) / statistics.median(naive),
        "peak_rss_mb": max(peaks) / 2**20,
        "ingest_workers2_s": statistics.median(two),
        "speedup_workers2": statistics.median(ours) / statistics.median(two),
    }
    print(f"pages: {args.pages}, rounds: {args.rounds}")
    print(f"naive trafilatura + full en_core_web_sm pipe: {figures['naive_s']:.2f} s")
    print(f"faultlines ingest --workers 1:                {figures['ingest_workers1_s']:.2f} s")
    print(f"ratio (ours / naive, target <= 1.0):          {figures['ratio']:.2f}")
    print(f"peak memory of ingest (target <= 1536 MB):     {figures['peak_rss_mb']:.0f} MB")
    print(f"faultlines ingest --workers 2:                {figures['ingest_workers2_s']:.2f} s")
    print(f"speed-up of 2 workers (target >= 1.7):        {figures['speedup_workers2']:.2f}")
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
