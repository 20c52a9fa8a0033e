"""Event coding speed: :func:`faultlines.events.code_events` against the spaCy parse it reads, in the same run.

Articles: NAEB gold article bodies (``articleBody`` split on newlines) when ../shared is present, else the
articles and sentences of the event gold set (eval/gold/events). Each article is parsed once, with actors and
quotes, by :func:`faultlines.nlp.analyze` (what the pipeline hands the event stage); then, in alternating rounds
after a warm-up, the script times:

* reference: the full ``en_core_web_sm`` pipe (``nlp.pipe``) over the same paragraphs;
* the shared parse of the engine (:func:`faultlines.nlp.engine.parse_paragraphs`, the mode the pipeline runs);
* event coding: ``code_events`` on every parsed article.

It prints events per second and the ratios event coding / reference pipe and event coding / shared parse
(medians of the rounds). No target is set in the issues; what event coding adds should stay a fraction of the parse.

    python benchmarks/events.py [--articles 40] [--rounds 3] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.common import naeb_articles  # noqa: E402

GOLD = ROOT / "eval" / "gold" / "events"


def gold_articles(limit: int):
    """The event gold set: whole articles, then single sentences grouped ten to an article."""
    from faultlines.model import Article

    out, sentences = [], []
    for name in ("articles.jsonl", "sentences.jsonl"):
        path = GOLD / name
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            item = json.loads(line)
            if item.get("kind") == "sentence":
                sentences.append(item["text"])
            else:
                paragraphs = [p.strip() for p in item["text"].split("\n") if p.strip()]
                out.append(Article(paragraphs=paragraphs, published=item.get("published"), language="en"))
    out += [Article(paragraphs=sentences[i : i + 10], language="en") for i in range(0, len(sentences), 10)]
    return out[:limit]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=40)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--json", help="write the figures to this file")
    args = parser.parse_args(argv)

    from faultlines.events import code_events
    from faultlines.nlp import analyze
    from faultlines.nlp.engine import get_nlp, parse_paragraphs

    articles = naeb_articles(args.articles)
    source = "NAEB (../shared)"
    if not articles:
        articles, source = gold_articles(args.articles), "eval/gold/events"
    if not articles:
        print("skipped: no articles (../shared absent and no event gold set)")
        return 0
    texts = [p for a in articles for p in a.paragraphs]
    nlp = get_nlp()
    parsed = [analyze(a) for a in articles]  # parse + actors + quotes, once; also warms the models up
    list(nlp.pipe(texts[:20]))
    for item in parsed[:5]:
        code_events(item)

    times: dict[str, list[float]] = {"reference pipe": [], "shared parse": [], "event coding": []}
    n_events = 0
    for round_no in range(args.rounds):
        steps = ["reference pipe", "shared parse", "event coding"]
        if round_no % 2:
            steps.reverse()
        for step in steps:
            start = time.perf_counter()
            if step == "reference pipe":
                for _doc in nlp.pipe(texts, batch_size=64):
                    pass
            elif step == "shared parse":
                parse_paragraphs(texts)
            else:
                n_events = sum(len(code_events(item)) for item in parsed)
            times[step].append(time.perf_counter() - start)
    median = {k: statistics.median(v) for k, v in times.items()}
    coding = median["event coding"]
    figures = {
        "source": source,
        "articles": len(articles),
        "paragraphs": len(texts),
        "events": n_events,
        "rounds": args.rounds,
        **{f"{k.replace(' ', '_')}_s": v for k, v in median.items()},
        "events_per_s": n_events / coding if coding else None,
        "articles_per_s": len(articles) / coding if coding else None,
        "ratio_coding_vs_reference_pipe": coding / median["reference pipe"],
        "ratio_coding_vs_shared_parse": coding / median["shared parse"],
    }
    print(f"{len(articles)} articles from {source}, {len(texts)} paragraphs, {n_events} events, "
          f"{args.rounds} alternating rounds (medians)")
    for name, value in median.items():
        print(f"  {name:<15} {value:8.3f} s")
    print(f"event coding: {figures['events_per_s']:.0f} events/s, {figures['articles_per_s']:.0f} articles/s")
    print(f"ratio event coding / reference pipe (en_core_web_sm): {figures['ratio_coding_vs_reference_pipe']:.3f}")
    print(f"ratio event coding / shared parse (engine):          {figures['ratio_coding_vs_shared_parse']:.3f}")
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
