"""Typed records that every stage of faultlines speaks.

The pipeline reads a :class:`Page`, extracts an :class:`Article`, finds :class:`Actor` records and
:class:`Quote` records, codes :class:`Event` records, and returns them together as a :class:`Document`.
Every record converts to and from plain JSON-ready dicts (``to_dict`` / ``from_dict``); those dicts are
the public JSON shape of the CLI and the API, so their field names are stable.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any, Literal

InputKind = Literal["html", "text", "warc", "feed", "url"]
ActorKind = Literal["person", "state", "organisation"]
QuoteKind = Literal["direct", "partial", "indirect"]
#: How the text puts an event: it happened (asserted), it did not (negated), it might (hypothetical), it is planned
#: or expected (future), or one party says another did it (claimed; the claim itself is an asserted event).
EventMode = Literal["asserted", "negated", "hypothetical", "future", "claimed"]

ROLES = ("GOV", "LEG", "MIL", "JUD", "MED", "OPP", "REB", "BUS", "NGO", "IGO", "EDU", "CVL", "REL", "SPY", "COP")


class ActorCodes:
    """Mixin of actor records: the CAMEO sector and actor code, derived from ``id``, ``country`` and ``role``, and
    given in their JSON shape beside those fields."""

    @property
    def sector(self) -> str | None:
        return self.role  # type: ignore[attr-defined]

    @property
    def code(self) -> str | None:
        from faultlines.codes import actor_code

        return actor_code(self.id, self.country, self.role)  # type: ignore[attr-defined]

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)  # type: ignore[call-overload]
        data["sector"], data["code"] = self.sector, self.code
        return data


class FaultlinesError(Exception):
    """An error about one input, reported to the user on one line (never as a traceback)."""


class Record:
    """Mixin: JSON-ready dict conversion for the dataclasses below."""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)  # type: ignore[call-overload]

    @classmethod
    def from_dict(cls, data: dict[str, Any]):
        names = {f.name for f in fields(cls)}  # type: ignore[arg-type]
        return cls(**{k: v for k, v in data.items() if k in names})


@dataclass
class Input(Record):
    """Where a page came from."""

    path: str | None = None
    url: str | None = None
    kind: InputKind = "html"


@dataclass
class Page(Record):
    """One raw page as read from a source, already decoded to text.

    ``text`` is HTML for kind ``html``/``warc``/``url``/``feed`` pages and the plain dump for kind ``text``.
    ``fetched`` is the crawl or fetch date (ISO 8601) where the source knows it (WARC-Date, HTTP Date).
    """

    input: Input
    text: str
    content_type: str = "text/html"
    fetched: str | None = None
    encoding: str | None = None
    # A feed entry that carries its own full text gives it here; ``text`` then holds that content as HTML.
    feed_title: str | None = None
    feed_published: str | None = None


@dataclass
class Teaser(Record):
    """A teaser of another story shown on the page (never part of the article body)."""

    title: str
    section: str | None = None
    excerpt: str | None = None
    image_credit: str | None = None
    url: str | None = None


@dataclass
class Article(Record):
    """The article pulled out of a page's clutter."""

    title: str | None = None
    dek: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None  # ISO date (YYYY-MM-DD) or null
    site: str | None = None
    url: str | None = None
    language: str | None = None
    sections: list[str] = field(default_factory=list)
    republished_from: str | None = None
    image_credits: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    related: list[Teaser] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)  # image captions that carry no credit
    image_files: list[str] = field(default_factory=list)  # file names of the article's images ("kyiv_rally_03")

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("related")  # the CLI shows teasers beside the article, not inside it
        for name in ("captions", "image_files"):  # newer fields: absent when empty, so older readers and
            if not data[name]:  # the store's records (which do not keep them) have the same shape
                data.pop(name)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        related = [Teaser.from_dict(t) for t in data.get("related") or []]
        names = {f.name for f in fields(cls)} - {"related"}
        return cls(related=related, **{k: v for k, v in data.items() if k in names})


@dataclass
class Span(Record):
    """A stretch of text in one paragraph of the article body: character offsets within the paragraph."""

    paragraph: int
    start: int
    end: int
    text: str = ""


