"""Constructions of wire-service English (ninth round), each found on unseen wire stories."""

from __future__ import annotations

try:
    from event_helpers import coded
except ImportError:  # pragma: no cover - when tests/ is a package
    from tests.event_helpers import coded


def test_a_government_that_protests_complains_officially_people_demonstrate():
    found = {(s, t, e) for s, t, e, _ in coded("Ankara protests against the rough conduct of Greek border guards.")}
    assert ("TURGOV", "GRC", "11") in {(s, (t or "")[:3], r) for s, t, r in found}
    assert not [r for _, _, r in found if r == "14"]
    crowd = {r for _, _, r, _ in coded("Thousands of Greek farmers protested against the government in Athens.")}
    assert "14" in crowd


def test_an_envoy_named_with_his_title_in_apposition_is_summoned_and_a_protest_lodged_with_him():
    text = (
        "Ankara summoned Nikos Pappas, Greece's ambassador to Turkey, on Friday to lodge a strong protest over "
        "remarks about Cyprus in a parliamentary report."
    )
    found = {(s, t, r) for s, t, r, _ in coded(text)}
    assert ("TURGOV", "GRCGOV", "11") in found
    assert not [t for _, t, _ in found if (t or "").startswith("CYP")]  # Cyprus is the topic, not the target


def test_a_deed_of_interference_claimed_by_a_minister_named_by_one_word_accuses():
    text = (
        "Chinese Vice Foreign Minister Sun Weidong met the envoy on Sunday.\n\n"
        "Sun claimed that Japan had grossly interfered in China's internal affairs."
    )
    assert ("CHNGOV", "JPNGOV", "11") in {(s, t, r) for s, t, r, _ in coded(text)}


def test_people_who_protest_a_decision_demonstrate_rather_than_complain_officially():
    text = "Hundreds of Nepalese activists protested the king's decision to dissolve parliament on Saturday."
    roots = {(s[3:], r) for s, _, r, _ in coded(text)}
    assert ("OPP", "14") in roots or ("NGO", "14") in roots
    assert not [r for _, r in roots if r == "11"]


def test_a_deed_in_an_infinitive_is_said_of_the_subject_of_the_verb_before_it():
    text = "Prime Minister Sheikh Hasina said the main opposition party is trying to destabilise the country."
    assert ("BGDGOV", "BGDOPP", "11") in {(s, t, r) for s, t, r, _ in coded(text)}


def test_a_byline_before_a_city_and_its_state_is_a_dateline_not_the_raid_s_author():
    text = (
        "Farida Rahman, Dhaka, Bangladesh - Authorities raided the offices of the opposition party on Monday.\n\n"
        "The party said the raid was unlawful."
    )
    found = coded(text)
    assert ("BGDGOV", "BGDOPP", "17") in {(s, t, r) for s, t, r, _ in found}
    assert all("Rahman" not in s for s, _, _, _ in found)


def test_people_counted_with_opposition_leaders_among_them_are_the_opposition():
    text = "Maldives police arrested 193 people including three opposition leaders on Friday."
    assert ("MDVCOP", "MDVOPP", "17") in {(s, t, r) for s, t, r, _ in coded(text)}


def test_protests_called_to_demand_something_are_no_appeal():
    text = "The rallies were called to demand the release of Ahmed Rasheed, the Maldives former president, in Male."
    roots = {r for _, _, r, _ in coded(text)}
    assert "10" in roots and "02" not in roots


def test_an_act_met_with_counteraction_is_no_meeting():
    text = (
        '"Any wrong step taken by the Japanese side on the Taiwan question will be met with firm and reciprocal '
        'counteraction by the Chinese side," the spokesman said.'
    )
    assert not [r for _, _, r, _ in coded(text) if r == "04"]


def test_damaging_relations_in_reported_words_accuses_rather_than_seizes():
    text = '"Sanctions by Washington will only damage China-US ties," said Mao Ning, a Chinese foreign ministry spokeswoman.'
    found = {(s, t, r) for s, t, r, _ in coded(text)}
    assert ("CHNGOV", "USAGOV", "11") in found
    assert not [r for _, _, r in found if r == "17"]


