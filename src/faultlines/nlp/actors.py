"""Actor resolution: who is who in one article.

For every paragraph the knowledge gazetteer (names, titles; see :mod:`faultlines.nlp.actor_gazetteer`) and spaCy's
named entities are merged into mentions; the knowledge wins where they disagree (a place is not a person, a word is not
a place, a broadcaster is not a country). Mentions are then grouped into one :class:`Actor` per person, state or
organisation of the article:

* states: names, adjectives and demonyms, capitals and seats of power ("Moscow", "the Kremlin") → the state, role GOV;
* known people (``people.tsv``) by full name or alias; their country and role are those of the office they held on the
  article's date (``article.published``, else today); titles such as "the Russian president" or "Kazakhstan's foreign
  minister" join the office holder on that date where the article names them, else stand for the office alone
  (country and role, no name: the text does not say who);
* other people from spaCy's PERSON entities; a surname alone joins the full name used elsewhere in the article; their
  role and country come from premodifiers ("MP Konstantin Zatulin", "Kazakh Foreign Minister ..."), appositions
  ("..., head of the Kremlin-run broadcaster RT"), the article's own descriptions of groups ("Russian pundits") and, for
  the country, the country named before them in the sentence;
* organisations from the knowledge (with country and role) or from spaCy's ORG entities (role and country from their
  premodifiers: "the Kremlin-run broadcaster X");
* a name in apposition with a state's title is that office holder ("Spain's prime minister, Lucía Navarro"), even when
  the model calls it an organisation; the knowledge's holder stands in only where no name is given;
* datelines ("MOGADISHU —", "Kyiv, Ukraine —") are places, never actors; so are one-word common nouns the model tags
  ("Council") and names the article uses as places only ("in Kfar Aza", "Kfar Aza, Israel");
* a politician's country comes from the text around them (premodifier, apposition, the state named in the sentence, the
  state the article gives the same title: "Mexico's president" ... "President X"), never from the article's main state;
* a state's sectors and bodies ("Russian troops", "the foreign ministry", "police") are organisation actors with their
  role; a body named without its state takes the dateline's or the article's plain main state when there is no doubt.
"""

from __future__ import annotations

from collections import Counter
from datetime import date as _date

from faultlines.model import Actor, Article
from faultlines.nlp.actor_acronyms import join_acronyms
from faultlines.nlp.actor_context import (
    PREMODIFIER_GLUE,
    Context,
    TokenIndex,
    apposition,
    is_plural,
    last_party,
    named_as,
    premodifiers,
    title_apposition,
    title_country,
)
from faultlines.nlp.actor_cues import age_follows, candidacy_follows, is_honorific, led_body, named_place
from faultlines.nlp.actor_dateline import find_dateline
from faultlines.nlp.actor_gazetteer import get_gazetteer
from faultlines.nlp.actor_merge import (
    Mention,
    choose_known_people,
    drop_other_senses,
    fill_home_country,
    group_mentions,
    home_country,
    join_spelling_variants,
    repeated_surnames,
    settle_default_country,
    settle_holders,
    speak_for_their_bodies,
)
from faultlines.nlp.actor_parties import local_parties, party_matches, with_parties
from faultlines.nlp.knowledge import Knowledge, load_knowledge
from faultlines.nlp.parsed import ParsedArticle
from faultlines.nlp.quote_cues import cues

