"""Subjects of Russian acts named by a bare title or body noun that stands for someone named before: "Министр
призвал …" after "Лавров провел переговоры с Ван И.", "Ведомство потребовало …" after "МИД России выступил …"."""

from __future__ import annotations

from functools import lru_cache

from faultlines.model import ActorRef

#: Words that may open a clause before its subject ("Также министр …", "При этом ведомство …").
OPENERS = {"также", "кроме", "того", "при", "этом", "затем", "позже", "позднее", "ранее", "а", "и", "вместе", "с", "тем", ","}


@lru_cache(maxsize=1)
def _lemmas(name: str) -> frozenset[str]:
    from faultlines.nlp.ru.data import data_text

    return frozenset(w.strip() for w in data_text(name).splitlines() if w.strip() and w[0] != "#")


def anaphor_source(parsed, index: int, c_start: int, first: int, named_subject) -> list[ActorRef]:
    """The one a bare title or body noun opening the clause before the predicate stands for: for a title
    (``data/ru/title_anaphors.txt``), the person of a state named last as a subject before (of the verb's gender when
    it shows one); for a body (``data/ru/body_anaphors.txt``), the body of a state named last before."""
    from faultlines.nlp.ru.models import possible_cases

    ps = parsed.sentences[index]
    tokens = ps.sentence.tokens
    k = c_start
    while k < first and (tokens[k].lower in OPENERS or tokens[k].lemma == "официальный"):
        k += 1  # "Официальный представитель МИД …"
    state = _state_anaphor(parsed, index, c_start, k, first)
    if state is not None:
        return [state]
    if k >= first or "nomn" not in possible_cases(tokens[k].text) or any(m.first <= k <= m.last for m in ps.mentions):
        return []
    rest = tokens[k + 1 : first]
    # "Министр обороны Белоруссии …": a title with its own words, not a bare one (but "глава государства",
    # "представитель МИД", "пресс-секретарь Кремля": of the body named before)
    if [t.lemma for t in rest if t.pos in ("NOUN", "VERB")] not in ([], ["государство"], ["мид"], ["ведомство"], ["кремль"]):
        return []
    earlier = parsed.mentions_before(index, c_start)
    if tokens[k].lemma in _lemmas("title_anaphors.txt"):
        gender = "f" if "femn" in tokens[first].grammemes else "m" if "masc" in tokens[first].grammemes else None
        people = [m for m in earlier if m.actor.kind == "person" and m.actor.country and m.gender in (gender, None)]
        subject = next((m for m in people if named_subject(m.sentence.tokens, m) or _as_named(m)), None)
        if subject is None and "plur" in tokens[k].grammemes:
            # "Госдеп США выступил с заявлением … Кроме того, дипломаты осудили …": the body named last before
            subject = next((m for m in earlier if m.actor.kind == "organisation" and m.actor.country and not m.place), None)
        return [subject.actor.ref()] if subject is not None else []
    if tokens[k].lemma in _lemmas("body_anaphors.txt"):
        body = next((m for m in earlier if m.actor.kind == "organisation" and m.actor.country and not m.place), None)
        return [body.actor.ref()] if body is not None else []
    return []


def _as_named(m) -> bool:
    """A name written in the nominative as the knowledge has it ("Токаев", read as a genitive of "токай"), not after
    a preposition."""
    return m.as_named and not (m.first and m.sentence.tokens[m.first - 1].pos == "PREP")


def _state_anaphor(parsed, index: int, c_start: int, k: int, first: int) -> ActorRef | None:
    """"Республика призвала …", "Прокуратура республики обвинила …": a noun standing for a state
    (``data/ru/state_anaphors.txt``), lowercase and with no adjective before it ("Чешская республика"), opening the
    clause or in the genitive right after its opening noun, is the state named last before it in the article."""
    from faultlines.model import Actor

    tokens = parsed.sentences[index].sentence.tokens
    at = next((j for j in (k, k + 1) if j < first and tokens[j].lemma in _lemmas("state_anaphors.txt")
               and (tokens[j].text.islower() or j == 0)), None)
    if at is None or (at == k + 1 and tokens[k].pos != "NOUN") or at + 1 != first and (
        at == k or tokens[at + 1].pos not in ("VERB", "ADVB", "PRCL")
    ):
        return None
    from faultlines.nlp.ru.knowledge import SEAT, STATE

    for i in range(index, -1, -1):  # the state or capital named last before, as a place too ("в Астане")
        matches = [m for m in parsed.sentences[i].matches if i < index or m.last < c_start]
        named = next((m for m in reversed(matches) if m.entry is not None and m.entry.kind in (STATE, SEAT)), None)
        if named is not None:
            code = named.entry.key
            return Actor(id=code, name=code, kind="state", country=code, role="GOV").ref()
    return None


@lru_cache(maxsize=1)
def _deed_anaphors() -> tuple[frozenset[str], frozenset[str]]:
    from faultlines.nlp.ru.data import data_text

    words = [w.strip() for w in data_text("deed_anaphors.txt").splitlines() if w.strip() and w[0] != "#"]
    cut = words.index("--")
    return frozenset(words[:cut]), frozenset(words[cut + 1 :])


def anaphoric_deed(tokens, c_start: int, c_end: int) -> bool:
    """Whether the clause names an act told before by a determiner and a deed noun ("такой шаг", "это решение",
    ``data/ru/deed_anaphors.txt``)."""
    determiners, deeds = _deed_anaphors()
    for k in range(c_start, c_end):
        if tokens[k].lemma not in determiners:
            continue
        nxt = k + 2 if k + 2 <= c_end and tokens[k + 1].pos == "ADJF" else k + 1
        if tokens[nxt].lemma in deeds:
            return True
    return False


#: Subject pronouns and the gender of the person they stand for.
SUBJECT_PRONOUNS = {"он": "m", "она": "f"}


def pronoun_partner(parsed, index: int, last: int, c_end: int, party: ActorRef) -> ActorRef | None:
    """The person of another state than ``party``'s that «он»/«она» after the talks' words stands for ("в ходе
    телефонных переговоров с президентом РФ он заверил …"): the latest of that gender named before, a subject first."""
    tokens = parsed.sentences[index].sentence.tokens
    at = next((k for k in range(last + 1, c_end + 1) if tokens[k].lower in SUBJECT_PRONOUNS), None)
    if at is None:
        return None
    gender = SUBJECT_PRONOUNS[tokens[at].lower]
    people = [m for m in parsed.mentions_before(index, at) if m.actor.kind == "person" and m.actor.country
              and m.actor.country != party.country and m.gender in (gender, None)]
    return people[0].actor.ref() if people else None
