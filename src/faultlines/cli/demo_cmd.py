"""``faultlines demo [--db FILE] [--no-serve] [--port N]``: ingest the bundled examples, report, serve.

The example pages in ``examples/`` are fictional: written for this project, in the styles of real sites, with
invented stories and quotes about real countries and leaders. The demo says so before anything else.
"""

from __future__ import annotations

import argparse
import sqlite3
from collections import Counter
from pathlib import Path

from faultlines import settings
from faultlines.model import FaultlinesError
from faultlines.store import queries

NOTICE = (
    "faultlines demo: the example pages in examples/ are FICTIONAL. They were written for this project in the\n"
    "styles of real news sites; the stories, quotes and events in them never happened, although the countries\n"
    "and leaders they name are real."
)


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "demo",
        help="ingest the bundled (fictional) example pages, print a report and start the dashboard",
        description="Ingest the bundled example pages (examples/) into the store, print a report of what was found"
        " (actors, quotes, events, the busiest pairs of states, tension alerts) and serve the dashboard at"
        " http://HOST:PORT/ until Ctrl-C. " + NOTICE.replace("faultlines demo: ", "").replace("\n", " "),
    )
    parser.add_argument("--db", metavar="FILE", help="the store (default: $FAULTLINES_DB or ./faultlines.db)")
    parser.add_argument("--no-serve", action="store_true", help="stop after the report")
    parser.add_argument("--host", default="127.0.0.1", help="address to serve on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, metavar="N", help="port to serve on (default 8000)")
    parser.add_argument("--workers", type=int, default=1, metavar="N", help="worker processes (default 1)")
    parser.set_defaults(func=run)


def example_folders() -> list[Path]:
    """``examples/`` (from the working directory, else beside the package's source tree), and
    ``shared/samples`` beside the repository when present."""
    repo = Path(__file__).resolve().parents[3]
    folders = []
    for base in dict.fromkeys([Path.cwd(), repo]):
        if (base / "examples").is_dir():
            folders.append(base / "examples")
            samples = base.parent / "shared" / "samples"
            if samples.is_dir():
                folders.append(samples)
            break
    return folders


def run(args: argparse.Namespace) -> int:
    from faultlines.ingest import ingest

    if not args.no_serve:
        _check_port(args.host, args.port)
    print(NOTICE)
    folders = example_folders()
    if not folders:
        raise FaultlinesError("no examples/ folder found (run the demo from the repository root)")
    db = settings.db_path(args.db)
    print(f"\nIngesting {', '.join(str(f) for f in folders)} into {db} ...")
    summary = ingest([str(f) for f in folders], db=db, workers=max(1, args.workers))
    print(summary.line())
    print()
    print(report(db))
    if args.no_serve:
        return 0
    from faultlines.web import serve

    print(f"\nDashboard: http://{args.host}:{args.port}/  (Ctrl-C to stop)")
    serve(db, host=args.host, port=args.port)
    return 0


def _check_port(host: str, port: int) -> None:
    """Fail before the ingest, in one line, when the dashboard could not listen on ``host:port``."""
    import socket

    try:
        with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
            probe.bind((host, port))
    except OSError as exc:
        raise FaultlinesError(
            f"cannot serve the dashboard on {host}:{port} ({exc.strerror or exc}): another program uses the port;"
            f" pass --port N (make demo ARGS='--port 8001')"
        ) from None


def report(db: Path) -> str:
    """A readable report of what the store holds."""
    from faultlines.store import Store

    out: list[str] = []
    with Store(db) as store:
        for title, section in (
            ("Store", _counts),
            ("Articles per site", _sites),
            ("Most mentioned actors", _actors),
            ("Some quotes", _quotes),
            ("Some events", _events),
            ("Busiest dyads", _dyads),
            ("Tension alerts", _alerts),
        ):
            try:
                lines = section(store)
            except (sqlite3.Error, FaultlinesError, ValueError, KeyError) as exc:
                lines = [f"  (not available: {exc})"]
            if lines:
                out.append(f"{title}:")
                out.extend(lines)
                out.append("")
    return "\n".join(out).rstrip() + "\n"


def _counts(store) -> list[str]:
    counts = store.stats()
    return ["  " + ", ".join(f"{name} {value}" for name, value in counts.items())]


def _sites(store) -> list[str]:
    articles = store.list_articles(limit=None)
    sites = Counter(a.get("site") or "(unknown site)" for a in articles)
    lines = [f"  {count:3d}  {site}" for site, count in sites.most_common()]
    dated = sorted(a["published"] for a in articles if a.get("published"))
    if dated:
        lines.append(f"  dated {dated[0]} to {dated[-1]}")
    return lines


def _actors(store) -> list[str]:
    return [
        f"  {a['mentions']:4d}  {a['name']} ({a.get('kind')}, {a.get('country') or '?'}, {a.get('role') or '-'})"
        for a in store.list_actors(limit=12)
    ]


def _quotes(store) -> list[str]:
    lines = []
    for quote in store.list_quotes(limit=6):
        speaker = (quote.get("speaker") or {}).get("name") or "unattributed"
        text = quote["text"] if len(quote["text"]) < 140 else quote["text"][:137] + "..."
        lines.append(f"  {speaker}: \u201c{text}\u201d")
    return lines


def _events(store) -> list[str]:
    events = [e for e in store.list_events(limit=2000) if e.get("date")]
    events.sort(key=lambda e: e["date"], reverse=True)
    lines = []
    for event in events[:10]:
        source = (event.get("source") or {}).get("name") or "?"
        target = (event.get("target") or {}).get("name") or "?"
        lines.append(
            f"  {event['date'][:10]}  {event['cameo']:>4} ({event['goldstein']:+.1f})  {source} -> {target}"
        )
    return lines


def _dyads(store) -> list[str]:
    return [
        f"  {d['dyad']:<9} {d['events']:3d} events, tension now {_number(d.get('tension'))}"
        for d in queries.top_dyads(store.conn, top=8)
    ]


def _alerts(store) -> list[str]:
    return [
        f"  {a['dyad']:<9} {a['period']} of {a['period_start']}: tension {a['value']:.2f} "
        f"(baseline {a['baseline']:.2f}, change {a['change']:+.1f})"
        for a in queries.list_alerts(store.conn, limit=5)["items"]
    ]


def _number(value) -> str:
    return f"{value:.2f}" if isinstance(value, int | float) else "-"