PERSON_LABELS = {"PERSON"}
NAME_LIKE_LABELS = {"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC"}
TRIM_START = {"the", "a", "an"}
#: Words before a name that make it a place ("in Shujayea", "near Erez"); a model PERSON there is dropped.
LOCATIVE = {"in", "near", "into", "across", "towards", "toward", "around", "outside", "inside", "at"}
#: Words before "from" that make what follows a place ("fled from Kfar Aza", "10 km from Erez"), not a source.
FROM_PLACE = set("km kilometres kilometers miles metres meters away far north south east west".split())
#: Verbs after a name that make it a person, whatever else the article says ("Kfar said").
PERSON_VERBS = {"say", "tell", "add", "argue", "insist", "warn", "write", "note", "claim", "explain", "deny"}
#: Sectors an organisation takes from what an apposition calls it ("X, a cybersecurity firm").
BODY_OWN_ROLES = {"BUS", "NGO", "MED", "EDU", "REL"}
#: Roles of a state's own bodies: "the army", "police", "the foreign ministry" speak for the article's state.
STATE_BODY_ROLES = {"GOV", "LEG", "MIL", "JUD", "COP", "SPY"}
#: Words before a body that make it some other body than the article's state's ("a new government", "its army").
NOT_THE_STATE_BODY = set(
    """
    a an another any every each no other new interim transitional its their his her our my your whose which what
    rebel opposition shadow exile puppet foreign former previous next regional local provincial state city municipal
    """.split()
)
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
    parties = local_parties(docs, load_knowledge())  # "the main opposition party, Chadema": the article's own
    knowledge = with_parties(load_knowledge(), parties)
    when = article_date(parsed.article)
    mentions: list[Mention] = []
    group_roles: Counter = Counter()
    places: set[str] = set()  # states in which the article names a place
    place_count: Counter = Counter()  # how often it names a place of each state
    datelines: list[str] = []  # countries of the places the article's paragraphs are datelined from
    cues = NameCues()
    party = None  # the party named last so far ("The party's vice-president, X" in a later paragraph)
    name_words = _given_names(docs, knowledge)
    dated = bool(parsed.article.published and len(parsed.article.published) >= 10)
    for paragraph, doc in enumerate(parsed.docs):
        if doc is None or not len(doc):
            continue
        names = [m for m in gazetteer.match_names(doc) if not _city_named_person(doc, m, name_words, knowledge)]
        names = party_matches(doc, parties, names)
        index = TokenIndex(doc, names, gazetteer.match_titles(doc), knowledge)
        index.earlier_party = party
        index.when = when if dated else None
        group_roles.update(index.group_roles())
        group_roles.update(index.title_countries())
        place_count.update(m.ref for m in index.names if m.kind == "X")
        places.update(place_count)
        texts = parsed.article.paragraphs
        text = texts[paragraph] if paragraph < len(texts) else doc.text  # doc.text is rebuilt token by token
        line = find_dateline(text, knowledge, opening=paragraph <= 2)
        skip = 0
        if line is not None:
            skip = next((t.i for t in doc if t.idx >= line.end), len(doc))
            if line.country:
                datelines.append(line.country)
                places.add(line.country)
        mentions.extend(_paragraph_mentions(paragraph, doc, index, knowledge, when, skip, cues))
        party = last_party(index)
    mentions = cues.drop_places(mentions)
    cues.own_bodies(mentions, knowledge)
    mentions.extend(repeated_surnames(parsed.docs, mentions))
    mentions = drop_other_senses(mentions, knowledge, places)
    mentions = settle_default_country(mentions, datelines)
    speak_for_their_bodies(mentions, parsed.docs)
    join_acronyms(mentions, parsed.docs)
    choose_known_people(mentions, knowledge, when)
    join_spelling_variants(mentions, knowledge)
    settle_holders(mentions)
    actors = group_mentions(mentions, knowledge, when, group_roles, dated)
    local = [a for a in actors if not _known_abroad(a, knowledge)]
    home = home_country(mentions, datelines, places, local, place_count)
    fill_home_country([a for a in actors if not _stateless(a, knowledge)], home, mentions)
    return actors


def _given_names(docs, kb: Knowledge) -> set[str]:
    """The first words of the names the model found anywhere in the article (as a person or, as it often does, an
    organisation: "Nikki Haley") that go on with a capitalised word naming no body, title or place."""
    found = set()
    for doc in docs:
        for ent in doc.ents:
            if ent.label_ not in (*PERSON_LABELS, "ORG") or len(ent) < 2 or not ent[1].is_title:
                continue
            second = ent[1].lower_
            if second not in kb.titles and second not in kb.not_names and ent[1].text not in kb.places:
                found.add(ent[0].text)
    return found


