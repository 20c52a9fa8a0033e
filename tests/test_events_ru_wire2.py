"""Russian wire-copy constructions (tenth round, issue 12), each in sentences written for the test after reading
unseen Russian news: every case failed on the code before its rule."""

from __future__ import annotations

try:
    from russian_helpers import russian, triples
except ImportError:  # pragma: no cover - when tests/ is a package
    from tests.russian_helpers import russian, triples


def test_a_shelling_reported_from_another_side_is_that_sides_act_on_the_reporter():
    found = triples(russian("Грузия заявила об обстреле своих постов со стороны России."))
    assert ("RUS", "GEO", "19") in found and ("GEO", "RUS", "19") not in found
    found = triples(russian("15 мая Минобороны Армении сообщило о нападении на свои посты со стороны Азербайджана."))
    assert ("AZE", "ARM", "19") in found and ("ARM", "AZE", "19") not in found


def test_who_comments_on_a_sanctions_package_does_not_impose_it():
    assert not triples(russian("Представитель МИД Китая прокомментировал новый пакет санкций, введенный Евросоюзом."))


def test_a_noun_inside_another_coded_act_is_part_of_it():
    # «пакета» stands between «введение» and «санкций»: the answer's subject does not impose the package
    found = triples(russian("Москва примет меры в ответ на введение Лондоном нового пакета санкций."))
    assert ("RUS", "GBR", "16") not in found
