"""Helpers shared by the event-coding tests."""

from __future__ import annotations

from faultlines.pipeline import analyze_text


def events_of(text: str, published: str = "2024-05-10"):
    return analyze_text(text, published=published).events


def triples(events):
    """(source country, target country, CAMEO root) of each event."""
    return {(e.source and e.source.country, e.target and e.target.country, e.cameo[:2]) for e in events}


def coded(text: str, published: str = "2024-05-10") -> set[tuple]:
    """(source code, target code, CAMEO root, mode) of each event coded in ``text``."""
    return {(e.source.code, e.target.code if e.target else None, e.cameo[:2], e.mode) for e in events_of(text, published)}
