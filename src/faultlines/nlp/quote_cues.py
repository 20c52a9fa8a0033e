"""Speech cues read from the data files: speech verbs and nouns, reporting phrases, pronouns, titles."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class Cues:
    #: inflected form (lower case, may be two words: "pointed out") → lemma
    verb_forms: dict[str, str]
    indirect_verbs: frozenset[str]
    object_verbs: frozenset[str]
    speech_nouns: frozenset[str]
    #: what a speaker issues that then says something ("a statement saying …", "the report added")
    document_nouns: frozenset[str]
    pronouns: dict[str, str]
    plural_pronouns: frozenset[str]
    relative_pronouns: frozenset[str]
    passive_markers: frozenset[str]
    skip_words: frozenset[str]
    titles: frozenset[str]
    org_nouns: frozenset[str]
    unnamed_nouns: frozenset[str]
    #: bodies that may speak unnamed ("a police union told AFP", "said a coalition of rights groups")
    unnamed_bodies: frozenset[str]
    indefinite: frozenset[str]
    indefinite_pronouns: frozenset[str]
    #: a second cue inside one report, whose clause is a quote of its own ("…, adding that …")
    joined_cues: tuple[str, ...]
    #: cues whose object is what was said when no clause follows ("reported 30 air raids", "vowed to fight on")
    noun_object_verbs: frozenset[str]
    #: what an indirect quote may come from when no one is named ("according to a poll", "state media reported")
    source_nouns: frozenset[str]
    #: sources that speak for no one the text names: "according to a poll", "according to a CDC page"
    authorless_sources: frozenset[str]
    #: given name (lower case) → "m" or "f", for names that (almost) always name a man or a woman
    given_names: dict[str, str]


def _data(name: str) -> str:
    return resources.files("faultlines").joinpath("data", "quotes", name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def cues() -> Cues:
    raw = json.loads(_data("cues.json"))
    forms = {form: lemma for lemma, words in raw["speech_verbs"].items() for form in words}
    titles = frozenset(
        line.strip() for line in _data("titles.txt").splitlines() if line.strip() and not line.startswith("#")
    )
    return Cues(
        verb_forms=forms,
        indirect_verbs=frozenset(raw["indirect_verbs"]),
        object_verbs=frozenset(raw["object_verbs"]),
        speech_nouns=frozenset(raw["speech_nouns"]),
        document_nouns=frozenset(raw["document_nouns"]),
        pronouns=dict(raw["pronouns"]),
        plural_pronouns=frozenset(raw["plural_pronouns"]),
        relative_pronouns=frozenset(raw["relative_pronouns"]),
        passive_markers=frozenset(raw["passive_markers"]),
        skip_words=frozenset(raw["skip_words"]),
        titles=titles,
        org_nouns=frozenset(raw["org_nouns"]),
        unnamed_nouns=frozenset(raw["unnamed_nouns"]),
        unnamed_bodies=frozenset(raw["unnamed_bodies"]),
        indefinite=frozenset(raw["indefinite_determiners"]),
        indefinite_pronouns=frozenset(raw["indefinite_pronouns"]),
        joined_cues=tuple(raw.get("joined_cues", ())),
        noun_object_verbs=frozenset(raw.get("noun_object_verbs", ())),
        source_nouns=frozenset(raw.get("source_nouns", ())),
        authorless_sources=frozenset(raw.get("authorless_sources", ())),
        given_names=_given_names(),
    )


def _given_names() -> dict[str, str]:
    names = {}
    for line in _data("first_names.txt").splitlines():
        if line.strip() and not line.startswith("#"):
            name, gender = line.split("\t")
            names[name.strip()] = gender.strip()
    return names
