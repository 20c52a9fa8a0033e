"""The text-dump segmenter: the article out of a plain-text dump of a web page.

A dump has one block a line, site chrome included (menus, share bars, teasers of other stories, footers).
The segmenter classifies every line (:mod:`faultlines.extract.textdump_lines`), finds the article body as
the densest run of prose (chunks of prose separated by cheap gaps, the biggest chunk and its big
neighbours), then reads the headline (:mod:`faultlines.extract.textdump_titles`), dek, section line, byline
and date above it, provenance and image credits around it, and teasers of other stories after it
(:mod:`faultlines.extract.textdump_teasers`).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from urllib.parse import urlparse

from faultlines.extract.datafiles import data_lines
from faultlines.extract.provenance import wire_credit
from faultlines.extract.textdump_headline import choose_headline, unwrap_headline
from faultlines.extract.textdump_lines import (
    META,
    Block,
    Kind,
    classify,
    comment_heading,
    is_sign_off,
    label_like,
    normalise,
    split_blocks,
    title_like,
)
from faultlines.extract.textdump_teasers import find_teasers
from faultlines.extract.textdump_titles import find_title, header_in_body
from faultlines.extract.titles import repair_text, without_section_name
from faultlines.model import Article, Page, Teaser

# What a non-prose line costs a run of prose it sits in: cheap lines (subheadings, captions) keep the run
# together, chrome and meta lines split it. A gap costing SPLIT or more ends a chunk.
GAP_COST = {
    Kind.SHORT: 0.5,
    Kind.TEASER: 0.5,
    Kind.FILENAME: 1.0,
    Kind.CREDIT: 1.0,
    Kind.CHROME: 2.0,
    Kind.BYLINE: 2.0,
    Kind.DATE: 2.0,
    Kind.SECTION: 3.0,
    Kind.PROVENANCE: 4.0,
    Kind.RELATED: 6.0,
    Kind.END: 6.0,
}
SPLIT = 5.0
MERGE_GAP = 20.0  # a neighbouring chunk joins the main one across at most this much chrome...
MERGE_SHARE = 0.15  # ...when it holds at least this share of the main chunk's words,
NEAR_GAP = 12.0  # or across a smaller gap with no "Related"-style heading in it
NEAR_WORDS = 40  # when it holds at least this many words
FURNITURE_KINDS = {Kind.SHORT, Kind.CHROME, Kind.FILENAME, Kind.CREDIT}
FURNITURE_CHROME = 0.3  # a gap of an article's own furniture has at most this share of chrome lines...
FURNITURE_TEXT, FURNITURE_LINE_WORDS = 0.5, 3  # ...and at least this share of text lines this long
FURNITURE_MIN_WORDS = 25
ENTRY_HEADER = 6  # blocks above an entry of a list compared with those above the next  # an entry of a listicle joins the body across its furniture when this long
BRIDGE_CHUNKS = 2  # small chunks the body may join across to reach a big one
TEASER_PARAGRAPHS = 3  # an excerpt under a teaser headline is at most this long
TEASER_WORDS = 180
HEADER_WINDOW = 15  # blocks above a chunk searched for an article header (headline over byline/date)
HEADER_BONUS = 1.5
NUMERIC_COST = 0.3
LIST_ITEM_WORDS, LIST_ITEM_COST = 5, 0.2  # a line without letters (a rank, a score)
REPEATED_COST = 1.0  # a text line repeated elsewhere in the dump
META_WINDOW = 6  # blocks around the headline searched for byline, date and sections
MAX_CAPTION_WORDS = 60
INTRODUCED_ITEM_COST = 0.1  # an item of a list its paragraph introduces ("Here are the courses:")
INTRODUCED_ITEMS = 60  # ...for at most this many items
CONTENTS_ENTRIES = 4  # a body's own table of contents lists at least this many of its subheadings

_SENTENCE_CLOSE = re.compile(r"[.!?…:;][\"'”’)\]]*\s*$")
FEED_LINES, FEED_ENDED = 8, 0.3  # a feed of headlines: this many prose lines at least, few ending a sentence
COMMENTS_WEIGHT = 0.2  # what a chunk right under a comment section's heading weighs against a body
AFTER_END_WEIGHT = 0.5  # a chunk below an end heading with an article's worth of prose above it...
ENDED_PROSE_WORDS = 300  # ...this many words of prose
COMMENTS_WINDOW = 6  # ...within this many blocks (the first commenter's name and date come between)
FEED_WEIGHT = 0.2  # what such a feed weighs against an article's body
FEED_LINE_WORDS = 40  # ...whose lines are headline-long (on average)
_NUMBERED = re.compile(r"^\s*(?:#?\d{1,3}[.):]|[ivx]+\.)\s")  # "1. Amazon Polly", "iv. Cloud AutoML"


@dataclass
class Chunk:
    start: int  # first block (a prose block)
    end: int  # last block (a prose block), inclusive
    words: int
    hard_before: bool = False  # the gap before holds a teaser headline: never merged across


def extract_text_dump(page: Page) -> Article:
    """The article of a plain-text page dump (an :class:`Article` with no paragraphs when none is found)."""
    blocks = classify(split_blocks(page.text or ""))
    article = Article(url=page.input.url, site=_site(page.input.url))
    if not blocks:
        return article
    body = _body_span(blocks)
    if body is None:
        return article
    start, end = body
    title_at = header_in_body(blocks, start, end)
    heads_body = title_at is not None
    if heads_body:
        start = title_at + 1  # what came before the headline was not the article (a disclaimer, a caption)
    else:
        title_at = find_title(blocks, start)
    if title_at is not None:
        start = _skip_dek(blocks, title_at, start, end, article)
    headline = choose_headline(blocks, start, end, title_at, heads_body)
    if headline is not None:
        article.title = repair_text(unwrap_headline(blocks[headline].text))
    _read_meta(blocks, title_at, start, article)
    article.paragraphs = _paragraphs(blocks, start, end, title_at, article)
    _read_provenance(blocks, start, end, article)
    teasers, teaser_credits = find_teasers(blocks, end + 1, title_at if title_at is not None else start)
    article.related = _inline_teasers(blocks, teasers)
    _read_credits(blocks, start, end, teaser_credits, article)
    article.language = _language(article)
    if article.title:  # last: the lines above matched the headline as the dump prints it
        article.title = without_section_name(article.title)
    return article


def _inline_teasers(blocks: list[Block], teasers: list[Teaser]) -> list[Teaser]:
    """The "Read more: <headline>" lines of the dump as teasers, in text order, then the other teasers."""
    inline = [Teaser(title=b.teaser) for b in blocks if b.kind is Kind.TEASER and b.teaser]
    seen = {normalise(t.title) for t in inline}
    return inline + [t for t in teasers if normalise(t.title) not in seen]


def _site(url: str | None) -> str | None:
    if not url:
        return None
    host = urlparse(url).hostname or ""
    return host.removeprefix("www.") or None


def _chunks(blocks: list[Block]) -> list[Chunk]:
    """Runs of prose blocks whose gaps cost less than SPLIT."""
    chunks: list[Chunk] = []
    current: Chunk | None = None
    gap = 0.0
    gap_words = 0  # words of the plain short lines in the gap: they count half when the gap is bridged
    hard = False
    introduced = _introduced_items(blocks)
    for i, block in enumerate(blocks):
        if block.kind is Kind.PROSE and not (block.repeats > 1 and block.n < 25):
            if current is not None and gap < SPLIT and not hard:
                current.end = i
                current.words += block.n + gap_words // 2
            else:
                current = Chunk(start=i, end=i, words=block.n, hard_before=hard)
                chunks.append(current)
            gap, gap_words, hard = 0.0, 0, False
        else:
            gap += INTRODUCED_ITEM_COST if i in introduced else _cost(block)
            if block.kind is Kind.SHORT and block.repeats == 1:
                gap_words += block.n
            if _teaser_head(blocks, i):
                hard = True
    return chunks


def _introduced_items(blocks: list[Block]) -> set[int]:
    """The short lines of lists that a line ending in a colon introduces ("Companies using it include:"): the
    items after the first are packed (no blank line between them), as a list is rendered."""
    out: set[int] = set()
    for block in blocks:
        if block.kind not in (Kind.PROSE, Kind.SHORT) or block.n < 3 or not block.text.rstrip().endswith(":"):
            continue
        items = []
        for k, item in enumerate(blocks[block.index + 1 : block.index + 1 + INTRODUCED_ITEMS]):
            if item.kind is not Kind.SHORT or item.repeats > 1 or (k and item.blank_before):
                break
            items.append(item.index)
        if len(items) >= 2:
            out.update(items)
    return out


def _teaser_head(blocks: list[Block], i: int) -> bool:
    """A headline followed by a section label and then an excerpt: the head of another story's teaser (a
    numbered heading is an item of the article's own list)."""
    if i + 2 >= len(blocks) or not title_like(blocks[i]) or blocks[i].kind is Kind.PROSE:
        return False
    if _NUMBERED.match(blocks[i].text):
        return False
    label, excerpt = blocks[i + 1], blocks[i + 2]
    return label_like(label) and excerpt.kind is Kind.PROSE


