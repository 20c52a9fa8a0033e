"""Constructions of wire-service English (eighth round): places named as a modifier of a common noun."""

from __future__ import annotations

try:
    from event_helpers import coded
except ImportError:  # pragma: no cover - when tests/ is a package
    from tests.event_helpers import coded


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
