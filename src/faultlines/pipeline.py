"""The per-document pipeline: page → article → actors and quotes → events.

:func:`analyze_page` is a pure function from a :class:`Page` to a :class:`Document`; the same function runs
in-process, in the local process pool of :func:`analyze_many`, or inside a distributed engine. Models are
loaded lazily, once per worker process.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

from faultlines.model import Article, Document, FaultlinesError, Input, Page

STAGES = ("extract", "nlp", "events")
#: Pages handed to the process pool ahead of the results, per worker.
IN_FLIGHT_PER_WORKER = 4


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
    article: Article, input: Input, stages: Iterable[str] = STAGES, fetched: str | None = None, docs=None
) -> Document:
    """Run the NLP and event stages on an already extracted article (``docs``: its paragraphs, parsed already)."""
    stages = set(stages)
    doc = Document(input=input, article=article, fetched=fetched)
    if "nlp" not in stages and "events" not in stages:
        return doc
    from faultlines.nlp.languages import analyze_other_language, language_of

    if docs is None and language_of(article) != "en":
        doc.actors, doc.quotes, doc.events = analyze_other_language(article, events="events" in stages)
        return doc
    from faultlines.nlp import analyze

    parsed = analyze(article, docs=docs)
    doc.actors, doc.quotes = parsed.actors, parsed.quotes
    if "events" in stages:
        from faultlines.events import code_events

        doc.events = code_events(parsed)
    return doc


def analyze_text(text: str, published: str | None = None, stages: Iterable[str] = STAGES) -> Document:
    """Analyse a short text (a sentence or a few paragraphs) as an article body with no page around it."""
    return analyze_article(_short_article(text, published), Input(kind="text"), stages)


#: A small invented article run once through the pipeline to load everything the stages load lazily (models,
#: matchers, tables, libraries), so that forked workers start with it all in memory.
WARM_UP_TEXT = (
    "The foreign ministers of France and Germany met in Geneva on Monday to discuss the talks with Iran.\n\n"
    '"We will not accept new threats against our allies," the French foreign minister said after the meeting.\n\n'
    "Germany criticised Russia for the attack on Ukraine and promised more aid to Kyiv."
)
WARM_UP_PAGE = (
    '<html lang="en"><head><title>Ministers meet in Geneva - Example News</title></head><body><article>'
    "<h1>Ministers meet in Geneva</h1><p>By Jane Example</p>"
    + "".join(f"<p>{p}</p>" for p in WARM_UP_TEXT.split("\n\n"))
    + "</article></body></html>"
)


def warm_up(stages: Iterable[str] = STAGES) -> None:
    """Load everything the chosen stages need, by running them once on :data:`WARM_UP_PAGE` (once per process)."""
    stages = tuple(stages)
    if set(stages) <= _WARM:
        return
    page = Page(input=Input(kind="html", path="warm-up.html"), text=WARM_UP_PAGE)
    _analyze_safely(page, stages)
    if "nlp" in stages or "events" in stages:  # in case the page was refused: the models still load
        try:
            analyze_text(WARM_UP_TEXT, stages=stages)
        except Exception:  # warming up is an optimisation; real pages report their own errors
            pass
    _WARM.update(stages)


#: The stages this process has warmed up (inherited by forked workers).
_WARM: set[str] = set()


def _analyze_safely(page: Page, stages: tuple[str, ...]) -> Document:
    """:func:`analyze_page`, turning an unexpected crash on one page into that page's error."""
    try:
        return analyze_page(page, stages)
    except Exception as exc:  # one broken page must not stop a batch of thousands
        return Document(
            input=page.input, fetched=page.fetched, error=f"internal error: {type(exc).__name__}: {exc}"
        )


def _pool(workers: int, stages: tuple[str, ...]) -> ProcessPoolExecutor:
    """A pool of ``workers`` processes with the models loaded.

    Where ``fork`` is safe (Linux) the parent warms up once and the workers are forked from it: they share its
    models copy-on-write and start at once (their initializer finds everything warm). Elsewhere each worker
    warms up in its initializer.
    """
    if sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods():
        warm_up(stages)
        context = multiprocessing.get_context("fork")
    else:
        context = None
    return ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=_init_worker, initargs=(os.getpid(), stages)
    )


