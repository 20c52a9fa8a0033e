"""The Russian gazetteer: states, seats, places, organisations, bodies, titles and people from ``data/ru/``.

Every name is matched word by word on the surface form or the lemma of each word (pymorphy3 lemmatises
"Токаева" as "токай", so lemmas alone would miss people), and people's names also on their case forms.
People and organisations carry the ids of the English knowledge (``data/actors/``), so Токаев and Tokayev are one
actor.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from faultlines.nlp.ru.data import data_rows, data_text, split
from faultlines.nlp.ru.models import analyse_word
from faultlines.nlp.ru.names import case_forms

#: Kinds of gazetteer entries.
STATE, ADJECTIVE, SEAT, PLACE, ORG, BODY, TITLE, PERSON = (
    "state",
    "adjective",
    "seat",
    "place",
    "org",
    "body",
    "title",
    "person",
)


@dataclass(frozen=True)
class Entry:
    kind: str
    key: str  # ISO3, org code, person slug, or role for bodies and titles
    words: tuple[frozenset[str], ...]  # the accepted forms of each word
    office: str | None = None
    country: str | None = None
    role: str | None = None
    gender: str | None = None
    name: str = ""


def word_forms(word: str, person: bool = False) -> frozenset[str]:
    lower = word.lower().replace("ё", "е")
    forms = {lower}
    if any(c.isalpha() for c in word):
        forms.add(analyse_word(word)[0])
    if person:
        forms |= case_forms(word)
    return frozenset(forms)


def _entry(kind: str, key: str, name: str, **extra) -> Entry:
    from razdel import tokenize

    words = tuple(word_forms(t.text, kind == PERSON) for t in tokenize(name))
    return Entry(kind, key, words, name=name, **extra)


@dataclass(frozen=True)
class SpeechWords:
    """Words of Russian reporting constructions (``data/ru/``)."""

    according: dict[str, bool]  # по <noun> X: noun lemma -> whether X must be named
    connectives: tuple[tuple[str, ...], ...]  # openers skipped before "по словам", "как заявил"
    anonymous: frozenset[str]  # lemmas of an unnamed source
    body_anaphors: frozenset[str]  # lemmas that stand for a body named before


@dataclass
class RussianKnowledge:
    entries: dict[str, list[Entry]]  # first-word form -> entries starting with it
    state_names: dict[str, str]  # ISO3 -> Russian display name
    verbs: frozenset[str]
    label_words: frozenset[str] = frozenset()  # lemmas before words in marks that are a name, not a quote
    speech: SpeechWords | None = None

    def candidates(self, keys: set[str]) -> list[Entry]:
        found: dict[int, Entry] = {}
        for key in keys:
            for entry in self.entries.get(key, ()):
                found[id(entry)] = entry
        return sorted(found.values(), key=lambda e: -len(e.words))


@lru_cache(maxsize=1)
def russian_knowledge() -> RussianKnowledge:
    entries: list[Entry] = []
    names: dict[str, str] = {}
    for code, country_names, adjectives, seats in data_rows("countries.tsv", 4):
        names[code] = split(country_names)[0]
        entries += [_entry(STATE, code, n) for n in split(country_names)]
        entries += [_entry(ADJECTIVE, code, a) for a in split(adjectives)]
        entries += [_entry(SEAT, code, s) for s in split(seats)]
    for place, code in data_rows("places.tsv", 2):
        entries.append(_entry(PLACE, code, place))
    for code, org_names, country, role in data_rows("organisations.tsv", 4):
        entries += [_entry(ORG, code, n, country=country or None, role=role or None) for n in split(org_names)]
    for words, role in data_rows("bodies.tsv", 2):
        entries.append(_entry(BODY, role, words, role=role))
    for words, role, office, country in data_rows("titles.tsv", 4):
        entries.append(_entry(TITLE, role, words, role=role, office=office or None, country=country or None))
    for slug, person_names, gender, country, role in data_rows("people.tsv", 5):
        for n in split(person_names):
            entries.append(_entry(PERSON, slug, n, gender=gender, country=country or None, role=role or None))
    index: dict[str, list[Entry]] = {}
    for entry in entries:
        for form in entry.words[0]:
            index.setdefault(form, []).append(entry)
    speech = SpeechWords(
        according={lemma: flag == "named" for lemma, flag in data_rows("according_nouns.tsv", 2)},
        connectives=tuple(sorted((tuple(c.split()) for c in _word_list("connectives.txt")), key=len, reverse=True)),
        anonymous=_word_list("anonymous_sources.txt"),
        body_anaphors=_word_list("body_anaphors.txt"),
    )
    return RussianKnowledge(index, names, _word_list("reporting_verbs.txt"), _word_list("label_words.txt"), speech)


def _word_list(filename: str) -> frozenset[str]:
    return frozenset(line.strip() for line in data_text(filename).splitlines() if line.strip() and line[0] != "#")
