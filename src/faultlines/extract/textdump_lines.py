"""Line classification for the text-dump segmenter: what each line of a page dump looks like.

Each non-blank line of a dump is one block. :func:`classify` gives every block a :class:`Kind` from its own
text (length, sentence punctuation, capitalisation, function-word density, chrome phrases, provenance,
credit, byline and date patterns) and from the dump as a whole (lines repeated elsewhere). The knowledge
(chrome phrases, month names, byline forms, function words) lives in ``data/extract/textdump_*.txt``.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from enum import Enum
from functools import lru_cache

from faultlines.extract.provenance import DATA, caption_credit, image_credit_line, provenance_line


class Kind(Enum):
    PROSE = "prose"  # a sentence-like paragraph
    SHORT = "short"  # any other text: headings, titles, labels, list items, short paragraphs
    CHROME = "chrome"  # buttons, menus, share bars, sign-in, newsletter, cookie and copyright lines
    RELATED = "related"  # a heading that opens other stories ("Most read", "Related")
    END = "end"  # a heading after which the article does not go on ("Comments", "Tags", "About the author")
    SECTION = "section"  # a section/tag line ("Analysis | Reporting | Europe")
    BYLINE = "byline"
    DATE = "date"
    CREDIT = "credit"  # an image credit or a caption ending in one
    FILENAME = "filename"  # an image file name ("1600px-some_file_2019-04-03_03")
    PROVENANCE = "provenance"  # "This article was republished with permission from X"
    TEASER = "teaser"  # a line naming another story: "Read more: <its headline>"


LABEL_CHARS, LABELLED_LIST_WORDS = 32, 40  # "Tags: a, b, c": a label this long over a list this long
COMMENT_HEADING_WORDS = 40  # "59 Comments on “<headline>”": at most this long
ABOUT_NAME_WORDS = 4  # "About Jane Roe": a name of at most this many words
META = {Kind.BYLINE, Kind.DATE, Kind.SECTION}
NOT_TEXT = {Kind.CHROME, Kind.RELATED, Kind.END, Kind.CREDIT, Kind.FILENAME, Kind.PROVENANCE, Kind.TEASER} | META

_WORD = re.compile(r"\w+", re.UNICODE)
_SENTENCE_END = re.compile(r"[.!?…。！？:;][\"'”’»)\]]*\s*$")
_FILENAME = re.compile(r"^[\w.\-~%+]+$", re.UNICODE)
_IMAGE_EXT = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|svg|tiff?)$", re.I)
_PIXEL_PREFIX = re.compile(r"^\d{2,4}(?:px|w|x\d+)[-_]", re.I)
_SECTION_SPLIT = re.compile(r"\s+[|/›»>•·]\s+|\s*\|\s*")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_NOT_WORD = re.compile(r"[^\w\s'’]+", re.UNICODE)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_PUNCT_EDGES = re.compile(r"^[\W_]+|[\W_]+$", re.UNICODE)


@dataclass
class Block:
    """One non-blank line of the dump with its features."""

    index: int
    text: str
    words: list[str]
    blank_before: bool
    kind: Kind = Kind.SHORT
    repeats: int = 1  # how often this exact line occurs in the dump
    byline_names: list[str] = field(default_factory=list)
    date: str | None = None
    credit: str | None = None
    provenance: str | None = None
    sections: list[str] = field(default_factory=list)
    teaser: str | None = None  # the other story's headline on a TEASER line

    @property
    def n(self) -> int:
        return len(self.words)


def _read(name: str) -> list[str]:
    text = (DATA / name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    return frozenset(_read("textdump_stopwords.txt"))


@lru_cache(maxsize=1)
def _chrome_line() -> re.Pattern[str]:
    phrases = sorted({p.lower() for p in _read("textdump_chrome_phrases.txt")}, key=len, reverse=True)
    alternatives = "|".join(re.escape(p) for p in phrases)
    return re.compile(rf"(?:[\W_\d]|{alternatives})+", re.I)


@lru_cache(maxsize=4)
def _any_of(name: str) -> re.Pattern[str]:
    """The regular expressions of a data file joined into one, matched against lower-cased text."""
    return re.compile("|".join(f"(?:{p})" for p in _read(name)))


@lru_cache(maxsize=1)
def _sign_offs() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.I) for p in _read("textdump_sign_offs.txt"))


@lru_cache(maxsize=4)
def _heading(name: str) -> re.Pattern[str]:
    return re.compile("(?:" + "|".join(_read(name)) + ")", re.I)


@lru_cache(maxsize=1)
def _bylines() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.I) for p in _read("textdump_bylines.txt"))


@lru_cache(maxsize=1)
def _months() -> dict[str, int]:
    months = {}
    for line in _read("textdump_months.txt"):
        name, number = line.rsplit(" ", 1)
        months[name.lower()] = int(number)
    return months


@lru_cache(maxsize=1)
def _date_patterns() -> tuple[re.Pattern[str], ...]:
    names = "|".join(sorted((re.escape(m) for m in _months()), key=len, reverse=True))
    return (
        re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)(?!\d)"),
        re.compile(
            rf"\b(?P<mn>{names})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)\b", re.I
        ),
        re.compile(
            rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?(?P<mn>{names})\.?,?\s+(?:de\s+)?(?P<y>(?:19|20)\d\d)\b",
            re.I,
        ),
        re.compile(r"\b(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>(?:19|20)?\d\d)\b"),
        re.compile(r"\b(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d\d)\b"),
    )


def parse_date(text: str) -> str | None:
    """The first calendar date written in ``text`` as an ISO date, else ``None``."""
    if not any(c.isdigit() for c in text):
        return None
    for pattern in _date_patterns():
        for match in pattern.finditer(text):
            parts = match.groupdict()
            year = int(parts["y"])
            year += 2000 if year < 100 else 0
            month = _months()[parts["mn"].lower()] if parts.get("mn") else int(parts["m"])
            day = int(parts["d"])
            if month > 12 and day <= 12:  # 22/12/2023 is day first
                month, day = day, month
            if 1 <= month <= 12 and 1 <= day <= 31 and 1990 <= year <= 2100:
                return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def normalise(text: str) -> str:
    """A line reduced for comparison: NFKC, case-folded, whitespace collapsed."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def is_chrome(text: str, n_words: int) -> bool:
    """Site chrome: a short line made only of chrome phrases, or a chrome pattern (copyright, cookies…)."""
    if n_words <= 10 and len(text) <= 90 and _chrome_line().fullmatch(text.lower()):
        return True
    lower = text.lower()
    if n_words <= 60 and _any_of("textdump_chrome_patterns.txt").search(lower):
        return True
    return n_words <= 250 and bool(_any_of("textdump_chrome_long.txt").search(lower))


