"""Merging one article's mentions into actors: surnames join full names, a name of the knowledge gets its
person, "Georgia" the US state is dropped, and each actor gets its country and role."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache

from faultlines.model import Actor, Span
from faultlines.nlp.actor_context import Context
from faultlines.nlp.actor_gazetteer import ARABIC_ARTICLES
from faultlines.nlp.knowledge import PHOENIX_HORIZON, Knowledge, data_rows, office_rank, slugify

#: Sectors of organisations that the model may take for a person ("Al-Shabab said"): armed groups.
NAMED_GROUP_ROLES = {"REB"}
#: Roles whose holders usually belong to the state the article is about: an unknown country falls back to it.
POLITICAL_ROLES = {"GOV", "LEG", "MIL", "JUD", "OPP", "COP", "SPY"}


@dataclass
class Mention:
    """One name of an actor in the text, with what its surroundings say about it."""

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
    #: where what the name says begins in its sentence (a speech verb, a colon, a quotation mark after it): the
    #: states named from there on are what they speak about, not whose they are
    reported_from: int = 1 << 30
    #: the states of the places (not states) its sentence names: "killed in a bombing in Rafah"
    sentence_places: frozenset[str] = frozenset()
    #: where the title ends that a state's name stands right before, as its owner ("a top U.S. diplomat", "Niger's
    #: junta"): that title's holder is of the state, not anyone else in the sentence; -1 where there is none
    owned_title_end: int = -1


def repeated_surnames(docs, mentions: list[Mention]) -> list[Mention]:
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


def drop_other_senses(mentions: list[Mention], kb: Knowledge, places: set[str]) -> list[Mention]:
    """ "Georgia" is the US state, not the country, in an article that speaks of the US and of no Georgian thing; so
    are the bodies and people the text places there ("the Georgia Pharmacy Association")."""
    if not any(m.kind == "state" and m.text in kb.ambiguous for m in mentions):
        return mentions
    keys = {m.key for m in mentions} | places
    kept = []
    other_sense: dict[str, str] = {}  # state -> the state its name means in this article
    for m in mentions:
        name = _ambiguous_name(m, kb) if m.kind == "state" else None
        if name is not None:
            state, other = kb.ambiguous[name]
            own = any(o.key == state and _ambiguous_name(o, kb) is None for o in mentions)
            if not own and other in keys:
                other_sense[state] = other
                continue
        kept.append(m)
    for m in kept:  # "Mahlon Davidson, CEO of the Georgia Pharmacy Association": of the US state too
        if m.context.country in other_sense:
            m.context.country = other_sense[m.context.country]
    return kept


def _ambiguous_name(mention: Mention, kb: Knowledge) -> str | None:
    """The name of two places a state mention is, or is the people of: "Georgia", "Georgians" (either Georgia's)."""
    if mention.text in kb.ambiguous:
        return mention.text
    if not mention.text.endswith("s"):
        return None
    return next(
        (n for n, (state, _) in kb.ambiguous.items() if mention.text.startswith(n[:5]) and state == mention.key), None
    )


def choose_known_people(mentions: list[Mention], kb: Knowledge, when: str) -> None:
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


def join_spelling_variants(mentions: list[Mention], kb: Knowledge) -> None:
    """A full name the knowledge knows spelt another way ("Ismael Haniye") is that person: the model's name becomes
    the known person's, so that every spelling in the article makes one actor."""
    for m in mentions:
        if m.key.startswith(("?person:", "?org:")):  # the model takes some foreign names for organisations
            person = kb.person_spelled(m.text)
            if person is not None:
                m.key, m.kind = person.id, "person"


def settle_holders(mentions: list[Mention]) -> None:
    """A title that stands for an office holder ("the Russian president", key ``?holder:<slug>:<country>:<term>``)
    joins that person where the article names them; else it stands for the office alone (``?office:``): the
    knowledge never puts a name in an article that does not give it."""
    named = {m.key for m in mentions if m.key.startswith("person:")}
    for m in mentions:
        if m.key.startswith("?holder:"):
            slug, country, term = m.key[8:].split(":", 2)
            m.key = f"person:{slug}" if f"person:{slug}" in named else f"?office:{country}:{term}"


def group_mentions(
    mentions: list[Mention], kb: Knowledge, when: str, group_roles: Counter, dated: bool = True
) -> list[Actor]:
    """Merge mentions into actors (surnames join full names) and give each its country and role as of ``when`` (the
    article's date; today where the article is not ``dated``)."""
    _join_surnames(mentions, kb)
    by_key: dict[str, list[Mention]] = {}
    for m in sorted(mentions, key=lambda m: (m.paragraph, m.start_char)):
        by_key.setdefault(m.key, []).append(m)
    role_country = _role_countries(group_roles)
    actors: dict[str, Actor] = {}  # by id: two spellings of one name ("José", "Jose") make one actor
    for key, group in by_key.items():
        actor = _make_actor(key, group, kb, when, role_country, mentions, dated)
        same = actors.setdefault(actor.id, actor)
        if same is not actor:
            same.country, same.role = same.country or actor.country, same.role or actor.role
        same.spans.extend(Span(m.paragraph, m.start_char, m.end_char, m.text) for m in group)
    for actor in actors.values():
        unique = {(s.paragraph, s.start): s for s in actor.spans}
        actor.spans = sorted(unique.values(), key=lambda s: (s.paragraph, s.start))
        actor.mentions = len(actor.spans)
    return list(actors.values())


def _join_surnames(mentions: list[Mention], kb: Knowledge) -> None:
    """Point a one-word name (surname, or a first name that only one full name has) at the person named in full
    in the same article; the model sometimes tags the lone surname as an organisation."""
    _join_misspelt_names(mentions)
    _people_taken_for_bodies(mentions)
    last: dict[str, set[str]] = {}
    first: dict[str, set[str]] = {}
    spaced: dict[str, set[str]] = {}  # a hyphenated surname written with a blank: "Al Jaber" for "Al-Jaber"
    long_tails: dict[str, set[str]] = {}  # the last two words of a name of three or more: "Al Meer"
    suffixes = name_suffixes()
    for m in mentions:
        words = m.text.split()
        while len(words) > 2 and words[-1] in suffixes:
            words.pop()  # "Teodoro Locsin Jr." is "Locsin" when named again
        if m.kind == "person" and len(words) >= 2:
            last.setdefault(words[-1], set()).add(m.key)
            last.setdefault(" ".join(words[-2:]), set()).add(m.key)
            first.setdefault(words[0], set()).add(m.key)
            if "-" in words[-1]:
                spaced.setdefault(words[-1].replace("-", " "), set()).add(m.key)
            if len(words) >= 3:
                long_tails.setdefault(" ".join(words[-2:]), set()).add(m.key)
            article, _, bare = words[-1].partition("-")
            if bare and article.capitalize() in ARABIC_ARTICLES:  # "Moqtada al-Sadr" is "Sadr", "Al-Sadr"
                last.setdefault(bare, set()).add(m.key)
                last.setdefault(f"{article.capitalize()}-{bare}", set()).add(m.key)
    people_named = {m.text for m in mentions if m.key.startswith("?person:")}
    for m in mentions:
        if m.key.startswith("?org:") and m.text in people_named:
            m.key, m.kind = f"?person:{m.text}", "person"  # the model called the same name both
    for m in mentions:
        targets = spaced.get(m.text) if m.key.startswith(("?person:", "?org:")) else None
        if not targets and m.key.startswith("?person:") and m.text.count(" ") == 1:
            targets = long_tails.get(m.text)  # "Mr Al Meer" for "Badr Al Meer"
        if targets and len(targets) == 1:
            m.key, m.kind = next(iter(targets)), "person"
            continue
        if " " in m.text:
            continue
        if m.key.startswith("person:") and m.kind == "person":
            # a lone surname the knowledge gave to its own person ("Qassem": Naim Qassem) stands for the one
            # person of that surname the article names in full ("Hazem Qassem"), when that is someone else
            targets = last.get(m.text)
            if targets and len(targets) == 1 and m.key not in targets:
                m.key = next(iter(targets))
            continue
        if not m.key.startswith(("?person:", "?org:")):
            continue
        targets = last.get(m.text) or (first.get(m.text) if m.key.startswith("?person:") else None)
        if targets and len(targets) == 1:
            m.key, m.kind = next(iter(targets)), "person"


@lru_cache(maxsize=1)
def name_suffixes() -> frozenset[str]:
    """Words after a surname that are no surname (``name_suffixes.tsv``): "Jr.", "III"."""
    return frozenset(word for (word,) in data_rows("name_suffixes.tsv", 1))


def _people_taken_for_bodies(mentions: list[Mention]) -> None:
    """A name of two or three capitalised words the model took for an organisation, whose last word the article
    names alone as a person ("Republican presidential contender Nikki Haley" ... "Haley told an audience"), is that
    person, so that the lone surname joins the full name and what the text calls them."""
    lone = {m.text for m in mentions if m.key.startswith("?person:") and " " not in m.text}
    pairs = {m.text for m in mentions if m.key.startswith("?person:") and m.text.count(" ") == 1}
    for m in mentions:
        words = m.text.split()
        if (
            m.key.startswith("?org:")
            and 2 <= len(words) <= 3
            and (words[-1] in lone or (len(words) == 3 and " ".join(words[-2:]) in pairs))
            and all(w[:1].isupper() and w.isalpha() for w in words)
        ):
            m.key, m.kind = f"?person:{m.text}", "person"


def _join_misspelt_names(mentions: list[Mention]) -> None:
    """Two full names of one surname a letter apart ("Jovenel Moïse", "Jovenal Moïse") are one person, under the
    name the article gives first, so that the lone surname can join it."""
    seen: dict[str, list[tuple[str, str]]] = {}  # surname -> (full name, key) in text order
    for m in sorted(mentions, key=lambda m: (m.paragraph, m.start_char)):
        words = m.text.split()
        if m.kind != "person" or len(words) < 2:
            continue
        earlier = seen.setdefault(words[-1], [])
        twin = next((key for name, key in earlier if _misspelt(name, m.text)), None)
        if twin is not None and not m.key.startswith("person:"):
            m.key = twin
        elif all(name != m.text for name, _ in earlier):
            earlier.append((m.text, m.key))


def _misspelt(a: str, b: str) -> bool:
    """Two spellings of one name: the same initials, nearly the same letters."""
    initials = [w[0] for w in a.split()] == [w[0] for w in b.split()]
    return a != b and initials and SequenceMatcher(None, a, b).ratio() >= 0.9


def _role_countries(group_roles: Counter) -> dict[str, str]:
    """The country of each role's groups where the article gives them one state only ("Russian pundits"), and of
    each title the article gives one state only ("Mexico's president" ... "President Gabriela Ortiz": key
    ``"T:president"``)."""
    countries_of: dict[str, set[str]] = {}
    for role, country in group_roles:
        if role not in EVERYWHERE_ROLES:
            countries_of.setdefault(role, set()).add(country)
    return {role: next(iter(countries)) for role, countries in countries_of.items() if len(countries) == 1}


#: Roles found in every country of a story: "Gazan civilians" says nothing of the country of a civilian named later.
EVERYWHERE_ROLES = {"CVL"}


def _make_actor(key, group, kb: Knowledge, when, role_country, all_mentions, dated=True) -> Actor:
    first = group[0]
    if first.kind == "state":
        country = kb.countries[key]
        return Actor(id=key, name=country.name, kind="state", country=key, role="GOV")
    if key.startswith("org:"):
        org = kb.organisations[key[4:]]
        return Actor(id=key, name=org.name, kind="organisation", country=org.country, role=org.role_on(when, dated))
    if key.startswith("person:"):
        person = kb.people[key[7:]]
        country, role = person.standing_on(when, dated)
        context = Context()
        for m in group:
            context = context.merge(m.context)
        if role is None:  # not yet in office: what the text calls them ("Senator X")
            role = context.role
        elif dated and _new_title(person, when, context, kb):
            role = context.role  # out of the office the knowledge knows, in another the text names
        return Actor(id=key, name=person.name, kind="person", country=country, role=role)
    if key.startswith("?office:"):
        _, code, term = key.split(":", 2)
        country = kb.countries[code]
        adjective = country.adjectives[0] if country.adjectives else country.name
        title = kb.titles.get(term)
        return Actor(
            id=f"person:{code.lower()}-{slugify(term)}",
            name=f"{adjective} {term}",
            kind="person",
            country=code,
            role=title.role if title is not None else None,
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
    org = next(filter(None, (kb.extra_org(m.text) for m in group)), None)
    if org is not None and org.role in NAMED_GROUP_ROLES | {"IGO"}:
        # a group the dictionaries know, whatever the model took it for ("Al-Shabab said"), by the article's name
        return Actor(id=f"org:{org.code}", name=name, kind="organisation", country=org.country, role=org.role)
    known = next((kb.extra_people[m.text] for m in group if m.text in kb.extra_people), None)
    if known is not None and key.startswith("?person:"):
        # a person the dictionaries date: their code on the article's date, the text's own title first after
        # the dictionaries' horizon
        known_country, known_role = known.standing_on(when, dated)
        if role is None or when <= PHOENIX_HORIZON:
            role = known_role or role
        country = known_country or country
        return Actor(id=f"person:{slugify(name)}", name=name, kind="person", country=country, role=role)
    if org is not None:
        return Actor(id=f"org:{org.code}", name=name, kind="organisation", country=org.country, role=org.role)
    if key.startswith("?person:"):
        if role in PLACED_ROLES and not country:
            country = _place_country(group)  # "journalist X was killed in a bombing in Rafah": a Palestinian
        if role and not country and context.title:
            country = role_country.get(f"T:{context.title}")
            if country and _held_by_another(kb, country, context.title, when, name):
                country = None  # "ousted President X" in a story that names "the President of Nigeria", Tinubu
        if role and not country:
            country = role_country.get(role)
        if role in POLITICAL_ROLES and not country:
            # the state named next to them in the sentence; never a guess from the article's main state
            country = _sentence_country(first, all_mentions)
        return Actor(id=f"person:{slugify(name)}", name=name, kind="person", country=country, role=role)
    return Actor(id=f"org:{slugify(name)}", name=name, kind="organisation", country=country, role=role)


def _held_by_another(kb: Knowledge, country: str, term: str, when: str, name: str) -> bool:
    """Whether the knowledge knows someone else to hold the one-holder office ``term`` of ``country`` on ``when``."""
    title = kb.titles.get(term)
    holder = kb.holder(country, title.office, when) if title is not None and title.office else None
    return holder is not None and name not in (holder.name, *holder.aliases)


#: Sectors of the offices a person out of office may have been given since: in a state's service, or an IGO's.
NEW_OFFICE_ROLES = {"GOV", "LEG", "MIL", "JUD", "COP", "SPY", "IGO"}


def _new_title(person, when: str, context: Context, kb: Knowledge) -> bool:
    """Whether the text gives a person the knowledge has out of office on ``when`` a title of another office than
    the last it knows ("Senator X" for a former foreign minister; not "President Obama" years later, which names
    the office he held)."""
    if context.role not in NEW_OFFICE_ROLES or context.title is None:
        return False  # (not "convict" or "businessman": what a politician out of office is called besides)
    if any(o.holds_on(when) for o in person.offices):
        return False
    past = [o for o in person.offices if o.end is not None and o.end <= when]
    if not past:
        return False
    title = kb.titles.get(context.title)
    return title is not None and title.office not in {o.office for o in past} and title.kind == "person"


#: Roles of people who are of where the text places them: civilians and journalists.
PLACED_ROLES = {"CVL", "MED"}


def _place_country(group: list[Mention]) -> str | None:
    """The one state whose places the sentences of a person's mentions name, if only one."""
    states = {state for m in group for state in m.sentence_places}
    return next(iter(states)) if len(states) == 1 else None


def _main_state(mentions: list[Mention]) -> str | None:
    """The state the article is plainly about: named at least twice and at least twice as often as any other."""
    ranked = Counter(m.key for m in mentions if m.kind == "state").most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]):
        return None
    return ranked[0][0]


