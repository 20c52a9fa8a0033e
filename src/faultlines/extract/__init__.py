"""Extraction: the article out of a page's clutter."""

from __future__ import annotations

from faultlines.model import Article, FaultlinesError, Page


def extract_article(page: Page) -> Article:
    """The article of a page: HTML through :mod:`faultlines.extract.html`, text dumps through the segmenter.

    Raises :class:`FaultlinesError` when the page holds no article.
    """
    if page.input.kind == "text":
        from faultlines.extract.textdump import extract_text_dump

        article = extract_text_dump(page)
    else:
        from faultlines.extract.html import extract_html

        article = extract_html(page)
    if not article.paragraphs:
        raise FaultlinesError(f"{page.input.path or page.input.url}: no article found in the page")
    return article
