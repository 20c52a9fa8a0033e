"""``faultlines dyad A B``: the series of one pair of states and the events behind it."""

from __future__ import annotations

import argparse
import sys

from faultlines.cli import common
from faultlines.model import FaultlinesError
from faultlines.store import export, queries


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("dyad", help="one pair of states over time: counts, Goldstein, tension, events")
    parser.add_argument("a", metavar="A", help="ISO3 code")
    parser.add_argument("b", metavar="B", help="ISO3 code")
    parser.add_argument("--period", choices=("day", "week", "month"), default="week")
    parser.add_argument("--ordered", action="store_true", help="only events from A to B")
    parser.add_argument(
        "--events", type=int, default=200, metavar="N", help="at most N events (default: 200)"
    )
    common.add_db(parser)
    common.add_format(parser, ("json", "text"))
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    a, b = common.iso3(args.a, "A"), common.iso3(args.b, "B")
    if a == b:
        raise FaultlinesError(f"dyad {a} {b}: expected two different countries")
    with common.open_store(args) as store:
        series = queries.dyad_series(store.conn, a, b, period=args.period, ordered=args.ordered)
        dyad = f"{a}>{b}" if args.ordered else "-".join(sorted((a, b)))
        events = store.list_events(dyad=dyad, limit=args.events)
    if args.format == "json":
        common.print_json(
            {
                "dyad": dyad,
                "a": a,
                "b": b,
                "period": args.period,
                "ordered": args.ordered,
                "series": series,
                "events": events,
            }
        )
        return 0
    cols = [
        "period_start",
        "events",
        "q0",
        "q1",
        "q2",
        "q3",
        "q4",
        "goldstein_sum",
        "goldstein_mean",
        "tension",
    ]
    sys.stdout.write(f"{dyad} by {args.period}\n")
    sys.stdout.write(common.table([[r[c] for c in cols] for r in series], cols))
    sys.stdout.write(f"\n{len(events)} events\n" + export.to_text(events))
    return 0
