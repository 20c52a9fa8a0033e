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


def test_a_deed_a_quote_tells_of_another_state_is_its_speakers_claim():
    doc = russian("«Израиль атаковал цели в Иране», — говорится в заявлении МИД Ирана.")
    assert ("ISR", "IRN", "19") in acts(doc, modes=("claimed",))
    doc = russian("«Военнослужащие Таджикистана покинули территорию Киргизии», — уточнил Жапаров.")
    assert ("TJK", "KGZ", "08") in acts(doc)


def test_a_quote_in_the_first_person_is_the_speakers_act_not_the_state_named_before():
    doc = russian("«Это касается и Украины. Я попросил коллег из Германии о понимании», — заявил Сийярто.")
    assert ("HUN", "DEU", "02") in acts(doc)
    assert not any(a == "UKR" for a, _, _ in acts(doc))


def test_a_quotes_present_tense_is_a_view_not_a_deed():
    assert acts(russian("«Россия всегда поддерживает Казахстан», — сказал Лавров.")) == set()
    assert acts(russian("«Запад вводит против нас санкции», — сказал Песков.")) == set()


def test_normalising_restoring_and_establishing_ties_are_intents_to_cooperate():
    assert ("HUN", "RUS", "03") in acts(russian("Венгрия стремится к нормализации отношений с Россией."))
    assert ("ARM", "TUR", "03") in acts(russian("Армения намерена восстановить отношения с Турцией."))


def test_withdrawing_forces_and_leaving_a_states_territory_de_escalate():
    assert ("RUS", "SYR", "08") in acts(russian("Россия вывела войска из Сирии."))
    assert ("TJK", "KGZ", "08") in acts(russian("Военнослужащие Таджикистана покинули территорию Киргизии."))
    assert acts(russian("Посол Болгарии покинул Москву.")) == set()


def test_opposing_and_criticising_name_the_owner_of_what_is_opposed():
    assert ("CHN", "USA", "12") in acts(russian("Китай выступает против давления со стороны США."))
    assert ("HUN", "IGO", "12") in acts(russian("Венгрия выступила против новых санкций Евросоюза."))
    assert ("JPN", "CHN", "11") in acts(russian("Япония выразила критику действий Китая."))


def test_the_state_an_opposed_or_condemned_act_is_against_is_no_target():
    assert acts(russian("Венгрия выступила против санкций против России.")) == set()
    assert acts(russian("Китай осудил санкции против Ирана.")) == set()
    assert ("CHN", "USA", "11") in acts(russian("Китай осудил санкции США против Ирана."))


def test_limiting_imports_is_a_sanction_on_the_state_they_come_from():
    assert ("RUS", "TUR", "16") in acts(russian("Россия ограничила импорт овощей из Турции."))


def test_who_condemns_or_calls_to_stop_an_act_named_by_a_noun_does_not_do_it():
    assert acts(russian("Россия осудила агрессию против Ирана.")) == set()
    assert ("USA", "UKR", "07") in acts(russian("США продолжили поставки оружия Украине."))


def test_in_answer_the_act_falls_on_the_one_answered():
    doc = russian("Евросоюз ввел санкции против России.", "В ответ Россия запретила ввоз продуктов.")
    assert ("RUS", "IGO", "16") in acts(doc)
    doc = russian("В ответ на действия Литвы Россия ввела запрет на ввоз продуктов.")
    assert ("RUS", "LTU", "16") in acts(doc)
    # what «в ответ» answers is an act on the answering state, not the last act of anyone
    doc = russian("Германия призвала Китай к диалогу.", "В ответ Россия ограничила импорт овощей.")
    assert not any(a == "RUS" for a, _, _ in acts(doc))


def test_the_agent_of_a_passive_acts_on_what_the_passive_names():
    assert ("UKR", "RUS", "19") in acts(russian("Белгород был обстрелян со стороны ВСУ."))
    assert ("RUS", "UKR", "19") in acts(russian("Киев был атакован российскими ракетами."))
    assert ("CHN", "JPN", "11") in acts(russian("Решение Токио было осуждено Пекином."))
    # a full participle: its agent, then what it describes
    doc = russian("Посол прокомментировал сбитый вооруженными силами Азербайджана российский вертолет.")
    assert ("AZE", "RUS", "19") in acts(doc)
    # no agent named: the speaker of the statement suffers it
    assert acts(russian("«Наши позиции были обстреляны», — заявили в Минобороны России.")) == set()


