"""Reading inputs: :func:`faultlines.sources.read_inputs` against the reference libraries doing the bare minimum,
measured in the same run.

Three inputs are built in a temporary folder from the same pages (NAEB pages from ../shared when present, else the
HTML pages under examples/):

* a folder of ``.html`` files — reference: read each file and ``bytes.decode("utf-8")``, with charset-normalizer's
  detection only for a file that is not UTF-8;
* a WARC.gz written with warcio (a request and a response record per page) — reference: warcio's
  ``ArchiveIterator`` reading (and UTF-8 decoding) every response record's body;
* an RSS 2.0 file whose entries carry the article's full text in ``content:encoded`` — reference:
  ``feedparser.parse`` of the file.

faultlines does more on each (sniffs the content, checks sizes, honours declared charsets, skips non-HTML records,
turns entries into pages). Rounds alternate which side goes first, after a warm-up; the script prints pages per
second of each side and the ratio of faultlines' time to the reference's (median of the rounds).

    python benchmarks/sources.py [--pages 100] [--rounds 5] [--json FILE]
"""

from __future__ import annotations

import argparse
import html
import io
import json
import re
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

_P = re.compile(r"<p[^>]*>(.*?)</p>", re.S | re.I)
_TAG = re.compile(r"<[^>]+>")


def load_pages(limit: int) -> tuple[str, list[tuple[str, bytes, str, str]]]:
    """(where the pages come from, [(name, page bytes, url, body text)])."""
    from eval.common import NAEB, naeb_pages
    from faultlines.sources.decode import decode_bytes

    if NAEB.exists():
        pages = [
            (p.id, p.html.encode("utf-8"), p.url or f"https://naeb.example/{p.id}", p.body)
            for p in naeb_pages(limit=limit)
        ]
        return "NAEB (../shared)", pages
    out = []
    for number, path in enumerate(sorted((ROOT / "examples").rglob("*.html"))[:limit]):
        data = path.read_bytes()  # as saved: some examples are not UTF-8
        text = decode_bytes(data)[0]
        body = "\n\n".join(
            " ".join(html.unescape(_TAG.sub(" ", p)).split()) for p in _P.findall(text)
        )
        out.append((f"{number:03d}-{path.stem}", data, f"https://examples.example/{path.stem}", body))
    return "examples/", out


def build_folder(pages, folder: Path) -> Path:
    target = folder / "pages"
    target.mkdir()
    for name, page, _url, _body in pages:
        (target / f"{name}.html").write_bytes(page)
    return target


def build_warc(pages, folder: Path) -> Path:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = folder / "crawl.warc.gz"
    with open(path, "wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for _name, page, url, _body in pages:
            host = url.split("/")[2]
            request = StatusAndHeaders(f"GET {url} HTTP/1.1", [("Host", host)], is_http_request=True)
            writer.write_record(writer.create_warc_record(url, "request", http_headers=request))
            headers = StatusAndHeaders(
                "200 OK",
                [("Content-Type", "text/html"), ("Content-Length", str(len(page)))],
                protocol="HTTP/1.1",
            )
            writer.write_record(
                writer.create_warc_record(url, "response", payload=io.BytesIO(page), http_headers=headers)
            )
    return path


def build_rss(pages, folder: Path) -> Path:
    items = []
    for number, (name, _page, url, body) in enumerate(pages):
        paragraphs = [p.strip() for p in re.split(r"\n+", body) if p.strip()] or ["(no text)"]
        content = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs).replace("]]>", "]]&gt;")
        day = 1 + number % 28
        items.append(
            f"<item><title>{html.escape(name)}</title><link>{html.escape(url)}</link>"
            f"<guid>{html.escape(url)}</guid><pubDate>Mon, {day:02d} Sep 2024 08:00:00 GMT</pubDate>"
            f"<description>{html.escape(paragraphs[0][:300])}</description>"
            f"<content:encoded><![CDATA[{content}]]></content:encoded></item>"
        )
    path = folder / "feed.rss"
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        "<title>Benchmark feed</title><link>https://feed.example/</link><description>full text</description>"
        + "".join(items)
        + "</channel></rss>\n",
        encoding="utf-8",
    )
    return path


