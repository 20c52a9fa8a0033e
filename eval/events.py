"""Event coding evaluation.

1. Sentence class on ../shared/data/conflibert/cameo_class_train.tsv (GPL: read here, never copied): the class of
   a sentence is the quad class of its first event, 0 when none. The sentences are split at random (fixed seed)
   into a tuning half and a held-out half; both are reported. ``--via-cli`` runs the official path
   (``faultlines analyze FILE --per-line --format jsonl``) instead of the in-process batch pipeline.
2. Events of the gold set we wrote (eval/gold/events/): precision, recall and F1 of (source country, target
   country, CAMEO root) triples per sentence or article.

    python eval/events.py [--via-cli] [--limit N] [--half tune|held-out|both] [--errors K] [--no-gold]
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from eval.common import CONFLIBERT, ROOT  # noqa: E402

CLASS_FILE = CONFLIBERT / "cameo_class_train.tsv"
GOLD = ROOT / "eval" / "gold" / "events"
SEED = 20240601
LABELS = (0, 1, 2, 3, 4)


def load_class_file(path: Path = CLASS_FILE) -> list[tuple[str, int]]:
    rows = []
    for line in path.read_bytes().decode("utf-8").splitlines():
        if "\t" not in line:
            continue
        sentence, label = line.rsplit("\t", 1)
        if label.strip().isdigit():
            rows.append((sentence.strip(), int(label)))
    return rows


def split_halves(rows: list) -> tuple[list, list]:
    """A fixed random split: the tuning half (look at its errors) and the held-out half (only its score)."""
    order = list(range(len(rows)))
    random.Random(SEED).shuffle(order)
    half = len(order) // 2
    return [rows[i] for i in sorted(order[:half])], [rows[i] for i in sorted(order[half:])]


def first_class(events: list[dict]) -> int:
    """The quad class of the sentence's first event that the text does not deny (0 when none)."""
    events = [e for e in events if e.get("mode", "asserted") != "negated"]
    return int(events[0]["quad_class"]) if events else 0


def predict_in_process(sentences: list[str]) -> list[list[dict]]:
    """The acts the coder finds in each sentence, whether or not their actors resolve to a known state.

    The sentence class is about the act; the coder reports as events only the acts whose sides are of a known
    state (the CLI path, ``--via-cli``, measures those)."""
    from faultlines.events.article import code_parsed
    from faultlines.events.cameo import lookup
    from faultlines.model import Article
    from faultlines.nlp import analyze
    from faultlines.nlp.engine import parse_paragraphs

    out = []
    for text, doc in zip(sentences, parse_paragraphs(sentences), strict=True):
        parsed = analyze(Article(paragraphs=[text], language="en"), docs=[doc])
        acts = [c for _, _, c in code_parsed(parsed)]
        out.append(
            [{"quad_class": lookup(c.code).quad_class, "mode": c.mode, "rule": c.rule} for c in acts]
        )
    return out


def predict_via_cli(sentences: list[str]) -> list[list[dict]]:
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as handle:
        handle.write("\n".join(s.replace("\n", " ") for s in sentences) + "\n")
        path = handle.name
    try:
        exe = Path(sys.executable).parent / "faultlines"
        command = [str(exe)] if exe.exists() else [sys.executable, "-m", "faultlines"]
        out = subprocess.run(
            [*command, "analyze", path, "--per-line", "--format", "jsonl"],
            capture_output=True,
            text=True,
            check=False,
        )
    finally:
        Path(path).unlink(missing_ok=True)
    lines = [json.loads(line) for line in out.stdout.splitlines() if line.strip()]
    if len(lines) != len(sentences):
        sys.exit(
            f"faultlines analyze gave {len(lines)} lines for {len(sentences)} sentences: {out.stderr[-300:]}"
        )
    return [doc.get("events") or [] for doc in lines]


def class_scores(gold: list[int], pred: list[int]) -> dict:
    confusion = [[0] * len(LABELS) for _ in LABELS]
    for g, p in zip(gold, pred, strict=True):
        confusion[g][p] += 1
    f1s = []
    for label in LABELS:
        tp = confusion[label][label]
        fp = sum(confusion[g][label] for g in LABELS) - tp
        fn = sum(confusion[label]) - tp
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1s.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
    accuracy = sum(confusion[i][i] for i in LABELS) / max(1, len(gold))
    return {
        "n": len(gold),
        "accuracy": accuracy,
        "macro_f1": sum(f1s) / len(f1s),
        "f1": f1s,
        "confusion": confusion,
    }