def test_a_state_never_acts_on_its_own_forces():
    doc = russian("Посол прокомментировал сбитый вооруженными силами Азербайджана вертолет.")
    assert ("AZE", "AZE", "19") not in acts(doc)


def test_states_joined_by_and_each_take_part():
    doc = russian("Послов Польши и Финляндии пригласили в МИД России.")
    assert {("RUS", "POL", "11"), ("RUS", "FIN", "11")} <= acts(doc)
    doc = russian("Совместные атаки США и Израиля по территории Ирана продолжились.")
    assert {("USA", "IRN", "19"), ("ISR", "IRN", "19")} <= acts(doc)
    doc = russian("Представитель МИД Ирана заявил, что нападение США и Израиля является объявлением войны.")
    assert {("IRN", "USA", "11"), ("IRN", "ISR", "11")} <= acts(doc)
    # a state after «в» is where the envoy serves, not a second envoy's state
    doc = russian("Посла России в Сербии вызвали в МИД Сербии.")
    assert acts(doc) == {("SRB", "RUS", "11")}


def test_a_ministry_named_alone_in_a_statement_is_the_speakers():
    doc = russian("«Временный поверенный в делах посольства России был приглашен в МИД», — говорится в сообщении МИД Азербайджана.")
    assert ("AZE", "RUS", "11") in acts(doc)


def test_a_hard_or_mirror_answer_threatens_the_one_answered():
    doc = russian("Захарова заявила, что Россия даст жесткий ответ на действия Вашингтона.")
    assert ("RUS", "USA", "13") in acts(doc)


def test_a_ministry_reporting_strikes_made_reports_its_own_forces_strikes():
    doc = russian("Минобороны России сообщило о нанесении удара по объектам ВСУ.")
    assert ("RUS", "UKR", "19") in acts(doc)
    doc = russian("Зеленский сообщил о нанесении Россией удара по Киеву.")
    assert ("RUS", "UKR", "19") in acts(doc)


def test_suspending_cooperation_or_talks_reduces_relations():
    assert ("AZE", "RUS", "16") in acts(russian("Азербайджан приостановил сотрудничество с Россией."))
    assert ("UKR", "RUS", "16") in acts(russian("Украина прервала переговоры с Россией."))
    assert ("RUS", "UKR", "16") not in acts(russian("Кремль призвал Киев не прекращать переговоры с Москвой."))


def test_he_or_she_after_an_act_is_the_subject_of_that_act_not_a_person_named_inside_it():
    doc = russian("Лидер Узбекистана похвалил политику президента Азербайджана Ильхама Алиева. "
                  "Кроме того, он поздравил президента Украины Владимира Зеленского.")
    assert ("UZB", "UKR", "05") in acts(doc)
    assert ("AZE", "UKR", "05") not in acts(doc)
    doc = russian("Токаев провел переговоры с Путиным. Он также поздравил Зеленского.")
    assert ("KAZ", "UKR", "05") in acts(doc)
    assert ("RUS", "UKR", "05") not in acts(doc)


def test_protesters_at_a_mission_are_the_opposition_of_the_state_they_protest_in():
    doc = russian("Протестующие заблокировали машину британского дипломата у здания МИД в Москве.")
    assert ("RUS", "GBR", "14") in acts(doc)
    assert any(e.source.role == "OPP" for e in doc.events)
    assert ("SRB", "USA", "14") in acts(russian("Активисты пикетировали посольство США в Белграде."))
    assert ("RUS", "FRA", "14") in acts(russian("У посольства Франции в Москве прошла акция протеста."))
    # a state that blocks something is no protester, and a protest with no mission has no target
    assert acts(russian("Украина заблокировала счета российских компаний.")) == set()
    assert acts(russian("Протестующие заблокировали дорогу в Тбилиси.")) == set()


def test_reflexive_verbs_of_diplomacy():
    assert ("JPN", "CHN", "05") in acts(russian("Япония извинилась перед Китаем."))
    assert ("TUR", "AZE", "05") in acts(russian("Турция заступилась за Азербайджан."))
    assert ("RUS", "UKR", "03") in acts(russian("Москва согласилась на переговоры с Киевом."))
    assert ("KAZ", "RUS", "16") in acts(russian("Казахстан присоединился к санкциям против России."))
    assert ("KAZ", "RUS", "16") not in acts(russian("Казахстан не присоединился к санкциям против России."))
    assert ("CHN", "JPN", "11") in acts(russian("Пекин возмутился действиями Токио."))
    assert ("BLR", "POL", "11") in acts(russian("Минск пожаловался в ООН на действия Варшавы."))


