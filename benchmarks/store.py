"""Store speed: ``Store.save`` against a naive store built from the same libraries, in the same run.

On NAEB gold article bodies (with a few synthetic events each) it times, in alternating rounds:

* reference: ``sqlite3`` (WAL, FTS5 over title and body) inserting each document's JSON in its own
  transaction, plus datasketch's ``MinHashLSH`` (same shingles, same permutations) queried and updated for
  near-duplicates — what one would write with the two libraries and nothing else;
* faultlines: :meth:`faultlines.store.Store.save` (documents, articles, FTS5, actors, quotes, events, MinHash
  LSH bands in SQLite, story clusters, unique-event de-duplication), one transaction per document.

It prints documents per second of each and the ratio of faultlines' time to the reference's. Skips cleanly
when ../shared is absent.

    python benchmarks/store.py [--articles 200] [--rounds 3]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.common import NAEB, naeb_pages, require_shared  # noqa: E402

STATES = ("RUS", "KAZ", "UKR", "CHN", "USA", "TUR", "IRN", "ISR")
CODES = (("130", 3, -4.4), ("051", 1, 3.5), ("190", 4, -10.0), ("036", 1, 4.0), ("111", 3, -2.0))


def documents(limit: int):
    from faultlines.model import ActorRef, Article, Document, Event, Input

    rng = random.Random(3)
    docs = []
    for page in naeb_pages(limit):
        paragraphs = [p for p in page.body.split("\n") if p.strip()]
        if not paragraphs:
            continue
        events = []
        for _ in range(rng.randint(3, 12)):
            a, b = rng.sample(STATES, 2)
            cameo, quad, goldstein = rng.choice(CODES)
            events.append(
                Event(
                    source=ActorRef(id=a, name=a, country=a, role="GOV"),
                    target=ActorRef(id=b, name=b, country=b, role="GOV"),
                    cameo=cameo,
                    quad_class=quad,
                    goldstein=goldstein,
                    date=page.date,
                    sentence=paragraphs[0][:200],
                )
            )
        article = Article(title=page.title, published=page.date, site=page.site, paragraphs=paragraphs)
        docs.append(
            Document(input=Input(path=f"naeb/{page.id}", url=page.url), article=article, events=events)
        )
    return docs


def reference(docs, folder: Path) -> float:
    from datasketch import MinHash, MinHashLSH

    from faultlines.store.stories import NUM_PERM, SHINGLE, words

    conn = sqlite3.connect(folder / "ref.db", isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("CREATE TABLE docs (id INTEGER PRIMARY KEY, key TEXT UNIQUE, hash TEXT, data TEXT)")
    conn.execute("CREATE VIRTUAL TABLE docs_fts USING fts5(title, body)")
    lsh = MinHashLSH(threshold=0.5, num_perm=NUM_PERM)
    start = time.perf_counter()
    for doc in docs:
        tokens = words(doc.article.body)
        shingles = {" ".join(tokens[i : i + SHINGLE]).encode() for i in range(len(tokens) - SHINGLE + 1)}
        minhash = MinHash(num_perm=NUM_PERM, seed=1)
        minhash.update_batch(list(shingles))
        lsh.query(minhash)
        data = json.dumps(doc.to_dict())
        conn.execute("BEGIN IMMEDIATE")
        cur = conn.execute(
            "INSERT INTO docs(key, hash, data) VALUES (?, ?, ?)",
            (doc.input.path, hashlib.sha256(data.encode()).hexdigest(), data),
        )
        conn.execute(
            "INSERT INTO docs_fts(rowid, title, body) VALUES (?, ?, ?)",
            (cur.lastrowid, doc.article.title, doc.article.body),
        )
        conn.execute("COMMIT")
        lsh.insert(doc.input.path, minhash)
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def faultlines(docs, folder: Path) -> float:
    from faultlines.store import Store

    with Store(folder / "fl.db") as store:
        start = time.perf_counter()
        for doc in docs:
            store.save(doc, hashlib.sha256(doc.input.path.encode()).hexdigest())
        return time.perf_counter() - start


def without_aggregates(docs, folder: Path) -> float:
    """``Store.save`` with the aggregates of migration 005 switched off (their triggers dropped, no dyad summaries):
    what the aggregates cost on write."""
    from faultlines.store import Store, aggregates

    with Store(folder / "plain.db") as store:
        for name in aggregates.INSERT_TRIGGERS + ("unique_events_dyads_ad", "unique_events_dyads_au",
                                                  "actors_totals_ad", "quotes_totals_ad"):
            store.conn.execute(f"DROP TRIGGER IF EXISTS {name}")
        start = time.perf_counter()
        for doc in docs:
            store.save(doc, hashlib.sha256(doc.input.path.encode()).hexdigest())
        return time.perf_counter() - start


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--ingest-docs-per-s", type=float, default=0.0,
                        help="the ingest throughput measured by benchmarks/pipeline.py, to express the aggregates'"
                             " cost as a share of an ingest")
    args = parser.parse_args(argv)
    require_shared(NAEB)
    docs = documents(args.articles)
    times: dict[str, list[float]] = {"reference": [], "faultlines": [], "without aggregates": []}
    for round_no in range(args.rounds):
        order = [("reference", reference), ("faultlines", faultlines), ("without aggregates", without_aggregates)]
        if round_no % 2:
            order.reverse()
        for name, func in order:
            with tempfile.TemporaryDirectory() as tmp:
                times[name].append(func(docs, Path(tmp)))
    ref, ours = statistics.median(times["reference"]), statistics.median(times["faultlines"])
    print(f"documents: {len(docs)}, rounds: {args.rounds}")
    print(f"reference (sqlite3 JSON + FTS5 + datasketch MinHashLSH): {len(docs) / ref:.0f} docs/s")
    print(f"faultlines Store.save:                                   {len(docs) / ours:.0f} docs/s")
    print(f"ratio faultlines / reference: {ours / ref:.2f}")
    plain = statistics.median(times["without aggregates"])
    print(f"Store.save without the aggregates:                       {len(docs) / plain:.0f} docs/s")
    print(f"store throughput with the aggregates / without: {plain / ours:.2f}")
    if args.ingest_docs_per_s:
        per_doc = 1 / args.ingest_docs_per_s  # the whole pipeline's time per document, store included
        extra = (ours - plain) / len(docs)
        print(f"ingest throughput with the aggregates / without (at {args.ingest_docs_per_s:g} docs/s): "
              f"{(per_doc - extra) / per_doc:.3f}")


if __name__ == "__main__":
    main()
