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


def acts(doc, modes=("asserted", "claimed")) -> set[tuple[str | None, str | None, str]]:
    side = lambda ref: "IGO" if ref.role == "IGO" else ref.country  # noqa: E731
    return {(side(e.source), side(e.target), e.cameo[:2]) for e in doc.events if e.mode in modes}


def test_sanctions_owned_by_the_subject_of_a_relative_clause():
    doc = russian("Лавров заявил, что санкции, которые Евросоюз ввел против России, незаконны.")
    assert ("IGO", "RUS", "16") in acts(doc)
    doc = russian("Глава МИД России Сергей Лавров заявил, что санкции, которые Евросоюз ввел против него, ничего не изменят.")
    assert ("IGO", "RUS", "16") in acts(doc)


def test_an_anti_adjective_names_the_target():
    assert ("IGO", "RUS", "16") in acts(russian("Евросоюз утвердил новый пакет антироссийских санкций."))


def test_force_owned_by_a_state_falls_on_the_state_after_po_or_on_the_speakers():
    doc = russian("Представитель МИД Ирана заявил, что удары Израиля по Ирану являются преступлением.")
    assert ("ISR", "IRN", "19") in acts(doc)
    doc = russian("Представитель МИД Ирана Исмаил Багаи заявил, что нападение США является объявлением войны.")
    assert {("USA", "IRN", "19"), ("IRN", "USA", "11")} <= acts(doc)


def test_parties_named_as_adjectives_of_the_sides():
    assert ("IRN", "USA", "04") in acts(russian("Иранская и американская стороны вели переговоры в Омане."))


def test_talks_one_takes_part_in():
    assert ("IRN", "USA", "04") in acts(russian("Иран участвовал в переговорах с США."))


def test_a_promise_to_respond_is_a_threat():
    found = acts(russian("Китай пообещал ответить США на новые пошлины."))
    assert ("CHN", "USA", "13") in found
    assert ("CHN", "USA", "03") not in found


def test_measures_taken_by_a_side_are_no_hosting():
    found = acts(russian("Китай приветствует меры, принятые американской стороной."))
    assert ("CHN", "USA", "05") in found
    assert ("CHN", "USA", "04") not in found


def test_deeming_an_act_illegal_and_a_hostile_line_are_disapproval():
    assert ("RUS", "IGO", "11") in acts(russian("Россия считает новые санкции Евросоюза незаконными."))
    doc = russian("Песков заявил, что Евросоюз продолжает враждебную линию в отношении России.")
    assert ("RUS", "IGO", "11") in acts(doc)


def test_the_speaker_who_calls_a_state_a_priority_partner_praises_it():
    doc = russian("Глава МИД Украины Андрей Сибига отметил, что Казахстан является одним из приоритетных партнеров.")
    assert ("UKR", "KAZ", "05") in acts(doc)


def test_sanctions_with_no_target_fall_on_the_state_of_who_reports_them():
    doc = russian("Песков заявил, что Москва сожалеет в связи с принятием Евросоюзом новых санкций.")
    assert ("IGO", "RUS", "16") in acts(doc)


def test_a_state_in_the_genitive_after_an_act_noun_is_its_agent_not_the_subject():
    found = acts(russian("В МИД КНР прокомментировали введение США пошлин."))
    assert ("CHN", "USA", "16") not in found


def test_an_interest_expressed_together_is_mutual():
    assert ("KAZ", "UKR", "03") in acts(russian("Казахстан и Украина выразили заинтересованность в сотрудничестве."))


def test_a_state_inside_a_title_is_an_actor_beside_the_person():
    doc = russian("Пресс-секретарь президента РФ Дмитрий Песков заявил, что Европа следует за трендом США.")
    assert {"RUS", "person:dmitry-peskov"} <= {a.id for a in doc.actors}
    assert said(doc) == {"Европа следует за трендом США": "person:dmitry-peskov"}
    doc = russian("Дмитрий Песков прокомментировал санкции. «Можно только сожалеть», — заключил представитель Кремля.")
    assert said(doc) == {"Можно только сожалеть": "person:dmitry-peskov"}


def test_a_quote_left_open_at_the_end_of_a_paragraph_is_the_closing_attributions():
    doc = russian(
        "Мурат Нуртлеу прокомментировал ситуацию. По словам Лаврова, дороги открыты. «Обстановка в регионе спокойная.",
        "На паритетных условиях создается комиссия», — добавил министр иностранных дел Казахстана Мурат Нуртлеу.",
    )
    quotes = said(doc)
    assert quotes["дороги открыты"] == "person:sergei-lavrov"
    assert quotes["Обстановка в регионе спокойная."] == "person:murat-nurtleu"


