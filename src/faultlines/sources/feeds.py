"""RSS, Atom and RDF feeds through feedparser.

An entry whose content carries the article's full text becomes a page of its own; any other entry is a
link to fetch. A feed feedparser cannot make sense of is reported as malformed.
"""

from __future__ import annotations

import html
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass

from faultlines.model import Input, Page

#: An entry's own content counts as the full article from this many characters of text.
FULL_TEXT_MIN_CHARS = 1500
#: ``content:encoded`` (or Atom ``content``) counts from this many, when it holds several paragraphs.
CONTENT_MIN_CHARS = 600

_TAG = re.compile(r"<[^>]+>")
_BENIGN = ("CharacterEncodingOverride", "NonXMLContentType", "CharacterEncodingUnknown")


@dataclass
class EntryLink:
    """A feed entry without its full text: the page at ``url`` must be fetched."""

    url: str
    feed_title: str | None
    feed_published: str | None


@dataclass
class FeedError:
    reason: str


def read_feed(data: bytes, *, path: str | None, url: str | None) -> Iterator[Page | EntryLink | FeedError]:
    """Entries of a feed document as pages (full text) or links; a :class:`FeedError` if it is malformed."""
    import feedparser

    parsed = feedparser.parse(
        data,
        sanitize_html=True,
        resolve_relative_uris=True,
        response_headers={"content-location": url} if url else None,
    )
    problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if problem is not None and type(problem).__name__ in _BENIGN:
        problem = None
    if not parsed.entries:
        if problem is not None:
            yield FeedError(f"malformed feed: {_describe(problem)}")
        elif not parsed.get("version"):
            yield FeedError("not a feed (no RSS, Atom or RDF document found)")
        else:
            yield FeedError("feed has no entries")
        return
    base = path or url or "feed"
    usable = 0
    for number, entry in enumerate(parsed.entries):
        link = entry.get("link") or _url_or_none(entry.get("id"))
        title = _clean(entry.get("title"))
        published = _iso(entry.get("published_parsed") or entry.get("updated_parsed"))
        content = _full_text(entry)
        if content is not None:
            usable += 1
            yield Page(
                input=Input(path=path if link else f"{base}#entry-{number}", url=link, kind="feed"),
                text=_as_html(title, content),
                content_type="text/html",
                encoding="utf-8",
                feed_title=title,
                feed_published=published,
            )
        elif link:
            usable += 1
            yield EntryLink(url=link, feed_title=title, feed_published=published)
        elif problem is None:
            yield FeedError(f"entry {number + 1} ({title or 'untitled'}) has neither full text nor a link")
    if problem is not None:
        kept = f" (read {usable} entries before the error)" if usable else ""
        yield FeedError(f"malformed feed{kept}: {_describe(problem)}")


def _full_text(entry) -> str | None:
    """The entry's own HTML when it holds the whole article, else ``None``."""
    contents = [c.get("value") or "" for c in entry.get("content") or []]
    content = max(contents, key=len, default="")
    text = _clean(content) or ""
    if len(text) >= FULL_TEXT_MIN_CHARS or (
        len(text) >= CONTENT_MIN_CHARS and content.lower().count("<p") >= 3
    ):
        return content
    summary = entry.get("summary") or ""
    if len(_clean(summary) or "") >= FULL_TEXT_MIN_CHARS:
        return summary
    return None


def _as_html(title: str | None, content: str) -> str:
    head = f"<title>{html.escape(title)}</title>" if title else ""
    return f'<!DOCTYPE html><html><head><meta charset="utf-8">{head}</head><body><article>{content}</article></body></html>'


def _clean(value: str | None) -> str | None:
    if not value:
        return None
    return " ".join(html.unescape(_TAG.sub(" ", value)).split()) or None


def _iso(parsed: time.struct_time | None) -> str | None:
    if not parsed:
        return None
    try:
        return time.strftime("%Y-%m-%dT%H:%M:%SZ", parsed)
    except (TypeError, ValueError):
        return None


def _url_or_none(value: str | None) -> str | None:
    return value if value and value.lower().startswith(("http://", "https://")) else None


def _describe(exc: BaseException) -> str:
    message = str(exc).strip() or type(exc).__name__
    return message.splitlines()[0][:200]
