"""Server-rendered HTML pages: overview, search, article, actor, dyad, alerts and the analyse form.

Every page works with JavaScript off; only the charts need it (their data sits in a JSON block that
``static/charts.js`` draws with plotly.js).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, HTTPException, Path, Query, Request
from fastapi.responses import RedirectResponse

from faultlines import pipeline
from faultlines.model import FaultlinesError, Input, Page
from faultlines.sources import SourceFailure, read_url
from faultlines.sources.detect import sniff
from faultlines.store.where import fts_query
from faultlines.web.highlight import highlighted_paragraphs
from faultlines.web.params import (
    ActorId,
    Cameo,
    Country,
    DyadPath,
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
from faultlines.web.render import query_string, templates

router = APIRouter(include_in_schema=False)
PAGE = 50
#: The search page counts matches up to this many ("1000+") and ranks the latest this many matching articles: free
#: text over millions of rows is not indexed.
SEARCH_COUNT_CAP = 1000
MAX_PASTE_CHARS = 2_000_000


def data_of(request: Request) -> WebData:
    return request.app.state.data


def render(request: Request, name: str, status_code: int = 200, **context):
    return templates.TemplateResponse(request, name, context, status_code=status_code)


@router.get("/")
def overview(request: Request, period: Period = "week"):
    data = data_of(request)
    return render(
        request, "overview.html",
        stats=data.ask("stats"),
        period=period,
        dyads=data.ask("top_dyads", period=period, top=10, by="change"),
        alerts=data.ask("list_alerts", limit=8)["items"],
        articles=data.search_articles(limit=10)["items"],
        actors=data.ask("list_actors", limit=12)["items"],
    )


@router.get("/search")
def search(
    request: Request,
    q: Text = None,
    type: Annotated[str, Query(pattern="^(all|articles|quotes|events)$")] = "all",
    country: Country = None,
    actor: ActorId = None,
    role: Role = None,
    since: Since = None,
    until: Until = None,
    cameo: Cameo = None,
    quad_class: QuadClass = None,
    site: Annotated[str | None, Query(max_length=200)] = None,
    confidence: Annotated[str, Query(pattern="^(counted|low)$")] = "counted",
    offset: Offset = 0,
):
    since, until = date_range(since, until)
    country, role = upper(country), upper(role)
    data = data_of(request)
    limit = 10 if type == "all" else PAGE
    offset = 0 if type == "all" else offset
    filters = {"q": q, "country": country, "actor": actor, "role": role, "since": since, "until": until,
               "cameo": cameo, "quad_class": quad_class, "site": site,
               "confidence": None if confidence == "counted" else confidence}
    results = {}
    if type in ("all", "articles"):
        # the search box takes plain words (all must match, the last one as a prefix), not FTS5 syntax
        words = fts_query(q) if q else None
        results["articles"] = data.search_articles(q=words, site=site, since=since, until=until, country=country,
                                                   actor=actor, role=role, limit=limit, offset=offset,
                                                   count_cap=SEARCH_COUNT_CAP, best_of=SEARCH_COUNT_CAP)
    if type in ("all", "quotes"):
        results["quotes"] = data.ask("list_quotes", speaker=actor, country=country, role=role, q=q,
                                     limit=limit, offset=offset, count_cap=SEARCH_COUNT_CAP)
    if type in ("all", "events"):
        results["events"] = data.ask("list_events", cameo=cameo, quad_class=quad_class, since=since, until=until,
                                     actor=actor, role=role, q=q, limit=limit, offset=offset, country=country,
                                     low_confidence=confidence == "low", count_cap=SEARCH_COUNT_CAP)
    return render(request, "search.html", type=type, filters=filters, results=results, limit=limit)


@router.get("/articles/{article_id}")
def article(request: Request, article_id: Annotated[int, Path(ge=1, le=2**62)]):
    found = data_of(request).ask("get_article", article_id=article_id)
    if found is None:
        raise HTTPException(status_code=404, detail=f"article {article_id} not found")
    return render(request, "article.html", doc=found, art=found["article"],
                  paragraphs=highlighted_paragraphs(found))


@router.get("/actors/{actor_id:path}")
def actor(request: Request, actor_id: str, offset: Offset = 0):
    if not actor_id or len(actor_id) > 200:
        raise HTTPException(status_code=404, detail="no such actor")
    data = data_of(request)
    found = data.ask("get_actor", key=actor_id)
    if found is None:
        raise HTTPException(status_code=404, detail=f"actor {actor_id!r} not found")
    return render(
        request, "actor.html", actor=found,
        timeline=data.ask("actor_timeline", key=actor_id),
        quotes=data.ask("list_quotes", speaker=actor_id, limit=PAGE, offset=offset, exact=True),
        events=data.ask("list_events", actor=actor_id, limit=PAGE, offset=offset),
        offset=offset,
    )


@router.get("/dyads/{dyad}")
def dyad(request: Request, dyad: DyadPath, period: Period = "week", ordered: bool = False, offset: Offset = 0):
    a, b = split_dyad(dyad)
    if not ordered and a > b:
        a, b = b, a
    if f"{a}-{b}" != dyad:
        return RedirectResponse(f"/dyads/{a}-{b}" + query_string(period=period, ordered=ordered), status_code=301)
    data = data_of(request)
    events = data.ask("list_events", dyad=f"{a}>{b}" if ordered else f"{a}-{b}", limit=PAGE, offset=offset)
    series = data.ask("dyad_series", a=a, b=b, period=period, ordered=ordered)
    return render(
        request, "dyad.html", a=a, b=b, period=period, ordered=ordered, offset=offset,
        series=series, events=events, alerts=data.ask("list_alerts", dyad=f"{a}-{b}", limit=50)["items"],
        chart={"a": a, "b": b, "period": period, "series": series},
    )


@router.get("/countries/{country}")
def country_page(request: Request, country: Annotated[str, Path(pattern="^[A-Za-z]{3}$")], offset: Offset = 0):
    """A state's own page: its internal events by sector pair (police and protesters, army and rebels)."""
    code = country.upper()
    data = data_of(request)
    return render(request, "country.html", country=code, offset=offset,
                  pairs=data.ask("domestic_pairs", country=code),
                  events=data.ask("list_events", source=code, target=code, limit=PAGE, offset=offset))


