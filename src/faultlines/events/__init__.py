"""Event coding: who did what to whom, in CAMEO (quad class, Goldstein score) and PLOVER.

Patterns, modality words, effects and generic actor nouns are data files under ``faultlines/data/events/``; states,
organisations and places come from the actor knowledge (``faultlines/data/actors/``).
:mod:`faultlines.events.coder` applies them to each sentence's dependency parse.
"""

from __future__ import annotations

from faultlines.model import Event
from faultlines.nlp.parsed import ParsedArticle


def code_events(parsed: ParsedArticle) -> list[Event]:
    """The events of the article body, in text order (within a sentence, its main event first)."""
    from faultlines.events.article import code_article

    return code_article(parsed)
