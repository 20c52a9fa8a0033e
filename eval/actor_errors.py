"""Each matched actor of the real-news dev half whose country or sector is wrong: gold code, ours, name, article.

    PYTHONPATH=src python eval/actor_errors.py [--only ID] [--kinds]

Dev half only (the test half is never listed). ``--kinds`` adds a count by (gold sector, our sector).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from eval.realnews import analyse, code_of, gold_actor, load_gold, normal  # noqa: E402


def wanted(match: dict) -> str:
    if match.get("country") == "IGO":
        return "IGO" + (match.get("sector") or "")
    return normal((match.get("country") or "---") + (match.get("sector") or "")) or ""


def around(doc, actor, width: int = 110) -> str:
    """The words around the actor's first mention, on one line."""
    span = actor.spans[0] if actor.spans else None
    paragraphs = doc.article.paragraphs if doc.article is not None else []
    if span is None or span.paragraph >= len(paragraphs):
        return ""
    text = paragraphs[span.paragraph]
    return " ".join(text[max(0, span.start - width) : span.end + width].split())


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", help="one dev article id")
    parser.add_argument("--kinds", action="store_true", help="count the errors by (gold sector, our sector)")
    parser.add_argument("--context", action="store_true", help="show the words around the actor's first mention")
    args = parser.parse_args(argv)
    kinds: Counter = Counter()
    matched = wrong = 0
    for item in load_gold():
        if item.half != "dev" or item.text is None or (args.only and item.id != args.only):
            continue
        doc = analyse(item)
        for actor in doc.actors:
            match = gold_actor(actor.name, item.data.get("actors", []))
            if match is None:
                continue
            matched += 1
            ours, want = normal(code_of(actor)) or "", wanted(match)
            if ours[:3] == want[:3] and ours[3:] == want[3:]:
                continue
            wrong += 1
            kinds[(want[3:] or "-", ours[3:] or "-", "country" if ours[:3] != want[:3] else "")] += 1
            print(f"{item.id}\tgold {want or '-':9}\tours {ours or '-':9}\t{actor.name}\t(gold {match['name']})")
            if args.context:
                print("\t\t" + around(doc, actor))
    print(f"{wrong} wrong of {matched} matched")
    if args.kinds:
        for (gold, ours, country), count in kinds.most_common():
            print(f"{count:4}  gold {gold:4} ours {ours:4} {country}")


if __name__ == "__main__":
    main()
