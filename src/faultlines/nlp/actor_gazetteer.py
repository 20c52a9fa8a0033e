"""Phrase matchers over the actor knowledge, compiled once per process (per spaCy vocabulary).

Two matchers run over every paragraph (both are spaCy ``PhraseMatcher``s: one pass over the tokens, in C):

* ``names`` (case-sensitive): country names, adjectives and demonyms, capitals and seats of power, organisation names,
  people's full names and the aliases they are called by alone, and non-actor places;
* ``titles`` (case-insensitive): titles and descriptions that give a role ("foreign minister", "pundit", "ministry").

The tens of thousands of GeoNames cities (the places not in ``Knowledge.hand_places``) are no patterns of ``names``:
compiling them would cost seconds and a hundred megabytes per process. They are looked up by their text from the
tokens that open one ("Kupyansk", "El-Fasher": the tokens "El - Fasher" as they stand in the text).

A match id is a string key: ``C:<ISO3>:name|adj|seat``, ``O:<code>``, ``P:full|alias:<name>`` (a name may be several people's), ``X:<ISO3>`` (place),
``T:<term>``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from faultlines.nlp.knowledge import Knowledge, load_knowledge

#: The first token of a city's name as the tokenizer splits it (at spaces, hyphens and apostrophes).
OPENING = re.compile(r"[^\W_]+|[^\w\s]")
#: Articles that open Arabic city names, written in the text in either case ("Al-Fashir", "al-Fashir").
ARABIC_ARTICLES = {"Al", "El"}

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
            if name in knowledge.hand_places:
                add(f"X:{code}", {name})
        cities = [name for name in knowledge.places if name not in knowledge.hand_places]
        self.city_openings = {OPENING.match(name).group() for name in cities}
        self.city_openings |= {w.lower() for w in self.city_openings & ARABIC_ARTICLES}  # "al-Fashir"
        self.city_tokens = 1 + max((2 * n.count("-") + 2 * n.count("'") + n.count(" ") for n in cities), default=0)
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
        found.extend(self._match_cities(doc))
        # Longest first; among equals the knowledge's kind order, then the later end ("Crown Prince Mohammed bin
        # Salman": the name, not "Crown Prince Mohammed").
        found.sort(key=lambda m: (-(m.end - m.start), KIND_RANK[m.kind], -m.end))
        return _non_overlapping(found)

    def _match_cities(self, doc) -> list[NameMatch]:
        """The longest GeoNames city named from each token that opens one."""
        places, hand_places = self.knowledge.places, self.knowledge.hand_places
        found = []
        for token in doc:
            if token.text not in self.city_openings:
                continue
            last = min(len(doc), token.i + self.city_tokens)
            for end in range(last, token.i, -1):
                text = doc[token.i : end].text
                if token.is_lower:
                    text = text[:1].upper() + text[1:]  # "al-Fashir" as the file writes it, "Al-Fashir"
                if text in places and text not in hand_places:
                    found.append(NameMatch(token.i, end, "X", places[text]))
                    break
        return found

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
