"""``faultlines actors``: actors aggregated across the stored articles."""

from __future__ import annotations

import argparse
import csv
import sys

from faultlines.cli import common

COLUMNS = ("id", "name", "kind", "country", "role", "articles", "mentions", "quotes")


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("actors", help="people, states and organisations across articles")
    parser.add_argument("--country", metavar="ISO3", help="only actors of this country")
    parser.add_argument("--role", help="only actors with this role (GOV, LEG, MIL, MED, ...)")
    parser.add_argument("--kind", choices=("person", "state", "organisation"), help="only this kind of actor")
    common.add_limit(parser, None)
    common.add_db(parser)
    common.add_format(parser, ("json", "csv", "text"))
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    country, role = common.iso3(args.country, "--country"), common.role(args.role)
    with common.open_store(args) as store:
        actors = store.list_actors(
            country=country, role=role, kind=args.kind, limit=args.limit, offset=args.offset
        )
    if args.format == "json":
        common.print_json(actors)
    elif args.format == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=COLUMNS, lineterminator="\n", extrasaction="ignore")
        writer.writeheader()
        writer.writerows(actors)
    else:
        sys.stdout.write(common.table([[a[c] for c in COLUMNS[1:]] for a in actors], list(COLUMNS[1:])))
    return 0
