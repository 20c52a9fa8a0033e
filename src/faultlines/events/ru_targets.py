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


def against_adjectives(ps, last: int, c_end: int, own: set[str | None], state_ref) -> list[ActorRef]:
    """"санкции против российского газового сектора", "в отношении еще 15 российских и белорусских физических лиц":
    the states of the adjectives of states that open the phrase after «против» or «в отношении» (after a number or
    «еще», joined by «и» or a comma), when they are not the actor's own."""
    tokens = ps.sentence.tokens
    words = [t.lower for t in tokens]
    against = next((k for k in range(last + 1, c_end + 1)
                    if words[k] == "против" or words[k - 1 : k + 1] == ["в", "отношении"]), None)
    if against is None:
        return []
    return _adjectives_after(ps, against, c_end, own, state_ref)


#: Words of a response, after which «на» names what is answered ("ответом на американские санкции").
RESPONSE_WORDS = frozenset({"ответ", "ответить", "отвечать", "отпор", "ответный", "реакция", "отреагировать"})


def answered_adjectives(ps, first: int, c_end: int, own: set[str | None], state_ref) -> list[ActorRef]:
    """"пригрозила «неотвратимым» ответом на американские санкции": the states of the adjectives that open what a
    response answers (after «на» right after a word of response), when they are not the actor's own."""
    tokens = ps.sentence.tokens
    at = next((k for k in range(first, c_end) if tokens[k].lemma in RESPONSE_WORDS
               and tokens[k + 1].lower == "на"), None)
    if at is None:
        return []
    k = at + 2
    while k <= c_end and tokens[k].pos in ("ADJF", "ADVB", "PRCL") and not _is_state_adjective(ps, k):
        k += 1  # "на новые американские санкции", "на любые"
    return _adjectives_after(ps, k - 1, c_end, own, state_ref)


def _is_state_adjective(ps, k: int) -> bool:
    from faultlines.nlp.ru.knowledge import ADJECTIVE

    return any(m.first == k and m.entry is not None and m.entry.kind == ADJECTIVE for m in ps.matches)


def _adjectives_after(ps, against: int, c_end: int, own: set[str | None], state_ref) -> list[ActorRef]:
    """The states of the adjectives of states right after token ``against`` (after a number or «еще», joined by «и»
    or a comma), not the actor's own."""
    from faultlines.nlp.ru.knowledge import ADJECTIVE

    tokens = ps.sentence.tokens
    words = [t.lower for t in tokens]
    adjectives = {m.first: m for m in ps.matches if m.entry is not None and m.entry.kind == ADJECTIVE}
    found: list[ActorRef] = []
    k = against + 1
    while k <= c_end:
        if k in adjectives:
            m = adjectives[k]
            if m.entry.key not in own and m.entry.key not in {r.country for r in found}:
                found.append(state_ref(m.entry.key))
            k = m.last + 1
        elif words[k] in ("и", ",", "еще", "ещё") or tokens[k].pos == "NUMR" or words[k].isdigit():
            k += 1
        else:
            break
    return found


#: Words that may stand between a verb and the subject named after it ("ввели также ЕС и Япония").
INVERSION_FILLERS = {"также", "тоже", "уже", "вновь", "снова", "ранее", "еще", "ещё", "сегодня", "вчера"}


def inverted_subject(tokens, before: list, after: list, first: int, last: int) -> tuple[list, list] | None:
    """"Санкции против России ввела Япония", "Новый пакет санкций против РФ ввели также ЕС и Япония": when every actor
    named before a finite verb stands after a preposition (the object put first), an actor in the nominative right
    after the verb (and those joined to it by «и») is the subject; the actors put first are acted on. A plural verb
    needs a plural subject or two joined ("ввели США", not "обвинили Китай", where «они» are unnamed); a verb in the
    first or second person has its subject in it («Призываем США …»). (subjects,
    the actors put first) or None."""
    from faultlines.nlp.ru.models import may_be_plural_subject, possible_cases

    verb = tokens[first]
    if verb.pos != "VERB" or not before or not after or {"1per", "2per"} & verb.grammemes:
        return None  # «Призываем США …»: the speaker acts
    if not all(_in_prepositional_phrase(tokens, m.first) for m in before):
        return None
    subject = after[0]
    if subject.first <= last or any(tokens[k].lower not in INVERSION_FILLERS and tokens[k].pos != "ADJF"
                                    for k in range(last + 1, subject.first)):  # "нанесли удар российские войска"
        return None
    cases = possible_cases(tokens[subject.first].text)
    if cases and "nomn" not in cases:
        return None
    joined = [subject]
    for m in after[1:]:
        if [t.lower for t in tokens[joined[-1].last + 1 : m.first]] not in (["и"], [","]):
            break
        joined.append(m)
    if "plur" in verb.grammemes and len(joined) < 2 and not may_be_plural_subject(tokens[subject.first].text):
        return None
    if "sing" in verb.grammemes and len(joined) > 1:
        return None
    return joined, before


