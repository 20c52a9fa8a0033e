"""A writer for ``benchmarks/web.py --write``: stores synthetic documents through ``Store.save`` (one transaction
each, as the ingest does) until it is stopped, then prints how many it wrote.

    python benchmarks/web_writer.py STORE [--per-second N]
"""

from __future__ import annotations

import argparse
import hashlib
import random
import signal
import sys
import time

from make_store import CAMEO, COUNTRIES, WORDS


def documents(seed: int):
    from faultlines.model import ActorRef, Article, Document, Event, Input

    rng = random.Random(seed)
    n = 0
    while True:
        n += 1
        day = f"2025-12-{rng.randint(1, 31):02d}"
        pairs = [rng.sample(COUNTRIES[:20], 2) for _ in range(rng.randint(3, 10))]
        paragraphs = [f"{a} and {b} officials discussed {rng.choice(WORDS)} and {rng.choice(WORDS)} on {day}."
                      for a, b in pairs]
        events = []
        for k, (a, b) in enumerate(pairs):
            cameo, quad, goldstein = rng.choice(CAMEO)
            events.append(Event(source=ActorRef(id=a, name=a, country=a, role="GOV"),
                                target=ActorRef(id=b, name=b, country=b, role="GOV"), cameo=cameo,
                                quad_class=quad, goldstein=goldstein, date=day, paragraph=k,
                                sentence=paragraphs[k], end=len(paragraphs[k]), confidence=0.9))
        article = Article(title=f"Live {rng.choice(WORDS)} report {seed}-{n}", published=day,
                          site="live.example", paragraphs=paragraphs)
        yield Document(input=Input(path=f"live/{seed}/{n}", url=f"https://live.example/{seed}/{n}"),
                       article=article, events=events)


def main(argv: list[str] | None = None) -> int:
    from faultlines.store import Store

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db")
    parser.add_argument("--per-second", type=float, default=20.0, help="documents per second at most")
    args = parser.parse_args(argv)
    stop = False

    def halt(*_):
        nonlocal stop
        stop = True

    signal.signal(signal.SIGTERM, halt)
    written = 0
    with Store(args.db) as store:
        for doc in documents(int(time.time())):
            if stop:
                break
            t0 = time.perf_counter()
            store.save(doc, hashlib.sha256(doc.input.path.encode()).hexdigest())
            written += 1
            time.sleep(max(0.0, 1 / args.per_second - (time.perf_counter() - t0)))
        store.refresh_summaries()
    print(f"writer: {written} documents stored", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
