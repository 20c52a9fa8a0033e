"""The per-document pipeline: page → article → actors and quotes → events.

:func:`analyze_page` is a pure function from a :class:`Page` to a :class:`Document`; the same function runs
in-process, in the local process pool of :func:`analyze_many`, or inside a distributed engine. Models are
loaded lazily, once per worker process.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from itertools import repeat

from faultlines.model import Article, Document, FaultlinesError, Input, Page

STAGES = ("extract", "nlp", "events")


def analyze_page(page: Page, stages: Iterable[str] = STAGES) -> Document:
    """Run the chosen stages on one page. Errors about the page come back in ``Document.error``."""
    from faultlines.extract import extract_article

    stages = set(stages)
    try:
        article = extract_article(page)
    except FaultlinesError as exc:
        return Document(input=page.input, fetched=page.fetched, error=str(exc))
    return analyze_article(article, page.input, stages, fetched=page.fetched)


def analyze_article(
    article: Article, input: Input, stages: Iterable[str] = STAGES, fetched: str | None = None
) -> Document:
    """Run the NLP and event stages on an already extracted article."""
    stages = set(stages)
    doc = Document(input=input, article=article, fetched=fetched)
    if "nlp" not in stages and "events" not in stages:
        return doc
    from faultlines.nlp import analyze

    parsed = analyze(article)
    doc.actors, doc.quotes = parsed.actors, parsed.quotes
    if "events" in stages:
        from faultlines.events import code_events

        doc.events = code_events(parsed)
    return doc


def analyze_text(text: str, published: str | None = None, stages: Iterable[str] = STAGES) -> Document:
    """Analyse a short text (a sentence or a few paragraphs) as an article body with no page around it."""
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    article = Article(paragraphs=paragraphs, published=published, language="en")
    return analyze_article(article, Input(kind="text"), stages)


def _warm_worker(stages: tuple[str, ...]) -> None:
    if "nlp" in stages or "events" in stages:
        from faultlines.nlp.engine import get_nlp

        get_nlp()


def analyze_many(
    pages: Iterable[Page], workers: int = 1, stages: Iterable[str] = STAGES
) -> Iterator[Document]:
    """Analyse pages in order, in this process (``workers=1``) or in a pool of worker processes."""
    stages = tuple(stages)
    if workers <= 1:
        for page in pages:
            yield analyze_page(page, stages)
        return
    with ProcessPoolExecutor(max_workers=workers, initializer=_warm_worker, initargs=(stages,)) as pool:
        yield from pool.map(analyze_page, pages, repeat(stages), chunksize=1)
