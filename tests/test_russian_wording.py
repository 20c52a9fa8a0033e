"""Russian news wording the rules of the eighth round read, each class in short sentences written for the test
(never taken from an article): letters that only look Cyrillic, passives inside a body's own statement, coordinated
actors, «в ответ», the words of normalising ties, of withdrawing forces, of appeals and of opposing."""

from __future__ import annotations

from tests.russian_helpers import russian


def acts(doc, modes=("asserted", "claimed", "future")) -> set[tuple[str, str, str]]:
    def side(ref):
        return "IGO" if ref.role == "IGO" else ref.country

    return {(side(e.source), side(e.target), e.cameo[:2]) for e in doc.events if e.mode in modes}


def test_latin_and_greek_lookalike_letters_inside_russian_words_read_as_cyrillic():
    from faultlines.nlp.ru.text import cyrillic_lookalikes

    assert cyrillic_lookalikes("здοровых Mоскве Reuters таκже") == "здоровых Москве Reuters также"
    # Greek omicrons in the verb and the name: the act and its target are still read
    doc = russian("Пοльша οсудила решение Мοсквы.")
    assert ("POL", "RUS", "11") in acts(doc)


def test_a_passive_inside_a_bodys_own_statement_is_the_bodys_act():
    doc = russian("«Уничтожены пять украинских беспилотников», — говорится в сообщении Минобороны России.")
    assert ("RUS", "UKR", "19") in acts(doc)
    doc = russian("«Российские дипломаты высланы из страны», — говорится в заявлении МИД Эстонии.")
    assert ("EST", "RUS", "16") in acts(doc)
    doc = russian("«Послу Франции вручена нота протеста», — сообщили в МИД России.")
    assert ("RUS", "FRA", "11") in acts(doc)


def test_force_in_the_passive_inside_a_statement_is_suffered_not_done_by_the_speaker():
    doc = russian("«Наши позиции были обстреляны украинскими военными», — заявили в Минобороны России.")
    assert ("RUS", "UKR", "19") not in acts(doc)


def test_adjectives_of_regions_that_share_one_noun_are_each_a_place():
    from faultlines.model import Article
    from faultlines.nlp.ru.parse import parse_russian

    parsed = parse_russian(Article(paragraphs=["Дроны сбиты над Калужской и Брянской областями."], language="ru"))
    places = [m.text for s in parsed.sentences for m in s.matches if m.entry is not None and m.entry.kind == "place"]
    assert places == ["Калужской", "Брянской областями"]
