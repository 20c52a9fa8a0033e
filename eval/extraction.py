"""Extraction quality on the NAEB pages: faultlines against trafilatura 2.x default, in the same run.

Body F1 is counted over word 4-gram shingles as the ScrapingHub article-extraction benchmark counts it
(per-page precision and recall, macro-averaged, F1 of the averages). Titles are compared exactly (after
whitespace normalisation) and leniently (quotes, dashes, case and punctuation ignored); dates on the day;
authors as case-insensitive sets. A second section renders each page to a plain-text dump
(``eval/dumps.py``) and scores faultlines' text-dump segmenter against the whole dump as a baseline.

    python eval/extraction.py [--limit N] [--only html|dump] [--json out.json] [--workers 2] [--worst 15]

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

from eval.common import NAEB, NaebPage, macro_f1, naeb_pages, precision_recall, require_shared  # noqa: E402

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
    return {
        "precision": p,
        "recall": r,
        "title": result["title"],
        "exact_title": exact_title(result["title"], page.title),
        "lenient_title": lenient_title(result["title"], page.title),
        "date": same_day(result["date"], page.date) if page.date else None,
        "authors": same_authors(result["authors"], page.authors) if page.authors else None,
    }


def evaluate_page(args: tuple[NaebPage, str]) -> dict:
    page, only = args
    row: dict = {"id": page.id, "url": page.url, "gold_title": page.title}
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

    dump = render_dump(page.html)
    try:
        body = extract_article(Page(Input(path=f"{page.id}.txt", kind="text"), text=dump)).body
    except FaultlinesError:
        body = ""
    return {
        "dump_faultlines": dict(zip(("precision", "recall"), precision_recall(body, page.body), strict=True)),
        "dump_whole": dict(zip(("precision", "recall"), precision_recall(dump, page.body), strict=True)),
    }


def _rate(rows: list[dict], system: str, key: str) -> tuple[float, int]:
    values = [r[system][key] for r in rows if system in r and r[system][key] is not None]
    return (sum(values) / len(values) if values else 0.0), len(values)


def summarise(rows: list[dict]) -> dict:
    summary: dict = {"pages": len(rows)}
    for system in ("faultlines", "trafilatura"):
        scored = [r[system] for r in rows if system in r]
        if not scored:
            continue
        p, r, f1 = macro_f1([(s["precision"], s["recall"]) for s in scored])
        summary[system] = {"body_precision": p, "body_recall": r, "body_f1": f1}
        for key in ("exact_title", "lenient_title", "date", "authors"):
            summary[system][key], summary[system][f"{key}_pages"] = _rate(rows, system, key)
    for system in ("dump_faultlines", "dump_whole"):
        scored = [r[system] for r in rows if system in r]
        if scored:
            p, r, f1 = macro_f1([(s["precision"], s["recall"]) for s in scored])
            summary[system] = {"body_precision": p, "body_recall": r, "body_f1": f1, "pages": len(scored)}
    return summary


def print_table(summary: dict) -> None:
    print(f"NAEB pages: {summary['pages']}")
    if "faultlines" in summary:
        print(f"\n{'HTML':<26}{'faultlines':>12}{'trafilatura':>13}")
        rows = [
            ("body precision", "body_precision"),
            ("body recall", "body_recall"),
            ("body F1", "body_f1"),
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
    if "dump_faultlines" in summary:
        print(f"\n{'Text dumps':<26}{'segmenter':>12}{'whole dump':>13}")
        for label, key in (
            ("body precision", "body_precision"),
            ("body recall", "body_recall"),
            ("body F1", "body_f1"),
        ):
            print(f"{label:<26}{summary['dump_faultlines'][key]:>12.3f}{summary['dump_whole'][key]:>13.3f}")
    elif summary.get("dump_skipped"):
        print(f"\nText dumps: skipped ({summary['dump_skipped']})")


def _f1(score: dict) -> float:
    p, r = score["precision"], score["recall"]
    return 2 * p * r / (p + r) if p + r else 0.0


def print_worst(rows: list[dict], count: int) -> None:
    for system in ("faultlines", "dump_faultlines"):
        scored = [r for r in rows if system in r]
        if not scored:
            continue
        print(f"\nworst {system} pages (body F1, precision, recall; trafilatura F1 beside):")
        for row in sorted(scored, key=lambda r: _f1(r[system]))[:count]:
            s = row[system]
            ref = f"  traf {_f1(row['trafilatura']):.2f}" if "trafilatura" in row else ""
            print(
                f"  {row['id'][:12]}  F1 {_f1(s):.2f}  P {s['precision']:.2f}  R {s['recall']:.2f}{ref}  {row['url']}"
            )
        if system == "faultlines":
            misses = [r for r in scored if not r[system]["exact_title"]][:count]
            print(f"\ntitles missed ({sum(not r[system]['exact_title'] for r in scored)}):")
            for row in misses:
                print(f"  {row['id'][:12]}  {row[system]['title']!r}  gold {row['gold_title']!r}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="evaluate the first N pages only")
    parser.add_argument("--only", choices=("html", "dump"), default=None, help="run one section")
    parser.add_argument("--json", type=Path, default=None, help="write the summary and per-page rows here")
    parser.add_argument("--workers", type=int, default=1, help="process pool size (at most 2)")
    parser.add_argument("--worst", type=int, default=0, help="print the N worst pages and missed titles")
    args = parser.parse_args(argv)
    require_shared(NAEB)
    only = args.only or "all"
    pages = list(naeb_pages(limit=args.limit))
    jobs = [(page, only) for page in pages]
    workers = max(1, min(args.workers, 2))
    if workers > 1:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            rows = list(pool.map(evaluate_page, jobs, chunksize=4))
    else:
        rows = [evaluate_page(job) for job in _progress(jobs)]
    summary = summarise(rows)
    if only in ("all", "dump") and "dump_faultlines" not in summary:
        summary["dump_skipped"] = "eval/dumps.py or faultlines.extract.textdump not found"
    print_table(summary)
    if args.worst:
        print_worst(rows, args.worst)
    if args.json:
        args.json.write_text(json.dumps({"summary": summary, "pages": rows}, indent=1), encoding="utf-8")
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
