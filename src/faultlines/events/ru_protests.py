"""Protests at a state's embassy or against its envoys: "Протестующие заблокировали машину британского дипломата у
здания МИД России", "акция протеста у посольства Франции в Москве". The protesters are the opposition (OPP) of the
state they protest in (named in the sentence as a place or a body, or the article's dateline state); the target is the
state of the mission or the envoy."""

from __future__ import annotations

from functools import cache

from faultlines.model import Actor, ActorRef


@cache
def _nouns(name: str) -> frozenset[str]:
    from faultlines.nlp.ru.data import data_text

    return frozenset(w.strip() for w in data_text(name).splitlines() if w.strip() and w[0] != "#")


def _mission_state(ps, start: int, c_end: int) -> str | None:
    """The state of the first mission or envoy named after ``start``: in the genitive after the noun ("посольство
    Франции", "поверенной в делах Британии") or by an adjective right before it ("британского дипломата")."""
    from faultlines.nlp.ru.knowledge import ADJECTIVE, STATE

    tokens = ps.sentence.tokens
    nouns = _nouns("mission_nouns.txt") | _nouns("envoy_nouns.txt")
    for k in range(start, c_end + 1):
        if tokens[k].lemma not in nouns:
            continue
        reach = k + 5 if [t.lower for t in tokens[k + 1 : k + 3]] == ["в", "делах"] else k + 3
        for m in sorted(ps.matches, key=lambda m: m.first):
            if m.entry is None:
                continue
            if m.entry.kind == ADJECTIVE and m.last + 1 == k:
                return m.entry.key
            if m.entry.kind == STATE and k < m.first <= reach and tokens[m.first - 1].lower not in ("в", "во"):
                return m.entry.key
    return None


def embassy_protest(parsed, ps, hit: list[int], c_start: int, c_end: int) -> tuple[ActorRef, ActorRef] | None:
    """(the protesters, the mission's state) of a protest act at a mission or an envoy: the act's subject is a noun of
    protesters (``data/ru/protester_nouns.txt``) unless the predicate is itself a noun ("акция протеста"). None
    unless both states are known and differ."""
    tokens = ps.sentence.tokens
    first = hit[0]
    if tokens[first].pos != "NOUN" and not any(t.lemma in _nouns("protester_nouns.txt") for t in tokens[c_start:first]):
        return None
    target = _mission_state(ps, hit[-1] + 1, c_end)
    if target is None and tokens[first].pos == "NOUN":
        target = _mission_state(ps, c_start, first - 1)  # "У посольства Франции прошла акция протеста"
    if target is None:
        return None
    from faultlines.nlp.ru.knowledge import SEAT, STATE

    bodies = [m.actor.country for m in ps.mentions if c_start <= m.first <= c_end and m.actor.country
              and m.actor.country != target and m.actor.kind == "organisation"]  # "у здания МИД России"
    places = [m.entry.key for m in ps.matches if c_start <= m.first <= c_end and m.entry is not None
              and m.entry.kind in (STATE, SEAT) and m.entry.key != target
              and tokens[m.first - 1].lower in ("в", "во")]  # "в Москве"
    hosts = bodies + places
    host = hosts[0] if hosts else parsed.home_state
    if host is None or host == target:
        return None
    protesters = Actor(id=f"org:{host.lower()}-opp", name=f"{host} protesters", kind="organisation", country=host, role="OPP")
    state = Actor(id=target, name=target, kind="state", country=target, role="GOV")
    return protesters.ref(), state.ref()


#: Nouns (lemmas) of a protest itself, which stands for its protesters when an act falls on it ("разогнала акцию").
PROTEST_EVENTS = frozenset({"акция", "митинг", "демонстрация", "шествие", "протест", "пикет", "манифестация", "марш"})
#: Nouns of a number of people before the protesters ("десятки протестующих").
QUANTITY_NOUNS = frozenset({"десяток", "десятка", "сотня", "тысяча", "группа", "ряд", "часть", "около", "более", "свыше", "порядка"})
#: Roots of acts that may fall on protesters: coercion, repression and force.
REPRESSION_ROOTS = ("17", "18", "19", "20")


def protesters_acted_on(parsed, ps, last: int, c_end: int, own: set[str | None]) -> ActorRef | None:
    """"Полиция Грузии задержала участников акции протеста в Тбилиси", "разогнала митинг": protesters (a noun of them,
    or of the protest itself) right after the act are the opposition (OPP) of the state they protest in, named as a
    place (a state or its capital after «в»), else the actor's own state, else the article's dateline state."""
    from faultlines.nlp.ru.knowledge import SEAT, STATE

    tokens = ps.sentence.tokens
    at = next((k for k in range(last + 1, min(c_end, last + 4) + 1)
               if tokens[k].pos not in ("NUMR", "ADJF", "ADVB") and not tokens[k].text.isdigit()
               and tokens[k].lemma not in QUANTITY_NOUNS), None)
    if at is None:
        return None
    lemma = tokens[at].lemma
    following = tokens[at + 1].lemma if at + 1 < len(tokens) else ""
    if lemma == "участник" and following not in PROTEST_EVENTS:
        return None  # "задержали участников банды": no protest
    if lemma not in (_nouns("protester_nouns.txt") | PROTEST_EVENTS) or lemma == "протестовать" and tokens[at].pos != "PRTF":
        return None  # (not "протестовать", the verb, but "протестующих", its participle)
    places = [m.entry.key for m in ps.matches if at < m.first <= c_end and m.entry is not None
              and m.entry.kind in (STATE, SEAT) and tokens[m.first - 1].lower in ("в", "во")]
    owned = [code for code in own if code]
    host = places[0] if places else owned[0] if len(owned) == 1 else parsed.home_state
    if host is None:
        return None
    return Actor(id=f"org:{host.lower()}-opp", name=f"{host} protesters", kind="organisation", country=host, role="OPP").ref()
