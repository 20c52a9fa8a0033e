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
