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
