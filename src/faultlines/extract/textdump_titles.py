"""The headline of a text dump: the line above the body (or heading the body span) that reads as its title.

A headline shares its words with the opening paragraphs, stands apart (blank lines around it), sits over a
byline, date or dek, and is not one item of a list of links; a dek under it, a kicker over it or a copy of it
with the site's name are told apart from it.
"""

from __future__ import annotations

import re

from faultlines.extract.textdump_lines import META, Block, Kind, normalise, stopwords, title_like

TITLE_WINDOW = 45  # blocks above the body searched for the headline
OVERLAP_ENOUGH = 1.0  # share of a headline's words found in the opening paragraphs that counts in full
HEADLINE_WORDS = 5  # a headline over a dek has at least this many words (or the dek is a sentence)
HEADER_IN_BODY = 8  # blocks at the top of the body span searched for a headline over a byline or date
HEADER_IN_BODY_WORDS = 60  # ...with at most this many words of text above it

_WORDS = re.compile(r"\w+", re.UNICODE)


def find_title(blocks: list[Block], start: int) -> int | None:
    """The headline: the best title-like line in the window above the body.

    A headline shares its words with the opening paragraphs, stands apart (blank lines around it), sits
    over a byline or date line, and is not one item of a list of links.
    """
    opening = _opening_words(blocks, start)
    best, best_score = None, float("-inf")
    lo = max(0, start - TITLE_WINDOW)
    for i in range(start - 1, lo - 1, -1):
        score = _title_score(blocks, i, start, opening)
        if score is not None and score > best_score:
            best, best_score = i, score
    return best


def header_in_body(blocks: list[Block], start: int, end: int) -> int | None:
    """A headline heading the body span itself: a headline-shaped line near its top over a byline or date.

    Headlines written as sentences ("Cheap flights are back. Here is why.") look like prose, so the body
    found as the densest run of prose can begin with the article header (headline, dek, byline) or with a
    short disclaimer or caption above it.
    """
    if _headline_above(blocks, start):
        return None  # the span opens with the dek of that headline
    before = 0  # words of the text lines above the candidate inside the span
    for j in range(start, min(end, start + HEADER_IN_BODY)):
        block = blocks[j]
        if block.kind in (Kind.PROSE, Kind.SHORT):
            if _headline_shaped(block) and _over_meta(blocks, j, end):
                return j
            before += block.n
            if before > HEADER_IN_BODY_WORDS:
                return None
    return None


def _headline_above(blocks: list[Block], start: int) -> bool:
    """Whether the text line right above the body (past image, byline and date lines) is headline-like.

    It counts when it stands apart (a blank line above) or sits on such lines.
    """
    parted = False
    for block in blocks[max(0, start - 4) : start][::-1]:
        if block.kind in (Kind.CREDIT, Kind.FILENAME, Kind.BYLINE, Kind.DATE) or (
            block.kind is Kind.SHORT and block.n <= 1
        ):
            parted = parted or block.kind is not Kind.SHORT
            continue
        if block.kind in (Kind.SHORT, Kind.PROSE):
            return (
                title_like(block)
                and block.n >= 3
                and (_stands_apart(blocks, block.index) or parted)
                and not _in_list(blocks, block.index)
            )
        return False
    return False


def _headline_shaped(block: Block) -> bool:
    """A line that could be a headline even when it ends like a sentence."""
    text = block.text.rstrip()
    if not 3 <= block.n <= 30 or not 12 <= len(text) <= 250 or text.endswith((":", ";", ",")):
        return False
    return text[:1].isupper() or text[:1].isdigit() or text[:1] in "\"'“‘«"


def _over_meta(blocks: list[Block], j: int, end: int, most: int = 2) -> bool:
    """Whether a byline or date line follows a line, with at most ``most`` text lines (a dek, a short one) between."""
    text_lines = 0
    for block in blocks[j + 1 : min(end, j + 5) + 1]:
        if block.kind in (Kind.BYLINE, Kind.DATE):
            return True
        if block.kind in (Kind.PROSE, Kind.SHORT):
            text_lines += 1
            if text_lines > most or block.n > 60 or (text_lines == 2 and block.n > 12):
                return False
        elif block.kind not in (Kind.CREDIT, Kind.FILENAME, Kind.CHROME):
            return False
    return False


def _opening_words(blocks: list[Block], start: int) -> set[str]:
    return _content_words(" ".join(b.text for b in blocks[start : start + 12] if b.kind is Kind.PROSE))


