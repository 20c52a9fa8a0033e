"""``faultlines quotes``: stored quotes with their speakers."""

from __future__ import annotations

import argparse
import csv
import sys

from faultlines.cli import common

CSV_COLUMNS = (
    "id",
    "article_id",
    "text",
    "kind",
    "speaker_id",
    "speaker_name",
    "speaker_country",
    "speaker_role",
    "cue",
    "paragraph",
    "start",
    "end",
    "title",
    "published",
    "site",
    "url",
)


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("quotes", help="quotes and who said them")
    parser.add_argument("--speaker", metavar="NAME", help="speaker id, or a part of the speaker's name")
    parser.add_argument("--country", metavar="ISO3", help="speaker's country")
    common.add_limit(parser, None)
    common.add_db(parser)
    common.add_format(parser, ("json", "csv", "text"))
    parser.set_defaults(func=run)


def flatten(q: dict) -> dict:
    row = {k: q.get(k) for k in CSV_COLUMNS}
    speaker = q.get("speaker") or {}
    for field in ("id", "name", "country", "role"):
        row[f"speaker_{field}"] = speaker.get(field)
    return row


def run(args: argparse.Namespace) -> int:
    country = common.iso3(args.country, "--country")
    with common.open_store(args) as store:
        quotes = store.list_quotes(speaker=args.speaker, country=country, limit=args.limit, offset=args.offset)
    if args.format == "json":
        common.print_json(quotes)
    elif args.format == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=CSV_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(flatten(q) for q in quotes)
    else:
        for q in quotes:
            s = q["speaker"] or {}
            who = f"{s.get('name') or 'unknown'} ({s.get('country') or '?'} {s.get('role') or '?'})"
            sys.stdout.write(
                f"{q['published'] or '----------'}  {who}: \u201c{q['text']}\u201d  [{q['title']}]\n"
            )
    return 0