def test_a_state_named_after_o_is_a_topic_not_a_target():
    assert acts(russian("МИД России опроверг информацию о вызове посла США.")) == set()
    assert ("KAZ", "KGZ", "13") in acts(russian("Токаев предупредил Бишкек о последствиях."))


def test_the_kyiv_adjective_and_an_administration_or_regime_name_their_state():
    assert ("UKR", "RUS", "19") in acts(russian("Киевский режим обстрелял Белгород."))
    assert ("RUS", "UKR", "11") in acts(russian("Минобороны РФ обвинило киевский режим в провокации."))
    assert ("USA", "CHN", "16") in acts(russian("Американская администрация ввела пошлины против Китая."))


def test_coming_under_attack_names_the_attacker_after_the_noun_and_the_attacked_either_side():
    doc = russian("Под атакой украинских беспилотников оказались Курская и Брянская области.")
    assert ("UKR", "RUS", "19") in acts(doc)
    assert ("UKR", "RUS", "19") in acts(russian("Белгород оказался под обстрелом со стороны ВСУ."))
    assert acts(russian("Журналисты оказались под огнем.")) == set()


def test_exchanging_strikes_and_taking_control_of_ground():
    assert {("ISR", "IRN", "19"), ("IRN", "ISR", "19")} <= acts(russian("Израиль и Иран обменялись ударами."))
    doc = russian("Российские войска взяли под контроль населенный пункт в Донецкой области Украины.")
    assert ("RUS", "UKR", "19") in acts(doc)
    assert acts(russian("Правительство взяло под контроль цены.")) == set()


def test_threats_and_measures_aimed_in_someones_address():
    assert ("USA", "RUS", "13") in acts(russian("Захарова прокомментировала угрозы Вашингтона в адрес Москвы."))
    assert ("IGO", "RUS", "16") in acts(russian("Санкции ЕС в адрес России оказались неэффективными."))
    assert acts(russian("Лавров отверг угрозы в адрес России.")) == set()


def test_gratitude_is_praise():
    assert ("UZB", "KAZ", "05") in acts(russian("Мирзиёев выразил признательность Токаеву."))


def test_the_republic_is_the_state_named_last_before():
    doc = russian("Болгария объявила двух дипломатов персонами нон грата. "
                  "Прокуратура республики обвинила сотрудников российской дипмиссии в шпионаже.")
    assert ("BGR", "RUS", "11") in acts(doc)
    doc = russian("Власти Казахстана заявили о готовности принять переговоры. Республика призвала Россию и Украину к диалогу.")
    assert {("KAZ", "RUS", "02"), ("KAZ", "UKR", "02")} <= acts(doc)
    # a republic with an adjective is its own name
    assert acts(russian("В Чехии прошли выборы. Чешская республика осудила Россию.")) == set()


def test_a_call_or_talks_with_several_partners_join_the_subject_with_each():
    doc = russian("Эрдоган провел телефонный разговор с Путиным и Зеленским.")
    assert {("TUR", "RUS", "04"), ("TUR", "UKR", "04")} <= acts(doc)
    assert ("RUS", "UKR", "04") not in acts(doc)


def test_a_memorandum_adopted_after_talks_is_an_agreement_of_their_parties_and_a_plan_is_none():
    doc = russian("Путин и Эрдоган встретились в Сочи, по итогам встречи был принят меморандум о создании зоны безопасности.")
    assert ("RUS", "TUR", "05") in acts(doc)
    assert not any(r == "04" and a == b for a, b, r in acts(doc))
    assert acts(russian("Парламент принял документ о бюджете.")) == set()


def test_characterising_an_act_with_a_word_of_judgement_disapproves_of_its_owner():
    assert ("RUS", "LTU", "11") in acts(russian("Москва расценивает решение Вильнюса как недружественный шаг."))
    assert ("RUS", "LVA", "11") in acts(russian("Захарова расценила высылку дипломатов Латвией как провокацию."))
    assert ("RUS", "UKR", "11") in acts(russian("Лавров считает действия Киева провокацией."))
    assert ("RUS", "DEU", "11") in acts(russian("Захарова охарактеризовала заявление Берлина как лицемерное."))
    assert ("RUS", "FRA", "11") in acts(russian("В Кремле назвали заявления Макрона безответственными."))
    assert ("KAZ", "RUS", "11") not in acts(russian("Токаев не считает решение Москвы ошибкой."))
    assert acts(russian("Россия считает Казахстан надежным партнером.")) == set()


