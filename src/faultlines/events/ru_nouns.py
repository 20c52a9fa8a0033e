"""Russian event arguments named by nouns and adjectives rather than by a subject and an object: the state an
"анти-" adjective is against ("антироссийские санкции"), the owner a relative clause names after a noun ("санкции,
которые Евросоюз ввел"), and the parties named as adjectives of «стороны» ("иранская и американская стороны")."""

from __future__ import annotations

from functools import lru_cache

from faultlines.model import ActorRef
from faultlines.nlp.ru.actors import Mention

#: Words that open a relative clause whose subject owns the noun before it.
RELATIVE = {"который"}
#: Nouns of the parties to talks named by their states' adjectives.
SIDE_NOUNS = {"сторона", "делегация"}


def adjective_state(lemma: str) -> str | None:
    from faultlines.nlp.ru.knowledge import ADJECTIVE, russian_knowledge

    for entry in russian_knowledge().entries.get(lemma, ()):
        if entry.kind == ADJECTIVE and len(entry.words) == 1:
            return entry.key
    return None


def anti_state(tokens, first: int, last: int) -> str | None:
    """The state of an "анти-" adjective between tokens ``first`` and ``last`` ("антироссийских санкций": RUS)."""
    for token in tokens[max(0, first) : last + 1]:
        lemma = token.lemma.replace("ё", "е")
        if lemma.startswith("анти") and len(lemma) > 8:
            code = adjective_state(lemma[4:].lstrip("-"))
            if code is not None:
                return code
    return None


def relative_owner(ps, noun: int, actor_mention) -> Mention | None:
    """"санкции, которые Евросоюз ввел": the actor named in the nominative right after «, который» that follows the
    noun (within three words), who owns what the noun names."""
    tokens = ps.sentence.tokens
    if noun + 2 >= len(tokens) or tokens[noun + 1].text != "," or tokens[noun + 2].lemma not in RELATIVE:
        return None
    return next((m for m in ps.mentions if noun + 2 < m.first <= noun + 5 and actor_mention(m)
                 and m.case in ("nomn", None)), None)


def participle_agent(ps, noun: int, actor_mention) -> Mention | None:
    """"Введенные Евросоюзом санкции": the actor in the instrumental after a full participle right before the noun."""
    tokens = ps.sentence.tokens
    return next((m for m in ps.mentions if m.last == noun - 1 and m.case == "ablt" and actor_mention(m)
                 and m.first and tokens[m.first - 1].pos == "PRTF"), None)


def over_place(ps, c_start: int, c_end: int, state_ref) -> list[ActorRef]:
    """"Над территорией Курской области были уничтожены …": the state of the place (or the state) named after «над»
    (or «в») in the clause, over whose ground its own forces shoot."""
    from faultlines.nlp.ru.knowledge import ADJECTIVE, PLACE, SEAT, STATE

    tokens = ps.sentence.tokens
    for m in sorted(ps.matches, key=lambda m: m.first):
        kinds = (PLACE, SEAT, STATE, ADJECTIVE)  # "над российскими регионами"
        if c_start <= m.first <= c_end and m.entry is not None and m.entry.kind in kinds and any(
            t.lower in ("над", "в", "во") for t in tokens[max(c_start, m.first - 2) : m.first]
        ):  # "в пяти российских регионах", "в Брянской области": where they were downed
            return [state_ref(m.entry.key)]
    return []


#: Words right before a state's adjective that make it a source, a place left or an instrument, not a target.
INSTRUMENT_BEFORE = {"с", "со", "из", "помощью", "помощи", "использованием"}


def adjective_after(ps, last: int, c_end: int, own: set[str | None], state_ref,
                    before_adjective: bool = False) -> list[ActorRef]:
    """"запрет на ввоз российского бензина", "для российских самолетов": the state of the first adjective of a state
    before a noun (or, with ``before_adjective``, another adjective: "по иранским ядерным объектам") after the
    predicate in its clause, when it is not the actor's own."""
    from faultlines.nlp.ru.knowledge import ADJECTIVE

    tokens = ps.sentence.tokens
    heads = ("NOUN", "ADJF") if before_adjective else ("NOUN",)
    for m in sorted(ps.matches, key=lambda m: m.first):
        if last < m.first <= c_end and m.entry is not None and m.entry.kind == ADJECTIVE and m.entry.key not in own and (
            m.last + 1 < len(tokens) and tokens[m.last + 1].pos in heads and tokens[m.first - 1].lower not in INSTRUMENT_BEFORE
            and not (before_adjective and "ablt" in tokens[m.last + 1].grammemes and tokens[m.first - 1].pos != "PREP")
        ):  # not "с российской территории", "с помощью британских ракет", "британскими ракетами"
            return [state_ref(m.entry.key)]
    return []