def _city_named_person(doc, match, name_words: set[str], kb: Knowledge) -> bool:
    """A GeoNames city that opens a person's name in the same article ("Nikki", a town of Benin, where "Nikki
    Haley" is named): the person, not the place. The hand-made places stay places."""
    if match.kind != "X":
        return False
    text = doc[match.start : match.end].text
    return text in name_words and text not in kb.hand_places


def _known_abroad(actor: Actor, kb: Knowledge) -> bool:
    """A firm or outlet the knowledge names (Tesla, CNN): it works across borders, so it tells nothing of where a
    story is set."""
    org = _known_organisation(actor, kb)
    return org is not None and org.type in ("company", "media")


def _stateless(actor: Actor, kb: Knowledge) -> bool:
    """An organisation the knowledge gives no state (Amnesty International, the Red Cross): of no state, wherever
    the story is set."""
    org = _known_organisation(actor, kb)
    return org is not None and org.country is None


def _known_organisation(actor: Actor, kb: Knowledge):
    """The knowledge's organisation that ``actor`` is, if it is one."""
    return kb.organisations.get(actor.id.removeprefix("org:")) if actor.id.startswith("org:") else None


class NameCues:
    """What the whole article says about the names the model tagged PERSON: a name found as a place somewhere
    ("in Kfar Aza", "Kfar Aza, Israel") and never as a person (a title, an honorific, "X said") is a place."""

    def __init__(self):
        self.places: set[str] = set()
        self.people: set[str] = set()
        self.bodies: dict[str, set[str]] = {}  # a known state body's code -> the other states the text gives it

    def own_bodies(self, mentions: list[Mention], kb: Knowledge) -> None:
        """A state body named bare ("Congress") in an article that gives that body to one other state only ("the
        Peruvian Congress") is that state's."""
        own = {m.key for m in mentions if m.key.startswith("org:") and m.text != kb.organisations[m.key[4:]].name}
        for m in mentions:  # (not where the text also names it as its own state's: "the US Congress")
            owners = self.bodies.get(m.key.removeprefix("org:")) if m.key.startswith("org:") else None
            org = kb.organisations.get(m.key[4:]) if owners and len(owners) == 1 and m.key not in own else None
            if org is not None:
                m.key = f"?sector:{next(iter(owners))}:{org.role}"

    def drop_places(self, mentions: list[Mention]) -> list[Mention]:
        doubtful = self.places - self.people
        if not doubtful:
            return mentions
        return [m for m in mentions if not (m.key.startswith("?person:") and m.text in doubtful)]


