"""Builders for the batch tests: WARC crawls of the fictional pages in ``tests/fixtures/batch``."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pyarrow.dataset as ds

PAGES = Path(__file__).parent / "fixtures" / "batch"
#: The pages of each crawl file (the third one is an uncompressed WARC).
CRAWLS = {
    "crawl-a.warc.gz": ["p01-steppe-herald.html", "p02-bishkek-ledger.html", "p03-astana-times-review.html",
                        "p04-caucasus-dispatch.html"],
    "crawl-b.warc.gz": ["p05-caspian-wire.html", "p06-eurasia-daily-digest.html", "p07-steppe-herald.html",
                        "p08-valley-voice.html"],
    "crawl-c.warc": ["p09-black-sea-monitor.html", "p10-northern-courier.html"],
}


def pages(names: list[str]) -> list[tuple[str, bytes, str]]:
    """``(url, html bytes, crawl date)`` of fixture pages."""
    manifest = json.loads((PAGES / "manifest.json").read_text(encoding="utf-8"))
    return [(manifest[n][0], (PAGES / n).read_bytes(), manifest[n][1]) for n in names]


def warc_bytes(items: list[tuple[str, bytes, str]], gz: bool = True, extras: bool = True) -> bytes:
    """A WARC holding a warcinfo record, then for each page a request and a response record; ``extras`` adds
    records that are no page (an image, a 404, robots.txt), which must be skipped."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gz)
    writer.write_record(writer.create_warcinfo_record("fixture.warc", {"software": "faultlines tests"}))

    def response(uri, body, content_type, date, status="200 OK"):
        headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            uri, "response", payload=io.BytesIO(body), http_headers=headers,
            warc_headers_dict={"WARC-Date": date},
        )
        writer.write_record(record)

    for n, (url, body, date) in enumerate(items):
        request = StatusAndHeaders(f"GET {url} HTTP/1.1", [("User-Agent", "fixture")], is_http_request=True)
        writer.write_record(writer.create_warc_record(url, "request", http_headers=request,
                                                      warc_headers_dict={"WARC-Date": date}))
        response(url, body, "text/html; charset=utf-8", date)
        if extras and n == 0:
            host = url.split("/")[2]
            response(f"https://{host}/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(300), "image/png", date)
            response(f"https://{host}/old-page", b"<html>gone</html>", "text/html", date, status="404 Not Found")
            response(f"https://{host}/robots.txt", b"User-agent: *\nDisallow:\n", "text/plain", date)
    return buffer.getvalue()


def write_crawl(folder: Path) -> Path:
    """The three fixture crawl files in ``folder`` (created); returns the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, names in CRAWLS.items():
        (folder / name).write_bytes(warc_bytes(pages(names), gz=name.endswith(".gz")))
    return folder


def read_rows(out: Path, table: str, drop: tuple[str, ...] = ()) -> list[dict]:
    """Every row of one dataset table, in a stable order (for comparing datasets)."""
    rows = ds.dataset(out / table, format="parquet", partitioning="hive").to_table().to_pylist()
    rows = [{k: v for k, v in r.items() if k not in drop} for r in rows]
    return sorted(rows, key=lambda r: json.dumps(r, sort_keys=True, default=str))


def write_many(folder: Path, count: int) -> Path:
    """``count`` small WARC.gz files of four pages each, every page under its own URL (``?copy=N``)."""
    folder.mkdir(parents=True, exist_ok=True)
    items = pages([name for names in CRAWLS.values() for name in names])
    for k in range(count):
        chunk = [(f"{url}?copy={k}", body, date) for url, body, date in items[(k % 3) * 3 : (k % 3) * 3 + 4]]
        (folder / f"c{k:03d}.warc.gz").write_bytes(warc_bytes(chunk))
    return folder
