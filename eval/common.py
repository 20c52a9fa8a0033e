"""Shared helpers of the evaluation scripts: where ../shared is, the NAEB pages, shingle scoring."""

from __future__ import annotations

import gzip
import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
NAEB = SHARED / "data" / "naeb"
CONFLIBERT = SHARED / "data" / "conflibert"

_WORD = re.compile(r"\w+", re.UNICODE)


def require_shared(path: Path) -> None:
    """Exit cleanly (status 0) when the data an evaluation needs is not beside the project."""
    if not path.exists():
        print(f"skipped: {path} not found (evaluation data lives in ../shared beside the project)")
        sys.exit(0)


@dataclass
class NaebPage:
    id: str
    html: str
    title: str
    date: str | None
    authors: list[str]
    body: str
    url: str | None
    site: str | None


def naeb_pages(limit: int | None = None) -> Iterator[NaebPage]:
    """The NAEB pages that have raw HTML, in a stable order."""
    gold = json.loads((NAEB / "articles.json").read_text(encoding="utf-8"))
    count = 0
    for page_id in sorted(gold):
        path = NAEB / "html" / f"{page_id}.html.gz"
        if not path.exists():
            continue
        item = gold[page_id]
        raw = gzip.decompress(path.read_bytes())
        authors = item.get("authors") or []
        if isinstance(authors, str):
            authors = [a.strip() for a in re.split(r",| and ", authors) if a.strip()]
        yield NaebPage(
            id=page_id,
            html=raw.decode("utf-8", errors="replace"),
            title=item.get("title") or "",
            date=item.get("date") or None,
            authors=authors,
            body=item.get("articleBody") or "",
            url=item.get("url"),
            site=item.get("site"),
        )
        count += 1
        if limit and count >= limit:
            return


def naeb_articles(limit: int | None = None) -> list:
    """The gold bodies of the NAEB pages as articles (one paragraph a line), for the NLP-stage benchmarks;
    empty when ../shared is absent."""
    from faultlines.model import Article

    if not NAEB.exists():
        return []
    out = []
    for page in naeb_pages(limit):
        paragraphs = [p.strip() for p in page.body.split("\n") if p.strip()]
        if paragraphs:
            out.append(Article(paragraphs=paragraphs, published=page.date, language="en"))
    return out


def tokens(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def shingles(text: str, n: int = 4) -> Counter:
    """Word n-gram shingles (a multiset), as the ScrapingHub article-extraction benchmark counts them."""
    words = tokens(text)
    if len(words) < n:
        return Counter([tuple(words)]) if words else Counter()
    return Counter(tuple(words[i : i + n]) for i in range(len(words) - n + 1))


def precision_recall(predicted: str, gold: str) -> tuple[float, float]:
    """Shingle precision and recall of one page (empty vs empty counts as perfect)."""
    pred, ref = shingles(predicted), shingles(gold)
    if not pred and not ref:
        return 1.0, 1.0
    common = sum((pred & ref).values())
    precision = common / sum(pred.values()) if pred else 0.0
    recall = common / sum(ref.values()) if ref else 0.0
    return precision, recall


def macro_f1(pairs: list[tuple[float, float]]) -> tuple[float, float, float]:
    """Precision and recall macro-averaged over pages, and the F1 of those averages."""
    if not pairs:
        return 0.0, 0.0, 0.0
    p = sum(x for x, _ in pairs) / len(pairs)
    r = sum(y for _, y in pairs) / len(pairs)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)