def faultlines_reader(path: Path) -> Callable[[], int]:
    from faultlines.sources import read_inputs

    def run() -> int:
        pages = failures = 0
        for item in read_inputs([str(path)]):
            if hasattr(item, "text"):
                pages += 1
            else:
                failures += 1
        if failures:
            raise SystemExit(f"faultlines could not read {failures} input(s) under {path}")
        return pages

    return run


def reference_folder(folder: Path) -> Callable[[], int]:
    def run() -> int:
        count = 0
        for path in sorted(folder.glob("*.html")):
            data = path.read_bytes()
            try:
                data.decode("utf-8")
            except UnicodeDecodeError:
                from charset_normalizer import from_bytes

                str(from_bytes(data).best())
            count += 1
        return count

    return run


def reference_warc(path: Path) -> Callable[[], int]:
    from warcio.archiveiterator import ArchiveIterator

    def run() -> int:
        count = 0
        with open(path, "rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type == "response":
                    record.content_stream().read().decode("utf-8", "replace")
                    count += 1
        return count

    return run


def reference_rss(path: Path) -> Callable[[], int]:
    import feedparser

    def run() -> int:
        return len(feedparser.parse(path.read_bytes()).entries)

    return run


def timed(func: Callable[[], int]) -> tuple[float, int]:
    start = time.perf_counter()
    count = func()
    return time.perf_counter() - start, count


def measure(ours: Callable[[], int], theirs: Callable[[], int], rounds: int) -> dict:
    ours(), theirs()  # warm-up: imports, caches, page cache
    times: dict[str, list[float]] = {"faultlines": [], "reference": []}
    counts = {}
    for round_no in range(rounds):
        order = [("faultlines", ours), ("reference", theirs)]
        if round_no % 2:
            order.reverse()
        for name, func in order:
            elapsed, counts[name] = timed(func)
            times[name].append(elapsed)
    fl, ref = statistics.median(times["faultlines"]), statistics.median(times["reference"])
    return {
        "pages": counts["faultlines"],
        "reference_items": counts["reference"],
        "faultlines_s": fl,
        "reference_s": ref,
        "faultlines_pages_per_s": counts["faultlines"] / fl if fl else None,
        "reference_pages_per_s": counts["reference"] / ref if ref else None,
        "ratio": fl / ref if ref else None,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=100, help="number of pages")
    parser.add_argument("--rounds", type=int, default=5, help="alternating timing rounds (median reported)")
    parser.add_argument("--json", help="write the figures to this file")
    args = parser.parse_args(argv)
    source, pages = load_pages(args.pages)
    if not pages:
        print("skipped: no pages (../shared absent and no examples)")
        return 0
    folder = Path(tempfile.mkdtemp(prefix="faultlines-bench-sources-"))
    try:
        html_folder = build_folder(pages, folder)
        warc = build_warc(pages, folder)
        rss = build_rss(pages, folder)
        cases = {
            "html folder": (faultlines_reader(html_folder), reference_folder(html_folder),
                            "files + utf-8 decode / charset-normalizer"),
            "warc.gz": (faultlines_reader(warc), reference_warc(warc), "warcio ArchiveIterator bodies"),
            "rss full text": (faultlines_reader(rss), reference_rss(rss), "feedparser.parse"),
        }
        figures = {"source": source, "pages": len(pages), "rounds": args.rounds, "cases": {}}
        for name, (ours, theirs, _label) in cases.items():
            figures["cases"][name] = measure(ours, theirs, args.rounds)
    finally:
        shutil.rmtree(folder, ignore_errors=True)

    print(f"pages: {len(pages)} from {source}, {args.rounds} alternating rounds (medians)")
    print(f"{'input':<15}{'faultlines p/s':>15}{'reference p/s':>15}{'ratio':>8}  reference")
    for name, fig in figures["cases"].items():
        print(f"{name:<15}{fig['faultlines_pages_per_s']:>15.0f}{fig['reference_pages_per_s']:>15.0f}"
              f"{fig['ratio']:>8.2f}  {cases[name][2]}")
    print("ratio = faultlines time / reference time (no target set; the reference does the bare minimum)")
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
