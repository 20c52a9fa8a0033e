"""Russian direct speech that quote marks alone do not delimit: a quote broken by its attribution
(«Мы готовы, — заявил он. — Но ждем ответа») and speech opened by a dash with no marks (— Мы готовы, — сказал он).

Each piece is a (start, end) span of the paragraph, ``end`` at the punctuation before the attribution dash, as a
closing mark would be, so the quote finder reads the speaker after it as it does after «…», — сказал X.
"""

from __future__ import annotations

import re
from collections.abc import Callable

#: Dashes that open speech or set off its attribution (a hyphen only where a reporting verb follows it).
SPEECH_DASHES = "—–-"
#: «A, — заявил X. — B»: the punctuation ending A, the attribution, and where B begins.
_INTERRUPTION = re.compile(r"([,.!?…])\s+[—–-]\s+([^—–«»\"]{3,150}?)[.,:]\s+[—–-]\s+(?=\S)")
#: "A, — сказал X": the punctuation ending a dash-opened A before its attribution.
_ATTRIBUTION = re.compile(r"([,!?…])\s+[—–-]\s+(?=\w)")
#: "X. — B": the attribution ended and the speech goes on.
_RESUMED = re.compile(r"[.,:]\s+[—–-]\s+(?=\S)")


def _verb_within(tokens, start: int, end: int, is_verb: Callable) -> bool:
    return any(start <= t.start < end and is_verb(t) for t in tokens)


def _first_verb_after(tokens, position: int, is_verb: Callable, window: int = 3) -> bool:
    """Whether a reporting verb is among the first ``window`` words after ``position`` ("— заявил он")."""
    following = [t for t in tokens if t.start >= position and t.text[:1].isalpha()][:window]
    return any(is_verb(t) for t in following)


def interrupted(text: str, start: int, end: int, tokens, is_verb: Callable) -> list[tuple[int, int]]:
    """The pieces of the quote ``text[start:end]`` around an attribution inside it, or the quote itself."""
    found = _INTERRUPTION.search(text, start, end)
    if found is None or not _verb_within(tokens, found.start(2), found.end(2), is_verb):
        return [(start, end)]
    return [(start, found.start(1)), (found.end(), end)]


def dash_opened(text: str, sentence_start: int) -> int | None:
    """Where the speech begins in a sentence opened by a dash ("— Мы готовы …"), else None."""
    match = re.match(r"\s*[—–-]\s+(?=\w)", text[sentence_start:])
    return sentence_start + match.end() if match else None


def dash_speech(text: str, opening: int, end: int, tokens, is_verb: Callable) -> list[tuple[int, int]]:
    """The pieces of dash-opened speech from ``opening`` up to ``end`` that an attribution with a reporting verb
    sets off ("— Мы готовы, — сказал министр. — Но ждем ответа."); none when no attribution follows."""
    for found in _ATTRIBUTION.finditer(text, opening, end):
        if not _first_verb_after(tokens, found.end(), is_verb):
            continue
        pieces = [(opening, found.start(1))]
        resumed = _RESUMED.search(text, found.end(), end)
        if resumed is not None:
            pieces.append((resumed.end(), end))
        return pieces
    return []
