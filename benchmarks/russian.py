"""Cost of a Russian article against an English article of the same length, measured in the same run.

Both go through the whole per-document pipeline (``analyze_article``: NLP and events) after a warm-up that loads
each language's models. The Russian articles are the gold set's (eval/gold/russian/); the English ones are the
bundled example pages' bodies, cut or repeated to the same number of characters as each Russian article.
Target: Russian ≤ 2× English.

    python benchmarks/russian.py [--rounds 3]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from eval.russian import load_gold  # noqa: E402

ENGLISH = Path(__file__).resolve().parent.parent / "examples" / "dumps"


def english_body(chars: int, texts: list[str]) -> list[str]:
    text = "\n\n".join(texts)
    while len(text) < chars:
        text += "\n\n" + text
    cut = text[:chars]
    return [p for p in cut.split("\n\n") if p.strip()]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    from faultlines.extract import extract_article
    from faultlines.model import Article, Input, Page
    from faultlines.pipeline import analyze_article

    english_texts = []
    for path in sorted(ENGLISH.glob("*.txt")):
        article = extract_article(Page(input=Input(path=str(path), kind="text"), text=path.read_text(), content_type="text/plain"))
        english_texts.extend(article.paragraphs)
    pairs = []
    for half in ("dev", "test"):
        for gold in load_gold(half):
            ru = Article(paragraphs=gold["paragraphs"], published=gold["meta"].get("date"), language="ru")
            chars = sum(len(p) for p in ru.paragraphs)
            en = Article(paragraphs=english_body(chars, english_texts), published=ru.published, language="en")
            pairs.append((ru, en))
    analyze_article(pairs[0][0], Input(kind="text"))  # warm-up: both languages' models
    analyze_article(pairs[0][1], Input(kind="text"))
    times = {"ru": 0.0, "en": 0.0}
    for _ in range(args.rounds):
        for ru, en in pairs:
            for lang, article in (("ru", ru), ("en", en)):
                copy = Article.from_dict({**article.to_dict(), "related": []})
                start = time.perf_counter()
                analyze_article(copy, Input(kind="text"))
                times[lang] += time.perf_counter() - start
    n = len(pairs) * args.rounds
    chars = sum(sum(len(p) for p in ru.paragraphs) for ru, _ in pairs) // len(pairs)
    ru_ms, en_ms = 1000 * times["ru"] / n, 1000 * times["en"] / n
    print(f"{len(pairs)} article pairs × {args.rounds} rounds, {chars} characters each on average")
    print(f"Russian {ru_ms:.1f} ms/article, English {en_ms:.1f} ms/article, ratio {ru_ms / en_ms:.2f} (target ≤ 2.0)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
