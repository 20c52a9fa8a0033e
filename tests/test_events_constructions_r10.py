"""Constructions of wire-service English (tenth round), each found on unseen wire stories."""

from __future__ import annotations

try:
    from event_helpers import coded
except ImportError:  # pragma: no cover - when tests/ is a package
    from tests.event_helpers import coded


def test_a_military_base_attacked_in_a_state_is_that_state_s_forces():
    text = "Fighters of the Sahel Liberation Front attacked a military base in northern Chad on Tuesday, killing six."
    found = {(s, t, r) for s, t, r, _ in coded(text)}
    assert ("TCDMIL", "19") in {(t, r) for _, t, r in found}
    assert not [t for _, t, _ in found if t == "TCDCVL"]


def test_a_base_named_by_a_town_of_a_state_is_that_state_s_forces_an_armed_group_s_base_stays_theirs():
    text = "Insurgents overran the garrison in Gao, Mali, overnight."
    assert "MLIMIL" in {t for _, t, _, _ in coded(text)}
    text = "Israeli jets struck a Hezbollah base in southern Lebanon."
    assert {t for _, t, _, _ in coded(text)} == {"LBNREB"}


def test_forces_that_neutralise_fighters_kill_them_but_not_a_threat():
    text = "Pakistani troops neutralized four militants in Khyber district, the army said."
    assert ("PAKMIL", "PAKREB", "19") in {(s, t, r) for s, t, r, _ in coded(text)}
    assert not coded("The Pakistani army said it had neutralized the threat from across the border.")


def test_visa_restrictions_and_sanctions_aimed_at_people_are_sanctions_not_force():
    text = "The U.S. State Department targeted officials in Russia and China with visa restrictions."
    assert ("USAGOV", "RUSGOV", "16") in {(s, t, r) for s, t, r, _ in coded(text)}
    text = "Israeli strikes targeted Hamas fighters despite the ban on attacks."
    assert {r for _, _, r, _ in coded(text)} == {"19"}


def test_a_state_that_promises_vengeance_threatens():
    found = {(s, t, r) for s, t, r, _ in coded("Iran promised vengeance against the United States.")}
    assert found == {("IRNGOV", "USAGOV", "13")}


def test_a_protest_against_a_death_is_not_aimed_at_the_dead():
    text = "Thousands of Senegalese protested against the death of an opposition activist in police custody in Dakar."
    assert not [t for _, t, _, _ in coded(text) if t and t.endswith("OPP")]


def test_an_airstrike_that_killed_someone_is_one_act_aimed_at_whom_it_killed_not_at_the_town():
    text = "A U.S. drone strike in Mogadishu killed a senior commander of al-Shabaab on Sunday."
    found = {(s, t, r) for s, t, r, _ in coded(text)}
    assert ("USAMIL", "SOMREB", "19") in found
    assert not [t for _, t, _ in found if t == "SOMCVL"]


def test_an_officer_of_a_state_s_forces_named_with_of_is_of_those_forces():
    text = "The commander of the Russian navy met the chief of the Turkish army in Ankara."
    assert ("RUSMIL", "TURMIL", "04") in {(s, t, r) for s, t, r, _ in coded(text)}


def test_an_act_in_a_question_is_no_threat():
    text = "Hezbollah officials did not say whether they would retaliate with rocket attacks on northern Israel."
    assert not [r for _, _, r, m in coded(text) if r == "13"]
    said = "Hezbollah officials said they would retaliate with rocket attacks on northern Israel."
    assert "13" in {r for _, _, r, _ in coded(said)}


def test_forces_of_two_states_named_by_a_shared_noun_are_the_two_forces_not_the_state_as_well():
    text = "US and Japanese warplanes held joint exercises south of the Korean peninsula on Tuesday."
    found = {(s, t) for s, t, r, _ in coded(text) if r == "06"}
    assert found == {("USAMIL", "JPNMIL"), ("JPNMIL", "USAMIL")}


def test_a_state_that_charges_another_side_accuses_prosecutors_charge_people():
    found = {(s, t, r) for s, t, r, _ in coded("Israel charged Hezbollah with violating the truce on Sunday.")}
    assert found == {("ISRGOV", "LBNREB", "11")}
    people = {r for _, _, r, _ in coded("Kenyan prosecutors charged two Somali men with terrorism.")}
    assert people == {"17"}


