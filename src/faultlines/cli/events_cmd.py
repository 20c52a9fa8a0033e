"""``faultlines events``: unique events (or every mention), newest first, as JSON, CSV, Parquet or GDELT 2.0 rows."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from faultlines.cli import common
from faultlines.model import FaultlinesError
from faultlines.store import export


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("events", help="who did what to whom: list or export events")
    parser.add_argument("--source", metavar="ISO3", help="source country")
    parser.add_argument("--target", metavar="ISO3", help="target country")
    parser.add_argument("--dyad", metavar="A-B", help="both directions between A and B (A>B: one direction)")
    parser.add_argument("--cameo", metavar="CODE", help="CAMEO code or prefix (e.g. 13 for every threat)")
    parser.add_argument("--quad", type=int, choices=range(5), metavar="0-4", help="quad class")
    parser.add_argument("--since", metavar="DATE", help="on or after this ISO date")
    parser.add_argument("--until", metavar="DATE", help="on or before this ISO date")
    parser.add_argument(
        "--mentions", action="store_true", help="every mention instead of one row per unique event"
    )
    parser.add_argument(
        "--low-confidence",
        action="store_true",
        help="the events kept out of the counts instead (not asserted, a side of no known state, or below the"
        " confidence threshold $FAULTLINES_MIN_CONFIDENCE), each with the reason",
    )
    common.add_limit(parser, None)
    common.add_db(parser)
    common.add_format(parser, ("json", "csv", "parquet", "gdelt", "text"))
    parser.add_argument("--output", "-o", metavar="FILE", help="write to FILE instead of standard output")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    source, target = common.iso3(args.source, "--source"), common.iso3(args.target, "--target")
    since, until = common.iso_date(args.since, "--since"), common.iso_date(args.until, "--until")
    if args.cameo is not None and not args.cameo.isdigit():
        raise FaultlinesError(f"--cameo {args.cameo!r}: expected CAMEO digits such as 13 or 0231")
    with common.open_store(args) as store:
        events = store.list_events(
            source=source,
            target=target,
            dyad=args.dyad,
            cameo=args.cameo,
            quad_class=args.quad,
            since=since,
            until=until,
            limit=args.limit,
            offset=args.offset,
            unique=not args.mentions,
            low_confidence=args.low_confidence,
        )
    out = Path(args.output) if args.output else None
    if out is not None and not out.parent.exists():
        raise FaultlinesError(f"--output {args.output}: folder {out.parent} does not exist")
    if args.format == "parquet":
        if out is None and sys.stdout.isatty():
            raise FaultlinesError("parquet is binary: pass --output FILE or redirect standard output")
        export.write_parquet(events, str(out) if out else sys.stdout.buffer)
        return 0
    stream = out.open("w", encoding="utf-8", newline="") if out else sys.stdout
    try:
        if args.format == "json":
            import json

            stream.write(json.dumps(events, ensure_ascii=False, indent=2) + "\n")
        elif args.format == "csv":
            export.write_csv(events, stream)
        elif args.format == "gdelt":
            export.write_gdelt(events, stream)
        else:
            stream.write(export.to_text(events))
    finally:
        if out:
            stream.close()
    return 0
