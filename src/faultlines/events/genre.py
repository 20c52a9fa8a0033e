"""Stories that are not about politics, whatever words of conflict they use: sports reporting."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

#: Distinct sports words that make a story a sports story (none of the real-news gold's political articles has
#: more than one; most sports pages have three or more).
SPORTS_WORDS_NEEDED = 3
#: Sectors of the state's own institutions, whose acts stay events even in a sports story ("the ministry banned
#: the team"); players, clubs and fans (civilians, business, the "opponent" of a bout) do not.
OFFICIAL_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY"}


@lru_cache(maxsize=1)
def _sports_words() -> re.Pattern:
    text = resources.files("faultlines").joinpath("data", "events", "sports_words.txt").read_text(encoding="utf-8")
    words = [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return re.compile(r"\b(" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b", re.I)


def sports_story(paragraphs: list[str]) -> bool:
    """Whether the story reports sport (three or more distinct words of sports reporting)."""
    found: set[str] = set()
    for paragraph in paragraphs:
        found.update(m.lower() for m in _sports_words().findall(paragraph))
        if len(found) >= SPORTS_WORDS_NEEDED:
            return True
    return False


def official(code: str | None) -> bool:
    """An actor code of a state institution or an international organisation."""
    return bool(code) and (code.startswith("IGO") or code[3:6] in OFFICIAL_SECTORS)
