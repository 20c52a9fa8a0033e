"""The NLP engine: one model per process, fast mode parses only paragraphs that can hold an event and looks for
names only in sentences that can hold one, and non-English articles are marked and not run through the English model."""

from __future__ import annotations

from faultlines.model import Article
from faultlines.nlp import analyze
from faultlines.nlp.engine import ACTOR_LABELS, detect_language, get_nlp, parse_article, parse_paragraphs

NAMED = "Russia accused Kazakhstan of ingratitude after the parade was cancelled."
PLAIN = "The weather was mild and the harvest came in early this year."


def test_model_is_loaded_once():
    assert get_nlp() is get_nlp()


def test_fast_mode_parses_only_paragraphs_with_names_and_verbs():
    named, plain = parse_paragraphs([NAMED, PLAIN], mode="fast")
    assert named.has_annotation("DEP") and not plain.has_annotation("DEP")
    assert [s.text for s in plain.sents] == [PLAIN]  # sentences still known
    assert [e.text for e in named.ents] == ["Russia", "Kazakhstan"]


MIXED = [
    NAMED,
    "I ain't gonna sign it, y'all, Putin said. Let's go! There is a way, and he has said that it was done.",
    "“We do not recognise Kosovo,” the Kazakh president told Rossiya 24 on Tuesday, but Moscow didn't listen.",
    PLAIN,
    "Prices rose.  Two  spaces\n\nand a line break.",
]


def annotations(doc):
    return [
        (t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.is_sent_start, t.ent_type_) for t in doc
    ]


def test_fast_mode_annotations_equal_full_mode_where_parsed():
    fast = parse_paragraphs(MIXED, mode="fast")
    full = parse_paragraphs(MIXED, mode="full")
    parsed = [(f, g) for f, g in zip(fast, full, strict=True) if f.has_annotation("DEP")]
    assert len(parsed) >= 3
    for f, g in parsed:
        assert annotations(f) == annotations(g)
    for f, g in zip(fast, full, strict=True):  # unparsed: same tags, names and lemmas of content words
        assert [t.tag_ for t in f] == [t.tag_ for t in g]
        assert [(e.start, e.end, e.label_) for e in f.ents if e.label_ in ACTOR_LABELS] == [
            (e.start, e.end, e.label_) for e in g.ents if e.label_ in ACTOR_LABELS
        ]
        assert [t.lemma_ for t in f if t.pos_ in ("NOUN", "PROPN")] == [
            t.lemma_ for t in g if t.pos_ in ("NOUN", "PROPN")
        ]


def test_fast_mode_looks_for_names_only_in_sentences_that_can_hold_one():
    text = "Prices rose by ten percent this year. Kazakhstan thanked Russia on Tuesday. It rained for two days."
    fast, full = parse_paragraphs([text], mode="fast")[0], parse_paragraphs([text], mode="full")[0]
    assert [(e.text, e.label_) for e in full.ents if e.label_ in ACTOR_LABELS] == [
        ("Kazakhstan", "GPE"),
        ("Russia", "GPE"),
    ]
    assert [(e.text, e.label_) for e in fast.ents] == [("Kazakhstan", "GPE"), ("Russia", "GPE"), ("Tuesday", "DATE")]
    assert fast[5].ent_iob_ == "O"  # sentences with no proper noun are marked outside, not left unknown


def test_full_mode_parses_everything():
    assert all(d.has_annotation("DEP") for d in parse_paragraphs([NAMED, PLAIN], mode="full"))


def test_language_detection():
    assert detect_language(NAMED + " " + PLAIN) == "en"
    assert (
        detect_language(
            "Le gouvernement a annoncé que les négociations avec la Russie reprendront la semaine prochaine."
        )
        == "fr"
    )
    assert (
        detect_language(
            "Die Regierung hat angekündigt, dass die Gespräche mit Russland in der nächsten Woche beginnen."
        )
        == "de"
    )
    assert (
        detect_language(
            "Правительство заявило, что переговоры с Казахстаном продолжатся на следующей неделе."
        )
        == "ru"
    )
    assert detect_language("Short") == "en"


def test_non_english_article_is_marked_and_not_parsed():
    article = Article(
        paragraphs=[
            "Le président Macron a rencontré le chancelier allemand à Paris pour discuter de la guerre."
        ]
    )
    docs = parse_article(article)
    assert article.language == "fr" and len(docs) == 1 and len(docs[0]) == 0
    assert analyze(article).actors == []


def test_declared_language_is_respected():
    article = Article(paragraphs=[NAMED], language="es")
    assert len(parse_article(article)[0]) == 0
    english = Article(paragraphs=[NAMED])
    assert len(parse_article(english)[0]) > 0 and english.language == "en"


def test_huge_and_empty_paragraphs_do_not_crash(monkeypatch):
    from faultlines.nlp import engine

    monkeypatch.setattr(engine, "MAX_PARAGRAPH_CHARS", 300)
    docs = parse_paragraphs(["", "Putin spoke. " * 200])
    assert len(docs) == 2 and len(docs[0]) == 0
    assert 0 < len(docs[1].text) <= 300


def test_capitalised_adjectives_are_looked_at_for_names():
    text = "The Kurdish fighters left the town. Supplies ran low."
    fast = parse_paragraphs([text], mode="fast")[0]
    assert ("Kurdish", "NORP") in [(e.text, e.label_) for e in fast.ents]


def test_the_lead_sentence_after_a_dateline_is_parsed_on_its_own():
    from faultlines.nlp.engine import parse_paragraphs

    doc = parse_paragraphs(["NEW DELHI - The Indian army said 20 of its soldiers were killed in clashes."])[0]
    lead = next(s for s in doc.sents if "army" in s.text)
    assert lead.text.startswith("The Indian army") and lead.root.lemma_ == "say"
