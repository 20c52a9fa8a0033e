"""Loading the extraction knowledge kept in ``data/extract/*.txt`` (comment lines start with ``#``)."""

from __future__ import annotations

import re
from functools import cache
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


@cache
def _hints_regex(name: str) -> re.Pattern[str] | None:
    hints = data_hints(name)
    return re.compile("|".join(map(re.escape, sorted(hints, key=len, reverse=True)))) if hints else None


def data_search(name: str, text: str) -> bool:
    """Whether a data file's expressions match ``text``, ruled out first by its ``@hints`` (see
    :func:`data_hints`) so that most texts never reach the regular expression."""
    hints = _hints_regex(name)
    return hints is not None and hints.search(text.lower()) is not None and data_regex(name).search(text) is not None


@cache
def data_patterns(name: str) -> tuple[re.Pattern[str], ...]:
    """The regular expressions of a data file, compiled one by one (for files with named groups)."""
    return tuple(re.compile(line, re.I) for line in data_lines(name))
