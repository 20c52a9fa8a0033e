"""Actors and quotes: who is who and who said what."""

from __future__ import annotations

from faultlines.model import Article
from faultlines.nlp.parsed import ParsedArticle


def analyze(article: Article) -> ParsedArticle:
    """Parse the article body, resolve its actors and attribute its quotes."""
    from faultlines.nlp.actors import resolve_actors
    from faultlines.nlp.engine import parse_paragraphs
    from faultlines.nlp.quotes import extract_quotes

    parsed = ParsedArticle(article=article, docs=parse_paragraphs(article.paragraphs))
    parsed.actors = resolve_actors(parsed)
    parsed.quotes = extract_quotes(parsed)
    return parsed
