"""Calibrates the event coder's confidence on the dev half of the real-news gold (never the test half).

Every asserted event of the dev half is scored as ``eval/realnews.py`` scores it (right or wrong; for the events
that may enter the dyad series, right or wrong there too), with the evidence the coder had about it
(:class:`faultlines.events.calibration.Evidence`: raw confidence, rule kind, CAMEO root, whether its sides were
named in its sentence or by a pronoun, reported speech, how much of the article is about the same two states ...).
A logistic model with an L2 penalty is fitted to it. What is chosen (the penalty, then the series threshold) is
chosen from cross-validation grouped by article: the articles are dealt into 5 folds (10 different deals), and the
events of each fold are scored by a model fitted on the other folds only, so the figures say how the calibration
does on articles it was not fitted on. The model is then refitted on all dev articles and written, with the
chosen threshold, to ``src/faultlines/data/events/calibration.tsv``:

    # comments (the figures it was chosen by)
    feature   weight
    bias      -1.234      the intercept
    raw       2.345       one row per input of Evidence.features(): confidence = 1 / (1 + exp(-(bias + sum w*x)))
    ...
    series_threshold  0.70   (weight column) the lowest calibrated confidence an event needs to enter the series

The threshold is the lowest (of 0.50, 0.55 .. 0.95) at which the cross-validated series precision reaches
``--target`` (0.90) with at least ``--min-share`` (a fifth) of the events that could enter the series; where
none does, the one of the highest cross-validated precision.

    python eval/calibrate.py [--target 0.9] [--folds 5] [--repeats 10] [--dump rows.json] [--rows rows.json]
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from eval import realnews  # noqa: E402

TABLE = realnews.ROOT / "src" / "faultlines" / "data" / "events" / "calibration.tsv"
#: The model's inputs, of those Evidence.features() offers. Each was kept because adding it lowered the held-out
#: log loss (5 folds by article, 10 deals); sentence length, the distance from act to source, a crowded sentence,
#: the past tense, the rule being a verb's, a conflict root, both sides named as states, the number of the
#: coder's adjustments, the article's size and its main pair did not, and raw confidence barely does (kept so
#: that a rule's own doubt can count after rule changes). A feature listed here but missing from Evidence
#: weighs nothing.
FEATURES = (
    "raw", "kind_noun", "material_cooperation", "both_government", "person_side", "source_elsewhere",
    "target_elsewhere", "pronoun", "reported", "quoted", "embedded", "lead", "several_pairs", "dyad_share",
)
#: A CAMEO root (feature ``root_XX``) gets a weight of its own when the dev half has at least this many of its acts.
MIN_ROOT_EVENTS = 5
PENALTIES = (0.3, 1.0, 3.0, 10.0, 30.0, 100.0)
THRESHOLDS = tuple(round(0.5 + 0.05 * i, 2) for i in range(10))
BANDS = tuple(round(0.1 * i, 1) for i in range(10))


# -- the dev half, event by event -------------------------------------------------------------------------------
def collect() -> list[dict]:
    """One row per asserted event of the dev half: article, features, right, and its series standing."""
    from faultlines.events.calibration import Evidence, recording
    from faultlines.relations.series import enters_series

    rows = []
    for item in realnews.load_gold():
        if item.text is None or item.half != "dev":
            continue
        with recording() as found:
            doc = realnews.analyse(item)
        by_key = {e.key: e for e in found}
        for event, right in realnews.judged_events(item, doc, realnews.Tally()):
            key = (event.paragraph, event.start, event.rule, _code(event.source), _code(event.target), event.cameo)
            seen = by_key.get(key) or Evidence(raw=event.confidence, rule=event.rule, code=event.cameo)
            series = enters_series(event, min_confidence=0.0)
            rows.append({
                "article": item.id,
                "features": seen.features(),
                "right": int(right),
                "series": int(series),
                "series_right": int(series and _series_right(item, event)),
                "sentence": event.sentence[:160],
                "rule": event.rule,
                "cameo": event.cameo,
                "pair": sorted(str(ref.country) for ref in (event.source, event.target) if ref is not None),
            })
    return rows


def _code(ref) -> str | None:
    return ref.code if ref is not None else None


def _series_right(item, event) -> bool:
    """As eval/realnews.py scores the series: the countries and the CAMEO root of an asserted gold event of the
    sentence, either way round when the act is mutual."""
    pred = realnews.predicted_tuple(event)
    return any(
        realnews.same_sentence(event.sentence, g["sentence"])
        and g.get("mode", "asserted") == "asserted"
        and realnews.tuples_match(pred, realnews.gold_tuple(g), realnews._mutual(g), countries_only=True)
        for g in item.data.get("events", [])
        if g["cameo"] not in realnews.SKIPPED_CODES
    )


# -- the model ---------------------------------------------------------------------------------------------------
def inputs(rows: list[dict]) -> list[str]:
    """:data:`FEATURES`, and the CAMEO roots with enough dev events to weigh."""
    roots = Counter(name for r in rows for name in r["features"] if name.startswith("root_"))
    return list(FEATURES) + sorted(name for name, n in roots.items() if n >= MIN_ROOT_EVENTS)


def matrix(rows: list[dict], names: list[str]) -> tuple[np.ndarray, np.ndarray]:
    x = np.array([[1.0] + [r["features"].get(n, 0.0) for n in names] for r in rows])
    return x, np.array([r["right"] for r in rows], dtype=float)


def fit(x: np.ndarray, y: np.ndarray, penalty: float) -> np.ndarray:
    """Logistic regression by Newton's method, ``penalty`` * |w|^2 / 2 on every weight but the bias."""
    w = np.zeros(x.shape[1])
    if len(y):
        mean = min(0.95, max(0.05, y.mean()))
        w[0] = math.log(mean / (1 - mean))
    ridge = np.eye(x.shape[1]) * penalty
    ridge[0, 0] = 1e-6
    for _ in range(50):
        p = 1 / (1 + np.exp(-np.clip(x @ w, -30, 30)))
        gradient = x.T @ (p - y) + ridge @ w
        hessian = (x * (p * (1 - p))[:, None]).T @ x + ridge
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def predict(w: np.ndarray, x: np.ndarray) -> np.ndarray:
    from faultlines.events.calibration import CEILING, FLOOR

    return np.clip(1 / (1 + np.exp(-np.clip(x @ w, -30, 30))), FLOOR, CEILING)


