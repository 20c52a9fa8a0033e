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


def test_a_connective_before_po_slovam_and_kak_otmetil_keeps_the_speaker():
    doc = russian(
        "Кроме того, по словам Сергея Лаврова, Москва готова к переговорам.",
        "При этом, как отметила Мария Захарова, Запад ведет опасную игру.",
    )
    assert said(doc) == {
        "Москва готова к переговорам": "person:sergei-lavrov",
        "Запад ведет опасную игру": "person:maria-zakharova",
    }


def test_po_mneniyu_is_a_quote_and_po_dannym_only_with_a_named_source():
    doc = russian(
        "По мнению Никола Пашиняна, мир в регионе возможен уже в этом году.",
        "По данным опроса, большинство жителей поддерживает мирный договор с соседями.",
    )
    assert said(doc) == {"мир в регионе возможен уже в этом году": "person:nikol-pashinyan"}


def test_an_unnamed_source_is_no_speaker_even_in_a_named_body():
    doc = russian("Как рассказал источник в российском правительстве, Москва не планирует вводить ответные пошлины.")
    assert said(doc) == {"Москва не планирует вводить ответные пошлины": None}


def test_the_official_of_a_body_named_before_speaks_for_that_body():
    doc = russian(
        "Сергей Лавров встретился с Марко Рубио. Госдепартамент США поддержал переговоры.",
        "Представитель ведомства заявил, что Вашингтон приветствует прогресс.",
    )
    assert said(doc)["Вашингтон приветствует прогресс"] == "org:state-department"


def test_a_clause_after_a_reporting_verb_and_a_colon_without_marks():
    doc = russian(
        "Никол Пашинян подчеркнул: мирный договор может быть подписан в этом году.",
        "Сергей Лавров заявил: «Москва готова к переговорам».",
    )
    assert said(doc) == {
        "мирный договор может быть подписан в этом году": "person:nikol-pashinyan",
        "Москва готова к переговорам": "person:sergei-lavrov",
    }


def test_vyrazil_uverennost_chto_is_indirect_speech():
    doc = russian("Касым-Жомарт Токаев выразил уверенность, что торговля с Китаем вырастет.")
    assert said(doc) == {"торговля с Китаем вырастет": "person:kassym-jomart-tokayev"}


def test_a_new_person_first_named_in_an_oblique_case_gets_the_nominative_name():
    from faultlines.nlp.ru.names import full_nominative

    assert full_nominative(["Ивана", "Петрова"]) == ["Иван", "Петров"]
    assert full_nominative(["Анне", "Смирновой"]) == ["Анна", "Смирнова"]
    assert full_nominative(["Мария", "Петрова"]) == ["Мария", "Петрова"]
    doc = russian("Министр встретился с Игорем Волковым. По мнению Ивана Петрова, проект будет завершен в срок.")
    ids = {a.id for a in doc.actors}
    assert {"person:igor-volkov", "person:ivan-petrov"} <= ids
    assert said(doc) == {"проект будет завершен в срок": "person:ivan-petrov"}


def test_a_name_that_does_not_decline_is_still_the_subject():
    doc = russian("Генсек НАТО Марк Рютте заявил, что альянс усилит восточный фланг.")
    assert said(doc) == {"альянс усилит восточный фланг": "person:mark-rutte"}


def test_a_pronoun_speaker_is_the_subject_of_the_sentence_before_not_its_object():
    doc = russian(
        "Владимир Путин поблагодарил президента Казахстана Касым-Жомарта Токаева за поддержку.",
        "«Мы ценим партнерство», — сказал он.",
        "Мария Захарова прокомментировала заявление Каи Каллас. «Это провокация», — сказала она.",
    )
    assert said(doc) == {"Мы ценим партнерство": "person:vladimir-putin", "Это провокация": "person:maria-zakharova"}


def test_leaders_and_bodies_often_named_in_russian_news_get_the_english_ids():
    doc = russian(
        "Министр иностранных дел Турции Хакан Фидан встретился с Аббасом Аракчи.",
        "В Пентагоне заявили, что Вашингтон усилит поддержку. МАГАТЭ направит инспекторов.",
    )
    ids = {a.id for a in doc.actors}
    assert {"person:hakan-fidan", "person:abbas-araghchi", "org:pentagon", "org:iaea"} <= ids
    assert said(doc)["Вашингтон усилит поддержку"] == "org:pentagon"


def test_an_acronym_matches_only_in_capitals():
    doc = russian("Рынок подержанных авто вырос, сообщили в ВТО.")
    assert [a.id for a in doc.actors if a.id == "org:wto"] == ["org:wto"]
    doc = russian("Министр говорил о рынке Aвто и о торговле.")
    assert "org:wto" not in {a.id for a in doc.actors}


