"""The shared result of the NLP stage, handed to the event coder."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from faultlines.model import Actor, Article, Quote

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass
class ParsedArticle:
    """An article with one spaCy ``Doc`` per body paragraph (index = paragraph number), its actors and quotes.

    A paragraph may lack a dependency parse (the engine parses only paragraphs that can hold an event, each whole
    or not at all), and its sentences without a proper noun carry no entities; consumers check
    ``doc.has_annotation("DEP")`` before reading deps.
    """

    article: Article
    docs: list[Doc]
    actors: list[Actor] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)

    def actor_at(self, paragraph: int, start: int, end: int) -> Actor | None:
        """The actor one of whose mentions overlaps characters ``start:end`` of paragraph ``paragraph``."""
        best, best_overlap = None, 0
        for actor in self.actors:
            for span in actor.spans:
                if span.paragraph != paragraph:
                    continue
                overlap = min(end, span.end) - max(start, span.start)
                if overlap > best_overlap:
                    best, best_overlap = actor, overlap
        return best

    def actor_by_id(self, actor_id: str) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)
