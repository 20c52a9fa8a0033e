"""Source and target actor spans on ../shared/data/conflibert/cameo_ner_train.txt (GPL: read here, never copied).

The file tags each sentence's source (S), target (T) and reciprocal (R) actors in CoNLL BIO format. For the main
(first) event of each sentence we compare the phrases our coder picks as source and target with the gold spans:
a predicted span matches when it shares a token with a gold span of the same role (R counts as either role).

    python eval/event_spans.py [--limit N]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from eval.common import CONFLIBERT  # noqa: E402

NER_FILE = CONFLIBERT / "cameo_ner_train.txt"


def load_sentences(path: Path = NER_FILE) -> list[tuple[str, dict[str, list[tuple[int, int]]]]]:
    """(text joined with spaces, {"S"|"T"|"R": [(start, end) character spans]}) per sentence."""
    sentences = []
    tokens: list[tuple[str, str]] = []

    def flush() -> None:
        if not tokens:
            return
        text, spans, offset = [], {"S": [], "T": [], "R": []}, 0
        current: list | None = None
        for word, tag in tokens:
            start = offset
            text.append(word)
            offset += len(word) + 1
            role = tag[2:] if len(tag) > 2 else ""
            if tag.startswith("B-") or (tag.startswith("I-") and (current is None or current[0] != role)):
                current = [role, start, start + len(word)]
                spans.setdefault(role, []).append(current)
            elif tag.startswith("I-") and current is not None:
                current[2] = start + len(word)
            else:
                current = None
        sentences.append((" ".join(text), {k: [(s, e) for _, s, e in v] for k, v in spans.items()}))
        tokens.clear()

    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) < 2:
            flush()
            continue
        tokens.append((parts[0], parts[-1]))
    flush()
    return sentences


def predicted_spans(texts: list[str]) -> list[dict[str, list[tuple[int, int]]]]:
    from faultlines import nlp
    from faultlines.events.article import code_parsed
    from faultlines.model import Article
    from faultlines.nlp.engine import parse_paragraphs

    results = []
    docs = parse_paragraphs(texts)
    for text, doc in zip(texts, docs, strict=True):
        article = Article(paragraphs=[text], language="en")
        parsed = nlp.analyze(article, docs=[doc])
        coded = code_parsed(parsed)
        spans: dict[str, list[tuple[int, int]]] = {"S": [], "T": []}
        if coded:
            _, _, first = coded[0]
            spans["S"] = [(p.start, p.end) for p in first.sources if p.end > p.start]
            spans["T"] = [(p.start, p.end) for p in first.targets if p.end > p.start]
        results.append(spans)
    return results


def _overlaps(span: tuple[int, int], others: list[tuple[int, int]]) -> bool:
    return any(span[0] < e and s < span[1] for s, e in others)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0)
    args = parser.parse_args(argv)
    if not NER_FILE.exists():
        print(f"skipped: {NER_FILE} not found (evaluation data lives in ../shared beside the project)")
        return 0
    sentences = load_sentences()
    if args.limit:
        sentences = sentences[: args.limit]
    started = time.perf_counter()
    predicted = predicted_spans([text for text, _ in sentences])
    elapsed = time.perf_counter() - started
    totals = {}
    for role in ("S", "T"):
        tp_p = n_p = tp_r = n_r = 0
        for (_, gold), pred in zip(sentences, predicted, strict=True):
            gold_role = gold.get(role, []) + gold.get("R", [])
            for span in pred[role]:
                n_p += 1
                tp_p += _overlaps(span, gold_role)
            for span in gold.get(role, []):
                n_r += 1
                tp_r += _overlaps(span, pred[role])
        totals[role] = (tp_p, n_p, tp_r, n_r)
        precision = tp_p / n_p if n_p else 0.0
        recall = tp_r / n_r if n_r else 0.0
        name = "source" if role == "S" else "target"
        print(f"{name} spans: precision={precision:.3f} ({tp_p}/{n_p}) recall={recall:.3f} ({tp_r}/{n_r})")
    tp_p = sum(v[0] for v in totals.values())
    n_p = sum(v[1] for v in totals.values())
    tp_r = sum(v[2] for v in totals.values())
    n_r = sum(v[3] for v in totals.values())
    print(
        f"all actor spans ({len(sentences)} sentences, {elapsed:.1f}s): precision={tp_p / max(1, n_p):.3f} "
        f"recall={tp_r / max(1, n_r):.3f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