def is_sign_off(text: str) -> bool:
    """A line that closes an article ("(Reporting by ...; Editing by ...)", "-- Jane Roe").

    Nothing after it belongs to the body.
    """
    return any(p.search(text) for p in _sign_offs())


def is_related_heading(text: str, n_words: int) -> bool:
    """A heading that opens a list of other stories ("Most read", "Related", "More from Europe")."""
    return _heading_match("textdump_related_headings.txt", text, n_words)


def is_end_heading(text: str, n_words: int) -> bool:
    """A heading after which the article does not go on ("Comments", "Tags", "About the author"), alone or
    labelling the list it heads on the same line ("Filed Under: Business, Education")."""
    if _heading_match("textdump_end_headings.txt", text, n_words):
        return True
    label, colon, rest = text.partition(":")
    if not colon or not rest.strip() or len(label) > LABEL_CHARS or n_words > LABELLED_LIST_WORDS:
        return False
    return not _SENTENCE_END.search(text) and _heading_match("textdump_end_headings.txt", label, len(label.split()))


def comment_heading(text: str) -> bool:
    """A comment section's heading that names the article ("12 thoughts on “<headline>”")."""
    return bool(_heading("textdump_comment_headings.txt").match(normalise(text)))


def _heading_match(name: str, text: str, n_words: int) -> bool:
    if n_words == 0 or n_words > 8:
        return False
    words = " ".join(_NOT_WORD.sub(" ", normalise(text)).split())
    return bool(_heading(name).fullmatch(words))


def inline_teaser(text: str) -> str | None:
    """The headline of another story on a "Read more: <headline>" line, else None."""
    if len(text) > 250:
        return None
    match = _inline_teaser().match(text)
    if match is None:
        return None
    title = match.group("title").strip()
    if "|" in title or len(title.split()) < 3 or not (title[:1].isupper() or title[:1].isdigit() or title[:1] in "\"'“‘"):
        return None
    return title


@lru_cache(maxsize=1)
def _inline_teaser() -> re.Pattern[str]:
    leads = "|".join(f"(?:{line})" for line in _read("textdump_inline_teasers.txt"))
    return re.compile(rf"^\s*(?:{leads})\s*(?:[:|>»]|\s[-–—])\s*(?P<title>\S.*)$", re.I)


