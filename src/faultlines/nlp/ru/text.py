"""Russian text into tokens and sentences (razdel), each token with its lemma and grammemes (pymorphy3)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from faultlines.nlp.ru.models import analyse_word


@dataclass
class Token:
    text: str
    start: int
    end: int
    lemma: str
    pos: str
    grammemes: frozenset[str]

    @property
    def lower(self) -> str:
        return self.text.lower().replace("ё", "е")

    @property
    def keys(self) -> set[str]:
        """The forms a gazetteer may match: the surface form and the lemma."""
        return {self.lower, self.lemma}

    def case(self) -> str | None:
        for case in ("nomn", "gent", "datv", "accs", "ablt", "loct"):
            if case in self.grammemes:
                return case
        return None


@dataclass
class Sentence:
    paragraph: int
    start: int  # character offsets in the paragraph
    end: int
    tokens: list[Token] = field(default_factory=list)

    def text_of(self, paragraph_text: str) -> str:
        return paragraph_text[self.start : self.end]


@lru_cache(maxsize=1)
def _lookalikes() -> dict[int, str]:
    from faultlines.nlp.ru.data import data_rows

    return {ord(letter): cyrillic for letter, cyrillic in data_rows("lookalikes.tsv", 2) if len(letter) == 1}


_MIXED_WORD = re.compile(r"\w*[а-яёА-ЯЁ]\w*")


def cyrillic_lookalikes(text: str) -> str:
    """``text`` with the Latin and Greek letters that look like Cyrillic ones (``data/ru/lookalikes.tsv``) read as
    Cyrillic inside each word that holds a Cyrillic letter ("здοровых", "Москвοй"); one letter for one, so every
    offset stays; words wholly in Latin ("Reuters", "CNN") are left as they are."""
    table = _lookalikes()
    return _MIXED_WORD.sub(lambda m: m.group().translate(table), text)


def tokens_of(text: str) -> list[Token]:
    from razdel import tokenize

    out = []
    for piece in tokenize(text):
        lemma, pos, grammemes = (
            analyse_word(piece.text) if any(c.isalpha() for c in piece.text) else (piece.text, "", frozenset())
        )
        out.append(Token(piece.text, piece.start, piece.stop, lemma, pos, grammemes))
    return out


def sentences_of(paragraph: int, text: str, tokens: list[Token]) -> list[Sentence]:
    from razdel import sentenize

    sents: list[Sentence] = []
    for piece in sentenize(text):
        if sents and _open_quote(text[sents[-1].start : sents[-1].end]):
            sents[-1].end = piece.stop  # a quote of several sentences stays in one sentence
        else:
            sents.append(Sentence(paragraph, piece.start, piece.stop))
    index = 0
    for sent in sents:
        while index < len(tokens) and tokens[index].start < sent.end:
            sent.tokens.append(tokens[index])
            index += 1
    return sents


def _open_quote(text: str) -> bool:
    """Whether ``text`` opens a «…», „…“ or "…" quote that it does not close."""
    return text.count("«") > text.count("»") or text.count("„") > text.count("“") or text.count('"') % 2 == 1