def passive_agent(ps, noun: int, c_end: int, actor_mention) -> Mention | None:
    """"санкции … были введены Евросоюзом": the actor in the instrumental right after a short passive participle
    that follows the noun in its clause."""
    tokens = ps.sentence.tokens
    for k in range(noun + 1, c_end + 1):
        if tokens[k].pos == "PRTS":
            return next((m for m in ps.mentions if k < m.first <= k + 2 and m.case == "ablt" and actor_mention(m)), None)
    return None


def sides(ps, c_start: int, c_end: int, state_ref) -> list[ActorRef]:
    """"иранская и американская стороны вели переговоры": the states of the adjectives right before «стороны»."""
    from faultlines.nlp.ru.knowledge import ADJECTIVE

    tokens = ps.sentence.tokens
    for k in range(c_start, c_end + 1):
        if tokens[k].lemma not in SIDE_NOUNS:
            continue
        codes: list[str] = []
        at = k - 1
        for m in sorted(ps.matches, key=lambda m: -m.first):
            if m.entry is None or m.entry.kind != ADJECTIVE or m.last != at:
                continue
            codes.insert(0, m.entry.key)
            at = m.first - 1
            if at >= 0 and tokens[at].lower in ("и", ","):
                at -= 1
        if len(set(codes)) >= 2:
            return [state_ref(code) for code in dict.fromkeys(codes)]
    return []


def border_states(ps, c_start: int, c_end: int, state_ref) -> list[ActorRef]:
    """"перестрелка на границе Киргизии и Таджикистана": the states joined by «и» right after «граница» in the
    clause, the two sides of what happens on their border."""
    from faultlines.nlp.ru.knowledge import SEAT, STATE

    tokens = ps.sentence.tokens
    states = sorted((m for m in ps.matches if m.entry is not None and m.entry.kind in (STATE, SEAT)), key=lambda m: m.first)
    for k in range(c_start, c_end):
        if tokens[k].lemma != "граница":
            continue
        first = next((m for m in states if m.first == k + 1), None)
        second = next((m for m in states if first is not None and m.first == first.last + 2
                       and tokens[first.last + 1].lower == "и"), None)
        if second is not None and first.entry.key != second.entry.key:
            return [state_ref(first.entry.key), state_ref(second.entry.key)]
    return []


def hosted(ps, last: int, c_end: int, state_ref) -> list[ActorRef]:
    """"прибыл с визитом в Москву": the state (or its capital) named after в/во in the clause after the visit."""
    from faultlines.nlp.ru.knowledge import SEAT, STATE

    tokens = ps.sentence.tokens
    host = next((m for m in sorted(ps.matches, key=lambda m: m.first) if last < m.first <= c_end and m.entry is not None
                 and m.entry.kind in (STATE, SEAT) and tokens[m.first - 1].lower in ("в", "во")), None)
    return [state_ref(host.entry.key)] if host is not None else []


def struck_place(ps, last: int, c_end: int, own: set[str | None]) -> list[ActorRef]:
    """"ВСУ обстреляли Белгород", "удар по Харькову": the people (CVL) of the state whose place is named after the
    act in its clause, when that state is not the attacker's; or the state a place named after в/на or a noun of a
    place («территория», «юг») lies in."""
    from faultlines.model import Actor
    from faultlines.nlp.ru.actors import PLACE_NOUNS
    from faultlines.nlp.ru.knowledge import PLACE, SEAT, STATE

    tokens = ps.sentence.tokens
    for m in sorted(ps.matches, key=lambda m: m.first):
        if not last < m.first <= c_end or m.entry is None or m.entry.key in own:
            continue
        code = m.entry.key
        if m.entry.kind == PLACE:
            return [Actor(id=f"org:{code.lower()}-cvl", name=code, kind="organisation", country=code, role="CVL").ref()]
        # "по территории Афганистана", "по югу Ливана", "по целям в Израиле", "по объектам на Украине": the state
        # a struck place lies in
        before = tokens[m.first - 1]
        if m.entry.kind in (STATE, SEAT) and (before.lower in ("в", "во", "на") or before.lemma in PLACE_NOUNS):
            return [Actor(id=code, name=code, kind="state", country=code, role="GOV").ref()]
    return []


