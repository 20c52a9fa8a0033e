"""Constructions of wire-service English (eleventh round), each found on unseen wire stories."""

from __future__ import annotations

from faultlines.pipeline import analyze_text

try:
    from event_helpers import coded
except ImportError:  # pragma: no cover - when tests/ is a package
    from tests.event_helpers import coded


def test_soldiers_named_alone_in_a_story_datelined_in_their_state_are_its_forces():
    text = (
        "LA PAZ, Bolivia — Bolivian opposition senator Marta Quiroga was detained during a march in the capital.\n\n"
        "Quiroga said soldiers beat members of her staff outside the congress building."
    )
    assert ("BOLMIL", "BOLOPP", "18", "claimed") in coded(text)  # (claimed: the opposition's word)


def test_soldiers_named_alone_are_of_no_state_where_the_sentence_names_another():
    text = "KYIV, Ukraine — Soldiers shelled the Kherson region overnight, Russian officials said on Monday."
    assert not [s for s, _, _, _ in coded(text) if s == "UKRMIL"]


def test_a_past_tense_the_tagger_takes_for_an_adjective_is_still_the_verb_of_its_clause():
    text = (
        "CARACAS, Venezuela — Venezuelan opposition leader Rafael Medina was detained at a rally.\n\n"
        "Medina says soldiers assaulted members of his team as they left."
    )
    assert ("VENMIL", "18") in {(s, r) for s, _, r, _ in coded(text)}


def test_the_members_of_a_leader_s_team_are_of_the_leader_s_side():
    text = (
        "Tanzanian opposition leader Joseph Mrema was arrested in Arusha on Sunday.\n\n"
        "Police also beat members of his team, the party said."
    )
    assert ("TZACOP", "TZAOPP", "18", "claimed") in coded(text)  # (claimed: the party's word)


def test_tear_gassing_protesters_is_repression():
    found = coded("Kenyan police tear-gassed the protesters and arrested their leaders on Tuesday.")
    assert ("KENCOP", "KENOPP", "17", "asserted") in found
    assert coded("The opposition leader said riot police in Dhaka had gassed his supporters.")


def test_protestors_spelled_with_or_are_protesters():
    found = coded("Zimbabwe police fired tear gas at hundreds of protestors in Harare.")
    assert ("ZWECOP", "ZWEOPP", "17", "asserted") in found


def test_a_note_of_protest_is_aimed_at_whom_it_is_sent_to_not_at_a_protest():
    text = "The Vietnamese foreign ministry handed a note of protest to Beijing over the seizure of a fishing boat."
    found = coded(text)
    assert ("VNMGOV", "CHNGOV", "11", "asserted") in found
    assert not [t for _, t, _, _ in found if t and t.endswith("OPP")]


def test_scores_and_a_handful_of_fighters_are_the_fighters():
    found = coded("Scores of heavily armed militants killed nine Nigerien soldiers near Tillaberi on Friday.")
    assert ("NERREB", "NERMIL", "19", "asserted") in found
    found = coded("A handful of gunmen attacked a police post in Kirkuk, Iraq, on Monday.")
    assert ("IRQREB", "IRQCOP", "19", "asserted") in found


def test_the_taliban_are_rebels_before_they_took_power_and_the_government_after():
    text = "The Taliban attacked a police post in Kandahar on Friday."
    assert ("AFGREB", "AFGCOP", "19", "asserted") in coded(text, published="2013-04-12")
    text = "The Taliban detained two journalists in Kabul on Friday."
    assert ("AFGGOV", "AFGMED", "17", "asserted") in coded(text, published="2024-04-12")


def test_the_outlet_a_claim_of_responsibility_is_sent_to_is_not_its_target():
    text = "An al-Shabaab spokesman claimed responsibility for the assault in an email to AFP."
    assert not [t for _, t, _, _ in coded(text) if t and t.endswith("MED")]
    text = "The Islamic State group claimed responsibility for the attack on the Iraqi army in a statement to Reuters."
    assert ("IRQMIL", "01") in {(t, r) for _, t, r, _ in coded(text)}


def test_taking_the_step_of_an_act_is_doing_it():
    text = "The Kenyan government took the unusual step of expelling the Syrian ambassador on Tuesday."
    assert ("KENGOV", "SYRGOV", "16", "asserted") in coded(text)


def test_a_participle_misread_as_a_second_verb_shares_no_subject_with_the_first():
    text = (
        '"We can confirm that the Polish embassy received a list of diplomats declared persona non grata from the '
        'Belarusian foreign ministry on Friday," a Polish government spokesman said.'
    )
    assert ("POLGOV", "BLRGOV", "16", "asserted") not in coded(text)


