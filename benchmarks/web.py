"""Latency of the web server under load: p50/p95 of the overview, a dyad page, ``/api/v1/events``,
``/api/v1/dyads`` and ``/search``.

Generates a synthetic store with ``make_store.py`` (default 100,000 event mentions over ~2 years, 60 countries)
in a temporary folder (or uses ``--db``), starts ``faultlines.web.serve`` with uvicorn in a subprocess, and drives
``--clients`` concurrent clients (threads, keep-alive, no think time) for ``--seconds``. Each client cycles through the
three kinds of request; dyad pages and event queries vary (several dyads, periods, filters and offsets).
The reference measured in the same run is the trivial ``/robots.txt`` answer under the same load: the floor that
the framework, the event loop and the load generator cost on this machine. **Target: p95 < 150 ms for each.**
The server's response cache (answers replayed until the store changes) is on, as in production; the caches
start cold (a new server each run). ``FAULTLINES_WEB_CACHE=0`` measures every answer computed afresh.

    python benchmarks/web.py [--events 100000] [--clients 20] [--seconds 30] [--db FILE] [--keep]
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from make_store import CAMEO, COUNTRIES, WORDS, generate


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: Path, port: int) -> subprocess.Popen:
    code = ("import sys; from faultlines.web import serve; "
            "serve(sys.argv[1], host='127.0.0.1', port=int(sys.argv[2]), log_level='warning')")
    proc = subprocess.Popen([sys.executable, "-c", code, str(db), str(port)])
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return proc
        except OSError:
            if proc.poll() is not None:
                raise SystemExit("the server exited at start-up") from None
            time.sleep(0.2)
    proc.terminate()
    raise SystemExit("the server did not start within 60 s")


def request_plan(rng: random.Random, dyads: list[str]):
    """Endless (kind, url) requests: overview, dyad page, events API, and the reference."""
    periods = ("week", "week", "month", "day")
    while True:
        yield "overview", "/"
        a_dyad = rng.choice(dyads)
        yield "dyad page", f"/dyads/{a_dyad}?period={rng.choice(periods)}" + (
            f"&offset={rng.choice((0, 50, 100))}" if rng.random() < 0.3 else "")
        params = rng.choice((
            f"limit=50&offset={rng.randrange(0, 5000, 50)}",
            f"dyad={rng.choice(dyads)}&limit=50",
            f"source={rng.choice(COUNTRIES[:12])}&quad_class={rng.randrange(5)}&limit=100",
            f"cameo={rng.choice(CAMEO)[0][:2]}&since=2025-01-01&until=2025-06-30&limit=50",
        ))
        yield "api events", f"/api/v1/events?{params}"
        yield "api dyads", f"/api/v1/dyads?period={rng.choice(periods)}&by={rng.choice(('change', 'events'))}"
        yield "search page", f"/search?q={rng.choice(WORDS)}+{rng.choice(WORDS)}"
        yield "reference (robots.txt)", "/robots.txt"


def drive(host: str, port: int, clients: int, seconds: float, dyads: list[str]) -> dict[str, list[float]]:
    """``clients`` threads, each with one keep-alive connection (stdlib http.client: a light load generator)."""
    timings: dict[str, list[float]] = {}
    errors: list[str] = []
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def one(seed: int) -> None:
        plan = request_plan(random.Random(seed), dyads)
        conn = http.client.HTTPConnection(host, port, timeout=60)
        mine: list[tuple[str, float]] = []
        while time.monotonic() < stop:
            kind, url = next(plan)
            t0 = time.perf_counter()
            conn.request("GET", url)
            response = conn.getresponse()
            response.read()
            mine.append((kind, (time.perf_counter() - t0) * 1000))
            if response.status != 200:
                errors.append(f"{response.status} {url}")
        conn.close()
        with lock:
            for kind, ms in mine:
                timings.setdefault(kind, []).append(ms)

    threads = [threading.Thread(target=one, args=(i,)) for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        print(f"{len(errors)} non-200 answers, e.g. {errors[:3]}", file=sys.stderr)
    return timings


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--warmup", type=float, default=3.0)
    parser.add_argument("--db", help="use (or create) this store instead of a temporary one")
    parser.add_argument("--keep", action="store_true", help="keep the generated store")
    parser.add_argument("--target-ms", type=float, default=150.0)
    parser.add_argument("--write", type=float, default=0.0, metavar="DOCS_PER_S",
                        help="meanwhile store this many documents a second (benchmarks/web_writer.py): serving while"
                             " an ingest writes")
    args = parser.parse_args(argv)

    folder = None if args.db else Path(tempfile.mkdtemp(prefix="faultlines-bench-web-"))
    db = Path(args.db) if args.db else folder / "bench.db"
    if not db.exists():
        t0 = time.perf_counter()
        counts = generate(db, args.events)  # benchmarks/make_store.py
        print(f"generated {counts['events']:,} events, {counts['unique_events']:,} unique, "
              f"{counts['articles']:,} articles in {time.perf_counter() - t0:.1f} s ({db})")
    port = free_port()
    server = start_server(db, port)
    try:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        conn.request("GET", "/api/v1/dyads?top=8")
        top = json.loads(conn.getresponse().read())["items"]
        conn.close()
        dyads = [d["dyad"] for d in top] or ["KAZ-RUS"]
        drive("127.0.0.1", port, args.clients, args.warmup, dyads)
        writer = None
        if args.write:
            writer = subprocess.Popen([sys.executable, str(Path(__file__).with_name("web_writer.py")), str(db),
                                       "--per-second", str(args.write)])
        try:
            timings = drive("127.0.0.1", port, args.clients, args.seconds, dyads)
        finally:
            if writer is not None:
                writer.terminate()
                writer.wait(timeout=60)
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:  # still answering the last requests of a heavy load
            server.kill()
            server.wait()
        if folder is not None and not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    from faultlines.web.cache import cache_enabled

    print(f"{args.clients} clients, {args.seconds:g} s, {os.cpu_count()} CPUs, response cache "
          f"{'on' if cache_enabled() else 'off (FAULTLINES_WEB_CACHE=0)'}"
          f"{f', an ingest writing {args.write:g} documents/s' if args.write else ''}; latency in ms")
    print(f"{'request':<24}{'n':>7}{'p50':>9}{'p95':>9}{'max':>9}  target p95 < {args.target_ms:g}")
    ok = True
    ref95 = percentile(timings.get("reference (robots.txt)", [1.0]), 95)
    for kind, values in timings.items():
        p50, p95 = statistics.median(values), percentile(values, 95)
        passed = p95 < args.target_ms
        ok &= passed or kind.startswith("reference")
        mark = "" if kind.startswith("reference") else ("ok" if passed else "MISSED")
        print(f"{kind:<24}{len(values):>7}{p50:>9.1f}{p95:>9.1f}{max(values):>9.1f}  {mark}"
              + ("" if kind.startswith("reference") else f"  ({p95 / ref95:.1f}× the reference p95)"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
