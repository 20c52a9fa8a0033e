"""Quote attribution (placeholder until the quote stage lands)."""

from __future__ import annotations

from faultlines.model import Quote
from faultlines.nlp.parsed import ParsedArticle


def extract_quotes(parsed: ParsedArticle) -> list[Quote]:
    return []
