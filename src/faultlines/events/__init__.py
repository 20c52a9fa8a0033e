"""Event coding: who did what to whom, in CAMEO/PLOVER."""

from __future__ import annotations

from faultlines.model import Event
from faultlines.nlp.parsed import ParsedArticle


def code_events(parsed: ParsedArticle) -> list[Event]:
    """The events of the article body, in text order (placeholder until the event stage lands)."""
    return []
