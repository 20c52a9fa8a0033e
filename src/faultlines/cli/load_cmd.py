"""``faultlines load DIR [--db FILE] [--format text|json]``: a batch dataset into the store, for the dashboard.

Idempotent: documents already stored with the same content are left alone, so loading twice stores nothing new.
Exit status: 0 loaded, 2 usage errors (not a dataset, store cannot be opened).
"""

from __future__ import annotations

import argparse
import json
import sys

from faultlines.cli.common import add_db
from faultlines.settings import db_path


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "load",
        help="load a `faultlines batch` dataset into the store (bulk, idempotent)",
        description="Load a Parquet dataset written by `faultlines batch` into the SQLite store.",
    )
    parser.add_argument("dataset", metavar="DIR", help="the folder given to `faultlines batch --out`")
    add_db(parser)
    parser.add_argument("--format", choices=("text", "json"), default="text", help="summary format (default: text)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from faultlines.batch.load import load, summary_line

    counts = load(args.dataset, db_path(args.db))
    if args.format == "json":
        sys.stdout.write(json.dumps(counts, indent=2) + "\n")
    else:
        print(summary_line(counts))
    return 0
