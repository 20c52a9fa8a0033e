"""Who does an act that a noun names. The subject of the verb that governs the noun does it only when that verb
makes the act its own ("ЕС ввел пакет санкций"), not when it speaks of it ("Захарова прокомментировала пакет
санкций", "Москва примет меры в ответ на пакет санкций"); an actor named after «со стороны» right after the noun's
phrase does it to whoever reports it ("Азербайджан заявил об обстреле своих позиций со стороны Армении"); and the
partner of talks named by a noun takes part in those talks, not in the act around them ("поздравил коллегу с итогами
встречи с президентом США")."""

from __future__ import annotations

from functools import lru_cache

#: Nouns of talks, after which «с» names a partner of those talks.
TALK_NOUNS = {"встреча", "переговоры", "беседа", "разговор", "саммит"}
#: Parts of speech that end a noun's phrase: what follows belongs to another predicate.
PHRASE_ENDS = {"VERB", "INFN", "GRND", "PRTS", "CONJ"}
#: How far after the noun «со стороны» may stand ("об атаке на свои приграничные территории со стороны Азербайджана").
SIDE_REACH = 6


@lru_cache(maxsize=1)
def _act_verbs() -> frozenset[str]:
    from faultlines.nlp.ru.data import data_text

    words = set()
    for name in ("act_verbs.txt", "announcing_verbs.txt"):
        words |= {w.strip() for w in data_text(name).splitlines() if w.strip() and w[0] != "#"}
    return frozenset(words)


def spoken_of(tokens, before, first: int) -> bool:
    """Whether the noun predicate at ``first`` is governed by a finite verb standing between its subject (the last
    of ``before``) and it that does not make the act the subject's own (``data/ru/act_verbs.txt``)."""
    if tokens[first].pos != "NOUN" or not before:
        return False
    between = tokens[before[-1].last + 1 : first]
    verbs = [t for t in between if t.pos == "VERB"]
    return bool(verbs) and not any(t.lemma in _act_verbs() for t in between if t.pos in ("VERB", "INFN"))


def side_agent(tokens, mentions, first: int, c_end: int):
    """The actor named after «со стороны» within a few words after the noun predicate at ``first``, with no verb
    between ("об обстреле своих позиций со стороны Армении"); None when there is none."""
    if tokens[first].pos != "NOUN":
        return None
    for k in range(first + 1, min(c_end, first + SIDE_REACH + 1)):
        if tokens[k].pos in PHRASE_ENDS:
            return None
        if tokens[k].lower == "со" and k + 1 <= c_end and tokens[k + 1].lower == "стороны":
            return next((m for m in mentions if m.first in (k + 1, k + 2)), None)  # «стороны» may open the mention
    return None


def talk_partner(tokens, last: int, at: int) -> bool:
    """Whether the mention opening at ``at`` stands in a phrase opened by «с» after a noun of talks that is no word of
    the predicate ending at ``last`` ("поздравил коллегу с итогами встречи с президентом США Дональдом Трампом")."""
    for k in range(at - 1, last + 1, -1):
        if tokens[k].lower in ("с", "со"):
            return tokens[k - 1].lemma in TALK_NOUNS
        if tokens[k].pos not in ("NOUN", "ADJF"):
            return False
    return False


def instrumental_agent(tokens, mentions, first: int, c_end: int):
    """The actor named in the instrumental, not after a preposition, a few words after the noun predicate at
    ``first`` with no verb between: the noun's agent ("о задержании в Москве сотрудниками ФСБ гражданина США": the
    FSB, named in the genitive after a noun of people in the instrumental, or an actor in the instrumental itself)."""
    if tokens[first].pos != "NOUN":
        return None
    for k in range(first + 1, min(c_end, first + SIDE_REACH) + 1):
        if tokens[k].pos in PHRASE_ENDS:
            return None
        if tokens[k].pos != "NOUN" or "ablt" not in tokens[k].grammemes or tokens[k - 1].pos == "PREP":
            continue
        return next((m for m in mentions if m.first == k or m.first == k + 1 and m.case == "gent"), None)
    return None
