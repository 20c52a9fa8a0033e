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
