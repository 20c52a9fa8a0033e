"""One Russian article parsed once: sentences with their tokens, knowledge matches and actor mentions."""

from __future__ import annotations

from dataclasses import dataclass, field

from faultlines.model import Actor, Article
from faultlines.nlp.ru.actors import (
    ActorBook,
    Match,
    Mention,
    gazetteer_matches,
    main_state,
    sentence_mentions,
    with_ner_names,
)
from faultlines.nlp.ru.text import Sentence, sentences_of, tokens_of


@dataclass
class ParsedSentence:
    sentence: Sentence
    matches: list[Match]
    mentions: list[Mention]


@dataclass
class RussianParse:
    article: Article
    sentences: list[ParsedSentence] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)

    def mentions_before(self, index: int, position: int) -> list[Mention]:
        """Every mention before token ``position`` of sentence ``index``, latest first."""
        out: list[Mention] = []
        for i in range(index, -1, -1):
            out.extend(m for m in reversed(self.sentences[i].mentions) if i < index or m.last < position)
        return out


def parse_russian(article: Article) -> RussianParse:
    from faultlines.nlp.ru.models import get_ner

    ner = get_ner()
    parsed = RussianParse(article)
    book = ActorBook(article.published)
    staged: list[tuple[Sentence, list[Match]]] = []
    for number, text in enumerate(article.paragraphs):
        tokens = tokens_of(text)
        persons = [(s.start, s.stop) for s in ner(text).spans if s.type == "PER"]
        for sentence in sentences_of(number, text, tokens):
            spans = [(a, b) for a, b in persons if sentence.start <= a < sentence.end]
            staged.append((sentence, with_ner_names(sentence, gazetteer_matches(sentence.tokens), spans)))
    book.main_state = main_state([m for _, m in staged])
    for sentence, matches in staged:
        parsed.sentences.append(ParsedSentence(sentence, matches, sentence_mentions(sentence, matches, book)))
    parsed.actors = list(book.actors.values())
    return parsed