def test_countermeasures_promised_are_a_threat_and_taken_they_are_coercion():
    promised = {(s, t, r) for s, t, r, _ in coded("China said it would take countermeasures against the United States.")}
    assert ("CHNGOV", "USAGOV", "13") in promised
    taken = {(s, t, r) for s, t, r, _ in coded("The ministry said Russia had taken countermeasures against Moldova.")}
    assert ("RUSGOV", "MDAGOV", "17") in taken


def test_the_convoy_militants_ambush_is_their_victims_not_their_own():
    text = "Twelve armymen were killed when militants ambushed their convoy in Manipur, Indian officials said."
    assert ("INDREB", "INDMIL", "19") in {(s, t, r) for s, t, r, _ in coded(text)}



def test_positions_a_military_reports_shelled_are_its_own():
    text = "Armenia's defence ministry said Azerbaijani artillery had fired on military positions along the border."
    assert ("AZEMIL", "ARMMIL", "19") in {(s, t, r) for s, t, r, _ in coded(text)}


def test_a_statement_released_by_governments_is_no_release_of_people():
    text = "The truce was announced on Sunday in a joint statement released by the U.S., Armenian and Azerbaijani governments."
    assert not [r for _, _, r, _ in coded(text) if r == "08"]


def test_a_leader_named_after_another_s_title_and_name_is_a_participant_of_his_own():
    text = (
        "The president of Kenya, William Ruto, and Chinese President Xi Jinping met at the Great Hall of the People "
        "on Tuesday."
    )
    found = {(s, t, r) for s, t, r, _ in coded(text)}
    assert ("KENGOV", "CHNGOV", "04") in found
    assert not [(s, t) for s, t, _ in found if s == t]


def test_returning_money_is_no_release_and_returning_fire_is_fighting():
    assert not coded("Tesla returned the money to a British driver, the court heard.")
    found = {(s, t, r) for s, t, r, _ in coded("Israeli troops returned fire on Hamas gunmen near Rafah.")}
    assert ("ISRMIL", "PSEREB", "19") in found


def test_one_person_who_demonstrates_something_is_no_protest():
    text = "To demonstrate, American physicist Ann Miller of Harvard University points to a set of LED lights."
    assert not coded(text)


def test_states_that_exchange_or_trade_rebukes_or_words_criticise_each_other():
    for text in (
        "Moscow and Washington exchanged a flurry of rebukes over the detention of a journalist.",
        "Moscow and Washington traded words over the detention of a journalist.",
    ):
        found = {(s, t, r) for s, t, r, _ in coded(text)}
        assert {("RUSGOV", "USAGOV", "11"), ("USAGOV", "RUSGOV", "11")} <= found
        assert not [r for _, _, r in found if r == "06"]


def test_expecting_another_state_to_act_is_an_appeal_not_its_act():
    found = {(s, t, r, m) for s, t, r, m in coded("Washington expects Moscow to release the journalist.")}
    assert ("USAGOV", "RUSGOV", "02", "asserted") in found
    assert not [e for e in found if e[0] == "RUSGOV"]


def test_a_foreigner_held_where_another_state_s_authorities_speak_is_held_by_them():
    found = {(s, t, r) for s, t, r, _ in coded("A French citizen was detained on Monday, Iranian officials said.")}
    assert ("IRNCOP", "FRACVL", "17") in found


def test_drones_a_state_launched_or_used_stand_for_its_forces():
    for text in (
        "Ukraine's air force said on Thursday that it shot down all 29 Russia-launched drones over eight regions.",
        "Ukraine's air force said it had shot down all 42 drones and one of four missiles used by Russia overnight.",
    ):
        assert ("UKRMIL", "RUSMIL", "19") in {(s, t, r) for s, t, r, _ in coded(text)}


def test_nameless_people_another_state_s_attacks_kill_are_of_the_dateline_s_state():
    text = "KYIV (Reuters) - Russian strikes killed one person and injured 13 more over the past day, the governor said."
    assert ("RUSMIL", "UKRCVL", "19") in {(s, t, r) for s, t, r, _ in coded(text)}