def _paragraph_mentions(
    paragraph: int, doc, index: TokenIndex, kb: Knowledge, when: str, skip: int, cues: NameCues
) -> list[Mention]:
    """The paragraph's mentions; its first ``skip`` tokens are a dateline (a place, no actor)."""
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
                _reported_from(doc, end, sent.end if sent is not None else len(doc)),
                _places_in(index, sent.start if sent is not None else 0, sent.end if sent is not None else len(doc)),
                _owned_title_end(index, end) if kind == "state" else -1,
            )
        )

    # Knowledge matches, except those inside a longer person name the model found ("George Washington").
    person_ents = [_trim(doc, e.start, e.end, kb) for e in doc.ents if e.label_ in PERSON_LABELS]
    person_ents = [(s, e) for s, e in person_ents if e - s >= 2]
    covered: set[int] = set(range(skip))
    place_tokens: set[int] = set()  # places: no entity of their own, but part of an organisation's name
    for m in index.names:
        if m.start < skip:
            continue
        inside_longer_name = any(
            s <= m.start and m.end <= e and e - s > m.end - m.start for s, e in person_ents
        )
        if inside_longer_name and m.kind in ("C:name", "C:seat", "C:adj", "X", "P:alias"):
            continue
        if m.kind == "O" and _inside_longer_org(doc, m, kb):
            continue  # "Sony Pictures Entertainment", "Apple Daily": another body than the firm
        owner = _another_states_body(index, m, kb) if m.kind == "O" else None
        if owner is not None:
            cues.bodies.setdefault(m.ref, set()).add(owner)
            continue  # "the Peruvian Congress": Peru's legislature (a sector), not the knowledge's US Congress
        if m.kind == "X":
            place_tokens.update(range(m.start, m.end))
            continue  # a place: not an actor, but no model entity may claim it alone either
        covered.update(range(m.start, m.end))
        if m.kind.startswith("C:"):
            add(m.start, m.end, "state", m.ref)
        elif m.kind == "O":
            add(m.start, m.end, "organisation", f"org:{m.ref}")
        elif m.kind == "P:full" or _alias_is_name(doc, m, kb):
            add(
                m.start,
                m.end,
                "person",
                f"?known:{m.ref}",
                premodifiers(index, m.start).merge(apposition(index, m.end)),
            )
    # The statistical model's entities where the knowledge said nothing.
    for ent in doc.ents:
        if ent.label_ not in ("PERSON", "ORG") or not covered.isdisjoint(range(ent.start, ent.end)):
            continue
        if ent.label_ == "PERSON" or set(range(ent.start, ent.end)) <= place_tokens:
            if not place_tokens.isdisjoint(range(ent.start, ent.end)):
                continue  # "Colorado" alone, or a person's name over a place's: the place
        start, end = _trim(doc, ent.start, ent.end, kb)
        person = ent.label_ == "PERSON"
        if ent.label_ == "ORG" and _titled_person(index, start, end):
            person = True  # "Major Clement Abiade", "CFO David Arden": a person's title and name, taken for a body
        if person:
            start = _after_leading_title(index, start, end)
        if not _looks_like_a_name(doc, start, end):
            continue
        if end - start == 1 and doc[start].lower_ in kb.not_names:
            continue  # "the Council met", "Home was ...": a common word, no actor of its own
        text = doc[start:end].text
        if kb.places.get(text) or index.is_title_only(start, end) or named_place(doc, start, end):
            continue
        titled = title_apposition(index, start, end)
        if person or _titled_name(doc, start, end, titled, kb):
            context = premodifiers(index, start).merge(apposition(index, end)).merge(titled or Context())
            context = context.merge(named_as(index, start))  # "a resident named X", "voters such as X"
            if context.role is None and age_follows(doc, end):
                context.role = "CVL"  # "Shelly Brown, 40, said": a private person, as wire copy gives their age
            if context.role is None and candidacy_follows(doc, end):
                context.role = "OPP"  # "X's presidential campaign": a candidate, out of government
            led = led_body(index, end) if context.role is None else None
            if led is not None and led.role:
                context = Context(led.role_on(when), context.country or led.country, context.title)
            if _person_cue(doc, ent.start, start, end, context, kb):
                cues.people.add(text)
            elif _place_cue(doc, index, start, end):
                cues.places.add(text)
                continue
            add(start, end, "person", f"?person:{text}", context)
        else:
            context = premodifiers(index, start)
            after = _body_after(index, end)
            if after is not None:
                context.role = after  # "the Hezbollah-linked Al-Nour channel", "the Daily Monitor newspaper"
            if context.role is None:
                context.role, context.title = _head_role(index, start, end)
            if context.role is None:
                described = apposition(index, end)  # "Children's Health Defense, a legal advocacy group,"
                context.role = described.role if described.role in BODY_OWN_ROLES else None
            if context.role is None and _told_outlet(doc, start):
                context.role = "MED"  # "told The Berkshire Eagle", "in an interview with Politico"
            if context.country is None:
                context.country = _inner_country(index, start, end) or _seat_after(index, start, end, context.role)
            add(start, end, "organisation", f"?org:{text}", context)
    # Titles that stand for their holder ("the Russian president") or for the state ("Kazakhstan's foreign ministry").
    titles = [t for t in index.titles if t.start >= skip]
    for title_match in titles:
        holder = _title_holder(index, title_match, kb, when, doc)
        if holder is not None:
            first, slug, country = holder
            add(first, title_match.end, "person", f"?holder:{slug}:{country}:{title_match.term}")
    # A state's sectors named as groups or bodies ("Russian troops", "Kazakh state TV", "Ukraine's parliament").
    for title_match in titles:
        sector = _sector(index, title_match, kb)
        if sector is not None:
            country, role, first = sector
            add(first, title_match.end, "organisation", f"?sector:{country}:{role}")
    _share_plural_titles(out, index)
    return out


