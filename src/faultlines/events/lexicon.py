"""The coder's knowledge, loaded once: event patterns, modality words and effects from ``data/events/``; states,
organisations and places from the actor knowledge (:mod:`faultlines.nlp.knowledge`, ``data/actors/``), so that
the coder and the actor stage know the world from one source."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from faultlines.events.tables import read_tsv
from faultlines.nlp.knowledge import Knowledge, load_knowledge


@dataclass(frozen=True)
class Pattern:
    """One line of ``patterns.tsv``: a lemma (and condition) that codes an event."""

    lemma: str
    pos: str  # V, N or A
    when: str  # "-", "prep:X", "prt:X", "obj:a|b", "mod:a|b", "sub:a|b", "xcomp:a|b", "gov:a|b", "in:a|b", "cond", …
    frame: str  # so, recv, sym
    cameo: str

    @property
    def kind(self) -> str:
        return self.when.split(":", 1)[0]

    @property
    def words(self) -> frozenset[str]:
        return frozenset(self.when.split(":", 1)[1].split("|")) if ":" in self.when else frozenset()

    @property
    def id(self) -> str:
        base = {"V": "verb", "N": "noun", "A": "adj"}[self.pos] + ":" + self.lemma
        return base if self.when == "-" else f"{base}+{self.when}"


@dataclass(frozen=True)
class StateEntry:
    iso3: str
    name: str
    metonym: bool = False  # a capital or seat of government: stands for the government
    adjective: bool = False
    place: bool = False  # a city or region: its state only where a place can stand for it ("Gaza's")


@dataclass(frozen=True)
class OrgEntry:
    id: str
    name: str
    country: str | None
    role: str | None


@dataclass
class Lexicon:
    patterns: dict[tuple[str, str], list[Pattern]]
    modality: dict[tuple[str, str], str]
    effects: dict[tuple[str, str], str]
    states: dict[str, StateEntry]  # lower-cased name → entry
    actor_nouns: dict[str, tuple[str, str]]  # lemma → (role, kind)
    organisations: dict[str, OrgEntry]  # lower-cased name → entry
    acronyms: frozenset[str] = frozenset()  # lower-cased keys that match only in their written case ("WHO")
    display: dict[str, str] | None = None  # ISO3 → display name
    implied_agents: dict[tuple[str, str], tuple[str, str]] | None = None  # (lemma, pos) → (sector, agent name)
    judgements: dict[tuple[str, str], str] = field(default_factory=dict)  # (lemma, pos) → CAMEO code
    naming_verbs: frozenset[str] = frozenset()  # "called X illegal", "described X as a provocation"
    not_actors: frozenset[str] = frozenset()  # nouns whose phrase names no actor, even with a state ("India's team")
    sites: frozenset[str] = frozenset()  # means that are military sites, of the state they lie in ("a base in Mali")
    fates: frozenset[str] = frozenset()  # nouns whose "of" names whom something befell ("the death of an activist")

    def state_name(self, iso3: str) -> str:
        """The display name of a state code (the code itself when the lexicon does not know it)."""
        return (self.display or {}).get(iso3, iso3)

    def organisation(self, text: str) -> OrgEntry | None:
        """The organisation called ``text`` (acronyms only in capitals: "WHO" but not "who")."""
        key = text.lower()
        entry = self.organisations.get(key)
        if entry is None or (key in self.acronyms and text.lower() == text):
            return None
        return entry

    def state(self, text: str) -> StateEntry | None:
        key = text.lower()
        if key in self.acronyms and text.lower() == text:
            return None  # "us" is not the United States
        return self.states.get(key)

    def patterns_for(self, lemma: str, pos: str) -> list[Pattern]:
        return self.patterns.get((lemma, pos), [])

    def effect(self, lemma: str, pos: str) -> str | None:
        return self.modality.get((lemma, pos))

    def apply_effect(self, effect: str, code: str) -> str | None:
        """The code that ``effect`` makes of event ``code`` (None: no event)."""
        result = self.effects.get((effect, code[:2])) or self.effects.get((effect, "*"), "=")
        if result == "-":
            return None
        return code if result == "=" else result


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    patterns: dict[tuple[str, str], list[Pattern]] = defaultdict(list)
    for row in read_tsv("patterns.tsv"):
        pattern = Pattern(row["lemma"], row["pos"], row["when"] or "-", row["frame"] or "so", row["cameo"])
        patterns[(pattern.lemma, pattern.pos)].append(pattern)
    for entries in patterns.values():
        entries.sort(key=lambda p: p.when == "-")  # conditional patterns are tried first
    modality = {(r["lemma"], r["pos"]): r["effect"] for r in read_tsv("modality.tsv")}
    effects = {(r["effect"], r["root"]): r["cameo"] for r in read_tsv("effects.tsv")}
    knowledge = load_knowledge()
    states, acronyms = _states(knowledge)
    organisations: dict[str, OrgEntry] = {}
    for org in knowledge.organisations.values():
        entry = OrgEntry(org.id, org.name, org.country, org.role)
        for name in org.names:
            organisations.setdefault(name.lower(), entry)
            if name.isupper():
                acronyms.add(name.lower())
    for name, org in knowledge.extra_orgs.items():  # armed groups of the dictionaries: "members of al-Shabab"
        if org.role == "REB" and not name.isupper():
            organisations.setdefault(name.lower(), OrgEntry(org.id, org.name, org.country, org.role))
    noun_rows = read_tsv("actor_nouns.tsv")
    actor_nouns = {  # (a site is a means, "a Somali army base", that may also be placed: listed in ``sites`` too)
        r["lemma"]: (r["role"], "means" if r["kind"] == "site" else r["kind"])
        for r in noun_rows
        if r["kind"] not in ("thing", "fate")
    }
    display = {code: country.name for code, country in knowledge.countries.items()}
    implied = {(r["lemma"], r["pos"]): (r["sector"], r["agent"]) for r in read_tsv("implied_agents.tsv")}
    judging = read_tsv("judgements.tsv")
    return Lexicon(
        dict(patterns),
        modality,
        effects,
        states,
        actor_nouns,
        organisations,
        frozenset(acronyms),
        display,
        implied,
        {(r["lemma"], r["pos"]): r["cameo"] for r in judging if r["kind"] in ("word", "deed")},
        frozenset(r["lemma"] for r in judging if r["kind"] == "naming"),
        frozenset(r["lemma"] for r in noun_rows if r["kind"] == "thing"),
        frozenset(r["lemma"] for r in noun_rows if r["kind"] == "site"),
        frozenset(r["lemma"] for r in noun_rows if r["kind"] == "fate"),
    )


def _states(knowledge: Knowledge) -> tuple[dict[str, StateEntry], set[str]]:
    """Names, adjectives (and their plural demonyms), seats of power and places of every state of the knowledge."""
    states: dict[str, StateEntry] = {}
    acronyms: set[str] = set()

    def add(name: str, entry: StateEntry) -> None:
        for form in (name, name[4:] if name.lower().startswith("the ") else ""):
            if form:
                states.setdefault(form.lower(), entry)
                if form.isupper() and len(form) <= 4:
                    acronyms.add(form.lower())

    for country in knowledge.countries.values():
        for name in country.names:
            add(name, StateEntry(country.code, country.name))
    for country in knowledge.countries.values():
        for adjective in country.adjectives:
            entry = StateEntry(country.code, country.name, adjective=True)
            add(adjective, entry)
            add(plural(adjective), entry)
        for seat in country.seats:
            add(seat, StateEntry(country.code, country.name, metonym=True))
    for name, code in knowledge.places.items():
        if code in knowledge.countries:
            add(name, StateEntry(code, knowledge.countries[code].name, place=True))
    return states, acronyms


def plural(demonym: str) -> str:
    """``Kazakh`` → ``Kazakhs``; ``Chinese``, ``British``, ``Swiss`` stay as they are."""
    if demonym.endswith(("ese", "sh", "ch", "s", "x", "z")) or not demonym[-1:].isalpha():
        return demonym
    return demonym + "s"
