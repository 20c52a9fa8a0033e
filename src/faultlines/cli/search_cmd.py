"""``faultlines search QUERY``: full-text search over the stored articles (SQLite FTS5 syntax)."""

from __future__ import annotations

import argparse
import sys

from faultlines.cli import common


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("search", help="full-text search over stored articles")
    parser.add_argument("query", help='words, "a phrase", AND / OR / NOT, prefix*')
    parser.add_argument("--site", help="only articles of this site")
    parser.add_argument("--since", help="published on or after this ISO date")
    parser.add_argument("--until", help="published on or before this ISO date")
    common.add_limit(parser, 20)
    common.add_db(parser)
    common.add_format(parser, ("json", "text"))
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    since, until = common.iso_date(args.since, "--since"), common.iso_date(args.until, "--until")
    with common.open_store(args) as store:
        hits = store.search_articles(
            args.query, site=args.site, since=since, until=until, limit=args.limit, offset=args.offset
        )
    rows = [{k: h[k] for k in ("id", "title", "published", "site", "snippet")} for h in hits]
    if args.format == "json":
        common.print_json(rows)
    else:
        for h in rows:
            sys.stdout.write(
                f"{h['id']:>6}  {h['published'] or '----------'}  {h['site'] or '-'}  {h['title']}\n"
            )
            sys.stdout.write(f"        {h['snippet']}\n")
    return 0
