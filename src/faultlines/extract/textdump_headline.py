"""Choosing the headline of a text dump among all its candidate lines with a linear score.

:func:`faultlines.extract.textdump_titles.find_title` reads the headline from the lines right above the body;
that fails when the body found starts late (the intro of a listicle went with the chrome) or when a
subheading, a kicker or a caption sits closer to the body than the headline. This module scores every
headline-shaped line from the top of the dump to the top of the body on features of its shape, its place and
its words (shared with the whole body, not only the opening), the structural reading's pick among them, and
takes the best. The weights live in ``data/extract/textdump_title_weights.txt``; ``eval/dump_titles.py``
fits them on dumps rendered from the dev pages (NAEB and the WCXB dev half).
"""

from __future__ import annotations

import math
import re
from functools import cache

from faultlines.extract.datafiles import DATA, data_lines, data_patterns, data_regex
from faultlines.extract.textdump_lines import META, Block, Kind, byline_names, stopwords, title_like
from faultlines.extract.textdump_titles import over_dek, under_headline

WEIGHTS_FILE = "textdump_title_weights.txt"
PROMOS_FILE = "textdump_title_promos.txt"
CAPTIONS_FILE = "textdump_caption_cues.txt"
ROLES_FILE = "textdump_author_roles.txt"
WRAPPERS_FILE = "textdump_title_wrappers.txt"
TOP_OF_DUMP = 3  # the first lines of a dump: a site's name, tagline or banner more often than the headline
CANDIDATE_KINDS = (Kind.SHORT, Kind.PROSE, Kind.CREDIT, Kind.DATE)
INSIDE_BODY = 12  # blocks at the top of the body searched too (a headline the body span swallowed)
MIN_WORDS, MAX_WORDS, MAX_CHARS = 2, 30, 250
MAX_REPEATS = (
    10  # a headline can recur (a breadcrumb, a share bar, a "next post" box); a menu item recurs more
)
ECHO_MIN_WORDS = 3  # a line this long found inside another, non-prose line of the dump is echoed there
ECHO_MAX_CHARS = 400
ROLE_LINE_WORDS = 8
REPEATED_LINE_WORDS = 6  # a line this long with no more than half its words distinct repeats itself  # a role line is short and names the role among its first three words

_WORDS = re.compile(r"\w+", re.UNICODE)
_NUMBERED = re.compile(r"^\s*(?:#?\d{1,3}[.):]|[ivx]+\.)\s")
_GLUED = re.compile(r"[a-z][A-Z][a-z]")  # words run together: menu items or a breadcrumb trail without spaces
_TRAIL = re.compile(r"[»›]|\s[/>]\s.*\s[/>]\s|\s>\S.*\s>\S")  # breadcrumb separators


@cache
def weights() -> dict[str, float]:
    """The feature weights of the headline score (``name value`` a line)."""
    out: dict[str, float] = {}
    path = DATA / WEIGHTS_FILE
    if not path.exists():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, value = line.split()
            out[name] = float(value)
    return out


def content_words(text: str) -> set[str]:
    return {w for w in _WORDS.findall(text.lower()) if len(w) > 2 and w not in stopwords()}


def candidates(blocks: list[Block], start: int, end: int) -> list[int]:
    """The lines that could be the headline: headline-sized text lines above the body or at its top."""
    out = []
    for block in blocks[: min(end + 1, start + INSIDE_BODY)]:
        if block.kind not in CANDIDATE_KINDS or not MIN_WORDS <= block.n <= MAX_WORDS:
            continue
        if len(block.text) > MAX_CHARS or block.repeats > MAX_REPEATS:
            continue
        if block.kind is Kind.DATE and block.n < 5:
            continue
        if _same_word(block.text):
            continue
        out.append(block.index)
    return out


