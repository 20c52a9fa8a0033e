"""Actor knowledge: states, organisations, titles, places and people, read from ``data/actors/*.tsv``.

The files are written by us and dated in their header lines; they are read once per process
(:func:`load_knowledge` is cached). Everything the actor stage knows about the world lives there, not in code.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources

DATA_DIR = "data/actors"


@dataclass(frozen=True)
class Country:
    code: str
    status: str
    name: str
    names: tuple[str, ...]
    adjectives: tuple[str, ...]
    seats: tuple[str, ...]


@dataclass(frozen=True)
class Organisation:
    code: str
    name: str
    names: tuple[str, ...]
    country: str | None
    role: str | None
    type: str
    group: str = ""  # an IGO's CAMEO group (UNO, EUR, ...), where its knowledge file gives it
    governing: tuple[tuple[str, str | None], ...] = ()  # a party's periods leading the government

    @property
    def id(self) -> str:
        return f"org:{self.code}"

    def role_on(self, date: str, dated: bool = True) -> str | None:
        """A party's role on an article's date (GOV while it led the government, else OPP, or REB for an armed
        movement: the Taliban before 2021); other organisations, and undated articles, keep the role the knowledge
        gives."""
        if not self.governing or not dated:
            return self.role
        leading = any(start <= date and (end is None or date < end) for start, end in self.governing)
        return "GOV" if leading else "REB" if self.type == "armed" else "OPP"


@dataclass(frozen=True)
class Office:
    office: str
    country: str | None
    role: str | None
    start: str
    end: str | None

    def holds_on(self, date: str) -> bool:
        return self.start <= date and (self.end is None or date < self.end)


@dataclass
class Person:
    slug: str
    name: str
    aliases: list[str] = field(default_factory=list)
    offices: list[Office] = field(default_factory=list)

    @property
    def id(self) -> str:
        return f"person:{self.slug}"

    def office_on(self, date: str) -> Office | None:
        """The office held on ``date``; else the latest one held before it; else the earliest one."""
        current = [o for o in self.offices if o.holds_on(date)]
        if current:
            return min(current, key=office_rank)
        past = [o for o in self.offices if o.start <= date]
        if past:
            return max(past, key=lambda o: o.start)
        return min(self.offices, key=lambda o: o.start) if self.offices else None

    def standing_on(self, date: str, dated: bool = True) -> tuple[str | None, str | None]:
        """``(country, sector)`` on ``date``: the office held then; out of office after holding a national one, the
        opposition (``OPP``: a former president running again); before any office, the country of the first one and
        no sector (what they were then, the knowledge does not say). For an undated article (``dated`` false, ``date``
        is today) the last office known stands, as the knowledge may lag behind the news."""
        if not dated:
            office = self.office_on(date)
            return (office.country, office.role) if office is not None else (None, None)
        current = [o for o in self.offices if o.holds_on(date)]
        if current:
            office = min(current, key=office_rank)
            return office.country, office.role
        past = [o for o in self.offices if o.end is not None and o.end <= date]
        historic = self.historic_office(date)
        if historic is not None:
            return historic.country, historic.role
        if past:
            last = max(past, key=lambda o: o.end or "")
            return last.country, ("OPP" if last.country and last.role in OUT_OF_OFFICE_OPP else last.role)
        first = self.office_on(date)
        return (first.country, None) if first is not None else (None, None)

    def historic_office(self, date: str) -> Office | None:
        """The office a figure of the past is remembered by on ``date``: where every office of theirs was closed
        before the dictionaries' horizon (their record ends: a death, a retirement) and the last one in power (not
        the opposition) ended :data:`HISTORY_YEARS` or more before ``date`` (Lyndon Johnson, Idi Amin in a story of
        2023, not a president who left office last term)."""
        if not self.offices or any(o.end is None or o.end >= PHOENIX_HORIZON for o in self.offices):
            return None
        served = [o for o in self.offices if o.role != "OPP" and o.end is not None]
        if not served:
            return None
        last = max(served, key=lambda o: o.end or "")
        return last if int(date[:4]) - int((last.end or date)[:4]) >= HISTORY_YEARS else None


#: Years after the last office in power from which a person out of every office is a figure of the past.
HISTORY_YEARS = 20

#: Sectors of national offices whose former holders, out of office, are counted with the opposition.
OUT_OF_OFFICE_OPP = {"GOV", "LEG"}


@dataclass(frozen=True)
class Title:
    term: str
    role: str | None
    office: str | None
    kind: str  # person | body | group | relation


@dataclass
class Knowledge:
    countries: dict[str, Country]
    organisations: dict[str, Organisation]
    people: dict[str, Person]
    titles: dict[str, Title]
    places: dict[str, str]  # place name -> ISO3 of the state it lies in
    ambiguous: dict[str, tuple[str, str]] = field(
        default_factory=dict
    )  # name -> (state, state of the other sense)
    person_names: dict[str, list[str]] = field(default_factory=dict)  # full name or alias -> person slugs
    sectors: dict[str, str] = field(default_factory=dict)  # role code -> noun ("MIL" -> "military")
    not_names: frozenset[str] = frozenset()  # capitalised common words that are no actor alone ("Council")
    where: dict[str, str] = field(default_factory=dict)  # lower-case country name, seat or place -> ISO3
    extra_people: dict[str, Person] = field(default_factory=dict)  # Phoenix: name or alias -> person (dated codes)
    extra_orgs: dict[str, Organisation] = field(default_factory=dict)  # Phoenix: name -> organisation
    spellings: dict[str, Person] = field(default_factory=dict)  # spelling_key of a known full name -> person
    title_given_names: frozenset[str] = frozenset()  # title words that are also given names ("Amir")
    national_words: frozenset[str] = frozenset()  # words opening a state body's name ("National Security Council")
    name_heads: dict[str, str] = field(default_factory=dict)  # last word of a body's name -> sector ("alliance")
    hand_places: frozenset[str] = frozenset()  # the places of places.tsv; the others are GeoNames cities

    def extra_org(self, text: str) -> Organisation | None:
        """The dictionaries' organisation called ``text``, also written with a lower-case article ("al-Shabab")."""
        return self.extra_orgs.get(text) or self.extra_orgs.get(text[:1].upper() + text[1:])

    def person_spelled(self, name: str) -> Person | None:
        """The known person whose full name is ``name`` spelt another way, if exactly one is."""
        key = spelling_key(name)
        return self.spellings.get(key) if key else None

    def people_called(self, name: str) -> list[Person]:
        return [self.people[slug] for slug in self.person_names.get(name, ())]

    def holder(self, country: str, office: str, date: str) -> Person | None:
        """Who held ``office`` of ``country`` on ``date`` (ISO date), if the knowledge says."""
        for person in self.people.values():
            for o in person.offices:
                if o.country == country and o.office == office and o.holds_on(date):
                    return person
        return None


