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
from dataclasses import dataclass, field
from datetime import date as _date

from faultlines.model import Actor, Article, Span
from faultlines.nlp.actor_context import Context, TokenIndex, apposition, premodifiers, title_country
from faultlines.nlp.actor_gazetteer import get_gazetteer
from faultlines.nlp.knowledge import Knowledge, load_knowledge, office_rank, slugify
from faultlines.nlp.parsed import ParsedArticle

PERSON_LABELS = {"PERSON"}
NAME_LIKE_LABELS = {"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC"}
TRIM_START = {"the", "a", "an"}
#: Words before a name that make it a place ("in Shujayea", "near Erez"); a model PERSON there is dropped.
LOCATIVE = {"in", "near", "into", "across", "towards", "toward", "around", "outside", "inside", "at"}
#: Roles whose holders usually belong to the state the article is about: an unknown country falls back to it.
POLITICAL_ROLES = {"GOV", "LEG", "MIL", "JUD", "OPP", "COP", "SPY"}
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


@dataclass
class Mention:
    paragraph: int
    start: int  # token offsets
    end: int
    start_char: int
    end_char: int
    text: str
    kind: str  # state | organisation | person
    key: str  # "RUS", "org:rt", "person:vladimir-putin" (known) or "?person:<name>" / "?org:<name>" (unknown)
    context: Context = field(default_factory=Context)
    sentence_start: int = 0


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
    mentions.extend(_repeated_surnames(parsed.docs, mentions))
    mentions = _drop_other_senses(mentions, knowledge, places)
    _choose_known_people(mentions, knowledge, when)
    return _group(mentions, knowledge, when, group_roles)


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


def _repeated_surnames(docs, mentions: list[Mention]) -> list[Mention]:
    """Surnames of people named in full elsewhere in the article that the model did not tag ("Kalinsky later ...")."""
    surnames: dict[str, str] = {}
    for m in mentions:
        words = m.text.split()
        if m.kind == "person" and len(words) >= 2 and words[-1][:1].isupper() and len(words[-1]) > 2:
            surnames.setdefault(words[-1], m.key)
    if not surnames:
        return []
    covered = {(m.paragraph, i) for m in mentions for i in range(m.start, m.end)}
    out = []
    for paragraph, doc in enumerate(docs):
        if doc is None:
            continue
        for tok in doc:
            key = surnames.get(tok.text)
            if key is None or (paragraph, tok.i) in covered:
                continue
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if nxt is not None and nxt.text[:1].isupper() and not nxt.is_sent_start:
                continue  # part of a longer name
            sent = tok.sent.start if doc.has_annotation("SENT_START") else 0
            out.append(
                Mention(
                    paragraph,
                    tok.i,
                    tok.i + 1,
                    tok.idx,
                    tok.idx + len(tok.text),
                    tok.text,
                    "person",
                    key,
                    Context(),
                    sent,
                )
            )
    return out


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


def _drop_other_senses(mentions: list[Mention], kb: Knowledge, places: set[str]) -> list[Mention]:
    """ "Georgia" is the US state, not the country, in an article that speaks of the US and of no Georgian thing."""
    if not any(m.kind == "state" and m.text in kb.ambiguous for m in mentions):
        return mentions
    keys = {m.key for m in mentions} | places
    kept = []
    for m in mentions:
        sense = kb.ambiguous.get(m.text) if m.kind == "state" else None
        if sense is not None:
            state, other = sense
            own = any(o.key == state and o.text != m.text for o in mentions)
            if not own and other in keys:
                continue
        kept.append(m)
    return kept


def _choose_known_people(mentions: list[Mention], kb: Knowledge, when: str) -> None:
    """Give each name of the knowledge its person: the only one so called, else the one named in full in the
    article, else the one in office on the article's date (heads of state first)."""
    in_full = {m.text for m in mentions if m.key.startswith("?known:")}
    for m in mentions:
        if not m.key.startswith("?known:"):
            continue
        people = kb.people_called(m.key[7:])
        chosen = people[0] if len(people) == 1 else None
        if chosen is None:
            named = [p for p in people if p.name in in_full]
            serving = [p for p in people if any(o.holds_on(when) for o in p.offices)]
            ranked = named or serving or people
            chosen = min(ranked, key=lambda p: office_rank(p.office_on(when))) if ranked else None
        if chosen is not None:
            m.key = chosen.id


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