def _cost(block: Block) -> float:
    if not any(c.isalpha() for c in block.text):
        return NUMERIC_COST  # ranks, scores, counters: list furniture more than chrome
    if block.repeats > 1 and block.kind in (Kind.SHORT, Kind.PROSE):
        return REPEATED_COST
    if block.kind is Kind.SHORT and block.n >= LIST_ITEM_WORDS and not title_like(block):
        return LIST_ITEM_COST  # an item of a list in the text ("Compare prices from three movers")
    return GAP_COST.get(block.kind, 0.5)


def _gap_cost(blocks: list[Block], start: int, end: int) -> float:
    return sum(_cost(b) for b in blocks[start:end])


def _small(blocks: list[Block], chunk: Chunk) -> bool:
    """A chunk no bigger than a teaser's excerpt."""
    prose = sum(1 for b in blocks[chunk.start : chunk.end + 1] if b.kind is Kind.PROSE)
    return prose <= TEASER_PARAGRAPHS and chunk.words <= TEASER_WORDS


def _new_article_between(blocks: list[Block], start: int, end: int) -> bool:
    """Whether a gap holds an end heading ("Comments") or the head of another article (headline + byline)."""
    return any(b.kind is Kind.END for b in blocks[start:end]) or _has_article_header(blocks, start, end)


