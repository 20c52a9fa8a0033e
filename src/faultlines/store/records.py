"""One converter per table: a stored row (``sqlite3.Row``) to its public record, in the shapes of ``model.py``'s
``to_dict`` plus the store's ids. Every reader (CLI, JSON API, pages) gets its records from here."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from faultlines.codes import actor_code


def json_list(value: Any) -> list:
    """A stored JSON list (``[]`` for empty or broken values)."""
    if not value:
        return []
    try:
        data = json.loads(value)
    except (TypeError, ValueError):
        return []
    return data if isinstance(data, list) else []


def ref(r: sqlite3.Row, prefix: str) -> dict[str, Any] | None:
    """The actor on one side of a quote or event (``speaker``, ``source``, ``target``), None when absent."""
    key, name = r[f"{prefix}_key"], r[f"{prefix}_name"]
    if key is None and name is None:
        return None
    country, role = r[f"{prefix}_country"], r[f"{prefix}_role"]
    return {"id": key, "name": name, "country": country, "role": role, "sector": role,
            "code": actor_code(key, country, role)}


def _article_fields(item: dict[str, Any], r: sqlite3.Row) -> dict[str, Any]:
    """Fields of the article a quote or event was found in, when the query joined them as ``a_*``."""
    keys = r.keys()
    for extra in ("title", "published", "site", "url", "ingested_at", "input_key"):
        if f"a_{extra}" in keys:
            item[extra] = r[f"a_{extra}"]
    return item


def article_record(r: sqlite3.Row) -> dict[str, Any]:
    """An ``articles`` row in the shape of ``Article.to_dict()`` plus ``id`` and ``story_id``."""
    return {
        "id": r["id"],
        "title": r["title"],
        "dek": r["dek"],
        "authors": json_list(r["authors"]),
        "published": r["published"],
        "site": r["site"],
        "url": r["url"],
        "language": r["language"],
        "sections": json_list(r["sections"]),
        "republished_from": r["republished_from"],
        "image_credits": json_list(r["image_credits"]),
        "paragraphs": json_list(r["paragraphs"]),
        "story_id": r["story_id"],
    }


def actor_record(r: sqlite3.Row) -> dict[str, Any]:
    """An ``actors`` row in the shape of ``Actor.to_dict()`` plus ``article_id``."""
    return {
        "id": r["actor_key"],
        "name": r["name"],
        "kind": r["kind"],
        "country": r["country"],
        "role": r["role"],
        "mentions": r["mentions"],
        "spans": json_list(r["spans"]),
        "article_id": r["article_id"],
    }


def actor_total_record(r: sqlite3.Row) -> dict[str, Any]:
    """An ``actor_totals`` row: ``{"id", "name", "kind", "country", "role", "articles", "mentions", "quotes"}``."""
    return {k: r[k] for k in ("name", "kind", "country", "role", "articles", "mentions", "quotes")} | {
        "id": r["actor_key"]
    }


def quote_record(r: sqlite3.Row) -> dict[str, Any]:
    """A ``quotes`` row in the shape of ``Quote.to_dict()`` plus ``id``, ``article_id`` (and article fields)."""
    item = {
        "id": r["id"],
        "article_id": r["article_id"],
        "text": r["text"],
        "kind": r["kind"],
        "speaker": ref(r, "speaker"),
        "cue": r["cue"],
        "paragraph": r["paragraph"],
        "start": r["start"],
        "end": r["end"],
    }
    return _article_fields(item, r)


def event_record(r: sqlite3.Row) -> dict[str, Any]:
    """An ``events`` row in the shape of ``Event.to_dict()`` plus ``id``, ``article_id``, ``unique_event_id``;
    when joined, ``mentions``/``num_articles``/``num_sources`` of its unique event (``u_*``) and article fields."""
    item = {
        "id": r["id"],
        "article_id": r["article_id"],
        "unique_event_id": r["unique_event_id"],
        "source": ref(r, "source"),
        "target": ref(r, "target"),
        "cameo": r["cameo"],
        "quad_class": r["quad_class"],
        "goldstein": r["goldstein"],
        "plover": r["plover"],
        "date": r["date"],
        "paragraph": r["paragraph"],
        "sentence": r["sentence"],
        "start": r["start"],
        "end": r["end"],
        "rule": r["rule"],
        "explanation": r["explanation"],
        "confidence": r["confidence"],
        "mode": r["mode"],
        "date_basis": r["date_basis"],
        "excluded": r["excluded"],
    }
    keys = r.keys()
    for extra, column in (("mentions", "u_mentions"), ("num_articles", "u_articles"), ("num_sources", "u_sources")):
        if column in keys:
            item[extra] = r[column] if r[column] is not None else 1
    return _article_fields(item, r)


def alert_record(r: sqlite3.Row) -> dict[str, Any]:
    """An ``alerts`` row: ``{"id", "dyad", "a", "b", "ordered", "period", "period_start", "value", "baseline",
    "change", "delta", "events", "event_ids", "created_at"}``."""
    ordered = bool(r["ordered"])
    a, _, b = r["dyad"].partition(">" if ordered else "-")
    return {
        "id": r["id"],
        "dyad": r["dyad"],
        "a": a,
        "b": b,
        "ordered": ordered,
        "period": r["period"],
        "period_start": r["period_start"],
        "value": r["value"],
        "baseline": r["baseline"],
        "change": r["change"],
        "delta": r["delta"],
        "events": r["events"],
        "event_ids": json_list(r["event_ids"]),
        "created_at": r["created_at"],
    }