#: Marks that open what someone says.
SPEECH_MARKS = {":", '"', "\u201c"}


def _owned_title_end(index: TokenIndex, end: int) -> int:
    """Where the title ends whose owner a state's name ending at ``end`` is ("U.S. diplomat", "Niger's junta",
    "Russian troops"); -1 where no title follows."""
    doc = index.doc
    i = end + 1 if end < len(doc) and doc[end].lower_ in ("'s", "\u2019s") else end
    while i < len(doc) and i < end + 3 and index.title_at[i] is None and doc[i].dep_ in ("amod", "compound"):
        i += 1  # "a top U.S. military official": the office's own words
    title = index.title_at[i] if i < len(doc) else None
    return title.end if title is not None else -1


def _places_in(index: TokenIndex, start: int, end: int) -> frozenset[str]:
    """The states of the places (towns, regions: not states) named between tokens ``start`` and ``end``."""
    return frozenset(m.ref for m in index.names if m.kind == "X" and start <= m.start < end)


def _reported_from(doc, end: int, sentence_end: int) -> int:
    """The first token after a name that opens what is said: a speech verb ("said", "warned", "told"), a colon or
    an opening quotation mark; the sentence's end where there is none."""
    forms = cues().verb_forms
    for token in doc[end:sentence_end]:
        if token.text in SPEECH_MARKS or (token.pos_ in ("VERB", "AUX") and token.lower_ in forms):
            return token.i
    return sentence_end


def _share_plural_titles(mentions: list[Mention], index: TokenIndex) -> None:
    """A plural title before a list of names describes each of them: "federal prosecutors Andrea Goldbarg and
    Monica Castro", "Sens. Birch Bayh, Indiana Democrat, and Bob Dole", "Republican Sens. X of North Carolina, Rand
    Paul of Kentucky and Susan Collins of Maine" (where the model missed the first name), "Two GOP senators — Rand
    Paul of Kentucky and X"."""
    doc = index.doc
    people = {m.start: m for m in mentions if m.kind == "person"}
    for t in index.titles:
        title = index.kb.titles.get(t.term)
        last = doc[t.start : t.end].text.lower()  # ("Sens" "." are two tokens)
        if title is None or title.kind != "person" or not title.role:
            continue
        if not (last.endswith("s.") or is_plural(doc, t)):
            continue  # a singular title describes one person ("Sens.", "prosecutors", "Congresswomen" are plural)
        opener = t.end < len(doc) and doc[t.end].text in LIST_OPENERS
        at = t.end + 1 if opener else t.end
        while at < len(doc) and is_honorific(index.kb, doc[at]):
            at += 1  # "three virologists, Dr. X, Y and Z"
        first = people.get(at)
        role = first.context.role if first is not None else None
        if role is None and (title.role in VAGUE_GROUP_ROLES or (opener and doc[t.end].text == ",")):
            continue  # "two other senior leaders, X" (of a group the text names), "residents, X said"
        role = role or title.role
        k = t.end + 1 if opener else t.end
        listed, gap = [], 0
        while k < len(doc) and gap <= 8:
            if k in people:
                listed.append(people[k])
                k, gap = people[k].end, 0
                continue
            w = doc[k]
            inner = index.title_at[k] if index.title_at[k] is not None else index.name_at[k]
            if not (
                inner is not None
                or (w.is_punct and w.text not in LIST_CLOSERS)
                or w.lower_ in ("and", "of")
                or w.pos_ in ("PROPN", "NUM")
                or is_honorific(index.kb, w)
            ):
                break
            gap += 1
            k = inner.end if inner is not None and inner.end > k else k + 1
        for m in listed:
            if m.context.role is None:
                m.context = Context(role, m.context.country or (first.context.country if first else None))


#: Sectors of plural titles too vague to describe the names after them alone ("leaders", "officials", "residents").
VAGUE_GROUP_ROLES = {"GOV", "CVL"}
#: Marks between a plural title and the names it lists ("Two GOP senators — X and Y").
LIST_OPENERS = {"\u2014", "\u2013", ":", ","}
#: Marks that end the list of names a plural title describes.
LIST_CLOSERS = {".", ";", "\u2014", "\u2013", ":", "(", ")", '"', "\u201c", "\u201d"}


