"""Actor resolution (placeholder until the actor stage lands)."""

from __future__ import annotations

from faultlines.model import Actor
from faultlines.nlp.parsed import ParsedArticle


def resolve_actors(parsed: ParsedArticle) -> list[Actor]:
    return []
