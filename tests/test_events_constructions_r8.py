"""Constructions of wire-service English (eighth round): places named as a modifier of a common noun."""

from __future__ import annotations

import pytest

try:
    from event_helpers import coded, events_of
except ImportError:  # pragma: no cover - when tests/ is a package
    from tests.event_helpers import coded, events_of


def test_strikes_carried_out_in_provinces_named_as_modifiers_hit_that_state():
    text = "The Pakistani strikes were carried out in the Khost and Paktika provinces, two officials said."
    found = {(s, t, root) for s, t, root, _ in coded(text)}
    assert ("PAKMIL", "AFGCVL", "19") in found


def test_the_pronoun_subject_of_a_reported_clause_is_the_reporter_not_the_last_actor_named():
    text = (
        "Hamas fired rockets at Ashkelon on Wednesday.\n\n"
        "The army said on Thursday that it is sending more troops to Khan Younis."
    )
    assert all(s != "PSEREB" for s, _, root, _ in coded(text) if root == "07")


def test_pressing_on_or_ahead_is_no_demand():
    assert not [e for e in coded("Israel pressed on in Gaza on Thursday.") if e[2] == "10"]
    assert not [e for e in coded("Russia pressed ahead with the offensive.") if e[2] == "10"]
    assert ("USAGOV", "CHNGOV") in {(s, t) for s, t, root, _ in coded("Washington pressed Beijing to free them.")}


def test_a_deed_of_wrongdoing_said_of_an_actor_accuses_it():
    found = {(s, t, root) for s, t, root, _ in coded("Kenyan President William Ruto said the opposition had rigged the vote.")}
    assert ("KENGOV", "KENOPP", "11") in found


def test_a_deed_said_in_a_quotation_accuses_its_subject_for_the_speaker():
    text = 'Opposition leader Raila Odinga spoke in Nairobi.\n\n"The Kenyan government has betrayed us," Odinga said.'
    assert ("KENOPP", "KENGOV", "11") in {(s, t, root) for s, t, root, _ in coded(text)}


def test_a_denied_deed_accuses_no_one():
    found = coded("Kenyan President William Ruto said the opposition had not rigged the vote.")
    assert not [e for e in found if e[2] == "11"]


def test_people_who_join_or_organise_a_protest_protest_against_their_government_not_the_place():
    for text, state in (
        ("Thousands of Kenyan students joined protests in Mombasa on Monday.", "KEN"),
        ("Serbian farmers organised a protest in Novi Sad.", "SRB"),
    ):
        found = {(s, t, root) for s, t, root, _ in coded(text)}
        assert (f"{state}OPP", f"{state}GOV", "14") in found
        assert not any(t.endswith("CVL") for _, t, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        '"A hearing will determine whether Chicago police violated the rights of Mexican citizens," the board said.',
        "The Mexican boxer needs to deliver on his promise with a win over a British opponent.",
        "The Russian defends his title against a British challenger on Saturday.",
        "The British senator rallied his supporters in Texas.",
        "The whole family was rallying around the Canadian players.",
        "People in Los Angeles throw a lot of money at the problem.",
        "The new American drug blocks the Chinese compound.",
        "The Mexican president returned to Spain on Friday.",
    ],
)
def test_words_of_force_and_protest_in_other_senses_code_no_event(text):
    stated = [e for e in events_of(text) if e.mode == "asserted"]
    assert [e for e in stated if e.cameo[:2] in ("14", "19", "12", "13", "03", "08")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkey struck a deal with Russia on grain exports.", ("TURGOV", "RUSGOV", "05")),
        ("Serbian protesters threw stones at the police in Belgrade.", ("SRBOPP", "SRBCOP", "14")),
        ("Thousands of Georgians rallied outside parliament in Tbilisi.", ("GEOOPP", "GEOLEG", "14")),
        ("Thousands of Georgians rallied in central Tbilisi against the bill.", ("GEOOPP", "GEOGOV", "14")),
        ("Polish farmers blocked the road to the border crossing.", ("POLOPP", "POLGOV", "14")),
        ("A letter was returned by Austria to Hungary.", ("AUTGOV", "HUNGOV", "08")),
    ],
)
def test_the_same_words_in_their_event_senses_still_code(text, expected):
    assert expected in {(s, t, root) for s, t, root, _ in coded(text)}


