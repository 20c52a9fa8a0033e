"""Body paragraphs out of trafilatura's extracted body, with the chrome that still leaks through removed:
share and follow lines, newsletter pitches, "read more" links, caption and credit lines, and the teaser
lists that follow a "Related stories" / "Most read" heading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml.etree import _Element

from faultlines.extract.bylines import clean_author
from faultlines.extract.datafiles import data_regex, data_search
from faultlines.extract.metadata import clean_space

MAX_CHROME_LINE = 220  # boilerplate lines are short; a long paragraph is never dropped by a phrase
MAX_PHRASE_LINE_WORDS = 45  # a chrome phrase only condemns a line this short
MAX_TAIL_LINE_WORDS = 60
TAIL_LINES = 4  # author bios and contributor notes are looked for among the last paragraphs only
LONG_PARAGRAPH_WORDS = 30  # a run of teasers after a related heading ends at a real paragraph
REPEAT_RUN = 3  # this many paragraphs met again word for word, in order, are a second copy of the text
REPEAT_SHARE = 0.25  # ...holding this share of all the words
BYLINE_EDGE = 3  # a byline left in the body sits among the first or the last paragraphs
MAX_BYLINE_WORDS = 16
PHRASES = "html_chrome_phrases.txt"
_END_PUNCT = re.compile(r"[.!?…:;\"”’)]$")
_HAS_WORD = re.compile(r"\w", re.UNICODE)

try:
    from faultlines.extract.provenance import image_credit_line, provenance_line
except ImportError:  # pragma: no cover
    image_credit_line = provenance_line = None  # type: ignore[assignment]


# trafilatura's block elements: the text of one never runs into the next ("HR actions to take" heading an
# item, "March 16, 2026" before an event's name); inline ones ("hi", "ref") are part of the words around them
_BLOCK_TAGS = frozenset({"p", "head", "item", "list", "quote", "table", "row", "cell", "lb", "div"})


def _text(el: _Element) -> str:
    """The text of an element with its blocks, line breaks and table cells kept apart by spaces."""
    pieces: list[str] = []
    _spaced_text(el, pieces, skip_lists=False)
    return clean_space("".join(pieces))


def _spaced_text(el: _Element, pieces: list[str], skip_lists: bool) -> None:
    pieces.append(el.text or "")
    for sub in el:
        if not (skip_lists and sub.tag == "list"):
            block = sub.tag in _BLOCK_TAGS
            pieces.append(" " if block else "")
            _spaced_text(sub, pieces, skip_lists)
            pieces.append(" " if block else "")
        pieces.append(sub.tail or "")


def _text_outside_lists(el: _Element) -> str:
    """The text of an element without that of the lists inside it (an item's own words over its sub-list)."""
    pieces: list[str] = []
    _spaced_text(el, pieces, skip_lists=True)
    return "".join(pieces)


def _row_text(row: _Element) -> str:
    return " | ".join(t for t in (clean_space("".join(cell.itertext())) for cell in row) if t)


def _blocks(body: _Element) -> list[tuple[str, str]]:
    """(kind, text) per block of trafilatura's body: ``p``, ``head``, ``item``, ``quote``, ``row`` ..."""
    out: list[tuple[str, str]] = []
    for child in body:
        _child_blocks(child, out)
        tail = clean_space(child.tail or "")
        if tail:  # text left loose after a block (a paragraph written after a heading without <p>)
            out.append(("p", tail))
    return out


def _child_blocks(child: _Element, out: list[tuple[str, str]]) -> None:
    tag = child.tag if isinstance(child.tag, str) else ""
    if tag == "list":
        for item in child.iter("item"):  # nested lists' items come as items of their own
            text = _text(item) if item.find(".//list") is None else clean_space(_text_outside_lists(item))
            if text:
                out.append(("item", text))
        return
    if tag == "table":  # one line a row, its cells apart: "Wisconsin | 75.5"
        for row in child.iter("row"):
            text = _row_text(row)
            if text:
                out.append(("row", text))
        return
    text = _text(child)
    if text:
        out.append((tag or "p", text))


def is_chrome_line(text: str) -> bool:
    """A short line that is site chrome by its wording ("Sign up for our newsletter", "Share this")."""
    if not _HAS_WORD.search(text):
        return True  # separators: "***", "––––", "___"
    if len(text) <= MAX_CHROME_LINE and data_regex("html_boilerplate_lines.txt").match(text) is not None:
        return True
    if len(text.split()) > MAX_PHRASE_LINE_WORDS:
        return False
    return data_search(PHRASES, text)


def _credit_line(text: str) -> str | None:
    if image_credit_line is None or len(text) > MAX_CHROME_LINE:
        return None
    return image_credit_line(text)


@dataclass
class Body:
    """The article's paragraphs and what was taken out of them on the way."""

    paragraphs: list[str] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)
    republished_from: str | None = None


