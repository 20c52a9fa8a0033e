"""``faultlines dyads``: the busiest pairs of states, with their tension in the latest period."""

from __future__ import annotations

import argparse
import sys

from faultlines.cli import common
from faultlines.model import FaultlinesError
from faultlines.store import queries


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("dyads", help="top pairs of states by events or by change in tension")
    parser.add_argument("--top", type=int, default=10, metavar="N", help="how many (default: 10)")
    parser.add_argument("--period", choices=("day", "week", "month"), default="week")
    parser.add_argument(
        "--by",
        choices=("events", "change"),
        default="events",
        help="rank by unique events or by the rise of tension in the latest period",
    )
    parser.add_argument("--ordered", action="store_true", help="directed pairs (RUS>KAZ) instead of KAZ-RUS")
    common.add_db(parser)
    common.add_format(parser, ("json", "text"))
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.top < 1:
        raise FaultlinesError(f"--top {args.top}: expected a positive number")
    with common.open_store(args) as store:
        dyads = queries.top_dyads(store.conn, args.period, args.top, by=args.by, ordered=args.ordered)
    if args.format == "json":
        common.print_json(dyads)
    else:
        cols = [
            "dyad",
            "events",
            "mentions",
            "q0",
            "q1",
            "q2",
            "q3",
            "q4",
            "goldstein_mean",
            "tension",
            "tension_change",
            "latest_period",
        ]
        sys.stdout.write(common.table([[d[c] for c in cols] for d in dyads], cols))
    return 0
