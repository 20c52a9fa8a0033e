"""Extraction speed: faultlines (the code path of ``faultlines extract``) against
``trafilatura.bare_extraction(with_metadata=True)`` on the same pages, in the same run.

Rounds alternate which extractor goes first; each round times every page with both. Prints pages per
second of each and the ratio of faultlines' time to trafilatura's (target: at most 0.75), on the wall clock
and in CPU time (this process's, which other jobs on a shared machine disturb less).

    python benchmarks/extract.py [--limit 100] [--rounds 3] [--set naeb|wcxb]

Uses the NAEB (or WCXB) pages in ../shared when present, else the HTML fixtures under tests/fixtures/html.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TARGET_RATIO = 0.75


def load_pages(limit: int, which: str = "naeb") -> tuple[str, list[tuple[str, str | None]]]:
    """(where the pages come from, [(html, url)])."""
    from eval.common import NAEB, WCXB, naeb_pages, wcxb_pages

    if which == "wcxb" and WCXB.exists():
        return "WCXB", [(p.html, p.url) for p in wcxb_pages(limit=limit)]
    if NAEB.exists():
        return "NAEB", [(p.html, p.url) for p in naeb_pages(limit=limit)]
    fixtures = sorted((ROOT / "tests" / "fixtures" / "html").glob("*.html"))[:limit]
    return "tests/fixtures/html", [(f.read_text(encoding="utf-8"), None) for f in fixtures]


def run_faultlines(pages: list[tuple[str, str | None]]) -> tuple[float, float]:
    """(wall-clock seconds, CPU seconds) of faultlines over the pages."""
    from faultlines.extract import extract_article
    from faultlines.model import FaultlinesError, Input, Page

    start, cpu = time.perf_counter(), time.process_time()
    for html, url in pages:
        try:
            extract_article(Page(Input(url=url, kind="html"), text=html))
        except FaultlinesError:
            pass
    return time.perf_counter() - start, time.process_time() - cpu


def run_trafilatura(pages: list[tuple[str, str | None]]) -> tuple[float, float]:
    """(wall-clock seconds, CPU seconds) of trafilatura over the pages."""
    from trafilatura import bare_extraction

    start, cpu = time.perf_counter(), time.process_time()
    for html, url in pages:
        bare_extraction(html, url=url, with_metadata=True)
    return time.perf_counter() - start, time.process_time() - cpu


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="faultlines extraction speed against trafilatura")
    parser.add_argument("--limit", type=int, default=100, help="number of pages")
    parser.add_argument("--rounds", type=int, default=3, help="alternating timing rounds")
    parser.add_argument("--set", choices=("naeb", "wcxb"), default="naeb", help="which pages")
    args = parser.parse_args(argv)
    source, pages = load_pages(args.limit, args.set)
    if not pages:
        print("skipped: no pages (../shared absent and no fixtures)")
        return 0
    warm = pages[: min(5, len(pages))]
    run_faultlines(warm)
    run_trafilatura(warm)
    ours, theirs = [0.0, 0.0], [0.0, 0.0]  # (wall clock, CPU)
    for round_no in range(args.rounds):
        runs = (run_faultlines, run_trafilatura) if round_no % 2 == 0 else (run_trafilatura, run_faultlines)
        for run in runs:
            total = ours if run is run_faultlines else theirs
            for k, value in enumerate(run(pages)):
                total[k] += value
    count = len(pages) * args.rounds
    ratio = ours[0] / theirs[0] if theirs[0] else float("inf")
    cpu_ratio = ours[1] / theirs[1] if theirs[1] else float("inf")
    print(f"pages: {len(pages)} from {source}, {args.rounds} alternating rounds")
    print(f"faultlines extract     {count / ours[0]:8.1f} pages/s")
    print(f"trafilatura (metadata) {count / theirs[0]:8.1f} pages/s")
    print(f"time ratio faultlines/trafilatura: {ratio:.2f} (target <= {TARGET_RATIO})")
    print(f"CPU-time ratio faultlines/trafilatura: {cpu_ratio:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