def test_condemning_the_verdict_condemns_the_court_that_gave_it():
    text = (
        "A court in Belarus on Thursday sentenced a prominent opposition activist to four years in prison.\n\n"
        "The U.S. embassy in Minsk condemned the verdict."
    )
    assert ("USAGOV", "BLRJUD", "11") in {(s, t, r) for s, t, r, _ in coded(text)}


def test_a_state_that_carries_out_airstrikes_strikes_with_its_forces():
    text = "Israel carried out airstrikes in southern Lebanon on Monday, the Lebanese health ministry said."
    found = {(s, r) for s, _, r, _ in coded(text)}
    assert ("ISRMIL", "19") in found and ("ISRGOV", "19") not in found


def test_tariffs_levied_are_imposed_and_a_levy_promised_is_a_threat():
    said = "The Trump administration said on Monday it would levy tariffs of 10 percent on Chinese products."
    assert ("USAGOV", "CHNBUS", "13") in {(s, t, r) for s, t, r, _ in coded(said)}
    done = "Washington levied tariffs on Canadian steel on Friday."
    assert ("USAGOV", "CANBUS", "16") in {(s, t, r) for s, t, r, _ in coded(done)}


def test_provocations_an_actor_keeps_up_in_reported_words_accuse_it():
    text = (
        "Japanese Defence Minister Yasukazu Hamada spoke to reporters, saying that Pyongyang has been escalating "
        "provocations persistently."
    )
    assert ("JPNGOV", "PRKGOV", "11") in {(s, t, r) for s, t, r, _ in coded(text, published="2022-10-14")}


def test_the_army_said_after_another_state_s_army_was_named_is_that_army():
    text = (
        "The Israeli army said on Friday its jet fighters struck Hezbollah targets in southern Lebanon.\n\n"
        "In a statement, the army said its warplanes hit a Hezbollah rocket launcher in the Lebanese town of Yaroun."
    )
    found = {(s, t, r) for s, t, r, _ in coded(text)}
    assert ("ISRMIL", "LBNREB", "19") in found
    assert not [s for s, _, _ in found if s == "LBNMIL"]


def test_an_act_after_a_clause_of_no_act_is_not_aimed_at_that_clause_s_subject():
    text = "The UN Security Council demanded an immediate ceasefire after the United States abstained."
    assert not [t for _, t, _, _ in coded(text) if t and t.startswith("USA")]


def test_declining_to_veto_is_no_rejection_and_talks_on_a_topic_are_not_with_it():
    text = (
        "Israeli Prime Minister Benjamin Netanyahu cancelled the trip after the United States declined to veto the "
        "resolution."
    )
    assert not [r for s, _, r, _ in coded(text) if s.startswith("USA") and r == "12"]
    talks = "Hamas said it would engage in talks on a prisoner exchange brokered by Qatar."
    assert not [t for _, t, _, _ in coded(talks) if t and t.endswith("CVL")]


def test_vowing_to_eliminate_a_group_is_a_threat():
    found = {(s, t, r) for s, t, r, _ in coded("Israel responded by vowing to eliminate Hamas.")}
    assert ("ISRGOV", "PSEREB", "13") in found and not [r for _, _, r in found if r == "03"]


def test_a_violation_of_law_in_reported_words_accuses_the_violator():
    text = "The Ukrainian foreign ministry said Russia had violated international law."
    assert ("UKRGOV", "RUSGOV", "11") in {(s, t, r) for s, t, r, _ in coded(text)}


def test_a_charge_d_affaires_recalled_for_consultations_is_a_recall_and_no_meeting():
    text = "The Ukrainian Foreign Ministry is recalling Ukraine's charge d'affaires in Moscow for consultations."
    found = {(s, t, r) for s, t, r, _ in coded(text)}
    assert ("UKRGOV", "RUSGOV", "16") in found
    assert not [r for _, _, r in found if r == "04"]


