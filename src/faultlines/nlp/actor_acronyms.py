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
        if long is None or (long.end == paren - 1 and doc[paren - 1].lower_ not in ("'s", "\u2019s")):
            continue  # "the China Coast Guard's (CCG)" is the one gap allowed
        if long.key == m.key or _initials(doc[long.start : long.end]) != m.text.replace(".", ""):
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
    for m in mentions:
        long = defined.get(m.text)
        if m.key in known:
            m.key, m.context = known[m.key], Context()
        elif long is not None and m.key.startswith("?org:"):
            m.key, m.kind, m.context = long.key, long.kind, long.context


def _initials(span) -> str:
    return "".join(t.text[0] for t in span if t.text[:1].isupper() and t.lower_ not in _SMALL_WORDS)