def is_filename(text: str) -> bool:
    """An image file name as scrapers show it in place of the image."""
    if " " in text or len(text) < 8 or not _FILENAME.match(text):
        return False
    if _IMAGE_EXT.search(text) or _PIXEL_PREFIX.match(text) or "_" in text:
        return True
    return len(text) >= 12 and any(c.isdigit() for c in text) and "-" in text


def byline_names(text: str) -> list[str]:
    """Author names of a byline line ("By Jane Roe and John Doe"), else an empty list."""
    if len(text) > 250:
        return []
    for pattern in _bylines():
        match = pattern.match(text)
        if not match:
            continue
        names = []
        for name in re.split(r",|\band\b|&|\bund\b|\bet\b|\by\b|\bи\b", match.group("names")):
            name = _PUNCT_EDGES.sub("", name.strip())
            words = name.split()
            if 1 <= len(words) <= 5 and all(w[:1].isupper() or w[:1] in "'’-" for w in words if w.isalpha()):
                if not is_chrome(name, len(words)) and not _months().get(name.lower()):
                    names.append(name)
        return names
    return []


def section_parts(text: str) -> list[str]:
    """The parts of a section/tag or breadcrumb line ("Analysis | Reporting | Europe"), else []."""
    if len(text) > 120:
        return []
    parts = [p.strip() for p in _SECTION_SPLIT.split(text)]
    parts = [p for p in parts if p]
    if not 2 <= len(parts) <= 8:
        return []
    for part in parts:
        words = part.split()
        if not 1 <= len(words) <= 4 or len(part) > 32 or not part[:1].isupper() or _SENTENCE_END.search(part):
            return []
    return [p for p in parts if normalise(p) not in ("home", "homepage", "start")]


def is_prose(text: str, words: list[str]) -> bool:
    """A sentence-like paragraph: long enough, ending like a sentence, with function words in it."""
    n = len(words)
    if _CJK.search(text):
        return len(text) >= 40 and bool(_SENTENCE_END.search(text))
    if n < 8:
        return False
    ends = bool(_SENTENCE_END.search(text))
    if not ends and n < 18:
        return False
    stop = stopwords()
    function_words = sum(1 for w in words if w.lower() in stop)
    return function_words / n >= 0.12 or n >= 30


def title_like(block: Block) -> bool:
    """A line that could be a headline: a few words, not a sentence-ending paragraph, not a label."""
    if block.kind not in (Kind.SHORT, Kind.PROSE) or not 3 <= block.n <= 30:
        return False
    if len(block.text) < 12 or len(block.text) > 250:
        return False
    if block.text.rstrip().endswith((".", ":", ";", ",")) and not block.text.rstrip().endswith("..."):
        return False
    return block.text[:1].isupper() or block.text[:1].isdigit() or block.text[:1] in "\"'“‘«"


def label_like(block: Block) -> bool:
    """A one-to-three-word label such as a section name ("Europe", "Middle East")."""
    return (
        block.kind in (Kind.SHORT, Kind.CHROME)
        and 1 <= block.n <= 3
        and len(block.text) <= 30
        and block.text[:1].isupper()
        and not _SENTENCE_END.search(block.text)
    )


WRAP_MIN_WIDTH, WRAP_MAX_WIDTH = 40, 132  # hard-wrapped dumps (lynx, w3m, mail) break lines this wide
WRAP_SHARE = 0.3  # ...and at least this share of their longer lines end close to the width
WRAP_SLACK = 12
PACKED_SHARE = 0.05  # a dump with fewer blank lines than this share of its lines never parts blocks with them


def _wrap_width(lines: list[str]) -> int | None:
    """The width a hard-wrapped dump was wrapped at, else ``None``: most of its longer lines end within a
    few characters of one width and (bar a few unbreakable runs) none is longer."""
    lengths = sorted(len(line) for line in lines if " " in line)
    if len(lengths) < 8:
        return None
    width = lengths[int(0.97 * (len(lengths) - 1))]
    if not WRAP_MIN_WIDTH <= width <= WRAP_MAX_WIDTH:
        return None
    longer = [n for n in lengths if n >= width * 0.6]
    near = sum(1 for n in longer if width - WRAP_SLACK <= n <= width)
    return width if len(longer) >= 5 and near >= WRAP_SHARE * len(longer) else None


