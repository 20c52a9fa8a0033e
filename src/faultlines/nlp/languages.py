"""Articles not in English: Russian gets the Russian NLP (:mod:`faultlines.nlp.ru`, loaded on first use); other
languages get the states named in them, found by their localised names (pycountry's translations), and no quotes
or events."""

from __future__ import annotations

import re
from functools import lru_cache

from faultlines.model import Actor, Article, Event, Quote, Span

#: Languages with their own actors, quotes and events.
FULL_LANGUAGES = {"en", "ru"}


def language_of(article: Article) -> str:
    """The article's ISO 639-1 language (detected and set on the article when missing)."""
    from faultlines.nlp.engine import is_english

    if is_english(article):
        return "en"
    return (article.language or "und").lower().split("-")[0]


def analyze_other_language(article: Article, events: bool = True) -> tuple[list[Actor], list[Quote], list[Event]]:
    lang = language_of(article)
    if lang == "ru":
        from faultlines.nlp.ru import analyze_russian

        return analyze_russian(article, events=events)
    return localised_states(article, lang), [], []


def has_quotes_and_events(language: str | None) -> bool:
    """Whether faultlines finds quotes and events in articles of ``language`` (for the dashboard's article page)."""
    return (language or "en").lower().split("-")[0] in FULL_LANGUAGES


@lru_cache(maxsize=16)
def _state_names(lang: str) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """A pattern of the localised names of the states the actor knowledge lists, and each name's ISO3 code."""
    import gettext

    import pycountry

    from faultlines.nlp.knowledge import load_knowledge

    try:
        translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
    except OSError:
        return None, {}
    known = load_knowledge().countries
    names: dict[str, str] = {}
    for country in pycountry.countries:
        if country.alpha_3 not in known:
            continue
        for attr in ("name", "common_name", "official_name"):
            english = getattr(country, attr, None)
            if english:
                local = translation.gettext(english)
                if local != english or lang in ("fr", "es"):
                    names.setdefault(local.lower(), country.alpha_3)
    if not names:
        return None, {}
    spaced = lang not in ("zh", "ja")
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    # names inflect (Kazakh, Ukrainian): a name may be followed by letters of its case ending
    pattern = rf"(?<!\w)({alternatives})\w{{0,4}}(?!\w)" if spaced else f"({alternatives})"
    return re.compile(pattern, re.IGNORECASE), names


def localised_states(article: Article, lang: str) -> list[Actor]:
    pattern, names = _state_names(lang)
    if pattern is None:
        return []
    from faultlines.nlp.knowledge import load_knowledge

    countries = load_knowledge().countries
    actors: dict[str, Actor] = {}
    for number, paragraph in enumerate(article.paragraphs):
        for match in pattern.finditer(paragraph):
            code = names[match.group(1).lower()]
            actor = actors.setdefault(code, Actor(id=code, name=countries[code].name, kind="state", country=code, role="GOV"))
            actor.mentions += 1
            actor.spans.append(Span(number, match.start(), match.end(), match.group(0)))
    return list(actors.values())
