"""Teasers of other stories in a text dump: headline, section label, excerpt and image credit.

Three shapes are recognised wherever they sit outside the article: a headline followed (optionally through a
section label) by an excerpt paragraph, a list of headlines under a heading such as "Most read" or "Related",
and a run of headlines each under its section label. The credit of a teaser is the nearest credit line above its headline since the previous teaser.
"""

from __future__ import annotations

import re

from faultlines.extract.textdump_lines import Block, Kind, label_like, normalise, title_like
from faultlines.model import Teaser

_RANK = re.compile(r"^\d{1,2}[.)]\s+(?=\S)")
MAX_LIST = 30  # headlines read from one "Most read"-style list at most
LIST_TITLE_WORDS = 5  # a headline in such a list (with no excerpt) has at least this many words


def find_teasers(blocks: list[Block], after: int, before: int) -> tuple[list[Teaser], set[int]]:
    """Teasers in the blocks from ``after`` on and in those before ``before`` (the headline).

    Returns the teasers and the indexes of the credit lines that belong to them.
    """
    teasers: list[Teaser] = []
    credits: set[int] = set()
    seen: set[str] = set()
    for lo, hi in ((after, len(blocks)), (0, max(0, before - 1))):
        _scan(blocks, lo, hi, teasers, credits, seen)
    return teasers, credits


def _scan(
    blocks: list[Block], lo: int, hi: int, teasers: list[Teaser], credits: set[int], seen: set[str]
) -> None:
    last_end = lo  # where the previous teaser ended: its credit search starts here
    in_list = 0  # headlines still expected under a "Most read"-style heading
    i = lo
    while i < hi:
        block = blocks[i]
        if block.kind in (Kind.RELATED, Kind.END):
            in_list = MAX_LIST
            i += 1
            continue
        if block.kind is Kind.PROSE and not _is_head(blocks, i):
            in_list = 0  # prose ends a list of headlines
        if block.kind is Kind.CHROME and i > lo and blocks[i - 1].kind is Kind.CHROME:
            in_list = 0  # so does a run of chrome (a footer)
        if not _is_head(blocks, i):
            i += 1
            continue
        k = i  # the last block this teaser takes
        section = None
        if k + 2 < hi and label_like(blocks[k + 1]) and blocks[k + 2].kind is Kind.PROSE:
            section = blocks[k + 1].text
            k += 1
        excerpt = None
        if k + 1 < hi and blocks[k + 1].kind is Kind.PROSE:
            k += 1
            excerpt = blocks[k].text
            while k + 1 < hi and blocks[k + 1].kind is Kind.PROSE:
                k += 1
        elif (in_list <= 0 and not _in_labelled_run(blocks, i, lo, hi)) or block.n < LIST_TITLE_WORDS:
            i += 1
            continue
        if section is None and i > lo and label_like(blocks[i - 1]) and blocks[i - 1].kind is Kind.SHORT:
            section = blocks[i - 1].text  # a kicker above the headline
        key = normalise(block.text)
        if key not in seen:
            seen.add(key)
            credit_at = _credit_above(blocks, last_end, i)
            credit = None
            if credit_at is not None:
                credits.add(credit_at)
                credit = blocks[credit_at].credit
            title = _RANK.sub("", block.text)  # "1. Oil prices slide": the rank of a most-read list
            teasers.append(Teaser(title=title, section=section, excerpt=excerpt, image_credit=credit))
        in_list -= 1
        last_end = k + 1
        i = k + 1


def _in_labelled_run(blocks: list[Block], i: int, lo: int, hi: int) -> bool:
    """Whether a headline under a section label is one of a run of such pairs ("Energy" / headline /
    "Politics" / headline): a list of other stories even without a heading over it."""

    def pair(at: int) -> bool:
        return lo < at < hi and label_like(blocks[at - 1]) and _is_head(blocks, at)

    return pair(i) and (pair(i + 2) or pair(i - 2))


def _is_head(blocks: list[Block], i: int) -> bool:
    block = blocks[i]
    return block.kind is Kind.SHORT and title_like(block)


def _credit_above(blocks: list[Block], lo: int, i: int) -> int | None:
    for j in range(i - 1, max(lo, i - 4) - 1, -1):
        if blocks[j].kind is Kind.CREDIT:
            return j
        if blocks[j].kind is Kind.PROSE:
            return None
    return None
