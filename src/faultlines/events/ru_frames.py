"""Acts a Russian sentence names without reporting them as done by the actors it names: under a condition ("в
случае нарушения соглашения"), as an anniversary ("30-летие установления отношений"), or as the act of a noun that
names no actor ("силы, стремящиеся подорвать мир"); and the negations that are none ("не только …, но и").
"""

from __future__ import annotations

from functools import cache

from faultlines.nlp.ru.data import data_text


@cache
def _words(name: str) -> frozenset[str]:
    return frozenset(w.strip() for w in data_text(name).splitlines() if w.strip() and not w.startswith("#"))


NEGATIONS = {"не", "ни"}


#: Verbs whose negation grants a possibility rather than denying the act ("не исключает принятия мер").
GRANTING = {"исключать", "исключить"}


def negation(tokens, k: int) -> bool:
    """Whether token ``k`` negates: «не», «ни», but not the «не» of "не только …, но и" (which adds) nor of "не
    исключает" (which grants a possibility: :func:`not_excluded`)."""
    following = tokens[k + 1] if k + 1 < len(tokens) else None
    return tokens[k].lower in NEGATIONS and not (following is not None and (
        following.lower == "только" or following.lemma in GRANTING))


def not_excluded(tokens, window) -> bool:
    """Whether "не исключает" stands among the positions ``window`` ("не исключает принятие асимметричных мер"):
    the act is possible, a threat when it answers, else hypothetical."""
    return any(tokens[k].lower == "не" and k + 1 < len(tokens) and tokens[k + 1].lemma in GRANTING for k in window)


def infinitive_negated(tokens, first: int) -> bool:
    """Whether the act is an infinitive with «не» right after it ("вопрос санкций обсуждать не планируется")."""
    return tokens[first].pos == "INFN" and first + 1 < len(tokens) and tokens[first + 1].lower in NEGATIONS


def conditional(tokens, c_start: int, first: int) -> bool:
    """Whether "в случае" (``data/ru/condition_nouns.txt``) stands in the clause before the act at ``first``."""
    nouns = _words("condition_nouns.txt")
    return any(tokens[k].lemma in nouns and tokens[k - 1].lower in ("в", "во") for k in range(max(1, c_start), first))


def commemorated(tokens, first: int) -> bool:
    """Whether the act's noun at ``first`` follows the noun of an anniversary (``data/ru/anniversary_nouns.txt``):
    "30-летия установления отношений", "годовщины подписания договора"."""
    if not first or tokens[first].pos != "NOUN":
        return False
    lemma = tokens[first - 1].lemma
    return lemma in _words("anniversary_nouns.txt") or lemma.endswith("летие")


def unnamed_participle_head(tokens, first: int, mentions) -> bool:
    """Whether the act at ``first`` is an active participle set off after a noun that names no actor ("силы,
    стремящиеся подорвать мир с Азербайджаном", "страны, поддерживающие санкции"): its doer is that noun."""
    token = tokens[first]
    if token.pos != "PRTF" or "actv" not in token.grammemes or first < 2 or tokens[first - 1].text != ",":
        return False
    # (the noun's case is not checked: "силы" is read as a genitive singular as often as a nominative plural)
    head = first - 2
    if tokens[head].pos != "NOUN" or tokens[head].lemma in _words("subject_nouns.txt"):
        return False  # "Высокопоставленный японский чиновник, посетивший Китай": a person the context may name
    return not any(m.first <= head <= m.last for m in mentions)


def reply_bound(tokens, last: int, c_end: int) -> int:
    """The clause's end, or the word before "в ответ на" after ``last`` ("высылают дипломата в ответ на высылку своих
    дипломатов из России": the state left, "из России", is the one answered, not the one that expels)."""
    for k in range(last + 1, c_end):
        if tokens[k].lower in ("в", "во") and tokens[k + 1].lemma == "ответ":
            return k - 1
    return c_end


def contrast(tokens, k: int) -> bool:
    """Whether token ``k`` is the «а» after a comma that opens a clause of its own ("Хорватия заявила о высылке
    дипломатов, а в Люксембурге объявили дипломата РФ персоной нон грата"); not "а также", which joins, nor an «а»
    whose next verb agrees with the verb before it ("сторона применила беспилотники, а с утра подвергла артобстрелу
    …": one subject)."""
    if tokens[k].lower != "а" or not k or tokens[k - 1].text != "," or (
        k + 1 < len(tokens) and tokens[k + 1].lower in ("также", "затем", "потом")):
        return False
    before = next((tokens[j] for j in range(k - 2, -1, -1) if tokens[j].pos == "VERB"), None)
    after = next((tokens[j] for j in range(k + 1, min(len(tokens), k + 5)) if tokens[j].pos == "VERB"), None)
    return before is None or after is None or not _same_subject(before, after)


def _same_subject(one, other) -> bool:
    """Whether two past verbs agree in number and gender (a plural past shows no gender)."""
    for grammemes in ({"sing", "plur"}, {"masc", "femn", "neut"}):
        a, b = one.grammemes & grammemes, other.grammemes & grammemes
        if a != b:
            return False
    return True
