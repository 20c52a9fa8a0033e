"""The one WHERE builder of the read API, and the small helpers its filters share."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

MAX_LIMIT = 100_000
_WORD = re.compile(r"\w+", re.UNICODE)


class Where:
    """A WHERE clause built from optional filters, with its parameters (``add`` skips nothing: callers test)."""

    def __init__(self, *clauses: tuple[str, list[Any]]) -> None:
        self.clauses: list[str] = []
        self.params: list[Any] = []
        for clause, params in clauses:
            self.add(clause, *params)

    def add(self, clause: str, *params: Any) -> Where:
        self.clauses.append(clause)
        self.params.extend(params)
        return self

    def plus(self, clause: str, params: list[Any]) -> Where:
        """A copy with one more clause."""
        out = Where()
        out.clauses, out.params = [*self.clauses, clause], [*self.params, *params]
        return out

    def sql(self) -> str:
        return (" WHERE " + " AND ".join(self.clauses)) if self.clauses else ""


def like(text: str) -> str:
    """``%text%`` for ``LIKE ? ESCAPE '\\'``, with the wildcards in ``text`` taken literally."""
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def prefix(text: str) -> str:
    """``text%`` for ``LIKE ? ESCAPE '\\'``."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def limits(limit: int | None, offset: int | None) -> tuple[int, int]:
    """``limit=None`` means every row (SQLite's ``LIMIT -1``); explicit limits are capped at ``MAX_LIMIT``."""
    limit = -1 if limit is None else max(0, min(int(limit), MAX_LIMIT))
    return limit, max(0, int(offset or 0))


def day_after(until: str) -> str:
    """The bound for ``date < ?`` that keeps every timestamp of the day ``until`` (inclusive ``until``)."""
    try:
        return (date.fromisoformat(until[:10]) + timedelta(days=1)).isoformat()
    except ValueError:
        return until + "\uffff"


def fts_query(text: str) -> str | None:
    """A safe FTS5 query from free text: every word quoted (all must match), the last one as a prefix."""
    words = _WORD.findall(text or "")[:12]
    if not words:
        return None
    parts = [f'"{w}"' for w in words]
    parts[-1] += "*"
    return " ".join(parts)


def page(items: list[dict[str, Any]], total: int, limit: int, offset: int, cursor: str | None = None,
         cap: int | None = None) -> dict:
    """A page of a long list: ``{"items", "total", "limit", "offset", "next"}`` (``next``: the keyset cursor of
    the following page, None on the last); with ``cap``, ``total`` counts at most ``cap`` rows and
    ``total_capped`` says whether there are more."""
    out = {"items": items, "total": total, "limit": limit, "offset": offset, "next": cursor}
    if cap is not None:
        out["total"], out["total_capped"] = min(total, cap), total > cap
    return out


def count(conn, from_where: str, params: list[Any], cap: int | None = None) -> int:
    """``SELECT count(*) {from_where}``; with ``cap``, stops after ``cap + 1`` rows (free-text filters over large
    tables: the page shows "1000+")."""
    if cap is None:
        return conn.execute(f"SELECT count(*) {from_where}", params).fetchone()[0]
    return conn.execute(f"SELECT count(*) FROM (SELECT 1 {from_where} LIMIT ?)", [*params, cap + 1]).fetchone()[0]
