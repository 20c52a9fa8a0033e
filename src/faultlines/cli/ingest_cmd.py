"""``faultlines ingest PATH|URL... [--feed URL] [--db FILE] [--workers N] [--allow-private]``: the arguments;
the use case is :mod:`faultlines.ingest`.

Reads every input, runs the pipeline on each page and stores the result, one transaction per document.
Each input that fails is reported on one line (``faultlines: INPUT: reason``); the others are stored.
Exit status: 0 every input succeeded, 1 some failed, 2 usage errors.
"""

from __future__ import annotations

import argparse

from faultlines import settings
from faultlines.ingest import failure_line, ingest

__all__ = ["failure_line", "ingest", "register", "run"]


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "ingest",
        help="read pages (files, folders, WARC, feeds, URLs), analyse them and store the results",
        description="Read pages, run the full pipeline on each and store the results in the local store.",
    )
    parser.add_argument(
        "inputs", nargs="*", metavar="PATH|URL", help="files, folders (recursive) or http(s) URLs"
    )
    parser.add_argument(
        "--feed", action="append", default=[], metavar="URL", help="an RSS/Atom feed (repeatable)"
    )
    parser.add_argument("--db", metavar="FILE", help="the store (default: $FAULTLINES_DB or ./faultlines.db)")
    parser.add_argument(
        "--workers", type=_positive, default=1, metavar="N", help="worker processes (default 1)"
    )
    parser.add_argument(
        "--allow-private",
        action="store_true",
        help="allow fetching private, loopback and link-local addresses",
    )
    parser.set_defaults(func=run, parser=parser)


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None
    if not 1 <= number <= 256:
        raise argparse.ArgumentTypeError("expected a number from 1 to 256")
    return number


def run(args: argparse.Namespace) -> int:
    if not args.inputs and not args.feed:
        args.parser.error("give at least one PATH, URL or --feed")
    summary = ingest(
        args.inputs,
        feeds=args.feed,
        db=settings.db_path(args.db),
        workers=args.workers,
        allow_private=args.allow_private,
    )
    print(summary.line())
    return 1 if summary.counts["failed"] else 0
