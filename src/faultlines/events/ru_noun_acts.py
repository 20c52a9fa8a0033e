"""Who does an act that a noun names. The subject of the verb that governs the noun does it ("ЕС ввел пакет
санкций"), unless that verb only speaks of it ("Захарова прокомментировала пакет санкций"); an actor named after «со стороны» right after the noun's
phrase does it to whoever reports it ("Грузия заявила об обстреле своих постов со стороны России"); and the
partner of talks named by a noun takes part in those talks, not in the act around them ("поздравил коллегу с итогами
встречи с президентом США")."""

from __future__ import annotations

from functools import lru_cache

#: Nouns of talks, after which «с» names a partner of those talks.
TALK_NOUNS = {"встреча", "переговоры", "беседа", "разговор", "саммит"}
#: Parts of speech that end a noun's phrase: what follows belongs to another predicate.
PHRASE_ENDS = {"VERB", "INFN", "GRND", "PRTS", "CONJ"}
#: How far after the noun «со стороны» may stand ("о нападении на свои посты со стороны Азербайджана").
SIDE_REACH = 6


@lru_cache(maxsize=1)
def _speaking_verbs() -> frozenset[str]:
    from faultlines.nlp.ru.data import data_text

    return frozenset(w.strip() for w in data_text("speaking_verbs.txt").splitlines() if w.strip() and w[0] != "#")


def spoken_of(tokens, before, first: int) -> bool:
    """Whether the noun predicate at ``first`` is governed by a verb standing between its subject (the last of
    ``before``) and it by which the subject only speaks of the act (``data/ru/speaking_verbs.txt``)."""
    if tokens[first].pos != "NOUN" or not before:
        return False
    if _cause(tokens, first):
        return True  # "выразил протест в связи с задержанием российских журналистов": what it answers, not its act
    return any(t.pos == "VERB" and t.lemma in _speaking_verbs() for t in tokens[before[-1].last + 1 : first])


def _cause(tokens, noun: int) -> bool:
    """Whether the noun at ``noun`` (adjectives before it allowed) opens a phrase of cause: «в связи с», «из-за»."""
    at = noun - 1
    while at >= 0 and tokens[at].pos == "ADJF":
        at -= 1
    words = [t.lower for t in tokens[max(0, at - 2) : at + 1]]
    return words[-1:] == ["из-за"] or words[-3:] == ["в", "связи", "с"]


def side_agent(tokens, mentions, first: int, c_end: int):
    """The actor named after «со стороны» within a few words after the noun predicate at ``first``, with no verb
    between ("об обстреле своих постов со стороны России"); None when there is none."""
    if tokens[first].pos != "NOUN":
        return None
    for k in range(first + 1, min(c_end, first + SIDE_REACH + 1)):
        if tokens[k].pos in PHRASE_ENDS:
            return None
        if tokens[k].lower == "со" and k + 1 <= c_end and tokens[k + 1].lower == "стороны":
            return next((m for m in mentions if m.first in (k + 1, k + 2)), None)  # «стороны» may open the mention
    return None


def talk_partner(tokens, last: int, at: int) -> bool:
    """Whether the mention opening at ``at`` stands in a phrase opened by «с» after a noun of talks in the genitive
    of another noun, no word of the predicate ending at ``last`` ("поздравил коллегу с итогами встречи с президентом
    США Дональдом Трампом"; not "призвала к переговорам с Россией", an appeal about talks with Russia)."""
    for k in range(at - 1, last + 2, -1):
        if tokens[k].lower in ("с", "со"):
            talk, owner = tokens[k - 1], tokens[k - 2]
            return talk.lemma in TALK_NOUNS and "gent" in talk.grammemes and owner.pos == "NOUN"
        if tokens[k].pos not in ("NOUN", "ADJF"):
            return False
    return False


def instrumental_agent(tokens, mentions, first: int, c_end: int):
    """The actor named in the instrumental, not after a preposition, a few words after the noun predicate at
    ``first`` with no verb between: the noun's agent ("о задержании в Москве сотрудниками ФСБ гражданина Польши": the
    FSB, named in the genitive after a noun of people in the instrumental, or an actor in the instrumental itself);
    the same after a passive participle ("дипломатов, обвинённых Москвой в участии в акциях": Moscow accuses)."""
    if tokens[first].pos != "NOUN" and not (tokens[first].pos == "PRTF" and "pssv" in tokens[first].grammemes):
        return None
    for k in range(first + 1, min(c_end, first + SIDE_REACH) + 1):
        if tokens[k].pos in PHRASE_ENDS:
            return None
        if tokens[k].pos != "NOUN" or "ablt" not in tokens[k].grammemes or tokens[k - 1].pos == "PREP":
            continue
        return next((m for m in mentions if m.first == k or m.first == k + 1 and m.case == "gent"), None)
    return None


@lru_cache(maxsize=1)
def _plan_nouns() -> frozenset[str]:
    from faultlines.nlp.ru.data import data_text

    return frozenset(w.strip() for w in data_text("plan_nouns.txt").splitlines() if w.strip() and w[0] != "#")


def planned(tokens, first: int) -> bool:
    """Whether the infinitive at ``first`` follows a noun of a plan or an intention (at most two words between):
    "о планах Баку нанести удар" (``data/ru/plan_nouns.txt``)."""
    return tokens[first].pos == "INFN" and any(t.lemma in _plan_nouns() for t in tokens[max(0, first - 3) : first])