def _has_article_header(blocks: list[Block], start: int, end: int) -> bool:
    """Whether the blocks hold a headline followed by a byline or date line."""
    for i in range(start, end):
        if title_like(blocks[i]) and any(
            b.kind in (Kind.BYLINE, Kind.DATE) for b in blocks[i + 1 : min(end, i + 4)]
        ):
            return True
    return False


def _headline_feed(blocks: list[Block], chunk: Chunk) -> bool:
    """Whether a chunk is a feed of other stories' headlines set as one long run of lines: paragraphs end
    their sentences, and few of these headline-long lines do ("Star shows off new look as she ... - days
    after ...")."""
    prose = [b for b in blocks[chunk.start : chunk.end + 1] if b.kind is Kind.PROSE]
    if len(prose) < FEED_LINES or sum(b.n for b in prose) > FEED_LINE_WORDS * len(prose):
        return False
    return sum(1 for b in prose if _SENTENCE_CLOSE.search(b.text)) < FEED_ENDED * len(prose)


def _mergeable(blocks: list[Block], left: Chunk, right: Chunk, total: int, side: Chunk) -> bool:
    """Whether a neighbouring chunk (``side``, left or right of the body so far) belongs to the body."""
    if _headline_feed(blocks, side):
        return False
    furniture = _furniture(blocks, left.end + 1, right.start)
    if right.hard_before and _small(blocks, right) and not furniture:
        return False
    gap = _gap_cost(blocks, left.end + 1, right.start)
    if _new_article_between(blocks, left.end + 1, right.start) and not _entries(blocks, left, right):
        return False
    if gap >= MERGE_GAP and not furniture:
        return False
    if side.words >= MERGE_SHARE * total:
        return True
    related = any(b.kind in (Kind.RELATED, Kind.END) for b in blocks[left.end + 1 : right.start])
    if furniture:
        return side.words >= FURNITURE_MIN_WORDS
    return gap < NEAR_GAP and not related and side.words >= NEAR_WORDS