def test_a_subject_pronoun_is_never_a_name_of_its_own_clause():
    text = (
        "Moldovan President Ion Lupu accused Russia of meddling in the election.\n\n"
        "In a telephone call with European Commission President Anna Berg, he called on the EU to act."
    )
    found = coded(text)
    assert ("MDAGOV", "IGOEUR", "02", "asserted") in found
    assert not [s for s, _, r, _ in found if r == "02" and s and s.startswith("IGO")]


def test_rebel_positions_and_militant_hideouts_are_the_armed_group_s_forces():
    found = coded("Ethiopian warplanes struck rebel positions in the Amhara region on Sunday.")
    assert ("ETHMIL", "ETHREB", "19", "asserted") in found
    found = coded("Nigerian jets pounded militant hideouts in Borno state on Friday.")
    assert ("NGAMIL", "NGAREB", "19", "asserted") in found
    assert not [t for _, t, _, _ in found if t == "NGACVL"]


def test_an_international_rights_group_is_of_no_state_wherever_the_story_is_set():
    text = "YANGON, Myanmar — Amnesty International accused the army of using lethal force against protesters."
    found = coded(text)
    assert ("---NGO", "MMRMIL", "11", "asserted") in found
    assert not [s for s, _, _, _ in found if s == "MMRNGO"]


def test_firing_into_a_crowd_of_protesters_is_aimed_at_them_but_firing_into_the_air_at_no_one():
    found = coded("Guinean soldiers fired into a crowd of opposition supporters in Conakry on Thursday.")
    assert ("GINMIL", "GINOPP", "19", "asserted") in found
    assert not [r for _, _, r, _ in coded("Guinean soldiers fired into the air outside the stadium.") if r == "19"]


def test_an_act_s_target_hung_on_its_author_by_the_parser_is_still_its_target():
    text = "The unfolding crackdown by Belarus's government against democracy demonstrators has put Poland in a difficult position."
    assert ("BLRGOV", "BLROPP", "17", "asserted") in coded(text)


def test_an_attack_by_forces_on_a_town_that_killed_people_killed_that_state_s_people():
    text = "The attack by Russian forces on the Ukrainian port of Odesa killed four people on Monday."
    assert ("RUSMIL", "UKRCVL", "19", "asserted") in coded(text)


def test_whom_an_event_moves_to_act_does_the_act_even_when_no_state_is_known_for_it():
    text = "Kazakh police clashed with protesters in Almaty, which prompted a regional military alliance to send troops."
    assert not [s for s, _, r, _ in coded(text) if r == "07"]
    text = "The riots prompted Russia to send troops to Kazakhstan."
    assert ("RUSGOV", "KAZGOV", "07", "asserted") in coded(text)


def test_supporting_a_claim_or_being_backed_by_a_study_is_no_endorsement():
    text = "The Kenyan senator cited a 2019 report to support his claim that the Ugandan government had lied."
    assert not [r for _, _, r, _ in coded(text) if r == "05"]
    text = "The minister said the plan was backed by a study by Indian economists, Pakistan's Dawn newspaper reported."
    assert not [r for _, _, r, _ in coded(text) if r == "05"]
    assert ("DEUGOV", "UKRGOV", "05", "asserted") in coded("Germany backed Ukraine at the summit.")


def test_a_hostile_act_a_party_says_its_adversary_did_to_it_is_claimed_with_no_accusation_of_its_own():
    found = coded("Sudan's opposition said security forces fired live bullets at its supporters in Omdurman.")
    assert ("SDNCOP", "SDNOPP", "19", "claimed") in found
    assert not [r for _, _, r, _ in found if r == "11"]
    found = coded("Sudan's opposition alleged that security forces fired live bullets at its supporters in Omdurman.")
    assert ("SDNOPP", "SDNCOP", "11", "asserted") in found  # alleging is an accusation of its own
    found = coded("The Sudanese army said it killed 40 rebels in Darfur.")
    assert ("SDNMIL", "SDNREB", "19", "asserted") in found  # its own act, reported


def test_according_to_a_party_an_act_against_its_side_is_claimed_its_own_state_s_report_is_not():
    text = "Israeli troops arrested several doctors in Gaza, according to the Palestinian health ministry."
    assert ("ISRMIL", "PSECVL", "17", "claimed") in coded(text)
    text = "Pakistani airstrikes killed eight people in Khost, Afghanistan, according to two Pakistani security officials."
    assert [m for s, _, _, m in coded(text) if s == "PAKMIL"] == ["asserted"]


def test_a_sea_named_after_a_state_is_no_actor():
    text = (
        "Maldives police arrested 40 people after clashes with protesters demanding the government free the "
        "Indian Ocean archipelago's former president from prison."
    )
    assert not [t for _, t, _, _ in coded(text) if t and t.startswith("IND")]
    assert not [a for a in analyze_text("Fishing boats sailed into the South China Sea on Monday.").actors if a.country]


def test_a_tariff_increase_is_a_tariff():
    text = "In March the United States imposed a tariff increase on Canadian steel and aluminium."
    assert ("USAGOV", "16") in {(s, r) for s, _, r, _ in coded(text)}


