"""An event as the coder finds it in a sentence, before it becomes event records, and the word classes of its
patterns."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from faultlines.events.participants import Participant


@dataclass
class Coded:
    """An event found in a sentence, before it becomes :class:`faultlines.model.Event` records."""

    anchor: Token
    code: str
    rule: str
    words: list[Token]
    sources: list[Participant] = field(default_factory=list)
    targets: list[Participant] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    weak: bool = False
    confidence: float = 0.8
    reciprocal: bool = False
    act: str = ""  # the code of the act itself, before negation, refusal or threat changed it
    mode: str = "asserted"  # see faultlines.model.EventMode
    referent: Token | None = None  # a noun that refers to an earlier act ("called the deal illegal"), if any


def pos_class(token: Token) -> str | None:
    if token.pos_ == "VERB":
        return "V"
    if token.pos_ in ("NOUN", "PROPN"):
        return "N"
    if token.pos_ == "ADJ":
        return "A"
    return None