def office_rank(office: Office | None) -> int:
    """Offices in the order a bare name most likely means: heads of state first."""
    if office is None:
        return 99
    order = ("head_of_state", "head_of_government", "foreign_minister", "defence_minister")
    return order.index(office.office) if office.office in order else len(order)


def slugify(text: str) -> str:
    """ASCII lower-case slug: ``"Kassym-Jomart Tokayev"`` → ``"kassym-jomart-tokayev"``."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "unknown"


def spelling_key(name: str) -> str | None:
    """A key that two spellings of one full name share ("Ismail Haniyeh", "Ismael Haniye"; "Nikol Pashinyan",
    "Nikol Pashinian"): per word its first letter, then its consonants without h, w and y, doubled letters made
    one. ``None`` for a name of one word (too many surnames would meet)."""
    words = re.findall(r"[a-z]+", unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower())
    if len(words) < 2:
        return None
    keys = []
    for w in words:
        rest = re.sub(r"[aeiouhwy]", "", w[1:])
        keys.append(re.sub(r"(.)\1+", r"\1", w[0] + rest))
    return " ".join(keys)


def data_rows(filename: str, width: int):
    """The rows of a knowledge file (``data/actors/``), ``width`` stripped cells each; ``#`` lines are comments."""
    path = resources.files("faultlines").joinpath(DATA_DIR, filename)
    with path.open(encoding="utf-8") as lines:  # a line at a time: the GeoNames file has 60,000
        for line in lines:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            cells += [""] * (width - len(cells))
            yield [c.strip() for c in cells[:width]]


def _split(cell: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in cell.split("|") if p.strip())


