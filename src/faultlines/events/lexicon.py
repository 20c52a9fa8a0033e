"""The coder's knowledge, loaded once from data files: event patterns, modality words, effects, actor words."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from faultlines.events.tables import read_tsv


@dataclass(frozen=True)
class Pattern:
    """One line of ``patterns.tsv``: a lemma (and condition) that codes an event."""

    lemma: str
    pos: str  # V, N or A
    when: str  # "-", "prep:X", "prt:X", "obj:a|b", "mod:a|b", "intrans"
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


@dataclass
class Lexicon:
    patterns: dict[tuple[str, str], list[Pattern]]
    modality: dict[tuple[str, str], str]
    effects: dict[tuple[str, str], str]
    states: dict[str, StateEntry]  # lower-cased name → entry
    actor_nouns: dict[str, tuple[str, str]]  # lemma → (role, kind)
    organisations: dict[str, tuple[str, str]]  # lower-cased name → (id, name)

    def state_name(self, iso3: str) -> str:
        """The display name of a state code (the code itself when the lexicon does not know it)."""
        return next((e.name for e in self.states.values() if e.iso3 == iso3 and not e.adjective), iso3)

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
    states: dict[str, StateEntry] = {}
    for row in read_tsv("countries.tsv"):
        names = [n for n in row["names"].split("|") if n]
        primary = names[0]
        for name in names:
            states[name.lower()] = StateEntry(row["iso3"], primary)
        for adj in filter(None, row["adjectives"].split("|")):
            states.setdefault(adj.lower(), StateEntry(row["iso3"], primary, adjective=True))
        for met in filter(None, row["metonyms"].split("|")):
            states.setdefault(met.lower(), StateEntry(row["iso3"], primary, metonym=True))
    actor_nouns = {r["lemma"]: (r["role"], r["kind"]) for r in read_tsv("actor_nouns.tsv")}
    organisations: dict[str, tuple[str, str]] = {}
    for row in read_tsv("organisations.tsv"):
        names = [n for n in row["names"].split("|") if n]
        for name in names:
            organisations[name.lower()] = (row["id"], names[0])
    return Lexicon(dict(patterns), modality, effects, states, actor_nouns, organisations)
