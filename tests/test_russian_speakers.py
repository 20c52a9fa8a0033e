"""Russian speakers and quotes: reporting constructions checked on sentences written here."""

from __future__ import annotations

from faultlines.model import Article, Input
from faultlines.pipeline import analyze_article


def russian(*paragraphs: str, published: str = "2026-06-01"):
    article = Article(paragraphs=list(paragraphs), published=published, language="ru")
    return analyze_article(article, Input(kind="text"))


def said(doc) -> dict[str, str | None]:
    return {q.text: q.speaker.id if q.speaker else None for q in doc.quotes}


def test_a_quote_broken_by_its_attribution_is_two_pieces_of_one_speaker():
    doc = russian("«Москва готова к переговорам, — заявил Лавров. — Но мы ждем ответа от Киева».")
    assert said(doc) == {
        "Москва готова к переговорам": "person:sergei-lavrov",
        "Но мы ждем ответа от Киева": "person:sergei-lavrov",
    }


def test_speech_opened_by_a_dash_without_marks():
    doc = russian(
        "Сергей Лавров выступил на форуме. — Мы готовы к переговорам, — сказал министр. — Но ждем ответа.",
        "— Мы хотим мира, — заявила Мария Захарова.",
        "— Это наша позиция.",
    )
    assert said(doc) == {
        "Мы готовы к переговорам": "person:sergei-lavrov",
        "Но ждем ответа": "person:sergei-lavrov",
        "Мы хотим мира": "person:maria-zakharova",
    }


def test_a_dash_sentence_goes_on_with_the_speaker_only_in_its_paragraph():
    doc = russian("— Мы готовы к переговорам, — заявил Сергей Лавров. — Переговоры не начались.")
    assert said(doc)["Переговоры не начались"] == "person:sergei-lavrov"


def test_a_list_of_dashed_lines_without_a_reporting_verb_is_no_speech():
    doc = russian("- Киевский режим готовит новые удары, - Россия не приемлет шантаж.")
    assert doc.quotes == []
