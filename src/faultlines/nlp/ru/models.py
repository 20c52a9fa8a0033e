"""The Russian models, loaded once per process on first use (never at import, never by an English-only run).

``natasha``'s wheel ships the navec embeddings and the slovnet NER model; they are loaded from its data folder
without importing ``natasha`` itself (which would import pymorphy2). ``pymorphy3`` gives lemmas and grammemes.
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path

NAVEC_FILE = "emb/navec_news_v1_1B_250K_300d_100q.tar"
NER_FILE = "model/slovnet_ner_news_v1.tar"


def _natasha_data() -> Path:
    spec = importlib.util.find_spec("natasha")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("natasha is not installed (pip install natasha)")
    return Path(next(iter(spec.submodule_search_locations))) / "data"


@lru_cache(maxsize=1)
def get_ner():
    """slovnet's news NER (PER, LOC, ORG) over navec embeddings."""
    from navec import Navec
    from slovnet import NER

    data = _natasha_data()
    ner = NER.load(str(data / NER_FILE))
    ner.navec(Navec.load(str(data / NAVEC_FILE)))
    return ner


@lru_cache(maxsize=1)
def get_morph():
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


@lru_cache(maxsize=200_000)
def analyse_word(word: str) -> tuple[str, str, frozenset[str]]:
    """``(lemma, part of speech, grammemes)`` of the most likely reading of ``word`` (cached per process)."""
    parse = get_morph().parse(word)[0]
    tag = parse.tag
    return parse.normal_form.replace("ё", "е"), str(tag.POS or ""), frozenset(tag.grammemes)


@lru_cache(maxsize=200_000)
def possible_cases(word: str) -> frozenset[str]:
    """Every grammatical case some reading of ``word`` may have ("Путиным": ablt, datv)."""
    return frozenset(p.tag.case for p in get_morph().parse(word) if p.tag.case)


@lru_cache(maxsize=50_000)
def may_be_plural_subject(word: str) -> bool:
    """Whether some reading of ``word`` is a nominative plural ("Главы" of "Главы МИД Армении и Азербайджана")."""
    return any({"plur", "nomn"} <= set(p.tag.grammemes) for p in get_morph().parse(word))


@lru_cache(maxsize=50_000)
def is_toponym(word: str) -> bool:
    """Whether pymorphy3 knows ``word`` only as a place name ("Брянску"), never as a first name or a surname."""
    tags = [set(p.tag.grammemes) for p in get_morph().parse(word)]
    return any("Geox" in t for t in tags) and not any({"Name", "Surn", "Patr"} & t for t in tags)


@lru_cache(maxsize=50_000)
def is_first_name(word: str) -> bool:
    """Whether pymorphy3 knows ``word`` as a first name (in any case), never as a common word."""
    parses = get_morph().parse(word)
    return any("Name" in p.tag for p in parses) and all({"Name", "Surn", "Patr", "Geox"} & set(p.tag.grammemes)
                                                        or "UNKN" in p.tag for p in parses)


def loaded() -> bool:
    """Whether this process has loaded the Russian models (for tests of lazy loading)."""
    return get_ner.cache_info().currsize > 0 or get_morph.cache_info().currsize > 0
