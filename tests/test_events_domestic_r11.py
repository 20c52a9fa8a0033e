"""Domestic politics (eleventh round): parties in a chamber, claims by the side that was hit; each kind found on
unseen domestic stories (Congress, courts, police and protesters)."""

from __future__ import annotations

try:
    from event_helpers import coded
except ImportError:  # pragma: no cover - when tests/ is a package
    from tests.event_helpers import coded


def test_a_party_named_with_its_chamber_is_legislators():
    found = {(s, t, r) for s, t, r, _ in coded("Senate Republicans accused the Justice Department of hiding records.")}
    assert ("USALEG", "USAJUD", "11") in found
    found = {(s, r) for s, _, r, _ in coded("House Democrats struck a deal with the Justice Department on Monday.")}
    assert ("USALEG", "05") in found


def test_stones_thrown_at_police_as_the_police_tell_it_are_their_claim():
    found = coded("Protesters hurled stones at officers in Lusaka, a Zambian police spokesman said.")
    assert ("ZMBOPP", "ZMBCOP", "14", "claimed") in found
    assert not [f for f in found if f[:3] == ("ZMBOPP", "ZMBCOP", "14") and f[3] == "asserted"]


def test_police_reporting_their_own_arrests_still_assert_them():
    found = coded("Officers arrested forty opposition supporters in Lusaka, a police spokesman said.")
    assert ("ZMBCOP", "ZMBOPP", "17", "asserted") in found


def test_what_a_speaker_alleges_was_done_to_its_side_is_claimed_and_the_doer_accused():
    found = coded("The opposition leader alleged that party members were beaten by the police in Lusaka.")
    assert ("ZMBCOP", "ZMBOPP", "18", "claimed") in found
    assert ("ZMBOPP", "ZMBCOP", "11", "asserted") in found
    assert not [f for f in found if f[2] == "11" and f[1] != "ZMBCOP"]  # not aimed at the victims


def test_police_named_beside_demonstrators_do_not_demonstrate():
    found = coded("Clashes raged on Sunday between riot police and teachers demonstrating against the president in Harare.")
    assert not [f for f in found if f[0] == "ZWECOP" and f[2] == "14"]
    found = coded("Twelve union leaders were detained by police in Harare for protesting against the new tax.")
    assert not [f for f in found if f[0] == "ZWECOP" and f[2] == "14"]
    assert ("ZWECOP", "17") in {(f[0], f[2]) for f in found}


def test_denying_permission_or_bail_is_a_rejection_not_a_denial_of_blame():
    found = coded("Kenyan police denied permission to the opposition party to hold a rally in Nairobi.")
    assert ("KENCOP", "KENOPP", "12", "asserted") in found
    assert not [f for f in found if f[2] == "01"]
    assert ("KENJUD", "KENOPP", "12", "asserted") in coded("A Kenyan court denied bail to opposition leader Raila Odinga.")


def test_a_union_of_police_is_a_union_and_its_report_of_an_attack_on_police_is_relayed():
    text = "Haiti's police union accused the justice minister of abandoning officers."
    assert ("HTINGO", "HTIGOV", "11") in {(s, t, r) for s, t, r, _ in coded(text)}
    text = "PORT-AU-PRINCE — Gangs stormed a police station on the outskirts of the capital overnight, a police union told AFP."
    assert ("HTIREB", "HTICOP", "19", "asserted") in coded(text)


def test_members_of_a_congress_in_a_story_from_another_state_are_of_that_state():
    text = (
        "Indian police detained opposition leader Rahul Gandhi in New Delhi on Tuesday.\n\n"
        "Later, other Congress MPs protested against the government near the presidential palace."
    )
    found = coded(text)
    assert ("INDLEG", "INDGOV", "14", "asserted") in found
    assert not [f for f in found if f[0].startswith("USA")]


def test_an_act_in_reports_or_claims_that_a_speaker_denies_did_not_happen_by_its_word():
    found = coded("The Nigerian army denied claims that soldiers had killed civilians in the village.")
    assert ("NGAMIL", "NGACVL", "19", "negated") in found
    assert not [f for f in found if f[2] in ("18", "19") and f[3] == "asserted"]


def test_legislators_and_prosecutors_who_target_someone_use_no_force():
    text = "Republican senators vowed to target the administration's contracts with Chinese firms."
    assert not [f for f in coded(text) if f[2] in ("13", "18", "19", "20")]
    text = "Federal prosecutors in Washington targeted the protest organisers, the group said."
    assert not [f for f in coded(text) if f[2] in ("18", "19", "20")]
    text = "Pakistani jets targeted militant hideouts in North Waziristan."
    assert [f for f in coded(text) if f[2] == "19"]


