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


def test_a_gerund_after_the_attribution_does_not_name_the_speaker():
    doc = russian('"Пекин призывает к диалогу", - сказал Го Цзякунь, комментируя новые пошлины Соединенных Штатов.')
    assert said(doc) == {"Пекин призывает к диалогу": "person:guo-jiakun"}


def test_a_recap_after_an_agency_that_relays_it():
    doc = russian(
        "МИД Ирана призвал Совет Безопасности ООН принять меры. "
        "Как передает Report, об этом говорится в заявлении внешнеполитического ведомства Ирана."
    )
    assert said(doc) == {"МИД Ирана призвал Совет Безопасности ООН принять меры": "org:irn-gov"}


def test_in_it_it_is_noted_is_the_body_whose_statement_was_named():
    doc = russian(
        "«Мы будем защищаться», - говорится в заявлении МИД Ирана. "
        "В нем также отмечается, что переговоры с США прерваны."
    )
    assert said(doc)["переговоры с США прерваны"] == "org:irn-gov"


def test_a_surname_alone_is_the_person_named_in_full_before_even_when_it_does_not_decline():
    doc = russian(
        "Представитель МИД Ирана Исмаил Багаи заявил, что переговоры прерваны.",
        "«Это объявление войны», — цитирует агентство слова Багаи.",
    )
    assert set(said(doc).values()) == {"person:ismail-bagai"}
    assert not any(a.id == "person:bagai" for a in doc.actors)
