"""Datelines at the start of a paragraph ("MOGADISHU —", "BEIJING, Nov 14 (Wire) -", "Kyiv, Ukraine —", "ISLAMABAD:").

A dateline names the place a story was filed from: a place, never an actor (it is not the capital standing for its
state, as in "Beijing said"), and the statistical model often takes it for an organisation or a person. Its country is
kept as the article's default for state bodies named without one ("the foreign ministry said").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from faultlines.nlp.knowledge import Knowledge

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_WORD = r"[A-Z][\w'\u2019.\-]*"
_PLACE = rf"{_WORD}(?:[ \t]+{_WORD}){{0,3}}"
DATELINE = re.compile(
    rf"^\s*(?P<place>{_PLACE})"
    rf"(?:,[ \t]*(?!{_MONTH}[ \t]*\d)(?P<region>{_PLACE}))?"
    rf"(?:,[ \t]*(?!{_MONTH}[ \t]*\d)(?P<region2>{_PLACE}))?"  # "Julhas Alam, Dhaka, Bangladesh -": byline first
    rf"(?:,?[ \t]*(?P<date>{_MONTH}[ \t]*\d{{1,2}}(?:,?[ \t]*\d{{4}})?))?"
    r"[ \t]*(?P<agency>\([^()\n]{1,40}\))?"
    r"[ \t]*(?P<sep>\u2014|\u2013|\u2015|--|-|:)[ \t]"
)


@dataclass(frozen=True)
class Dateline:
    end: int  # character offset just after the place words (and region, date, agency)
    country: str | None  # ISO3 of the place, when the knowledge knows it


def find_dateline(text: str, kb: Knowledge, opening: bool = True) -> Dateline | None:
    """The dateline opening ``text``, if any.

    An all-caps place always makes one (unless it is an organisation's name with nothing after it: "NATO —"); a
    title-case place only when the knowledge knows the place or a region, date or news agency follows it ("Kyiv,
    Ukraine —"), so that "Vladimir Putin — who ..." is not a dateline. A known place alone ("Moscow — ...") counts only
    in the article's ``opening`` paragraphs: further down it is more likely a metonym set off by a dash.
    """
    head = text[:80]
    if not text[:1].isupper() or not any(d in head for d in "-\u2014\u2013\u2015:"):
        return None
    m = DATELINE.match(text)
    if m is None:
        return None
    place, region, region2 = m.group("place"), m.group("region"), m.group("region2")
    if any((name or "").endswith(("'s", "\u2019s")) for name in (place, region, region2)):
        return None
    if region2 is not None:
        if not (kb.where.get(region.lower()) and kb.where.get(region2.lower())):
            return None  # only a byline before a known place and its state
        place, region = region, region2
    extras = bool(m.group("date") or m.group("agency"))
    known = kb.where.get(place.lower())
    if m.group("sep") == ":" and not _city(place, kb) and not (region and _city(region, kb)):
        return None  # "ISLAMABAD:", "Moscow, April 26:" (South Asian and Russian wires), not "UPDATE:", "Israel:"
    named_elsewhere = place in kb.person_names or any(place in o.names for o in kb.organisations.values())
    letters = [c for c in place if c.isalpha()]
    if len(letters) >= 3 and all(c.isupper() for c in letters):
        if named_elsewhere and not (extras or region or known):
            return None
    elif named_elsewhere or not ((known and opening) or extras or (region and kb.where.get(region.lower()))):
        return None
    end = max(m.end(g) for g in ("place", "region", "region2", "date", "agency") if m.group(g))
    return Dateline(end, known or (kb.where.get(region.lower()) if region else None))


def _city(name: str, kb: Knowledge) -> bool:
    """A place the knowledge knows that is not a state's own name (a capital or another city)."""
    lower = name.lower()
    return lower in kb.where and not any(
        lower == c.name.lower() or lower in (n.lower() for n in c.names) for c in kb.countries.values()
    )