def test_warnings_and_protests_from_a_state_that_another_defied_are_aimed_at_it():
    text = "The US went ahead with the drills despite warning from Russia that they would raise tensions."
    assert ("RUSGOV", "USAGOV", "13") in {(s, t, r) for s, t, r, _ in coded(text)}
    text = "Seoul pressed ahead with the plan despite protests from Tokyo."
    assert {(s, t, r) for s, t, r, _ in coded(text)} == {("JPNGOV", "KORGOV", "11")}


def test_force_launched_from_a_place_is_not_aimed_at_it():
    text = (
        "Qatari mediators held urgent calls with Hamas officials to negotiate the freedom of Israeli women seized "
        "by the militant group.\n\n"
        "Qatar has been in touch with Hamas officials in Doha since the Islamist group launched an assault from "
        "Gaza, the source said."
    )
    found = coded(text)
    assert not [t for _, t, _, _ in found if t and t[:3] in ("QAT", "PSE")]
    assert ("PSEREB", "ISRCVL", "17") in {(s, t, r) for s, t, r, _ in found}  # the seizure stays
    rockets = coded("Hezbollah fired a barrage of rockets from southern Lebanon on Sunday.")
    assert not [t for _, t, _, _ in rockets if t and t.startswith("LBN")]


def test_the_army_and_rebels_a_military_spokesman_reports_on_are_of_his_state():
    text = (
        "Speaking late on Friday, Colonel Idris Kamal, a Sudanese military spokesman, said that the army had killed "
        "40 rebels in two clashes near the border with South Sudan."
    )
    assert ("SDNMIL", "SDNREB", "19") in {(s, t, r) for s, t, r, _ in coded(text)}
    text = "A U.S. official said the army killed 20 militants near the border with Afghanistan and Iran."
    assert not [s for s, _, _, _ in coded(text) if s.startswith("USA")]


def test_diplomats_expelled_from_a_state_or_its_embassy_staff_ordered_home_are_expelled_by_it():
    found = {(s, t, r) for s, t, r, _ in coded("Twenty-seven Russian diplomats were expelled from the United States.")}
    assert ("USAGOV", "RUSGOV", "16") in found
    text = "Russia said it was ordering U.S. Embassy staff to fly home by Jan. 31."
    assert ("RUSGOV", "USAGOV", "16") in {(s, t, r) for s, t, r, _ in coded(text)}


def test_a_bloc_named_with_its_acronym_acts_and_a_clause_of_time_has_its_own_subject():
    text = "The West African bloc ECOWAS on Friday suspended Burkina Faso in response to last week's coup."
    assert ("IGOAFR", "BFAGOV", "16") in {(s, t, r) for s, t, r, _ in coded(text)}
    text = (
        "ECOWAS said on Tuesday it had decided to close its member states' borders with Mali after mutinying "
        "soldiers detained President Ibrahim Boubacar Keita."
    )
    assert not [r for s, _, r, _ in coded(text) if s.startswith("IGO") and r == "17"]


def test_a_state_that_will_fight_back_threatens_alone():
    found = {(s, t, r) for s, t, r, _ in coded("China will fight back firmly if the United States publishes new tariffs.")}
    assert found == {("CHNGOV", "USAGOV", "13")}


def test_a_protest_issued_or_presented_is_a_complaint_at_whoever_did_what_it_is_over():
    text = (
        "The Philippines issued a strongly worded protest on Thursday over the Chinese coast guard's firing of "
        "water cannons."
    )
    assert ("PHLGOV", "CHN", "11") in {(s, (t or "")[:3], r) for s, t, r, _ in coded(text)}
    text = "The Philippine government presented a strongly-worded protest to the Chinese ambassador over the incident."
    assert ("PHLGOV", "CHNGOV", "11") in {(s, t, r) for s, t, r, _ in coded(text)}


def test_evidence_of_an_attack_sent_to_a_body_is_no_attack_by_the_sender():
    assert not coded("Japan sent evidence of the attack to the UN.")


def test_support_expressed_to_one_state_is_not_given_to_the_state_named_in_a_second_act():
    text = "The United States and Japan expressed support to the Philippines and concern over the Chinese ship's actions."
    assert not [t for _, t, r, _ in coded(text) if r == "05" and t.startswith("CHN")]


