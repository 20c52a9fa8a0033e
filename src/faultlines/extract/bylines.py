"""Author names out of bylines, meta tags and JSON-LD: "By Jane Roe and John Doe, Reuters" → two names."""

from __future__ import annotations

import re
from collections.abc import Iterable

from faultlines.extract.datafiles import data_regex

_SPLIT = re.compile(r"\s*(?:;|,|&|\||\band\b|\bund\b|\bet\b|\by\b|\bи\b)\s*", re.I)
_URLISH = re.compile(r"https?://|www\.|\.(?:com|org|net)\b|@", re.I)
MAX_NAME_WORDS = 5


def clean_author(raw: str) -> list[str]:
    """The person names in one byline or author string (at most a handful)."""
    text = re.sub(r"\s+", " ", raw or "").strip()
    if not text or _URLISH.search(text) and " " not in text:
        return []
    affixes = data_regex("html_byline_prefixes.txt")
    for _ in range(3):
        stripped = affixes.sub("", text).strip(" ,.|-–—:")
        if stripped == text:
            break
        text = stripped
    names = []
    for part in _SPLIT.split(text):
        part = part.strip(" .,-–—:")
        if not part or _URLISH.search(part) or len(part.split()) > MAX_NAME_WORDS:
            continue
        if not any(c.isalpha() for c in part) or data_regex("html_not_authors.txt").fullmatch(part):
            continue
        names.append(part)
    return names


def merge_authors(*sources: Iterable[str]) -> list[str]:
    """Names from the first source that yields any, deduplicated case-insensitively, in order."""
    for source in sources:
        names: list[str] = []
        seen: set[str] = set()
        for raw in source:
            for name in clean_author(raw):
                key = name.lower()
                if key not in seen:
                    seen.add(key)
                    names.append(name)
        if names:
            return names[:10]
    return []
