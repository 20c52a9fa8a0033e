"""The store stage: a local SQLite file (WAL, FTS5, numbered migrations) that later stages and the web read.

See :class:`faultlines.store.store.Store`.
"""

from faultlines.store.store import Store

__all__ = ["Store"]
