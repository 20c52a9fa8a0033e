"""Who strikes and what is struck when a noun of force names the act: the state of an adjective in the instrumental
after a passive participle ("об ударе, нанесенном украинскими дронами по зданию администрации"), and a place of
another state named before the noun in its clause ("В Курской области трое жителей пострадали в результате атак
ВСУ")."""

from __future__ import annotations

from functools import lru_cache

#: How far after a passive participle its agent's adjective may stand ("нанесенном вчера израильскими дронами").
AGENT_REACH = 3


def participle_adjective_agent(ps, noun: int, c_end: int) -> str | None:
    """The state of an adjective in the instrumental within a few words after a passive full participle that
    follows the noun (after a comma or not); None when there is none."""
    from faultlines.nlp.ru.knowledge import ADJECTIVE

    tokens = ps.sentence.tokens
    at = noun + 2 if noun + 1 < len(tokens) and tokens[noun + 1].text == "," else noun + 1
    if at > c_end or tokens[at].pos != "PRTF" or "pssv" not in tokens[at].grammemes:
        return None
    return next((m.entry.key for m in ps.matches if m.entry is not None and m.entry.kind == ADJECTIVE
                 and at < m.first <= min(c_end, at + AGENT_REACH) and "ablt" in tokens[m.first].grammemes), None)


def place_before(ps, c_start: int, noun: int, own: set[str | None]):
    """The people (CVL) of a place the knowledge holds, named after «в»/«во»/«на» before the noun in its clause, of
    a state other than the attacker's; None when there is none."""
    from faultlines.model import Actor
    from faultlines.nlp.ru.knowledge import PLACE

    tokens = ps.sentence.tokens
    for m in sorted(ps.matches, key=lambda m: m.first):
        if not c_start <= m.first < noun or m.entry is None or m.entry.kind != PLACE or m.entry.key in own:
            continue
        if m.first and tokens[m.first - 1].lower in ("в", "во", "на"):
            code = m.entry.key
            return Actor(id=f"org:{code.lower()}-cvl", name=code, kind="organisation", country=code, role="CVL").ref()
    return None


#: Verbs by which a subject goes on with, starts or steps up the strikes a noun after them names.
CONTINUING_VERBS = {"продолжить", "продолжать", "возобновить", "возобновлять", "начать", "начинать", "усилить",
                    "усиливать", "нарастить", "наращивать"}


def continuing_subject(ps, noun: int, c_start: int, actor_mention) -> str | None:
    """"Израильская авиация продолжает удары по Ливану": the state of the subject (an actor, or a state's
    adjective before the noun right before the verb) of a verb of going on with the strikes the noun names; None."""
    from faultlines.nlp.ru.knowledge import ADJECTIVE

    tokens = ps.sentence.tokens
    verb = noun - 1
    while verb > c_start and tokens[verb].pos == "ADJF":
        verb -= 1
    if verb <= c_start or tokens[verb].pos != "VERB" or tokens[verb].lemma not in CONTINUING_VERBS:
        return None
    subject = next((m for m in ps.mentions if m.last == verb - 1 and actor_mention(m)), None)
    if subject is not None:
        return subject.actor.country
    return next((m.entry.key for m in ps.matches if m.entry is not None and m.entry.kind == ADJECTIVE
                 and m.last == verb - 2 and tokens[verb - 1].pos == "NOUN" and c_start <= m.first), None)


@lru_cache(maxsize=1)
def _defence_words() -> frozenset[str]:
    from faultlines.nlp.ru.data import data_text

    return frozenset(w.strip() for w in data_text("defence_bodies.txt").splitlines() if w.strip() and w[0] != "#")


def defence_reporter(ps, c_start: int, c_end: int, own: set[str | None]) -> str | None:
    """The state of a defence or border body (``data/ru/defence_bodies.txt``) named outside the clause and of no
    state among ``own`` (the act's sources), which reports the act: the state struck when no target is named."""
    tokens = ps.sentence.tokens
    words = _defence_words()
    for m in ps.mentions:
        if c_start <= m.first <= c_end or m.actor.country is None or m.actor.country in own:
            continue
        if any(tokens[k].lemma in words for k in range(max(0, m.first - 3), m.last + 1)):
            return m.actor.country
    return None