def _init_worker(parent_pid: int, stages: tuple[str, ...]) -> None:
    """A pool worker: dies with its parent, leaves Ctrl-C to it (see :mod:`faultlines.workers`), warms up."""
    from faultlines.workers import worker_init

    worker_init(parent_pid)
    warm_up(stages)


def analyze_many(
    pages: Iterable[Page], workers: int = 1, stages: Iterable[str] = STAGES
) -> Iterator[Document]:
    """Analyse pages in order, in this process (``workers=1``) or in a pool of worker processes.

    The pool gets at most a few pages per worker at a time, so a long input stream is never read ahead
    into memory; results come back in input order. Models load once (see :func:`_pool`); while the pool
    runs, ``gc.freeze`` keeps the collector from touching (and so copying) the objects workers inherit.
    """
    stages = tuple(stages)
    if workers <= 1:
        yield from _analyze_here(pages, stages)
        return
    window: deque[Future[Document]] = deque()
    pool = _pool(workers, stages)
    frozen = not gc.get_freeze_count()
    if frozen:
        gc.collect()
        gc.freeze()
    try:
        with pool:
            try:
                for page in pages:
                    window.append(pool.submit(_analyze_safely, page, stages))
                    if len(window) >= IN_FLIGHT_PER_WORKER * workers:
                        yield window.popleft().result()
                while window:
                    yield window.popleft().result()
            except BaseException:  # Ctrl-C, or the consumer stopped early: do not wait for the pages in flight
                from faultlines.workers import stop_pool

                stop_pool(pool)
                raise
    finally:
        if frozen:
            gc.unfreeze()


def _analyze_here(pages: Iterable[Page], stages: tuple[str, ...]) -> Iterator[Document]:
    """Analyse pages in this process. Once the first page has loaded the models, ``gc.freeze`` takes them out of
    the collector's full passes, which would otherwise walk all their objects again and again."""
    frozen = False
    try:
        for page in pages:
            yield _analyze_safely(page, stages)
            if not frozen and not gc.get_freeze_count():
                gc.freeze()  # no full collection first: it would cost more than the little garbage kept
                frozen = True
    finally:
        if frozen:
            gc.unfreeze()


def analyze_texts(
    texts: Iterable[str], published: str | None = None, stages: Iterable[str] = STAGES, batch_size: int = 256
) -> Iterator[Document]:
    """:func:`analyze_text` over many short texts, parsing them with spaCy in batches; results in order."""
    stages = tuple(stages)
    batch: list[str] = []
    for text in texts:
        batch.append(text)
        if len(batch) >= batch_size:
            yield from _analyze_text_batch(batch, published, stages)
            batch = []
    if batch:
        yield from _analyze_text_batch(batch, published, stages)


def _analyze_text_batch(
    texts: list[str], published: str | None, stages: tuple[str, ...]
) -> Iterator[Document]:
    articles = [_short_article(text, published) for text in texts]
    if "nlp" not in stages and "events" not in stages:
        for article in articles:
            yield analyze_article(article, Input(kind="text"), stages)
        return
    from faultlines.nlp.engine import parse_paragraphs

    parsed = iter(parse_paragraphs([p for article in articles for p in article.paragraphs]))
    for article in articles:
        docs = [next(parsed) for _ in article.paragraphs]
        yield analyze_article(article, Input(kind="text"), stages, docs=docs)


def _short_article(text: str, published: str | None) -> Article:
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    at = _headline_at(paragraphs)
    title = paragraphs.pop(at) if at is not None else None
    return Article(title=title, paragraphs=paragraphs, published=published, language="en")


#: The most words a headline standing above a text's first sentence has.
HEADLINE_WORDS = 20


def _headline_at(paragraphs: list[str]) -> int | None:
    """The headline above a text's body: the first of its opening lines that is no sentence (no closing stop) and has
    a few words and letters, when a sentence follows. Its event is the body's own, told again (the page's title is
    not coded either)."""
    for i, paragraph in enumerate(paragraphs[:3]):
        if paragraph[-1] in ".!?\"'”’…:;":
            return None
        words = paragraph.split()
        letters = sum(ch.isalpha() for ch in paragraph)
        if 3 <= len(words) <= HEADLINE_WORDS and letters > len(paragraph) / 2 and any(ch.islower() for ch in paragraph):
            following = paragraphs[i + 1 :]
            return i if any(p[-1] in ".!?\"'”’" for p in following) else None
    return None