def _in_prepositional_phrase(tokens, at: int) -> bool:
    """Whether the word at ``at`` follows a preposition, or a noun right after one ("против России", "по позициям
    ВСУ")."""
    if at < 1:
        return False
    if tokens[at - 1].pos == "PREP":
        return True
    return at >= 2 and tokens[at - 1].pos == "NOUN" and tokens[at - 2].pos == "PREP"


def subject_after_verb(ps, noun: int, c_end: int, actor_mention):
    """"Санкции против России ввела Япония": with the noun of the act put first, the actor in the nominative right
    after the next finite verb of its clause (in the third person) owns it."""
    from faultlines.nlp.ru.models import possible_cases

    tokens = ps.sentence.tokens
    verb = next((k for k in range(noun + 1, c_end + 1) if tokens[k].pos == "VERB"), None)
    if verb is None or {"1per", "2per"} & tokens[verb].grammemes:
        return None
    subject = next((m for m in ps.mentions if m.first > verb and actor_mention(m)), None)
    if subject is None or subject.first > c_end or any(
        tokens[k].lower not in INVERSION_FILLERS and tokens[k].pos != "ADJF" for k in range(verb + 1, subject.first)
    ):
        return None
    cases = possible_cases(tokens[subject.first].text)
    return subject if not cases or "nomn" in cases else None


def trailing_participle_agent(ps, noun: int, c_end: int, actor_mention):
    """"удар, нанесённый ВСУ по Белгороду", "удара, нанесенного армией Израиля": the actor in the instrumental (or
    a name that does not decline) within three words after a passive full participle that follows the noun, after a
    comma or not."""
    tokens = ps.sentence.tokens
    at = noun + 2 if noun + 1 < len(tokens) and tokens[noun + 1].text == "," else noun + 1
    if at > c_end or tokens[at].pos != "PRTF" or "pssv" not in tokens[at].grammemes:
        return None
    return next((m for m in ps.mentions if at < m.first <= at + 3 and m.first <= c_end and m.case in ("ablt", None)
                 and actor_mention(m)), None)


#: Roots of arrests, whose noun or participle names the arresting state as the place ("арест журналиста в Латвии").
ARREST_ROOTS = ("173",)


def arrest_parties(ps, hit: list[int], c_end: int, people_of_state, state_ref) -> tuple[ActorRef, ActorRef] | None:
    """"арест российского журналиста в Латвии", "задержанных в Эстонии российских граждан": an arrest named by a noun
    or a participle is made by the state named as the place after «в» within six words after it, on the state of
    the people named (a state's adjective before a noun of people, or a noun of a state's people). None unless both
    are named and differ."""
    from faultlines.nlp.ru.knowledge import SEAT, STATE

    tokens = ps.sentence.tokens
    first, last = hit[0], hit[-1]
    place = next((m for m in sorted(ps.matches, key=lambda m: m.first)
                  if last < m.first <= min(c_end, last + 6) and m.entry is not None and m.entry.kind in (STATE, SEAT)
                  and tokens[m.first - 1].lower in ("в", "во")), None)
    if place is None:
        return None
    people = people_of_state(ps, first, c_end, hit)
    if people is None or people[1][0].country == place.entry.key:
        return None
    return state_ref(place.entry.key), people[1][0]


def announcer(ps, noun: int, actor_mention):
    """"ЦАХАЛ сообщил об ударах по …", "Хуситы заявили об ответных ударах по …": the subject of the verb of announcing
    before «о»/«об» that opens the noun's phrase (the last actor before the verb, not after a preposition, with no
    clause break between)."""
    from faultlines.nlp.ru.models import possible_cases

    tokens = ps.sentence.tokens
    at = next((k for k in range(noun - 1, max(-1, noun - 4), -1) if tokens[k].lower in ("о", "об")), None)
    if at is None or at < 1 or tokens[at - 1].pos != "VERB":
        return None
    verb = at - 1
    for m in sorted(ps.mentions, key=lambda m: -m.first):
        if m.last >= verb or not actor_mention(m):
            continue
        if any(tokens[k].lower in ("что", "который", "которая", "которые", ";") for k in range(m.last + 1, verb)):
            return None
        if m.first and tokens[m.first - 1].pos in ("PREP", "NOUN") and not _after_date(tokens, m.first):
            continue
        cases = possible_cases(tokens[m.first].text)
        # right before the verb it is its subject, whatever case a foreign name seems to have ("Хезболла объявила")
        return m if m.case in ("nomn", None) or not cases or "nomn" in cases or m.last + 1 == verb else None
    return None