def held_out(rows: list[dict], names: list[str], penalty: float, folds: int, seed: int = 0) -> np.ndarray:
    """Each event's confidence from a model fitted without its article: the articles are dealt at random (by
    ``seed``) into ``folds`` groups (0: one group per article), and each group is scored by a model fitted on the
    others."""
    articles = sorted({r["article"] for r in rows})
    np.random.default_rng(seed).shuffle(articles)
    group = {a: (i % folds if folds else i) for i, a in enumerate(articles)}
    x, y = matrix(rows, names)
    groups = np.array([group[r["article"]] for r in rows])
    out = np.zeros(len(rows))
    for g in set(groups.tolist()):
        test = groups == g
        out[test] = predict(fit(x[~test], y[~test], penalty), x[test])
    return out


def deals(rows: list[dict], names: list[str], penalty: float, folds: int, repeats: int) -> list[np.ndarray]:
    """The held-out confidences of ``repeats`` different deals of the articles into folds (one when ``folds`` is 0:
    leave one article out)."""
    return [held_out(rows, names, penalty, folds, seed) for seed in range(repeats if folds else 1)]


def log_loss(p: np.ndarray, y: np.ndarray) -> float:
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


# -- figures -----------------------------------------------------------------------------------------------------
def reliability(ps: list[np.ndarray], rows: list[dict]) -> list[tuple[float, float, float, float]]:
    """(band, events per deal, mean confidence, share right) per tenth of confidence, over the deals ``ps``."""
    y = np.tile(np.array([r["right"] for r in rows], dtype=float), len(ps))
    p = np.concatenate(ps)
    out = []
    for band in BANDS:
        inside = (p >= band) & (p < band + 0.1) if band < 0.9 else p >= band
        if inside.any():
            out.append((band, inside.sum() / len(ps), float(p[inside].mean()), float(y[inside].mean())))
    return out


def series_curve(ps: list[np.ndarray], rows: list[dict]) -> list[tuple[float, float, float]]:
    """(threshold, series events at or above it per deal, share of them right), over the deals ``ps``."""
    series = np.tile(np.array([r["series"] for r in rows], dtype=bool), len(ps))
    right = np.tile(np.array([r["series_right"] for r in rows], dtype=bool), len(ps))
    p = np.round(np.concatenate(ps), 2)  # the pipeline keeps two decimals
    out = []
    for t in THRESHOLDS:
        entering = series & (p >= t)
        n = int(entering.sum())
        out.append((t, n / len(ps), float((entering & right).sum() / n) if n else 0.0))
    return out


def choose_threshold(curve: list[tuple[float, float, float]], target: float, min_events: float) -> tuple[float, bool]:
    """The lowest threshold whose series precision reaches ``target`` with at least ``min_events`` series events,
    and True; where none does, the one of the highest precision (with at least ``min_events``), and False."""
    enough = [(t, n, p) for t, n, p in curve if n >= min_events]
    if not enough:
        return curve[0][0], False
    reaching = [t for t, _, p in enough if p >= target]
    if reaching:
        return reaching[0], True
    return max(enough, key=lambda c: (round(c[2], 3), -c[0]))[0], False