def test_thanks_after_a_reported_clause_are_the_speaker_s_and_a_comment_not_made_is_negated():
    text = "Tokayev informed Putin that the situation was stabilizing and thanked him for sending troops."
    assert ("KAZGOV", "RUSGOV", "05") in {(s, t, r) for s, t, r, _ in coded(text, "2022-01-08")}
    found = coded("Vladimir Putin did not comment on Tokayev's statement.", "2022-06-18")
    assert found and all(m == "negated" for _, _, _, m in found)


def test_an_organ_of_an_international_body_acts_for_it():
    text = "The board of the UN nuclear watchdog rebuked Iran on Wednesday for not cooperating fully."
    assert ("IGOUNO", "IRNGOV", "11") in {(s, t, r) for s, t, r, _ in coded(text)}
    text = "Iran strongly condemned the resolution adopted by the IAEA's Board of Governors."
    assert ("IRNGOV", "IGOUNO", "11") in {(s, t, r) for s, t, r, _ in coded(text)}


def test_condemning_the_test_condemns_whoever_fired_before():
    text = (
        "Pyongyang fired a medium-range missile into the sea off its east coast on Tuesday, officials in Seoul "
        "said.\n\nThe Australian foreign minister condemned the test, saying it threatened regional stability."
    )
    assert ("AUSGOV", "PRKGOV", "11") in {(s, t, r) for s, t, r, _ in coded(text)}


def test_a_judgement_of_an_act_told_before_is_aimed_at_its_makers():
    text = (
        "Russia and Belarus signed a deal on Friday to station tactical nuclear weapons in Belarus.\n\n"
        "Lithuania's foreign minister called the deal illegal."
    )
    assert ("LTUGOV", "RUSGOV", "11") in {(s, t, r) for s, t, r, _ in coded(text)}
    text = (
        "North Korea fired a ballistic missile into the sea on Wednesday.\n\n"
        '"Such launches are a grave provocation," the Japanese defence minister said.'
    )
    assert ("JPNGOV", "PRKGOV", "11") in {(s, t, r) for s, t, r, _ in coded(text)}


def test_a_meeting_where_a_concern_is_voiced_is_no_target_the_owner_of_what_it_is_over_is():
    text = "At the G20 meeting, Modi expressed strong concerns over Canada's handling of the protests."
    assert {(s, t, r) for s, t, r, _ in coded(text, "2023-09-19")} == {("INDGOV", "CANGOV", "01")}


def test_a_body_described_then_named_acts_once_under_its_name():
    text = "The UN's top court, the International Court of Justice, ordered Venezuela on Friday to refrain from any action."
    assert {(s, t) for s, t, _, _ in coded(text, "2023-12-02")} == {("IGOUNO", "VENGOV")}


def test_a_canadian_province_is_in_canada():
    assert ("CANCOP", "CANCVL", "17") in {(s, t, r) for s, t, r, _ in coded("Police in British Columbia arrested two men.")}


def test_an_armed_body_named_after_its_description_keeps_its_sector():
    text = "Three civilians were killed yesterday in an artillery attack by the paramilitary Rapid Support Forces (RSF) on Omdurman."
    assert ("SDNREB", "SDNCVL", "18") in {(s, t, r) for s, t, r, _ in coded(text, "2025-03-24")}


def test_rights_groups_are_ngos():
    text = "Rights groups accuse the Myanmar military of extrajudicial killings."
    assert ("MMRNGO", "MMRMIL", "11") in {(s, t, r) for s, t, r, _ in coded(text)}


def test_states_that_come_to_an_agreement_agree_with_each_other():
    text = "Russia and the United States came to an agreement on Wednesday on the return of their ambassadors."
    assert {(s, t, r) for s, t, r, _ in coded(text)} == {("RUSGOV", "USAGOV", "05"), ("USAGOV", "RUSGOV", "05")}


def test_protests_named_by_a_people_are_demonstrations_not_complaints():
    found = {(s[:3], t, r) for s, t, r, _ in coded("Vietnamese protests against China drew thousands.")}
    assert ("VNM", "CHNGOV", "14") in found


def test_a_strike_that_wounded_people_acts_even_when_a_reporter_follows():
    text = "A Ukrainian artillery strike wounded at least one person in the Russian town of Shebekino, the governor said."
    found = {(s, t[:3] if t else None, r) for s, t, r, _ in coded(text, "2023-05-31")}
    assert ("UKRMIL", "RUS", "19") in found
    assert not [s for s, _, _ in found if s.startswith("RUS")]
