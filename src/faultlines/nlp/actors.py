"""Actor resolution: who is who in one article.

For every paragraph the knowledge gazetteer (names, titles; see :mod:`faultlines.nlp.actor_gazetteer`) and spaCy's
named entities are merged into mentions; the knowledge wins where they disagree (a place is not a person, a word is not
a place, a broadcaster is not a country). Mentions are then grouped into one :class:`Actor` per person, state or
organisation of the article:

* states: names, adjectives and demonyms, capitals and seats of power ("Moscow", "the Kremlin") → the state, role GOV;
* known people (``people.tsv``) by full name or alias; their country and role are those of the office they held on the
  article's date (``article.published``, else today); titles such as "the Russian president" or "Kazakhstan's foreign
  minister" resolve to the office holder on that date;
* other people from spaCy's PERSON entities; a surname alone joins the full name used elsewhere in the article; their
  role and country come from premodifiers ("MP Konstantin Zatulin", "Kazakh Foreign Minister ..."), appositions
  ("..., head of the Kremlin-run broadcaster RT"), the article's own descriptions of groups ("Russian pundits") and, for
  the country, the country named before them in the sentence;
* organisations from the knowledge (with country and role) or from spaCy's ORG entities (role and country from their
  premodifiers: "the Kremlin-run broadcaster X").
"""

from __future__ import annotations

from collections import Counter
from datetime import date as _date

from faultlines.model import Actor, Article
from faultlines.nlp.actor_context import Context, TokenIndex, apposition, premodifiers, title_country
from faultlines.nlp.actor_gazetteer import get_gazetteer
from faultlines.nlp.actor_merge import (
    Mention,
    choose_known_people,
    drop_other_senses,
    group_mentions,
    repeated_surnames,
)
from faultlines.nlp.knowledge import Knowledge, load_knowledge
from faultlines.nlp.parsed import ParsedArticle

PERSON_LABELS = {"PERSON"}
NAME_LIKE_LABELS = {"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC"}
TRIM_START = {"the", "a", "an"}
#: Words before a name that make it a place ("in Shujayea", "near Erez"); a model PERSON there is dropped.
LOCATIVE = {"in", "near", "into", "across", "towards", "toward", "around", "outside", "inside", "at"}
NAME_CONNECTORS = {
    "of",
    "the",
    "and",
    "for",
    "de",
    "du",
    "des",
    "la",
    "le",
    "al",
    "al-",
    "el",
    "bin",
    "ibn",
    "von",
    "van",
    "der",
    "den",
    "da",
    "dos",
    "y",
    "&",
    "on",
    "in",
    "at",
    "di",
    "del",
    "'s",
    "\u2019s",
}
NOT_A_HOLDER = {
    "former",
    "ex",
    "late",
    "then",
    "deputy",
    "vice",
    "acting",
    "first",
    "future",
    "next",
    "previous",
}


def article_date(article: Article) -> str:
    """The date offices are looked up on: the article's publication date, else today."""
    if article.published and len(article.published) >= 10:
        return article.published[:10]
    return _date.today().isoformat()


def resolve_actors(parsed: ParsedArticle) -> list[Actor]:
    """One :class:`Actor` per person, state and organisation of the article, with all its mentions."""
    docs = [d for d in parsed.docs if d is not None]
    if not docs:
        return []
    from faultlines.nlp.engine import get_nlp

    gazetteer = get_gazetteer(get_nlp())
    knowledge = load_knowledge()
    when = article_date(parsed.article)
    mentions: list[Mention] = []
    group_roles: Counter = Counter()
    places: set[str] = set()  # states in which the article names a place
    for paragraph, doc in enumerate(parsed.docs):
        if doc is None or not len(doc):
            continue
        index = TokenIndex(doc, gazetteer.match_names(doc), gazetteer.match_titles(doc), knowledge)
        group_roles.update(index.group_roles())
        places.update(m.ref for m in index.names if m.kind == "X")
        mentions.extend(_paragraph_mentions(paragraph, doc, index, knowledge, when))
    mentions.extend(repeated_surnames(parsed.docs, mentions))
    mentions = drop_other_senses(mentions, knowledge, places)
    choose_known_people(mentions, knowledge, when)
    return group_mentions(mentions, knowledge, when, group_roles)