def features(blocks: list[Block], i: int, start: int, end: int, context: dict) -> dict[str, float]:
    """The features of line ``i`` as the headline of a body spanning ``start``..``end``."""
    block = blocks[i]
    text = block.text.rstrip()
    words = content_words(text)
    opening, body_counts = context["opening"], context["body"]
    overlap_open = len(words & opening) / len(words) if words else 0.0
    overlap_body, tf = _body_fit(words, body_counts)
    prev_text = _neighbour_text(blocks, i, -1)
    next_text = _neighbour_text(blocks, i, +1)
    after = blocks[i + 1 : min(len(blocks), i + 6)]
    prose_before = context["prose_before"][i]
    above = i < start
    stack = context["stack"]
    f = {
        "bias": 1.0,
        "structural": 1.0 if i == context["structural"] else 0.0,
        "overlap_open": overlap_open,
        "overlap_body": overlap_body,
        "body_tf": min(tf, 3.0) / 3.0,
        "no_words": 1.0 if not words else 0.0,
        "above": 1.0 if above else 0.0,
        "dist_above": min(start - i, 60) / 60 if above else 0.0,
        "near_above": 1.0 if above and start - i <= 3 else 0.0,
        "dist_inside": min(i - start, INSIDE_BODY) / INSIDE_BODY if not above else 0.0,
        "prose_before": prose_before,
        "prose_before_none": 1.0 if prose_before == 0 else 0.0,
        "words_log": math.log(block.n) / math.log(MAX_WORDS),
        "few_words": 1.0 if block.n <= 3 else 0.0,
        "title_like": 1.0 if title_like(block) else 0.0,
        "kind_prose": 1.0 if block.kind is Kind.PROSE else 0.0,
        "kind_credit": 1.0 if block.kind is Kind.CREDIT else 0.0,
        "kind_date": 1.0 if block.kind is Kind.DATE else 0.0,
        "apart": 1.0 if block.blank_before else 0.0,
        "next_apart": 1.0 if i + 1 < len(blocks) and blocks[i + 1].blank_before else 0.0,
        "meta_after": 1.0 if any(b.kind in META for b in after) else 0.0,
        "byline_after": 1.0 if any(b.kind is Kind.BYLINE for b in after[:3]) else 0.0,
        "meta_before": 1.0 if any(b.kind in META for b in blocks[max(0, i - 3) : i]) else 0.0,
        "prose_next": 1.0 if next_text is not None and next_text.kind is Kind.PROSE else 0.0,
        "prose_prev": 1.0 if prev_text is not None and prev_text.kind is Kind.PROSE else 0.0,
        "short_prev_packed": 1.0 if _packed(blocks, i, -1) else 0.0,
        "short_next_packed": 1.0 if _packed(blocks, i, +1) else 0.0,
        "repeated": 1.0 if block.repeats > 1 else 0.0,
        "repeated_many": 1.0 if block.repeats > 3 else 0.0,
        "echoed": 1.0 if _echoed(text, context["echo_lines"]) else 0.0,
        "sentence_end": 1.0 if text.endswith((".", ";", ",")) and not text.endswith("...") else 0.0,
        "colon_end": 1.0 if text.endswith(":") else 0.0,
        "question": 1.0 if text.endswith("?") else 0.0,
        "upper": 1.0 if text.isupper() else 0.0,
        "lower_start": 1.0 if text[:1].islower() else 0.0,
        "numbered": 1.0 if _NUMBERED.match(text) else 0.0,
        "pipe": 1.0 if "|" in text else 0.0,
        "first_candidate": 1.0 if i == context["first_headline"] else 0.0,
        "over_dek": 1.0 if over_dek(blocks, i, start) else 0.0,
        "under_headline": 1.0 if under_headline(blocks, i) else 0.0,
        "under_structural": 1.0 if _under(blocks, i, context["structural"]) else 0.0,
        "structural_in_body": 1.0 if i == context["structural"] and i >= start - 1 else 0.0,
        # the structural pick heads a full header stack (headline, dek, byline or date): its dek, the lines
        # above it, and the pick itself
        "structural_stack": 1.0 if stack and i == context["structural"] else 0.0,
        "under_stack": 1.0 if stack and _under(blocks, i, context["structural"]) else 0.0,
        "above_stack": 1.0 if stack and i < context["structural"] else 0.0,
        "promo": 1.0 if _promo(text) else 0.0,
        "caption_words": 1.0 if data_regex(CAPTIONS_FILE).search(text) else 0.0,
        "role_line": 1.0 if _role_line(text) else 0.0,
        "comma_list": 1.0 if _comma_list(text) else 0.0,
        "byline_shape": 1.0 if byline_names(text) else 0.0,
        "top_of_dump": 1.0 if i < TOP_OF_DUMP and i != context["structural"] else 0.0,
        "glued": 1.0 if _GLUED.search(text) else 0.0,
        "trail": 1.0 if _TRAIL.search(text) else 0.0,
        "tf_best": 1.0 if tf and tf >= context["best_tf"] - 1e-9 else 0.0,
        "overlap_best": 1.0 if overlap_body and overlap_body >= context["best_overlap"] - 1e-9 else 0.0,
    }
    return f


def _echoed(text: str, lines: list[str]) -> bool:
    """Whether the line recurs inside a longer non-prose line: the end of a breadcrumb trail, a "Leave a reply
    to" or "Share" line, a comment counter (a subheading or a menu item rarely does)."""
    if len(text.split()) < ECHO_MIN_WORDS:
        return False
    key = " ".join(text.lower().split())
    return any(key in line and len(line) > len(key) for line in lines)


def _unlike_headline(text: str) -> bool:
    """A line shaped like no headline: a promotion, a list of tags, a breadcrumb trail, words run together."""
    return _promo(text) or _comma_list(text) or bool(_TRAIL.search(text) or _GLUED.search(text))


def _same_word(text: str) -> bool:
    """One word printed over and over ("Best Best Best Best": a row of badges) or a longer line that says the
    same words twice (a site's name run into itself): not a headline."""
    words = _WORDS.findall(text.lower())
    distinct = len(set(words))
    return len(words) >= 3 and (distinct == 1 or len(words) >= REPEATED_LINE_WORDS and distinct * 2 <= len(words))


