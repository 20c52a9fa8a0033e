"""Targets of Russian acts that the clause names without naming a state: an unnamed government that a party or
people of a state make demands of ("оппозиция потребовала от правительства …")."""

from __future__ import annotations

from functools import lru_cache

from faultlines.model import ActorRef

#: Roots of demands and appeals, whose unnamed government is the demander's own.
DEMAND_ROOTS = ("02", "10")
#: Roles of a state's own government and forces: an unnamed government they address is another's.
GOVERNING_ROLES = {"GOV", "MIL"}


@lru_cache(maxsize=1)
def _own_government_nouns() -> frozenset[str]:
    from faultlines.nlp.ru.data import data_text

    return frozenset(w.strip() for w in data_text("own_government_nouns.txt").splitlines() if w.strip() and w[0] != "#")


def own_government(tokens, last: int, code: str, sources: list[ActorRef], state_ref) -> list[ActorRef]:
    """"Партия потребовала от правительства разорвать связи с Москвой", "Активисты призвали власти …": a government
    left unnamed right after a demand or an appeal (after «от» or as its object, with no state in the genitive after
    it) is the demander's own, when the demander is no government."""
    if not code.startswith(DEMAND_ROOTS) or len(sources) != 1 or not sources[0].country:
        return []
    if sources[0].role in GOVERNING_ROLES:
        return []
    at = last + 1
    if at < len(tokens) and tokens[at].lower == "от":
        at += 1
    if at >= len(tokens) or tokens[at].lemma not in _own_government_nouns():
        return []
    following = tokens[at + 1] if at + 1 < len(tokens) else None
    if following is not None and following.pos in ("NOUN", "ADJF") and "gent" in following.grammemes:
        return []  # "от правительства Латвии", "от властей страны": a government named with its state
    return [state_ref(sources[0].country)]