def _group(mentions: list[Mention], kb: Knowledge, when: str, group_roles: Counter) -> list[Actor]:
    """Merge mentions into actors (surnames join full names) and give each its country and role."""
    _join_surnames(mentions, kb)
    by_key: dict[str, list[Mention]] = {}
    for m in sorted(mentions, key=lambda m: (m.paragraph, m.start_char)):
        by_key.setdefault(m.key, []).append(m)
    role_country = _role_countries(group_roles)
    actors = []
    for key, group in by_key.items():
        actor = _make_actor(key, group, kb, when, role_country, mentions)
        spans, seen = [], set()
        for m in group:
            if (m.paragraph, m.start_char) in seen:
                continue
            seen.add((m.paragraph, m.start_char))
            spans.append(Span(m.paragraph, m.start_char, m.end_char, m.text))
        actor.spans = spans
        actor.mentions = len(spans)
        actors.append(actor)
    return actors


def _join_surnames(mentions: list[Mention], kb: Knowledge) -> None:
    """Point a one-word name (surname, or a first name that only one full name has) at the person named in full
    in the same article; the model sometimes tags the lone surname as an organisation."""
    last: dict[str, set[str]] = {}
    first: dict[str, set[str]] = {}
    for m in mentions:
        words = m.text.split()
        if m.kind == "person" and len(words) >= 2:
            last.setdefault(words[-1], set()).add(m.key)
            last.setdefault(" ".join(words[-2:]), set()).add(m.key)
            first.setdefault(words[0], set()).add(m.key)
    people_named = {m.text for m in mentions if m.key.startswith("?person:")}
    for m in mentions:
        if m.key.startswith("?org:") and m.text in people_named:
            m.key, m.kind = f"?person:{m.text}", "person"  # the model called the same name both
    for m in mentions:
        if not m.key.startswith(("?person:", "?org:")) or " " in m.text:
            continue
        targets = last.get(m.text) or (first.get(m.text) if m.key.startswith("?person:") else None)
        if targets and len(targets) == 1:
            m.key, m.kind = next(iter(targets)), "person"


def _role_countries(group_roles: Counter) -> dict[str, str]:
    best: dict[str, tuple[int, str]] = {}
    for (role, country), n in group_roles.items():
        if n > best.get(role, (0, ""))[0]:
            best[role] = (n, country)
    return {role: country for role, (_, country) in best.items()}


def _make_actor(key, group, kb: Knowledge, when, role_country, all_mentions) -> Actor:
    first = group[0]
    if first.kind == "state":
        country = kb.countries[key]
        return Actor(id=key, name=country.name, kind="state", country=key, role="GOV")
    if key.startswith("org:"):
        org = kb.organisations[key[4:]]
        return Actor(id=key, name=org.name, kind="organisation", country=org.country, role=org.role)
    if key.startswith("person:"):
        person = kb.people[key[7:]]
        office = person.office_on(when)
        return Actor(
            id=key,
            name=person.name,
            kind="person",
            country=office.country if office else None,
            role=office.role if office else None,
        )
    if key.startswith("?sector:"):
        _, code, role = key.split(":")
        country = kb.countries[code]
        adjective = country.adjectives[0] if country.adjectives else country.name
        name = f"{adjective} {kb.sectors.get(role, role.lower())}"
        return Actor(
            id=f"org:{code.lower()}-{role.lower()}", name=name, kind="organisation", country=code, role=role
        )
    name = max((m.text for m in group), key=len)
    context = Context()
    for m in group:
        context = context.merge(m.context)
    country, role = context.country, context.role
    if key.startswith("?person:"):
        if role and not country:
            country = role_country.get(role)
        if role in POLITICAL_ROLES and not country:
            country = _sentence_country(first, all_mentions) or _main_state(all_mentions)
        return Actor(id=f"person:{slugify(name)}", name=name, kind="person", country=country, role=role)
    return Actor(id=f"org:{slugify(name)}", name=name, kind="organisation", country=country, role=role)


def _main_state(mentions: list[Mention]) -> str | None:
    """The state the article is plainly about: named at least twice and more often than any other."""
    ranked = Counter(m.key for m in mentions if m.kind == "state").most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def _sentence_country(mention: Mention, mentions: list[Mention]) -> str | None:
    """The state named closest before ``mention`` in its sentence, else closest after it."""
    same = [
        m
        for m in mentions
        if m.kind == "state"
        and m.paragraph == mention.paragraph
        and m.sentence_start == mention.sentence_start
    ]
    before = [m for m in same if m.end <= mention.start]
    if before:
        return max(before, key=lambda m: m.start).key
    after = [m for m in same if m.start >= mention.end]
    return min(after, key=lambda m: m.start).key if after else None
