"""Site chrome in the parsed page: related-story blocks, most-read lists, newsletter boxes, share bars,
captions and credits. :func:`strip_chrome` removes them from the tree before the article is extracted and
keeps what is worth keeping: image credits and teasers of the related stories.

The class/id words that give such blocks away live in ``data/extract/html_*_blocks.txt``. A block that
holds a large share of the page's paragraphs is never removed, whatever its name says: a wrapper called
``has-related-links`` can hold the whole article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import unquote, urljoin, urlsplit

from lxml.html import HtmlElement

from faultlines.extract.datafiles import data_patterns, data_regex, data_search, data_search_any
from faultlines.extract.metadata import clean_space
from faultlines.model import Teaser

try:  # shared with the text-dump segmenter
    from faultlines.extract.provenance import caption_credit, image_credit_line
except ImportError:  # pragma: no cover - the provenance module ships with the package
    caption_credit = image_credit_line = None  # type: ignore[assignment]

SKIP_TAGS = {"html", "head", "body", "article", "main"}
# Inline markup is never a chrome block by its class: a <span class="hljs-comment"> in a code listing or an
# <a class="share"> inside a sentence is text of the article. Code listings are left whole.
INLINE_TAGS = {"span", "a", "em", "strong", "b", "i", "u", "s", "code", "small", "sup", "sub", "abbr", "mark", "time"}
VERBATIM_TAGS = {"pre", "code"}
MAX_SHARE = 0.3  # a "chrome" block holding more of the page's paragraph text than this is kept
MAX_PROSE_CHARS = 350  # a block with a text run this long is prose ("read more" toggles hide the article)
MAX_TEASERS = 12
MAX_CAPTION_CHARS = 600
MIN_DEK_WORDS, MAX_DEK_WORDS = 5, 70
MIN_TEASER_CHARS = 25
MAX_KICKER_WORDS, MAX_KICKER_CHARS = 4, 40
MAX_CREDIT_CHARS = 120
MAX_IMAGE_FILES = 20
MAX_BARE_CREDIT_CHARS = 80  # a credit element's whole text, taken as the credit


@dataclass
class Chrome:
    """What :func:`strip_chrome` took out of the page and kept."""

    credits: list[str] = field(default_factory=list)
    teasers: list[Teaser] = field(default_factory=list)
    captions: set[str] = field(default_factory=set)
    uncredited: list[str] = field(default_factory=list)  # caption texts that carry no credit, in page order
    image_files: list[str] = field(default_factory=list)  # file names of the images in figures
    dek: str | None = None  # the text of the first standfirst-like block
    kicker: str | None = None  # the text of the first kicker (a section label over the headline)
    breadcrumb: list[str] = field(default_factory=list)


def _paragraph_chars(el: HtmlElement) -> int:
    return sum(len(p.text_content()) for p in el.iter("p"))


def _has_prose(el: HtmlElement) -> bool:
    return any(len(text) > MAX_PROSE_CHARS for text in el.itertext())


def _credit_of(text: str, credit_block: bool) -> str | None:
    text = clean_space(text)
    if not text:
        return None
    if image_credit_line is not None:
        found = image_credit_line(text) or caption_credit(text)
        if found:
            return found[:MAX_CREDIT_CHARS]
    for pattern in data_patterns("html_caption_credits.txt"):
        match = pattern.search(text)
        if match:
            return match.group("credit").strip()[:MAX_CREDIT_CHARS]
    if credit_block and len(text) <= MAX_BARE_CREDIT_CHARS:
        return text.strip("()[] ")
    return None


def _teasers(block: HtmlElement, base_url: str | None, seen: set[str]) -> list[Teaser]:
    teasers = []
    for link in block.iter("a"):
        title = clean_space(link.text_content())
        if len(title) < MIN_TEASER_CHARS or len(title) > 250 or title in seen:
            continue
        seen.add(title)
        href = (link.get("href") or "").strip() or None
        if href and base_url:
            href = urljoin(base_url, href)
        teasers.append(Teaser(title=title, url=href))
    return teasers


_KINDS = (
    "html_caption_blocks.txt",
    "html_credit_blocks.txt",
    "html_chrome_blocks.txt",
    "html_dek_blocks.txt",
    "html_kicker_blocks.txt",
)


@lru_cache(maxsize=16384)  # class strings repeat within a page and across the pages of a site
def _classify(names: str) -> tuple[bool, ...]:
    """(caption, credit, chrome, dek, kicker) for a "class id" string."""
    lower = names.lower()
    if not data_search_any(_KINDS, lower):  # most class strings hold no hint of any kind
        return _NONE
    return tuple(data_search(kind, lower) for kind in _KINDS)


_NONE = (False,) * len(_KINDS)


def _following(el: HtmlElement) -> HtmlElement | None:
    """The node after ``el``'s subtree in document order (``None`` at the end of the page)."""
    while el is not None:
        after = el.getnext()
        if after is not None:
            return after
        el = el.getparent()
    return None