def test_a_title_that_names_its_state_itself_is_the_office_holder():
    doc = russian("Пресс-секретарь Кремля заявил, что Москва не получала предложений.", published="2025-06-01")
    assert said(doc) == {"Москва не получала предложений": "person:dmitry-peskov"}
    doc = russian("Пресс-секретарь Кремля Иван Петров заявил, что Москва не получала предложений.")
    assert said(doc) == {"Москва не получала предложений": "person:ivan-petrov"}


def test_a_speaker_cited_by_an_agency_is_the_speaker():
    doc = russian(
        "Москва готова к переговорам с Киевом, передает ТАСС со ссылкой на Сергея Лаврова.",
        "Как сообщает РИА Новости со ссылкой на Марию Захарову, Запад ведет опасную игру.",
        "Проект будет завершен в срок, передает ТАСС.",
    )
    assert said(doc) == {
        "Москва готова к переговорам с Киевом": "person:sergei-lavrov",
        "Запад ведет опасную игру": "person:maria-zakharova",
    }


def test_a_listed_statement_with_a_quote_after_a_colon_is_the_last_speakers():
    doc = russian(
        "Официальный представитель МИД России Мария Захарова провела брифинг. «Запад готовит провокацию», — сказала она.",
        "О Молдавии",
        "- Кишинев продолжает дискриминацию русскоязычных: «Власти Молдавии закрывают русские школы».",
    )
    assert said(doc)["Власти Молдавии закрывают русские школы"] == "person:maria-zakharova"


def test_words_on_where_the_speaker_spoke_may_come_between_the_verb_and_chto():
    doc = russian(
        "Мария Захарова заявила в эфире радиостанции Sputnik, что Запад ведет опасную игру.",
        "Дмитрий Песков сообщил журналистам в кулуарах Петербургского форума, что Кремль не видит угрозы.",
    )
    assert said(doc) == {
        "Запад ведет опасную игру": "person:maria-zakharova",
        "Кремль не видит угрозы": "person:dmitry-peskov",
    }


def test_foreign_and_unknown_surnames_come_back_to_the_nominative_with_their_first_name():
    from faultlines.nlp.ru.names import full_nominative

    assert full_nominative(["Джоном", "Миршаймером"]) == ["Джон", "Миршаймер"]
    assert full_nominative(["Дмитрия", "Кулебы"]) == ["Дмитрий", "Кулеба"]
    assert full_nominative(["Арарата", "Мирзояна"]) == ["Арарат", "Мирзоян"]


def test_a_namesake_of_a_known_person_and_an_authors_byline_are_not_that_person():
    doc = russian(
        "Автор: Айгерим Сапарова",
        "Министр сельского хозяйства Казахстана Айдарбек Сапаров провел встречу с фермерами.",
        "Эксперт Айгерим Сапарова считает, что урожай будет высоким.",
    )
    ids = {a.id for a in doc.actors}
    assert "person:aidarbek-saparov" in ids and "person:aigerim-saparova" in ids
    assert said(doc)["урожай будет высоким"] == "person:aigerim-saparova"


def test_a_body_adjective_of_a_thing_and_a_photo_credit_name_no_actors():
    doc = russian(
        "Евросоюз выделит средства на увеличение военной помощи Украине. Российские военные заявили о готовности.",
        "Фото пресс-службы Акорды",
    )
    ids = {a.id for a in doc.actors}
    assert "org:ukr-mil" not in ids and "org:kaz-gov" not in ids
    assert "org:rus-mil" in ids


def test_the_press_service_of_a_states_leader_is_that_states_body():
    doc = russian("Встреча прошла в Нью-Йорке, сообщили в пресс-службе узбекского лидера.")
    assert "org:uzb-gov" in {a.id for a in doc.actors}


def test_a_quote_opening_a_paragraph_after_a_colon_is_said_by_who_announced_it():
    doc = russian(
        "Мария Захарова выступила на брифинге. Сергей Лавров ответил на вопрос о переговорах так:",
        "«Мы готовы, но ждем сигнала от Киева».",
    )
    assert said(doc) == {"Мы готовы, но ждем сигнала от Киева": "person:sergei-lavrov"}


def test_an_official_or_analyst_named_by_a_common_noun_is_the_person_named_before():
    doc = russian("Иван Петров встретился с журналистами. По мнению чиновника, проект будет завершен в срок.")
    assert said(doc) == {"проект будет завершен в срок": "person:ivan-petrov"}
