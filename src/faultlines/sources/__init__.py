"""Inputs: files, folders, WARC crawls, feeds and URLs, read into :class:`~faultlines.model.Page` records.

:func:`read_inputs` judges each input by its content (gzip, WARC, feed, HTML, plain-text dump, binary junk),
decodes it (BOM, HTTP and markup declarations, then detection) and yields one page per article page. A bad
input is yielded as a :class:`SourceFailure` — never raised — so the other inputs carry on.
"""

from __future__ import annotations

import gzip
import os
import re
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from faultlines import settings
from faultlines.model import FaultlinesError, Input, Page
from faultlines.sources.decode import charset_from_content_type, decode_bytes
from faultlines.sources.detect import gunzip_head, sniff
from faultlines.sources.fetch import fetch_url, is_url

__all__ = ["SourceFailure", "SourceStats", "read_inputs", "read_file", "read_url"]

#: File names a folder walk picks up (named files are read whatever their name).
FOLDER_SUFFIXES = {
    ".html",
    ".htm",
    ".xhtml",
    ".shtml",
    ".gz",
    ".warc",
    ".arc",
    ".txt",
    ".text",
    ".xml",
    ".rss",
    ".atom",
    ".rdf",
    ".feed",
    ".page",
    "",
}


@dataclass
class SourceFailure:
    """An input that could not be read, and why (one line)."""

    input: Input
    reason: str

    @property
    def name(self) -> str:
        return self.input.url or self.input.path or "?"

    def __str__(self) -> str:
        return f"{self.name}: {self.reason}"


@dataclass
class SourceStats:
    """Counts kept while reading inputs."""

    pages: int = 0
    skipped_records: int = 0
    failures: int = 0


def read_inputs(
    specs: Iterable[str],
    *,
    allow_private: bool = False,
    feeds: Iterable[str] = (),
    stats: SourceStats | None = None,
) -> Iterator[Page | SourceFailure]:
    """Pages of every input, in order: files, folders (recursive), http(s) URLs, then ``feeds``."""
    stats = stats if stats is not None else SourceStats()
    items = [(spec, False) for spec in specs] + [(feed, True) for feed in feeds]
    for spec, as_feed in items:
        reader = (
            _read_url(spec, allow_private, as_feed, stats)
            if is_url(spec)
            else _read_path(spec, as_feed, stats)
        )
        for item in reader:
            if isinstance(item, SourceFailure):
                stats.failures += 1
            else:
                stats.pages += 1
            yield item


def read_file(
    path: str | os.PathLike[str], stats: SourceStats | None = None
) -> Iterator[Page | SourceFailure]:
    """Pages of one local file (HTML, gzipped HTML, text dump, WARC, feed)."""
    yield from _read_file(Path(path).absolute(), False, stats or SourceStats())


def read_url(url: str, *, allow_private: bool = False) -> Iterator[Page | SourceFailure]:
    """Pages behind one URL (an article, or a feed whose entries are read in turn)."""
    yield from _read_url(url, allow_private, False, SourceStats())


_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")


def _read_path(spec: str, as_feed: bool, stats: SourceStats) -> Iterator[Page | SourceFailure]:
    scheme = _SCHEME.match(spec)
    if scheme:  # file://, ftp://...: not read (a local page is given by its path, a web page by http(s)://)
        yield SourceFailure(
            Input(path=spec), f"unsupported scheme {scheme.group(1)}:// (give a local path, or an http(s) URL)"
        )
        return
    path = Path(spec).expanduser().absolute()
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if _wanted_in_folder(p, path))
        if not files:
            yield SourceFailure(Input(path=str(path)), "folder holds no readable pages")
        for file in files:
            yield from _read_file(file, as_feed, stats)
    elif path.exists():
        yield from _read_file(path, as_feed, stats)
    elif re.match(r"^(www\.)?[\w-]+(\.[\w-]+)+(/|$)", spec):
        yield SourceFailure(
            Input(path=str(path)), "no such file or folder (for a URL, start it with https://)"
        )
    else:
        yield SourceFailure(Input(path=str(path)), "no such file or folder")


def _wanted_in_folder(path: Path, root: Path) -> bool:
    relative = path.relative_to(root).parts
    if any(part.startswith(".") for part in relative):
        return False
    suffix = path.suffix.lower()
    if suffix not in FOLDER_SUFFIXES or path.name.lower().startswith(("readme", "license", "changelog")):
        return False
    return path.is_file()