def describe(name: str, ps: list[np.ndarray], rows: list[dict]) -> list[str]:
    y = np.array([r["right"] for r in rows], dtype=float)
    loss = np.mean([log_loss(p, y) for p in ps])
    brier = np.mean([np.mean((p - y) ** 2) for p in ps])
    return [
        f"{name}: log loss {loss:.3f}, Brier {brier:.3f}",
        "  reliability (band: events, mean confidence, share right): "
        + "; ".join(f"{b:.1f}: {n:.0f}, {c:.2f}, {r:.2f}" for b, n, c, r in reliability(ps, rows)),
        "  series (threshold: events, precision): "
        + "; ".join(f"{t:.2f}: {n:.0f}, {p:.3f}" for t, n, p in series_curve(ps, rows)),
    ]


# -- writing -----------------------------------------------------------------------------------------------------
def write(names: list[str], weights: np.ndarray, threshold: float, figures: list[str]) -> None:
    lines = [
        "# Calibrated event confidence, written by eval/calibrate.py from the dev half of the real-news gold.",
        "# A logistic model: confidence = 1 / (1 + exp(-(bias + sum of weight * feature))), kept within 0.05..0.95,",
        "# with the features of faultlines.events.calibration.Evidence.features() (each about 0..1); a feature",
        "# this file lacks weighs nothing. series_threshold (in the weight column) is the lowest confidence an event",
        "# needs to enter the dyad series, chosen on the cross-validated figures below ('held out': each article's",
        "# events scored by a model fitted without that article; figures per deal of the articles into folds).",
        *(f"# {line}" for line in figures),
        "feature\tweight",
        f"bias\t{weights[0]:.4f}",
        *(f"{n}\t{w:.4f}" for n, w in zip(names, weights[1:], strict=True)),
        f"series_threshold\t{threshold:.2f}",
    ]
    TABLE.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {TABLE.relative_to(realnews.ROOT)}: {len(names)} features, series threshold {threshold:.2f}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--target", type=float, default=0.9, help="series precision the threshold must reach")
    parser.add_argument("--min-share", type=float, default=0.2,
                        help="fewest series events a threshold may rest on, as a share of all that could enter")
    parser.add_argument("--folds", type=int, default=5, help="groups of articles (0: leave one article out)")
    parser.add_argument("--repeats", type=int, default=10, help="deals of the articles into folds")
    parser.add_argument("--dump", help="write the dev rows (features and scores) to this JSON file")
    parser.add_argument("--rows", help="read the dev rows from this JSON file instead of running the pipeline")
    args = parser.parse_args(argv)
    if args.rows:
        rows = json.loads(Path(args.rows).read_text(encoding="utf-8"))
    elif not any(i.text is not None and i.half == "dev" for i in realnews.load_gold()):
        print("skipped: no dev-half real-news text here (../shared and eval/cache/realnews)")
        return
    else:
        rows = collect()
    if args.dump:
        Path(args.dump).write_text(json.dumps(rows), encoding="utf-8")
    names = inputs(rows)
    x, y = matrix(rows, names)
    losses = {
        c: float(np.mean([log_loss(p, y) for p in deals(rows, names, c, args.folds, args.repeats)])) for c in PENALTIES
    }
    penalty = min(losses, key=losses.get)
    held = deals(rows, names, penalty, args.folds, args.repeats)
    candidates = sum(r["series"] for r in rows)
    threshold, met = choose_threshold(series_curve(held, rows), args.target, args.min_share * candidates)
    weights = fit(x, y, penalty)
    raw = [np.array([r["features"]["raw"] for r in rows])]
    figures = [
        f"dev half: {len(rows)} asserted events ({int(y.sum())} right) from {len({r['article'] for r in rows})}"
        f" articles, {candidates} of them could enter the series; "
        + (f"{args.folds} folds by article, {len(held)} deals" if args.folds else "one fold per article")
        + f"; L2 penalty {penalty:g}, chosen by held-out log loss ("
        + ", ".join(f"{c:g}: {v:.3f}" for c, v in losses.items()) + ")",
        *describe("raw confidence", raw, rows),
        *describe("held out", held, rows),
        *describe("in sample (fitted on all dev articles: optimistic)", [predict(weights, x)], rows),
        f"series threshold {threshold:.2f}: "
        + (f"the lowest at which the held-out series precision reaches {args.target:g}"
           if met else f"no threshold reaches {args.target:g} held out; the one of the highest held-out precision")
        + f" with at least {args.min_share:.0%} of the series events",
    ]
    print("\n".join(figures))
    write(names, weights, threshold, figures)


if __name__ == "__main__":
    main()