def _article_state(mentions: list[Mention], datelines: list[str]) -> str | None:
    """The state whose bodies "the army" or "the foreign ministry" are, when the article leaves no doubt: the
    dateline's country unless another state is named three times as often (then none: "RAFAH, Gaza Strip — ... The
    military said" in a story about Israel), else the state the article is plainly about."""
    if not datelines:
        return _main_state(mentions)
    dateline = Counter(datelines).most_common(1)[0][0]
    counts = Counter(m.key for m in mentions if m.kind == "state")
    if any(n >= 3 and n >= 3 * counts[dateline] for n in counts.values()):
        return None  # the story is about another state, seen from the dateline's place
    return dateline


def settle_default_country(mentions: list[Mention], datelines: list[str]) -> list[Mention]:
    """Give the state bodies named without a country ("the foreign ministry", "police") the article's state: the
    country of its dateline, else the state it is plainly about; drop them where neither is known."""
    if not any(m.key.startswith("?sector::") for m in mentions):
        return mentions
    default = _article_state(mentions, datelines)
    named: dict[str, str] = {}  # role -> the state of the last body of that role named with its state
    for m in sorted(mentions, key=lambda m: (m.paragraph, m.start)):
        if m.key.startswith("?sector::"):
            role = m.key[9:]
            # "the army said" after "the Israeli army": the same army (a dateline's state comes first)
            country = (None if datelines else named.get(role)) or default
            if country is not None:
                m.key = f"?sector:{country}:{role}"
        elif m.key.startswith("?sector:"):
            country, _, role = m.key[8:].partition(":")
            named[role] = country
    return [m for m in mentions if not m.key.startswith("?sector::")]