def _entries(blocks: list[Block], left: Chunk, right: Chunk) -> bool:
    """Whether two long chunks are entries of one list (the books of a round-up, the events of a calendar):
    each sits under a header of the same shape, a name with its own byline or date line, not the small
    excerpt of another story's teaser."""
    if _small(blocks, left) or _small(blocks, right):
        return False
    shape = _header_shape(blocks, right.start)
    return any(kind in META for kind in shape) and shape == _header_shape(blocks, left.start)


def _header_shape(blocks: list[Block], start: int) -> tuple[Kind, ...]:
    """The kinds of the lines between a chunk and the prose above it (at most ENTRY_HEADER of them)."""
    shape: list[Kind] = []
    for block in reversed(blocks[max(0, start - ENTRY_HEADER) : start]):
        if block.kind is Kind.PROSE:
            break
        shape.append(block.kind)
    return tuple(reversed(shape))


def _furniture(blocks: list[Block], start: int, end: int) -> bool:
    """Whether a gap between two runs of prose is the article's own furniture (the specs, pros and cons,
    details and ratings between the entries of a product guide or a listicle): text lines with a few
    buttons among them, and no heading of other stories, no end heading, no byline, date or section line."""
    gap = blocks[start:end]
    if not gap or any(b.kind not in FURNITURE_KINDS for b in gap):
        return False
    chrome = sum(1 for b in gap if b.kind is Kind.CHROME)
    texty = sum(1 for b in gap if b.kind is Kind.SHORT and b.n >= FURNITURE_LINE_WORDS and b.repeats == 1)
    return chrome <= FURNITURE_CHROME * len(gap) and texty >= FURNITURE_TEXT * len(gap)


def _bridged(blocks: list[Block], chunks: list[Chunk], left: int, right: int, far: int, total: int) -> bool:
    """Whether the body (ending at chunk ``left`` or starting at chunk ``right``) joins the big chunk ``far``
    on the other side of a small chunk that would not join alone (a short paragraph between two boxes in a
    long article): the whole gap, small chunk included, is cheap and holds no "Related" or end heading nor
    another article's header, and the far chunk is big."""
    if left < 0 or right >= len(chunks):
        return False
    side = chunks[far]
    if side.words < MERGE_SHARE * total:
        return False
    gap = blocks[chunks[left].end + 1 : chunks[right].start]
    if any(b.kind in (Kind.RELATED, Kind.END) for b in gap):
        return False  # a "Related stories" list
    return _mergeable(blocks, chunks[left], chunks[right], total, side)