@lru_cache(maxsize=1)
def load_knowledge() -> Knowledge:
    """Read every knowledge file once per process."""
    countries = {}
    for code, status, names, adjectives, seats in data_rows("countries.tsv", 5):
        name_list = _split(names)
        countries[code] = Country(code, status, name_list[0], name_list, _split(adjectives), _split(seats))
    organisations = {}
    for code, names, country, role, kind in data_rows("organisations.tsv", 5):
        if code in organisations:
            raise ValueError(f"organisations.tsv: the code {code!r} is given twice")
        name_list = _split(names)
        organisations[code] = Organisation(code, name_list[0], name_list, country or None, role or None, kind)
    periods: dict[str, list[tuple[str, str | None]]] = {}
    for code, start, end in data_rows("governing_parties.tsv", 3):
        periods.setdefault(code, []).append((start, end or None))
    for code, spans in periods.items():
        if code not in organisations:
            raise ValueError(f"governing_parties.tsv: {code!r} is not an organisation of organisations.tsv")
        organisations[code] = replace(organisations[code], governing=tuple(spans))
    titles = {}
    for term, role, office, kind in data_rows("titles.tsv", 4):
        titles[term.lower()] = Title(term.lower(), role or None, office or None, kind)
    places = {name: country for name, country in data_rows("places.tsv", 2)}
    people: dict[str, Person] = {}
    for slug, name, aliases, country, role, office, start, end in data_rows("people.tsv", 8):
        person = people.setdefault(slug, Person(slug=slug, name=name))
        for alias in _split(aliases):
            if alias not in person.aliases:
                person.aliases.append(alias)
        for one in office.split(
            "+"
        ):  # "head_of_state+head_of_government": a president who heads the government
            person.offices.append(Office(one, country or None, role or None, start or "0000", end or None))
    extra_people: dict[str, Person] = {}
    extra_orgs: dict[str, Organisation] = {}
    _add_phoenix(titles, people, organisations, countries, places, extra_people, extra_orgs)
    hand_places = frozenset(places)
    ambiguous = {name: (state, other) for name, state, other in data_rows("ambiguous.tsv", 3)}
    person_names: dict[str, list[str]] = {}
    for person in people.values():
        for name in (person.name, *person.aliases):
            slugs = person_names.setdefault(name, [])
            if person.slug not in slugs:
                slugs.append(person.slug)
    sectors = {role: noun for role, noun, _ in data_rows("sectors.tsv", 3)}
    not_names = frozenset(word.lower() for (word,) in data_rows("not_names.tsv", 1))
    # GeoNames cities stay out of where (datelines): a dateline names their state, and 50,000 keys cost memory
    where = {name.lower(): code for name, code in places.items()}
    _add_geonames(places)
    for country in countries.values():
        for name in (*country.names, *country.seats):
            where.setdefault(name.lower(), country.code)
    spellings: dict[str, Person | None] = {}
    for person in people.values():  # the project's own people only: among the dictionaries' 20,000 names
        for name in (person.name, *person.aliases):  # too many keys meet ("Phil"/"Paul")
            key = spelling_key(name)
            if key and spellings.get(key, person) is not person:
                spellings[key] = None  # two people: no guess
            elif key:
                spellings[key] = person
    return Knowledge(
        countries,
        organisations,
        people,
        titles,
        places,
        ambiguous,
        person_names,
        sectors,
        not_names,
        where,
        extra_people,
        extra_orgs,
        {key: person for key, person in spellings.items() if person is not None},
        frozenset(word.lower() for (word,) in data_rows("title_given_names.tsv", 1)),
        frozenset(word for (word,) in data_rows("national_words.tsv", 1)),
        {word.lower(): role for word, role in data_rows("name_heads.tsv", 2)},
        hand_places,
    )


def _add_geonames(places: dict[str, str]) -> None:
    """Add the GeoNames cities (``places_geonames.tsv``, written by scripts/convert_geonames.py, which left out
    English words, the knowledge's other names and ambiguous names) under the hand-made places, which win in any
    case ("El Fasher" there keeps "el fasher" from GeoNames)."""
    hand_made = {name.lower() for name in places}
    for name, country in data_rows("places_geonames.tsv", 2):
        if name.lower() not in hand_made:
            places.setdefault(name, sys.intern(country))  # one string per state, not one per city


#: The PETRARCH2/Phoenix dictionaries end about here: an office they leave open is read as ended then.
PHOENIX_HORIZON = "2016-12-31"
#: The converted Phoenix files in use (see scripts/convert_petrarch2.py); the project's own files win over them.
PHOENIX_FILES = ("agents", "people", "orgs")


def _add_phoenix(titles, people, organisations, countries, places, extra_people, extra_orgs) -> None:
    """Merge the converted PETRARCH2/Phoenix dictionaries under the project's own knowledge: agents as titles (nouns
    → sectors); people with their dated codes and organisations, IGOs and armed groups into ``extra_people`` and
    ``extra_orgs`` by name (only names the project does not use for something else). Those two are looked up by the
    names the statistical model finds, not matched in the text, so their size costs nothing per article."""
    if "agents" in PHOENIX_FILES:
        for term, role, _code, kind in data_rows("phoenix_agents.tsv", 4):
            titles.setdefault(term, Title(term, role, None, kind))
    taken = {n for c in countries.values() for n in (*c.names, *c.adjectives, *c.seats)} | set(places)
    for person in people.values():
        taken.update((person.name, *person.aliases))
    for org in organisations.values():
        taken.update(org.names)
    if "people" in PHOENIX_FILES:
        for slug, name, aliases, country, role, _group, start, end in data_rows("phoenix_people.tsv", 8):
            if slug in people or name in taken:
                continue
            person = extra_people.get(name)
            if person is None:
                person = Person(slug=slug, name=name, aliases=[a for a in _split(aliases) if a not in taken])
                for one in (name, *person.aliases):
                    extra_people.setdefault(one, person)
            office = Office("phoenix", country or None, role or None, start or "0000", end or PHOENIX_HORIZON)
            person.offices.append(office)
    if "orgs" in PHOENIX_FILES:
        for code, names, country, role, group, kind in data_rows("phoenix_orgs.tsv", 6):
            org = Organisation(code, _split(names)[0], _split(names), country or None, role or None, kind, group)
            for one in org.names:
                if one not in taken:
                    extra_orgs.setdefault(one, org)
