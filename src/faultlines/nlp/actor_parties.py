"""Parties the article itself describes, where the knowledge does not know them: "the main opposition party,
Chadema", "the opposition Chadema party", "Zanu-PF, the ruling party". Each becomes an organisation of the article
(a party with the role the words give, ``party_words.tsv``), named wherever the article names it, so that its people
take its role as a known party's do ("Chadema chairman X", "X, a spokesman for Chadema")."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from faultlines.nlp.actor_gazetteer import NameMatch
from faultlines.nlp.knowledge import Knowledge, Organisation, data_rows, slugify

#: The noun that names a party.
PARTY = "party"
#: Words that may stand between a party word and "party" ("the main opposition political party").
BETWEEN = {"main", "largest", "biggest", "political", "leading", "chief", "principal", "former", "then"}
MAX_NAME = 5


@lru_cache(maxsize=1)
def party_words() -> dict[str, str]:
    """Words that tell a party's role (``party_words.tsv``): "opposition" → OPP, "ruling" → GOV."""
    return {word.lower(): role for word, role in data_rows("party_words.tsv", 2)}


def local_parties(docs, kb: Knowledge) -> dict[str, Organisation]:
    """The article's parties the knowledge does not know, by the name the text gives them."""
    found: dict[str, Organisation] = {}
    for doc in docs:
        if doc is None:
            continue
        for token in doc:
            if token.lower_ == PARTY:
                described = list(_described(doc, token.i))
            else:
                described = _named_after(doc, token.i)
            for start, end, role in described:
                name = doc[start:end].text
                if name not in found and not _known(name, kb):
                    country = _sentence_state(doc[start].sent if doc.has_annotation("SENT_START") else doc, kb)
                    found[name] = Organisation(slugify(name), name, (name,), country, role, "party")
    return found


def _sentence_state(span, kb: Knowledge) -> str | None:
    """The one state a sentence names (by its name or a place's), where it names one: "Tanzania's main opposition
    party", "the ruling party in Tanzania"."""
    states = set()
    for token in span:
        for width in (3, 2, 1):
            words = span.doc[token.i : token.i + width]
            state = kb.where.get(words.text.lower()) if words.end <= span.end and words[0].text[:1].isupper() else None
            if state:
                states.add(state)
                break
    return next(iter(states)) if len(states) == 1 else None


def _described(doc, i: int):
    """``(start, end, role)`` of the names a "party" at token ``i`` describes."""
    words = party_words()
    j = i - 1
    while j >= 0 and doc[j].lower_ in BETWEEN:
        j -= 1
    role = words.get(doc[j].lower_) if j >= 0 else None
    if role is not None:  # "the main opposition party, Chadema", "opposition party Chadema"
        k = i + 1
        if k < len(doc) and doc[k].text == ",":
            k += 1
        if k < len(doc) and doc[k].lower_ == "the":
            k += 1
        end = _name_end(doc, k)
        if end > k and (end >= len(doc) or doc[end].lower_ not in ("'s", "\u2019s")):
            yield k, end, role
    start = _name_start(doc, i)
    if start < i and start > 0:  # "the opposition Chadema party"
        j = start - 1
        while j >= 0 and doc[j].lower_ in BETWEEN:
            j -= 1
        role = words.get(doc[j].lower_) if j >= 0 else None
        if role is not None:
            yield start, i, role
    # "Chadema, the main opposition party"
    j = i - 1
    while j >= 0 and doc[j].lower_ in BETWEEN:
        j -= 1
    role = words.get(doc[j].lower_) if j >= 0 else None
    if role is not None and j >= 2 and doc[j - 1].lower_ in ("the", "a") and doc[j - 2].text == ",":
        start = _name_start(doc, j - 2)
        if start < j - 2:
            yield start, j - 2, role


def _named_after(doc, i: int) -> list[tuple[int, int, str]]:
    """``(start, end, role)`` of an organisation the model found, or an acronym, right after a party word: "the
    opposition CCC", "the ruling ANC" (not "the opposition leader", nor "opposition Senator X")."""
    role = party_words().get(doc[i].lower_)
    if role is None or i + 1 >= len(doc):
        return []
    first = doc[i + 1]
    if first.ent_type_ == "ORG" and first.ent_iob_ == "B":
        end = i + 2
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        return [(i + 1, end, role)] if _name_end(doc, i + 1) >= end else []
    if first.is_upper and first.is_alpha and len(first) >= 2 and (i + 2 >= len(doc) or not doc[i + 2].is_title):
        return [(i + 1, i + 2, role)]
    return []


def _capitalised(token) -> bool:
    return token.text[:1].isupper() and (token.is_alpha or "-" in token.text) and token.pos_ in ("PROPN", "NOUN", "X")


def _name_end(doc, k: int) -> int:
    end = k
    while end < len(doc) and end - k < MAX_NAME and (_capitalised(doc[end]) or (end > k and doc[end].text == "-")):
        end += 1
    while end > k and doc[end - 1].text == "-":
        end -= 1
    return end


def _name_start(doc, i: int) -> int:
    start = i
    while start > 0 and i - start < MAX_NAME and (_capitalised(doc[start - 1]) or doc[start - 1].text == "-"):
        start -= 1
    while start < i and doc[start].text == "-":
        start += 1
    return start


def _known(name: str, kb: Knowledge) -> bool:
    """A name the knowledge already gives a meaning: a state, a place, a known organisation or person."""
    return bool(
        kb.where.get(name.lower())
        or name in kb.places
        or name in kb.person_names
        or any(name in org.names for org in kb.organisations.values())
    )


def with_parties(kb: Knowledge, parties: dict[str, Organisation]) -> Knowledge:
    """The knowledge with the article's own parties added."""
    if not parties:
        return kb
    organisations = dict(kb.organisations)
    for org in parties.values():
        organisations.setdefault(org.code, org)
    return replace(kb, organisations=organisations)


def party_matches(doc, parties: dict[str, Organisation], taken: list[NameMatch]) -> list[NameMatch]:
    """Name matches of the article's own parties in one paragraph, where no other name is matched."""
    if not parties:
        return taken
    covered = {i for m in taken for i in range(m.start, m.end)}
    found = list(taken)
    for name, org in parties.items():
        for hit in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", doc.text):
            span = doc.char_span(hit.start(), hit.end())
            if span is not None and covered.isdisjoint(range(span.start, span.end)):
                found.append(NameMatch(span.start, span.end, "O", org.code))
                covered.update(range(span.start, span.end))
    return sorted(found, key=lambda m: m.start)