def body_paragraphs(body: _Element, captions: set[str] = frozenset(), drop: set[str] = frozenset()) -> Body:
    """The article's paragraphs, with image credits and provenance lines ("Originally published by X")
    taken out.

    ``captions`` are caption texts already taken out of the page; ``drop`` are lines known not to be body
    (the title, the byline).
    """
    related = data_regex("html_related_headings.txt")
    out = Body()
    paragraphs, credits = out.paragraphs, out.credits
    in_teasers = False
    for kind, text in _blocks(body):
        words = len(text.split())
        heading_like = kind == "head" or (words <= 8 and not _END_PUNCT.search(text))
        if heading_like and related.fullmatch(text.rstrip(" :»>")):
            in_teasers = True
            continue
        if in_teasers:
            if words < LONG_PARAGRAPH_WORDS and kind != "head":
                continue
            in_teasers = False
        if text in captions or text in drop:
            continue
        if is_chrome_line(text):
            continue
        source = (
            provenance_line(text) if provenance_line is not None and len(text) <= MAX_CHROME_LINE else None
        )
        if source:
            out.republished_from = out.republished_from or source
            continue
        credit = _credit_line(text)
        if credit:
            if credit not in credits:
                credits.append(credit)
            continue
        paragraphs.append(text)
    out.paragraphs = _trim_tail(_drop_second_copies(paragraphs))
    return out


def _drop_second_copies(paragraphs: list[str]) -> list[str]:
    """The paragraphs without a long run that repeats an earlier run word for word (pages that carry their
    article twice, a mobile and a desktop copy); repeated lines and short runs (an interview's recurring
    question, a training plan's daily warm-up, a product carousel shown twice) stay."""
    first: dict[str, int] = {}
    kept: list[str] = []
    total = sum(len(p.split()) for p in paragraphs)
    i = 0
    while i < len(paragraphs):
        j = first.get(paragraphs[i])
        if j is not None:
            run = 0
            while i + run < len(paragraphs) and j + run < i and paragraphs[j + run] == paragraphs[i + run]:
                run += 1
            words = sum(len(p.split()) for p in paragraphs[i : i + run])
            if run >= REPEAT_RUN and words >= REPEAT_SHARE * total:
                i += run
                continue
        first.setdefault(paragraphs[i], i)
        kept.append(paragraphs[i])
        i += 1
    return kept


def _trim_tail(paragraphs: list[str]) -> list[str]:
    """Drop author bios, contributor notes and "originally published" notes from the end."""
    tail = data_regex("html_tail_lines.txt")
    end = len(paragraphs)
    limit = max(1, end - TAIL_LINES)
    while end > limit:
        line = paragraphs[end - 1]
        if len(line.split()) > MAX_TAIL_LINE_WORDS or not tail.search(line):
            break
        end -= 1
    return paragraphs[:end]


def without_bylines(paragraphs: list[str], authors: list[str]) -> list[str]:
    """The paragraphs without the article's own byline left among its first or last ones ("Jane Roe",
    "By Jane Roe and John Doe", "— Jane Roe"): a short line that names the article's authors and no one else."""
    wanted = {a.lower() for a in authors}
    if not wanted:
        return paragraphs
    edge = set(range(min(BYLINE_EDGE, len(paragraphs)))) | set(range(max(0, len(paragraphs) - BYLINE_EDGE), len(paragraphs)))
    return [
        p
        for i, p in enumerate(paragraphs)
        if i not in edge
        or len(p.split()) > MAX_BYLINE_WORDS
        or {n.lower() for n in clean_author(p.lstrip("—–- "))} != wanted
    ]