def _weight(blocks: list[Block], chunk: Chunk) -> float:
    """How much a chunk looks like an article body rather than a list of teasers.

    Its words, discounted when its paragraphs rarely follow one another directly (teaser excerpts each sit
    under a headline) and when they rarely stand apart with blank lines (list items are packed together).
    """
    above = blocks[max(0, chunk.start - 3) : chunk.start]
    comments_above = blocks[max(0, chunk.start - COMMENTS_WINDOW) : chunk.start]
    if any(b.kind is Kind.END and comment_heading(b.text) for b in comments_above):
        weight = chunk.words * COMMENTS_WEIGHT
    elif any(b.kind in (Kind.RELATED, Kind.END) for b in above):
        weight = chunk.words * 0.5
    else:
        weight = chunk.words
    if _has_article_header(blocks, max(0, chunk.start - HEADER_WINDOW), chunk.start):
        weight *= HEADER_BONUS  # a headline with its byline or date sits right above
    prose = [b for b in blocks[chunk.start : chunk.end + 1] if b.kind is Kind.PROSE]
    if len(prose) < 2:
        return weight * 0.6
    follows = sum(1 for b in prose[1:] if blocks[b.index - 1].kind is Kind.PROSE) / (len(prose) - 1)
    spaced = sum(1 for b in prose if b.blank_before) / len(prose)
    feed = FEED_WEIGHT if _headline_feed(blocks, chunk) else 1.0
    return weight * (0.4 + 0.6 * follows) * (0.3 + 0.7 * spaced) * feed


def _body_span(blocks: list[Block]) -> tuple[int, int] | None:
    """The first and last block of the article body: the biggest chunk and the big chunks beside it."""
    chunks = _chunks(blocks)
    if not chunks:
        return None
    ended = _ended_at(blocks)
    main = max(
        range(len(chunks)),
        key=lambda k: _weight(blocks, chunks[k]) * (AFTER_END_WEIGHT if chunks[k].start > ended else 1.0),
    )
    first = last = main
    # a neighbour's size is weighed against the main chunk's, not against all the body gathered so far: in
    # a long guide every section is small beside the sections already joined
    total = chunks[main].words
    while True:
        grown = False
        if last + 1 < len(chunks):
            nxt = chunks[last + 1]
            if _mergeable(blocks, chunks[last], nxt, total, nxt):
                last += 1
                grown = True
            else:
                for skip in range(2, BRIDGE_CHUNKS + 2):
                    if _bridged(blocks, chunks, last, last + skip, last + skip, total):
                        last += skip
                        grown = True
                        break
        if first > 0:
            prev = chunks[first - 1]
            if _mergeable(blocks, prev, chunks[first], total, prev):
                first -= 1
                grown = True
            else:
                for skip in range(2, BRIDGE_CHUNKS + 2):
                    if _bridged(blocks, chunks, first - skip, first, first - skip, total):
                        first -= skip
                        grown = True
                        break
        if not grown:
            break
    start, end = chunks[first].start, chunks[last].end
    # Short paragraphs and subheadings right before the first prose block belong to the body too
    # when nothing but text separates them from it (a lede of one short sentence, a list's first item).
    while start > 0 and blocks[start - 1].kind is Kind.SHORT and blocks[start - 1].repeats == 1:
        before = blocks[start - 1]
        if title_like(before) or before.n < 4 or _under_image(blocks, start - 1):
            break
        start -= 1
    # ...and the same after the last prose block (a closing one-liner), up to a sign-off line.
    while end + 1 < len(blocks) and blocks[end + 1].kind is Kind.SHORT and blocks[end + 1].repeats == 1:
        after = blocks[end + 1]
        if title_like(after) or after.n < 4 or _teaser_head(blocks, end + 1) or is_sign_off(blocks[end].text):
            break
        end += 1
    return start, end


def _ended_at(blocks: list[Block]) -> int:
    """The first end heading ("Comments", "About the author") with an article's worth of prose above it, or
    the end of the dump: what comes below is seldom the article (a sponsor's box, another site's feed)."""
    prose = 0
    for block in blocks:
        if block.kind is Kind.END and prose >= ENDED_PROSE_WORDS:
            return block.index
        if block.kind is Kind.PROSE:
            prose += block.n
    return len(blocks)


def _under_image(blocks: list[Block], i: int) -> bool:
    """Whether block ``i`` sits right under an image's file name (so reads as its caption)."""
    return i > 0 and blocks[i - 1].kind is Kind.FILENAME


