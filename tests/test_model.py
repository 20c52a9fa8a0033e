"""The typed records round-trip through their public JSON shape."""

import json

from faultlines.model import Actor, ActorRef, Article, Document, Event, Input, Quote, Span, Teaser


def _document() -> Document:
    putin = Actor(id="person:vladimir-putin", name="Vladimir Putin", kind="person", country="RUS", role="GOV",
                  mentions=1, spans=[Span(paragraph=0, start=0, end=14, text="Vladimir Putin")])
    article = Article(title="T", paragraphs=["Vladimir Putin spoke."], sections=["Europe"],
                      related=[Teaser(title="Other story", section="Asia")])
    quote = Quote(text="We will see", speaker=putin.ref(), cue="say", paragraph=0, start=1, end=12)
    event = Event(source=putin.ref(), target=ActorRef(id="KAZ", name="Kazakhstan", country="KAZ"),
                  cameo="138", quad_class=3, goldstein=-7.0, plover="THREATEN", sentence="s")
    return Document(input=Input(path="/x.txt", kind="text"), article=article, actors=[putin],
                    quotes=[quote], events=[event])


def test_document_public_shape():
    data = _document().to_dict()
    assert set(data) == {"input", "article", "related", "actors", "quotes", "events"}
    assert "related" not in data["article"]
    assert data["related"] == [{"title": "Other story", "section": "Asia", "excerpt": None,
                                "image_credit": None, "url": None}]
    assert data["quotes"][0]["speaker"]["country"] == "RUS"
    assert data["events"][0]["target"]["id"] == "KAZ"


def test_document_round_trip_through_json():
    original = _document()
    restored = Document.from_dict(json.loads(json.dumps(original.to_dict())))
    assert restored.to_dict() == original.to_dict()
    assert restored.article.related[0].title == "Other story"
    assert restored.actors[0].spans[0].text == "Vladimir Putin"