def _read_file(path: Path, as_feed: bool, stats: SourceStats) -> Iterator[Page | SourceFailure]:
    name = str(path)
    if not path.is_file():
        yield SourceFailure(Input(path=name), "not a regular file")
        return
    try:
        with open(path, "rb") as stream:
            head = stream.read(8192)
        size = path.stat().st_size
    except OSError as exc:
        yield SourceFailure(Input(path=name), f"cannot read file ({exc.strerror or exc})")
        return
    kind = sniff(head)
    if kind == "binary":
        yield SourceFailure(Input(path=name), "not a text page (binary data)")
        return
    if kind == "gzip" and gunzip_head(head)[:16].lstrip().startswith(b"WARC/1."):
        kind = "warc"
    if kind == "warc":
        yield from _read_warc(name, stats)
        return
    limit = settings.MAX_PAGE_BYTES
    if kind == "gzip":
        data, problem = _gunzip_file(path, limit)
        if problem:
            yield SourceFailure(Input(path=name), problem)
            return
    elif size > limit:
        yield SourceFailure(
            Input(path=name), f"file too large: {_size(size)} (page size limit {_size(limit)})"
        )
        return
    else:
        try:
            data = path.read_bytes()
        except OSError as exc:
            yield SourceFailure(Input(path=name), f"cannot read file ({exc.strerror or exc})")
            return
    yield from _pages_from_bytes(
        data, Input(path=name), None, as_feed, stats, allow_private=False, fetched=_modified(path)
    )


def _modified(path: Path) -> str | None:
    """When a local file was saved (UTC, ISO 8601): the date a page was seen, for pages that carry none."""
    try:
        return datetime.fromtimestamp(path.stat().st_mtime, tz=UTC).isoformat(timespec="seconds")
    except (OSError, OverflowError, ValueError):
        return None


def _gunzip_file(path: Path, limit: int) -> tuple[bytes, str | None]:
    try:
        with gzip.open(path, "rb") as stream:
            data = stream.read(limit + 1)
    except (EOFError, OSError, zlib.error) as exc:
        reason = "truncated gzip data" if isinstance(exc, EOFError) else f"damaged gzip data ({exc})"
        return b"", reason
    if len(data) > limit:
        return b"", f"file too large: more than {_size(limit)} once decompressed (page size limit)"
    return data, None


def _read_warc(name: str, stats: SourceStats) -> Iterator[Page | SourceFailure]:
    from faultlines.sources.warc import Skipped, WarcProblem, read_warc

    for item in read_warc(name):
        if isinstance(item, Skipped):
            stats.skipped_records += 1
        elif isinstance(item, WarcProblem):
            yield SourceFailure(Input(path=name, kind="warc"), item.reason)
        else:
            yield item


def _read_url(
    url: str, allow_private: bool, as_feed: bool, stats: SourceStats
) -> Iterator[Page | SourceFailure]:
    try:
        fetched = fetch_url(url, allow_private=allow_private)
    except FaultlinesError as exc:
        yield SourceFailure(Input(url=url, kind="url"), str(exc))
        return
    source = Input(url=fetched.url, kind="url")
    yield from _pages_from_bytes(
        fetched.content,
        source,
        fetched.content_type,
        as_feed,
        stats,
        allow_private=allow_private,
        fetched=fetched.date,
    )


def _pages_from_bytes(
    data: bytes,
    source: Input,
    content_type: str | None,
    as_feed: bool,
    stats: SourceStats,
    *,
    allow_private: bool,
    fetched: str | None = None,
) -> Iterator[Page | SourceFailure]:
    kind = sniff(data[:8192])
    if kind == "gzip" and source.url:  # a served .gz file
        try:
            data = gzip.decompress(data)
        except (EOFError, OSError, zlib.error):
            yield SourceFailure(source, "truncated or damaged gzip data")
            return
        kind = sniff(data[:8192])
    if kind == "empty":
        yield SourceFailure(source, "empty file" if source.path else "empty response")
        return
    if kind == "binary":
        yield SourceFailure(source, "not a text page (binary data)")
        return
    if kind == "gzip":
        yield SourceFailure(source, "gzip data inside gzip data")
        return
    if kind == "warc":
        yield SourceFailure(source, "WARC data from a URL is not supported: download it and give the file")
        return
    if as_feed and kind != "feed":
        yield SourceFailure(source, "not a feed (no RSS, Atom or RDF document found)")
        return
    if kind == "feed":
        yield from _feed_pages(data, source, allow_private, stats)
        return
    text, encoding = decode_bytes(data, charset_from_content_type(content_type))
    page_kind = "text" if kind == "text" else ("url" if source.url and not source.path else "html")
    yield Page(
        input=Input(path=source.path, url=source.url, kind=page_kind),
        text=text,
        content_type="text/html" if kind == "html" else "text/plain",
        fetched=fetched,
        encoding=encoding,
    )


def _feed_pages(
    data: bytes, source: Input, allow_private: bool, stats: SourceStats
) -> Iterator[Page | SourceFailure]:
    from faultlines.sources.feeds import EntryLink, FeedError, read_feed

    for item in read_feed(data, path=source.path, url=source.url):
        if isinstance(item, FeedError):
            yield SourceFailure(Input(path=source.path, url=source.url, kind="feed"), item.reason)
        elif isinstance(item, EntryLink):
            for page in _read_url(item.url, allow_private, False, stats):
                if isinstance(page, Page):
                    page.input.kind = "feed" if page.input.kind == "url" else page.input.kind
                    page.feed_title = page.feed_title or item.feed_title
                    page.feed_published = page.feed_published or item.feed_published
                yield page
        else:
            yield item


def _size(size: int) -> str:
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KiB"
    return f"{size / (1024 * 1024):.1f} MiB"