def _skip_dek(blocks: list[Block], title_at: int, start: int, end: int, article: Article) -> int:
    """Find the dek under the headline; return where the body starts once the dek is taken out."""
    for i in range(title_at + 1, start):
        block = blocks[i]
        if block.kind is Kind.PROSE or (block.kind is Kind.SHORT and block.n >= 8):
            article.dek = block.text
            return start
    if start <= title_at or blocks[start].kind is not Kind.PROSE:
        return start
    # The first prose line right under the headline is the dek when meta lines part it from the rest.
    nxt = start + 1
    saw_meta = False
    while nxt <= end and blocks[nxt].kind is not Kind.PROSE:
        saw_meta = saw_meta or blocks[nxt].kind in META or blocks[nxt].kind is Kind.CHROME
        nxt += 1
    if saw_meta and nxt <= end and start - title_at <= 3:
        article.dek = blocks[start].text
        return nxt
    return start


def _read_meta(blocks: list[Block], title_at: int | None, start: int, article: Article) -> None:
    """Sections, authors and date from the lines around the headline (or above the body)."""
    anchor = title_at if title_at is not None else start
    lo, hi = max(0, anchor - META_WINDOW), min(len(blocks), start + 3)
    for block in blocks[lo:hi]:
        if block.kind is Kind.SECTION and not article.sections and block.index < start:
            article.sections = block.sections
        if block.kind is Kind.BYLINE:
            for name in block.byline_names:
                if name not in article.authors:
                    article.authors.append(name)
        if block.date and not article.published:
            article.published = block.date
    if not article.authors and title_at is not None:
        article.authors = _bare_author(blocks, title_at, start)
    if not article.sections and title_at is not None and title_at > 0:
        kicker = blocks[title_at - 1]
        above = blocks[title_at - 2] if title_at > 1 else None
        in_list = above is not None and above.kind is Kind.SHORT and above.n <= 3
        if label_like(kicker) and kicker.kind is Kind.SHORT and not in_list:
            article.sections = [kicker.text]
    if not article.published:
        for block in blocks[:start]:
            if block.kind is Kind.DATE and block.repeats == 1:
                article.published = block.date
                break


def _bare_author(blocks: list[Block], title_at: int, start: int) -> list[str]:
    """An author named without "By": a name line under the headline over a role line ("Balkans editor") or the
    date line."""
    roles = set(data_lines("textdump_author_roles.txt"))
    for i in range(title_at + 1, min(start, title_at + META_WINDOW) - 1):
        name, below = blocks[i], blocks[i + 1]
        words = name.text.split()
        if name.kind is not Kind.SHORT or not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
            continue
        role_line = (
            below.kind is Kind.SHORT and below.n <= 5 and bool(roles & set(below.text.lower().split()))
        )
        if role_line or below.kind is Kind.DATE:
            return [name.text]
    return []


def _paragraphs(
    blocks: list[Block], start: int, end: int, title_at: int | None, article: Article
) -> list[str]:
    """The body's text lines: prose and short lines, without chrome, meta, credits or repeats."""
    seen: set[str] = set()
    title = normalise(article.title) if article.title else None
    out = []
    in_box = False  # inside a "Related"/"Most popular" box set in the article: its headlines are not body
    listed = _contents_entries(blocks, start, end)
    headings = _listed_headings(blocks, start, end)
    for block in blocks[start : end + 1]:
        if block.kind is Kind.RELATED:
            in_box = True
        elif block.kind is Kind.PROSE:
            in_box = False
        if block.kind not in (Kind.PROSE, Kind.SHORT) or in_box:
            continue
        key = normalise(block.text)
        if block.index in headings:
            pass  # a subheading the article's own table of contents lists again above it
        elif key in seen or key == title or (block.kind is Kind.SHORT and block.repeats > 1 and key not in listed):
            continue
        if block.kind is Kind.SHORT and _under_image(blocks, block.index):
            continue  # the caption of the image above: reported apart
        seen.add(key)
        out.append(block.text)
    return out


