"""Story clustering on NAEB: do republished copies join their original's story, and do distinct articles stay apart?

For every NAEB article (gold title/body/site/date), the script stores the original, then one altered copy from
another site, in one of four styles: an exact copy under a new title; a copy trimmed of its first and last
paragraphs with a "republished from" line; a copy with 30% of its paragraphs dropped and no provenance; and a
rewritten teaser (only the title kept, a different short text, plus provenance). It reports, per style, the share
of copies that joined their original's story (recall), and how many distinct originals were wrongly merged.
Run: ``.venv/bin/python eval/stories.py [--limit N]``.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from eval.common import NAEB, naeb_pages, require_shared  # noqa: E402
from faultlines.model import Article, Document, Input  # noqa: E402
from faultlines.store import Store  # noqa: E402

STYLES = ("exact-copy", "trimmed+provenance", "30%-dropped", "teaser+provenance")


def copy_of(paras: list[str], title: str, site: str, style: str, rng: random.Random) -> Article:
    if style == "exact-copy":
        return Article(title=f"{title} (analysis)", site="Copy Site", paragraphs=list(paras))
    if style == "trimmed+provenance":
        body = paras[1:-1] if len(paras) > 3 else list(paras)
        return Article(
            title=title,
            site="Copy Site",
            republished_from=site,
            paragraphs=[*body, f"This article was republished with permission from {site}."],
        )
    if style == "30%-dropped":
        keep = [p for p in paras if rng.random() > 0.3] or paras[:1]
        return Article(title=f"Copy: {title}", site="Copy Site", paragraphs=keep)
    return Article(
        title=title,
        site="Copy Site",
        republished_from=site,
        paragraphs=["Our partners report on this story; read the full text on their site today."],
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    require_shared(NAEB)
    rng = random.Random(7)
    joined, total, seconds, saves = Counter(), Counter(), 0.0, 0
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "s.db") as store:
        pairs = []
        for i, page in enumerate(naeb_pages(args.limit)):
            paras = [p for p in page.body.split("\n") if p.strip()]
            if not paras or not page.title:
                continue
            site = page.site or f"site{i}"
            original = Document(
                input=Input(path=f"orig/{page.id}"),
                article=Article(title=page.title, site=site, published=page.date, paragraphs=paras),
            )
            style = STYLES[i % len(STYLES)]
            copy = Document(
                input=Input(path=f"copy/{page.id}"), article=copy_of(paras, page.title, site, style, rng)
            )
            copy.article.published = page.date
            pairs.append((original, copy, style))
        start = time.perf_counter()
        for original, _, _ in pairs:
            store.save(original, hashlib.sha256(original.input.path.encode()).hexdigest())
        wrong = store.stats()["articles"] - store.stats()["stories"]
        for original, copy, style in pairs:
            store.save(copy, hashlib.sha256(copy.input.path.encode()).hexdigest())
            total[style] += 1
            story_of = dict(
                store.conn.execute(
                    "SELECT d.input_key, a.story_id FROM articles a JOIN documents d ON d.id = a.document_id"
                    " WHERE d.input_key IN (?, ?)",
                    (original.input.path, copy.input.path),
                ).fetchall()
            )
            joined[style] += story_of[original.input.path] == story_of[copy.input.path]
        seconds, saves = time.perf_counter() - start, 2 * len(pairs)
    print(f"originals: {len(pairs)}; distinct originals wrongly merged: {wrong}")
    for style in STYLES:
        print(
            f"  {style:<20} copies joined their story: {joined[style]}/{total[style]}"
            f" ({joined[style] / max(1, total[style]):.1%})"
        )
    print(f"store.save: {saves / seconds:.0f} documents/s ({1000 * seconds / saves:.1f} ms each)")


if __name__ == "__main__":
    main()
