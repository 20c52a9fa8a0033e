"""A response cache for GET pages and API answers, valid until the store changes.

The server only reads the store, and every page is the same for every visitor (no sessions, no cookies), so
an answer can be replayed for the same URL until an ingest writes to the store (seen in the size and mtime of
the database and its WAL, :meth:`WebData.version`). Bounded in entries and bytes; set ``FAULTLINES_WEB_CACHE=0``
to turn it off.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict

MAX_ENTRIES = 2000
MAX_BODY_BYTES = 1 << 20
MAX_TOTAL_BYTES = 128 << 20
UNCACHED_PREFIXES = ("/static/", "/analyze")


def cache_enabled() -> bool:
    return os.environ.get("FAULTLINES_WEB_CACHE", "1").lower() not in ("0", "false", "no", "off")


class ResponseCacheMiddleware:
    """Pure ASGI middleware: replays a stored 200 answer for the same path and query at the same data version."""

    def __init__(self, app, version):
        self.app = app
        self.version = version  # callable returning the store's current version
        self.entries: OrderedDict[tuple, tuple] = OrderedDict()
        self.size = 0
        self.lock = threading.Lock()

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] != "GET" or scope["path"].startswith(UNCACHED_PREFIXES):
            await self.app(scope, receive, send)
            return
        key = (scope["path"], scope.get("query_string", b""))
        version = self.version()
        with self.lock:
            hit = self.entries.get(key)
            if hit is not None and hit[0] == version:
                self.entries.move_to_end(key)
        if hit is not None and hit[0] == version:
            _, status, headers, body = hit
            await send({"type": "http.response.start", "status": status, "headers": headers})
            await send({"type": "http.response.body", "body": body})
            return

        start: dict = {}
        chunks: list[bytes] = []
        size = 0

        async def capture(message):
            nonlocal size
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body" and size <= MAX_BODY_BYTES:
                chunks.append(message.get("body", b""))
                size += len(chunks[-1])
                if not message.get("more_body") and start.get("status") == 200 and size <= MAX_BODY_BYTES:
                    self._store(key, version, start["status"], list(start.get("headers", [])), b"".join(chunks))
            await send(message)

        await self.app(scope, receive, capture)

    def _store(self, key, version, status, headers, body) -> None:
        with self.lock:
            old = self.entries.pop(key, None)
            if old is not None:
                self.size -= len(old[3])
            self.entries[key] = (version, status, headers, body)
            self.size += len(body)
            while self.entries and (len(self.entries) > MAX_ENTRIES or self.size > MAX_TOTAL_BYTES):
                _, evicted = self.entries.popitem(last=False)
                self.size -= len(evicted[3])
