"""Helpers shared by the Russian rule tests: analyse short Russian texts and list their events."""

from __future__ import annotations

from faultlines.model import Article, Input
from faultlines.pipeline import analyze_article


def russian(*paragraphs: str, published: str = "2026-06-01"):
    article = Article(paragraphs=list(paragraphs), published=published, language="ru")
    return analyze_article(article, Input(kind="text"))


def triples(doc, modes=("asserted",)):
    return {(e.source.country, e.target.country, e.cameo[:2]) for e in doc.events if e.mode in modes}