def test_talks_held_in_a_capital_are_between_their_parties_not_the_host():
    doc = russian("В Москве прошли переговоры Лаврова и Фидана.")
    assert acts(doc) == {("RUS", "TUR", "04"), ("TUR", "RUS", "04")}


def test_a_judgement_inside_a_direct_quote_is_its_speakers():
    doc = russian("«Это очередной недружественный шаг германских властей», — сказала Захарова.")
    assert ("RUS", "DEU", "11") in acts(doc)
    doc = russian("«Санкции Евросоюза — это враждебный выпад», — заявил Песков.")
    assert ("RUS", "IGO", "11") in acts(doc)
    # praise inside a quote is a compliment, not an act
    doc = russian("«Китай рассматривает Казахстан как надежного партнера», — заявил Си Цзиньпин.")
    assert ("CHN", "KAZ", "05") not in acts(doc)


def test_clashes_on_a_border_are_between_the_two_states_it_divides():
    doc = russian("На границе Киргизии и Таджикистана произошла перестрелка.")
    assert {("KGZ", "TJK", "19"), ("TJK", "KGZ", "19")} <= acts(doc)
    doc = russian("На границе Армении и Азербайджана произошли столкновения.")
    assert {("ARM", "AZE", "19"), ("AZE", "ARM", "19")} <= acts(doc)


def test_an_owner_inside_an_object_put_before_a_plural_verb_is_acted_on():
    doc = russian("В Кремле заявление Пашиняна назвали неконструктивным.")
    assert acts(doc) == {("RUS", "ARM", "11")}


def test_failing_obligations_is_an_accusation_by_the_speaker():
    doc = russian("Пашинян заявил, что невыполнение ОДКБ своих обязательств подорвало доверие.")
    assert ("ARM", "IGO", "11") in acts(doc)


def test_an_offer_reported_by_another_state_is_made_to_it_and_alleged_is_claimed():
    doc = russian("Зеленский заявил, что Москва якобы предложила провести переговоры с Путиным в Казахстане.")
    assert ("RUS", "UKR", "03") in acts(doc, modes=("claimed",))


def test_every_case_of_astana_and_minsk_names_the_state():
    assert ("RUS", "KAZ", "04") in acts(russian("Лавров прибыл в Астану с официальным визитом."))
    from faultlines.nlp.ru.actors import gazetteer_matches
    from faultlines.nlp.ru.text import tokens_of

    assert [m.entry.key for m in gazetteer_matches(tokens_of("с Минском"))] == ["BLR"]


def test_accepting_an_invitation_is_an_intent_to_meet_not_hosting_and_the_visit_is_not_yet_paid():
    doc = russian("Путин принял приглашение посетить Казахстан.")
    assert ("RUS", "KAZ", "03") in acts(doc)
    assert ("RUS", "KAZ", "04") not in acts(doc)


def test_weapons_named_before_a_passive_of_shooting_down_are_the_targets():
    assert ("RUS", "UKR", "19") in acts(russian("Украинские беспилотники сбиты над Брянской областью."))
    assert ("UKR", "RUS", "19") in acts(russian("Российские дроны сбиты над Киевом."))
    doc = russian("«Украинские беспилотники были уничтожены над Курской областью», — сообщили в Минобороны России.")
    assert ("RUS", "UKR", "19") in acts(doc)
    assert acts(russian("Беспилотники сбиты над Курской областью.")) == set()


def test_answering_falls_on_the_actor_of_the_act_answered_and_answering_questions_is_no_act():
    assert ("RUS", "LVA", "13") in acts(russian("Москва ответит на высылку российских дипломатов из Латвии."))
    assert ("RUS", "IGO", "13") in acts(russian("Евросоюз ввел санкции против России. Москва ответит на это."))
    doc = russian("Захарова, отвечая на вопрос журналистов из Молдавии, осудила решение Кишинева.")
    assert ("RUS", "MDA", "13") not in acts(doc)
    assert acts(russian("Лавров ответил на вопросы о переговорах с США.")) == set()


