"""The NLP engine: one model per process, fast mode parses only paragraphs that can hold an event, and
non-English articles are marked and not run through the English model."""

from __future__ import annotations

from faultlines.model import Article
from faultlines.nlp import analyze
from faultlines.nlp.engine import detect_language, get_nlp, parse_article, parse_paragraphs

NAMED = "Russia accused Kazakhstan of ingratitude after the parade was cancelled."
PLAIN = "The weather was mild and the harvest came in early this year."


def test_model_is_loaded_once():
    assert get_nlp() is get_nlp()


def test_fast_mode_parses_only_paragraphs_with_names_and_verbs():
    named, plain = parse_paragraphs([NAMED, PLAIN], mode="fast")
    assert named.has_annotation("DEP") and not plain.has_annotation("DEP")
    assert [s.text for s in plain.sents] == [PLAIN]  # sentences still known
    assert [e.text for e in named.ents] == ["Russia", "Kazakhstan"]


def test_fast_mode_parse_equals_full_mode_parse():
    fast = parse_paragraphs([NAMED], mode="fast")[0]
    full = parse_paragraphs([NAMED], mode="full")[0]
    assert [(t.dep_, t.head.i) for t in fast] == [(t.dep_, t.head.i) for t in full]
    assert [t.lemma_ for t in fast] == [t.lemma_ for t in full]


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
