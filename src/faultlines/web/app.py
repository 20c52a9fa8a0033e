"""The FastAPI application: pages, JSON API, static files, security headers and error pages.

API docs: FastAPI's default ``/docs`` loads Swagger UI from a CDN, which the CSP (and the no-CDN rule) forbids,
so ``/docs`` here is a server-rendered page built from ``/openapi.json`` — readable with JavaScript off.
"""

from __future__ import annotations

import functools
import logging
import os
import re
from pathlib import Path
from urllib.parse import parse_qsl, urlencode

from fastapi import FastAPI, HTTPException, Request
from fastapi.exception_handlers import http_exception_handler, request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from faultlines import __version__
from faultlines.model import FaultlinesError
from faultlines.web import api, pages
from faultlines.web.cache import ResponseCacheMiddleware, cache_enabled
from faultlines.web.queries import WebData
from faultlines.web.render import templates
from faultlines.web.security import SecurityHeadersMiddleware

logger = logging.getLogger(__name__)

STATIC_DIR = Path(__file__).parent / "static"


def plotly_js_path() -> Path:
    """plotly.min.js as bundled in the installed ``plotly`` package (never fetched from a CDN)."""
    import plotly

    return Path(plotly.__file__).parent / "package_data" / "plotly.min.js"


@functools.cache
def plotly_style_guards() -> tuple[str, ...]:
    """Ids of the <style> elements plotly.min.js injects at load time unless an element with the id exists.

    The CSP forbids inline styles, so the chart pages carry empty ``<template>`` elements with these ids: plotly
    then skips the injection (the CSS is for map traces, which the dashboard does not draw).
    """
    try:
        text = plotly_js_path().read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ()
    pattern = r'getElementById\("([0-9a-f]{16,64})"\)\)\{var \w+=document\.createElement\("style"\)'
    return tuple(dict.fromkeys(re.findall(pattern, text)))


LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1", "[::1]")


def create_app(db_path: str | os.PathLike, allow_private: bool = False,
               allowed_hosts: list[str] | tuple[str, ...] | None = None) -> FastAPI:
    """The web application over the store at ``db_path`` (opened read-only).

    ``allow_private``: the analyse form may fetch URLs of private and loopback addresses. ``allowed_hosts``:
    answer only requests whose ``Host`` header names one of these (:func:`serve` sets the loopback names when
    it binds to loopback, which stops DNS-rebinding pages from reading the dashboard)."""
    app = FastAPI(
        title="faultlines",
        version=__version__,
        description="Actors, quotes, coded events and relations between states, read from news pages. "
        "Lists are paginated as `{items, total, limit, offset}`; `limit` is at most 500.",
        docs_url=None,
        redoc_url=None,
    )
    _check_store(db_path)
    app.state.data = WebData(db_path)
    app.state.allow_private = allow_private
    templates.env.globals["plotly_style_guards"] = plotly_style_guards()
    if cache_enabled():
        app.add_middleware(ResponseCacheMiddleware, version=app.state.data.version)
    app.add_middleware(DropEmptyFormFields)
    if allowed_hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts))
    app.add_middleware(SecurityHeadersMiddleware)

    plotly_js = plotly_js_path()

    @app.get("/static/plotly.min.js", include_in_schema=False)
    def plotly_min_js():
        return FileResponse(plotly_js, media_type="text/javascript",
                            headers={"Cache-Control": "public, max-age=86400"})

    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)

    @app.get("/docs", include_in_schema=False)
    def docs(request: Request):
        return templates.TemplateResponse(request, "docs.html", {"schema": app.openapi()})

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon():
        return FileResponse(STATIC_DIR / "favicon.svg", media_type="image/svg+xml",
                            headers={"Cache-Control": "public, max-age=86400"})

    @app.get("/robots.txt", include_in_schema=False)
    def robots():
        return Response("User-agent: *\nDisallow: /\n", media_type="text/plain")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        if _wants_json(request):
            return await http_exception_handler(request, exc)
        return _error_page(request, exc.status_code, str(exc.detail))

    @app.exception_handler(FaultlinesError)
    async def bad_input(request: Request, exc: FaultlinesError):
        """A question the read API refuses (a malformed search, a bad cursor): 400 with its one-line reason."""
        if _wants_json(request):
            return JSONResponse({"detail": str(exc)}, status_code=400)
        return _error_page(request, 400, str(exc))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        if _wants_json(request):
            return await request_validation_exception_handler(request, exc)
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e.get('loc', ())[1:]) or 'request'}: {e.get('msg')}" for e in exc.errors()
        )
        return _error_page(request, 400, problems or "invalid request")

    return app


class DropEmptyFormFields:
    """Pages only: drop empty query parameters (``?country=&since=``), as a GET form sends for blank fields."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http" and scope.get("query_string") and not scope["path"].startswith("/api/"):
            pairs = parse_qsl(scope["query_string"].decode("latin-1"), keep_blank_values=True)
            kept = [(k, v) for k, v in pairs if v != ""]
            if len(kept) != len(pairs):
                scope = dict(scope, query_string=urlencode(kept).encode("latin-1"))
        await self.app(scope, receive, send)


def _check_store(db_path) -> None:
    """Fail at start-up (one line) on a file that is not a store; upgrade a store of an older schema version.

    The upgrade is the store's own numbered migrations, one transaction each (what any ingest would do); a file
    the server may not write stays as it is and the error says how to upgrade it.
    """
    from faultlines.store import Store
    from faultlines.store.db import OutdatedStore

    try:
        Store(db_path, readonly=True).close()
    except OutdatedStore as exc:
        if not os.access(db_path, os.W_OK):
            raise
        logger.warning("%s; upgrading it", exc)
        Store(db_path).close()


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"


def _error_page(request: Request, status: int, message: str):
    return templates.TemplateResponse(request, "error.html", {"status": status, "message": message},
                                      status_code=status)


def hosts_for(bind: str) -> tuple[str, ...] | None:
    """The Host names to accept when bound to ``bind``: the loopback names for a loopback address, else any."""
    return LOOPBACK_HOSTS if bind in LOOPBACK_HOSTS else None


def serve(db_path: str | os.PathLike, host: str = "127.0.0.1", port: int = 8000, allow_private: bool = False,
          log_level: str = "info") -> None:
    """Run the dashboard with uvicorn until interrupted (binds to loopback by default)."""
    import uvicorn

    app = create_app(db_path, allow_private=allow_private, allowed_hosts=hosts_for(host))
    uvicorn.run(app, host=host, port=port, log_level=log_level, server_header=False)


__all__ = ["create_app", "serve", "HTTPException"]
