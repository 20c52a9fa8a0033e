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
