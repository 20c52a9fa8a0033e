"""Acronyms an article defines in parentheses: "the Philippine Coast Guard (PCG)" makes every "PCG" of the article
the same actor as the long name, with its country and sector."""

from __future__ import annotations

import re

from faultlines.nlp.actor_merge import Mention

_ACRONYM = re.compile(r"^[A-Z](?:\.?[A-Z&]){1,6}\.?$")
_SMALL_WORDS = {"of", "the", "and", "for", "on", "in", "de", "&"}


def join_acronyms(mentions: list[Mention], docs: list) -> None:
    """Give each acronym the model found on its own the key of the long name it stands in parentheses after."""
    defined: dict[str, Mention] = {}
    by_place = {(m.paragraph, m.end): m for m in mentions}
    for m in mentions:
        if not m.key.startswith("?org:") or not _ACRONYM.match(m.text):
            continue
        doc = docs[m.paragraph]
        if m.start < 2 or m.end >= len(doc) or doc[m.start - 1].text != "(" or doc[m.end].text != ")":
            continue
        paren = m.start - 1
        long = by_place.get((m.paragraph, paren)) or by_place.get((m.paragraph, paren - 1))
        if long is None or (long.end == paren - 1 and doc[paren - 1].lower_ not in ("'s", "\u2019s")):
            continue  # "the China Coast Guard's (CCG)" is the one gap allowed
        if long.key != m.key and _initials(doc[long.start : long.end]) == m.text.replace(".", ""):
            defined[m.text] = long
    for m in mentions:
        long = defined.get(m.text)
        if long is not None and m.key.startswith("?org:"):
            m.key, m.kind, m.context = long.key, long.kind, long.context


def _initials(span) -> str:
    return "".join(t.text[0] for t in span if t.text[:1].isupper() and t.lower_ not in _SMALL_WORDS)