def test_an_act_in_question_is_not_asserted():
    events = events_of("Kosovo asked whether Serbian police had detained the three officers.")
    assert all(e.mode != "asserted" for e in events if e.cameo.startswith("17"))


def test_a_sector_named_as_the_modifier_of_a_place_in_another_state_is_of_that_state():
    text = "Members of Somalia's al-Shabab raided a police station in north-east Kenya overnight."
    assert ("SOMREB", "KENCOP", "17") in {(s, t, root) for s, t, root, _ in coded(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Russia has declared 40 German diplomats "personae non gratae" in a tit-for-tat move.', ("RUSGOV", "DEUGOV", "16")),
        ("Nigerian police fired tear gas as they broke up a protest in Lagos.", ("NGACOP", "NGAOPP", "17")),
        ("Iranian riot police used batons to disperse the peaceful protest in Tehran.", ("IRNCOP", "IRNOPP", "17")),
        ("Belarusian security forces crushed street protests in Minsk.", ("BLRCOP", "BLROPP", "17")),
        (
            'A State Department spokesperson said: "This is Russia\'s latest unhelpful step in our relationship."',
            ("USAGOV", "RUSGOV", "11"),
        ),
    ],
)
def test_expulsions_repression_of_protests_and_judged_steps(text, expected):
    assert expected in {(s, t, root) for s, t, root, _ in coded(text)}


def test_seeking_to_act_is_no_appeal():
    text = "Seeking to avoid a revival of the rallies, the Iranian authorities banned all gatherings in Tehran."
    assert not [e for e in coded(text) if e[2] == "02"]
    assert ("UKRGOV", "RUSGOV", "02") in {(s, t, root) for s, t, root, _ in coded("Ukraine sought talks with Russia.")}


def test_having_a_meeting_or_talks_is_meeting_but_having_a_deal_is_no_new_act():
    found = {(s, t, root) for s, t, root, _ in coded("Putin had talks with Xi in Beijing on Monday.")}
    assert ("RUSGOV", "CHNGOV", "04") in found
    rules = [e.rule for e in events_of("Japan has a deal with India.")]
    assert not any(r.startswith("light:have") for r in rules)


def test_nameless_soldiers_facing_a_states_rebels_are_that_states():
    text = "ISLAMABAD: Pakistani Taliban insurgents attacked two checkpoints in the north-west, killing one soldier."
    assert any((s, t) == ("PAKREB", "PAKMIL") and root in ("18", "19") for s, t, root, _ in coded(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "CONAKRY - The United Nations and the African Union have condemned the coup and called for civilian rule.",
            ("IGOUNO", "GINMIL", "11"),
        ),
        ("Soldiers in Guinea seized power on Sunday.", ("GINMIL", "GINGOV", "18")),
    ],
)
def test_a_coup_is_the_military_taking_power_from_the_government(text, expected):
    assert expected in {(s, t, root) for s, t, root, _ in coded(text)}


def test_releasing_a_statement_is_no_release_of_people():
    text = "Japan, the United States and South Korea released a joint statement condemning North Korea's launches."
    found = {(s, t, root) for s, t, root, _ in coded(text)}
    assert ("JPNGOV", "PRKGOV", "11") in found
    assert not any(root == "08" for _, _, root in found)


def test_the_international_community_is_no_states_people():
    text = 'NAYPYIDAW - "The international community should press the Burmese military," Biden said.'
    assert not any(s == "MMRCVL" or t == "MMRCVL" for s, t, _, _ in coded(text))


def test_drawing_return_fire_is_being_fired_on_but_drawing_fire_from_critics_is_criticism():
    text = "Pakistani airstrikes hit hideouts inside Afghanistan on Monday, drawing return fire from the Afghan Taliban."
    assert ("AFGGOV", "PAKMIL", "19") in {(s, t, root) for s, t, root, _ in coded(text)}
    text = "The Kenyan plan drew fire from Ugandan officials."
    assert ("UGAGOV", "KENGOV", "11") in {(s, t, root) for s, t, root, _ in coded(text)}


