"""Provenance and image credits in article text: "republished from", wire credits, photo credits.

The phrasings live in data files (``data/extract/provenance_*.txt``), one regular expression a line, so
new sites' wordings are added there, not here. Both the text-dump segmenter and the HTML extractor use
these functions.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data" / "extract"
_MAX_LINE = 600
_TAIL = 160  # a credit closing a caption sits in its last characters  # provenance and credit lines are short; longer text is searched line by line
_TRAILING = re.compile(r"[\s.,;:!)\]”\"'’]+$")
_LEADING = re.compile(r"^[\s(\[“\"'‘]+")
_CUT_SOURCE = re.compile(
    r"\s*(?:,|;|\s[-–—]\s|\s+(?:and\s+is|under\s+a|on\s+\w+\s+\d|in\s+(?:19|20)\d\d|with\s+permission|"
    r"as\s+part\s+of|where\s+it|read\s+the|see\s+the|©))",
    re.I,
)
# Every provenance statement has one of these words (a quick test before the patterns themselves).
_PROVENANCE_CUE = re.compile(
    r"publish|posted|licen|appeared|\bran\b|print|produc|courtesy|source|\bvia\b|syndicat|permission", re.I
)
# Every credit line and credit tail has one of these (a quick test before the patterns themselves).
_CREDIT_CUE = re.compile(
    r"[/(:]|photo|image|picture|getty|shutterstock|alamy|unsplash|pexels|wikimedia|illustration|credit", re.I
)
# The cues' literal words: a line holding none of them (lower-cased) cannot match the cue. Substring tests
# are many times faster than the case-insensitive alternation, which then runs on the few lines left.
_PROVENANCE_WORDS = tuple(re.sub(r"\\b", "", _PROVENANCE_CUE.pattern).split("|"))
_CREDIT_WORDS = ("/", "(", ":", *_CREDIT_CUE.pattern.split("|")[1:])


def _cued(line: str, words: tuple[str, ...], cue: re.Pattern[str]) -> bool:
    lower = line.lower()
    return any(word in lower for word in words) and cue.search(line) is not None
_URL = re.compile(r"^(?:https?://)?(?:www\.)?([\w-]+(?:\.[\w-]+)+)(?:/\S*)?$", re.I)


@cache
def _patterns(name: str, flags: int = re.I) -> tuple[re.Pattern[str], ...]:
    text = (DATA / name).read_text(encoding="utf-8")
    lines = (line.strip() for line in text.splitlines())
    return tuple(re.compile(line, flags) for line in lines if line and not line.startswith("#"))


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _clean_source(raw: str) -> str | None:
    source = _CUT_SOURCE.split(raw.strip(), maxsplit=1)[0]
    source = _TRAILING.sub("", _LEADING.sub("", source)).strip()
    url = _URL.match(source)
    if url and " " not in source:
        source = url.group(1)
    if not source or len(source) > 80 or len(source.split()) > 8:
        return None
    return source


@lru_cache(maxsize=4096)  # the HTML extractor asks of each paragraph twice (body lines, then the whole text)
def provenance_line(line: str) -> str | None:
    """The publisher named by a provenance line ("This article was republished with permission from X").

    Only whole provenance statements match; such a line is not part of the article body.
    """
    line = line.strip()
    if not line or len(line) > _MAX_LINE or not _cued(line, _PROVENANCE_WORDS, _PROVENANCE_CUE):
        return None
    for pattern in _patterns("provenance_republished.txt"):
        match = pattern.search(line)
        if match:
            source = _clean_source(match.group("source"))
            if source:
                return source
    return None


def wire_credit(line: str) -> str | None:
    """The wire agency credited inside article text ("MOSCOW (Reuters) -", "— AP"), else ``None``."""
    line = line.strip()
    if not line:
        return None
    for pattern in _patterns("provenance_wire.txt", 0):
        match = pattern.search(line[:_MAX_LINE]) or pattern.search(line[-120:])
        if match and match.group("source"):
            return match.group("source").strip()
    return None


def find_republished_from(text: str) -> str | None:
    """Where the article in ``text`` was first published: a provenance statement, else a wire credit."""
    return _first_found(_lines(text), provenance_line, wire_credit)


def image_credit_line(line: str) -> str | None:
    """The credit given by a line that is an image credit or a captioned credit, else ``None``.

    ``(kremlin.ru)`` → ``kremlin.ru``; ``Top photo credit: A caption. Picture by Jane Roe / Agency`` →
    ``Jane Roe / Agency``; ``Photo: AFP/Getty`` → ``AFP/Getty``.
    """
    line = line.strip()
    if not line or len(line) > _MAX_LINE or not _cued(line, _CREDIT_WORDS, _CREDIT_CUE):
        return None
    for pattern in _patterns("provenance_credits.txt"):
        match = pattern.search(line)
        if match:
            return _credit_from(match.group("credit"))
    return None


def _credit_from(raw: str) -> str | None:
    raw = raw.strip()
    for pattern in _patterns("provenance_credit_tails.txt"):
        match = pattern.search(raw)
        if match:
            raw = match.group("credit")
            break
    credit = _TRAILING.sub("", _LEADING.sub("", raw)).strip()
    return credit or None


def caption_credit(line: str, parenthesised: bool = False) -> str | None:
    """The credit at the end of a caption line ("... in Kyiv. REUTERS/Jane Roe"), else ``None``.

    A bare "(...)" closing the line counts only with ``parenthesised`` (for short caption-like lines): in
    running text it is too often an abbreviation.
    """
    line = line.strip()
    if not line or len(line) > _MAX_LINE:
        return None
    tail = line[-_TAIL:]
    if not _cued(tail, _CREDIT_WORDS, _CREDIT_CUE):
        return None
    for pattern in _patterns("provenance_credit_tails.txt"):
        if pattern.pattern.startswith(r"\(") and not parenthesised:
            continue
        match = pattern.search(tail)  # the patterns are anchored at the end of the line
        if match:
            credit = _TRAILING.sub("", _LEADING.sub("", match.group("credit"))).strip()
            if pattern.pattern.startswith(r"\(") and not credit[:1].isupper() and " " in credit:
                continue  # "(and how to start)", "(+ a checklist)" closing a headline name no one
            return credit or None
    return None


def find_image_credit(text: str) -> str | None:
    """The first image credit in ``text``: a credit line, else a credit closing a caption."""
    return _first_found(_lines(text), image_credit_line, caption_credit)


def _first_found(lines: list[str], *finders) -> str | None:
    """What the first finder finds in any line, else the second, and so on (finders in order of trust)."""
    for find in finders:
        for line in lines:
            found = find(line)
            if found:
                return found
    return None
