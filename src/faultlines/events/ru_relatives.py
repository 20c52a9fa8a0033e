"""A relative clause opened by "в котором" after a document ("опубликовали заявление, в котором осудили действия
России", "направило ноту, в которой потребовало …"): its verb has no subject of its own; the document's author,
named as the sentence's subject before it, acts."""

from __future__ import annotations

from functools import lru_cache

from faultlines.nlp.ru.data import data_text

RELATIVES = {"котором", "которой", "которых"}


@lru_cache(maxsize=1)
def _documents() -> frozenset[str]:
    return frozenset(w.strip() for w in data_text("document_nouns.txt").splitlines() if w.strip() and w[0] != "#")


def document_relative(tokens, c_start: int, first: int) -> int | None:
    """The position of the document noun when the predicate at ``first`` stands in a clause ", в котором …" right
    after it (``data/ru/document_nouns.txt``), with no verb between the pronoun and the predicate; else None."""
    for k in range(first - 1, max(c_start, 3) - 1, -1):
        if tokens[k].pos == "VERB":
            return None
        if tokens[k].lower in RELATIVES and tokens[k - 1].lower in ("в", "во") and tokens[k - 2].text == ",":
            return k - 3 if tokens[k - 3].lemma in _documents() else None
    return None


def document_author(tokens, mentions, noun: int):
    """The first actor named before the document noun, not after a preposition: the subject that issued it."""
    return next((m for m in mentions if m.last < noun and not m.place
                 and not (m.first and tokens[m.first - 1].pos == "PREP")), None)