def _unwrap(lines: list[str]) -> list[str]:
    """Join the lines of hard-wrapped paragraphs: a line continues the one above when the first word of
    the line could not have fitted at the end of the line above."""
    width = _wrap_width(lines)
    if width is None:
        return lines
    out: list[str] = []
    last = 0  # the length of the physical line above (out[-1] may hold several)
    for line in lines:
        stripped = line.strip()
        if out and out[-1] and stripped and not stripped.startswith(("* ", "- ", "• ", "+ ")):
            if last + 1 + len(stripped.split(" ", 1)[0]) > width:
                out[-1] = out[-1] + " " + stripped
                last = len(line)
                continue
        out.append(line)
        last = len(line)
    return out


def split_blocks(text: str) -> list[Block]:
    """The non-blank lines of a dump as blocks, remembering which follow a blank line. Hard-wrapped
    paragraphs are joined back into one line each; in a dump that never leaves blank lines between blocks
    every line stands apart."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u00a0", " ")
    blocks: list[Block] = []
    blank = True
    blanks = 0
    lines = _unwrap([raw.replace("\u200b", "").replace("\ufeff", "").rstrip() for raw in text.split("\n")])
    for raw in lines:
        line = " ".join(raw.split())
        if not line:
            blanks += not blank
            blank = True
            continue
        blocks.append(Block(index=len(blocks), text=line, words=_WORD.findall(line), blank_before=blank))
        blank = False
    if len(blocks) >= 10 and blanks < PACKED_SHARE * len(blocks):
        for block in blocks:
            block.blank_before = True
    return blocks


def classify(blocks: list[Block]) -> list[Block]:
    """Give every block its kind and the facts its kind carries (names, date, credit, source, sections)."""
    counts = Counter(normalise(b.text) for b in blocks)
    prose_above = False
    for block in blocks:
        block.repeats = counts[normalise(block.text)]
        block.kind = _kind(block)
        if prose_above and block.n <= COMMENT_HEADING_WORDS and comment_heading(block.text):
            # under prose, the comment section's heading; above any, a comment counter run into the headline
            block.kind = Kind.END
        prose_above = prose_above or block.kind is Kind.PROSE
    for block in blocks:
        if block.kind is Kind.SHORT and _about_box(blocks, block):
            block.kind = Kind.END
    return blocks


def _about_box(blocks: list[Block], block: Block) -> bool:
    """Whether a short line under prose heads a box about the writer or the site ("About Jane Roe" over
    "Jane is a freelance writer ..."): the prose right under it opens with a word of the name."""
    match = _heading("textdump_about_headings.txt").match(block.text)
    if match is None or block.n > ABOUT_NAME_WORDS + 3 or not block.index:
        return False
    name = block.text[match.end() :].split()
    if not 1 <= len(name) <= ABOUT_NAME_WORDS or not all(w[:1].isupper() for w in name):
        return False
    if not any(b.kind is Kind.PROSE for b in blocks[: block.index]):
        return False
    below = next((b for b in blocks[block.index + 1 : block.index + 4] if b.kind is Kind.PROSE), None)
    return below is not None and below.text.split()[0] in name


def _kind(block: Block) -> Kind:
    text, n = block.text, block.n
    if n == 0:
        return Kind.CHROME
    if is_filename(text):
        return Kind.FILENAME
    if n <= 60:
        block.provenance = provenance_line(text)
        if block.provenance:
            return Kind.PROVENANCE
    if is_end_heading(text, n):
        return Kind.END
    if is_related_heading(text, n):
        return Kind.RELATED
    block.teaser = inline_teaser(text)
    if block.teaser:
        return Kind.TEASER
    names = byline_names(text)
    if names:
        block.byline_names = names
        block.date = parse_date(text)
        return Kind.BYLINE
    if n <= 60:
        block.credit = image_credit_line(text) or (
            caption_credit(text, parenthesised=n <= 15) if n <= 50 else None
        )
        if block.credit and block.credit.isupper() and len(block.credit) <= 6 and n > 3:
            block.credit = None  # "(CSTO)" closing a short line is an abbreviation, not a credit
        if block.credit and not any(c.isalpha() for c in block.credit):
            block.credit = None  # "(14)" is a count
        if block.credit and text.endswith(")") and _YEAR.search(block.credit):
            block.credit = None  # "(2025 Reviews)", "(Updated 2026)" closing a headline: not a credit
        if block.credit:
            return Kind.CREDIT
    if is_chrome(text, n):
        return Kind.CHROME
    if n <= 14:
        block.date = parse_date(text)
        if block.date and not is_prose(text, block.words):
            return Kind.DATE
    parts = section_parts(text)
    if parts:
        block.sections = parts
        return Kind.SECTION
    if is_prose(text, block.words):
        return Kind.PROSE
    return Kind.SHORT
