"""Russian wire-copy constructions (ninth round, issue 12), each in sentences written for the test after reading
unseen Russian news: every case failed on the code before its rule."""

from __future__ import annotations

try:
    from russian_helpers import russian, triples
except ImportError:  # pragma: no cover - when tests/ is a package
    from tests.russian_helpers import russian, triples


def test_a_group_named_in_quote_marks_is_a_target_not_a_quote():
    assert ("ISR", "LBN", "19") in triples(russian("Израиль атаковал «Хезболлу» на юге страны."))
    assert ("ISR", "LBN", "19") in triples(russian('Армия обороны Израиля нанесла удары по позициям "Хезболлах".'))


def test_a_party_named_in_quote_marks_acts_as_the_subject():
    doc = russian("Оппозиционная партия «Единое национальное движение» осудила Москву.")
    assert ("GEO", "RUS", "11") in triples(doc)


def test_a_party_demanding_of_an_unnamed_government_demands_of_its_own():
    doc = russian("Оппозиционная партия «Единое национальное движение» потребовала от правительства разорвать связи с Москвой.")
    found = triples(doc)
    assert ("GEO", "GEO", "10") in found and ("GEO", "RUS", "10") not in found
    doc = russian("МИД России потребовал от властей Латвии прекратить преследование журналистов.")
    assert ("RUS", "LVA", "10") in triples(doc)
