"""The date of an event: the sentence's own date expression resolved against the article date.

"on June 17", "17 June 2022", "in February", "in 2019", "last month", "yesterday", "on Monday" are resolved against
the publication date; a date without a year is the latest such date not after publication. Month-only
expressions ("in February", "last month") resolve to the first day of that month, year-only ones ("in 2019", "last
year") to the first day of that year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for m in names
}
WEEKDAYS = {
    d: i for i, d in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))
}
_MONTH = r"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_PATTERNS = [
    ("iso", re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")),
    ("mdy", re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?")),
    ("dmy", re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+(\d{{4}}))?")),
    ("month", re.compile(rf"\b(?i:in|since|during|by|until|early|late|mid-?)\s+{_MONTH}(?:\s+(\d{{4}}))?\b")),
    ("year", re.compile(r"\b(?i:in|during)\s+(?:(?i:early|late|mid-?)\s*)?((?:19|20)\d{2})\b(?!\s*-)")),
    (
        "relative",
        re.compile(
            r"\b(yesterday|today|tonight|last (?:week|month|year)|(?:on )?(?:last )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b",
            re.I,
        ),
    ),
]


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    value: str


def _month(name: str) -> int:
    return MONTHS[
        name.lower().rstrip(".")[:3] if name.lower().rstrip(".") not in MONTHS else name.lower().rstrip(".")
    ]


def _latest(published: date | None, month: int, day: int, year: str | None) -> date | None:
    try:
        if year:
            return date(int(year), month, day)
        if published is None:
            return None
        candidate = date(published.year, month, day)
        return candidate if candidate <= published else date(published.year - 1, month, day)
    except ValueError:
        return None


def _relative(text: str, published: date | None) -> date | None:
    if published is None:
        return None
    words = text.lower().split()
    if words[-1] in ("today", "tonight"):
        return published
    if words[-1] == "yesterday":
        return published - timedelta(days=1)
    if words[-2:] == ["last", "week"]:
        return published - timedelta(days=7)
    if words[-2:] == ["last", "month"]:
        first = published.replace(day=1) - timedelta(days=1)
        return first.replace(day=1)
    if words[-2:] == ["last", "year"]:
        return date(published.year - 1, 1, 1)
    if words[-1] in WEEKDAYS:
        back = (published.weekday() - WEEKDAYS[words[-1]]) % 7
        if words[-2:-1] == ["last"] and back == 0:
            back = 7
        return published - timedelta(days=back)
    return None


def _resolve(kind: str, match: re.Match, published: date | None) -> date | None:
    groups = match.groups()
    try:
        if kind == "iso":
            return date(int(groups[0]), int(groups[1]), int(groups[2]))
        if kind == "mdy":
            return _latest(published, _month(groups[0]), int(groups[1]), groups[2])
        if kind == "dmy":
            return _latest(published, _month(groups[1]), int(groups[0]), groups[2])
        if kind == "month":
            return _latest(published, _month(groups[0]), 1, groups[1])
        if kind == "year":
            return date(int(groups[0]), 1, 1)
    except (ValueError, KeyError):
        return None
    return _relative(match.group(0), published)


def parse_published(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def date_mentions(text: str, published: str | None) -> list[DateMention]:
    """Every resolvable date expression of ``text``, in text order (overlaps resolved by first pattern)."""
    base = parse_published(published)
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for kind, regex in _PATTERNS:
        for match in regex.finditer(text):
            if any(match.start() < e and s < match.end() for s, e in taken):
                continue
            value = _resolve(kind, match, base)
            if value is not None:
                found.append(DateMention(match.start(), match.end(), match.group(0), value.isoformat()))
                taken.append((match.start(), match.end()))
    return sorted(found, key=lambda m: m.start)