#: Verbs whose object, when it is an organisation of no known sector, is the outlet a person spoke to.
TOLD_VERBS = {"tell", "ask"}
#: Nouns before "with", "in" or "to" that make the organisation after them an outlet: "an interview with X",
#: "reports in X", "spoke to X".
OUTLET_LEADS = {"interview", "interviews", "report", "reports", "article", "op-ed", "spoke", "speaking", "talking"}


def _told_outlet(doc, start: int) -> bool:
    """An organisation named as what someone told, or spoke or gave an interview to: an outlet ("told The Berkshire
    Eagle", "reports in the Times", "in an interview with Politico")."""
    j = start - 1
    if j >= 0 and doc[j].lower_ == "the":
        j -= 1
    if j < 0:
        return False
    if doc[j].pos_ in ("VERB", "AUX") and doc[j].lemma_.lower() in TOLD_VERBS:
        return True
    return doc[j].lower_ in ("with", "in", "to") and j > 0 and doc[j - 1].lower_ in OUTLET_LEADS


def _head_role(index: TokenIndex, start: int, end: int) -> tuple[str | None, str | None]:
    """``(role, title)`` of an organisation's name from its last words when they name a body: "Colorado Supreme
    Court" (JUD), "Princeton University" (EDU), "Justice Department" (GOV), "University of Texas" (EDU)."""
    t = index.title_at[end - 1] if end > 0 else None
    if t is None or t.end != end:  # "University of Texas": the body first, then "of"
        t = index.title_at[start]
        if t is None or t.start != start or t.end >= end or index.doc[t.end].lower_ != "of":
            return index.kb.name_heads.get(index.doc[end - 1].lower_), None  # "EcoHealth Alliance"
    title = index.kb.titles.get(t.term)
    return (title.role, t.term) if title is not None and title.kind == "body" else (None, None)


def _body_after(index: TokenIndex, end: int) -> str | None:
    """The sector of the body a name is followed by: "Al-Nour channel" (MED), "Sentora company" (BUS)."""
    t = index.title_at[end] if end < len(index.doc) else None
    if t is None or t.start != end:
        return None
    title = index.kb.titles.get(t.term)
    return title.role if title is not None and title.kind == "body" and title.role not in (None, "IGO") else None


def _seat_after(index: TokenIndex, start: int, end: int, role: str | None) -> str | None:
    """The state of a state body named with where it sits: "the Health Ministry in Gaza" (not "the embassy in
    Moscow", which is another state's)."""
    doc = index.doc
    if role not in STATE_BODY_ROLES or end + 1 >= len(doc) or doc[end].lower_ != "in":
        return None
    if any(t.lower_ in ABROAD_BODIES for t in doc[start:end]):
        return None
    place = index.name_at[end + 1]
    if place is None or place.start != end + 1 or not (place.kind == "X" or place.kind.startswith("C:")):
        return None
    return place.ref


#: Bodies that sit abroad: where they are says nothing of whose they are.
ABROAD_BODIES = {"embassy", "consulate", "mission", "delegation", "office", "bureau"}


def _inner_country(index: TokenIndex, start: int, end: int) -> str | None:
    """The state of an organisation whose name holds a state's or one of its places' name ("Colorado Supreme
    Court", "Kenya Wildlife Service"); none where it holds several."""
    found = {m.ref for m in index.names if start <= m.start and m.end <= end and (m.kind == "X" or m.kind == "C:name")}
    return next(iter(found)) if len(found) == 1 else None


