"""Fit the weights of the text-dump headline score on dumps rendered from the dev pages.

Every NAEB page and every page of the WCXB dev half (never the test half) is rendered in each dump style of
``eval/dumps.py``; the segmenter's candidate lines for the headline get their features
(:mod:`faultlines.extract.textdump_headline`), the lines that match the gold title (leniently) are the
answers, and a linear score is fitted by softmax regression over each dump's candidates (L2-regularised,
L-BFGS). The weights are written to ``data/extract/textdump_title_weights.txt``.

    python eval/dump_titles.py [--limit N] [--check] [--write]

``--check`` fits on NAEB alone and reports the headline accuracy on the WCXB dev half and the other way
round (how well the rule carries to sites it has not seen). Skips cleanly when ../shared is absent.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from eval.common import NAEB, WCXB, naeb_pages, require_shared, wcxb_pages  # noqa: E402
from eval.dumps import STYLES, render_dump  # noqa: E402
from eval.extraction import lenient_title  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "src" / "faultlines" / "data" / "extract"
L2 = 0.0001  # chosen by two-fold cross-validation over both sets (0.01 underfits)
STEPS = 2000


def page_rows(args: tuple[str, str, str, str]) -> list[tuple[str, list[str], np.ndarray, np.ndarray]]:
    """(group, feature names, feature matrix, gold mask) of one page's dumps, one a style."""
    import faultlines.extract.textdump as textdump
    from faultlines.extract import textdump_headline as th
    from faultlines.model import Input, Page

    group, html, title, page_id = args
    out = []
    for style in STYLES:
        seen: dict = {}

        def capture(blocks, start, end, structural, heads_body=False, seen=seen):
            seen.update(blocks=blocks, start=start, end=end, structural=structural)
            return structural

        original = textdump.choose_headline
        textdump.choose_headline = capture
        try:
            textdump.extract_text_dump(Page(Input(path=page_id, kind="text"), text=render_dump(html, style)))
        finally:
            textdump.choose_headline = original
        if not seen:
            continue
        blocks, start, end = seen["blocks"], seen["start"], seen["end"]
        context = th.context_of(blocks, start, end, seen["structural"])
        ids = th.candidates(blocks, start, end)
        if not ids:
            continue
        feats = [th.features(blocks, i, start, end, context) for i in ids]
        names = list(feats[0])
        x = np.array([[f[n] for n in names] for f in feats], dtype=float)
        gold = np.array([lenient_title(blocks[i].text, title) for i in ids], dtype=bool)
        out.append((group, names, x, gold))
    return out


def collect(limit: int | None, workers: int) -> list[tuple[str, list[str], np.ndarray, np.ndarray]]:
    jobs = []
    if NAEB.exists():
        jobs += [("naeb", p.html, p.title, p.id) for p in naeb_pages(limit)]
    if WCXB.exists():
        jobs += [("wcxb-dev", p.html, p.title, p.id) for p in wcxb_pages(limit, half="dev")]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return [row for rows in pool.map(page_rows, jobs, chunksize=4) for row in rows]


def fit(rows: list) -> np.ndarray:
    """Softmax regression over each dump's candidates, answers being any gold line (L-BFGS to the optimum)."""
    from scipy.optimize import minimize

    rows = [r for r in rows if r[3].any()]
    x = np.vstack([r[2] for r in rows])
    gold = np.concatenate([r[3] for r in rows]).astype(float)
    sizes = np.array([len(r[3]) for r in rows])
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    group = np.repeat(np.arange(len(rows)), sizes)

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        s = x @ w
        s -= np.maximum.reduceat(s, starts)[group]
        e = np.exp(s)
        p = e / np.add.reduceat(e, starts)[group]
        q = gold * p  # the answers' share of the mass, renormalised within each dump
        mass = np.add.reduceat(q, starts)
        q /= mass[group]
        value = -np.log(mass).sum() / len(rows) + 0.5 * L2 * w @ w
        return value, x.T @ (p - q) / len(rows) + L2 * w

    return minimize(loss, np.zeros(x.shape[1]), jac=True, method="L-BFGS-B", options={"maxiter": STEPS}).x


def accuracy(rows: list, w: np.ndarray) -> float:
    """Share of dumps whose best-scoring candidate is a gold line (dumps without a gold line count as misses)."""
    hits = sum(bool(gold[int(np.argmax(x @ w))]) for _, _, x, gold in rows)
    return hits / len(rows) if rows else 0.0


def structural(rows: list) -> float:
    hits = 0
    for _, names, x, gold in rows:
        picked = np.flatnonzero(x[:, names.index("structural")] > 0)
        hits += bool(picked.size and gold[picked[0]])
    return hits / len(rows) if rows else 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--check", action="store_true", help="fit on one set, score on the other")
    parser.add_argument("--write", action="store_true", help="write the fitted weights")
    parser.add_argument(
        "--cache", type=Path, default=None, help="keep the features here (pickle) between runs"
    )
    args = parser.parse_args(argv)
    require_shared(WCXB if WCXB.exists() else NAEB)
    if args.cache and args.cache.exists():
        rows = pickle.loads(args.cache.read_bytes())
    else:
        rows = collect(args.limit, args.workers)
        if args.cache:
            args.cache.write_bytes(pickle.dumps(rows))
    names = rows[0][1]
    for group in ("naeb", "wcxb-dev"):
        part = [r for r in rows if r[0] == group]
        print(f"{group}: {len(part)} dumps, structural pick right {structural(part):.3f}")
    if args.check:
        for train, test in (("naeb", "wcxb-dev"), ("wcxb-dev", "naeb")):
            w = fit([r for r in rows if r[0] == train])
            print(f"fit on {train}: {test} {accuracy([r for r in rows if r[0] == test], w):.3f}")
    w = fit(rows)
    for group in ("naeb", "wcxb-dev"):
        print(f"fit on both: {group} {accuracy([r for r in rows if r[0] == group], w):.3f}")
    if args.write:
        lines = [
            "# Weights of the text-dump headline score (faultlines.extract.textdump_headline), fitted by",
            "# eval/dump_titles.py on dumps of the NAEB pages and the WCXB dev half. name weight",
        ]
        lines += [f"{name} {value:.4f}" for name, value in zip(names, w, strict=True)]
        (OUT / "textdump_title_weights.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for name, value in sorted(zip(names, w, strict=True), key=lambda t: -abs(t[1])):
        print(f"  {name:<20}{value:+.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