def territory_state(ps, last: int, c_end: int, state_ref) -> list[ActorRef]:
    """"покинули территорию Киргизии", "вывели войска с территории Баткенской области": the state named after a noun
    of a place («территория», «область»), or the state of a place the knowledge holds, after the predicate."""
    from faultlines.nlp.ru.actors import PLACE_NOUNS
    from faultlines.nlp.ru.knowledge import PLACE, SEAT, STATE

    tokens = ps.sentence.tokens
    for m in sorted(ps.matches, key=lambda m: m.first):
        if not last < m.first <= c_end or m.entry is None:
            continue
        if m.entry.kind == PLACE or m.entry.kind in (STATE, SEAT) and tokens[m.first - 1].lemma in PLACE_NOUNS:
            return [state_ref(m.entry.key)]
    return []


def _adjective_before_noun(ps, first: int, last: int) -> str | None:
    """The state of an adjective of a state followed by a noun between tokens ``first`` and ``last``."""
    from faultlines.nlp.ru.knowledge import ADJECTIVE

    tokens = ps.sentence.tokens
    for m in sorted(ps.matches, key=lambda m: m.first):
        if m.entry is not None and m.entry.kind == ADJECTIVE and first <= m.first and m.last < last and (
            tokens[m.last + 1].pos in ("NOUN", "ADJF")
        ):
            return m.entry.key
    return None


def antecedent_state(ps, c_start: int, state_ref) -> list[ActorRef]:
    """"украинских беспилотников, которые пытались атаковать …": the state named by the adjective (or the actor)
    of the noun phrase a relative pronoun opening the clause stands for."""
    tokens = ps.sentence.tokens
    if c_start < 3 or tokens[c_start - 1].lemma not in RELATIVE or tokens[c_start - 2].text != ",":
        return []
    mention = next((m for m in ps.mentions if m.last == c_start - 3 and m.actor.country and not m.place), None)
    if mention is not None:
        return [mention.actor.ref()]
    code = _adjective_before_noun(ps, max(0, c_start - 6), c_start - 2)
    return [state_ref(code)] if code else []


@lru_cache(maxsize=1)
def _subject_nouns() -> frozenset[str]:
    from faultlines.nlp.ru.data import data_text

    return frozenset(w.strip() for w in data_text("subject_nouns.txt").splitlines() if w.strip() and w[0] != "#")


def subject_noun(lemma: str) -> bool:
    """Whether a noun names people or a body that may act (``data/ru/subject_nouns.txt``)."""
    return lemma in _subject_nouns()


#: Words that may stand between a subject and its predicate ("Японский дипломат также призвал").
BETWEEN_POS = {"ADVB", "PRCL", "CONJ"}


def adjective_subject(ps, c_start: int, first: int, state_ref) -> list[ActorRef]:
    """"Японский дипломат призвал Китай …", "Российские дипломаты осудили …": a state's adjective right before a noun
    of people or a body (``data/ru/subject_nouns.txt``) that may be nominative, opening the clause or after no
    preposition, with at most adverbs or a participle's phrase between commas before the predicate."""
    from faultlines.nlp.ru.knowledge import ADJECTIVE
    from faultlines.nlp.ru.models import possible_cases

    tokens = ps.sentence.tokens
    adjectives = sorted((m for m in ps.matches if m.entry is not None and m.entry.kind == ADJECTIVE), key=lambda m: m.first)
    for index, m in enumerate(adjectives):
        states = [m.entry.key]
        while index + 1 < len(adjectives) and [t.lower for t in tokens[m.last + 1 : adjectives[index + 1].first]] == ["и"]:
            index, m = index + 1, adjectives[index + 1]  # "Российские и китайские дипломаты": both states
            states.append(m.entry.key)
        k = m.last + 1
        while k < first and tokens[k].pos in ("ADJF", "PRTF"):
            k += 1  # "армянские вооруженные формирования": other attributes between
        if not c_start <= adjectives[index - len(states) + 1].first or k >= first:
            continue
        if tokens[k].lemma not in _subject_nouns() or "nomn" not in possible_cases(tokens[k].text):
            continue
        opening = adjectives[index - len(states) + 1].first
        if opening and (tokens[opening - 1].pos == "PREP" or tokens[opening - 1].lower in ("и", ",")):
            continue
        rest = list(range(k + 1, first))
        if len(rest) > 2 and tokens[rest[0]].text == "," and tokens[rest[-1]].text == "," and tokens[rest[1]].pos in ("PRTF", "GRND"):
            rest = []  # "Японский чиновник, посетивший Китай, выразил протест"
        if all(tokens[j].pos in BETWEEN_POS for j in rest) and len(rest) <= 2:
            return [state_ref(code) for code in states]
    return []


