"""Quotation marks: the quoted stretches of each paragraph, and the sentences around them.

Works on plain strings (no model). Double marks (straight, curly, guillemets, low-high) and single marks
(curly or straight, British style) are both read; the first mark that opens a quote decides the outer
family and marks of the other family inside it stay part of the quoted words (nested quotes). A quote left
open runs to the end of its sentence (or of the paragraph when it opens the paragraph or follows a colon),
never further; when the next paragraph opens with a mark too, the quote goes on there (multi-paragraph).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

DOUBLE_OPEN = {"“": '”"', "«": "»", "„": "“”", '"': '"”', "»": "«"}
SINGLE_OPEN = {"‘": "’'", "'": "'’", "‹": "›", "‚": "‘’"}
#: Closing marks that cannot open anything: one found with no quote open marks the end of a quote whose
#: opening mark was lost.
STRAY_CLOSE = "”»"
_ALL_MARKS = set(DOUBLE_OPEN) | set("”»")
#: What may stand right before an opening straight mark.
_OPEN_PREV = set(" \t\n([{—–-/:;\u00a0") | {""}
_SENTENCE_END = ".!?"
#: Where a sentence may end: a stop (and closing marks) before a space and a capital, digit or opening mark; or,
#: in text that lost its spaces, a stop between a lower-case word and a capitalised one ("officials.Xi told")
#: or between a closing and an opening mark ("diversifying.”“We will").
_SENTENCE_BREAK = re.compile(
    r"[.!?][”\"’'»)\]]*(?=\s+[\"“‘'«(\[A-Z0-9])"
    r"|(?<=[a-z]{2})[.!?](?=[A-Z][a-z])"
    r"|[.!?][”’»]*(?=[“‘«][A-Z])"
)
_CLOSERS = "”\"’'»)]"


@dataclass
class Marked:
    """One quoted stretch of paragraph ``paragraph``: the words at ``start:end``; marks at ``open``/``close``.

    ``close`` is ``end`` when no closing mark was found (``closed`` false). ``continued`` says that the quote
    goes on in the next paragraph; ``continues`` that it carries on a quote of the previous paragraph.
    """

    paragraph: int
    open: int
    start: int
    end: int
    close: int
    closed: bool
    continued: bool = False
    continues: bool = False

    @property
    def outer_start(self) -> int:
        return self.open if self.open >= 0 else self.start

    @property
    def outer_end(self) -> int:
        return self.close + 1 if self.closed else self.end


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    text = (
        resources.files("faultlines")
        .joinpath("data", "quotes", "abbreviations.txt")
        .read_text(encoding="utf-8")
    )
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def _prev(text: str, i: int) -> str:
    return text[i - 1] if i > 0 else ""


def _next(text: str, i: int) -> str:
    return text[i + 1] if i + 1 < len(text) else ""


def _can_open(text: str, i: int) -> bool:
    mark, prev, nxt = text[i], _prev(text, i), _next(text, i)
    if mark == "«" and nxt in (" ", "\u00a0", "\u202f") and text[i + 2 : i + 3].isalnum():
        return True  # French spacing inside guillemets: « We will not give in »
    if not nxt or nxt.isspace():
        return False
    if mark in "“«„‚‹":
        return True
    if mark == "»":  # reversed guillemets (»…«) only at a word start
        return prev in _OPEN_PREV
    if mark == '"':
        if prev in ".!?" and nxt.isupper() and text[i - 2 : i - 1].isalpha():
            return True  # a space lost after a sentence: "said on Friday."So far, …"
        return prev in _OPEN_PREV or not (prev.isalnum() or prev in ".,!?;")
    # single marks: only at a word start, before a letter or a nested mark
    return (prev in _OPEN_PREV or not prev.isalnum()) and (nxt.isalpha() or nxt in '“"…')


def _is_close(text: str, j: int, opener: str) -> bool:
    mark = text[j]
    if opener in SINGLE_OPEN:
        # an apostrophe inside a word (won't, Russia’s) is not a closing mark
        nxt = _next(text, j)
        return not nxt.isalnum() and not _prev(text, j).isspace()
    if mark == '"':
        return not _prev(text, j).isspace() or not _next(text, j) or _next(text, j).isspace()
    return True


def _find_close(text: str, i: int) -> tuple[int | None, int]:
    """The closing mark of the quote opened at ``i`` (or None) and how far an unclosed quote may run."""
    opener = text[i]
    closers = DOUBLE_OPEN.get(opener) or SINGLE_OPEN[opener]
    for j in range(i + 1, len(text)):
        ch = text[j]
        if ch in closers and _is_close(text, j, opener):
            if (
                opener in SINGLE_OPEN
                and _plural_possessive(text, j)
                and _find_close_from(text, j + 1, opener)
            ):
                continue  # "the countries’ summit": an apostrophe, and the quote closes later
            return j, j
        if ch == opener and opener not in closers and _can_open(text, j):
            return None, j  # the same mark opens again: the first one was never closed
    return None, len(text)


def _plural_possessive(text: str, j: int) -> bool:
    return _prev(text, j) == "s" and text[j + 1 : j + 3][:1] == " " and text[j + 2 : j + 3].islower()


def _find_close_from(text: str, start: int, opener: str) -> bool:
    closers = SINGLE_OPEN[opener]
    return any(text[k] in closers and _is_close(text, k, opener) for k in range(start, len(text)))


def _sentence_end_after(text: str, i: int, limit: int) -> int:
    for m in re.finditer(r"[.!?](?=\s|$)", text[i:limit]):
        return i + m.end()
    return limit


def scan_paragraph(text: str, paragraph: int = 0) -> list[Marked]:
    """The quoted stretches of one paragraph, in order."""
    spans: list[Marked] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if (ch in DOUBLE_OPEN or ch in SINGLE_OPEN) and _can_open(text, i):
            close, limit = _find_close(text, i)
            if close is not None:
                spans.append(_trimmed(text, paragraph, i, i + 1, close, close, True))
                i = close + 1
                continue
            if ch in SINGLE_OPEN and text[:i].strip():
                i += 1  # an unmatched single mark inside a paragraph is an apostrophe, not a quote
                continue
            at_start = not text[:i].strip() or text[:i].rstrip().endswith(":")
            # the paragraph's last mark, opening a sentence and never closed: the quote runs on to the paragraph's
            # end (and often on into the next paragraph): "…,” he said. “Never. Not while I am in office.
            last = (
                ch in DOUBLE_OPEN
                and limit == n
                and text[:i].rstrip()[-1:] in _SENTENCE_END
                and not any(c in _ALL_MARKS for c in text[i + 1 : limit])
            )
            end = limit if at_start or last else _sentence_end_after(text, i + 1, limit)
            spans.append(_trimmed(text, paragraph, i, i + 1, end, end, False))
            i = max(end, i + 1)
            continue
        if ch in STRAY_CLOSE and not spans and _prev(text, i) in ".,!?" and text[:i].strip():
            # the quote's opening mark was lost: it ran from the paragraph start
            start = len(text) - len(text.lstrip())
            spans.append(_trimmed(text, paragraph, -1, start, i, i, True))
        i += 1
    return [s for s in spans if s.end > s.start]


def _trimmed(text: str, paragraph: int, open_: int, start: int, end: int, close: int, closed: bool) -> Marked:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return Marked(paragraph, open_, start, end, close, closed)


def scan_article(paragraphs: list[str]) -> list[list[Marked]]:
    """Quoted stretches of every paragraph, with quotes that run over paragraphs linked."""
    marked = [scan_paragraph(text, i) for i, text in enumerate(paragraphs)]
    for i in range(len(paragraphs) - 1):
        if not marked[i] or not marked[i + 1]:
            continue
        last, first = marked[i][-1], marked[i + 1][0]
        opens_next = first.open >= 0 and not paragraphs[i + 1][: first.open].strip()
        if not last.closed and opens_next and last is marked[i][-1]:
            # the next paragraph opens with a mark: the quote goes on there, so it ran to this paragraph's end
            text = paragraphs[i]
            end = len(text.rstrip())
            if last.end < end and not any(ch in text[last.end : end] for ch in '“”«»"'):
                last.end = last.close = end
            if last.end >= end - 1:
                last.continued = first.continues = True
    return marked


def sentence_bounds(text: str, spans: list[Marked]) -> list[tuple[int, int]]:
    """Sentences of a paragraph as ``(start, end)``, never cut inside a quote.

    A quote that ends a sentence with "?" or "!" does not end it, so that "“Why?” she asked." stays one.
    """
    masked = [(s.outer_start, s.outer_end) for s in spans]
    closes = {s.close for s in spans if s.closed}
    bounds, start = [], 0
    for m in _SENTENCE_BREAK.finditer(text):
        pos = m.start()
        # a full stop right before a quote's closing mark ends the sentence with the quote ("… Visa.” Pornhub has")
        ends_quote = text[pos] == "." and pos + 1 in closes
        if not ends_quote and any(a < pos < b - 1 for a, b in masked):
            continue
        closers = m.group()[1:]
        if m.group()[0] in "?!" and closers and closers[0] in "”\"’'»":
            continue
        if m.group()[0] == "." and _is_abbreviation(text, pos):
            continue
        bounds.append((start, m.end()))
        start = m.end()
        while start < len(text) and text[start].isspace():
            start += 1
    if start < len(text):
        bounds.append((start, len(text)))
    return bounds


def _is_abbreviation(text: str, dot: int) -> bool:
    word = re.search(r"[\w.]+$", text[:dot])
    if not word:
        return False
    token = word.group().lower()
    return token in abbreviations() or (len(token) == 1 and token.isalpha())
