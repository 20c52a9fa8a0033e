"""The JSON API under ``/api/v1``: paginated lists ``{"items", "total", "limit", "offset"}`` and single records."""

from __future__ import annotations

import json
from typing import Annotated, Literal

from fastapi import APIRouter, HTTPException, Path, Query, Request, Response

from faultlines.web import schemas
from faultlines.web.params import (
    ActorId,
    Cameo,
    Country,
    DyadPath,
    Limit,
    Offset,
    Period,
    QuadClass,
    Role,
    Since,
    Text,
    Until,
    date_range,
    split_dyad,
    upper,
)
from faultlines.web.queries import WebData

router = APIRouter(prefix="/api/v1", tags=["api"])
Unique = Annotated[bool, Query(description="One row per unique event (default) or every mention (false).")]
Cursor = Annotated[str | None, Query(max_length=100, pattern=r"^([0-9]{4}-[0-9]{2}[^~]*)?~[0-9]{1,18}$", description="The `next` value of the previous page: reads "
                                     "the following page from the index (faster than a large `offset`).")]
ArticleIdPath = Annotated[int, Path(ge=1, le=2**62, description="Article id.")]


def data_of(request: Request) -> WebData:
    return request.app.state.data


def as_json(data) -> Response:
    """Serialise with the standard library: the response models document the shapes (and the tests check the
    answers against them) without validating every answer again, which costs more than the query itself."""
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str)
    return Response(body.encode("utf-8"), media_type="application/json")


@router.get("/stats", response_model=schemas.Stats, summary="Store totals")
def stats(request: Request):
    """Counts of documents, articles, actors, quotes, events, unique events, stories, alerts and dyads."""
    return as_json(data_of(request).ask("stats"))


@router.get("/articles", response_model=schemas.ArticlePage, summary="Search articles",
            responses={400: {"description": "A query without words"}})
def articles(
    request: Request,
    q: Text = None,
    site: Annotated[str | None, Query(max_length=200, description="Site name, exact.")] = None,
    since: Since = None,
    until: Until = None,
    country: Country = None,
    actor: ActorId = None,
    limit: Limit = 20,
    offset: Offset = 0,
):
    """Full-text search over titles and bodies (SQLite FTS5 syntax, as the CLI's ``search``: words, "phrases",
    AND/OR/NOT, prefix*), best match first; newest first without ``q``.
    Each hit has ``id, title, published, site, url, snippet`` (the CLI's ``search`` fields)."""
    since, until = date_range(since, until)
    found = data_of(request).search_articles(
        q=(q or "").strip() or None, site=site, since=since, until=until, country=upper(country), actor=actor, limit=limit, offset=offset
    )
    for item in found["items"]:
        item.pop("snippet_marked", None)
    return as_json(found)


@router.get("/articles/{article_id}", response_model=schemas.ArticleDetail, summary="One article",
            responses={404: {"description": "No such article"}})
def article(request: Request, article_id: ArticleIdPath):
    """The article with its actors, quotes, events, related teasers and story cluster."""
    found = data_of(request).ask("get_article", article_id=article_id)
    if found is None:
        raise HTTPException(status_code=404, detail=f"article {article_id} not found")
    return as_json(found)


@router.get("/quotes", response_model=schemas.QuotePage, summary="Quotes")
def quotes(
    request: Request,
    speaker: Annotated[str | None, Query(max_length=200, description="Speaker id or part of a name.")] = None,
    country: Country = None,
    role: Role = None,
    q: Text = None,
    limit: Limit = 50,
    offset: Offset = 0,
):
    """Attributed quotes, newest article first."""
    return as_json(data_of(request).ask(
        "list_quotes", speaker=speaker, country=upper(country), role=upper(role), q=q, limit=limit, offset=offset
    ))


@router.get("/actors", response_model=schemas.ActorPage, summary="Actors")
def actors(
    request: Request, country: Country = None, role: Role = None, q: Text = None, limit: Limit = 50,
    offset: Offset = 0,
):
    """Actors across all articles, the most often named first."""
    return as_json(data_of(request).ask("list_actors", country=upper(country), role=upper(role), name=q,
                                        limit=limit, offset=offset))