def test_a_passive_s_target_hung_on_its_agent_is_still_its_target():
    text = "Similar sanctions were imposed by ECOWAS on Mali, Burkina Faso and Guinea after coups there."
    found = {(s, t, r) for s, t, r, _ in coded(text)}
    assert {("IGOAFR", "MLIGOV", "16"), ("IGOAFR", "BFAGOV", "16"), ("IGOAFR", "GINGOV", "16")} <= found


def test_every_actor_listed_after_including_acts():
    text = (
        "The coup in Gabon has been condemned by neighbours and partners including the United States, "
        "the African Union and France."
    )
    sources = {s for s, _, r, _ in coded(text) if r == "11"}
    assert {"USAGOV", "IGOAFR", "FRAGOV"} <= sources


def test_names_set_beside_a_plural_noun_are_the_sides():
    text = "Last year the African Union suspended two other members -- Guinea and Mali -- after coups there."
    targets = {t for _, t, r, _ in coded(text) if r == "16"}
    assert targets == {"GINGOV", "MLIGOV"}


def test_a_city_that_names_a_treaty_is_no_party_to_the_act():
    text = "Brazil condemns any violation of the Vienna Convention on Diplomatic Relations."
    assert not [t for _, t, _, _ in coded(text) if t == "AUTGOV"]
    found = coded("Russia accused Ukraine of violating the Minsk agreements.")
    assert ("RUSGOV", "UKRGOV", "11", "asserted") in found
    assert not [t for _, t, _, _ in found if t == "BLRGOV"]


def test_a_state_that_says_another_will_face_retribution_threatens_it():
    text = "Iran's supreme leader said Saudi Arabia would face divine retribution for the execution."
    assert ("IRNGOV", "SAUGOV", "13", "asserted") in coded(text)


def test_a_participle_s_patient_is_the_noun_it_tells_of_never_an_agent_inside_its_phrase():
    found = coded("Pedro Castillo impeached by Congress, detained by police, Peru's prosecutors said.")
    assert ("PERCOP", "PERLEG", "17", "asserted") not in found
    assert ("PERLEG", "PERCOP", "17", "asserted") not in found


def test_an_act_named_as_the_setting_of_another_is_not_the_speaker_s():
    text = (
        "Yemen's Houthi group says it attacked Israeli vessels, with Western warships defending amid the continuing "
        "fallout from the war on Gaza."
    )
    found = coded(text)
    assert ("YEMREB", "ISRMIL", "19", "asserted") in found
    assert not [t for _, t, _, _ in found if t == "PSECVL"]


def test_a_pronoun_between_quotation_marks_is_no_name_of_the_attribution_around_them():
    text = (
        "Bangladeshi police arrested the opposition leader Tarek Rahman in Dhaka on Tuesday.\\n\\n"
        'BNP spokesman Ruhul Kabir, in a video message on Facebook, said: "They are beating Tarek Rahman right now."'
    )
    assert not [s for s, _, _, _ in coded(text) if s and s.startswith("USA")]


def test_an_act_reported_by_an_alleging_verb_is_claimed():
    found = coded("Ukraine alleged that Russian troops executed prisoners near Bakhmut.")
    assert ("RUSMIL", "UKRCVL", "18", "claimed") in found
    assert ("UKRGOV", "RUSMIL", "11", "asserted") in found


def test_the_court_after_an_international_court_is_that_court_and_its_judges_are_it():
    text = (
        "Kenya has dismissed a move by the International Criminal Court to summon its deputy president, "
        "rejecting the authority of the tribunal.\\n\\nThe court's authority was rejected by the Kenyan government."
    )
    found = coded(text)
    assert not [t for _, t, _, _ in found if t == "KENJUD"]
    assert ("KENGOV", "IGOOTH", "12", "asserted") in found
    text = "International Criminal Court judges issued an arrest warrant for a former Sudanese minister."
    assert not [s for s, _, _, _ in coded(text) if s == "SDNJUD"]


def test_a_decree_a_court_overturned_is_not_the_court_s_act():
    text = (
        "Nepal's parliament met again on Wednesday, a day after the Supreme Court overturned a presidential decree "
        "dissolving the legislature."
    )
    assert not [s for s, _, _, _ in coded(text) if s == "NPLJUD"]


def test_help_received_with_the_help_of_someone_is_given_by_that_someone():
    found = coded("The Sudanese army retook the city of Wad Madani with the help of Egyptian forces.")
    assert ("EGYMIL", "SDNMIL", "07", "asserted") in found
    assert ("SDNMIL", "EGYMIL", "07", "asserted") not in found


def test_only_names_listed_after_including_are_sides():
    text = "The BBC spoke with a series of experts, including Nigerian researchers and Kenyan doctors."
    assert not coded(text)