def strip_chrome(tree: HtmlElement, url: str | None = None) -> Chrome:
    """Remove chrome blocks and captions from ``tree`` (in place) and return credits and teasers."""
    found = Chrome()
    body = tree.find("body")
    total = _paragraph_chars(body if body is not None else tree) or 1
    seen_teasers: set[str] = set()
    doomed: list[HtmlElement] = []
    # the subtree of a doomed or verbatim element is passed over: the walk resumes at the node after it
    resume: HtmlElement | None = None
    skipping = False
    for el in tree.iter():
        if skipping:
            if el is not resume:
                continue
            skipping = False
        tag = el.tag
        if not isinstance(tag, str) or tag in SKIP_TAGS:
            continue
        if tag == "figure" and len(found.image_files) < MAX_IMAGE_FILES:
            _take_image_file(el, found)
        if tag in VERBATIM_TAGS:
            resume, skipping = _following(el), True  # nothing inside is cut (the element itself stays)
            continue
        if tag == "figcaption":
            _take_caption(el, found, credit_block=False)
            doomed.append(el)
            resume, skipping = _following(el), True
            continue
        names = f"{el.get('class') or ''} {el.get('id') or ''}".strip()
        if not names:
            continue
        is_caption, is_credit, is_chrome, is_dek, is_kicker = _classify(names)
        if is_kicker and found.kicker is None and not is_dek:
            text = clean_space(el.text_content())
            if 0 < len(text.split()) <= MAX_KICKER_WORDS and len(text) <= MAX_KICKER_CHARS:
                found.kicker = text
        if is_dek and found.dek is None and tag != "section":
            text = clean_space(el.text_content())
            if MIN_DEK_WORDS <= len(text.split()) <= MAX_DEK_WORDS:
                found.dek = text
        if not found.breadcrumb and "breadcrumb" in names.lower():
            found.breadcrumb = [t for t in (clean_space(a.text_content()) for a in el.iter("a", "span")) if t]
        if is_caption and len(el.text_content()) < MAX_CAPTION_CHARS:
            _take_caption(el, found, credit_block=is_credit)
        elif tag in INLINE_TAGS:
            continue
        elif not (is_chrome and _paragraph_chars(el) / total <= MAX_SHARE and not _has_prose(el)):
            continue
        elif len(found.teasers) < MAX_TEASERS and data_regex("html_teaser_blocks.txt").search(names.lower()):
            found.teasers.extend(_teasers(el, url, seen_teasers)[: MAX_TEASERS - len(found.teasers)])
        doomed.append(el)
        resume, skipping = _following(el), True
    for el in doomed:
        parent = el.getparent()
        if parent is not None:
            _drop_keep_tail(el, parent)
    return found


def _take_caption(el: HtmlElement, found: Chrome, credit_block: bool) -> None:
    text = clean_space(el.text_content())
    if not text:
        return
    found.captions.add(text)
    credit_found = _credit_of(text, credit_block)
    if credit_found and credit_found not in found.credits:
        found.credits.append(credit_found)
    elif not credit_found and not credit_block and text not in found.uncredited:
        found.uncredited.append(text)


def _take_image_file(figure: HtmlElement, found: Chrome) -> None:
    """The file name of a figure's image ("kyiv-rally-2024.jpg"), from its source or lazy-loading source."""
    for img in figure.iter("img"):
        src = img.get("src") or img.get("data-src") or img.get("data-lazy-src") or ""
        if src.startswith("data:"):
            src = img.get("data-src") or img.get("data-lazy-src") or ""
        name = unquote(urlsplit(src.strip()).path.rsplit("/", 1)[-1])
        if name and "." in name and name not in found.image_files:
            found.image_files.append(name)
        return


#: Characters that the HTML parser keeps but an XML text node refuses.
XML_UNSAFE = re.compile("[^\x09\x0a\x0d\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _drop_keep_tail(el: HtmlElement, parent: HtmlElement) -> None:
    """Remove ``el`` but keep the text that follows it inside its parent."""
    tail = el.tail
    if tail and tail.strip():
        previous = el.getprevious()
        if previous is not None:
            previous.tail = XML_UNSAFE.sub("", (previous.tail or "") + tail)
        else:
            parent.text = XML_UNSAFE.sub("", (parent.text or "") + tail)
    parent.remove(el)