def own_forces(ps, c_start: int, first: int, state_ref) -> list[ActorRef]:
    """"российские военные уничтожили": a state's adjective before a noun, before the predicate in its clause."""
    code = _adjective_before_noun(ps, c_start, first)
    return [state_ref(code)] if code else []


def weapons_state(ps, noun: int, state_ref) -> list[ActorRef]:
    """"уничтожены семь украинских беспилотников": the state of the adjective right before the weapons' noun."""
    from faultlines.nlp.ru.knowledge import ADJECTIVE

    return [state_ref(m.entry.key) for m in ps.matches
            if m.entry is not None and m.entry.kind == ADJECTIVE and m.last == noun - 1][:1]


@lru_cache(maxsize=1)
def _members() -> dict[str, frozenset[str]]:
    from faultlines.nlp.ru.data import data_rows

    return {f"org:{code}": frozenset(states.split()) for code, states in data_rows("igo_members.tsv", 2)}


def member_of(country: str | None, ref: ActorRef) -> bool:
    """Whether a state is a member of the organisation ``ref`` (``data/ru/igo_members.tsv``)."""
    return bool(country) and country in _members().get(ref.id, frozenset())


def suffered(ps, hit: list[int], c_start: int, actor_mention, state_ref, c_end: int | None = None) -> tuple[ActorRef, ActorRef] | None:
    """"Белгород подвергся обстрелу со стороны ВСУ", "Решение Токио подверглось критике со стороны Пекина", "Под
    атакой украинских беспилотников оказались Курская и Брянская области": the one named after «со стороны», or in
    the genitive (an actor, or a state's adjective before a noun) right after the noun of the act, acts on the subject
    before the predicate, or, with none there, after it: an actor, else the state of a state, capital or place named
    there. None unless both are named and differ."""
    from faultlines.model import Actor
    from faultlines.nlp.ru.knowledge import ADJECTIVE, PLACE, SEAT, STATE

    tokens = ps.sentence.tokens
    noun = max((k for k in hit if tokens[k].pos == "NOUN"), default=hit[-1])
    start = noun + 3 if [t.lower for t in tokens[noun + 1 : noun + 3]] == ["со", "стороны"] else noun + 1
    mention = next((m for m in ps.mentions if start <= m.first <= start + 1 and actor_mention(m)
                    and m.case in ("gent", None)), None)
    agent = mention.actor.ref() if mention is not None else next((
        state_ref(m.entry.key) for m in ps.matches if m.first == start and m.entry is not None
        and m.entry.kind == ADJECTIVE and m.last + 1 < len(tokens) and "gent" in tokens[m.last + 1].grammemes), None)
    if agent is None:
        return None

    def subject_in(lo: int, hi: int) -> ActorRef | None:
        found = next((m.actor.ref() for m in ps.mentions if lo <= m.first and m.last <= hi and actor_mention(m)), None)
        if found is not None:
            return found
        # "Территория Сирии подверглась …", "Российские банки попали под санкции": a state named or its adjective
        named = next((m for m in sorted(ps.matches, key=lambda m: m.first) if lo <= m.first and m.last <= hi
                      and m.entry is not None and m.entry.kind in (PLACE, SEAT, STATE, ADJECTIVE)), None)
        if named is None:
            return None
        code = named.entry.key
        return state_ref(code) if named.entry.kind != PLACE else Actor(
            id=f"org:{code.lower()}-cvl", name=code, kind="organisation", country=code, role="CVL").ref()

    subject = subject_in(c_start, hit[0] - 1)
    if subject is None and c_end is not None and hit[-1] > noun:
        subject = subject_in(hit[-1] + 1, c_end)  # "Под атакой … оказались Курская и Брянская области"
    if subject is None or subject.country == agent.country:
        return None
    return agent, subject


