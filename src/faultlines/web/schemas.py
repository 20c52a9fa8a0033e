"""Response models of the JSON API: the OpenAPI schema documents them and schemathesis checks answers against them.

Field names are those of ``model.py``'s ``to_dict()`` shapes (the CLI's JSON); ``id`` and ``article_id`` are the
store's row ids, added so that clients can follow links.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict


class Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class ActorRef(Open):
    id: str | None
    name: str | None
    country: str | None
    role: str | None
    sector: str | None = None
    code: str | None = None


class Span(Open):
    paragraph: int
    start: int
    end: int
    text: str = ""


class Actor(Open):
    id: str
    name: str
    kind: str
    country: str | None
    role: str | None
    sector: str | None = None
    code: str | None = None
    mentions: int
    spans: list[Span]


class Quote(Open):
    id: int
    article_id: int
    text: str
    kind: str
    speaker: ActorRef | None
    cue: str | None
    paragraph: int
    start: int
    end: int


class QuoteHit(Quote):
    title: str | None
    published: str | None
    site: str | None
    url: str | None


class Event(Open):
    id: int
    article_id: int
    source: ActorRef | None
    target: ActorRef | None
    cameo: str
    quad_class: int
    goldstein: float
    plover: str | None
    date: str | None
    paragraph: int
    sentence: str
    start: int
    end: int
    rule: str | None
    explanation: str | None
    confidence: float | None
    mode: str = "asserted"
    date_basis: str | None = None
    excluded: str | None = None


class EventHit(Event):
    unique_event_id: int | None
    mentions: int | None
    num_articles: int | None
    num_sources: int | None
    title: str | None
    published: str | None
    site: str | None
    url: str | None


class Article(Open):
    id: int
    title: str | None
    dek: str | None
    authors: list[Any]
    published: str | None
    site: str | None
    url: str | None
    language: str | None
    sections: list[Any]
    republished_from: str | None
    image_credits: list[Any]
    paragraphs: list[Any]
    story_id: int | None


class ArticleHit(Open):
    id: int
    title: str | None
    published: str | None
    site: str | None
    url: str | None
    snippet: str


class ArticleDetail(Open):
    id: int
    input: dict[str, Any] | None
    article: Article
    related: list[dict[str, Any]]
    story: dict[str, Any] | None
    actors: list[Actor]
    quotes: list[Quote]
    events: list[Event]


class Paginated(Open):
    total: int
    limit: int
    offset: int


class ArticlePage(Paginated):
    items: list[ArticleHit]


class QuotePage(Paginated):
    items: list[QuoteHit]


class EventPage(Paginated):
    items: list[EventHit]


class ActorSummary(Open):
    id: str
    name: str | None
    kind: str | None
    country: str | None
    role: str | None
    articles: int
    mentions: int | None
    quotes: int


class ActorPage(Paginated):
    items: list[ActorSummary]


class Alert(Open):
    id: int
    dyad: str
    period: str
    period_start: str
    value: float
    baseline: float
    change: float
    event_ids: list[Any]


class AlertPage(Paginated):
    items: list[Alert]


class SeriesPoint(Open):
    period_start: str
    q0: int
    q1: int
    q2: int
    q3: int
    q4: int
    events: int
    goldstein_sum: float | None
    goldstein_mean: float | None
    tension: float | None


class DyadSummary(Open):
    dyad: str
    a: str
    b: str
    events: int
    tension: float | None
    tension_change: float | None


class DyadList(Open):
    period: str
    items: list[DyadSummary]


class DyadDetail(Open):
    dyad: str
    a: str
    b: str
    period: str
    ordered: bool
    series: list[SeriesPoint]
    alerts: list[Alert]
    events: EventPage


class Stats(Open):
    documents: int
    articles: int
    actors: int
    quotes: int
    events: int