def test_a_request_for_severing_relations_is_not_the_severing():
    text = (
        "Ukrainian President Volodymyr Zelensky said he had received a request from the Foreign Ministry for "
        "severing diplomatic relations with Russia."
    )
    assert not [e for e in coded(text) if e[2] == "16" and e[3] == "asserted"]


def test_a_politician_who_attacks_a_government_criticises_it():
    text = (
        "He attacked the government of Georgian President Mikheil Saakashvili, Russian President Dmitry Medvedev "
        "said."
    )
    found = {(s, t, r) for s, t, r, _ in coded(text, published="2008-08-27")}
    assert ("RUSGOV", "GEOGOV", "11") in found and not [r for _, _, r in found if r == "19"]


def test_two_states_that_sign_together_sign_with_each_other_but_back_a_third_thing():
    text = "The Kuwait Fund for Arab Economic Development and Britain's Foreign Office signed two memorandums on Sunday."
    found = {(s, t, r) for s, t, r, _ in coded(text)}
    assert ("KWTGOV", "GBRGOV", "05") in found and ("GBRGOV", "KWTGOV", "05") in found
    backed = {(s, t) for s, t, r, _ in coded("Iran and Russia backed a military campaign in Idlib on Monday.")}
    assert ("IRNGOV", "RUSGOV") not in backed


def test_a_state_committed_to_helping_another_promises_aid():
    text = '"We are committed to helping the Government of Pakistan meet its needs," the U.S. ambassador said.'
    assert ("USAGOV", "PAKGOV", "03") in {(s, t, r) for s, t, r, _ in coded(text)}


def test_a_statement_a_state_declined_to_sign_backs_nothing_for_it_and_a_position_on_a_war_is_a_stance():
    text = (
        "The suspension came a month after Kazakhstan declined to sign a joint statement backing Russia's "
        "position on Ukraine."
    )
    found = {(s, t, r) for s, t, r, _ in coded(text)}
    assert not [r for s, _, r in found if s == "KAZGOV" and r == "05"]
    assert not [t for _, t, _ in found if t == "RUSMIL"]


def test_the_parties_urged_by_a_third_are_the_two_sides_of_the_dispute():
    text = (
        "Venezuela claims the Essequibo region of Guyana.\n\n"
        "Guyana rejected the claim, and Venezuela held a referendum on Sunday.\n\n"
        "The Mercosur regional group urged the parties to find a peaceful solution."
    )
    targets = {t for s, t, r, _ in coded(text) if r == "02"}
    assert {"GUYGOV", "VENGOV"} <= targets and not [t for t in targets if t and t.endswith("OPP")]


def test_asking_a_state_to_help_stop_another_is_an_appeal_not_aid_and_a_petition_appeals():
    text = "The Guyanese government appealed to Brazil's President Lula da Silva to help stop Nicolas Maduro."
    found = {(s, t, r) for s, t, r, _ in coded(text, published="2023-11-26")}
    assert ("GUYGOV", "BRAGOV", "02") in found and not [r for _, _, r in found if r == "07"]
    petitioned = "Guyana has petitioned the International Court of Justice to stop the referendum."
    assert ("GUYGOV", "IGOUNO", "02") in {(s, t, r) for s, t, r, _ in coded(petitioned)}


def test_a_resolution_a_state_criticised_calls_on_no_one_for_it_and_a_un_watchdog_is_the_un():
    text = "Iran criticized a resolution calling on Tehran to step up its cooperation with the UN nuclear watchdog."
    assert not [s for s, _, r, _ in coded(text) if s == "IRNGOV" and r == "02"]
    found = {(s, t, r) for s, t, r, _ in coded("The UN nuclear watchdog censured Iran on Wednesday.")}
    assert ("IGOUNO", "IRNGOV", "11") in found


def test_the_subject_of_a_judging_copula_is_judged():
    text = "The Chinese foreign ministry said the American move was unwarranted behaviour."
    assert ("CHNGOV", "USAGOV", "11") in {(s, t, r) for s, t, r, _ in coded(text)}
