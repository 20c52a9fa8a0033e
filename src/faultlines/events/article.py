"""Codes the events of a whole article body, sentence by sentence, in text order."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from faultlines.events import context, domestic, senses, sides
from faultlines.events.calibration import ArticleView, calibrated, evidence
from faultlines.events.cameo import coded_event, lookup
from faultlines.events.coded import Coded
from faultlines.events.coder import SentenceCoder
from faultlines.events.dates import date_mentions, parse_published
from faultlines.events.explain import explain
from faultlines.events.genre import official, sports_story
from faultlines.events.lexicon import lexicon
from faultlines.events.participants import ActorFinder, Participant
from faultlines.events.roles import in_circumstance, unjoined_conjunct
from faultlines.model import Event
from faultlines.nlp.parsed import ParsedArticle

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


def sentences(doc: Doc) -> list[Span]:
    """The sentences of a paragraph that carry a dependency parse."""
    if not doc.has_annotation("DEP"):
        return []
    try:
        sents = list(doc.sents)
    except ValueError:
        sents = [doc[:]]
    return [s for s in sents if any(t.dep_ for t in s)]


def code_parsed(parsed: ParsedArticle) -> list[tuple[int, Span, Coded]]:
    """Every coded event of the article with its paragraph and sentence (the coder's internal view)."""
    lex = lexicon()
    finder = ActorFinder(parsed, lex)
    found: list[tuple[int, Span, Coded]] = []
    earlier: list[Coded] = []
    for number, doc in enumerate(parsed.docs):
        if number >= len(parsed.article.paragraphs) or doc is None:
            continue
        finder.start_paragraph(number, doc)
        for sent in sentences(doc):
            finder.observe(sent)
            if _not_prose(sent.text):
                continue  # a caption or a reference left in the body reports no event
            coder = SentenceCoder(sent, finder, lex)
            for coded in coder.code():
                if not _credit_quote(coded, finder):
                    continue
                sides.settle_targets(coded, coder)
                sides.people_including(coded, coder)
                sides.own_authorities(coded, coder)
                sides.home_challengers(coded, coder)
                sides.forces_facing_rebels(coded, coder)
                sides.protesters(coded, coder)
                sides.implied_source(coded, coder)
                sides.host_of_envoy(coded, coder)
                context.answered_act(coded, coder)
                context.implicit_target(coded, coder)
                context.purpose_target(coded, coder)
                context.reporter_positions(coded, coder)
                context.victims_where_filed(coded, coder)
                sides.power_seized(coded, coder)
                senses.protest_sense(coded)
                senses.verbal_attack(coded)
                senses.charge_of_state(coded)
                senses.joint_act(coded)
                senses.protest_target(coded, coder)
                senses.riot(coded)
                senses.sector_of_act(coded, coder)
                senses.unconventional(coded)
                senses.armed_version(coded)
                senses.exercise_alone(coded)
                domestic.forces_do_not_demonstrate(coded)
                domestic.unarmed_targeting(coded)
                domestic.crowds_do_not_repress(coded)
                context.condition_target(coded, coder)
                context.anaphoric_target(coded, earlier, coder)
                context.place_target(coded, coder)
                domestic.places_are_not_addressees(coded)
                domestic.told_of(coded)
                domestic.only_possible(coded)
                found.append((number, sent, coded))
            earlier.extend(c for _, s, c in found[-8:] if s is sent)
    return found


@lru_cache(maxsize=1)
def _not_prose_patterns() -> list[re.Pattern]:
    text = resources.files("faultlines").joinpath("data", "events", "not_prose.txt").read_text(encoding="utf-8")
    return [re.compile(line) for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _not_prose(sentence: str) -> bool:
    """A photo caption or a reference line (``data/events/not_prose.txt``), not a sentence of the story."""
    return any(p.search(sentence) for p in _not_prose_patterns())


def _credit_quote(coded: Coded, finder: ActorFinder) -> bool:
    """An event inside a quotation with no source of its own is the speaker's (the quote stage's speaker).

    An act aimed at the speaker's own side ("threats against our territory") is not the speaker's, and with no
    other source it is left out (False)."""
    if coded.sources or not finder.in_quote(coded.anchor.idx):
        return True
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in coded.anchor.children):
        return True  # "130 people have been killed, the government says": who killed them, the speaker does not say
    if coded.anchor.pos_ == "NOUN" and in_circumstance(coded.anchor):
        return True  # "says it attacked ships ... amid the fallout from the war on Gaza": not the speaker's war
    if coded.anchor.dep_ == "conj" and unjoined_conjunct(coded.anchor.head, coded.anchor):
        return True  # "received a list of diplomats declared persona non grata from ...": not the speaker's act
    if _described(coded.anchor) or _object_of_plain_verb(coded.anchor, finder):
        return True  # "said the drills were a rehearsal for an invasion": acts it speaks of, not its own
    speaker = finder.speaker_at(coded.anchor.idx)
    if speaker is None:
        return True
    if speaker.ref.country and {p.ref.country for p in coded.targets} == {speaker.ref.country}:
        return False
    coded.sources = [speaker]
    coded.notes.append(f"inside a quotation of {speaker.ref.name}")
    coded.confidence -= 0.1
    return True


def _described(anchor) -> bool:
    """An act named as the subject of a clause, or inside what a copula says of it ("the drills were a rehearsal
    for an invasion"): something the speaker describes."""
    if anchor.pos_ != "NOUN":
        return False
    token = anchor
    for _ in range(4):
        if token.dep_ in ("nsubj", "attr") and token.head.lemma_ == "be":
            return True
        if token.dep_ not in ("pobj", "prep", "compound", "amod"):
            return False
        token = token.head
    return False


def _object_of_plain_verb(anchor, finder: ActorFinder) -> bool:
    """``would not tolerate threats against Taiwan``: an act named as the object of a verb that is no light verb,
    intent or speech, which the speaker bears or answers, not does."""
    if anchor.pos_ != "NOUN" or anchor.dep_ != "dobj" or anchor.head.pos_ != "VERB":
        return False
    return finder.lex.effect(anchor.head.lemma_.lower(), "V") is None


def to_events(parsed: ParsedArticle, coded_events: list[tuple[int, Span, Coded]]) -> list[Event]:
    """Event records: one per source and target pair of each coded event, without repeats in a sentence."""
    events: dict[tuple, Event] = {}
    published = parsed.article.published
    found = [(paragraph, sent, coded, _sides(coded)) for paragraph, sent, coded in coded_events]
    view = ArticleView.of(found)  # what the calibration reads from the whole article
    for paragraph, sent, coded, pairs in found:
        entry = lookup(coded.code)
        for source, target in pairs:
            # one event per coded dyad and act in a sentence ("marched to protest", "the U.S. and its envoy")
            words = _words(coded)
            src, tgt = (source.ref if source else None), (target.ref if target else None)
            key = (paragraph, sent.start_char, src and src.code, tgt and tgt.code, entry.code)
            confidence = coded.confidence
            for part in (source, target):
                if part is None:
                    confidence -= 0.2
                elif part.generic and not part.ref.country:
                    confidence -= 0.1
            seen = evidence(coded, sent, (source, target), max(0.05, min(0.95, confidence)), view,
                            key[:2] + (coded.rule,) + key[2:], len(pairs))
            event = coded_event(
                entry.code,
                source=src,
                target=tgt,
                date=_date(sent, coded, published),
                paragraph=paragraph,
                sentence=sent.text,
                start=sent.start_char,
                end=sent.end_char,
                rule=coded.rule,
                explanation=explain(entry.code, words, src, tgt, coded.notes),
                confidence=round(calibrated(seen), 2),
                mode=coded.mode,
            )
            if key not in events or _preferred(event, events[key]):
                events[key] = event
    return list(events.values())


def _preferred(event: Event, other: Event) -> bool:
    """Of two codings of one act, the one stated as done, then the more confident."""
    return (event.mode == "asserted", event.confidence) > (other.mode == "asserted", other.confidence)


def _resolved(part: Participant | None) -> bool:
    """A side the event can stand on: an actor with a state (or an intergovernmental organisation, or a named
    non-governmental one of no state) and a sector.

    On real news, events with a side that is missing or of no known state were almost never right (none of 329 on
    the dev half of the real-news gold), so the coder does not report them."""
    code = part.ref.code if part is not None else None
    if code == "---NGO" and part.kind == "organisation" and not part.generic:
        return True  # a named body of no state: Amnesty International, Human Rights Watch
    return bool(code) and len(code) >= 6 and not code.startswith("---")


def _date(sent: Span, coded: Coded, published: str | None) -> str | None:
    """The date expression attached to the event's predicate (not one of another clause), else the article's."""
    for mention in date_mentions(sent.text, published):
        start, end = sent.start_char + mention.start, sent.start_char + mention.end
        tokens = [t for t in sent if start <= t.idx < end]
        roots = [t for t in tokens if not (start <= t.head.idx < end) or t.head.i == t.i]
        if roots and _attached(roots[0], coded):
            return mention.value
    base = parse_published(published)
    return base.isoformat() if base else published


def _attached(token, coded: Coded) -> bool:
    anchors = {t.i for t in coded.words} | {coded.anchor.i}
    current = token
    while True:
        if current.i in anchors:
            return True
        if current.head.i == current.i:
            return False
        current = current.head
        if current.pos_ in ("VERB", "AUX") and current.i not in anchors:
            return False


def _sides(coded: Coded) -> list[tuple[Participant | None, Participant | None]]:
    """The source and target pairs of ``coded`` that events are made of: both sides resolved, and not one sector of
    a state acting on itself ("the army suspended talks with a rival paramilitary force" read as army and army is a
    misreading of one side)."""
    return [(s, t) for s, t in _pairs(coded) if _resolved(s) and _resolved(t) and s.ref.code != t.ref.code]


def _pairs(coded: Coded) -> list[tuple[Participant | None, Participant | None]]:
    sources: list[Participant | None] = list(coded.sources) or [None]
    targets: list[Participant | None] = list(coded.targets) or [None]
    if coded.reciprocal and not coded.targets and len(coded.sources) > 1:
        # "talks between U.S. and Taliban officials": a joint act of one state's sector with itself is no dyad
        return [(a, b) for a in coded.sources for b in coded.sources if a.key != b.key and a.ref.code != b.ref.code]
    pairs = [(s, t) for s in sources for t in targets if not (s and t and s.key == t.key)]
    if coded.reciprocal and coded.targets and coded.sources:
        pairs = [(s, t) for s, t in pairs if not (s and t and s.ref.code == t.ref.code)]
        pairs += [(t, s) for s, t in pairs if s and t]
    return pairs


def _words(coded: Coded) -> str:
    tokens = sorted({t.i: t for t in coded.words}.values(), key=lambda t: t.i)
    parts = [tokens[0].text]
    for prev, token in zip(tokens, tokens[1:], strict=False):
        parts.append(("" if token.i == prev.i + 1 else "… ") + token.text)
    return " ".join(p for p in parts).replace(" … ", " … ")


def code_article(parsed: ParsedArticle) -> list[Event]:
    events = to_events(parsed, code_parsed(parsed))
    if sports_story(parsed.article.paragraphs):
        # players, teams and their fans "fight", "meet" and "defend titles": only officials' acts are events
        events = [e for e in events if official(e.source and e.source.code) and official(e.target and e.target.code)]
    return events
