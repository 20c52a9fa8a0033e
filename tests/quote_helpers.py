"""Helpers shared by the quote probe tests."""

from __future__ import annotations

from faultlines.pipeline import analyze_text


def quotes(text: str) -> list[tuple[str, str | None]]:
    """(quote text, speaker name) of every quote found in ``text``."""
    return [(q.text, q.speaker.name if q.speaker else None) for q in analyze_text(text).quotes]


def found(text: str, words: str) -> tuple[str, str | None] | None:
    """The quote of ``text`` that opens with ``words``, if any."""
    return next((q for q in quotes(text) if q[0].startswith(words)), None)
