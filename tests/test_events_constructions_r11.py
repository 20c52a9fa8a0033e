"""Constructions of wire-service English (eleventh round), each found on unseen wire stories."""

from __future__ import annotations

try:
    from event_helpers import coded
except ImportError:  # pragma: no cover - when tests/ is a package
    from tests.event_helpers import coded


def test_soldiers_named_alone_in_a_story_datelined_in_their_state_are_its_forces():
    text = (
        "LA PAZ, Bolivia — Bolivian opposition senator Marta Quiroga was detained during a march in the capital.\n\n"
        "Quiroga said soldiers beat members of her staff outside the congress building."
    )
    assert ("BOLMIL", "BOLOPP", "18", "claimed") in coded(text)  # the side that was hit tells it: a claim


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
    assert ("TZACOP", "TZAOPP", "18", "claimed") in coded(text)  # the side that was hit tells it: a claim


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