def _role_line(text: str) -> bool:
    """A journalist's or author's role line ("Research Fellow, Harbour Policy Centre", "Senior editor")."""
    words = _WORDS.findall(text.lower())
    return len(words) <= ROLE_LINE_WORDS and any(w in _roles() for w in words[:3])


@cache
def _roles() -> frozenset[str]:
    return frozenset(data_lines(ROLES_FILE))


def _promo(text: str) -> bool:
    """A call to action, an offer or a widget's text (``data/extract/textdump_title_promos.txt``)."""
    return bool(data_regex(PROMOS_FILE).search(text))


def _comma_list(text: str) -> bool:
    """A list of tags or keywords: three or more comma-separated items of at most four words each."""
    items = [item.strip() for item in text.split(",")]
    return len(items) >= 3 and all(0 < len(item.split()) <= 4 for item in items)


def _body_fit(words: set[str], body_counts) -> tuple[float, float]:
    """The share of a line's words found in the body and their mean log frequency there."""
    in_body = [w for w in words if w in body_counts]
    if not words:
        return 0.0, 0.0
    return len(in_body) / len(words), sum(math.log1p(body_counts[w]) for w in in_body) / len(words)


def _under(blocks: list[Block], i: int, above: int | None) -> bool:
    """Whether line ``i`` is the first text line under line ``above`` (its dek, its caption)."""
    return above is not None and i > above and _neighbour_text(blocks, above, +1) is blocks[i]


def _neighbour_text(blocks: list[Block], i: int, step: int) -> Block | None:
    """The nearest text line (short or prose) above (``step`` -1) or below (+1), within three blocks."""
    j = i + step
    for _ in range(3):
        if not 0 <= j < len(blocks):
            return None
        if blocks[j].kind in (Kind.SHORT, Kind.PROSE):
            return blocks[j]
        j += step
    return None


def _packed(blocks: list[Block], i: int, step: int) -> bool:
    """Whether a short line sits directly against line ``i`` with no blank line between (a list)."""
    j = i + step
    if not 0 <= j < len(blocks):
        return False
    lower = blocks[max(i, j)]
    return not lower.blank_before and blocks[j].kind is Kind.SHORT


def context_of(blocks: list[Block], start: int, end: int, structural: int | None) -> dict:
    """What the features of every candidate share: the body's words, the opening's, prose above each line."""
    from collections import Counter

    opening = content_words(" ".join(b.text for b in blocks[start : start + 12] if b.kind is Kind.PROSE))
    body: Counter[str] = Counter()
    total = 0
    for b in blocks[start : end + 1]:
        if b.kind is Kind.PROSE:
            body.update(w for w in _WORDS.findall(b.text.lower()) if len(w) > 2 and w not in stopwords())
    prose_words = [b.n if b.kind is Kind.PROSE and b.repeats == 1 else 0 for b in blocks]
    total = sum(prose_words[: end + 1]) or 1
    running, before = 0, []
    for n in prose_words:
        before.append(running / total)
        running += n
    first_headline = next(
        (
            b.index
            for b in blocks[: start + 1]
            if title_like(b) and b.blank_before and b.n >= 4 and before[b.index] == 0.0
        ),
        None,
    )
    fits = [_body_fit(content_words(blocks[i].text), body) for i in candidates(blocks, start, end)]
    echo_lines = [
        " ".join(b.text.lower().split())
        for b in blocks
        if b.kind is not Kind.PROSE and len(b.text) <= ECHO_MAX_CHARS
    ]
    return {
        "echo_lines": echo_lines,
        "best_overlap": max((f[0] for f in fits), default=0.0),
        "best_tf": max((f[1] for f in fits), default=0.0),
        "opening": opening,
        "body": body,
        "prose_before": before,
        "structural": structural,
        "first_headline": first_headline,
        "stack": structural is not None and over_dek(blocks, structural, start),
    }


def unwrap_headline(text: str) -> str:
    """The headline out of a line that wraps it (the end of a breadcrumb trail, a comment counter's "on")."""
    for pattern in data_patterns(WRAPPERS_FILE):
        match = pattern.match(text)
        if match:
            return match.group("title").strip()
    return text


def choose_headline(
    blocks: list[Block], start: int, end: int, structural: int | None, heads_body: bool = False
) -> int | None:
    """The best-scoring candidate line (``structural`` when there are no weights or no candidates).

    ``structural`` is the structural reading's headline; ``heads_body`` tells that it heads the body span
    (a headline ending like a sentence, over its dek and byline).
    """
    w = weights()
    if not w:
        return structural
    context = context_of(blocks, start, end, structural)
    best, best_score, best_f = structural, float("-inf"), {}
    for i in candidates(blocks, start, end):
        f = features(blocks, i, start, end, context)
        score = sum(w.get(name, 0.0) * value for name, value in f.items())
        if score > best_score:
            best, best_score, best_f = i, score, f
    if best_f.get("under_stack") and not _unlike_headline(blocks[structural].text):
        return structural  # the dek of a full header stack (headline, dek, byline) is never its headline
    if heads_body and best_f.get("sentence_end") and structural is not None and best < structural:
        return structural  # nor a caption above a headline that heads the body over its dek and byline
    return best
