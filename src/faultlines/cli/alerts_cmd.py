"""``faultlines alerts``: tension spikes found against each dyad's trailing baseline."""

from __future__ import annotations

import argparse
import sys

from faultlines.cli import common
from faultlines.store import alerts as stored_alerts


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("alerts", help="tension spikes between pairs of states")
    parser.add_argument("--dyad", metavar="A-B", help="only this pair (A>B: only that direction)")
    parser.add_argument(
        "--period", choices=("day", "week", "month"), help="only alerts of this period length"
    )
    parser.add_argument("--limit", type=int, default=50, metavar="N", help="at most N alerts (default: 50)")
    parser.add_argument("--refresh", action="store_true", help="recompute the alerts from the events first")
    common.add_db(parser)
    common.add_format(parser, ("json", "text"))
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.refresh:
        with common.open_store(args, readonly=False) as store:
            stored_alerts.refresh(store.conn)
    with common.open_store(args) as store:
        alerts = stored_alerts.list_alerts(store.conn, dyad=args.dyad, period=args.period, limit=args.limit)["items"]
    if args.format == "json":
        common.print_json(alerts)
        return 0
    for a in alerts:
        sys.stdout.write(
            f"{a['period_start']} {a['period']:<5} {a['dyad']:<8} tension {a['value']:+.2f} vs {a['baseline']:+.2f}"
            f" (z {a['change']:+.1f}, {a['events']} events)\n"
        )
        for e in a["evidence"][:3]:
            sys.stdout.write(f"    {e['date']} {e['cameo']} g{e['goldstein']:+.1f} {e['sentence']}\n")
    return 0
