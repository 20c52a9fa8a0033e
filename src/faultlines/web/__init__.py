"""The web stage: ``faultlines serve`` — a read-only dashboard and JSON API over the store.

:func:`create_app` builds the FastAPI application; :func:`serve` runs it with uvicorn.
"""

from faultlines.web.app import create_app, serve

__all__ = ["create_app", "serve"]