@router.get("/events", response_model=schemas.EventPage, summary="Events",
            responses={400: {"description": "A bad cursor"}})
def events(
    request: Request,
    source: Country = None,
    target: Country = None,
    dyad: Annotated[str | None, Query(pattern=r"^[A-Za-z]{3}-[A-Za-z]{3}$",
                                      description="Unordered pair, e.g. `KAZ-RUS`.")] = None,
    cameo: Cameo = None,
    quad_class: QuadClass = None,
    since: Since = None,
    until: Until = None,
    actor: ActorId = None,
    role: Role = None,
    unique: Unique = True,
    confidence: Annotated[Literal["counted", "low"], Query(
        description="`low`: the events kept out of the counts (not asserted, a side of no known state, or below "
                    "the confidence threshold), each with the reason in `excluded`.")] = "counted",
    limit: Limit = 50,
    offset: Offset = 0,
    after: Cursor = None,
):
    """Coded events newest first, each with its sentence, explanation and article. By default one per unique
    event (the first report of it, with ``mentions``, ``num_articles``, ``num_sources``), as the CLI's ``events``;
    ``unique=false`` lists every mention; ``confidence=low`` the events kept out of the counts."""
    since, until = date_range(since, until)
    return as_json(data_of(request).ask(
        "list_events", source=upper(source), target=upper(target), dyad=upper(dyad), cameo=cameo,
        quad_class=quad_class, since=since, until=until, actor=actor, role=upper(role), unique=unique,
        limit=limit, offset=offset, low_confidence=confidence == "low", after=after,
    ))


@router.get("/dyads", response_model=schemas.DyadList, summary="Top dyads")
def dyads(
    request: Request,
    period: Period = "week",
    top: Annotated[int, Query(ge=1, le=100, description="How many dyads.")] = 10,
    by: Annotated[Literal["change", "events"], Query(
        description="`change`: the largest rise of tension in the latest period first; `events`: the busiest "
                    "first (as `faultlines dyads --by`).")] = "change",
):
    """The dyads whose tension index rose most in the latest period (or the busiest), as `faultlines dyads`."""
    return as_json({"period": period, "by": by,
                    "items": data_of(request).ask("top_dyads", period=period, top=top, by=by)})


@router.get("/dyads/{dyad}", response_model=schemas.DyadDetail, summary="One dyad")
def dyad(
    request: Request,
    dyad: DyadPath,
    period: Period = "week",
    ordered: Annotated[bool, Query(description="Only events from the first to the second country.")] = False,
    unique: Unique = True,
    limit: Limit = 50,
    offset: Offset = 0,
):
    """The dyad's series per period (events per quad class, Goldstein, tension), its alerts and its events."""
    a, b = split_dyad(dyad)
    data = data_of(request)
    evs = data.ask("list_events", dyad=f"{a}>{b}" if ordered else f"{a}-{b}", unique=unique, limit=limit,
                   offset=offset)
    return as_json({
        "dyad": f"{a}-{b}", "a": a, "b": b, "period": period, "ordered": ordered,
        "series": data.ask("dyad_series", a=a, b=b, period=period, ordered=ordered),
        "alerts": data.ask("list_alerts", dyad=f"{a}-{b}", limit=100)["items"],
        "events": evs,
    })


@router.get("/alerts", response_model=schemas.AlertPage, summary="Tension alerts")
def alerts(
    request: Request,
    dyad: Annotated[str | None, Query(pattern=r"^[A-Za-z]{3}-[A-Za-z]{3}$", description="e.g. `KAZ-RUS`.")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
):
    """Tension spikes against the trailing baseline, newest period first."""
    pair = "-".join(split_dyad(dyad)) if dyad else None
    return as_json(data_of(request).ask("list_alerts", dyad=pair, limit=limit, offset=offset))