def _sector(index: TokenIndex, t, kb: Knowledge) -> tuple[str, str, int] | None:
    """``(country, role, first token)`` of a state's sector named as a group or body: "Russian troops", "Kazakh
    state TV"; a state body without a country ("the foreign ministry", "police") gets country ``""``, to be settled
    from the article's dateline or main state."""
    title = kb.titles.get(t.term)
    if title is None or title.role in (None, "IGO"):
        return None
    doc = index.doc
    plural = is_plural(doc, t)
    if title.role == "GOV" and title.kind != "body":
        return None  # the state itself is the GOV actor of "Kazakh officials"
    if title.kind not in ("body", "group") and not plural:
        return None
    if t.end < len(doc) and (index.name_at[t.end] is not None or doc[t.end].ent_iob_ == "B"):
        return None  # "the Kremlin-run broadcaster RT": the name that follows is the actor
    found = title_country(index, t)
    if found is not None:
        return found[0], title.role, found[1]
    if title.kind == "body" and title.role in STATE_BODY_ROLES and not plural and _the_state_body(index, t):
        seat = _seat_after(index, t.start, _name_end(doc, t.end), title.role)  # "The Ministry of Health in Gaza"
        return seat or "", title.role, t.start
    return None


def _name_end(doc, end: int) -> int:
    """Where a body's name ends that a title opens: after "of" and its capitalised words ("Ministry of Health")."""
    if end + 1 >= len(doc) or doc[end].lower_ != "of" or not doc[end + 1].text[:1].isupper():
        return end
    end += 1
    while end < len(doc) and (doc[end].text[:1].isupper() or doc[end].lower_ in ("and", "&")):
        end += 1
    return end


def _the_state_body(index: TokenIndex, t) -> bool:
    """A body named with no owner of its own: "the army", "police said", "a ministry spokesman"."""
    doc = index.doc
    j = t.start - 1
    while j >= 0 and doc[j].lower_ not in NOT_THE_STATE_BODY and doc[j].lower_ != "the":
        if doc[j].lower_ in PREMODIFIER_GLUE or (doc[j].text[:1].isupper() and doc[j].ent_iob_ == "O"):
            j -= 1  # "the (Kremlin-run) ...", "the Health Ministry"
        else:
            break
    if t.end < len(doc) and doc[t.end].ent_iob_ == "I":
        return False  # part of a longer name: "the Air Force Nuclear Weapons Center", "the Senate Armed Services ..."
    if j >= 0 and (
        index.name_at[j] is not None or (doc[j].ent_iob_ != "O" and doc[j].lower_ not in ("the", "a"))
    ):
        return False  # "the Hamas-run health ministry", "the Human Resources Administration": someone else's
    before = doc[j].lower_ if j >= 0 else ""
    nxt = index.title_at[t.end] if t.end < len(doc) else None
    of_a_person = nxt is not None and kb_kind(index, nxt) == "person"  # "a ministry spokesman"
    if before in NOT_THE_STATE_BODY:
        return before in ("a", "an") and of_a_person
    if before == "the" or of_a_person:
        return True
    # "police said", "authorities said"; a bare singular "government" is government in general
    return index.kb.titles[t.term].role == "COP" or t.term.endswith("s")


def kb_kind(index: TokenIndex, t) -> str | None:
    title = index.kb.titles.get(t.term)
    return title.kind if title is not None else None


def _titled_name(doc, start: int, end: int, titled: Context | None, kb: Knowledge) -> bool:
    """An ORG of the model that is a state's office holder named in apposition ("Spain's prime minister, Lucía
    Navarro"): a short run of capitalised words, none of them an institution's ("Group", "Council")."""
    if titled is None or titled.country is None or titled.role not in STATE_BODY_ROLES or end - start > 3:
        return False
    words = doc[start:end]
    return all(
        t.text[:1].isupper() and t.is_alpha and not t.is_upper and t.lower_ not in kb.not_names for t in words
    )


def _after_locative(doc, start: int, end: int) -> bool:
    before = doc[start - 1].lower_ if start > 0 else ""
    after = doc[end].lower_ if end < len(doc) else ""
    return before in LOCATIVE and after not in ("'s", "\u2019s")


