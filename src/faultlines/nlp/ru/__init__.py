"""Russian NLP: actors, quotes and events of a Russian article, as the same records as the English pipeline.

Nothing here is imported by an English-only run: :func:`faultlines.pipeline.analyze_article` imports this package
when an article's language is Russian, and the models load on first use, once per process
(:mod:`faultlines.nlp.ru.models`).
"""

from __future__ import annotations

from faultlines.model import Actor, Article, Event, Quote


def analyze_russian(article: Article, events: bool = True) -> tuple[list[Actor], list[Quote], list[Event]]:
    from dataclasses import replace

    from faultlines.events.ru import code_russian_events
    from faultlines.nlp.ru.parse import parse_russian
    from faultlines.nlp.ru.quotes import extract_russian_quotes
    from faultlines.nlp.ru.text import cyrillic_lookalikes

    # "здοровых" with a Greek omicron: read as the Cyrillic word it shows (the offsets stay)
    article = replace(article, paragraphs=[cyrillic_lookalikes(p) for p in article.paragraphs])
    parsed = parse_russian(article)
    quotes = extract_russian_quotes(parsed)
    found = code_russian_events(parsed, quotes) if events else []
    return parsed.actors, quotes, found
