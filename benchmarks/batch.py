"""Batch runs: documents per second of `faultlines batch` on each engine, peak memory per worker, `load` speed.

The NAEB pages are packed into WARC.gz files (``--per-warc`` pages each, as a crawl would hold them); each
configuration is a fresh ``faultlines batch`` subprocess over the same files into a fresh dataset folder, so
every one pays its imports, model loads and the whole-batch step: ``local`` with 1 and 2 workers and ``dask``
(a ``LocalCluster``) with 2 workers, in a rotating order from round to round so that a change in the machine's
load falls on all alike. A sampler reads the resident memory of every worker process every 0.1 s (peak per
worker reported). Then ``load`` brings the dataset into a fresh store (events per second, in this process).
Targets (issue 10): dask 2 workers at least 1.6x one local worker's throughput and at most 1.15x the local
pool's time with 2 workers; peak memory per worker at most 600 MB; load at least 20,000 events/s. Skips
cleanly when ../shared is absent.

    python benchmarks/batch.py [--pages 160] [--per-warc 20] [--rounds 1] [--load-copies 10] [--json FILE]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.common import NAEB, naeb_pages, require_shared  # noqa: E402

CONFIGS = {"local1": ("local", 1), "local2": ("local", 2), "dask2": ("dask", 2)}


def build_warcs(folder: Path, pages: int, per_warc: int) -> int:
    """WARC.gz files of the NAEB pages (their own URLs where known); returns the number of pages packed."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    folder.mkdir(parents=True)
    packed, writer, stream = 0, None, None
    for n, page in enumerate(naeb_pages(limit=pages)):
        if n % per_warc == 0:
            if stream is not None:
                stream.close()
            stream = open(folder / f"naeb-{n // per_warc:04d}.warc.gz", "wb")  # noqa: SIM115
            writer = WARCWriter(stream, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        url = page.url or f"https://naeb.example/{page.id}"
        record = writer.create_warc_record(
            url, "response", payload=io.BytesIO(page.html.encode("utf-8")), http_headers=headers,
            warc_headers_dict={"WARC-Date": "2026-01-15T00:00:00Z"},
        )
        writer.write_record(record)
        packed += 1
    if stream is not None:
        stream.close()
    return packed


class Sampler(threading.Thread):
    """Peak resident memory (MB) of every descendant of a process, sampled every 0.1 s."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.peaks, self.stop = pid, {}, threading.Event()

    def run(self) -> None:
        import psutil

        try:
            parent = psutil.Process(self.pid)
        except psutil.NoSuchProcess:
            return
        while not self.stop.is_set():
            try:
                children = parent.children(recursive=True)
            except psutil.NoSuchProcess:
                return
            for child in children:
                try:
                    if "resource_tracker" in " ".join(child.cmdline()):
                        continue
                    rss = child.memory_info().rss / 2**20
                except psutil.Error:
                    continue
                self.peaks[child.pid] = max(self.peaks.get(child.pid, 0.0), rss)
            self.stop.wait(0.1)


def run_batch(warcs: Path, out: Path, engine: str, workers: int) -> dict:
    cmd = [sys.executable, "-m", "faultlines", "batch", str(warcs), "--out", str(out), "--engine", engine,
           "--workers", str(workers), "--format", "json"]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    sampler = Sampler(proc.pid)
    sampler.start()
    stdout, stderr = proc.communicate()
    wall = time.perf_counter() - start
    sampler.stop.set()
    sampler.join()
    if proc.returncode not in (0, 1):
        raise SystemExit(f"batch failed ({proc.returncode}): {' '.join(cmd)}\n{stderr.decode()[-2000:]}")
    summary = json.loads(stdout)
    return {"wall_s": wall, "documents": summary["documents"], "events": summary["events"],
            "peak_worker_mb": max(sampler.peaks.values(), default=0.0)}


def replicate(out: Path, copies: int, target: Path) -> None:
    """A dataset of ``copies`` copies of the dataset ``out``, each under other keys and ids (to time ``load`` on
    more events than a benchmark run produces, once its fixed costs are spread)."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    from faultlines.batch import dataset, schema
    from faultlines.batch.load import read_table

    tables = {t: pa.Table.from_pylist(read_table(out, t)) for t in schema.TABLES if t not in ("dyads", "alerts")}
    top = {"story_id": max(tables["stories"].column("story_id").to_pylist(), default=0),
           "unique_event_id": max(tables["unique_events"].column("unique_event_id").to_pylist(), default=0)}
    suffixed = ("doc_id", "input_key", "first_doc_id", "event_key", "url")
    for name, table in tables.items():
        parts = []
        for k in range(copies):
            copy = table
            for column in table.column_names:
                if column in suffixed:
                    copy = copy.set_column(copy.schema.get_field_index(column), column,
                                           pc.binary_join_element_wise(copy.column(column), pa.scalar(f"#{k}"), ""))
                elif column in top:
                    shifted = pc.add(copy.column(column), pa.scalar(k * top[column], pa.int64()))
                    copy = copy.set_column(copy.schema.get_field_index(column), column, shifted)
            parts.append(copy)
        whole = pa.concat_tables(parts)
        folder = target / name / ("month=all" if name in schema.PARTITIONED else "")
        folder.mkdir(parents=True)
        pq.write_table(whole.drop_columns([c for c in whole.column_names if c == "month"]), folder / "part-0.parquet")
    (target / dataset.MANIFEST).write_text("{}")


def load_only(out: Path, copies: int, rounds: int) -> None:
    """`load` of an existing dataset into fresh stores: events and documents per second (median of ``rounds``)."""
    import statistics

    from faultlines.batch.load import load

    with tempfile.TemporaryDirectory(prefix="faultlines-bench-load-") as scratch:
        base = Path(scratch)
        replicate(out, copies, base / "replicated")
        for name, folder in (("dataset", out), (f"{copies} copies", base / "replicated")):
            runs = []
            for n in range(rounds):
                runs.append(load(folder, base / f"{name.replace(' ', '-')}-{n}.db"))
            seconds = statistics.median(r["seconds"] for r in runs)
            events, docs = runs[0]["events"], runs[0]["documents"]
            print(f"load {name}: {docs} documents, {events} events in {seconds:.3f} s = {events / seconds:,.0f} events/s,"
                  f" {docs / seconds:,.0f} documents/s (target >= 20,000 events/s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=160)
    parser.add_argument("--per-warc", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--load-copies", type=int, default=10, help="copies of the dataset for the larger load")
    parser.add_argument("--json", help="write the figures to this file")
    parser.add_argument("--load-only", metavar="DIR", help="only time `load` of this batch dataset (and of "
                        "--load-copies copies of it), alternating with nothing else: no batch runs")
    args = parser.parse_args()
    if args.load_only:
        load_only(Path(args.load_only), args.load_copies, args.rounds)
        return
    require_shared(NAEB)

    scratch = tempfile.TemporaryDirectory(prefix="faultlines-bench-batch-")
    base = Path(scratch.name)
    packed = build_warcs(base / "warcs", args.pages, args.per_warc)
    load_before = os.getloadavg()[0]
    runs: dict[str, list[dict]] = {name: [] for name in CONFIGS}
    names = list(CONFIGS)
    last_out = None
    for round_ in range(args.rounds):
        for name in names[round_ % 3 :] + names[: round_ % 3]:
            engine, workers = CONFIGS[name]
            last_out = base / f"out-{name}-{round_}"
            runs[name].append(run_batch(base / "warcs", last_out, engine, workers))
    load_after = os.getloadavg()[0]

    from faultlines.batch.load import load

    loaded = load(last_out, base / "load.db")
    replicate(last_out, args.load_copies, base / "replicated")
    loaded_big = load(base / "replicated", base / "load-big.db")
    wall = {name: statistics.median(r["wall_s"] for r in rs) for name, rs in runs.items()}
    docs = runs["local1"][0]["documents"]
    rate = {name: docs / wall[name] for name in CONFIGS}
    f = {
        "pages": packed, "warcs": -(-packed // args.per_warc), "documents": docs, "rounds": args.rounds,
        "cores": os.cpu_count(), "load_average_before": load_before, "load_average_after": load_after,
        **{f"{name}_s": wall[name] for name in CONFIGS},
        **{f"{name}_docs_per_s": rate[name] for name in CONFIGS},
        "dask2_speedup_over_local1": rate["dask2"] / rate["local1"],
        "dask2_time_over_local2": wall["dask2"] / wall["local2"],
        "peak_worker_mb": {name: max(r["peak_worker_mb"] for r in rs) for name, rs in runs.items()},
        "load_events": loaded["events"], "load_s": loaded["seconds"],
        "load_events_per_s": loaded["events"] / loaded["seconds"] if loaded["seconds"] else 0.0,
        "load_documents_per_s": loaded["documents"] / loaded["seconds"] if loaded["seconds"] else 0.0,
        "load_copies": args.load_copies, "load_big_events": loaded_big["events"], "load_big_s": loaded_big["seconds"],
        "load_big_events_per_s": loaded_big["events"] / loaded_big["seconds"] if loaded_big["seconds"] else 0.0,
        "load_big_documents_per_s": loaded_big["documents"] / loaded_big["seconds"] if loaded_big["seconds"] else 0.0,
    }
    print(f"{f['documents']} documents from {packed} NAEB pages in {f['warcs']} WARC.gz files; rounds {args.rounds}; "
          f"cores {f['cores']}; load average {load_before:.1f} before, {load_after:.1f} after")
    for name in CONFIGS:
        print(f"  {name:<7} {wall[name]:7.1f} s  {rate[name]:6.2f} documents/s  "
              f"peak worker {f['peak_worker_mb'][name]:.0f} MB")
    print(f"dask 2 workers / local 1 worker throughput (target >= 1.6):  {f['dask2_speedup_over_local1']:.2f}")
    print(f"dask 2 workers / local 2 workers time (target <= 1.15):      {f['dask2_time_over_local2']:.2f}")
    print(f"peak memory per worker (target <= 600 MB):                  {max(f['peak_worker_mb'].values()):.0f} MB")
    print(f"load: {f['load_events']} events in {f['load_s']:.3f} s = {f['load_events_per_s']:,.0f} events/s "
          f"(target >= 20,000), {f['load_documents_per_s']:,.0f} documents/s")
    print(f"load of {args.load_copies} copies under other keys: {f['load_big_events']} events in {f['load_big_s']:.3f} s = "
          f"{f['load_big_events_per_s']:,.0f} events/s, {f['load_big_documents_per_s']:,.0f} documents/s")
    print(f"per-core rate (local, 1 worker): {rate['local1']:.2f} documents/s = {rate['local1'] * 3600:,.0f} per CPU-hour")
    if args.json:
        Path(args.json).write_text(json.dumps(f, indent=2))
    scratch.cleanup()


if __name__ == "__main__":
    main()
