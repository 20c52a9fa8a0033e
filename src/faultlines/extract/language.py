"""A cheap language detector: script ranges and stopword ratios, from a data file.

:func:`detect_language` answers an ISO 639-1 code, or ``None`` when the text is too short or matches no
language well. It is meant for news bodies (a few hundred words), not for single phrases.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data" / "extract"
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)

MIN_WORDS = 8
MIN_STOPWORD_SHARE = 0.12
MIN_SCRIPT_SHARE = 0.10
SAMPLE_CHARS = 5000


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, frozenset[str]], list[tuple[str, re.Pattern[str]]]]:
    words: dict[str, frozenset[str]] = {}
    scripts: list[tuple[str, re.Pattern[str]]] = []
    text = (DATA / "language_stopwords.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        head, _, rest = line.partition(":")
        kind, _, lang = head.partition(" ")
        if kind == "words":
            words[lang] = frozenset(rest.split())
        elif kind == "script":
            ranges = []
            for item in rest.split():
                lo, _, hi = item.partition("-")
                ranges.append(f"\\U{int(lo, 16):08x}-\\U{int(hi or lo, 16):08x}")
            scripts.append((lang, re.compile("[" + "".join(ranges) + "]")))
    return words, scripts


@lru_cache(maxsize=1)
def _any_script() -> re.Pattern[str]:
    """Any character of any script range of the data file."""
    return re.compile("|".join(pattern.pattern for _, pattern in _tables()[1]))


@lru_cache(maxsize=1)
def _owners() -> dict[str, tuple[str, ...]]:
    """Each stopword and the languages whose lists hold it."""
    owners: dict[str, list[str]] = {}
    for lang, stopwords in _tables()[0].items():
        for word in stopwords:
            owners.setdefault(word, []).append(lang)
    return {word: tuple(langs) for word, langs in owners.items()}


_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)


def _script_language(sample: str, scripts: list[tuple[str, re.Pattern[str]]]) -> str | None:
    letters = len(_LETTER.findall(sample))
    if not letters:
        return None
    for lang, pattern in scripts:
        if len(pattern.findall(sample)) / letters >= MIN_SCRIPT_SHARE:
            return lang
    return None


def detect_language(text: str | None) -> str | None:
    """The ISO 639-1 code of the language ``text`` is written in, or ``None`` when unsure."""
    if not text:
        return None
    sample = text[:SAMPLE_CHARS]
    words, scripts = _tables()
    # a text with no character of any script range needs no count by script
    by_script = _script_language(sample, scripts) if _any_script().search(sample) else None
    if by_script:
        return by_script
    tokens = _WORD.findall(sample.lower())
    if len(tokens) < MIN_WORDS:
        return None
    counts = dict.fromkeys(words, 0)
    owners = _owners()
    for token in tokens:
        for lang in owners.get(token, ()):
            counts[lang] += 1
    best, best_count = None, 0
    for lang, count in counts.items():  # in the table's order: the first of equal counts wins
        if count > best_count:
            best, best_count = lang, count
    if best is None or best_count / len(tokens) < MIN_STOPWORD_SHARE:
        return None
    return best
