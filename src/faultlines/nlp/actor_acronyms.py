"""Acronyms an article defines in parentheses: "the Philippine Coast Guard (PCG)" makes every "PCG" of the article
the same actor as the long name, with its country and sector; a long name spelt differently from the knowledge's
("Asia Pacific Economic Cooperation (APEC)") is the organisation the knowledge knows by the acronym."""

from __future__ import annotations

import re

from faultlines.nlp.actor_context import Context
from faultlines.nlp.actor_merge import Mention

_ACRONYM = re.compile(r"^[A-Z](?:\.?[A-Z&]){1,6}\.?$")
_SMALL_WORDS = {"of", "the", "and", "for", "on", "in", "de", "&"}


def join_acronyms(mentions: list[Mention], docs: list) -> None:
    """Give each acronym the model found on its own the key of the long name it stands in parentheses after."""
    defined: dict[str, Mention] = {}
    known: dict[str, str] = {}  # an unknown long name's key -> the key of the known acronym it is spelt out as
    by_place = {(m.paragraph, m.end): m for m in mentions}
    for m in mentions:
        if not m.key.startswith(("?org:", "org:")) or not _ACRONYM.match(m.text):
            continue
        doc = docs[m.paragraph]
        if m.start < 2 or m.end >= len(doc) or doc[m.start - 1].text != "(" or doc[m.end].text != ")":
            continue
        paren = m.start - 1
        long = by_place.get((m.paragraph, paren)) or by_place.get((m.paragraph, paren - 1))
        if long is not None and long.end == paren - 1 and doc[paren - 1].lower_ not in ("'s", "\u2019s"):
            continue  # "the China Coast Guard's (CCG)" is the one gap allowed
        spelt = doc[long.start : long.end] if long is not None else None
        if long is None or (long.kind == "state" and _initials(spelt) != m.text.replace(".", "")):
            long, spelt = _named_body_before(mentions, m, doc)  # "the Election Commission of Pakistan (ECP)"
            if long is None:
                continue
        if long.key == m.key or _initials(spelt) != m.text.replace(".", ""):
            continue
        if m.key.startswith("org:"):
            if long.key.startswith("?org:"):
                known[long.key] = m.key  # "the Asia Pacific Economic Cooperation (APEC)": the knowledge's APEC
        else:
            defined[m.text] = long
    for long in mentions:  # "APEC (Asian-Pacific Economic Cooperation)": the name spelt out after the acronym
        doc = docs[long.paragraph]
        if not long.key.startswith("?org:") or long.start < 2 or long.end >= len(doc):
            continue
        if doc[long.start - 1].text != "(" or doc[long.end].text != ")":
            continue
        short = by_place.get((long.paragraph, long.start - 1))
        if (
            short is not None
            and short.key.startswith("org:")
            and _ACRONYM.match(short.text)
            and _initials(doc[long.start : long.end]) == short.text.replace(".", "")
        ):
            known[long.key] = short.key
    spelt = _spelt_out(mentions)
    for m in mentions:
        long = defined.get(m.text) or spelt.get(m.text)
        if m.key in known:
            m.key, m.context = known[m.key], Context()
        elif long is not None and m.key.startswith("?org:"):
            m.key, m.kind, m.context = long.key, long.kind, long.context


def _spelt_out(mentions: list[Mention]) -> dict[str, Mention]:
    """Acronyms the article never defines but whose long name it gives, by their one long name: "the Financial
    Conduct Authority" ... "the FCA", "the Supreme Court" ... "the SC" (none where two long names share them)."""
    by_initials: dict[str, dict[str, Mention]] = {}
    for m in mentions:
        words = m.text.split()
        if m.kind != "organisation" or len(words) < 2 or _ACRONYM.match(m.text):
            continue
        for first in range(len(words) - 1):  # "Ghana's Electoral Commission": the state's body's "EC" too
            initials = "".join(w[0] for w in words[first:] if w[:1].isupper() and w.lower() not in _SMALL_WORDS)
            if len(initials) >= 2:
                by_initials.setdefault(initials, {}).setdefault(m.key, m)
    return {acronym: next(iter(longs.values())) for acronym, longs in by_initials.items() if len(longs) == 1}


def _named_body_before(mentions: list[Mention], acronym: Mention, doc):
    """``(mention, long name)`` of a state's body whose title opens the long name before an acronym and whose
    state ends it ("the Election Commission of Pakistan (ECP)"); ``(None, None)`` where there is none."""
    paren = acronym.start - 1
    end = paren - 1 if doc[paren - 1].lower_ in ("'s", "\u2019s") else paren
    for m in mentions:
        if m.paragraph != acronym.paragraph or not m.key.startswith("?sector:") or not m.start < m.end < end:
            continue
        between = doc[m.end : end]
        if len(between) <= 4 and between[0].lower_ == "of" and all(
            t.text[:1].isupper() or t.lower_ in _SMALL_WORDS for t in between
        ):
            return m, doc[m.start : end]
    return None, None


def _initials(span) -> str:
    return "".join(t.text[0] for t in span if t.text[:1].isupper() and t.lower_ not in _SMALL_WORDS)
