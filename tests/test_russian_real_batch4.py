"""Russian rules written for the fourth batch of real dev articles, each checked on sentences written here."""

from __future__ import annotations

from tests.russian_helpers import russian


def said(doc) -> dict[str, str | None]:
    return {q.text: q.speaker.id if q.speaker else None for q in doc.quotes}


def test_the_pronoun_after_a_gerund_clause_speaks_not_the_name_inside_it():
    doc = russian(
        "Глава МИД России Сергей Лавров прибыл в Минск.",
        "Комментируя санкции, которые Евросоюз ввел против него, он отметил, что оспаривать их бесполезно.",
    )
    assert said(doc)["оспаривать их бесполезно"] == "person:sergei-lavrov"


def test_a_name_before_the_verb_still_speaks_when_no_pronoun_follows_it():
    doc = russian("Комментируя санкции, Сергей Лавров отметил, что оспаривать их бесполезно.")
    assert said(doc)["оспаривать их бесполезно"] == "person:sergei-lavrov"


def test_according_to_set_off_by_commas_inside_the_sentence():
    doc = russian(
        "Москва, по словам Сергея Лаврова, заинтересована в развитии партнерства с Астаной.",
        "Президент Киргизии Садыр Жапаров выступил в парламенте.",
        "Спор о границе, по его словам, удалось решить.",
    )
    quotes = said(doc)
    assert quotes["Москва, по словам Сергея Лаврова, заинтересована в развитии партнерства с Астаной"] == (
        "person:sergei-lavrov"
    )
    assert quotes["Спор о границе, по его словам, удалось решить"] == "person:sadyr-japarov"


def test_a_source_of_figures_inside_the_sentence_is_no_speech():
    doc = russian("Число беженцев, по данным МИД Польши, выросло вдвое.")
    assert said(doc) == {}