def speak_for_their_bodies(mentions: list[Mention], docs) -> None:
    """A person of a state body's sector with no state, named right after that body and its possessive ("the
    Ministry’s spokesperson X", "the army's spokesman, X"), is of the state the body was settled to."""
    bodies = {(m.paragraph, m.end): m for m in mentions if m.key.startswith("?sector:") and m.key.count(":") == 2}
    for m in mentions:
        if m.kind != "person" or m.context.country or m.context.role not in STATE_BODY_SECTORS:
            continue
        doc = docs[m.paragraph]
        for end in range(max(0, m.start - 4), m.start):
            body = bodies.get((m.paragraph, end))
            if body is None or not body.key.endswith(":" + m.context.role):
                continue
            between = doc[end : m.start]
            if len(between) and between[0].lower_ in ("'s", "\u2019s") and not any(t.pos_ == "VERB" for t in between):
                m.context.country = body.key.split(":")[1]


#: Sectors of a state's bodies whose spokespeople speak for them.
STATE_BODY_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY"}


def _sentence_country(mention: Mention, mentions: list[Mention]) -> str | None:
    """The state named closest before ``mention`` in its sentence ("in Russia, where MP X ..."), else the one
    state named after it before what they say ("Foreign Minister X said Israel must ...": Israel is what X speaks
    about); none where several come after (the nearest is as often the state spoken about)."""
    same = [
        m
        for m in mentions
        if m.kind == "state"
        and m.paragraph == mention.paragraph
        and m.sentence_start == mention.sentence_start
        and m.owned_title_end in (-1, mention.start)  # ("U.S. Trade ambassador Katherine Tai": hers)
    ]
    before = [m for m in same if m.end <= mention.start]
    if before:
        return max(before, key=lambda m: m.start).key
    after = {m.key for m in same if mention.end <= m.start < mention.reported_from}
    return next(iter(after)) if len(after) == 1 else None


