"""Phrase matchers over the actor knowledge, compiled once per process (per spaCy vocabulary).

Two matchers run over every paragraph (both are spaCy ``PhraseMatcher``s: one pass over the tokens, in C):

* ``names`` (case-sensitive): country names, adjectives and demonyms, capitals and seats of power, organisation names,
  people's full names and the aliases they are called by alone, and non-actor places;
* ``titles`` (case-insensitive): titles and descriptions that give a role ("foreign minister", "pundit", "ministry").

A match id is a string key: ``C:<ISO3>:name|adj|seat``, ``O:<code>``, ``P:full|alias:<name>`` (a name may be several people's), ``X:<ISO3>`` (place),
``T:<term>``.
"""

from __future__ import annotations

from dataclasses import dataclass

from faultlines.nlp.knowledge import Knowledge, load_knowledge

#: When two matches overlap and have the same length, the lower rank wins.
KIND_RANK = {"P:full": 0, "O": 1, "C:name": 2, "C:seat": 3, "C:adj": 4, "X": 5, "P:alias": 6}


@dataclass(frozen=True)
class NameMatch:
    start: int  # token offsets in the doc
    end: int
    kind: str  # one of KIND_RANK
    ref: str  # ISO3, organisation code, person name (as written in the knowledge) or place's ISO3


@dataclass(frozen=True)
class TitleMatch:
    start: int
    end: int
    term: str


def _variants(phrase: str) -> set[str]:
    """The phrase with straight and curly apostrophes, and with and without accents left as written."""
    out = {phrase}
    if "'" in phrase:
        out.add(phrase.replace("'", "\u2019"))
    return out


def _plurals(term: str) -> set[str]:
    if term.endswith(("s", "sh", "ch", "x")) or " of " in term:
        return set()
    if term.endswith("man"):
        return {term[:-3] + "men"}
    if term.endswith("y") and term[-2:-1] not in "aeiou":
        return {term[:-1] + "ies"}
    return {term + "s"}


def _demonym_plurals(adjective: str) -> set[str]:
    if adjective.endswith(("ese", "ish", "ch", "sh", "s", "x", "z", "i")) or " " in adjective:
        return {adjective + "s"} if adjective.endswith("i") else set()
    return {adjective + "s"}


class Gazetteer:
    """Compiled matchers for one spaCy pipeline's vocabulary."""

    def __init__(self, nlp, knowledge: Knowledge):
        from spacy.matcher import PhraseMatcher

        self.knowledge = knowledge
        make = nlp.make_doc
        self.names = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.titles = PhraseMatcher(nlp.vocab, attr="LOWER")
        patterns: dict[str, set[str]] = {}

        def add(key: str, phrases):
            for phrase in phrases:
                patterns.setdefault(key, set()).update(_variants(phrase))

        for c in knowledge.countries.values():
            add(f"C:{c.code}:name", c.names)
            add(f"C:{c.code}:adj", c.adjectives)
            add(f"C:{c.code}:adj", {p for a in c.adjectives for p in _demonym_plurals(a)})
            add(f"C:{c.code}:seat", c.seats)
        for o in knowledge.organisations.values():
            add(f"O:{o.code}", o.names)
        for name in knowledge.person_names:
            add(f"P:{'full' if ' ' in name or '-' in name else 'alias'}:{name}", {name})
        for name, code in knowledge.places.items():
            add(f"X:{code}", {name})
        for key, phrases in patterns.items():
            self.names.add(key, [make(phrase) for phrase in sorted(phrases)])
        for term in knowledge.titles:
            forms = {term} | _plurals(term)
            if "." in term:  # "Rep.", "Gov.": the tokenizer keeps a capitalised abbreviation in one token
                forms |= {f[:1].upper() + f[1:] for f in forms}
            docs = {tuple(t.lower_ for t in d): d for d in (make(f) for f in sorted(forms))}
            self.titles.add(f"T:{term}", list(docs.values()))

    def match_names(self, doc) -> list[NameMatch]:
        """Non-overlapping name matches, longest first, in text order."""
        strings = doc.vocab.strings
        found = []
        for match_id, start, end in self.names(doc):
            key = strings[match_id]
            head, _, rest = key.partition(":")
            if head == "C":
                ref, _, sub = rest.partition(":")
                kind = f"C:{sub}"
            elif head == "P":
                sub, _, ref = rest.partition(":")
                kind = f"P:{sub}"
            else:
                ref, kind = rest, head
            if kind == "O" and start > 0 and doc[start - 1].text in self.knowledge.national_words:
                continue  # "Taiwan's National Security Council" is no "Security Council" of the UN
            found.append(NameMatch(start, end, kind, ref))
        # Longest first; among equals the knowledge's kind order, then the later end ("Crown Prince Mohammed bin
        # Salman": the name, not "Crown Prince Mohammed").
        found.sort(key=lambda m: (-(m.end - m.start), KIND_RANK[m.kind], -m.end))
        return _non_overlapping(found)

    def match_titles(self, doc) -> list[TitleMatch]:
        """Non-overlapping title matches, longest first, in text order."""
        strings = doc.vocab.strings
        found = [TitleMatch(s, e, strings[m][2:]) for m, s, e in self.titles(doc)]
        found.sort(key=lambda m: (-(m.end - m.start), m.start))
        return _non_overlapping(found)


def _non_overlapping(found: list) -> list:
    """The matches (taken in the given order of preference) that overlap no match taken before, in text order."""
    taken: set[int] = set()
    chosen = []
    for m in found:
        if taken.isdisjoint(range(m.start, m.end)):
            chosen.append(m)
            taken.update(range(m.start, m.end))
    return sorted(chosen, key=lambda m: m.start)


_CACHE: dict[int, Gazetteer] = {}


def get_gazetteer(nlp) -> Gazetteer:
    """The gazetteer for ``nlp`` (built on first use, then reused for the life of the process)."""
    key = id(nlp.vocab)
    if key not in _CACHE:
        _CACHE[key] = Gazetteer(nlp, load_knowledge())
    return _CACHE[key]