def _title_score(blocks: list[Block], i: int, start: int, opening: set[str]) -> float | None:
    """How much the line ``i`` above the body (starting at ``start``) looks like its headline (None: not one)."""
    block = blocks[i]
    if block.kind not in (Kind.SHORT, Kind.PROSE):
        return None
    if not title_like(block) and not (
        _headline_shaped(block) and _over_meta(blocks, i, start, most=1) and not under_headline(blocks, i)
    ):
        return None  # a headline ending like a sentence counts only over its byline or date (not a dek)
    words = _content_words(block.text)
    overlap = len(words & opening) / len(words) if words else 0.0
    score = 3.0 * min(1.0, overlap / OVERLAP_ENOUGH)
    score -= 0.04 * (start - i)
    score += 0.8 if block.n >= 5 else -1.0 if block.n <= 3 else 0.0
    score += 1.0 if _stands_apart(blocks, i) else 0.0
    score += 0.5 if i + 1 < len(blocks) and blocks[i + 1].blank_before else 0.0
    after = blocks[i + 1 : min(start, i + 6)]
    if any(b.kind in META for b in after):
        score += 1.5
    if any(b.kind is Kind.PROSE for b in after[:2]):
        score += 0.5  # a dek follows
    if block.repeats > 2:
        score -= 1.0
    nxt = next((b for b in blocks[i + 1 : i + 4] if b.kind in (Kind.SHORT, Kind.PROSE)), None)
    if (
        nxt is not None
        and nxt.index < start
        and nxt.n > block.n >= 4
        and title_like(nxt)
        and _sits_on_meta(blocks, nxt.index, start)
    ):
        score += 2.0  # a headline over its dek
    elif over_dek(blocks, i, start):
        score += 2.0
    if i > 0 and over_dek(blocks, i - 1, start) and blocks[i - 1].n >= HEADLINE_WORDS:
        score -= 1.5  # the dek (or a kicker) under a headline
    if _in_list(blocks, i) and not _over_meta(blocks, i, start, most=1):
        score -= 1.5  # one of a list of links, unless a header stack (kicker, headline, dek) over the byline
    return score


def over_dek(blocks: list[Block], i: int, start: int) -> bool:
    """Whether a line stands apart right over a dek (or a short kicker) that sits on the byline or date.

    The upper of two stacked header lines is the headline unless it is a short kicker over a headline.
    """
    block = blocks[i]
    if i + 1 >= start or not _stands_apart(blocks, i) or _in_list(blocks, i) or not _headline_shaped(block):
        return False
    dek = blocks[i + 1]
    if (
        dek.kind not in (Kind.SHORT, Kind.PROSE)
        or not 3 <= dek.n <= 60
        or normalise(dek.text) == normalise(block.text)
    ):
        return False
    if dek.n <= 4 and all(w[:1].isupper() or not w.isalpha() for w in dek.words):
        return False  # an author's name or a label, not a dek
    if _same_words(block, dek) or under_headline(blocks, i):
        return False  # a copy of the headline, or one of a stack of headlines (a list of teasers)
    if block.n < HEADLINE_WORDS and (dek.kind is not Kind.PROSE or block.text.isupper()):
        return False  # a kicker ("Daily digest", "NEWS ANALYSIS") over the headline
    for after in blocks[i + 2 : min(start, i + 8) + 1]:
        if after.kind in META or after.index == start:
            return True
        if after.kind in (Kind.SHORT, Kind.PROSE) and after.n > 1:
            return False
    return False


def _stands_apart(blocks: list[Block], i: int) -> bool:
    """Whether a line follows a blank line, or an upper-case kicker that does ("ISLAND LIFE" packed over the
    headline)."""
    if blocks[i].blank_before:
        return True
    above = blocks[i - 1] if i > 0 else None
    return (
        above is not None
        and above.blank_before
        and above.kind is Kind.SHORT
        and above.n <= 4
        and above.text.isupper()
        and (i + 1 >= len(blocks) or blocks[i + 1].kind is not Kind.SHORT or blocks[i + 1].n > 4)
    )


def _same_words(a: Block, b: Block) -> bool:
    """Whether two lines say nearly the same (a headline and its copy with a suffix or a dash)."""
    wa, wb = _content_words(a.text), _content_words(b.text)
    return bool(wa and wb) and len(wa & wb) >= 0.8 * min(len(wa), len(wb))


def under_headline(blocks: list[Block], i: int) -> bool:
    """Whether the text line right above a line (past copies of it) is a headline standing apart."""
    for above in blocks[max(0, i - 3) : i][::-1]:
        if above.kind not in (Kind.SHORT, Kind.PROSE):
            return False
        if _same_words(above, blocks[i]):
            continue
        return title_like(above) and above.n >= HEADLINE_WORDS and above.blank_before
    return False


def _sits_on_meta(blocks: list[Block], i: int, start: int) -> bool:
    """Whether a line is directly followed by a byline, date or section line, or by the body itself."""
    for block in blocks[i + 1 : min(start, i + 4) + 1]:
        if block.kind in META or block.index == start:
            return True
        if block.kind in (Kind.SHORT, Kind.PROSE):
            return False
    return False


def _in_list(blocks: list[Block], i: int) -> bool:
    """Whether a line is one item of a packed list of short lines (menus, link lists)."""
    prev = blocks[i - 1] if i > 0 else None
    nxt = blocks[i + 1] if i + 1 < len(blocks) else None
    packed_prev = prev is not None and not blocks[i].blank_before and prev.kind is Kind.SHORT
    packed_next = nxt is not None and not nxt.blank_before and nxt.kind is Kind.SHORT
    return packed_prev and packed_next


def _content_words(text: str) -> set[str]:
    return {w for w in _WORDS.findall(text.lower()) if len(w) > 2 and w not in stopwords()}