def home_country(
    mentions: list[Mention],
    datelines: list[str],
    places: set[str],
    actors: list | None = None,
    place_count: Counter | None = None,
) -> str | None:
    """The state an article is set in, for the people and bodies it names without one: its dateline's state
    (see :func:`_article_state`), else the only state it names, else the one state whose places it names
    ("Colorado", "Michigan"), else the state that far outweighs any other in the article: its names, its places and
    the people and bodies the knowledge gives it ("the Senate", a known governor), else the state whose domestic
    bodies (parliament, courts, police, parties, firms) it names far more than any other's (:func:`_setting`, which
    also beats a single state named from abroad). A story about two states has none: a senator commenting on a war
    between them is of neither."""
    if datelines:
        return _article_state(mentions, datelines)
    named = {m.key for m in mentions if m.kind == "state"}
    if len(named) == 1:
        return _setting(actors) or next(iter(named))
    if not named and len(places) == 1:
        return next(iter(places))
    votes = Counter(m.key for m in mentions if m.kind == "state")
    votes.update(place_count or {})
    for actor in actors or ():
        if actor.kind != "state" and actor.country:
            votes[actor.country] += actor.mentions
    ranked = votes.most_common(2)
    if ranked and ranked[0][1] >= 3 and (len(ranked) == 1 or ranked[0][1] >= HOME_DOMINANCE * ranked[1][1]):
        return ranked[0][0]
    return _setting(actors)


