"""Extraction quality on the NAEB and WCXB pages: faultlines against trafilatura 2.x, in the same run.

Body F1 is counted over word 4-gram shingles as the ScrapingHub article-extraction benchmark counts it
(per-page precision and recall, macro-averaged, F1 of the averages), and as WCXB's own word-level F1 (the
bag of lowercased words, macro-averaged the same way). Titles are compared exactly (after whitespace
normalisation) and leniently (quotes, dashes, case and punctuation ignored); dates on the day; authors as
case-insensitive sets. A second section renders each page to plain-text dumps in several styles
(``eval/dumps.py``: a browser's copy, a reader view without menus and footers, a hard-wrapped text-browser
dump) and scores faultlines' text-dump segmenter against the whole dump as a baseline.

WCXB is split by page into a dev half and a test half (``eval.common.wcxb_half``, fixed before tuning);
rules are tuned on the dev half only and both halves are reported.

    python eval/extraction.py [--set naeb|wcxb] [--half dev|test] [--limit N] [--only html|dump]
                              [--json out.json] [--workers 2] [--worst 15]

Skips cleanly (exit 0) when ../shared is absent.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from eval.common import (  # noqa: E402
    NAEB,
    WCXB,
    NaebPage,
    macro_f1,
    naeb_pages,
    precision_recall,
    wcxb_half,
    wcxb_pages,
    word_precision_recall,
)

DUMP_STYLES = ("innertext", "reader", "wrapped")

_PUNCT = re.compile(r"[\W_]+", re.UNICODE)
_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "…": "..."})


def exact_title(predicted: str | None, gold: str) -> bool:
    return " ".join((predicted or "").split()) == " ".join(gold.split())


def lenient_title(predicted: str | None, gold: str) -> bool:
    def key(text: str) -> str:
        text = unicodedata.normalize("NFKC", text or "").translate(_QUOTES).lower()
        return _PUNCT.sub("", text)

    return bool(gold) and key(predicted or "") == key(gold)


def same_day(predicted: str | None, gold: str | None) -> bool:
    return bool(predicted and gold) and predicted[:10] == gold[:10]


def same_authors(predicted: list[str], gold: list[str]) -> bool:
    def norm(names: list[str]) -> set[str]:
        return {" ".join(n.lower().split()) for n in names if n.strip()}

    return norm(predicted) == norm(gold)


def _faultlines_html(page: NaebPage) -> dict:
    from faultlines.extract import extract_article
    from faultlines.model import FaultlinesError, Input, Page

    try:
        article = extract_article(
            Page(Input(path=f"{page.id}.html", url=page.url, kind="html"), text=page.html)
        )
    except FaultlinesError:
        return {"body": "", "title": None, "date": None, "authors": []}
    return {
        "body": article.body,
        "title": article.title,
        "date": article.published,
        "authors": article.authors,
    }


def _trafilatura_html(page: NaebPage) -> dict:
    import trafilatura

    doc = trafilatura.bare_extraction(page.html, url=page.url, with_metadata=True)
    if doc is None:
        return {"body": "", "title": None, "date": None, "authors": []}
    authors = [a.strip() for a in (doc.author or "").split(";") if a.strip()]
    return {"body": doc.text or "", "title": doc.title, "date": doc.date, "authors": authors}


def _score(result: dict, page: NaebPage) -> dict:
    p, r = precision_recall(result["body"], page.body)
    wp, wr = word_precision_recall(result["body"], page.body)
    return {
        "precision": p,
        "recall": r,
        "word_precision": wp,
        "word_recall": wr,
        "title": result["title"],
        "exact_title": exact_title(result["title"], page.title),
        "lenient_title": lenient_title(result["title"], page.title),
        "date": same_day(result["date"], page.date) if page.date else None,
        "authors": same_authors(result["authors"], page.authors) if page.authors else None,
    }


def evaluate_page(args: tuple[str, NaebPage, str]) -> dict:
    group, page, only = args
    row: dict = {"id": page.id, "group": group, "url": page.url, "gold_title": page.title}
    if only in ("all", "html"):
        row["faultlines"] = _score(_faultlines_html(page), page)
        row["trafilatura"] = _score(_trafilatura_html(page), page)
    if only in ("all", "dump"):
        row.update(_evaluate_dump(page))
    return row


def _evaluate_dump(page: NaebPage) -> dict:
    import importlib.util

    try:
        from eval.dumps import render_dump
    except ImportError:
        return {}
    if importlib.util.find_spec("faultlines.extract.textdump") is None:
        return {}
    from faultlines.extract import extract_article
    from faultlines.model import FaultlinesError, Input, Page

    row: dict = {}
    for style in DUMP_STYLES:
        dump = render_dump(page.html, style)
        try:
            article = extract_article(Page(Input(path=f"{page.id}.txt", kind="text"), text=dump))
            body, title = article.body, article.title
        except FaultlinesError:
            body, title = "", None
        row[f"dump_{style}"] = _dump_score(body, page, title)
        row[f"whole_{style}"] = _dump_score(dump, page, None)
    return row


def _dump_score(body: str, page: NaebPage, title: str | None) -> dict:
    p, r = precision_recall(body, page.body)
    wp, wr = word_precision_recall(body, page.body)
    return {
        "precision": p,
        "recall": r,
        "word_precision": wp,
        "word_recall": wr,
        "title": title,
        "exact_title": exact_title(title, page.title),
        "lenient_title": lenient_title(title, page.title),
    }


def _rate(rows: list[dict], system: str, key: str) -> tuple[float, int]:
    values = [r[system][key] for r in rows if system in r and r[system][key] is not None]
    return (sum(values) / len(values) if values else 0.0), len(values)


def _bodies(scored: list[dict]) -> dict:
    p, r, f1 = macro_f1([(s["precision"], s["recall"]) for s in scored])
    wp, wr, wf1 = macro_f1([(s["word_precision"], s["word_recall"]) for s in scored])
    return {
        "body_precision": p,
        "body_recall": r,
        "body_f1": f1,
        "word_precision": wp,
        "word_recall": wr,
        "word_f1": wf1,
    }


def summarise(rows: list[dict]) -> dict:
    summary: dict = {"pages": len(rows)}
    for system in ("faultlines", "trafilatura"):
        scored = [r[system] for r in rows if system in r]
        if not scored:
            continue
        summary[system] = _bodies(scored)
        for key in ("exact_title", "lenient_title", "date", "authors"):
            summary[system][key], summary[system][f"{key}_pages"] = _rate(rows, system, key)
    for prefix in ("dump", "whole"):
        every: list[dict] = []
        for style in DUMP_STYLES:
            scored = [r[f"{prefix}_{style}"] for r in rows if f"{prefix}_{style}" in r]
            if not scored:
                continue
            every.extend(scored)
            summary[f"{prefix}_{style}"] = _bodies(scored) | _titles(scored)
        if every:  # every rendering of every page, one page-rendering one vote
            summary[f"{prefix}_all"] = _bodies(every) | _titles(every) | {"renderings": len(every)}
    return summary


def _titles(scored: list[dict]) -> dict:
    return {
        key: sum(s[key] for s in scored) / len(scored) for key in ("exact_title", "lenient_title") if scored
    }


def print_table(summary: dict, name: str = "NAEB") -> None:
    print(f"\n=== {name} pages: {summary['pages']}")
    if "faultlines" in summary:
        print(f"\n{'HTML':<26}{'faultlines':>12}{'trafilatura':>13}")
        rows = [
            ("body precision", "body_precision"),
            ("body recall", "body_recall"),
            ("body F1", "body_f1"),
            ("word F1 (WCXB)", "word_f1"),
            ("title (exact)", "exact_title"),
            ("title (lenient)", "lenient_title"),
            ("date (same day)", "date"),
            ("authors (set match)", "authors"),
        ]
        for label, key in rows:
            ours, ref = summary["faultlines"][key], summary["trafilatura"][key]
            pages = summary["faultlines"].get(f"{key}_pages")
            suffix = f"   ({pages} pages with gold)" if key in ("date", "authors") else ""
            print(f"{label:<26}{ours:>12.3f}{ref:>13.3f}{suffix}")
    if "dump_all" in summary:
        print(
            f"\n{'Text dumps (segmenter)':<26}{'all':>8}"
            + "".join(f"{s:>11}" for s in DUMP_STYLES)
            + "  whole dump"
        )
        for label, key in (
            ("body precision", "body_precision"),
            ("body recall", "body_recall"),
            ("body F1", "body_f1"),
            ("word F1", "word_f1"),
            ("title (exact)", "exact_title"),
            ("title (lenient)", "lenient_title"),
        ):
            cells = "".join(f"{summary[f'dump_{s}'][key]:>11.3f}" for s in DUMP_STYLES)
            whole = f"{summary['whole_all'][key]:>12.3f}" if "title" not in key else ""
            print(f"{label:<26}{summary['dump_all'][key]:>8.3f}{cells}{whole}")
    elif summary.get("dump_skipped"):
        print(f"\nText dumps: skipped ({summary['dump_skipped']})")


def _f1(score: dict) -> float:
    p, r = score["word_precision"], score["word_recall"]
    return 2 * p * r / (p + r) if p + r else 0.0


def print_worst(rows: list[dict], count: int) -> None:
    for system in ("faultlines", *(f"dump_{style}" for style in DUMP_STYLES)):
        scored = [r for r in rows if system in r]
        if not scored:
            continue
        print(f"\nworst {system} pages (body F1, precision, recall; trafilatura F1 beside):")
        for row in sorted(scored, key=lambda r: (_f1(r[system]), r["id"]))[:count]:
            s = row[system]
            ref = f"  traf {_f1(row['trafilatura']):.2f}" if "trafilatura" in row else ""
            print(
                f"  {row['id'][:12]}  F1 {_f1(s):.2f}  P {s['precision']:.2f}  R {s['recall']:.2f}{ref}  {row['url']}"
            )
        if system == "faultlines":
            misses = [r for r in scored if not r[system]["lenient_title"]][:count]
            print(f"\ntitles missed, lenient ({sum(not r[system]['lenient_title'] for r in scored)}):")
            for row in misses:
                print(f"  {row['id'][:12]}  {row[system]['title']!r}  gold {row['gold_title']!r}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="evaluate the first N pages only")
    parser.add_argument("--only", choices=("html", "dump"), default=None, help="run one section")
    parser.add_argument("--json", type=Path, default=None, help="write the summary and per-page rows here")
    parser.add_argument("--workers", type=int, default=1, help="process pool size")
    parser.add_argument("--worst", type=int, default=0, help="print the N worst pages and missed titles")
    parser.add_argument("--set", choices=("naeb", "wcxb"), default=None, help="one page set (default: both)")
    parser.add_argument(
        "--half", choices=("dev", "test"), default=None, help="one half of WCXB (default: both)"
    )
    args = parser.parse_args(argv)
    sets = [args.set] if args.set else ["naeb", "wcxb"]
    sets = [s for s in sets if (NAEB if s == "naeb" else WCXB).exists()]
    if not sets:
        print(
            "skipped: ../shared/data/naeb and ../shared/data/wcxb not found (evaluation data lives in ../shared)"
        )
        return 0
    only = args.only or "all"
    jobs: list[tuple[str, NaebPage, str]] = []
    if "naeb" in sets:
        jobs += [("naeb", page, only) for page in naeb_pages(limit=args.limit)]
    if "wcxb" in sets:
        jobs += [(f"wcxb-{wcxb_half(p.id)}", p, only) for p in wcxb_pages(limit=args.limit, half=args.half)]
    workers = max(1, args.workers)
    if workers > 1:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            rows = list(pool.map(evaluate_page, jobs, chunksize=4))
    else:
        rows = [evaluate_page(job) for job in _progress(jobs)]
    groups = {
        "NAEB": [r for r in rows if r["group"] == "naeb"],
        "WCXB (all)": [r for r in rows if r["group"].startswith("wcxb")],
        "WCXB dev half": [r for r in rows if r["group"] == "wcxb-dev"],
        "WCXB test half": [r for r in rows if r["group"] == "wcxb-test"],
    }
    summaries = {}
    for name, group_rows in groups.items():
        if not group_rows:
            continue
        summaries[name] = summary = summarise(group_rows)
        if only in ("all", "dump") and "dump_all" not in summary:
            summary["dump_skipped"] = "eval/dumps.py or faultlines.extract.textdump not found"
        print_table(summary, name)
        if args.worst and name in ("NAEB", "WCXB dev half"):
            print_worst(group_rows, args.worst)
    if args.json:
        args.json.write_text(json.dumps({"summary": summaries, "pages": rows}, indent=1), encoding="utf-8")
    return 0


def _progress(items: list) -> list:
    if not sys.stderr.isatty():
        return items
    try:
        from tqdm import tqdm
    except ImportError:  # pragma: no cover
        return items
    return tqdm(items, unit="page")


if __name__ == "__main__":
    sys.exit(main())
