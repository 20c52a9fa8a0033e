"""An envoy named with his state and the state he serves in ("послу России в Казахстане", "представитель российского
посольства в Литве"): with no one else named as acting, the host acts on the envoy's state — after a passive
("Послу вручена нота") or a plural verb with no subject ("Ноту протеста вручили старшему дипломату посольства США в
России", the ministry's usual wording).
"""

from __future__ import annotations

from functools import cache

from faultlines.model import ActorRef
from faultlines.nlp.ru.data import data_text


@cache
def _words(name: str) -> frozenset[str]:
    return frozenset(w.strip() for w in data_text(name).splitlines() if w.strip() and not w.startswith("#"))


def envoy_and_host(ps, c_start: int, c_end: int, state_ref) -> tuple[ActorRef, ActorRef] | None:
    """(host, envoy's state) of an envoy or a mission named with both in the clause: the envoy's state after the
    envoy or the mission ("послу России", "дипломату посольства США", "поверенный в делах Азербайджана") or as an
    adjective right before either ("российского посольства"), then the host after «в» ("в Казахстане")."""
    from faultlines.events.ru_nouns import adjective_state
    from faultlines.nlp.ru.knowledge import ADJECTIVE, SEAT, STATE

    tokens = ps.sentence.tokens
    nouns = _words("envoy_nouns.txt") | _words("mission_nouns.txt")
    states = sorted((m for m in ps.matches if m.entry is not None and m.entry.kind in (STATE, SEAT)), key=lambda m: m.first)
    adjectives = [m for m in ps.matches if m.entry is not None and m.entry.kind == ADJECTIVE]
    for k in range(c_start, c_end + 1):
        if tokens[k].lemma not in nouns:
            continue
        own = next((m for m in states if k < m.first <= k + 3 and tokens[m.first - 1].lower not in ("в", "во")), None)
        own_key, own_last = (own.entry.key, own.last) if own is not None else (None, k)
        if own is None:
            # (the adjective may be read as part of the mission's name: "российского посольства")
            adjective = next((m.entry.key for m in adjectives if m.last == k - 1), None) or (
                adjective_state(tokens[k - 1].lemma) if k else None)
            if adjective is None:
                continue
            own_key = adjective
        host = next((m for m in states if own_last < m.first <= own_last + 2 and tokens[m.first - 1].lower in ("в", "во")), None)
        if host is not None and host.entry.key != own_key:
            return state_ref(host.entry.key), state_ref(own_key)
    return None


def impersonal_plural(tokens, c_start: int, c_end: int) -> bool:
    """Whether the clause's first verb is a plural past verb with nothing before it in the clause that may be its
    subject ("Ноту протеста вручили послу …", "Накануне посла срочно вызвали в МИД"): the act of someone unnamed."""
    from faultlines.nlp.ru.models import possible_cases

    verb = next((k for k in range(c_start, c_end + 1) if tokens[k].pos == "VERB"), None)
    if verb is None or not {"plur", "past"} <= tokens[verb].grammemes:
        return False
    return not any(t.pos in ("NOUN", "NPRO") and "nomn" in possible_cases(t.text) for t in tokens[c_start:verb])
