"""Russian events: talks named by a noun phrase and calls, checked on sentences written here."""

from __future__ import annotations

from faultlines.model import Article, Input
from faultlines.pipeline import analyze_article


def triples(*paragraphs: str) -> set[tuple[str, str, str]]:
    article = Article(paragraphs=list(paragraphs), published="2025-06-01", language="ru")
    doc = analyze_article(article, Input(kind="text"))
    return {(e.source.country, e.target.country, e.cameo) for e in doc.events if e.mode == "asserted"}


def test_talks_held_named_before_the_subject_who_held_them():
    found = triples("В ходе переговоров с Владимиром Путиным Касым-Жомарт Токаев обсудил транзит.")
    assert {("KAZ", "RUS", "040"), ("RUS", "KAZ", "040")} <= found
    found = triples("После переговоров с Ильхамом Алиевым Никол Пашинян заявил, что мир близок.")
    assert {("ARM", "AZE", "040"), ("AZE", "ARM", "040")} <= found


def test_talks_only_spoken_of_are_no_meeting():
    assert not any(t[2].startswith("04") for t in triples("Договор подпишут после переговоров с Россией."))


def test_calls_and_accusations_named_by_a_noun_or_a_verb():
    assert ("TUR", "RUS", "041") in triples("Реджеп Тайип Эрдоган созвонился с Владимиром Путиным.")
    assert ("KAZ", "RUS", "041") in triples("Токаев в ходе разговора с Путиным поблагодарил его за поддержку.")
    assert ("RUS", "USA", "112") in triples("МИД России выступил с обвинениями в адрес США.")


def test_a_pronoun_subject_acts_for_the_person_named_before():
    found = triples(
        "Касым-Жомарт Токаев провел встречу с журналистами.",
        "Он заявил о готовности принять на своей территории переговоры России и Украины.",
    )
    assert {("KAZ", "RUS", "036"), ("KAZ", "UKR", "036")} <= found
    found = triples("Мария Захарова выступила на брифинге. Она осудила Латвию за депортацию пенсионеров.")
    assert ("RUS", "LVA", "111") in found


def test_an_impersonal_act_in_a_state_named_after_it_is_that_states_act():
    found = triples("В пятницу двух российских дипломатов объявили персонами нон грата в Эстонии.")
    assert ("EST", "RUS", "166") in found
    found = triples("Двух российских дипломатов объявили персонами нон грата, сообщили журналисты.")
    assert not any(t[2] == "166" for t in found)


def test_a_colleague_or_leader_of_a_state_is_the_state_an_act_falls_on():
    found = triples("Касым-Жомарт Токаев поблагодарил узбекского коллегу за поддержку.")
    assert ("KAZ", "UZB", "051") in found


def test_the_sides_called_on_are_the_parties_of_the_last_dispute():
    found = triples(
        "Россельхознадзор ввел ограничения на ввоз зерна из трех областей Казахстана.",
        "Евразийская экономическая комиссия призвала стороны урегулировать спор.",
    )
    assert ("RUS", "KAZ", "163") in found
    assert {("IGO", "RUS", "020"), ("IGO", "KAZ", "020")} <= {(s or "IGO", t, c) for s, t, c in found}


def test_agreements_held_talks_broken_relations_and_extended_sanctions():
    assert ("KAZ", "CHN", "057") in triples("Казахстан и Китай заключили соглашение о транзите.")
    assert ("RUS", "KAZ", "040") in triples("В Кремле состоялись переговоры Путина и Токаева.")
    assert ("MDA", "RUS", "161") in triples("Молдавия разорвала дипломатические отношения с Россией.")
    assert ("GBR", "RUS", "163") in triples("Великобритания продлила санкции против России.")