@pytest.mark.parametrize(
    "text",
    [
        "China's military said its army, navy and rocket forces launched a joint exercise off the coast of Taiwan.",
        "China's military said it has kicked off joint exercises around Taiwan as a stern warning.",
    ],
)
def test_one_states_joint_exercises_around_another_are_a_show_of_force_toward_it(text):
    found = {(s, t, root) for s, t, root, _ in coded(text)}
    assert ("CHNMIL", "TWNGOV", "15") in found
    assert not any(root == "06" for _, _, root in found)


def test_russia_and_belarus_joint_exercises_stay_cooperation():
    found = {(s, t, root) for s, t, root, _ in coded("Russia and Belarus held joint military exercises near Brest.")}
    assert ("RUSGOV", "BLRGOV", "06") in found


def test_an_occasion_is_no_target():
    text = 'U.S. Defense Secretary Pete Hegseth promised to counter "China\'s aggression" on his first visit to Asia.'
    assert not any(s == "CHNGOV" and t == "USAGOV" for s, t, _, _ in coded(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Washington ousted 12 Russian diplomats at the UN mission in New York.", ("USAGOV", "RUSGOV", "16")),
        ("Mali kicked out the French ambassador on Monday.", ("MLIGOV", "FRAGOV", "16")),
        ("Russia threw out three Estonian diplomats.", ("RUSGOV", "ESTGOV", "16")),
    ],
)
def test_envoys_ousted_kicked_or_thrown_out_are_expelled(text, expected):
    assert expected in {(s, t, root) for s, t, root, _ in coded(text)}


@pytest.mark.parametrize(
    "text",
    [
        "TEHRAN - Thousands of demonstrators poured into the streets of Tehran, chanting slogans against the government.",
        "Hundreds of Georgians flooded the streets of Tbilisi on Sunday.",
        "The Kenyan crowd chanted slogans outside parliament in Nairobi.",
    ],
)
def test_crowds_pouring_into_the_streets_or_chanting_protest(text):
    assert any(root == "14" and s.endswith("OPP") for s, _, root, _ in coded(text))


def test_a_deal_someone_has_gives_no_source_to_the_deal():
    events = events_of("Japan has deals with India and Australia on rare earths.")
    assert not any(e.rule.startswith("noun:deal") and e.source and e.source.code == "JPNGOV" for e in events)


def test_a_he_after_a_quoted_clause_is_the_speaker_not_the_person_quoted_about():
    text = (
        "WASHINGTON - State Department spokesman Vedant Patel said that Blinken \"made a determination that Evan "
        'Gershkovich is wrongfully detained by Russia".\n\n'
        'He condemned "the Kremlin\'s continued repression of independent voices in Russia".'
    )
    assert ("USAGOV", "RUSGOV", "11") in {(s, t, root) for s, t, root, _ in coded(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Japan pledged not to attack China.",
        "HARARE - The Zimbabwean government vowed not to tolerate any more protests.",
    ],
)
def test_a_promise_not_to_act_is_neither_the_act_nor_a_threat_nor_cooperation(text):
    assert [e for e in coded(text) if e[2] in ("13", "03", "19", "17")] == []


def test_people_killed_near_a_states_port_are_that_states_not_the_storys():
    text = (
        "WASHINGTON - The attacks decreased after Israel hit military targets near Yemen's Hodeidah port on July 20, "
        "killing six people."
    )
    assert not any(t == "USACVL" for _, t, _, _ in coded(text))


def test_a_states_destroyer_is_its_navy():
    text = "The Houthi air force launched drones against the U.S. destroyer Cole on Wednesday."
    assert ("YEMREB", "USAMIL", "19") in {(s, t, root) for s, t, root, _ in coded(text)}


def test_talks_held_in_a_city_are_not_with_its_state_and_no_sector_acts_on_itself():
    text = "The Sudanese army said it halted talks with the RSF in the Saudi city of Jeddah."
    assert not any(t.startswith("SAU") for _, t, _, _ in coded(text))
    text = "Sudan's army suspended talks with a rival paramilitary force on Wednesday."
    assert all(s != t for s, t, _, _ in coded(text))