def _place_cue(doc, index: TokenIndex, start: int, end: int) -> bool:
    """A name used as a place: "in Kfar Aza", "fled from Kfar Aza", "Kfar Aza, Israel, ..."."""
    if _after_locative(doc, start, end):
        return True
    if start >= 2 and doc[start - 1].lower_ == "from":
        prev = doc[start - 2]
        if prev.pos_ in ("VERB", "ADV") or prev.lower_ in FROM_PLACE:
            return True
    if end + 1 < len(doc) and doc[end].text == ",":
        country = index.country_at(end + 1)
        if country is not None and country.kind == "C:name":
            after = doc[country.end] if country.end < len(doc) else None
            return after is None or after.lower_ not in ("'s", "\u2019s") and index.title_at[after.i] is None
    return False


def _person_cue(doc, ent_start: int, start: int, end: int, context: Context, kb: Knowledge) -> bool:
    """Something that only a person has: a role from a title, an honorific, a speech verb right after."""
    if context.role is not None:
        return True  # "MP Aza", "Aza, the spokesman"
    if any(is_honorific(kb, doc[i]) for i in range(max(min(ent_start, start - 1), 0), start)):
        return True  # "Mr Aza"
    return end < len(doc) and doc[end].lemma_.lower() in PERSON_VERBS


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
        doc[start].lower_ in TRIM_START or doc[start].is_punct or is_honorific(kb, doc[start])
    ):
        start += 1
    while end > start and (doc[end - 1].lower_ in ("'s", "\u2019s", "'") or doc[end - 1].is_punct):
        end -= 1
    return start, end


def _inside_longer_org(doc, m, kb: Knowledge) -> bool:
    """A known firm's name that begins a longer organisation's name the model found."""
    org = kb.organisations.get(m.ref)
    if org is None or org.type != "company" or doc[m.start].ent_type_ != "ORG":
        return False
    ent = next(e for e in doc.ents if e.start <= m.start < e.end)
    return ent.end > m.end and doc[ent.end - 1].text[:1].isupper()


def _another_states_body(index: TokenIndex, m, kb: Knowledge) -> str | None:
    """The other state whose name or adjective stands right before a state institution of the knowledge ("the
    Peruvian Congress", "Peru's Congress": Peru's legislature, not the US Congress)."""
    org = kb.organisations.get(m.ref)
    if org is None or org.type not in ("body", "party") or not org.country:
        return None  # (parties too: "the Maldivian Democratic Party" is no American party)
    before = m.start - 1
    if before >= 0 and index.doc[before].lower_ in ("'s", "\u2019s"):
        before -= 1
    state = index.country_at(before)
    return state.ref if state is not None and state.end == before + 1 and state.ref != org.country else None


def _titled_person(index: TokenIndex, start: int, end: int) -> bool:
    """An organisation of the model that is one person's title and a name of two or three capitalised words:
    "Major Clement Abiade", "CFO David Arden" (not "Minister of Health", "President Hotel Group")."""
    t = index.title_at[start]
    if t is None or t.start != start or kb_kind(index, t) != "person" or is_plural(index.doc, t):
        return False
    words = index.doc[t.end : end]
    kb = index.kb
    return (
        2 <= len(words) <= 3
        and all(w.is_alpha and w.is_title and w.lower_ not in kb.not_names for w in words)
        and all(index.title_at[w.i] is None and index.name_at[w.i] is None for w in words)
        and words[-1].lower_ not in kb.name_heads
    )


def _after_leading_title(index: TokenIndex, start: int, end: int) -> int:
    """Where the name starts in a person entity that the model began with a title ("Representative Stefanik",
    "Vice President Harris"), so that the title is read as the name's premodifier."""
    t = index.title_at[start]
    if t is None or t.start != start or t.end >= end or kb_kind(index, t) != "person":
        return start
    if t.term in index.kb.title_given_names:
        return start  # "Amir Ohana"
    return t.end if index.doc[start].text[:1].isupper() else start


def _title_holder(index: TokenIndex, title_match, kb: Knowledge, when: str, doc) -> tuple[int, str, str] | None:
    """``(first token, person slug, country)`` when a title with a country names one office holder on the article's
    date and no name follows; the title joins that person only where the article names them (see
    :func:`faultlines.nlp.actor_merge.settle_holders`)."""
    title = kb.titles.get(title_match.term)
    if title is None or title.office is None or title.kind != "person":
        return None
    if is_plural(doc, title_match):
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
    return (first, person.slug, country) if person is not None else None
