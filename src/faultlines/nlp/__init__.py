"""Actors and quotes: who is who and who said what."""

from __future__ import annotations

from faultlines.model import Article
from faultlines.nlp.parsed import ParsedArticle


def analyze(article: Article, docs=None) -> ParsedArticle:
    """Parse the article body, resolve its actors and attribute its quotes.

    ``docs`` (one spaCy ``Doc`` per paragraph) skips the parse when the caller has batch-parsed already.
    """
    from faultlines.nlp.actors import resolve_actors
    from faultlines.nlp.engine import parse_article
    from faultlines.nlp.quotes import extract_quotes

    # parse_article marks non-English articles (article.language) and gives them empty docs.
    parsed = ParsedArticle(article=article, docs=parse_article(article) if docs is None else docs)
    parsed.actors = resolve_actors(parsed)
    parsed.quotes = extract_quotes(parsed)
    return parsed
