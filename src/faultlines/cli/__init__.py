"""The ``faultlines`` command line: a thin layer over the pipeline, the store and the server.

Each subcommand lives in its own module of this package with a ``register(subparsers)`` function that adds
its parser and sets ``func``: a callable taking the parsed arguments and returning the exit code.
Exit codes: 0 success, 1 some inputs failed, 2 usage errors.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from faultlines import __version__
from faultlines.model import FaultlinesError

COMMANDS = (
    "extract", "analyze", "ingest", "stats", "search", "actors", "quotes",
    "events", "dyads", "dyad", "alerts", "serve", "demo", "batch", "load",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="faultlines",
        description="Who is who, who said what, and who did what to whom in news about international affairs.",
    )
    parser.add_argument("--version", action="version", version=f"faultlines {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"faultlines.cli.{name}_cmd")
        except ModuleNotFoundError as exc:
            if exc.name != f"faultlines.cli.{name}_cmd":
                raise
            continue
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except FaultlinesError as exc:
        print(f"faultlines {args.command}: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("faultlines: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
