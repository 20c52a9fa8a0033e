"""``faultlines stats``: counts of what the store holds."""

from __future__ import annotations

import argparse
import sys

from faultlines.cli import common


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "stats", help="counts of documents, articles, stories, actors, quotes, events, alerts"
    )
    common.add_db(parser)
    common.add_format(parser, ("json", "text"))
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    with common.open_store(args) as store:
        counts = store.stats()
    if args.format == "json":
        common.print_json(counts)
    else:
        sys.stdout.write("".join(f"{k:<14}{v}\n" for k, v in counts.items()))
    return 0
