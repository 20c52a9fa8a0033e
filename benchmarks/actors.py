"""Speed of the NLP engine and the actor stage against the full ``en_core_web_sm`` pipe, in the same run.

On NAEB gold article bodies (paragraphs split on newlines) it times, alternating rounds in one process:

* reference: the full ``en_core_web_sm`` pipeline over every paragraph (``nlp.pipe``);
* ``fast`` engine: :func:`faultlines.nlp.engine.parse_paragraphs` (parser only where a name and a verb are);
* the actor stage: :func:`faultlines.nlp.actors.resolve_actors` on the parsed articles.

It reports median times and the ratios ``actors / reference`` (what actor resolution adds to the pipe it shares) and
``(fast engine + actors) / reference``. Skips cleanly when ../shared is absent.

    python benchmarks/actors.py [--articles 40] [--rounds 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.common import NAEB, naeb_pages, require_shared  # noqa: E402


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=40)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    require_shared(NAEB)

    from faultlines.model import Article
    from faultlines.nlp.actor_gazetteer import get_gazetteer
    from faultlines.nlp.actors import resolve_actors
    from faultlines.nlp.engine import get_nlp, parse_paragraphs
    from faultlines.nlp.parsed import ParsedArticle

    articles = []
    for page in naeb_pages(args.articles):
        paragraphs = [p.strip() for p in page.body.split("\n") if p.strip()]
        articles.append(Article(paragraphs=paragraphs, published=page.date, language="en"))
    texts = [p for a in articles for p in a.paragraphs]
    nlp = get_nlp()
    get_gazetteer(nlp)
    list(nlp.pipe(texts[:20]))  # warm up
    reference, engine, actors = [], [], []
    for _ in range(args.rounds):
        start = time.perf_counter()
        for _doc in nlp.pipe(texts, batch_size=64):
            pass
        reference.append(time.perf_counter() - start)
        start = time.perf_counter()
        docs = iter(parse_paragraphs(texts, mode="fast"))
        parsed = [ParsedArticle(article=a, docs=[next(docs) for _ in a.paragraphs]) for a in articles]
        engine.append(time.perf_counter() - start)
        start = time.perf_counter()
        found = sum(len(resolve_actors(p)) for p in parsed)
        actors.append(time.perf_counter() - start)
    ref, eng, act = (statistics.median(x) for x in (reference, engine, actors))
    print(
        f"{len(articles)} articles, {len(texts)} paragraphs, {sum(map(len, texts))} characters, {found} actors"
    )
    print(f"reference full en_core_web_sm pipe: {ref:.2f}s")
    print(f"fast engine: {eng:.2f}s   actors: {act:.2f}s")
    print(f"ratio actors / reference: {act / ref:.3f}")
    print(f"ratio (fast engine + actors) / reference: {(eng + act) / ref:.3f}")


if __name__ == "__main__":
    main()
