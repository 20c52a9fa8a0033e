"""Calibrated event confidence: how often events like this one were right on real news.

The coder's raw confidence (``Coded.confidence`` with its deductions) ranks events, but what makes a coded event
wrong on text the rules were not written on is mostly how its sides were found: carried from another sentence or a
pronoun, far from the verb, in reported speech, in a sentence crowded with other acts. :class:`Evidence` holds
these facts for one event (:func:`evidence` reads them from the coder's output), and a regularised logistic model
(``data/events/calibration.tsv``, written by ``eval/calibrate.py`` from the dev half of the real-news gold and
chosen by cross-validation over its articles) turns them into the probability that the event is right, so that
events given confidence ``c`` are right about ``c`` of the time. ``$FAULTLINES_RAW_CONFIDENCE=1`` keeps the raw
value; :func:`recording` (used by the calibration script) keeps it too and collects each event's evidence.
"""

from __future__ import annotations

import math
import os
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from faultlines.events.cameo import root_quad_class
from faultlines.events.tables import read_tsv

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from faultlines.events.coded import Coded
    from faultlines.events.participants import Participant

#: Dependency labels of a clause inside another one (a purpose, an aim, a modifier), reported speech aside.
EMBEDDING = {"xcomp", "advcl", "acl", "relcl", "pcomp", "csubj"}

#: The row of ``calibration.tsv`` that holds the series threshold, not a weight.
SERIES_THRESHOLD = "series_threshold"

#: Lowest and highest confidence the model gives: no event on so little data is certainly right or wrong.
FLOOR, CEILING = 0.05, 0.95


@dataclass(frozen=True)
class Evidence:
    """What the coder's output says about one event, in the terms the calibration weighs."""

    raw: float  # the coder's own confidence, with its deductions
    rule: str
    code: str
    source_sector: str = ""
    target_sector: str = ""
    same_state: bool = False  # both sides of one state (a domestic event)
    source_elsewhere: bool = False  # the source is not named in the event's sentence (context, speaker, inferred)
    target_elsewhere: bool = False
    pronoun: bool = False  # a side is named by a pronoun ("they", "its")
    source_not_subject: bool = False  # the source is named in the sentence but is not a clause subject
    reported: bool = False  # the act is inside a clause of what someone said or thought
    embedded: bool = False  # the act is named inside another clause (a purpose, an aim, a modifier), not its own
    past: bool = False  # the act is a verb in the simple past ("X attacked Y")
    source_kind: str = ""  # person, state, organisation, group (Participant.kind)
    target_kind: str = ""
    quoted: bool = False  # the sentence holds a quotation mark
    tokens: int = 0  # words in the sentence
    distance: int = 0  # words between the act and its source (0 when the source is not in the sentence)
    lead: bool = False  # the first paragraph of the article
    acts_in_sentence: int = 1  # acts the coder found in the sentence
    dyad_share: float = 0.0  # share of the article's events between the same two states (or the same one)
    main_dyad: bool = False  # those two states are the article's most frequent pair
    article_events: int = 0  # events the coder found in the whole article
    pairs: int = 1  # source and target pairs this act gave
    notes: int = 0  # adjustments the coder made (sides taken from context, senses changed ...)
    key: tuple = ()  # (paragraph, sentence start, rule, code, source id, target id): which event it describes

    def features(self) -> dict[str, float]:
        """The model's inputs, each scaled to about 0..1, named as the rows of ``calibration.tsv`` (``root_19``: the
        act's CAMEO root is 19)."""
        kind, quad = rule_kind(self.rule), _quad(self.code)
        features = {
            "raw": self.raw,
            "kind_verb": float(kind == "verb"),
            "kind_noun": float(kind == "noun"),
            "verbal_conflict": float(quad == 3),
            "material_conflict": float(quad == 4),
            "material_cooperation": float(quad == 2),
            "both_government": float(self.source_sector == "GOV" and self.target_sector == "GOV"),
            "same_state": float(self.same_state),
            "source_elsewhere": float(self.source_elsewhere),
            "target_elsewhere": float(self.target_elsewhere),
            "pronoun": float(self.pronoun),
            "source_not_subject": float(self.source_not_subject),
            "reported": float(self.reported),
            "quoted": float(self.quoted),
            "embedded": float(self.embedded),
            "past": float(self.past),
            "person_side": float("person" in (self.source_kind, self.target_kind)),
            "both_states": float(self.source_kind == self.target_kind == "state"),
            "long_sentence": min(2.0, self.tokens / 40),
            "far_source": min(2.0, self.distance / 10),
            "lead": float(self.lead),
            "crowded": min(1.0, (self.acts_in_sentence - 1) / 3),
            "dyad_share": self.dyad_share,
            "main_dyad": float(self.main_dyad),
            "busy_article": min(1.0, self.article_events / 20),
            "several_pairs": float(self.pairs > 1),
            "adjusted": min(1.0, self.notes / 3),
        }
        if quad >= 0:
            features[f"root_{self.code[:2]}"] = 1.0  # the CAMEO root: some acts are misread more than others
        return features


def _quad(code: str) -> int:
    try:
        return root_quad_class(code[:2])
    except ValueError:
        return -1


def rule_kind(rule: str) -> str:
    """The kind of a rule: ``verb``, ``noun``, ``light``, ``claim`` ... (the part before the first ``:``)."""
    return rule.split(":", 1)[0] or "-"