def _setting(actors) -> str | None:
    """Where the story is set: the state whose parliament, courts, police, parties, firms and schools it names far
    more than any other's (the FBI, a federal court and a congressman in a story that names only China)."""
    setting: Counter = Counter()
    for actor in actors or ():
        if actor.kind != "state" and actor.country and actor.role in SETTING_SECTORS:
            setting[actor.country] += actor.mentions
    ranked = setting.most_common(2)
    if ranked and ranked[0][1] >= 3 and (len(ranked) == 1 or ranked[0][1] >= HOME_DOMINANCE * ranked[1][1]):
        return ranked[0][0]
    return None


#: Sectors that place a story inside one state (not its government, army or media, which act and report abroad).
SETTING_SECTORS = {"LEG", "JUD", "COP", "OPP", "BUS", "EDU", "NGO"}


#: How many times as often as any other the state a story is about must be named to be its home without a dateline.
HOME_DOMINANCE = 3


def fill_home_country(actors: list, home: str | None, mentions: list[Mention] = ()) -> None:
    """People and organisations of no known state and of a domestic sector (or none) are of the article's home
    state: a senator or a court in a story set in the United States. Officials (GOV) only where the text gives them
    a state's title ("Gov. X", "Mayor X"): "Commission President Elsa Marin" in a story about Poland is no Pole."""
    if home is None:
        return
    titled = {(m.paragraph, m.start_char) for m in mentions if m.context.title and m.context.role == "GOV"}
    for actor in actors:
        if actor.kind == "state" or actor.country:
            continue
        if actor.role in HOME_SECTORS or (
            actor.role == "GOV" and any((s.paragraph, s.start) in titled for s in actor.spans)
        ):
            actor.country = home


#: Sectors whose people and bodies work inside one state, or no sector at all.
HOME_SECTORS = {None, "LEG", "JUD", "COP", "OPP", "MIL", "BUS", "MED", "NGO", "EDU", "CVL", "REL"}