def _contents_entries(blocks: list[Block], start: int, end: int) -> set[str]:
    """Short lines of the body that occur once in it and otherwise only in a packed list above it: its
    subheadings, listed again in a table of contents (a line repeated inside the body or below it, or in
    a box above it, is a teaser or chrome)."""
    inside = Counter(normalise(b.text) for b in blocks[start : end + 1] if b.kind is Kind.SHORT and b.repeats > 1)
    elsewhere: dict[str, bool] = {}  # the line's key: whether every occurrence outside the body is a list item
    for b in blocks[:start] + blocks[end + 1 :]:
        key = normalise(b.text)
        if key in inside:
            elsewhere[key] = elsewhere.get(key, True) and b.index < start and _packed_item(blocks, b.index)
    return {key for key, count in inside.items() if count == 1 and elsewhere.get(key, False)}


def _listed_headings(blocks: list[Block], start: int, end: int) -> set[int]:
    """The subheadings of a body that carries its own table of contents: short lines that occur twice in the
    dump, both in the body, first as an item of a packed list and then standing apart (the index of the
    second occurrence)."""
    where: dict[str, list[int]] = {}
    for b in blocks[start : end + 1]:
        if b.kind is Kind.SHORT and b.repeats == 2:
            where.setdefault(normalise(b.text), []).append(b.index)
    pairs = sorted(
        (first, second)
        for first, second in (at for at in where.values() if len(at) == 2)
        if _packed_item(blocks, first) and not _packed_item(blocks, second) and blocks[second].blank_before
    )
    # a table of contents: several entries, all listed before the first of them comes, in the same order
    seconds = [second for _, second in pairs]
    if len(pairs) < CONTENTS_ENTRIES or pairs[-1][0] > seconds[0] or seconds != sorted(seconds):
        return set()
    return set(seconds)


def _packed_item(blocks: list[Block], i: int) -> bool:
    """Whether line ``i`` sits in a packed list: a short line right against it, no blank line between."""
    before = i > 0 and not blocks[i].blank_before and blocks[i - 1].kind is Kind.SHORT
    after = i + 1 < len(blocks) and not blocks[i + 1].blank_before and blocks[i + 1].kind is Kind.SHORT
    return before or after


def _read_provenance(blocks: list[Block], start: int, end: int, article: Article) -> None:
    """republished_from: a provenance line near the body, else a wire credit in the body."""
    lo, hi = max(0, start - 12), min(len(blocks), end + 8)
    for block in blocks[lo:hi]:
        if block.kind is Kind.PROVENANCE:
            article.republished_from = block.provenance
            return
    for text in article.paragraphs[:2] + article.paragraphs[-2:]:
        source = wire_credit(text)
        if source:
            article.republished_from = source
            return


def _read_credits(
    blocks: list[Block], start: int, end: int, teaser_credits: set[int], article: Article
) -> None:
    """Image credits of the article: credit lines above, inside and just after the body."""
    lo, hi = max(0, start - 12), min(len(blocks), end + 8)
    body = set(article.paragraphs)  # a prose line under an image that the body kept is the body's
    for block in blocks[lo:hi]:
        if block.kind is Kind.CREDIT and block.index not in teaser_credits and block.credit:
            if block.credit not in article.image_credits:
                article.image_credits.append(block.credit)
        if block.kind is Kind.FILENAME and block.text not in article.image_files:
            article.image_files.append(block.text)
            after = blocks[block.index + 1] if block.index + 1 < len(blocks) else None
            if (
                after is not None
                and _caption_like(after, article)
                and (after.text not in body or after.kind is Kind.SHORT)
            ):
                article.captions.append(after.text)


def _caption_like(block: Block, article: Article) -> bool:
    """A line right under an image's file name that reads as its caption: text, not the headline."""
    return (
        block.kind in (Kind.SHORT, Kind.PROSE)
        and 3 <= block.n <= MAX_CAPTION_WORDS
        and normalise(block.text) != normalise(article.title or "")
        and block.text not in article.captions
    )


def _language(article: Article) -> str | None:
    try:
        from faultlines.extract.language import detect_language
    except ImportError:
        return None
    return detect_language(article.body or article.title or "")