def test_wire_phrases_of_strikes_on_forces_and_equipment():
    assert ("RUS", "UKR", "19") in acts(russian("Российские военные нанесли поражение живой силе и технике ВСУ."))
    assert ("RUS", "UKR", "19") in acts(russian("Российские военные уничтожили живую силу и технику ВСУ."))
    assert ("UKR", "RUS", "19") in acts(russian("ВСУ уничтожили российский танк."))
    assert ("ISR", "IRN", "19") in acts(russian("Израиль нанес удар по иранским ядерным объектам."))
    # the state of the weapons used is no target
    assert acts(russian("Украина атаковала Крым с помощью британских ракет.")) == set()
    assert acts(russian("Украина атаковала Крым британскими ракетами.")) == set()


def test_the_speakers_own_state_disapproving_or_appealing_in_a_quote_acts_in_the_present_too():
    doc = russian("«Россия решительно осуждает действия Киева», — говорится в заявлении МИД России.")
    assert ("RUS", "UKR", "11") in acts(doc)
    assert acts(russian("«Украина осуждает действия России», — сказал Лавров.")) == set()


def test_replying_to_words_is_no_threat_and_mocking_disapproves():
    assert acts(russian("Захарова ответила на слова Макрона о России.")) == set()
    assert ("RUS", "USA", "13") in acts(russian("Москва ответит на действия Вашингтона."))
    assert ("RUS", "EST", "11") in acts(russian("Захарова высмеяла заявление главы МИД Эстонии."))


def test_openness_to_resuming_and_refusing_talks():
    doc = russian("Лавров заявил, что Россия открыта для переговоров с Украиной.")
    assert ("RUS", "UKR", "03") in acts(doc)
    assert ("UKR", "RUS", "03") not in acts(doc)  # «с Украиной» is no agent of the participle
    assert ("RUS", "USA", "03") in acts(russian("Лавров заявил, что Москва готова возобновить диалог с Вашингтоном."))
    # a refusal reported by the other side is a refusal of it
    assert ("UKR", "RUS", "12") in acts(russian("Лавров заявил, что Киев отказывается от переговоров."))


def test_who_warns_of_an_act_named_by_a_noun_does_not_do_it():
    assert acts(russian("Лавров предупредил Запад о последствиях поставок ракет Киеву.")) == set()


def test_an_infinitive_after_a_refusal_noun_is_not_done():
    doc = russian("Руденко прокомментировал отказ Киева провести переговоры с Москвой в Белоруссии.")
    assert ("RUS", "UKR", "04") not in acts(doc) and ("UKR", "RUS", "04") not in acts(doc)


def test_states_listed_with_commas_before_and_are_each_a_subject():
    doc = russian("Эстония, Латвия и Литва выслали российских дипломатов.")
    assert {("EST", "RUS", "16"), ("LVA", "RUS", "16"), ("LTU", "RUS", "16")} <= acts(doc)
    assert acts(russian("По данным Украины, Россия выслала дипломатов Молдавии.")) == {("RUS", "MDA", "16")}


def test_standing_for_a_states_sovereignty_supports_it_and_for_dialogue_intends_it():
    assert ("HUN", "UKR", "05") in acts(russian("Будапешт выступает за защиту суверенитета Украины."))
    assert ("KAZ", "IGO", "03") in acts(russian("Токаев выступил за развитие диалога с Евросоюзом."))
    assert acts(russian("Казахстан выступает за мирное урегулирование конфликта.")) == set()


def test_mutual_accusations_go_both_ways_and_the_sides_are_the_last_pair():
    doc = russian("Киргизия и Таджикистан обвинили друг друга в нарушении перемирия.")
    assert {("KGZ", "TJK", "11"), ("TJK", "KGZ", "11")} <= acts(doc)
    doc = russian("На границе Киргизии и Таджикистана произошла перестрелка. Стороны обвинили друг друга в провокации.")
    assert {("KGZ", "TJK", "11"), ("TJK", "KGZ", "11")} <= acts(doc)
    doc = russian("Баку и Ереван обменялись обвинениями в обстрелах.")
    assert {("AZE", "ARM", "11"), ("ARM", "AZE", "11")} <= acts(doc) and not any(r == "19" for _, _, r in acts(doc))


def test_the_foreign_office_is_britain():
    assert ("GBR", "RUS", "11") in acts(russian("Форин-офис вызвал посла России."))
