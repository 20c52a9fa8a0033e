"""Hand-built documents for the store, relations and query-CLI tests (no NLP involved)."""

from __future__ import annotations

import hashlib
import json
import random

from faultlines.model import Actor, ActorRef, Article, Document, Event, Input, Quote, Span

STATES = {
    "RUS": ("Russia", "GOV"),
    "KAZ": ("Kazakhstan", "GOV"),
    "UKR": ("Ukraine", "GOV"),
    "CHN": ("China", "GOV"),
    "USA": ("United States", "GOV"),
    "ARM": ("Armenia", "GOV"),
}

VOCABULARY = (
    "officials capital met again review grain corridor customs union tariffs status pipeline consortium analysts "
    "desk counted statements issued spring diplomats both sides prepared next round talks border town ministry "
    "spokesman warned envoy summoned protest remarks lawmaker deputy parliament president minister agreed treaty "
    "sanctions troops exercise drills airspace violation shipment oil gas loan credit visit summit delegation"
).split()


def filler(seed: str, day: str | None, site: str) -> list[str]:
    """Three paragraphs of text unique to ``seed`` (so that unrelated test documents never look alike)."""
    rng = random.Random(seed)
    return [
        f"On {day} the {site} desk reported: " + " ".join(rng.choice(VOCABULARY) for _ in range(60)) + "."
        for _ in range(3)
    ]


def ref(code: str) -> ActorRef:
    name, role = STATES[code]
    return ActorRef(id=code, name=name, country=code, role=role)


def event(
    src: str,
    tgt: str,
    cameo: str,
    quad: int,
    goldstein: float,
    date: str | None = None,
    sentence: str | None = None,
) -> Event:
    return Event(
        source=ref(src),
        target=ref(tgt),
        cameo=cameo,
        quad_class=quad,
        goldstein=goldstein,
        plover="ACCUSE",
        date=date,
        paragraph=0,
        sentence=sentence or f"{STATES[src][0]} acted against {STATES[tgt][0]}.",
        start=0,
        end=10,
        rule="test",
        explanation="hand-made",
        confidence=0.9,
    )


def make_doc(
    path: str,
    title: str,
    paragraphs: list[str] | None = None,
    *,
    site: str = "Example Times",
    published: str | None = "2026-03-02",
    republished_from: str | None = None,
    events: list[Event] | None = None,
    url: str | None = None,
    quotes: list[Quote] | None = None,
    actors: list[Actor] | None = None,
) -> Document:
    if paragraphs is None:
        paragraphs = filler(path + title, published, site)
    article = Article(
        title=title,
        published=published,
        site=site,
        url=url,
        language="en",
        paragraphs=paragraphs,
        republished_from=republished_from,
        sections=["Europe"],
    )
    if actors is None:
        codes = sorted({c for e in events or [] for c in (e.source.country, e.target.country)})
        actors = [
            Actor(
                id=c,
                name=STATES[c][0],
                kind="state",
                country=c,
                role="GOV",
                mentions=2,
                spans=[Span(paragraph=0, start=0, end=5, text=STATES[c][0])],
            )
            for c in codes
        ]
    return Document(
        input=Input(path=path, url=url, kind="html"),
        article=article,
        actors=actors,
        quotes=quotes or [],
        events=events or [],
    )


def digest(doc: Document) -> str:
    return hashlib.sha256(json.dumps(doc.to_dict(), sort_keys=True).encode()).hexdigest()


def speaker_quote(text: str, code: str = "KAZ", name: str = "Kassym-Jomart Tokayev") -> Quote:
    return Quote(
        text=text,
        kind="direct",
        speaker=ActorRef(id="person:" + name.lower().replace(" ", "-"), name=name, country=code, role="GOV"),
        cue="said",
        paragraph=1,
        start=0,
        end=len(text),
    )


def version_1_store(path):
    """A store file at schema version 1 (the first migration only), as an older faultlines left it."""
    import sqlite3

    from faultlines.store.db import migrations, split_statements

    conn = sqlite3.connect(path)
    for statement in split_statements(migrations()[0][1]):
        conn.execute(statement)
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    return path