@router.get("/alerts")
def alerts(request: Request, offset: Offset = 0):
    return render(request, "alerts.html", alerts=data_of(request).ask("list_alerts", limit=PAGE, offset=offset),
                  offset=offset)


@router.get("/analyze")
def analyze_form(request: Request):
    return render(request, "analyze.html", result=None, error=None, text="", url="")


@router.post("/analyze")
def analyze_submit(
    request: Request,
    text: Annotated[str, Form(max_length=MAX_PASTE_CHARS)] = "",
    url: Annotated[str, Form(max_length=2048)] = "",
):
    """Analyse a pasted page or a fetched URL and show the result; nothing is stored."""
    text, url = text.strip(), url.strip()
    error, result = None, None
    try:
        if url:
            page = _fetch_page(url, request.app.state.allow_private)
        elif text:
            page = _pasted_page(text)
        else:
            raise FaultlinesError("paste a page or give a URL")
        result = _analyze(page)
    except FaultlinesError as exc:
        error = str(exc)
    status = 200 if error is None else 400
    return render(request, "analyze.html", status_code=status, result=result, error=error, text=text, url=url,
                  paragraphs=highlighted_paragraphs(result) if result else [])


def _pasted_page(text: str) -> Page:
    kind = "html" if sniff(text[:4096].encode("utf-8", "replace")) == "html" else "text"
    return Page(input=Input(kind=kind, path="(pasted)"), text=text,
                content_type="text/html" if kind == "html" else "text/plain")


def _fetch_page(url: str, allow_private: bool) -> Page:
    for item in read_url(url, allow_private=allow_private):
        if isinstance(item, SourceFailure):
            raise FaultlinesError(f"{url}: {item.reason}")
        return item
    raise FaultlinesError(f"{url}: no page found")


def _analyze(page: Page) -> dict:
    doc = pipeline.analyze_page(page)
    if doc.error:
        raise FaultlinesError(doc.error)
    data = doc.to_dict()
    return data
