"""Helpers shared by the query subcommands: the --db and --format options, argument checks, output."""

from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import date
from typing import Any

from faultlines.model import ROLES, FaultlinesError
from faultlines.settings import db_path

_ISO3 = re.compile(r"^[A-Za-z]{3}$")


def add_db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", metavar="FILE", help="the store (default: $FAULTLINES_DB or ./faultlines.db)")


def add_format(parser: argparse.ArgumentParser, choices: tuple[str, ...], default: str = "json") -> None:
    parser.add_argument(
        "--format", choices=choices, default=default, help=f"output format (default: {default})"
    )


def add_limit(parser: argparse.ArgumentParser, default: int | None) -> None:
    parser.add_argument(
        "--limit",
        type=int,
        default=default,
        metavar="N",
        help="at most N rows" + (f" (default: {default})" if default else " (default: all)"),
    )
    parser.add_argument("--offset", type=int, default=0, metavar="N", help="skip the first N rows")


def open_store(args: argparse.Namespace, readonly: bool = True):
    """Open the store named by ``--db``; a read-only open of an older schema upgrades it first."""
    from faultlines.store import Store
    from faultlines.store.db import latest_version

    path = db_path(getattr(args, "db", None))
    if not path.exists():
        raise FaultlinesError(f"no store at {path} (run `faultlines ingest` first, or pass --db)")
    if readonly:
        import sqlite3

        try:
            probe = sqlite3.connect(f"file:{path.resolve().as_posix()}?mode=ro", uri=True)
            try:
                version = probe.execute("PRAGMA user_version").fetchone()[0]
            finally:
                probe.close()
        except sqlite3.DatabaseError as exc:
            raise FaultlinesError(f"cannot open store {path}: {exc}") from None
        if 0 < version < latest_version():
            Store(path).close()
    return Store(path, readonly=readonly)


def iso3(value: str | None, option: str) -> str | None:
    """Check an ISO 3166 alpha-3 code (``kaz`` → ``KAZ``)."""
    if value is None:
        return None
    if not _ISO3.match(value.strip()):
        raise FaultlinesError(f"{option} {value!r}: expected an ISO3 country code such as RUS or KAZ")
    return value.strip().upper()


def iso_date(value: str | None, option: str) -> str | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise FaultlinesError(f"{option} {value!r}: expected an ISO date such as 2026-03-01") from None


def role(value: str | None) -> str | None:
    if value is None:
        return None
    if value.upper() not in ROLES:
        raise FaultlinesError(f"--role {value!r}: expected one of {', '.join(ROLES)}")
    return value.upper()


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def table(rows: list[list[Any]], headers: list[str]) -> str:
    """A plain aligned text table."""
    cells = [[("" if v is None else str(v)) for v in row] for row in rows]
    widths = [max([len(h), *(len(r[i]) for r in cells)]) for i, h in enumerate(headers)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in cells]
    return "\n".join(lines) + "\n"
