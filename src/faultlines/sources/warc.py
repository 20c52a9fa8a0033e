"""WARC and WARC.gz crawls through warcio: each HTTP response record with an HTML body is one page.

Records that are not HTML pages (images, scripts, robots.txt, error responses, revisits) are skipped and
counted. A truncated or damaged file keeps every record before the damage and reports the damage once.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass

from faultlines import settings
from faultlines.model import Input, Page
from faultlines.sources.decode import charset_from_content_type, decode_bytes
from faultlines.sources.detect import sniff

_PAGE_RECORDS = {"response", "resource", "revisit", "conversion"}


@dataclass
class Skipped:
    """A record that holds no HTML page."""

    uri: str | None
    why: str


@dataclass
class WarcProblem:
    """The file is damaged from here on, or holds no page at all; ``reason`` says where and how."""

    reason: str


def read_warc(path: str) -> Iterator[Page | Skipped | WarcProblem]:
    """Pages of a WARC file (plain or gzipped), then a :class:`WarcProblem` if the file is truncated or broken."""
    from warcio.archiveiterator import ArchiveIterator

    size = os.path.getsize(path)
    pages = skipped = 0
    with open(path, "rb") as stream:
        iterator = ArchiveIterator(stream)
        try:
            for record in iterator:
                item = _record_to_page(record, path)
                if isinstance(item, WarcProblem):
                    yield WarcProblem(f"truncated WARC record after {pages} page(s): {item.reason}")
                    return
                if isinstance(item, Page):
                    pages += 1
                elif isinstance(item, Skipped):
                    skipped += 1
                if item is not None:
                    yield item
        except Exception as exc:  # warcio raises many kinds on damaged data; each means "damaged from here"
            yield WarcProblem(f"damaged WARC data after {pages} page(s): {type(exc).__name__}: {exc}"[:300])
            return
        if iterator.offset < size:
            yield WarcProblem(
                f"truncated or damaged WARC: {size - iterator.offset} byte(s) at offset {iterator.offset} "
                f"could not be read (kept {pages} page(s) before the damage)"
            )
        elif not pages:
            yield WarcProblem(f"no HTML pages in the WARC file ({skipped} other record(s) skipped)")


def _record_to_page(record, path: str) -> Page | Skipped | WarcProblem | None:
    rec_type = record.rec_type
    uri = record.rec_headers.get_header("WARC-Target-URI")
    if rec_type not in _PAGE_RECORDS:
        return None  # warcinfo, request, metadata: not pages at all
    if rec_type in ("revisit", "conversion"):
        return Skipped(uri, rec_type)
    content_type = None
    if record.http_headers is not None:
        status = record.http_headers.get_statuscode()
        if rec_type == "response" and not (status or "").startswith("2"):
            return Skipped(uri, f"HTTP status {status}")
        content_type = record.http_headers.get_header("Content-Type")
    else:
        if rec_type == "response":
            return Skipped(uri, "response record without HTTP headers")
        content_type = record.rec_headers.get_header("Content-Type")
    if content_type and not _is_html_type(content_type):
        return Skipped(uri, f"not HTML ({content_type.split(';')[0].strip()})")
    limit = settings.MAX_PAGE_BYTES
    body = record.content_stream().read(limit + 1)
    remaining = getattr(record.raw_stream, "limit", 0)
    if len(body) > limit:
        return Skipped(uri, f"page larger than the {limit // (1024 * 1024)} MiB limit")
    if remaining and len(body) <= limit and not record.raw_stream.read(1):
        return WarcProblem(f"record {uri or '?'} is cut short ({remaining} byte(s) missing)")
    if not content_type and sniff(body) != "html":
        return Skipped(uri, "not HTML")
    if not body.strip():
        return Skipped(uri, "empty body")
    text, encoding = decode_bytes(body, charset_from_content_type(content_type))
    date = record.rec_headers.get_header("WARC-Date")
    return Page(
        input=Input(path=path, url=uri, kind="warc"),
        text=text,
        content_type=(content_type or "text/html").split(";")[0].strip(),
        fetched=date,
        encoding=encoding,
    )


def _is_html_type(content_type: str) -> bool:
    mime = content_type.split(";")[0].strip().lower()
    return mime in ("text/html", "application/xhtml+xml", "text/xhtml")