def test_the_opposition_named_alone_is_of_the_story_s_state_not_of_a_mediator_s_adjective():
    text = (
        "Venezuelan police arrested opposition activists in Caracas on Monday.\n\n"
        "The government opened talks with the opposition last month, an effort mediated by a former Spanish prime minister."
    )
    found = coded(text)
    assert ("VENGOV", "VENOPP", "04", "asserted") in found or ("VENOPP", "VENGOV", "04", "asserted") in found
    assert not [f for f in found if "ESPOPP" in f[:2]]


def test_an_attempt_turned_down_did_not_happen():
    found = coded("Kenyan prosecutors tried to reach a plea deal with the opposition leader, but he refused.")
    assert not [f for f in found if f[2] == "05" and f[3] == "asserted"]
    found = coded("Kenyan police tried to arrest the opposition leader, but failed.")
    assert ("KENCOP", "KENOPP", "17", "negated") in found
    assert ("KENCOP", "KENOPP", "17", "asserted") in coded("Kenyan police tried to arrest the opposition leader and seized his car.")


def test_they_in_a_when_clause_is_the_subject_of_the_clause_it_hangs_on():
    text = "Colombian rebels killed four villagers and wounded six more when they fired rockets at an army base in Cauca."
    found = {(s, t, r) for s, t, r, _ in coded(text)}
    assert ("COLREB", "COLMIL", "19") in found
    assert not [f for f in found if f[0] == "COLCVL"]


def test_crowds_do_not_disperse_the_police_the_police_disperse_them():
    text = "In Khartoum, groups among the demonstrators attacked police officers, prompting the use of tear gas to disperse them."
    found = coded(text)
    assert ("SDNCOP", "SDNOPP", "17", "asserted") in found
    assert ("SDNOPP", "SDNCOP", "17", "asserted") not in found


def test_what_the_police_confirm_protesters_did_to_them_is_their_claim():
    found = coded("Sudanese police confirmed that protesters had attacked officers with stones in Khartoum.")
    assert not [f for f in found if f[0] == "SDNOPP" and f[3] == "asserted"]
    assert [f for f in found if f[0] == "SDNOPP" and f[3] == "claimed"]


def test_a_detention_with_no_doer_told_by_the_detained_side_is_its_claim_against_the_police():
    found = coded("The Zambian opposition said that its leader was detained overnight in Lusaka.")
    assert ("ZMBCOP", "ZMBOPP", "17", "claimed") in found
    assert not [f for f in found if f[2] == "17" and f[3] == "asserted"]


def test_a_legislator_alleging_police_violence_is_no_voice_of_the_police():
    found = coded("Philippine senator Risa Hontiveros alleged that her staff had been beaten by police officers in Manila.")
    assert ("PHLCOP", "PHLLEG", "18", "claimed") in found
    assert ("PHLLEG", "PHLCOP", "11", "asserted") in found


def test_a_place_named_in_what_is_criticised_is_no_target_of_the_criticism():
    text = "Senator Lisa Murkowski criticised Republican spending in Alaska on Tuesday."
    assert not [f for f in coded(text) if f[1] == "USACVL"]
    text = "Governor Jared Polis defended Colorado's new voting rules."
    assert not [f for f in coded(text) if f[1] == "USACVL"]
    text = "Israeli jets struck south Lebanon overnight."
    assert [f for f in coded(text) if f[1] == "LBNCVL"]


def test_acts_named_only_in_reports_or_allegations_of_them_are_claimed():
    found = coded("Rights groups voiced alarm over reports of arbitrary arrests of opposition activists in Zimbabwe.")
    assert ("ZWECOP", "ZWEOPP", "17", "claimed") in found
    assert not [f for f in found if f[2] == "17" and f[3] == "asserted"]
    found = coded("Zimbabwean police arrested twelve opposition activists in Harare on Monday.")
    assert ("ZWECOP", "ZWEOPP", "17", "asserted") in found


def test_members_named_with_a_party_are_the_party_s_people():
    text = "The Tory MP was criticised by Labour members for hiding the report, the Guardian said."
    found = {(s, t, r) for s, t, r, _ in coded(text, published="2013-08-08")}
    assert ("GBROPP", "11") in {(s, r) for s, _, r in found}
    assert not [f for f in found if f[0] == "GBRCVL"]


def test_a_committee_named_with_its_chamber_is_legislators():
    text = "WASHINGTON — The House Oversight Committee criticised Attorney General Merrick Garland on Tuesday."
    assert ("USALEG", "11") in {(s, r) for s, _, r, _ in coded(text)}


def test_an_act_named_only_as_a_prospect_or_risk_is_hypothetical():
    found = coded("The prospect of police arresting opposition leaders in Harare has alarmed diplomats.")
    assert ("ZWECOP", "ZWEOPP", "17", "hypothetical") in found
    assert not [f for f in found if f[3] == "asserted" and f[2] == "17"]
