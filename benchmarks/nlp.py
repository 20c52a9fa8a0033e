"""What actors + quotes add to the spaCy pipe they share, measured as ratios in one run.

Articles: the quote gold set's pages (eval/gold/quotes, through the real extractor) and, when ../shared is
present, NAEB gold article bodies. Alternating rounds in one process time:

* the spaCy pipe the stages share: :func:`faultlines.nlp.engine.parse_paragraphs` (the engine's default mode);
* the full ``en_core_web_sm`` pipe over every paragraph (the naive reference, for scale);
* the actor stage (:func:`faultlines.nlp.actors.resolve_actors`) and the quote stage
  (:func:`faultlines.nlp.quotes.extract_quotes`) on the parsed articles.

Target: (actors + quotes) / shared pipe <= 0.25.

    python benchmarks/nlp.py [--naeb 40] [--rounds 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

from eval.common import naeb_articles  # noqa: E402

TARGET = 0.25


def gold_articles():
    """Articles of the quote gold set, extracted as the pipeline extracts them."""
    import json

    from eval.quotes import GOLD, fallback_paragraphs, gold_path, read_page
    from faultlines.model import Article

    out = []
    for ann in sorted(GOLD.glob("*.json")):
        path = gold_path(ann, json.loads(ann.read_text(encoding="utf-8"))["file"])
        if not path.exists():
            continue
        page = read_page(path)
        try:
            from faultlines.extract import extract_article

            article = extract_article(page)
        except Exception:
            article = Article(paragraphs=fallback_paragraphs(page))
        article.language = "en"
        out.append(article)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--naeb", type=int, default=40, help="NAEB articles to add when ../shared is present")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)

    from faultlines.nlp.actors import resolve_actors
    from faultlines.nlp.engine import get_nlp, parse_paragraphs
    from faultlines.nlp.parsed import ParsedArticle
    from faultlines.nlp.quotes import extract_quotes

    articles = gold_articles() + (naeb_articles(args.naeb) if args.naeb > 0 else [])
    texts = [p for a in articles for p in a.paragraphs]
    nlp = get_nlp()
    parse_paragraphs(texts[:20])  # warm up (model, gazetteer)
    times: dict[str, list[float]] = {"full pipe": [], "shared pipe": [], "actors": [], "quotes": []}
    n_quotes = 0
    for _ in range(args.rounds):
        start = time.perf_counter()
        for _doc in nlp.pipe(texts, batch_size=64):
            pass
        times["full pipe"].append(time.perf_counter() - start)
        start = time.perf_counter()
        docs = iter(parse_paragraphs(texts))
        parsed = [ParsedArticle(article=a, docs=[next(docs) for _ in a.paragraphs]) for a in articles]
        times["shared pipe"].append(time.perf_counter() - start)
        start = time.perf_counter()
        for item in parsed:
            item.actors = resolve_actors(item)
        times["actors"].append(time.perf_counter() - start)
        start = time.perf_counter()
        n_quotes = sum(len(extract_quotes(item)) for item in parsed)
        times["quotes"].append(time.perf_counter() - start)
    median = {k: statistics.median(v) for k, v in times.items()}
    print(
        f"nlp benchmark: {len(articles)} articles, {len(texts)} paragraphs, {n_quotes} quotes, {args.rounds} rounds"
    )
    for name, value in median.items():
        print(f"  {name:<12} {value:8.3f} s")
    added = median["actors"] + median["quotes"]
    ratio = added / median["shared pipe"]
    print(f"quotes / shared pipe:            {median['quotes'] / median['shared pipe']:.3f}")
    print(f"(actors + quotes) / shared pipe: {ratio:.3f}  (target <= {TARGET})")
    print(f"(actors + quotes) / full pipe:   {added / median['full pipe']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
