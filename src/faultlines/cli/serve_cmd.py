"""``faultlines serve``: the web dashboard and JSON API over a store (read-only)."""

from __future__ import annotations

import argparse

from faultlines import settings
from faultlines.model import FaultlinesError


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "serve",
        help="serve the web dashboard and the JSON API",
        description="Serve the dashboard (/) and the JSON API (/api/v1, docs at /docs) over a store, read-only.",
    )
    parser.add_argument("--db", help="store file (default: $FAULTLINES_DB or ./faultlines.db)")
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1, loopback only)")
    parser.add_argument("--port", type=_port, default=8000, help="port (default: 8000)")
    parser.add_argument("--allow-private", action="store_true",
                        help="let the analyse form fetch URLs of private and loopback addresses")
    parser.set_defaults(func=run)


def _port(value: str) -> int:
    try:
        port = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a port number: {value!r}") from None
    if not 0 < port < 65536:
        raise argparse.ArgumentTypeError(f"port out of range: {port}")
    return port


def run(args: argparse.Namespace) -> int:
    path = settings.db_path(args.db)
    if not path.is_file():
        raise FaultlinesError(f"no store at {path} (run `faultlines ingest PATH...` first, or pass --db FILE)")
    from faultlines.web.app import create_app, hosts_for

    app = create_app(path, allow_private=args.allow_private, allowed_hosts=hosts_for(args.host))
    import uvicorn

    shown = f"[{args.host}]" if ":" in args.host else args.host
    print(f"faultlines: serving {path} at http://{shown}:{args.port}/ (API docs at /docs; Ctrl-C to stop)")
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning", server_header=False)
    return 0