def _after_date(tokens, at: int) -> bool:
    """Whether a day and its month stand right before ``at`` ("15 мая Минобороны Армении сообщило …")."""
    return at >= 2 and tokens[at - 2].text.isdigit() and tokens[at - 1].pos == "NOUN"


#: Roots of relations reduced, whose target may be a body named as the place of the membership ("участие в ОДКБ").
REDUCED_ROOTS = ("16",)


def member_body(ps, last: int, c_end: int) -> list[ActorRef]:
    """"заморозил свое участие в ОДКБ": an organisation named after «в» within three words after the act."""
    tokens = ps.sentence.tokens
    return [m.actor.ref() for m in ps.mentions if last < m.first <= min(c_end, last + 3) and m.place
            and m.actor.kind == "organisation" and tokens[m.first - 1].lower in ("в", "во")][:1]


#: Relative pronouns in an oblique case: the one named before them is acted on ("Грузию, которую Брюссель критикует").
OBJECT_RELATIVES = frozenset({"которую", "которого", "которой", "которых", "которым", "которому"})


def relative_object(tokens, before: list, first: int) -> tuple[list, list] | None:
    """"Премьер Грузии, которую Брюссель критикует …", "Китай, которому Япония пригрозила …": an oblique relative
    pronoun between the actors named before the predicate stands for the actor right before its comma, who is acted
    on; those after the pronoun are the subject. (subjects, the antecedent) or None."""
    at = next((k for k in range(first - 1, -1, -1) if tokens[k].lower in OBJECT_RELATIVES), None)
    if at is None or at < 2 or tokens[at - 1].text != ",":
        return None
    antecedent = [m for m in before if m.last == at - 2]
    subjects = [m for m in before if m.first > at]
    if not antecedent or not subjects:
        return None
    return subjects, antecedent


def late_subject(tokens, after: list, c_start: int, first: int, last: int) -> tuple[list, list] | None:
    """"Раскритиковал политику Брюсселя и премьер-министр Ираклий Кобахидзе", "Выразил протест и МИД Китая": a finite
    verb that opens its clause has its subject named after it, in the nominative (read so, not merely possibly so),
    not after a preposition, agreeing in number; the rest are acted on. (subjects, the others) or None."""
    verb = tokens[first]
    if verb.pos != "VERB" or {"1per", "2per"} & verb.grammemes:
        return None
    if any(tokens[k].pos not in ("ADVB", "PRCL", "CONJ") and tokens[k].lower not in INVERSION_FILLERS
           for k in range(c_start, first)):
        return None
    for m in after:
        if m.first <= last or m.case != "nomn" or (m.first and tokens[m.first - 1].pos == "PREP"):
            continue
        if "sing" in verb.grammemes and "plur" in tokens[m.first].grammemes:
            return None
        return [m], [o for o in after if o is not m]
    return None


def topic_reporter(ps, c_start: int, c_end: int, first: int, announcing_verbs: frozenset[str]):
    """"О закрытии консульства Украины в Бресте заявили в МИД Белоруссии": an act named by a noun in a topic put first
    («о …») is done by whoever announces it after: a body named as the place after the verb, or the verb's subject
    in the nominative. The mention or None."""
    from faultlines.nlp.ru.models import possible_cases

    tokens = ps.sentence.tokens
    if tokens[c_start].lower not in ("о", "об") or tokens[first].pos != "NOUN":
        return None
    verb = next((k for k in range(first + 1, c_end + 1) if tokens[k].pos == "VERB" and tokens[k].lemma in announcing_verbs), None)
    if verb is None:
        return None
    for m in sorted(ps.mentions, key=lambda m: m.first):
        if not verb < m.first <= min(c_end, verb + 3) or not (m.actor.country or m.actor.role == "IGO"):
            continue
        if m.place and m.actor.kind == "organisation" and tokens[m.first - 1].lower in ("в", "во"):
            return m
        cases = possible_cases(tokens[m.first].text)
        if not m.place and (m.case in ("nomn", None) or "nomn" in cases):
            return m
    return None
