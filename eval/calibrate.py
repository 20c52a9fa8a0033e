"""Calibrates the event coder's confidence on the dev half of the real-news gold (never the test half).

For each kind of rule (the part of ``Event.rule`` before the first ``:``: verb, noun, light, intent, claim ...) and
each band of the coder's raw confidence, it counts the asserted events and how many were right (as
``eval/realnews.py`` scores them), and writes ``src/faultlines/data/events/calibration.tsv``: the smoothed
precision that the coder then gives as ``Event.confidence``. ``eval/realnews.py`` reports how well it holds on
the test half.

    python eval/calibrate.py [--prior 6]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from eval import realnews  # noqa: E402

TABLE = realnews.ROOT / "src" / "faultlines" / "data" / "events" / "calibration.tsv"


def collect() -> Counter:
    """(kind, raw band) and (root:XX, *) -> [events, right] over the asserted events of the dev half."""
    import os

    from faultlines.events.calibration import confidence_band, rule_kind

    os.environ["FAULTLINES_RAW_CONFIDENCE"] = "1"  # score the coder's raw confidence, not the current table's
    counts: Counter = Counter()
    for item in realnews.load_gold():
        if item.text is None or item.half != "dev":
            continue
        doc = realnews.analyse(item)
        tally = realnews.Tally()
        for event, right in realnews.judged_events(item, doc, tally):
            for key in ((rule_kind(event.rule), confidence_band(event.confidence)), (f"root:{event.cameo[:2]}", "*")):
                counts[key + ("n",)] += 1
                counts[key + ("right",)] += int(right)
    return counts


def write(counts: Counter, prior: float) -> None:
    roots = sorted({k[0] for k in counts if k[0].startswith("root:")})
    keys = sorted({k[:2] for k in counts if not k[0].startswith("root:")})
    total_n = sum(counts[k + ("n",)] for k in keys)
    total_right = sum(counts[k + ("right",)] for k in keys)
    base = total_right / total_n if total_n else 0.2
    kinds = sorted({k for k, _ in keys})
    lines = [
        "# Calibrated event confidence, written by eval/calibrate.py from the dev half of the real-news gold.",
        "# kind: the rule's kind (Event.rule before the first ':'); band: the coder's raw confidence, in tenths"
        " ('*' = any band);",
        "# events, right: asserted events of that kind and band on the dev half and how many were right;",
        "# root:XX rows: events of that CAMEO root (any kind); an event's confidence is its kind-and-band row times its"
        " root row over the '*' row.",
        f"# confidence: (right + {prior:g} * prior) / (events + {prior:g}), prior = the kind's precision"
        f" (for '*' rows: all events', {base:.3f}).",
        "kind\tband\tevents\tright\tconfidence",
    ]
    for kind in kinds:
        n = sum(counts[(kind, b, "n")] for k, b in keys if k == kind)
        right = sum(counts[(kind, b, "right")] for k, b in keys if k == kind)
        kind_p = (right + prior * base) / (n + prior)
        lines.append(f"{kind}\t*\t{n}\t{right}\t{kind_p:.3f}")
        for k, band in keys:
            if k != kind:
                continue
            bn, br = counts[(kind, band, "n")], counts[(kind, band, "right")]
            lines.append(f"{kind}\t{band}\t{bn}\t{br}\t{(br + prior * kind_p) / (bn + prior):.3f}")
    for root in roots:  # how much more or less often than all events an act of this CAMEO root is right
        rn, rr = counts[(root, "*", "n")], counts[(root, "*", "right")]
        lines.append(f"{root}\t*\t{rn}\t{rr}\t{(rr + prior * base) / (rn + prior):.3f}")
    lines.append(f"*\t*\t{total_n}\t{total_right}\t{base:.3f}")
    TABLE.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {TABLE.relative_to(realnews.ROOT)}: {len(lines) - 5} rows from {total_n} dev events")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--prior", type=float, default=6.0, help="weight of the prior, in events")
    args = parser.parse_args(argv)
    if not any(i.text is not None and i.half == "dev" for i in realnews.load_gold()):
        print("skipped: no dev-half real-news text here (../shared and eval/cache/realnews)")
        return
    write(collect(), args.prior)


if __name__ == "__main__":
    main()