@lru_cache(maxsize=1)
def _weights() -> dict[str, float]:
    try:
        rows = read_tsv("calibration.tsv")
    except FileNotFoundError:
        return {}
    return {r["feature"]: float(r["weight"]) for r in rows if r.get("feature") and r.get("weight")}


def series_threshold() -> float | None:
    """The lowest calibrated confidence an event needs to enter the dyad series, as the calibration chose it (the
    ``series_threshold`` row of ``calibration.tsv``), or None where the table gives none."""
    return _weights().get(SERIES_THRESHOLD)


def probability(weights: dict[str, float], features: dict[str, float]) -> float:
    """The logistic model: ``1 / (1 + exp(-(bias + sum of weight * feature)))``, kept within FLOOR..CEILING."""
    z = weights.get("bias", 0.0) + sum(weights.get(name, 0.0) * value for name, value in features.items())
    return max(FLOOR, min(CEILING, 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))))


_recorded: list[Evidence] | None = None


@contextmanager
def recording() -> Iterator[list[Evidence]]:
    """Within it, events keep their raw confidence and the evidence of each is collected (for eval/calibrate.py)."""
    global _recorded
    previous, _recorded = _recorded, []
    try:
        yield _recorded
    finally:
        _recorded = previous


def calibrated(found: Evidence) -> float:
    """The calibrated confidence of an event: the probability the model gives events with this evidence of being
    right (the raw confidence where there is no model, when recording, or with ``$FAULTLINES_RAW_CONFIDENCE=1``)."""
    if _recorded is not None:
        _recorded.append(found)
        return found.raw
    weights = _weights()
    if not weights or os.environ.get("FAULTLINES_RAW_CONFIDENCE") == "1":
        return found.raw
    return probability(weights, found.features())


Sides = tuple["Participant | None", "Participant | None"]


@dataclass(frozen=True)
class ArticleView:
    """What the calibration reads from the article as a whole: the acts per sentence, the pairs of states."""

    acts: Counter  # (paragraph, sentence start) -> acts coded there
    dyads: Counter  # the states of each side pair (a frozenset) -> side pairs between them
    pairs: int  # side pairs in the article

    @classmethod
    def of(cls, coded_events: list[tuple[int, Span, Coded, list[Sides]]]) -> ArticleView:
        """From the article's coded events, each with its paragraph, sentence and side pairs."""
        acts = Counter((paragraph, sent.start_char) for paragraph, sent, _, _ in coded_events)
        dyads = Counter(_states(s, t) for _, _, _, pairs in coded_events for s, t in pairs)
        return cls(acts, dyads, sum(dyads.values()))


def _states(source: Participant | None, target: Participant | None) -> frozenset:
    return frozenset(p.ref.country for p in (source, target) if p is not None and p.ref.country)


def evidence(
    coded: Coded,
    sent: Span,
    sides: Sides,
    raw: float,
    view: ArticleView,
    key: tuple = (),
    pairs: int = 1,
) -> Evidence:
    """The evidence of one event coded in ``sent`` from ``coded``, with ``sides`` (source, target), in an article
    seen as ``view``; ``key`` says which event it is, ``pairs`` how many side pairs ``coded`` gave."""
    source, target = sides
    src_root, tgt_root = _named_in(source, sent), _named_in(target, sent)
    anchor = coded.anchor
    states = _states(source, target)
    most = max(view.dyads.values(), default=0)
    return Evidence(
        raw=raw,
        rule=coded.rule,
        code=coded.code,
        source_sector=(source.ref.role or "") if source else "",
        target_sector=(target.ref.role or "") if target else "",
        same_state=bool(source and target and source.ref.country and source.ref.country == target.ref.country),
        source_elsewhere=src_root is None,
        target_elsewhere=tgt_root is None,
        pronoun=any(r is not None and r.pos_ == "PRON" for r in (src_root, tgt_root)),
        source_not_subject=src_root is not None and not src_root.dep_.startswith(("nsubj", "csubj")),
        reported=any(t.dep_ == "ccomp" for t in (anchor, *anchor.ancestors)),
        embedded=any(t.dep_ in EMBEDDING for t in (anchor, *anchor.ancestors)),
        past=anchor.tag_ == "VBD",
        source_kind=source.kind if source else "",
        target_kind=target.kind if target else "",
        quoted=any(mark in sent.text for mark in '"\u201c\u201d'),
        tokens=len(sent),
        distance=abs(src_root.i - anchor.i) if src_root is not None else 0,
        lead=bool(key) and key[0] == 0,
        acts_in_sentence=view.acts[(key[0], key[1])] if key else 1,
        dyad_share=view.dyads[states] / view.pairs if view.pairs else 0.0,
        main_dyad=bool(most) and view.dyads[states] == most,
        article_events=view.pairs,
        pairs=pairs,
        notes=len(coded.notes),
        key=key,
    )


def _named_in(part: Participant | None, sent: Span) -> Token | None:
    """The head word of the phrase naming ``part`` in ``sent``, or None when the sentence does not name it."""
    if part is None or part.end <= part.start or not (sent.start_char <= part.start and part.end <= sent.end_char):
        return None
    span = sent.doc.char_span(part.start, part.end, alignment_mode="expand")
    if span is None or (part.words and part.words.split()[0] not in span.text):
        return None
    return span.root
