"""Codes of domestic politics that depend on who acts: a state's forces do not take to the streets."""

from __future__ import annotations

from faultlines.events.coded import Coded

#: Demonstrations and rallies (CAMEO 140, 141): what crowds do, never a state's armed or police forces.
STREET_PROTEST = {"140", "141"}
#: Sectors that police or fight for a state.
FORCES = {"COP", "MIL", "SPY"}


def forces_do_not_demonstrate(coded: Coded) -> None:
    """``clashes between police and protesters demonstrating against the prime minister``, ``detained by police for
    protesting``: the parser hangs the demonstration on the forces named beside the protesters; forces do not
    demonstrate, so they are no source of it (and with no other source, the act is not reported)."""
    if coded.code not in STREET_PROTEST:
        return
    kept = [p for p in coded.sources if p.ref.role not in FORCES]
    if len(kept) < len(coded.sources):
        coded.notes.append("a state's forces do not demonstrate: not its source")
        coded.sources = kept