@dataclass
class ActorRef(ActorCodes, Record):
    """A short reference to an actor, as carried by quotes and events.

    ``sector`` is the actor's CAMEO sector (``GOV``, ``MIL``, ``COP``, ``OPP``, ``REB``, ``IGO`` ...; ``role`` is the
    same value, kept for compatibility) and ``code`` its CAMEO-style actor code, country + sector (``RUSGOV``,
    ``GEOCOP``, ``IGOUNO``); both are derived from ``id``, ``country`` and ``role``.
    """

    id: str
    name: str
    country: str | None = None
    role: str | None = None


@dataclass
class Actor(ActorCodes, Record):
    """One person, state or organisation named in an article, with all its mentions.

    ``id`` is stable across articles where the knowledge base knows the actor (``"RUS"``, ``"person:vladimir-putin"``,
    ``"org:nato"``) and article-local otherwise (``"person:konstantin-zatulin"`` built from the name).
    """

    id: str
    name: str
    kind: ActorKind
    country: str | None = None
    role: str | None = None
    mentions: int = 0
    spans: list[Span] = field(default_factory=list)

    def ref(self) -> ActorRef:
        return ActorRef(id=self.id, name=self.name, country=self.country, role=self.role)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Actor:
        spans = [Span.from_dict(s) for s in data.get("spans") or []]
        names = {f.name for f in fields(cls)} - {"spans"}
        return cls(spans=spans, **{k: v for k, v in data.items() if k in names})


@dataclass
class Quote(Record):
    """A quotation with its speaker. Offsets are characters within paragraph ``paragraph``."""

    text: str
    kind: QuoteKind = "direct"
    speaker: ActorRef | None = None
    cue: str | None = None
    paragraph: int = 0
    start: int = 0
    end: int = 0

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["speaker"] = self.speaker.to_dict() if self.speaker else None
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Quote:
        speaker = ActorRef.from_dict(data["speaker"]) if data.get("speaker") else None
        names = {f.name for f in fields(cls)} - {"speaker"}
        return cls(speaker=speaker, **{k: v for k, v in data.items() if k in names})


@dataclass
class Event(Record):
    """Who did what to whom, coded in CAMEO (with quad class, Goldstein score and PLOVER type).

    ``mode`` says whether the text asserts the act (see :data:`EventMode`); ``confidence`` is calibrated on real news
    (events at confidence ``c`` are right about ``c`` of the time). ``sentence`` is the sentence the event came from; ``start``/``end`` are the sentence's character offsets
    within paragraph ``paragraph``. ``rule`` names the pattern that fired and ``explanation`` says in one
    human sentence why this code was given.
    """

    source: ActorRef | None
    target: ActorRef | None
    cameo: str
    quad_class: int
    goldstein: float
    plover: str | None = None
    date: str | None = None
    paragraph: int = 0
    sentence: str = ""
    start: int = 0
    end: int = 0
    rule: str = ""
    explanation: str = ""
    confidence: float = 0.5
    mode: EventMode = "asserted"

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        for side in ("source", "target"):
            ref = getattr(self, side)
            data[side] = ref.to_dict() if ref else None
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Event:
        refs = {k: ActorRef.from_dict(data[k]) if data.get(k) else None for k in ("source", "target")}
        names = {f.name for f in fields(cls)} - {"source", "target"}
        return cls(**refs, **{k: v for k, v in data.items() if k in names})


@dataclass
class Document(Record):
    """Everything the pipeline found in one page. ``error`` is set (and the rest empty) when the page failed."""

    input: Input
    article: Article | None = None
    actors: list[Actor] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    fetched: str | None = None
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The public JSON shape: ``{"input", "article", "related", "actors", "quotes", "events"}``."""
        data: dict[str, Any] = {
            "input": self.input.to_dict(),
            "article": self.article.to_dict() if self.article else None,
            "related": [t.to_dict() for t in self.article.related] if self.article else [],
            "actors": [a.to_dict() for a in self.actors],
            "quotes": [q.to_dict() for q in self.quotes],
            "events": [e.to_dict() for e in self.events],
        }
        if self.error:
            data["error"] = self.error
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        article = None
        if data.get("article"):
            article = Article.from_dict({**data["article"], "related": data.get("related") or []})
        return cls(
            input=Input.from_dict(data["input"]),
            article=article,
            actors=[Actor.from_dict(a) for a in data.get("actors") or []],
            quotes=[Quote.from_dict(q) for q in data.get("quotes") or []],
            events=[Event.from_dict(e) for e in data.get("events") or []],
            error=data.get("error"),
        )
