"""Russian rules added on the third batch of the real-news dev half (eval/gold/russian_real), each checked on short
sentences written here."""

from __future__ import annotations

from faultlines.model import Article, Input
from faultlines.pipeline import analyze_article


def russian(*paragraphs: str, published: str = "2026-06-01"):
    article = Article(paragraphs=list(paragraphs), published=published, language="ru")
    return analyze_article(article, Input(kind="text"))


def triples(doc, modes=("asserted",)):
    return {(e.source.country, e.target.country, e.cameo[:2]) for e in doc.events if e.mode in modes}


def test_an_envoy_summoned_to_a_ministry_named_as_the_place():
    assert ("RUS", "USA", "11") in triples(russian("Посла США вызвали в МИД России из-за новых санкций."))
    assert ("SRB", "RUS", "11") in triples(russian("Российского посла вызвали в МИД Сербии."))
    passive = russian("Временный поверенный в делах Украины в России был вызван в МИД РФ.")
    assert ("RUS", "UKR", "11") in triples(passive)
    # where the envoy serves is not whom the ministry summons
    serving = triples(russian("Посла Франции в Германии вызвали в МИД Италии."))
    assert ("ITA", "FRA", "11") in serving and ("ITA", "DEU", "11") not in serving


def test_a_summons_needs_the_envoy_state_named():
    assert not triples(russian("Их послов пригласили в МИД Эстонии."))


def test_sanctions_owned_by_a_state_fall_on_the_one_after_against():
    assert ("USA", "RUS", "16") in triples(russian("Москва ответит на санкции США против российских компаний."))
    assert ("GBR", "IRN", "16") in triples(russian("Эксперты обсудили британские санкции в отношении Ирана."))
    assert not any(t[2] == "16" for t in triples(russian("Эксперты обсудили санкции против Ирана.")))


def test_a_decree_on_sanctions_is_no_signed_agreement():
    found = triples(russian("Президент Украины подписал указ о введении санкций против России."))
    assert ("UKR", "RUS", "16") in found and not any(t[2] == "05" for t in found)


def test_a_gerund_acts_with_the_subject_of_its_main_clause():
    found = triples(russian("Расширив санкции против России, власти США предпочли разрушить связи."))
    assert ("USA", "RUS", "16") in found and ("RUS", "USA", "16") not in found


def test_closing_a_border_and_who_closes_it_in_a_noun_or_a_decision():
    assert ("POL", "BLR", "19") in triples(russian("Польша закрыла границу с Белоруссией."))
    noun = triples(russian("Президент Литвы осудил закрытие Польшей границы с Белоруссией."))
    assert ("POL", "BLR", "19") in noun
    decision = triples(russian("Лукашенко назвал аферой решение Польши закрыть границу с Белоруссией."))
    assert ("POL", "BLR", "19") in decision and ("BLR", "POL", "11") in decision


def test_calling_something_a_fake_judges_no_one_but_its_author():
    assert not triples(russian("Песков назвал фейком информацию о том, что Москва готовит провокацию."))


def test_a_promise_to_answer_sanctions_is_a_threat():
    assert ("RUS", "USA", "13") in triples(russian("Россия оставляет за собой право ответить на санкции США."))
    assert ("RUS", "USA", "13") in triples(russian("Российская сторона ответит на санкции США."))
