"""``faultlines batch INPUT... --out DIR [--engine local|dask] [--workers N] [--scheduler ADDRESS]``.

Runs the pipeline over many input files (WARC/WARC.gz crawls, folders, HTML or text files, ``@list.txt``) on a
local process pool or on Dask, and writes a Parquet dataset under DIR (see the README, "Scaling out"). Inputs
already done (same content) are skipped, so rerunning a killed command resumes it. Each failure is one line
naming the input or record and the reason. Exit status: 0 all good, 1 some inputs or records failed (the rest
are written), 2 usage errors.
"""

from __future__ import annotations

import argparse
import json
import sys

from faultlines.cli.ingest_cmd import _positive
from faultlines.ingest import failure_line


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "batch",
        help="run the pipeline over many files or crawls (process pool or Dask) into a Parquet dataset",
        description="Run the pipeline over many input files on a local process pool or a Dask cluster and "
        "write a Parquet dataset (articles, actors, quotes, events, stories, unique events, dyads, alerts).",
    )
    parser.add_argument(
        "inputs", nargs="+", metavar="INPUT", help="WARC/WARC.gz, HTML or text files, folders, or @list.txt"
    )
    parser.add_argument("--out", required=True, metavar="DIR", help="the dataset folder (created; reruns resume)")
    parser.add_argument("--engine", choices=("local", "dask"), default="local", help="default: local")
    parser.add_argument("--workers", type=_positive, default=1, metavar="N", help="worker processes (default 1)")
    parser.add_argument(
        "--scheduler", metavar="ADDRESS", help="join a running Dask cluster (tcp://host:8786) instead of starting one"
    )
    parser.add_argument(
        "--retries", type=int, choices=range(0, 11), default=2, metavar="N",
        help="retries of an input whose worker fails (default 2)",
    )
    parser.add_argument("--format", choices=("text", "json"), default="text", help="summary format (default: text)")
    parser.set_defaults(func=run, parser=parser)


def run(args: argparse.Namespace) -> int:
    from faultlines.batch import run_batch

    if args.scheduler and args.engine != "dask":
        args.parser.error("--scheduler needs --engine dask")
    summary = run_batch(
        args.inputs,
        args.out,
        engine=args.engine,
        workers=args.workers,
        scheduler=args.scheduler,
        retries=args.retries,
        report=lambda name, reason: print(failure_line(name, reason), file=sys.stderr, flush=True),
    )
    if args.format == "json":
        sys.stdout.write(json.dumps(summary.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        print(summary.line())
    return 1 if summary.inputs_failed or summary.records_failed else 0
