"""Loading the extraction knowledge kept in ``data/extract/*.txt`` (comment lines start with ``#``)."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data" / "extract"


@cache
def _raw_lines(name: str) -> tuple[str, ...]:
    text = (DATA / name).read_text(encoding="utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@cache
def data_lines(name: str) -> tuple[str, ...]:
    """The non-empty, non-comment lines of a data file, stripped (``@hints`` lines left out)."""
    return tuple(line for line in _raw_lines(name) if not line.startswith("@hints "))


@cache
def data_hints(name: str) -> tuple[str, ...]:
    """The words of a data file's ``@hints`` lines: substrings one of which any match must contain, so a
    cheap ``in`` test can rule most strings out before the regular expressions run."""
    return tuple(word for line in _raw_lines(name) if line.startswith("@hints ") for word in line.split()[1:])


@cache
def data_regex(name: str) -> re.Pattern[str]:
    """All the regular expressions of a data file joined into one case-insensitive alternation."""
    return re.compile("|".join(f"(?:{line})" for line in data_lines(name)), re.I)


def data_search(name: str, text: str) -> bool:
    """Whether a data file's expressions match ``text``, ruled out first by its ``@hints`` (see
    :func:`data_hints`) so that most texts never reach the regular expression (substring tests are many
    times faster than a regular expression's alternation)."""
    lower = text.lower()
    for hint in data_hints(name):
        if hint in lower:
            return data_regex(name).search(text) is not None
    return False


@cache
def _any_hints_regex(names: tuple[str, ...]) -> re.Pattern[str] | None:
    hints = {word for name in names for word in data_hints(name)}
    return re.compile("|".join(map(re.escape, sorted(hints, key=len, reverse=True)))) if hints else None


@lru_cache(maxsize=65536)  # class names ("col-md-6", "mt-4") repeat across elements, pages and sites
def _hinted_word(names: tuple[str, ...], word: str) -> bool:
    hints = _any_hints_regex(names)
    return hints is not None and hints.search(word) is not None


def data_search_any(names: tuple[str, ...], text: str) -> bool:
    """Whether any of the data files' ``@hints`` occurs in ``text``: when none does, none of the files'
    expressions can match. Hints hold no spaces, so each word of the text is tested once and remembered."""
    return any(_hinted_word(names, word) for word in text.lower().split())


@cache
def data_patterns(name: str) -> tuple[re.Pattern[str], ...]:
    """The regular expressions of a data file, compiled one by one (for files with named groups)."""
    return tuple(re.compile(line, re.I) for line in data_lines(name))