def _paragraph_mentions(paragraph: int, doc, index: TokenIndex, kb: Knowledge, when: str) -> list[Mention]:
    out: list[Mention] = []

    def add(start: int, end: int, kind: str, key: str, context: Context | None = None):
        span = doc[start:end]
        sent = span.sent if doc.has_annotation("SENT_START") else None
        out.append(
            Mention(
                paragraph,
                start,
                end,
                span.start_char,
                span.end_char,
                span.text,
                kind,
                key,
                context or Context(),
                sent.start if sent is not None else 0,
            )
        )

    # Knowledge matches, except those inside a longer person name the model found ("George Washington").
    person_ents = [_trim(doc, e.start, e.end, kb) for e in doc.ents if e.label_ in PERSON_LABELS]
    person_ents = [(s, e) for s, e in person_ents if e - s >= 2]
    covered: set[int] = set()
    for m in index.names:
        inside_longer_name = any(
            s <= m.start and m.end <= e and e - s > m.end - m.start for s, e in person_ents
        )
        if inside_longer_name and m.kind in ("C:name", "C:seat", "C:adj", "X", "P:alias"):
            continue
        covered.update(range(m.start, m.end))
        if m.kind == "X":
            continue  # a place: not an actor, but no model entity may claim it either
        if m.kind.startswith("C:"):
            add(m.start, m.end, "state", m.ref)
        elif m.kind == "O":
            add(m.start, m.end, "organisation", f"org:{m.ref}")
        elif m.kind == "P:full" or _alias_is_name(doc, m, kb):
            add(m.start, m.end, "person", f"?known:{m.ref}")
    # The statistical model's entities where the knowledge said nothing.
    for ent in doc.ents:
        if ent.label_ not in ("PERSON", "ORG") or not covered.isdisjoint(range(ent.start, ent.end)):
            continue
        start, end = _trim(doc, ent.start, ent.end, kb)
        if not _looks_like_a_name(doc, start, end):
            continue
        if ent.label_ == "PERSON" and _after_locative(doc, start, end):
            continue
        text = doc[start:end].text
        if kb.places.get(text) or index.is_title_only(start, end):
            continue
        if ent.label_ == "PERSON":
            context = premodifiers(index, start).merge(apposition(index, end))
            add(start, end, "person", f"?person:{text}", context)
        else:
            context = premodifiers(index, start)
            add(start, end, "organisation", f"?org:{text}", context)
    # Titles that stand for their holder ("the Russian president") or for the state ("Kazakhstan's foreign ministry").
    for title_match in index.titles:
        holder = _title_holder(index, title_match, kb, when, doc)
        if holder is not None:
            start, end = holder[0], title_match.end
            add(start, end, "person", f"person:{holder[1]}")
    # A state's sectors named as groups or bodies ("Russian troops", "Kazakh state TV", "Ukraine's parliament").
    for title_match in index.titles:
        sector = _sector(index, title_match, kb)
        if sector is not None:
            country, role, first = sector
            add(first, title_match.end, "organisation", f"?sector:{country}:{role}")
    return out


def _sector(index: TokenIndex, t, kb: Knowledge) -> tuple[str, str, int] | None:
    title = kb.titles.get(t.term)
    if title is None or title.role in (None, "GOV", "IGO"):
        return None
    doc = index.doc
    plural = doc[t.end - 1].lower_ != t.term.split()[-1]
    if title.kind not in ("body", "group") and not plural:
        return None
    if t.end < len(doc) and (index.name_at[t.end] is not None or doc[t.end].ent_iob_ == "B"):
        return None  # "the Kremlin-run broadcaster RT": the name that follows is the actor
    found = title_country(index, t)
    return (found[0], title.role, found[1]) if found is not None else None


def _after_locative(doc, start: int, end: int) -> bool:
    before = doc[start - 1].lower_ if start > 0 else ""
    after = doc[end].lower_ if end < len(doc) else ""
    return before in LOCATIVE and after not in ("'s", "\u2019s")


def _looks_like_a_name(doc, start: int, end: int) -> bool:
    """Reject the model's entities that are plainly not names: lower-case words inside, or one capitalised
    common word ("Groups", "Search") that the tagger does not call a proper noun."""
    if start >= end or not doc[start].text[:1].isupper():
        return False
    if any(t.text[:1].islower() and t.lower_ not in NAME_CONNECTORS for t in doc[start:end]):
        return False
    if end - start == 1 and doc[start].pos_ != "PROPN":
        return False
    return True


def _alias_is_name(doc, m, kb: Knowledge) -> bool:
    """A surname or short alias alone counts when it is capitalised and not the first word of a lower-case phrase."""
    token = doc[m.start]
    return token.text[:1].isupper()


def _trim(doc, start: int, end: int, kb: Knowledge) -> tuple[int, int]:
    """Drop articles, honorifics ("Mr", "Dr"), punctuation and possessive endings around an entity."""
    while start < end and (
        doc[start].lower_ in TRIM_START or doc[start].is_punct or _honorific(doc[start], kb)
    ):
        start += 1
    while end > start and (doc[end - 1].lower_ in ("'s", "\u2019s", "'") or doc[end - 1].is_punct):
        end -= 1
    return start, end


def _honorific(token, kb: Knowledge) -> bool:
    title = kb.titles.get(token.lower_)
    return title is not None and title.kind == "honorific"


def _title_holder(index: TokenIndex, title_match, kb: Knowledge, when: str, doc) -> tuple[int, str] | None:
    """``(first token, person slug)`` when a title with a country names one office holder and no name follows."""
    title = kb.titles.get(title_match.term)
    if title is None or title.office is None or title.kind != "person":
        return None
    if doc[title_match.end - 1].lower_ != title_match.term.split()[-1]:
        return None  # plural ("presidents"): not one holder
    found = title_country(index, title_match)
    if found is None:
        return None
    country, first = found
    before = doc[first - 1].lower_ if first > 0 else ""
    if before in NOT_A_HOLDER or doc[max(first - 2, 0)].lower_ in NOT_A_HOLDER:
        return None
    if index.person_follows(title_match.end) or index.person_precedes(first):
        return None
    person = kb.holder(country, title.office, when)
    return (first, person.slug) if person is not None else None