def print_scores(name: str, scores: dict) -> None:
    print(f"{name}: n={scores['n']} accuracy={scores['accuracy']:.3f} macro-F1={scores['macro_f1']:.3f}")
    print(
        "  per-class F1: "
        + " ".join(f"{label}:{f:.2f}" for label, f in zip(LABELS, scores["f1"], strict=True))
    )
    print("  confusion (rows gold 0-4, columns predicted 0-4):")
    for label, row in zip(LABELS, scores["confusion"], strict=True):
        print(f"    {label}: " + " ".join(f"{n:4d}" for n in row))


def evaluate_classes(args: argparse.Namespace) -> dict:
    if not CLASS_FILE.exists():
        print(
            f"skipped sentence classes: {CLASS_FILE} not found (data lives in ../shared beside the project)"
        )
        return {}
    rows = load_class_file()
    tune, held = split_halves(rows)
    halves = {"tune": tune, "held-out": held}
    chosen = ["tune", "held-out"] if args.half == "both" else [args.half]
    predict = predict_via_cli if args.via_cli else predict_in_process
    results = {}
    for name in chosen:
        subset = halves[name][: args.limit] if args.limit else halves[name]
        started = time.perf_counter()
        events = predict([s for s, _ in subset])
        elapsed = time.perf_counter() - started
        scores = class_scores([g for _, g in subset], [first_class(e) for e in events])
        print_scores(f"sentence class, {name} half ({elapsed:.1f}s)", scores)
        results[name] = scores
        if args.errors and name == "tune":
            show_errors(subset, events, args.errors)
    return results


def show_errors(subset, events, count: int) -> None:
    """Errors of the tuning half only (the held-out half is never looked at)."""
    misses = Counter()
    shown = 0
    for (sentence, gold), evs in zip(subset, events, strict=True):
        pred = first_class(evs)
        if pred == gold:
            continue
        misses[(gold, pred)] += 1
        if shown < count:
            rule = evs[0]["rule"] if evs else "-"
            print(f"  gold {gold} pred {pred} [{rule}] {sentence[:160]}")
            shown += 1
    print("  most common (gold, predicted) errors:", misses.most_common(8))


# -- gold set ---------------------------------------------------------------------------------------------
def load_gold() -> list[dict]:
    items = []
    for name in ("sentences.jsonl", "articles.jsonl"):
        path = GOLD / name
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                items.append(json.loads(line))
    return items


def triples(events: list[dict]) -> Counter:
    found = Counter()
    for event in events:
        source = (event.get("source") or {}).get("country")
        target = (event.get("target") or {}).get("country")
        found[(source, target, event["cameo"][:2])] += 1
    return found


def gold_triples(item: dict) -> Counter:
    return Counter((e["source"], e.get("target"), e["cameo"][:2]) for e in item["events"])


def evaluate_gold(args: argparse.Namespace) -> dict:
    from faultlines.model import Article, Input
    from faultlines.pipeline import analyze_article

    items = load_gold()
    if not items:
        print("skipped gold events: eval/gold/events/ is empty")
        return {}
    tp = fp = fn = 0
    wrong: list[str] = []
    for item in items:
        paragraphs = [p.strip() for p in item["text"].split("\n\n") if p.strip()]
        article = Article(paragraphs=paragraphs, published=item.get("published"), language="en")
        doc = analyze_article(article, Input(kind="text"))
        predicted = triples(
            [
                e.to_dict()
                for e in doc.events
                if (e.source and e.source.country) or (e.target and e.target.country)
            ]
        )
        predicted = Counter({k: 1 for k in predicted})
        gold = Counter({k: 1 for k in gold_triples(item)})
        hit = sum((predicted & gold).values())
        tp += hit
        fp += sum(predicted.values()) - hit
        fn += sum(gold.values()) - hit
        if predicted != gold and len(wrong) < args.errors:
            wrong.append(
                f"  {item['id']}: gold {sorted(gold, key=str)} predicted {sorted(predicted, key=str)}"
            )
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    sentences = sum(1 for i in items if i.get("kind") == "sentence")
    print(
        f"gold events ({sentences} sentences, {len(items) - sentences} articles): "
        f"precision={precision:.3f} recall={recall:.3f} F1={f1:.3f} (tp={tp} fp={fp} fn={fn})"
    )
    for line in wrong:
        print(line)
    return {"precision": precision, "recall": recall, "f1": f1}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--via-cli", action="store_true", help="run `faultlines analyze --per-line --format jsonl`"
    )
    parser.add_argument("--limit", type=int, default=0, help="only the first N sentences of each half")
    parser.add_argument("--half", choices=("tune", "held-out", "both"), default="both")
    parser.add_argument("--errors", type=int, default=0, help="show up to K errors (tuning half, gold set)")
    parser.add_argument("--no-gold", action="store_true", help="skip the gold set")
    parser.add_argument("--no-class", action="store_true", help="skip the sentence classes")
    args = parser.parse_args(argv)
    if not args.no_class:
        evaluate_classes(args)
    if not args.no_gold:
        evaluate_gold(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