def agent_after(ps, participle: int, c_end: int, skip: set[int], actor_mention, state_ref) -> tuple[ActorRef | None, int]:
    """The agent of a passive participle named within four words after it (and the index of its last word): an actor
    in the instrumental or after «со стороны», or a state's adjective before a noun in the instrumental ("сбиты
    российскими истребителями")."""
    from faultlines.nlp.ru.knowledge import ADJECTIVE

    tokens = ps.sentence.tokens
    for k in range(participle + 1, min(c_end, participle + 4) + 1):
        if k in skip or tokens[k - 1].pos == "PREP":
            continue  # "с Украиной": an instrumental after a preposition is no agent
        side = k + 2 if [t.lower for t in tokens[k : k + 2]] == ["со", "стороны"] else k
        mention = next((m for m in ps.mentions if m.first == side and actor_mention(m)
                        and ("ablt" in tokens[k].grammemes if side == k else m.case in ("gent", None))), None)
        if mention is not None:
            return mention.actor.ref(), mention.last
        adjective = next((m for m in ps.matches if m.first == k and m.entry is not None and m.entry.kind == ADJECTIVE
                          and m.last + 1 < len(tokens) and "ablt" in tokens[m.last + 1].grammemes), None)
        if adjective is not None:
            return state_ref(adjective.entry.key), adjective.last + 1
    return None, -1


def downed(ps, hit: list[int], c_start: int, c_end: int, actor_mention, state_ref,
           reporter: ActorRef | None) -> tuple[ActorRef, ActorRef] | None:
    """"Украинские беспилотники сбиты над Брянской областью": weapons named before a passive participle of shooting
    down are the target's (by the adjective right before the noun, or an actor in the genitive right after it); the
    agent is named after the participle, else the state over whose place they fell, else the reporter's state."""
    tokens = ps.sentence.tokens
    noun, participle = hit[0], hit[-1]
    if tokens[participle].pos not in ("PRTS", "PRTF"):
        return None
    target = next(iter(weapons_state(ps, noun, state_ref)), None)
    if target is None:
        owner = next((m for m in ps.mentions if m.first == noun + 1 and actor_mention(m) and m.case in ("gent", None)), None)
        target = owner.actor.ref() if owner is not None else None
    if target is None:
        return None
    agent, _ = agent_after(ps, participle, c_end, set(hit), actor_mention, state_ref)
    if agent is None:
        agent = next(iter(over_place(ps, c_start, c_end, state_ref)), None)
    if agent is None and reporter is not None and reporter.country:
        agent = state_ref(reporter.country)
    if agent is None or agent.country == target.country:
        return None
    return agent, target


def passive_parties(ps, hit: list[int], c_start: int, c_end: int, actor_mention, state_ref) -> tuple[ActorRef, ActorRef] | None:
    """(agent, patient) of a passive participle: "Белгород был обстрелян со стороны ВСУ", "позиции были обстреляны
    украинскими военными", "сбитого азербайджанскими военными российского вертолета". The agent is named after the
    participle, in the instrumental (an actor, or a state's adjective before a noun) or after «со стороны»; the
    patient is named before a short participle (an actor, a state, or the people of a place) or, after a full one,
    after its agent. None unless both are named and differ."""
    from faultlines.model import Actor
    from faultlines.nlp.ru.knowledge import ADJECTIVE, PLACE, SEAT, STATE

    tokens = ps.sentence.tokens
    participle = hit[0]
    if tokens[participle].pos not in ("PRTS", "PRTF"):
        return None
    agent, agent_end = agent_after(ps, participle, c_end, set(hit), actor_mention, state_ref)
    if agent is None:
        return None

    def named(m) -> ActorRef:
        code = m.entry.key
        if m.entry.kind == PLACE:
            return Actor(id=f"org:{code.lower()}-cvl", name=code, kind="organisation", country=code, role="CVL").ref()
        return state_ref(code)

    kinds = (PLACE, SEAT, STATE, ADJECTIVE)
    if tokens[participle].pos == "PRTS":
        mention = next((m for m in reversed(ps.mentions) if c_start <= m.first and m.last < participle and actor_mention(m)
                        and m.case != "ablt"), None)
        place = next((m for m in sorted(ps.matches, key=lambda m: -m.first) if c_start <= m.first and m.last < participle
                      and m.entry is not None and m.entry.kind in kinds), None)
        patient = mention.actor.ref() if mention is not None else named(place) if place is not None else None
    else:
        after = next((m for m in sorted(ps.matches, key=lambda m: m.first) if agent_end < m.first <= c_end
                      and m.entry is not None and m.entry.kind in kinds and m.entry.key != agent.country), None)
        patient = named(after) if after is not None else None
    if patient is None or patient.country == agent.country:
        return None
    return agent, patient
