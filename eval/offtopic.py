"""Events on real pages that report no politics: every one is a false event.

The NAEB pages judged not to report politics, conflict or diplomacy (``eval/gold/realnews/naeb_selection.tsv``,
column ``in`` = 0: sport, science, culture, business, local news; 359 of 421) are run end to end from their raw
HTML, as a user's feed would bring them. A news feed carries such pages every day, so what the coder finds on them
is noise in the dyad series, the tension index and the alerts. Reported: asserted events per 100 pages, those that
would enter the dyad series, and the rules that produced them.

    python eval/offtopic.py [--show N]
"""

from __future__ import annotations

import argparse
import csv
import gzip
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from eval.common import NAEB, ROOT  # noqa: E402

SELECTION = ROOT / "eval" / "gold" / "realnews" / "naeb_selection.tsv"


def offtopic_pages() -> list[tuple[str, str]]:
    """(NAEB id, title) of the pages that report no politics."""
    with SELECTION.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return [(r["naeb_id"], r["title"]) for r in rows if r["in"] == "0"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="print the first N events found")
    args = parser.parse_args(argv)
    if not (NAEB / "html").exists():
        print("skipped: the NAEB pages are not here (../shared/data/naeb)")
        return 0
    from faultlines.events.calibration import rule_kind
    from faultlines.model import Input, Page
    from faultlines.pipeline import analyze_page
    from faultlines.relations.series import enters_series

    started = time.perf_counter()
    pages = offtopic_pages()
    rules: Counter = Counter()
    events = series = 0
    shown = 0
    for naeb_id, title in pages:
        html = gzip.decompress((NAEB / "html" / f"{naeb_id}.html.gz").read_bytes()).decode("utf-8", "replace")
        doc = analyze_page(Page(input=Input(kind="html", path=f"{naeb_id}.html"), text=html))
        for event in doc.events:
            if event.mode != "asserted":
                continue
            events += 1
            series += int(enters_series(event))
            rules[rule_kind(event.rule)] += 1
            if shown < args.show:
                shown += 1
                print(f"  {naeb_id[:8]} {event.cameo} {event.source.code} -> {event.target.code} [{event.rule}] "
                      f"{event.sentence[:100]!r} ({title[:40]})")
    per_100 = 100 * events / max(1, len(pages))
    print(f"{len(pages)} pages that report no politics, {time.perf_counter() - started:.0f}s")
    print(f"  asserted events: {events} ({per_100:.1f} per 100 pages), entering the dyad series: {series}")
    print(f"  by rule: {dict(rules.most_common())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
