"""One Russian article parsed once: sentences with their tokens, knowledge matches and actor mentions."""

from __future__ import annotations

from dataclasses import dataclass, field

from faultlines.model import Actor, Article
from faultlines.nlp.ru.actors import (
    ActorBook,
    Match,
    Mention,
    expect_full_names,
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
    main_state: str | None = None  # the state the article names most: whose bodies speak unnamed ("в Минобороны")
    home_state: str | None = None  # the state of the dateline's city ("МОСКВА, 5 мая. /ТАСС/."), when there is one

    def mentions_before(self, index: int, position: int) -> list[Mention]:
        """Every mention before token ``position`` of sentence ``index``, latest first."""
        out: list[Mention] = []
        for i in range(index, -1, -1):
            out.extend(m for m in reversed(self.sentences[i].mentions) if i < index or m.last < position)
        return out


def _may_hold_name(sentence: Sentence, matches: list[Match]) -> bool:
    covered = {i for m in matches for i in range(m.first, m.last + 1)}
    return any(
        t.text[:1].isupper() and t.text[1:2].islower() and i not in covered and i > 0
        for i, t in enumerate(sentence.tokens)
    )


def _tag_line(sentence: Sentence) -> bool:
    """"Мария Захарова Сергей Лавров США реакция Евросоюз …": a line of a page's tags (many words, mostly
    capitalised, no verb and no punctuation), page furniture whose names are no actors."""
    words = [t for t in sentence.tokens if t.text[:1].isalpha()]
    if len(words) < 6 or len(words) != len(sentence.tokens):
        return False
    if any(t.pos in ("VERB", "INFN", "PRTS", "PRTF", "PREP", "CONJ") for t in words):
        return False
    return sum(t.text[:1].isupper() for t in words) * 2 >= len(words)


#: First words of a photo or video credit line ("Фото пресс-службы Акорды"): page furniture, no actors in it.
CREDIT_OPENERS = {"фото", "фотография", "видео", "иллюстрация", "скриншот"}
#: A credit line has at most this many words.
CREDIT_WORDS = 8


def _furniture(sentence: Sentence) -> bool:
    """A line of page tags or a short photo credit: no actors, quotes or events in it."""
    words = [t for t in sentence.tokens if t.text[:1].isalpha()]
    credit = bool(words) and words[0].lower in CREDIT_OPENERS and len(words) <= CREDIT_WORDS
    return credit or _tag_line(sentence)


def dateline_state(staged: list[tuple[Sentence, list[Match]]]) -> str | None:
    """The state of the city a dateline opens the article with ("МОСКВА, 5 мая. /ТАСС/.", "Москва. 15 октября.
    INTERFAX.RU", "АСТАНА. КАЗИНФОРМ"): a capital or a city in capitals, or followed by a date."""
    from faultlines.nlp.ru.knowledge import PLACE, SEAT

    for sentence, matches in staged:
        tokens = sentence.tokens
        first = next((m for m in matches if m.first == 0 and m.entry is not None and m.entry.kind in (SEAT, PLACE)), None)
        if first is None:
            continue
        head = tokens[first.first].text
        following = [t.text for t in tokens[first.last + 1 : first.last + 3]]
        dated = len(following) == 2 and following[0] in (",", ".") and following[1][:1].isdigit()
        if (len(head) > 1 and head.isupper()) or dated:
            return first.entry.key
        return None
    return None


def parse_russian(article: Article) -> RussianParse:
    from faultlines.nlp.ru.models import get_ner

    parsed = RussianParse(article)
    book = ActorBook(article.published)
    staged: list[tuple[Sentence, list[Match]]] = []
    for number, text in enumerate(article.paragraphs):
        tokens = tokens_of(text)
        for sentence in sentences_of(number, text, tokens):
            staged.append((sentence, [] if _furniture(sentence) else gazetteer_matches(sentence.tokens)))
    # the NER runs, in one batch, only over the sentences with a capitalised word inside them that the
    # knowledge does not name (the others can hold no new name)
    unknown = [
        k for k, (sentence, matches) in enumerate(staged) if _may_hold_name(sentence, matches) and not _furniture(sentence)
    ]
    if unknown:
        texts = [article.paragraphs[staged[k][0].paragraph][staged[k][0].start : staged[k][0].end] for k in unknown]
        for k, markup in zip(unknown, get_ner().map(texts), strict=True):
            sentence, matches = staged[k]
            spans = [(sentence.start + s.start, sentence.start + s.stop) for s in markup.spans if s.type == "PER"]
            staged[k] = (sentence, with_ner_names(sentence, matches, spans))
    book.main_state = parsed.main_state = main_state([m for _, m in staged])
    home = dateline_state(staged[:3])
    named = sum(m.entry is not None and m.entry.key == home for _, matches in staged for m in matches)
    parsed.home_state = home if named > 1 else None  # a dateline's state the story itself names
    for sentence, matches in staged:
        expect_full_names(sentence, matches, book)
    for sentence, matches in staged:
        parsed.sentences.append(ParsedSentence(sentence, matches, sentence_mentions(sentence, matches, book)))
    parsed.actors = list(book.actors.values())
    return parsed