def test_the_head_of_state_is_the_holder_named_as_a_subject_not_the_one_met():
    doc = russian(
        "Президент Казахстана Касым-Жомарт Токаев провел переговоры с Владимиром Путиным.",
        "«Наши отношения на подъеме», — отметил глава государства.",
    )
    assert said(doc) == {"Наши отношения на подъеме": "person:kassym-jomart-tokayev"}


def test_a_body_named_with_its_state_speaks_and_is_the_ministry_of_a_later_in_the_ministry():
    doc = russian("В Минобороны РФ заявили, что ВСУ атаковали Белгород. «Все беспилотники сбиты», — отметили в ведомстве.")
    assert said(doc) == {"ВСУ атаковали Белгород": "org:rus-gov", "Все беспилотники сбиты": "org:rus-gov"}


def test_a_sanctions_package_is_its_owners_not_the_subjects_who_block_it():
    found = acts(russian("Венгрия заблокировала новый пакет санкций ЕС против России."))
    assert ("IGO", "RUS", "16") in found
    assert ("HUN", "IGO", "16") not in found


def test_sanctions_and_tariffs_fall_on_the_state_of_the_firms_or_goods_named():
    assert ("UKR", "RUS", "16") in acts(russian("Украина ввела санкции против российских компаний."))
    assert ("USA", "CHN", "16") in acts(russian("США ввели пошлины на товары из Китая."))
    assert ("LVA", "RUS", "17") in acts(russian("Латвия запретила въезд российским гражданам."))


def test_a_visit_to_a_capital_named_as_the_place():
    doc = russian("Министр иностранных дел Турции Хакан Фидан прибыл с визитом в Москву.")
    assert ("TUR", "RUS", "04") in acts(doc)


def test_force_on_a_place_of_another_state_falls_on_its_people():
    doc = russian("ВСУ обстреляли Белгород, сообщил губернатор.")
    assert any(e.source.country == "UKR" and e.target.code == "RUSCVL" and e.cameo.startswith("19") for e in doc.events)
    assert not russian("Российские войска нанесли удар по Белгороду.").events


def test_passive_sanctions_are_the_agents():
    assert ("IGO", "RUS", "16") in acts(russian("Санкции против России были введены Евросоюзом в феврале."))


def test_force_named_by_its_weapons_state_on_a_place():
    assert ("RUS", "UKR", "19") in acts(russian("Киев заявил о массированном ударе российских дронов по Одессе."))


def test_an_invitation_to_visit_is_no_visit():
    found = acts(russian("Путин пригласил Токаева посетить Москву."))
    assert ("RUS", "KAZ", "03") in found
    assert ("KAZ", "RUS", "04") not in found


def test_reproach_and_warning():
    assert ("RUS", "USA", "11") in acts(russian("Лавров упрекнул Вашингтон в двойных стандартах."))
    assert ("POL", "BLR", "13") in acts(russian("МИД Польши предостерег Минск от провокаций на границе."))


def test_a_quote_standing_alone_is_said_by_the_subject_of_the_sentence_before():
    doc = russian(
        "Сергей Лавров выступил на брифинге в Москве. «Мы не допустим никакого давления на нашу страну».",
        "Посол России в Латвии Михаил Ванин прокомментировал решение Риги.",
        "«Это недружественный шаг, который разрушает остатки отношений».",
    )
    assert said(doc) == {
        "Мы не допустим никакого давления на нашу страну": "person:sergei-lavrov",
        "Это недружественный шаг, который разрушает остатки отношений": "person:mikhail-vanin",
    }


def test_a_name_in_marks_that_opens_a_sentence_is_no_standalone_quote():
    doc = russian("Токаев провел переговоры с Путиным. «Лента.ру» обратила внимание на детали встречи.")
    assert "Лента.ру" not in said(doc)


def test_a_deputy_of_a_body_is_of_its_state_and_a_diplomat_is_the_last_speaker():
    doc = russian("Депутат Госдумы Алексей Журавлев заявил, что Польша готовит провокацию.")
    assert [q.speaker.country for q in doc.quotes] == ["RUS"]
    doc = russian("Посол Польши в России заявил, что Варшава не изменит позицию. «Это окончательное решение», — подчеркнул дипломат.")
    assert [q.speaker.country for q in doc.quotes] == ["POL", "POL"]


def test_drawing_attention_reports_speech():
    doc = russian("Мария Захарова также обратила внимание, что Литва нарушает конвенцию.")
    assert said(doc) == {"Литва нарушает конвенцию": "person:maria-zakharova"}


def test_what_a_speaker_says_another_state_tries_or_violates_judges_it():
    assert ("RUS", "USA", "11") in acts(russian("Лавров заявил, что США пытаются сорвать переговоры."))
    assert ("RUS", "LTU", "11") in acts(russian("Захарова заявила, что Литва грубо нарушает Венскую конвенцию."))
    assert ("RUS", "UKR", "11") in acts(russian("Захарова заявила, что действия Киева носят провокационный характер."))


def test_answering_a_states_acts_threatens_it_but_answering_a_question_does_not():
    assert ("RUS", "USA", "13") in acts(russian("Рябков заявил, что Россия ответит на действия США."))
    doc = russian("США ввели санкции против России. Лавров ответил на вопрос журналиста о переговорах.")
    assert acts(doc) == {("USA", "RUS", "16")}


def test_support_aggression_and_shelling_of_a_states_towns():
    assert ("KAZ", "UKR", "05") in acts(russian("Казахстан поддерживает территориальную целостность Украины."))
    assert ("AZE", "ARM", "19") in acts(russian("Пашинян заявил, что Азербайджан продолжает агрессию против Армении."))
    assert ("RUS", "UKR", "19") in acts(russian("Сибига заявил, что Россия продолжает обстреливать украинские города."))


def test_a_dative_before_a_noun_act_is_never_its_agent():
    doc = russian("Сенат США принял законопроект, предусматривающий поставки оружия Украине и расширение санкций против России.")
    found = acts(doc)
    assert ("USA", "RUS", "16") in found
    assert ("UKR", "RUS", "16") not in found


def test_no_political_will_is_disapproval():
    doc = russian("Евросоюз показывает отсутствие политической воли к миру. Об этом заявила Мария Захарова.")
    assert ("RUS", "IGO", "11") in acts(doc)


def test_air_defence_destroying_a_states_drones_is_the_reporters_force_on_it():
    doc = russian(
        "Средства ПВО уничтожили десять украинских беспилотников, которые пытались атаковать объекты на территории "
        "российских регионов. Об этом сообщило Минобороны РФ."
    )
    assert {("RUS", "UKR", "19"), ("UKR", "RUS", "19")} <= acts(doc)
    doc = russian("Российские военные сбили три украинских беспилотника.")
    assert ("RUS", "UKR", "19") in acts(doc)


def test_a_blocs_sanctions_never_fall_on_a_member_that_reports_them():
    doc = russian("Глава МИД Венгрии Петер Сийярто заявил, что 19-й пакет санкций ЕС не нарушит интересы Венгрии.")
    assert ("IGO", "HUN", "16") not in acts(doc)
    doc = russian("Глава МИД Венгрии Петер Сийярто заявил, что Венгрия не будет тормозить введение новых санкций ЕС.")
    assert ("IGO", "HUN", "16") not in acts(doc)


def test_the_regions_of_the_war_reports_are_their_states_places():
    doc = russian("ВСУ атаковали Брянскую область.")
    assert any(e.source.country == "UKR" and e.target.code == "RUSCVL" for e in doc.events)


def test_an_impersonal_it_is_noted_opening_a_sentence_goes_on_with_the_last_source():
    doc = russian(
        "В МИД России заявили, что посол Латвии вызван в министерство.",
        "Над территорией России были сбиты беспилотники. Отмечается, что атака была отражена.",
    )
    assert said(doc)["атака была отражена"] == "org:rus-gov"
    assert said(russian("Отмечается, что атака на город была отражена.")) == {}


def test_the_ministry_is_the_subject_body_named_before_not_the_forces_named_after_it():
    doc = russian(
        "Минобороны России сообщило об уничтожении двадцати дронов ВСУ.",
        "В ведомстве подчеркнули, что информации о пострадавших не поступало.",
    )
    assert said(doc)["информации о пострадавших не поступало"] == "org:rus-gov"


def test_a_dash_after_a_reporting_word_opens_what_was_said():
    doc = russian("Российские дипломаты уверены - протестная акция у посольства спланирована властями Британии.")
    assert [(q.text, q.speaker.country) for q in doc.quotes] == [
        ("протестная акция у посольства спланирована властями Британии", "RUS")
    ]
    assert said(russian("Лавров заявил - и это важно - что переговоры продолжатся.")) == {}
