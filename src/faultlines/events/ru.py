"""Russian event coding: CAMEO verb patterns (``data/events/ru_patterns.tsv``) over each sentence's lemmas, with the
source before the predicate (or the quote's speaker) and the target after it, and the modes of the English coder
(не/ни → negated, если → hypothetical). Quad class, Goldstein score and PLOVER come from the CAMEO table."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from faultlines.events.cameo import coded_event, lookup
from faultlines.events.explain import explain
from faultlines.events.ru_anaphora import SUBJECT_PRONOUNS, anaphor_source, anaphoric_deed, pronoun_partner
from faultlines.events.ru_claims import doubted_claims
from faultlines.events.ru_compounds import paired_sides
from faultlines.events.ru_coordination import joined_speakers, shared_subject
from faultlines.events.ru_envoys import envoy_and_host, impersonal_plural
from faultlines.events.ru_frames import (
    commemorated,
    conditional,
    contrast,
    infinitive_negated,
    negation,
    not_excluded,
    reply_bound,
    unnamed_participle_head,
)
from faultlines.events.ru_gaps import window as gap_window
from faultlines.events.ru_noun_acts import instrumental_agent, planned, side_agent, spoken_of, talk_partner
from faultlines.events.ru_nouns import (
    adjective_after,
    adjective_state,
    adjective_subject,
    antecedent_state,
    anti_state,
    border_states,
    downed,
    hosted,
    member_of,
    over_place,
    own_forces,
    participle_agent,
    passive_agent,
    passive_parties,
    relative_owner,
    sides,
    struck_place,
    suffered,
    territory_state,
    weapons_state,
)
from faultlines.events.ru_protests import REPRESSION_ROOTS, embassy_protest, protesters_acted_on
from faultlines.events.ru_relatives import document_author, document_relative
from faultlines.events.ru_strikes import (
    continuing_subject,
    defence_reporter,
    participle_adjective_agent,
    place_before,
)
from faultlines.events.ru_targets import (
    ARREST_ROOTS,
    REDUCED_ROOTS,
    against_adjectives,
    announcer,
    answered_adjectives,
    arrest_parties,
    inverted_subject,
    late_subject,
    member_body,
    own_government,
    relative_object,
    subject_after_verb,
    topic_reporter,
    trailing_participle_agent,
)
from faultlines.events.tables import read_tsv
from faultlines.model import ActorRef, Event
from faultlines.nlp.ru.actors import Mention
from faultlines.nlp.ru.parse import RussianParse
from faultlines.nlp.ru.quotes import quote_spans

GAP = 3
#: A pattern word "…" lets the next word come this far after the previous one ("объявило дипломата из России
#: персоной нон грата").
WIDE_GAP = 7
CLAUSE_BREAKS = {"что", "который", "которая", "которые", "чтобы", ";", "если", "но", "после", "пока"}
#: Roles of a state's own government and forces: never on both sides of one act.
STATE_ROLES = {"GOV", "MIL"}
#: Pronouns by which a quote's speaker names itself as the subject («Я попросил его …», «Мы ввели …»).
FIRST_PERSON = {"я", "мы"}
#: Words after which a named actor is no subject ("по словам", "с").
SUBJECTLESS_BEFORE = {"с", "со", "к", "о", "об", "от", "для", "при", "перед", "между", "у", "без", "против"}
CONDITIONALS = {"если", "бы"}
#: Verbs of denial: what the clause after «что» tells is denied, not asserted.
DENIALS = {"отрицать", "опровергать", "опровергнуть", "отвергать", "отвергнуть"}
#: Modal words just before the predicate: the act is one that should or could happen, not one that did.
MODALS = {"должный", "мочь", "следовать", "необходимо", "нужно"}
NO_TARGET_ROOTS = ("01",)
#: Words before the predicate that tell an act as someone's claim ("Москва якобы предложила …").
ALLEGED = {"якобы", "будто"}
#: Pronouns after «против» that stand for someone named before ("санкции против него").
OBLIQUE_PRONOUNS = {"него", "нее", "неё", "них", "нас"}
#: Object pronouns right after a predicate that stand for someone named before it in the sentence.
OBJECT_PRONOUNS = {"его", "ее", "её", "их", "ему", "ей", "им"}
#: Nouns of measures whose owner is the state in the genitive after them ("пакет санкций ЕС").
OWNED_MEASURES = {"санкция", "пошлина", "ограничение"}
#: Roots of acts done together: with no target, two subjects joined by «и» act on each other.
MUTUAL_ROOTS = ("03", "04", "05")
#: Roots of disapproval, whose missing target may be the actor of the act named after the predicate.
JUDGING_ROOTS = ("11",)
#: Appeals: whom a called-for measure is against is not the one appealed to.
APPEAL_ROOTS = ("02",)
#: Roots of aid, whose target may be named as the place it is sent to ("отправила в Киргизию помощь").
AID_ROOTS = ("07",)
#: Roots of sanctions, whose target, when none is named, is the state of whoever reports them.
SANCTION_ROOTS = ("16",)
#: Roots of offers of talks and refusals of them, whose missing target is the one who reports them.
OFFER_ROOTS = ("036", "125")
#: Roots of intents and offers, whose modal ("может стать площадкой для переговоров") is the offer itself.
INTENT_ROOTS = ("03",)
#: Prepositions before a place struck or a topic talked of ("осудил удар по Дохе", "переговоры по Украине"): the state
#: after them is the target of force only.
TOPIC_PREPOSITIONS = {"по", "вокруг", "относительно", "касательно", "о", "об"}
#: Roots of force, whose actor is never just the one who reports it.
FORCE_ROOTS = ("17", "18", "19", "20")
#: Roots of a visit, whose noun names the visitor after it and the host after в ("визит Путина в Казахстан").
VISIT_ROOTS = ("042",)
#: Words before a visit noun by which its subject pays it ("прибыл с визитом", "совершил визит", "сообщил в ходе
#: визита"); after any other predicate the subject only speaks of it ("осудил визит в Тайвань").
VISIT_PAID = {"с", "со", "совершить", "нанести", "находиться", "ход", "время", "рамка"}
#: Nouns of the start, course or series of an act named after them in the genitive ("о начале атаки").
SERIES_NOUNS = {"начало", "продолжение", "серия", "возобновление"}
#: Nouns of strikes, after which «на» or «по» names what is struck ("атака на резиденцию", "удар по Киеву").
STRIKE_NOUNS = {"атака", "удар", "нападение", "обстрел", "бомбардировка", "авиаудар", "налет"}
#: Roots of deeds (a summons or a protest lodged, sanctions, coercion, force), whose noun is the subject's act only after a verb of doing it
#: ("ввел пакет санкций"), not after one of speaking of it ("прокомментировал пакет санкций").
DEED_ROOTS = ("114", "16", "17", "18", "19", "20")
#: Roots whose missing target is the actor of the act they answer ("отвергли обвинения").
ANSWER_ROOTS = ("12",)
#: Roots of threats, whose target may be the owner of what they answer ("ответом на американские санкции").
THREAT_ROOTS = ("13",)


WIDE = frozenset({"…"})
#: Nouns that are part of a preposition after «в» ("санкций в отношении России", "в связи с"): never a pattern word.
COMPOUND_PREPOSITIONS = {("в", "отношение"), ("в", "связь"), ("во", "время"), ("в", "ход"), ("в", "рамка")}


@dataclass(frozen=True)
class RuPattern:
    words: tuple[frozenset[str], ...]
    symmetric: bool
    code: str
    name: str
    blocks: bool = False  # direction "none": the words code nothing ("принять решение" is no hosting)
    judged: bool = False  # direction "eval": the speaker judges what the clause names ("санкции США — выпад")
    summons: bool = False  # direction "summon": the body an envoy is called to acts on the envoy's state
    owned: bool = False  # direction "owned": a noun whose owner acts ("санкции США против России")
    from_place: bool = False  # direction "from": the state named as the place after «из» is the target
    expels: bool = False  # direction "expel": with no subject, the state named after «из» is the one expelling
    owes: bool = False  # direction "owe": the speaker demands of the state the clause says must act
    answers: bool = False  # direction "answer": with no target named, the act answers the last other state's act
    intercepts: bool = False  # direction "intercept": with no subject, the forces of the state that reports it act
    suffers: bool = False  # direction "suffer": the subject undergoes the act of the one named after «со стороны»
    protest: bool = False  # direction "protest": protesters act at a state's mission or on its envoys
    downed: bool = False  # direction "downed": weapons named before a passive of shooting down are the target's


#: The act of a claim the reporter doubts («якобы»): its owner accuses (faultlines.events.ru_claims).
CLAIM_PATTERN = RuPattern((), False, "112", "claim … якобы")


@lru_cache(maxsize=1)
def ru_patterns() -> list[RuPattern]:
    rows = read_tsv("ru_patterns.tsv")
    out = [
        RuPattern(
            tuple(frozenset(w.split("|")) for w in row["words"].split()),
            row["direction"] == "sym",
            row["code"],
            row["words"],
            row["direction"] == "none",
            row["direction"] == "eval",
            row["direction"] == "summon",
            row["direction"] == "owned",
            row["direction"] == "from",
            row["direction"] == "expel",
            row["direction"] == "owe",
            row["direction"] == "answer",
            row["direction"] == "intercept",
            row["direction"] == "suffer",
            row["direction"] == "protest",
            row["direction"] == "downed",
        )
        for row in rows
    ]
    return sorted(out, key=lambda p: -len(p.words))


@lru_cache(maxsize=1)
def _opening_index() -> dict[str, tuple[RuPattern, ...]]:
    """The patterns by the lemmas of their first word, longest first (as ``ru_patterns`` orders them)."""
    index: dict[str, list[RuPattern]] = {}
    for pattern in ru_patterns():
        for lemma in pattern.words[0]:
            index.setdefault(lemma, []).append(pattern)
    return {lemma: tuple(found) for lemma, found in index.items()}


def _patterns_opening(lemma: str) -> tuple[RuPattern, ...]:
    return _opening_index().get(lemma, ())


def _match(pattern: RuPattern, tokens, i: int) -> list[int] | None:
    if tokens[i].lemma not in pattern.words[0]:
        return None
    found, at, gap = [i], i, GAP
    for words in pattern.words[1:]:
        if words == WIDE:
            gap = WIDE_GAP
            continue
        nxt = next((k for k in gap_window(tokens, at, gap) if tokens[k].lemma in words
                    and (tokens[k - 1].lower, tokens[k].lemma) not in COMPOUND_PREPOSITIONS), None)
        if nxt is None or any(tokens[k].lower in CLAUSE_BREAKS for k in range(at + 1, nxt)):
            return None
        found.append(nxt)
        at, gap = nxt, GAP
    return found


def _clause(tokens, first: int, last: int) -> tuple[int, int]:
    start = first
    while start > 0 and tokens[start - 1].lower not in CLAUSE_BREAKS and not contrast(tokens, start - 1):
        start -= 1
    end = last
    while end + 1 < len(tokens) and tokens[end + 1].lower not in CLAUSE_BREAKS and not contrast(tokens, end + 1):
        end += 1
    return start, end


def _actor_mention(m: Mention) -> bool:
    return not m.place and (m.actor.country is not None or m.actor.role == "IGO")


def code_russian_events(parsed: RussianParse, quotes) -> list[Event]:
    events: list[Event] = []
    seen: set[tuple] = set()
    last_pair: list[ActorRef] = []
    # (sentence, gender of the predicate, source) of the latest act done by someone named as its subject, for a
    # pronoun subject after it ("Лидер Узбекистана похвалил … Кроме того, он поздравил …")
    last_subject: tuple[int, str | None, ActorRef] | None = None
    published = parsed.article.published
    paragraphs = parsed.article.paragraphs
    for index, ps in enumerate(parsed.sentences):
        sent, tokens = ps.sentence, ps.sentence.tokens
        text = paragraphs[sent.paragraph]
        local = text[sent.start : sent.end]
        quoted = [(a + sent.start, b + sent.start) for a, b in quote_spans(local)]
        quoted = [span for span in quoted if not _quoted_name(ps, text, span)]  # «Хезболлах», "Газпром"
        used: set[int] = set()
        spans: list[tuple[int, int]] = []
        acts: list[tuple[int, ActorRef]] = []  # (predicate, source) of the acts coded in the sentence
        judged_acts: list[tuple] = []  # disapproval with no target named: of the actor of an act coded after it
        for i in range(len(tokens)):
            inside = next(((a, b) for a, b in quoted if a <= tokens[i].start < b), None)
            for pattern in _patterns_opening(tokens[i].lemma):
                if (i in used or _inner_genitive(tokens[i], i, spans)) and not pattern.owned:
                    continue  # "ответит на санкции США против России": the owned noun inside another act codes too
                hit = _match(pattern, tokens, i)
                if hit is None:
                    continue
                first, last = hit[0], hit[-1]
                c_start, c_end = _clause(tokens, first, last)
                summoned = _summons(ps, hit, c_start, c_end, parsed.home_state or parsed.main_state) if pattern.summons else None
                if pattern.summons and summoned is None and inside is not None:
                    # «Поверенный в делах России был приглашен в МИД», — говорится в сообщении МИД Азербайджана: a
                    # ministry named alone in a statement is the speaker's
                    spoken = _reported_speaker(quotes, sent.paragraph, tokens[first].start, direct=True)
                    envoy = _envoy_state(ps, c_start, c_end, spoken[0].country) if spoken and spoken[0].country else None
                    summoned = (spoken[0], envoy) if envoy is not None else None
                if pattern.owes:
                    # "По словам дипломата, Украина должна объяснить …": the speaker demands it of Ukraine
                    spoken = _reported_speaker(quotes, sent.paragraph, tokens[first].start)
                    owing = [m for m in ps.mentions if _actor_mention(m) and c_start <= m.first and m.last == first - 1]
                    summoned = (spoken[0], owing[0].actor.ref()) if spoken and owing and (
                        spoken[0].country and spoken[0].country != owing[0].actor.country) else None
                if pattern.owned:
                    # "МИД РФ считает, что санкции США … являются выпадом": with no «против», on the speaker's state
                    spoken = _reported_speaker(quotes, sent.paragraph, tokens[first].start)
                    summoned = _owned(ps, hit, c_end, spoken[0] if spoken else None, pattern.code.startswith(FORCE_ROOTS), c_start)
                if pattern.suffers:
                    summoned = suffered(ps, hit, c_start, _actor_mention, _state_ref, c_end)
                if pattern.protest:
                    summoned = embassy_protest(parsed, ps, hit, c_start, c_end)
                if pattern.downed:
                    spoken = _reported_speaker(quotes, sent.paragraph, tokens[first].start, direct=True)
                    summoned = downed(ps, hit, c_start, c_end, _actor_mention, _state_ref, spoken[0] if spoken else None)
                if pattern.code.startswith(ARREST_ROOTS) and tokens[first].pos in ("NOUN", "PRTF"):
                    # "осудила арест российского журналиста в Латвии": the state where the arrest is made makes it
                    summoned = arrest_parties(ps, hit, c_end, _people_of_state, _state_ref)
                    if summoned is None and tokens[first].pos == "PRTF":
                        continue  # "освобождения задержанных граждан": not the sentence's subject's arrest
                if summoned is None and (_plain(pattern) or pattern.intercepts):
                    # "Белгород был обстрелян со стороны ВСУ": the agent of a passive acts on what it names before
                    summoned = passive_parties(ps, hit, c_start, c_end, _actor_mention, _state_ref)
                if (pattern.summons or pattern.owned or pattern.owes or pattern.suffers or pattern.protest or pattern.downed) and (
                    summoned is None
                ):
                    continue  # no ministry named as the place, or no envoy's state: the plainer patterns may code it
                if tokens[first].pos == "PRTF" and "pssv" in tokens[first].grammemes and pattern.code.startswith(
                    FORCE_ROOTS) and summoned is None and not (
                    pattern.intercepts or pattern.downed
                ):
                    continue  # "тупиковость развязанного им конфликта": a participle's act is not its sentence subject's
                if inside is not None and tokens[first].pos == "PRTS" and not _own_passive(pattern) and summoned is None:
                    continue  # «Наши позиции обстреляны»: the speaker suffers the act, it does not do it
                used.update(hit)
                spans.append((first, last))  # "введение Евросоюзом пакета санкций": «пакета» is part of this act
                if pattern.blocks:
                    break
                if _charged(tokens, first, c_start) or _unrealised(tokens, first) or (
                    pattern.code.startswith(DEED_ROOTS) and planned(tokens, first)
                ) or commemorated(tokens, first) or unnamed_participle_head(tokens, first, ps.mentions):
                    break  # "обвинил Москву в обстреле …", "пригрозил ввести пошлины": not reported as done
                if inside is not None:
                    mentions = [m for m in ps.mentions if _actor_mention(m) and inside[0] <= m.start < inside[1]]
                else:
                    mentions = [m for m in ps.mentions if _actor_mention(m) and not any(a <= m.start < b for a, b in quoted)]
                before = [m for m in mentions if c_start <= m.first and m.last < first
                          and not _in_participle(tokens, m, first) and not _inside_noun_phrase(tokens, m)]
                after = [m for m in mentions if first < m.first <= c_end and m.first not in hit and (
                    pattern.code.startswith(FORCE_ROOTS) or _governing_preposition(tokens, m, last) not in TOPIC_PREPOSITIONS)]
                if pattern.symmetric:
                    # "обсудил на саммите АСЕАН с турецким коллегой": a body where talks are held is no party
                    after = [m for m in after if not (m.first and tokens[m.first - 1].lemma in _venue_nouns())]
                    # "ЕС обсудил пакет санкций против России": the one a discussed measure is against is no party
                    after = [m for m in after if not _against_inside(tokens, last, m.first)]
                else:
                    # "поздравил коллегу с итогами встречи с президентом Франции": another talk's partner is no target
                    after = [m for m in after if not talk_partner(tokens, last, m.first)]
                if pattern.code.startswith(JUDGING_ROOTS + ANSWER_ROOTS + APPEAL_ROOTS):
                    # "осудил санкции против Ирана", "выступила против санкций против России": the one the judged
                    # act is against is no target of the judgement; "призывает ужесточить санкции против России":
                    # nor of the appeal for it
                    after = [m for m in after if not _against_inside(tokens, last, m.first)]
                if pattern.judged:
                    # "МИД считает, что санкции США являются враждебным выпадом": the speaker judges the actor
                    # the clause names, before the words or after them
                    # («Это недружественный шаг германских властей», — сказала Захарова: the quote's speaker)
                    if inside is not None and not pattern.code.startswith(JUDGING_ROOTS):
                        break  # «надежный партнер» inside a quote: a compliment, not an act
                    judge = _reported_speaker(quotes, sent.paragraph, tokens[first].start, direct=inside is not None)
                    if not judge and inside is None and pattern.code.startswith(JUDGING_ROOTS):
                        # "Лавров заявил о недопустимости вмешательства США …": the subject of a verb of saying
                        speaker = _saying_subject(tokens, before, first)
                        judge = [speaker.actor.ref()] if speaker is not None else []
                        before = [m for m in before if m is not speaker]
                    judged = [m for m in before + after if judge and m.actor.country != judge[0].country]
                    if not (judge and judged):
                        break
                    before, after = [], []
                    # "нападение США и Израиля является объявлением войны": each state joined to the first
                    sources, targets_first = judge, [m.actor.ref() for m in _joined(judged, tokens)]
                else:
                    if before and tokens[first].pos == "VERB" and "plur" in tokens[first].grammemes and all(
                        m.case == "gent" and m.first and tokens[m.first - 1].pos == "NOUN"
                        and not {"plur", "nomn"} <= tokens[m.first - 1].grammemes and not _of_body_place(ps, m) for m in before
                    ) and not pattern.symmetric:  # (not "Военнослужащие Таджикистана покинули", the subject)
                        # "В Кремле заявление Пашиняна назвали неконструктивным": an owner inside the object put
                        # first is acted on, and the plural verb has no subject named
                        after, before = before + after, []
                    if tokens[first].pos == "PRTS" and inside is None and summoned is None and pattern.code.startswith(
                        DEED_ROOTS + JUDGING_ROOTS
                    ) and not any(t.lemma == "который" for t in tokens[c_start:first]):
                        # (not "Россия открыта для диалога", a state of mind; not "Россия расширила список лиц,
                        # которым запрещен въезд", whose patient is the relative pronoun)
                        # "Действия литовской стороны были расценены как провокация, подчеркнул представитель МИД
                        # РФ": who is named before a passive is acted on; its agent is in the instrumental or speaks
                        agents = [m for m in before if _instrumental(tokens, m) or _after_side(tokens, m)]
                        after = [m for m in before if m not in agents] + after
                        before = agents
                    document = document_relative(tokens, c_start, first)
                    author = document_author(tokens, mentions, document) if document is not None else None
                    if author is not None:
                        # "Лидеры стран Евросоюза опубликовали заявление, в котором осудили действия России"
                        before, after = [author], [m for m in before + after if m.first > document and m is not author]
                    reporter = topic_reporter(ps, c_start, c_end, first, _announcing_verbs())
                    if reporter is not None:
                        # "О закрытии консульства Украины заявили в МИД Белоруссии": the announcer acts on the topic's
                        before, after = [reporter], [m for m in before + after if m.actor.country != reporter.actor.country]
                    relative = relative_object(tokens, before, first)
                    if relative is not None:
                        # "Грузию, которую Брюссель критикует": the antecedent of the pronoun is acted on
                        before, after = relative[0], relative[1] + after
                    sources = _sources(before, tokens, first)
                    late = late_subject(tokens, after, c_start, first, last) if not before and inside is None else None
                    if late is not None:
                        # "Раскритиковал политику Брюсселя и премьер-министр Ираклий Кобахидзе": the subject after
                        before, after = late
                        sources = [m.actor.ref() for m in before]
                    shared = shared_subject(tokens, acts, first) if inside is None else None
                    if shared is not None:
                        # "МИД Молдавии осудил действия России и потребовал …": the first verb's subject
                        sources, before = [shared], []
                        after = [m for m in after if m.first > first]  # (not the first verb's object before it)
                    inverted = inverted_subject(tokens, before, after, first, last)
                    if inverted is not None:
                        # "Санкции против России ввела Япония": the subject after the verb, the object put first
                        before, after = inverted[0], inverted[1] + [m for m in after if m not in inverted[0]]
                        sources = [m.actor.ref() for m in before]
                if before and tokens[first].pos == "NOUN" and _judged_noun(tokens, before[-1].last, first):
                    # "Россия осудила агрессию против Ирана": who judges the act named by the noun does not do it
                    sources, before = [], []
                agent = _agent(tokens, mentions, first, before, last) if not pattern.judged else None
                if agent is None and _plain(pattern):
                    agent = instrumental_agent(tokens, mentions, first, c_end)  # "о задержании сотрудниками ФСБ …"
                side = side_agent(tokens, mentions, first, c_end) if agent is None and _plain(pattern) else None

                if side is not None:
                    # "Грузия заявила об обстреле своих постов со стороны России": on whoever reports it
                    reporters = [m for m in before if m.actor.country != side.actor.country]
                    agent, after = side, [m for m in after if m.actor.id != side.actor.id] or reporters[-1:]
                elif agent is None and summoned is None and _plain(pattern) and pattern.code.startswith(DEED_ROOTS) and (
                    spoken_of(tokens, before, first)
                ):
                    continue  # "Захарова прокомментировала пакет санкций": the subject only speaks of the act
                if agent is not None:
                    sources, before = [agent.actor.ref()], [agent]
                    after = [m for m in after if m is not agent]
                if not before and tokens[first].pos == "GRND":
                    # "Расширив санкции против России, власти США …": a gerund's subject is the main clause's
                    sources, after = _gerund_subject(tokens, mentions, last, c_end, after)
                if not sources and not before and tokens[first].pos != "PRTS":
                    # "Японский дипломат призвал" (not "Российские дипломаты объявлены …", who are acted on)
                    sources = adjective_subject(ps, c_start, first, _state_ref)
                if not sources and not before and pattern.code.startswith(FORCE_ROOTS):
                    # "украинских беспилотников, которые пытались атаковать …": the state of the relative's antecedent
                    sources = antecedent_state(ps, c_start, _state_ref)
                if pattern.intercepts and not sources and not before:
                    # "беспилотники были уничтожены, сообщило Минобороны РФ": the reporter's state's forces
                    spoken = _reported_speaker(quotes, sent.paragraph, tokens[first].start, direct=True)
                    sources = own_forces(ps, c_start, first, _state_ref) or (
                        [_state_ref(spoken[0].country)] if spoken and spoken[0].country else []) or (
                        over_place(ps, c_start, c_end, _state_ref))  # "Над Белгородской областью сбиты …"
                impersonal = False
                if not sources and not before:
                    # a place is no party to talks held there ("В Москве прошли переговоры Лаврова и Фидана")
                    sources = _place_source(ps, c_start, first, c_end) if not pattern.symmetric else []
                    impersonal = bool(sources)
                    sources = sources or _previous_subject(last_subject, tokens, index, c_start, first) or (
                        _pronoun_source(parsed, index, c_start, first)) or (
                        anaphor_source(parsed, index, c_start, first, _named_subject))  # "Министр призвал …"
                if pattern.expels and (not sources and not before or tokens[first].pos == "NOUN"):
                    # "Российских дипломатов выслали из Эстонии", "высылка дипломатов из Польши" (not the subject
                    # of "Москва осудила высылку …", who is expelled, not expelling)
                    left = _left_state(ps, c_start - 1, reply_bound(tokens, last, c_end))
                    if tokens[first].pos == "NOUN" and not left and not (sources and (
                        _announced(tokens, first) or tokens[c_start].lower in ("о", "об"))):  # "О высылке … объявил МИД
                        continue  # (not "Литва объявила о высылке российского дипломата": the announcer expels)
                    sources, impersonal = left or sources, impersonal or bool(left)
                quoted_speaker: list[ActorRef] = []
                if inside is not None and not pattern.judged and summoned is None:
                    # inside a direct quote: the speaker's own act («Потребовали …», «Уничтожены …»), or one the
                    # quote names the subject of («Израиль атаковал цели в Иране», — говорится в заявлении)
                    passive = tokens[first].pos == "PRTS"
                    quoted_speaker = _reported_speaker(quotes, sent.paragraph, tokens[first].start, direct=True)
                    own = any(t.lower in FIRST_PERSON for t in tokens[c_start:first])  # «Я попросил его …»
                    named = [m for m in before if _subject(tokens, m) or _of_subject_noun(tokens, m)] if not (own or passive) else []
                    speaking_side = {q.country for q in quoted_speaker if q.country}
                    stance = pattern.code.startswith(JUDGING_VERB_ROOTS) and named and {
                        m.actor.country for m in named} <= speaking_side  # «Россия решительно осуждает …»
                    if "past" not in tokens[first].grammemes and "1per" not in tokens[first].grammemes and not stance:
                        # «Запад вводит санкции», «Россия поддерживает Казахстан»: a quote's present is a view; only
                        # a deed told as done is coded («Израиль атаковал …», «Я попросил его …»), or the speaker's
                        # own state's disapproval, demand or appeal
                        named, own = [], False
                    if pattern.symmetric or not (passive or named or own or _speaker_acts(tokens[first])):
                        continue
                    if passive and _our_patient(tokens, first, c_end):
                        continue  # «было выслано … сотрудников наших посольств»: the speaker's side is acted on
                    if passive:
                        # «Послу Франции вручена нота протеста»: the one named before a passive is acted on
                        after, before = [m for m in before if m.case != "ablt"] + after, []
                    if named:
                        sources, before = _sources(named, tokens, first), named
                    else:
                        sources, before = quoted_speaker, []
                if not sources and not before and (not pattern.code.startswith(FORCE_ROOTS) or _subjectless_verb(tokens, c_start, first)) and not (
                    tokens[first].pos == "NOUN" and pattern.code.startswith(SANCTION_ROOTS)
                ):  # (not "…, что введение санкций повлечет последствия": a sanctions noun with no owner is nobody's)
                    # "Укрепление связей с Россией необходимо, заявил Токаев": who says it is who means it (not
                    # who reports a shelling: "заявила, что обстрелы продолжаются"; but "ЦАХАЛ заявил, что нанес
                    # удары …": a verb with no subject in the reported clause has the speaker's)
                    sources = _reported_speaker(quotes, sent.paragraph, tokens[first].start,
                                                direct=_speaker_acts(tokens[first]))
                    # "Германия и Польша объявили, что высылают …": each state joined to the speaker
                    sources = joined_speakers(ps, sources, c_start, tokens[first], _joined) or sources
                if pattern.code.startswith(VISIT_ROOTS) and tokens[first].pos == "PRTF" and first and tokens[first - 1].pos == "PREP":
                    continue  # "провел встречи с прибывшими с визитом президентами": the guests visit, not he
                if pattern.code.startswith(VISIT_ROOTS) and (not sources or tokens[first].pos == "NOUN"):
                    # "о визите Вучича в США": the visitor named after the noun, whoever the sentence's subject
                    visitor, visited = _visit(ps, hit)
                    if visitor or not sources:
                        sources, after = visitor, visited
                    elif tokens[first].pos == "NOUN" and not VISIT_PAID & {t.lemma for t in tokens[max(0, first - 3) : first]}:
                        continue  # "Китай осудил визит в Тайвань": the subject judges the visit, it pays none
                source_ids = {s.id for s in sources}
                source_codes = {s.code for s in sources}
                after = [m for m in after if m.actor.ref().code not in source_codes]
                targets = [m.actor.ref() for m in _joined(after, tokens) if m.actor.id not in source_ids]
                # "Оппозиция потребовала от правительства разорвать связи с Москвой": its own government
                targets = own_government(tokens, last, pattern.code, sources, _state_ref) or targets
                if sources and not pattern.symmetric and pattern.code.startswith(REPRESSION_ROOTS) and (
                    protesters := protesters_acted_on(parsed, ps, last, c_end, {s.country for s in sources})
                ) is not None and (not after or after[0].first > last + 3):
                    targets = [protesters]  # "Полиция Грузии задержала участников акции протеста"
                if pattern.code.startswith(JUDGING_ROOTS + ANSWER_ROOTS + THREAT_ROOTS) and not pattern.judged:
                    # "осудила американские санкции против Ирана": the owner of what is judged, not its target;
                    # "пригрозила ответом на американские санкции": of what the threat answers
                    owner = _owner_adjective(ps, last, after[0].first if after else c_end + 1)
                    if owner is not None and owner not in {s.country for s in sources}:
                        targets = [_state_ref(owner)]
                if not targets and sources and pattern.code.startswith(REDUCED_ROOTS):
                    targets = member_body(ps, last, c_end)  # "заморозил свое участие в ОДКБ"
                if not targets and sources and pattern.code.startswith(THREAT_ROOTS + ANSWER_ROOTS):
                    # "пригрозила «неотвратимым» ответом на американские санкции": the state of what it answers
                    targets = answered_adjectives(ps, first, c_end, {s.country for s in sources}, _state_ref)
                if pattern.judged:
                    targets = targets_first
                if not pattern.symmetric:
                    people = _people_of_state(ps, first, c_end, hit)
                    if people is None and (impersonal or tokens[first].pos == "PRTS" and (inside is not None or not after)):
                        # "двух российских дипломатов объявили …": with no subject, the people named first
                        people = _people_of_state(ps, c_start - 1, first - 1, hit)
                    if people is not None and (not after or people[0] < after[0].first):
                        targets = [r for r in people[1] if r.code not in source_codes]
                if (tokens[first].pos == "PRTS" or not before and impersonal_plural(tokens, c_start, c_end)) and (
                    not pattern.symmetric and summoned is None
                ):
                    # "Послу России в Казахстане вручена нота протеста", "Ноту вручили дипломату посольства США в
                    # России": the envoy's host hands it
                    summoned = envoy_and_host(ps, c_start, c_end, _state_ref)
                if pattern.from_place and not targets:
                    # "Болгария отозвала своего посла из Москвы": the state left is the target
                    targets = _left_state(ps, first, c_end) or territory_state(ps, last, c_end, _state_ref)
                if not targets and not pattern.symmetric and sources and first + 1 < len(tokens) and (
                    tokens[first + 1].lower in OBJECT_PRONOUNS
                ):
                    # "позвонил Трампу и пригласил его посетить Ташкент": the one named before the pronoun
                    targets = _pronoun_object(ps, first, {s.country for s in sources})
                if not targets and not pattern.symmetric and (anti := anti_state(tokens, first, last + 1)):
                    targets = [_state_ref(anti)]  # "ввел пакет антироссийских санкций": against Russia
                if not targets and pattern.intercepts:
                    # "уничтожены семь украинских беспилотников": the state of the weapons
                    targets = weapons_state(ps, hit[-1], _state_ref)
                if not targets and sources and pattern.code.startswith(AID_ROOTS + SANCTION_ROOTS + ("191",)):
                    # "отправила в Киргизию помощь", "запрет на ввоз российского бензина", "для российских самолетов"
                    own = {s.country for s in sources}
                    targets = [t for t in hosted(ps, first, c_end, _state_ref) if t.country not in own] if (
                        pattern.code.startswith(AID_ROOTS)) else against_adjectives(ps, last, c_end, own, _state_ref) or (
                        adjective_after(ps, last, c_end, own, _state_ref)) or [
                        t for t in _left_state(ps, last, c_end) if t.country not in own]  # "импорт стали из Китая"
                if not targets and sources and pattern.code.startswith(VISIT_ROOTS):
                    targets = hosted(ps, first, c_end, _state_ref)  # "прибыл с визитом в Москву", "прибыл в Москву с визитом"
                if not targets and sources and pattern.code.startswith(FORCE_ROOTS):
                    # "ВСУ обстреляли Белгород": the people of a place of another state are the target
                    own = {s.country for s in sources}
                    # "уничтожили российский танк", "по украинским позициям": else the state of an adjective after it
                    struck_from = hit[1] if len(hit) > 2 and tokens[hit[1]].lower == "по" else last  # "нанесли по … удар"
                    targets = struck_place(ps, struck_from, c_end, own) or adjective_after(ps, first, c_end, own, _state_ref,
                                                                                   before_adjective=True)
                    if not targets and (struck := defence_reporter(ps, c_start, c_end, own)) is not None:
                        targets = [_state_ref(struck)]  # "Минобороны Армении заявило, что … нанесли удары по селам"
                if summoned is not None:
                    sources, targets = [summoned[0]], [summoned[1]]
                    pattern_pairs = [summoned, *_coordinated_pairs(ps, c_start, c_end, summoned)]
                else:
                    pattern_pairs = None
                if pattern.symmetric:
                    # "перестрелка между пограничниками Таджикистана и Киргизии": both parties after it
                    both = [m.actor.ref() for m in _joined(after, tokens, any_kind=True)]
                    parties = _unique(sources + targets[:1]) if sources else _unique(both[:2])
                    if len(parties) == 1 and not sources:
                        # "В ходе переговоров с Путиным Токаев заявил": the subject named after the phrase
                        subject = next((m.actor.ref() for m in after if m.actor.ref().id != parties[0].id
                                        and m.actor.kind == "person" and _named_subject(tokens, m)), None)
                        # "в ходе переговоров с Путиным он заверил": the person the pronoun after it stands for
                        subject = subject or pronoun_partner(parsed, index, last, c_end, parties[0])
                        parties = _unique(parties + [subject]) if subject is not None else parties
                    if len(parties) == 1 and not sources:
                        # "переговоры президента Узбекистана Шавката Мирзиёева и его коллеги из Казахстана Касым-Жомарта
                        # Токаева", "разговор Президента Токаева с Президентом Зеленским": the next party of another
                        # state joined by «и» or «с»
                        parties = _unique(parties + _joined_party(after, tokens, parties[0]))
                    if len(parties) < 2:
                        parties = sides(ps, c_start, c_end, _state_ref) or parties  # "иранская и американская стороны"
                    if len(parties) < 2 and not sources:
                        # "на узбекско-таджикском участке границы", "между армянскими и азербайджанскими военными"
                        parties = paired_sides(ps, c_start, c_end, _state_ref) or parties
                    if len(parties) < 2 and pattern.code.startswith(FORCE_ROOTS):
                        parties = border_states(ps, c_start, c_end, _state_ref) or parties  # "на границе Киргизии и Таджикистана"
                    if len(parties) < 2 and tokens[c_start].lemma in _pair_anaphors() or (
                        not parties and last_pair
                    ):
                        parties = list(last_pair)
                    if len(parties) < 2:
                        if len(parties) == 1 and last_pair and parties[0].country in {p.country for p in last_pair}:
                            parties = list(last_pair)
                        else:
                            continue
                    last_pair = parties[:2]
                    pairs = [(a, b) for a in parties[:2] for b in parties[:2] if a.id != b.id]
                    if len(sources) == 1 and len(targets) > 1:
                        # "провел телефонный разговор с Путиным и Зеленским": the subject with each partner joined
                        own = {s.country for s in sources}
                        pairs += [p for t in targets[1:] if t.country not in own for p in ((sources[0], t), (t, sources[0]))]
                elif pattern_pairs is not None:
                    pairs = pattern_pairs
                else:
                    chosen = targets[:]
                    if not chosen and tokens[last + 1 : last + 2] and tokens[last + 1].lower in ("стороны", "сторонам"):
                        chosen = _last_sides(events, sources)  # "призвала стороны урегулировать спор"
                    if not chosen and [t.lemma for t in tokens[last + 1 : last + 3]] == ["другой", "сторона"]:
                        # "Узбекская сторона обвинила другую сторону в обстреле": the other of the last two parties
                        own = {s.country for s in sources}
                        chosen = [p for p in last_pair if own and p.country not in own][:1] if own & {
                            p.country for p in last_pair} else []
                    if pattern.code.startswith(SANCTION_ROOTS):
                        # "пакет санкций ЕС не нарушит интересы Венгрии": a bloc's sanctions never fall on its members
                        chosen = [t for t in chosen if not any(member_of(t.country, s) for s in sources)]
                    if not chosen and pattern.code.startswith(SANCTION_ROOTS):
                        # "Москва сожалеет в связи с принятием Евросоюзом новых санкций": against the speaker's state
                        spoken = _reported_speaker(quotes, sent.paragraph, tokens[first].start)
                        if spoken and spoken[0].country and spoken[0].country not in {s.country for s in sources} and not any(
                            member_of(spoken[0].country, s) for s in sources
                        ):
                            chosen = [_state_ref(spoken[0].country)]  # not a member reporting its bloc's sanctions
                    if not chosen and pattern.code.startswith(OFFER_ROOTS) and sources:
                        # "Зеленский заявил, что Москва предложила провести переговоры": the offer is made to the
                        # one who reports it
                        spoken = _reported_speaker(quotes, sent.paragraph, tokens[first].start)
                        if spoken and spoken[0].country and spoken[0].country not in {s.country for s in sources}:
                            chosen = [spoken[0]]
                    answer = _answer_phrase(tokens, c_start, first) if not chosen else None
                    if answer is not None:
                        # "В ответ на санкции ЕС Россия ввела …": on the one answered; "В ответ Москва выслала …":
                        # on the last other state that acted
                        own = {s.country for s in sources}
                        answered = next((m.actor.ref() for m in ps.mentions if answer < m.first < first
                                         and _actor_mention(m) and m.actor.country not in own), None) if answer else (
                            _answered(events, sources, acted_on=True))
                        chosen = [answered] if answered is not None else []
                    if not chosen and (pattern.answers or pattern.code.startswith(ANSWER_ROOTS)):
                        if pattern.answers and sources and any(tokens[k].pos == "NOUN" for k in range(last + 1, c_end + 1)):
                            # "Москва ответит на высылку российских дипломатов из Латвии": the actor of the act
                            # coded after it, else the last other state that acted
                            judged_acts.append((first, c_end, sources, pattern, [tokens[k].text for k in hit],
                                                _mode(tokens, c_start, first), _answered(events, sources)))
                            break
                        answered = _answered(events, sources)
                        chosen = [answered] if answered is not None else []
                    if not chosen and pattern.code.startswith(MUTUAL_ROOTS) and len(_unique(sources)) > 1:
                        # "Россия и Казахстан укрепляют сотрудничество": the subjects act on each other
                        parties = _unique(sources)[:2]
                        sources, chosen = parties, parties
                    if not chosen and sources and pattern.code.startswith(JUDGING_ROOTS) and tokens[first].pos != "NOUN":
                        # "В российском МИД назвали такой шаг провокацией": of the latest act on the judge's state
                        told = _answered(events, sources, acted_on=True) if anaphoric_deed(tokens, c_start, c_end) else None
                        judged_acts.append((first, c_end, sources, pattern, [tokens[k].text for k in hit],
                                            _mode(tokens, c_start, first, later=[k for k in hit[1:] if k - 1 not in hit]), told))
                        break
                    if not chosen or not sources:
                        continue
                    pairs = [(s, t) for t in chosen for s in sources if s.id != t.id]
                mode = _mode(tokens, c_start, first, intent=pattern.code.startswith(INTENT_ROOTS),
                             later=[k for k in hit[1:] if k - 1 not in hit], threat=pattern.code.startswith(THREAT_ROOTS))

                if mode == "asserted" and quoted_speaker and not {s.country for s in sources} & {q.country for q in quoted_speaker}:
                    mode = "claimed"  # what a quote says another did: the speaker's claim
                made = _emit(events, seen, pairs, pattern, [tokens[k].text for k in hit], mode, ps, local, published)
                if made and not pattern.symmetric and pattern.code.startswith(INTENT_ROOTS) and len(pairs) == 1:
                    last_pair = list(pairs[0])  # "готов подписать договор с Азербайджаном … Встреча лидеров может …"
                acts.extend((first, ref) for ref in made)
                if made and before and sources and inside is None:
                    last_subject = (index, _gender(tokens[first]), sources[0])
                break
        for owner, accused in doubted_claims(ps, _actor_mention):
            # "опроверг заявление США о якобы отказе России …": the owner of the doubted claim accuses
            _emit(events, seen, [(owner, accused)], CLAIM_PATTERN, ["якобы"], "asserted", ps, local, published)
        for first, c_end, sources, pattern, words, mode, fallback in judged_acts:
            # "Захарова осудила высылку российских дипломатов из Молдавии": the actor of the act coded after it
            actor = next((ref for at, ref in acts if first < at <= c_end and ref.country not in {s.country for s in sources}), None)
            actor = actor or fallback
            if actor is not None:
                _emit(events, seen, [(s, actor) for s in sources], pattern, words, mode, ps, local, published)
    return events


#: CAMEO codes of acts only ever done by one state to another: diplomatic relations reduced, sanctions, expulsions.
INTERSTATE_CODES = {"161", "163", "166"}
#: Pattern words of acts done through envoys and notes, which one state never does to itself.
ENVOY_WORDS = {"нота", "посол", "поверить", "консул", "дипломат"}


def _between_states(code: str, pattern: RuPattern) -> bool:
    """Whether an act of this code and pattern is only ever done by one state to another."""
    return code in INTERSTATE_CODES or any(words & ENVOY_WORDS for words in pattern.words)


def _instrumental(tokens, m: Mention) -> bool:
    """Whether a mention is in the instrumental, not after a preposition ("грузинской военной полицией была
    задержана"), whatever case the mention was given."""
    head = tokens[m.last + 1] if m.last + 1 < len(tokens) and tokens[m.last + 1].pos == "NOUN" else tokens[m.last]
    return (m.case == "ablt" or "ablt" in head.grammemes) and not (m.first and tokens[m.first - 1].pos == "PREP")


def _after_side(tokens, m: Mention) -> bool:
    """Whether «со стороны» opens the mention or stands right before it: the agent of a passive."""
    words = [t.lower for t in tokens[max(0, m.first - 2) : m.first + 1]]
    return words[-2:] == ["со", "стороны"] or words[:2] == ["со", "стороны"]


def _of_body_place(ps, m: Mention) -> bool:
    """Whether state mention ``m`` names the state of a body named right before it as a place ("В ГКНБ Таджикистана
    обвинили …": Tajikistan's service speaks; it is no object put first)."""
    return any(p.place and p.last == m.first - 1 and p.actor.country == m.actor.country for p in ps.mentions)


def _our_patient(tokens, first: int, c_end: int) -> bool:
    """Whether «наш» stands in the phrase right after a passive participle, before any preposition ("было выслано
    около 400 сотрудников наших загранучреждений"; not "вручена нота в связи с нападением на наше посольство")."""
    for token in tokens[first + 1 : c_end + 1]:
        if token.pos == "PREP" and token.lower not in ("около", "свыше", "порядка"):  # (a count is no preposition)
            return False
        if token.lemma == "наш":
            return True
    return False


def _inner_genitive(token, i: int, spans: list[tuple[int, int]]) -> bool:
    """A noun in the genitive between the words of an act already coded ("введение Евросоюзом пакета санкций"):
    part of that act, not one of its own."""
    return token.pos == "NOUN" and "gent" in token.grammemes and any(a < i < b for a, b in spans)


@lru_cache(maxsize=1)
def _venue_nouns() -> frozenset[str]:
    """Nouns of a venue or a gathering, after which a body is where talks are held (``data/ru/venue_nouns.txt``)."""
    from faultlines.nlp.ru.data import data_text

    return frozenset(w.strip() for w in data_text("venue_nouns.txt").splitlines() if w.strip() and w[0] != "#")


@lru_cache(maxsize=1)
def _pair_anaphors() -> frozenset[str]:
    """Nouns that stand for the two parties of the last act done together (``data/ru/pair_anaphors.txt``)."""
    from faultlines.nlp.ru.data import data_text

    return frozenset(w.strip() for w in data_text("pair_anaphors.txt").splitlines() if w.strip() and w[0] != "#")


def _saying_subject(tokens, before: list[Mention], first: int) -> Mention | None:
    """The actor named as the subject right before a verb of saying (``data/ru/reporting_verbs.txt``) that stands
    before the predicate in its clause ("Лавров заявил о недопустимости …")."""
    from faultlines.nlp.ru.knowledge import russian_knowledge

    verbs = russian_knowledge().verbs
    for m in reversed(before):
        verb = m.last + 1
        if verb < first and tokens[verb].pos == "VERB" and tokens[verb].lemma in verbs and _subject(tokens, m):
            return m
    return None


def _announced(tokens, noun: int) -> bool:
    """"Литва объявила о высылке …", "посольство заявило о закрытии …": a noun of an act right after «о»/«об» that
    follows a verb of announcing (``data/ru/announcing_verbs.txt``), whose subject does the act."""
    at = noun - 1
    while at > 0 and tokens[at].pos == "ADJF":
        at -= 1  # "заявили об ответных ударах"
    if at > 0 and tokens[at].lemma in SERIES_NOUNS:
        at -= 1  # "объявила о начале атаки на Израиль"
        while at > 0 and tokens[at].pos == "ADJF":
            at -= 1
    return at >= 1 and tokens[at].lower in ("о", "об") and tokens[at - 1].lemma in _announcing_verbs()


@lru_cache(maxsize=1)
def _announcing_verbs() -> frozenset[str]:
    from faultlines.nlp.ru.data import data_text

    return frozenset(w.strip() for w in data_text("announcing_verbs.txt").splitlines() if w.strip() and w[0] != "#")


def _subjectless_verb(tokens, c_start: int, first: int) -> bool:
    """Whether the predicate is a finite verb in the past tense with no noun or pronoun before it in its clause ("…,
    что нанесла удары по …"): its subject is the speaker's."""
    return tokens[first].pos == "VERB" and "past" in tokens[first].grammemes and not any(
        t.pos in ("NOUN", "NPRO") for t in tokens[c_start:first])


def _joined_party(after: list[Mention], tokens, party: ActorRef) -> list[ActorRef]:
    """The first actor after ``party``'s mentions of another state, joined to them by «и» or «с» (with a title
    between): [] when none."""
    mine = [m for m in after if m.actor.country == party.country]
    if not mine:
        return []
    for m in after:
        if m.first <= mine[0].last or m.actor.country in (None, party.country):
            continue
        between = [t.lower for t in tokens[mine[0].last + 1 : m.first]]
        if {"и", "с", "со"} & set(between) and len(between) <= 12:
            return [m.actor.ref()]
        return []
    return []


def _quoted_name(ps, text: str, span: tuple[int, int]) -> bool:
    """Whether a span in quote marks is only the name of an actor («Хезболлах», "Талибан"): a name, not a quote."""
    a, b = span
    return any(m.start >= a and m.end <= b and not text[a : m.start].strip() and not text[m.end : b].strip()
               for m in ps.mentions)


def _emit(events, seen, pairs, pattern: RuPattern, words: list[str], mode: str, ps, local: str, published) -> list[ActorRef]:
    """Append the events of ``pairs``, each once per sentence; the sources of those appended."""
    entry = lookup(pattern.code)
    sent = ps.sentence
    made: list[ActorRef] = []
    for source, target in pairs:
        if not _coded(source) or not _coded(target):
            continue
        if source.code == target.code or source.country == target.country and {source.role, target.role} <= STATE_ROLES:
            continue  # "Токаев ... готовность Астаны": one actor on both sides; a state and its own forces
        if source.country and source.country == target.country and _between_states(entry.code, pattern):
            continue  # a note, an expulsion or sanctions between two bodies of one state: a misread side
        key = (sent.paragraph, sent.start, source.id, target.id, entry.code)
        if key in seen:
            continue
        seen.add(key)
        events.append(
            coded_event(
                entry.code,
                source=source,
                target=target,
                date=published,
                paragraph=sent.paragraph,
                sentence=local,
                start=sent.start,
                end=sent.end,
                rule=f"ru:{pattern.name}",
                explanation=explain(entry.code, " ".join(words), source, target, []),
                confidence=0.6,
                mode=mode,
            )
        )
        made.append(source)
    return made


@lru_cache(maxsize=1)
def _envoy_nouns() -> frozenset[str]:
    """Nouns (lemmas) of the envoys a ministry summons (``data/ru/envoy_nouns.txt``)."""
    from faultlines.nlp.ru.data import data_text

    return frozenset(w.strip() for w in data_text("envoy_nouns.txt").splitlines() if w.strip() and w[0] != "#")


def _summons(ps, hit: list[int], c_start: int, c_end: int, home: str | None = None) -> tuple[ActorRef, ActorRef] | None:
    """"Посла США вызвали в МИД России", "поверенный в делах Украины был вызван в МИД РФ": the ministry named as
    the place the envoy is called to summons the envoy's state (named after the envoy, or by an adjective before
    it). None when the ministry is no place named with its state, or no envoy's state is named in the clause."""
    body = next((m for m in ps.mentions if m.place and m.actor.kind == "organisation" and m.actor.country
                 and hit[0] < m.first <= hit[-1] + 1), None)
    if body is None:
        # "Посол США в России был вызван в МИД": a ministry named alone is the one of the state the envoy serves in;
        # with no such state, the article's own ("Британского посла вызвали в МИД" in a Moscow story)
        found = envoy_and_host(ps, c_start, c_end, _state_ref)
        envoy = _envoy_state(ps, c_start, c_end, home) if found is None and home else None
        return found or ((_state_ref(home), envoy) if envoy is not None else None)
    envoy = _envoy_state(ps, c_start, c_end, body.actor.country)
    return (body.actor.ref(), envoy) if envoy is not None else None


def _envoy_state(ps, c_start: int, c_end: int, host: str | None) -> ActorRef | None:
    """The state of an envoy named in the clause, other than ``host``: after the envoy ("посла России", "поверенного
    в делах Украины", "поверенный в делах посольства России") or by an adjective before it ("российского посла"); not
    "посла России в Сербии" (where he serves)."""
    from faultlines.nlp.ru.knowledge import ADJECTIVE, STATE

    tokens = ps.sentence.tokens
    for k in range(c_start, c_end + 1):
        if tokens[k].lemma not in _envoy_nouns():
            continue
        reach = k + 4 if [t.lower for t in tokens[k + 1 : k + 3]] == ["в", "делах"] else k + 3
        for m in ps.matches:
            if m.entry is None or m.entry.kind not in (STATE, ADJECTIVE) or m.entry.key == host:
                continue
            adjective = m.entry.kind == ADJECTIVE and m.last == k - 1
            of_envoy = m.entry.kind == STATE and k < m.first <= reach and tokens[m.first - 1].lower not in ("в", "во")
            if adjective or of_envoy:
                return _state_ref(m.entry.key)
    return None


def _owned(ps, hit: list[int], c_end: int, speaker: ActorRef | None = None,
           force: bool = False, c_start: int | None = None) -> tuple[ActorRef, ActorRef] | None:
    """"санкции США против России", "американские санкции в отношении Ирана", "санкции со стороны Украины против
    России", "санкции, которые ЕС ввел против России": the state or body that owns the noun (a genitive right after
    it, an adjective right before it, after «со стороны», or the subject of a relative clause after it) acts on the
    one named after «против» or «в отношении» (for force also «по» and «на»: "удары США по Ирану"), or by an
    "анти-" adjective ("антироссийских санкций"). None unless both are named."""
    from faultlines.nlp.ru.knowledge import ADJECTIVE, SEAT, STATE

    tokens = ps.sentence.tokens
    noun = hit[-1]
    words = [t.lower for t in tokens]
    owner = None
    start = noun + 3 if words[noun + 1 : noun + 3] == ["со", "стороны"] else noun + 1
    mention = next((m for m in ps.mentions if m.first == start and _actor_mention(m)), None)
    if mention is not None and (mention.case in ("gent", None) or mention.case == "loct" and tokens[start - 1].pos != "PREP"):
        owner = mention.actor.ref()  # (a locative needs a preposition: "атак Вооруженных сил Украины" is genitive)
    adjective = next((m for m in ps.matches if m.entry is not None and m.entry.kind == ADJECTIVE
                      and m.last == hit[0] - 1), None)
    if owner is None and adjective is not None:
        owner = _state_ref(adjective.entry.key)
    relative = relative_owner(ps, noun, _actor_mention) if owner is None else None
    if relative is not None:
        owner = relative.actor.ref()
    if owner is None:
        # "удар российских дронов": the state of the adjective of the genitive right after the noun
        owner = next((_state_ref(m.entry.key) for m in ps.matches if m.entry is not None and m.entry.kind == ADJECTIVE
                      and m.first == noun + 1 and m.last + 1 < len(tokens) and tokens[m.last + 1].pos == "NOUN"
                      and "gent" in tokens[m.last + 1].grammemes), None)
    side = side_agent(tokens, ps.mentions, noun, c_end) if owner is None else None
    owner = side.actor.ref() if side is not None else owner
    reporter = None
    if owner is not None and (side is not None or start == noun + 3) and _announced(tokens, hit[0]):
        # "сообщило о нападении на свои посты со стороны Азербайджана": with no target named, on the reporter
        said = announcer(ps, hit[0], _actor_mention)
        reporter = said.actor.ref() if said is not None and said.actor.country != owner.country else None
    if owner is None:
        # "санкции против России были введены Евросоюзом": the agent of a passive participle after the noun;
        # "Введенные Евросоюзом санкции": of a participle before it
        passive = passive_agent(ps, noun, c_end, _actor_mention) or participle_agent(ps, hit[0], _actor_mention) or (
            subject_after_verb(ps, noun, c_end, _actor_mention)) or (  # "Санкции против России ввела Япония"
            trailing_participle_agent(ps, noun, c_end, _actor_mention)) or (  # "удар, нанесённый ВСУ по Белгороду"
            announcer(ps, hit[0], _actor_mention) if _announced(tokens, hit[0]) else None)  # "сообщил об ударах по …"
        owner = passive.actor.ref() if passive is not None else None
    if owner is None and force and (agent := participle_adjective_agent(ps, noun, c_end) or (
        continuing_subject(ps, hit[0], c_start or 0, _actor_mention))) is not None:
        # "об ударе, нанесенном украинскими дронами по …", "Израильская авиация продолжает удары по Ливану"
        owner = _state_ref(agent)
    if owner is None:
        return None
    anti = anti_state(tokens, hit[0] - 2, noun)
    if anti is not None and anti != owner.country:
        return owner, _state_ref(anti)
    against_words = ("против", "по", "на") if force else ("против",)
    reach = relative.last + 4 if relative is not None else noun + 8
    against = next((k for k in range(noun + 1, min(c_end, reach) + 1)
                    if words[k] in against_words or words[k - 1 : k + 1] in (["в", "отношении"], ["в", "адрес"])), None)
    if against is None and reporter is not None:
        return owner, reporter
    if against is None and force and c_start is not None and (struck := place_before(ps, c_start, hit[0], {owner.country})):
        return owner, struck  # "В Курской области трое жителей пострадали в результате атак ВСУ"
    if against is None:
        if speaker is not None and speaker.country and speaker.country != owner.country and not member_of(speaker.country, owner):
            return owner, _state_ref(speaker.country)
        return None
    for m in sorted(ps.matches, key=lambda m: m.first):
        if m.first > against and m.first <= c_end and m.entry is not None and m.entry.kind in (ADJECTIVE, STATE, SEAT):
            if m.entry.key != owner.country:
                return owner, _state_ref(m.entry.key)
    target = next((m for m in ps.mentions if against < m.first <= c_end and m.actor.country
                   and m.actor.country != owner.country), None)
    if target is None and force:
        struck = struck_place(ps, against, c_end, {owner.country})  # "удар по Одессе": its people
        if struck:
            return owner, struck[0]
    if target is None and against + 1 < len(tokens) and tokens[against + 1].lower in OBLIQUE_PRONOUNS:
        # "санкции, которые Евросоюз ввел против него": the one reported on, whose state speaks
        if speaker is not None and speaker.country and speaker.country != owner.country:
            return owner, _state_ref(speaker.country)
    if target is None and reporter is not None:
        return owner, reporter
    return (owner, target.actor.ref()) if target is not None else None


@lru_cache(maxsize=1)
def _decision_nouns() -> frozenset[str]:
    """Nouns (lemmas) of a decision whose owner does what the infinitive after it says (``data/ru/decision_nouns.txt``)."""
    from faultlines.nlp.ru.data import data_text

    return frozenset(w.strip() for w in data_text("decision_nouns.txt").splitlines() if w.strip() and w[0] != "#")


def _agent(tokens, mentions: list[Mention], first: int, before: list[Mention], last: int = -1) -> Mention | None:
    """Who acts when the predicate is a noun or an infinitive: "закрытие Польшей границы" (the actor in the
    instrumental right after the noun), "решение властей Польши закрыть границу" (the owner of a decision noun
    before the infinitive), not the subject of the sentence that reports it ("Лукашенко назвал аферой …")."""
    if tokens[first].pos == "NOUN":
        # "введение США пошлин": a state in the genitive between the noun and its object acts too; "пакет санкций
        # ЕС": so does one right after a sanctions noun phrase (not "нота протеста России", the one it is sent to)
        return next((m for m in mentions if m.first == first + 1 and (m.case == "ablt" or m.case == "gent" and m.last < last)
                     or last > first and m.first == last + 1 and m.case == "gent" and tokens[last].lemma in OWNED_MEASURES),
                    None)
    if tokens[first].pos != "INFN":
        return None
    noun = next((k for k in range(first - 1, max(-1, first - 5), -1) if tokens[k].lemma in _decision_nouns()), None)
    if noun is None:
        return None
    return next((m for m in before if noun < m.first < first), None)


def _coordinated_pairs(ps, c_start: int, c_end: int, pair: tuple[ActorRef, ActorRef]) -> list[tuple[ActorRef, ActorRef]]:
    """The pairs of the states joined by «и» or commas to a state of ``pair`` where the clause names it: "послов
    Польши и Финляндии пригласили в МИД России", "удары США и Израиля по Ирану"."""
    from faultlines.nlp.ru.knowledge import SEAT, STATE

    tokens = ps.sentence.tokens
    states = sorted((m for m in ps.matches if m.entry is not None and m.entry.kind in (STATE, SEAT)
                     and c_start <= m.first <= c_end), key=lambda m: m.first)
    taken = {pair[0].country, pair[1].country}
    out: list[tuple[ActorRef, ActorRef]] = []
    for position, ref in enumerate(pair):
        at = next((k for k, m in enumerate(states) if m.entry.key == ref.country), None)
        if at is None:
            continue
        previous = states[at]
        for m in states[at + 1 :]:
            if [t.lower for t in tokens[previous.last + 1 : m.first]] not in (["и"], [","], [",", "и"]):
                break
            previous = m
            if m.entry.key not in taken:
                taken.add(m.entry.key)
                joined = _state_ref(m.entry.key)
                out.append((joined, pair[1]) if position == 0 else (pair[0], joined))
    return out


def _left_state(ps, first: int, c_end: int) -> list[ActorRef]:
    """The state, or the state of the capital, named after «из» in the clause ("отозвала посла из Москвы")."""
    from faultlines.nlp.ru.knowledge import SEAT, STATE

    tokens = ps.sentence.tokens
    for m in sorted(ps.matches, key=lambda m: m.first):
        if first < m.first <= c_end and m.entry is not None and m.entry.kind in (STATE, SEAT) and (
            tokens[m.first - 1].lower in ("из", "изо")
        ):
            return [_state_ref(m.entry.key)]
    return []


def _gerund_subject(tokens, mentions, last: int, c_end: int, after: list[Mention]):
    """The subject of a gerund ("Расширив санкции против России, власти США …"): the first actor after the comma
    that closes the gerund's phrase, not after a preposition; the targets are those inside the phrase."""
    comma = next((k for k in range(last + 1, c_end + 1) if tokens[k].text == ","), None)
    if comma is None:
        return [], after
    subject = next((m for m in mentions if m.first > comma and _subject(tokens, m)), None)
    if subject is None:
        return [], after
    return [subject.actor.ref()], [m for m in after if m.last < comma]


@lru_cache(maxsize=1)
def _lemma_list(name: str) -> frozenset[str]:
    from faultlines.nlp.ru.data import data_text

    return frozenset(w.strip() for w in data_text(name).splitlines() if w.strip() and w[0] != "#")


def _charged(tokens, first: int, c_start: int) -> bool:
    """An act named by a noun after «в», «о» or «об», a few words after a word of a charge or a denial
    (``data/ru/charge_words.txt``): "обвинения Киева в обстреле Херсона", "опроверг информацию об ударе"."""
    if tokens[first].pos != "NOUN" or not first or tokens[first - 1].lower not in ("в", "во", "о", "об"):
        return False
    return any(t.lemma in _lemma_list("charge_words.txt") for t in tokens[max(c_start, first - 6) : first - 1])


def _unrealised(tokens, first: int) -> bool:
    """An infinitive right after (at most two words between) a verb of threat, appeal, demand, offer, promise or
    refusal (``data/ru/unrealised_verbs.txt``): "пригрозил ввести пошлины против Канады"."""
    if tokens[first].pos != "INFN":
        return False
    return any(t.lemma in _lemma_list("unrealised_verbs.txt") for t in tokens[max(0, first - 3) : first])


def _pronoun_object(ps, first: int, own: set[str | None]) -> list[ActorRef]:
    """The person named last before the predicate in its sentence, of another state than the subject's."""
    person = next((m for m in reversed(ps.mentions) if m.last < first and m.actor.kind == "person"
                   and m.actor.country and m.actor.country not in own), None)
    return [person.actor.ref()] if person is not None else []


#: Roots of the verbs by which a subject judges, answers, demands or appeals against an act named by a noun after them.
JUDGING_VERB_ROOTS = ("02", "10", "11", "12", "13")


def _judged_noun(tokens, start: int, noun: int) -> bool:
    """Whether a verb of judging, answering, demanding or appealing (a pattern word of those roots) stands between
    the subject and a noun that names an act ("осудила агрессию", "призвал прекратить обстрелы")."""
    return any(tokens[k].pos in ("VERB", "INFN", "GRND", "PRTS") and any(
        p.code.startswith(JUDGING_VERB_ROOTS) and len(p.words) == 1 for p in _patterns_opening(tokens[k].lemma))
        for k in range(start + 1, noun))


def _answer_phrase(tokens, c_start: int, first: int) -> int | None:
    """Where «в ответ» stands before the predicate in its clause: the index of «на» after it when it names what is
    answered ("В ответ на санкции ЕС"), 0 when it names nothing ("В ответ Москва выслала …"); None when absent."""
    for k in range(c_start, first - 1):
        if tokens[k].lower in ("в", "во") and tokens[k + 1].lower == "ответ":
            return k + 2 if k + 2 < first and tokens[k + 2].lower == "на" else 0
    return None


def _against_inside(tokens, last: int, position: int) -> bool:
    """Whether «против» or «в отношении» stands after a noun between the predicate's last word and ``position``
    ("осудил санкции против Ирана"): what follows is the target of the act judged, not of the judgement."""
    noun = False
    for k in range(last + 1, position):
        if tokens[k].lower == "против" or tokens[k].lower == "отношении" and tokens[k - 1].lower == "в":
            if noun:
                return True
        elif tokens[k].lower in ("на", "по") and tokens[k - 1].lemma in STRIKE_NOUNS:
            return True  # "осудил атаку на резиденцию президента Ирана": the one struck is not judged
        elif tokens[k].pos == "NOUN":
            noun = True
    return False


def _governing_preposition(tokens, m: Mention, predicate: int) -> str | None:
    """The preposition that opens the noun phrase a mention ends, after the predicate's last word ("по мирным
    жителям Ирана": «по»; not "по итогам переговоров Токаева", where it governs the predicate), if any."""
    for k in range(m.first - 1, max(predicate, m.first - 5), -1):
        if tokens[k].pos == "PREP":
            return tokens[k].lower
        if tokens[k].pos not in ("NOUN", "ADJF", "PRTF", "NUMR"):
            return None
    return None


def _owner_adjective(ps, last: int, limit: int) -> str | None:
    """The state of an adjective right before a noun, not after a preposition, between the predicate and ``limit``
    ("осудила американские санкции", not "нападение на российских дипломатов")."""
    from faultlines.nlp.ru.knowledge import ADJECTIVE

    tokens = ps.sentence.tokens
    for m in sorted(ps.matches, key=lambda m: m.first):
        if last < m.first < limit and m.entry is not None and m.entry.kind == ADJECTIVE and m.last + 1 < len(tokens) and (
            tokens[m.last + 1].pos == "NOUN" and tokens[m.first - 1].pos != "PREP"
        ):
            return m.entry.key
    return None


def _in_participle(tokens, m: Mention, predicate: int) -> bool:
    """Whether a mention lies in a participle's phrase set off by commas before the predicate ("Японский чиновник,
    посетивший Пекин, призвал …"): no subject."""
    opening = next((k for k in range(m.first - 1, -1, -1) if tokens[k].text == ","), None)
    if opening is None or opening + 1 >= m.first or tokens[opening + 1].pos not in ("PRTF", "GRND"):
        return False
    return any(tokens[k].text == "," for k in range(m.last + 1, predicate))


def _inside_noun_phrase(tokens, m: Mention) -> bool:
    """"Дружественный России лидер позвонил …": a state between an adjective that governs it and the noun that
    adjective describes is part of the subject's phrase, not the subject."""
    return 0 < m.first and m.last + 1 < len(tokens) and tokens[m.first - 1].pos == "ADJF" and (
        tokens[m.last + 1].pos == "NOUN") and m.case != "nomn" and adjective_state(tokens[m.first - 1].lemma) is None


def _plain(pattern: RuPattern) -> bool:
    """A pattern of one actor acting on another with no special reading of its arguments."""
    return not (pattern.symmetric or pattern.blocks or pattern.judged or pattern.summons or pattern.owned
                or pattern.from_place or pattern.expels or pattern.owes or pattern.answers or pattern.intercepts
                or pattern.suffers or pattern.protest or pattern.downed)


def _own_passive(pattern: RuPattern) -> bool:
    """Whether a short passive participle of the pattern inside a body's own statement is the body's own act
    («Уничтожены пять беспилотников», «Российские дипломаты высланы», «Введены ограничения»): an interception, an
    expulsion, a summons or a measure, not force, which the speaker reports as suffered."""
    return pattern.intercepts or pattern.expels or pattern.summons or not pattern.code.startswith(FORCE_ROOTS)


def _of_subject_noun(tokens, m: Mention) -> bool:
    """"Военнослужащие Таджикистана": a state in the genitive right after a noun of people or a body that may be
    nominative (``data/ru/subject_nouns.txt``), not after a preposition."""
    from faultlines.events.ru_nouns import subject_noun
    from faultlines.nlp.ru.models import possible_cases

    if m.first < 1 or m.case not in ("gent", None):
        return False
    head = tokens[m.first - 1]
    return subject_noun(head.lemma) and "nomn" in possible_cases(head.text) and (
        m.first < 2 or tokens[m.first - 2].pos != "PREP")


def _speaker_acts(token) -> bool:
    """A verb by which a quote's speaker tells of its own act: first person plural («призываем»), or a plural with
    no subject named («Потребовали от украинской стороны …»)."""
    return token.pos == "VERB" and "plur" in token.grammemes and ("1per" in token.grammemes or "past" in token.grammemes)


def _joined(after: list[Mention], tokens, any_kind: bool = False) -> list[Mention]:
    """The first mention after the predicate and those joined to it by «и» or a comma ("России и Украины"); of
    the same kind unless ``any_kind`` ("пограничниками Таджикистана и Киргизии")."""
    if not after:
        return []
    out = [after[0]]
    previous = after[0]
    for m in after[1:]:
        between = [t.lower for t in tokens[previous.last + 1 : m.first]]
        if not between and m.actor.country == previous.actor.country and (any_kind or m.actor.kind == "state"):
            previous = m
            continue  # "пограничниками Таджикистана", "премьером Грузии": a body or a title and its state are one party
        if between in (["и"], [","], [",", "и"]) and (any_kind or m.actor.kind == out[-1].actor.kind):
            out.append(m)
            previous = m
        else:
            break
    return out


@lru_cache(maxsize=1)
def _people_nouns() -> frozenset[str]:
    """Nouns for people after which a state's adjective names whom an act falls on (``data/ru/people_nouns.txt``)."""
    from faultlines.nlp.ru.data import data_text

    return frozenset(w.strip() for w in data_text("people_nouns.txt").splitlines() if w.strip() and w[0] != "#")


def _people_of_state(ps, first: int, c_end: int, hit: list[int]) -> tuple[int, list[ActorRef]] | None:
    """States named by the people an act falls on: "троих российских дипломатов", "дипломата из России"."""
    from faultlines.nlp.ru.knowledge import ADJECTIVE, STATE

    tokens = ps.sentence.tokens
    for m in ps.matches:
        if m.first <= first or m.first > c_end or m.first in hit or m.entry is None:
            continue
        if m.entry.kind == ADJECTIVE and m.last + 1 < len(tokens) and tokens[m.last + 1].lemma in _people_nouns():
            return m.first, [_state_ref(m.entry.key)]
        if (
            m.entry.kind == STATE
            and m.first >= 2
            and tokens[m.first - 1].lower == "из"
            and tokens[m.first - 2].lemma in _people_nouns()
        ):
            return m.first - 2, [_state_ref(m.entry.key)]
    # "депортировать трех россиян": a noun for a state's people
    demonym = next((k for k in range(first + 1, c_end + 1) if k not in hit and tokens[k].lemma in _demonyms()), None)
    return (demonym, [_state_ref(_demonyms()[tokens[demonym].lemma])]) if demonym is not None else None


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    """Nouns for a state's people and the state (``data/ru/demonyms.tsv``)."""
    from faultlines.nlp.ru.data import data_rows

    return {row[0]: row[1] for row in data_rows("demonyms.tsv", 2)}


def _state_ref(code: str) -> ActorRef:
    from faultlines.model import Actor

    return Actor(id=code, name=code, kind="state", country=code, role="GOV").ref()


def _coded(ref: ActorRef) -> bool:
    code = ref.code
    return bool(code) and len(code) >= 6 and not code.startswith("---")


def _unique(refs: list[ActorRef]) -> list[ActorRef]:
    out: list[ActorRef] = []
    for ref in refs:
        if ref.id not in {r.id for r in out} and ref.country not in {r.country for r in out if r.country}:
            out.append(ref)
    return out


def _sources(before: list[Mention], tokens, predicate: int) -> list[ActorRef]:
    """The subject: the last named actor before the predicate, with any joined to it by «и»; people first."""
    if not before:
        return []
    # "Азербайджан" reads as accusative as often as nominative: the case only breaks ties against other cases
    nominative = [m for m in before if m.case in ("nomn", "accs", None)] or [
        m for m in before if m.case not in ("datv", "ablt", "loct")  # "поставки оружия Украине": never the agent
    ] or before
    last = nominative[-1]
    people = [m for m in before if m.actor.kind == "person" and m.case in ("nomn", None)]
    if people and people[-1].last >= last.first - 1:
        last = people[-1]
    elif last.actor.kind != "person":
        # "Алиев и Пашинян по итогам встречи с президентом США Трампом подписали": a person named as a subject,
        # not a state inside a phrase about the one they met
        subjects = [m for m in before if m.actor.kind == "person" and _subject(tokens, m)]
        if subjects and _subject(tokens, subjects[-1]) and not _subject(tokens, last):
            last = subjects[-1]
    shared = _plural_of_states(tokens, before, last)
    if shared:
        return shared
    chosen = [last]
    for m in reversed(before[: before.index(last)]):
        between = [t.lower for t in tokens[m.last + 1 : chosen[-1].first]]
        # "Ильхам Алиев и премьер-министр Армении Никол Пашинян": two people joined across a title
        titled = between[:1] == ["и"] and len(between) <= 5 and m.actor.kind == chosen[-1].actor.kind == "person"
        listed = between == [","] and m.actor.kind == chosen[-1].actor.kind == "state" and len(chosen) > 1
        if between == ["и"] or titled or listed:  # "Эстония, Латвия и Литва выслали …"
            chosen.append(m)
    chosen.reverse()
    for m in before[before.index(last) + 1 :]:
        if m.actor.kind != "person" and last.actor.kind == "person":
            continue  # the state of a title between two people
        between = [t.lower for t in tokens[chosen[-1].last + 1 : m.first]]
        if between[:1] == ["и"] and len(between) <= 5 and m.actor.kind == last.actor.kind == "person":
            chosen.append(m)  # "Алиев и премьер-министр Армении Никол Пашинян", the second misread as genitive
        elif between == ["и"] and m.actor.kind == last.actor.kind == "state" and m.last + 1 == predicate:
            chosen.append(m)  # "Москва и Баку договорились": a name that does not decline, read as a genitive
        elif between:
            break
    return [m.actor.ref() for m in chosen]


def _plural_of_states(tokens, before: list[Mention], last: Mention) -> list[ActorRef]:
    """"Президенты России и Казахстана", "Пограничники Кыргызстана и Таджикистана": a plural title or body before
    states joined by «и» names one party of each state (not the holder of one office)."""
    from faultlines.nlp.ru.models import may_be_plural_subject

    head = tokens[last.first]
    plural = "plur" in head.grammemes or may_be_plural_subject(head.text)
    if last.actor.kind == "state" or not plural or head.pos != "NOUN":
        return []
    states = [m for m in before if m.first > last.last and m.actor.kind == "state"]
    if len(states) < 2 or states[0].first != last.last + 1:
        return []
    joined = [states[0]]
    for m in states[1:]:
        if [t.lower for t in tokens[joined[-1].last + 1 : m.first]] not in (["и"], [","]):
            break
        joined.append(m)
    return [m.actor.ref() for m in joined] if len(joined) > 1 else []


def _subject(tokens, m: Mention) -> bool:
    """Whether a mention may be the subject: not after a preposition, its first or last word maybe nominative."""
    from faultlines.nlp.ru.models import possible_cases

    if m.first and (tokens[m.first - 1].lower in SUBJECTLESS_BEFORE or tokens[m.first - 1].pos == "PREP"):
        return False
    if m.first and tokens[m.first - 1].pos == "NOUN":
        return False  # "президентом США": a state in a noun phrase
    return any({"nomn", None} & possible_cases(tokens[k].text) or not possible_cases(tokens[k].text)
               for k in (m.first, m.last))


def _named_subject(tokens, m: Mention) -> bool:
    """Whether a person may be the subject: not after a preposition, first or last word maybe nominative (a name
    may follow another name or a title: "с Путиным Токаев", "его коллега Токаев")."""
    from faultlines.nlp.ru.models import possible_cases

    if m.first and tokens[m.first - 1].pos == "PREP":
        return False
    return any("nomn" in possible_cases(tokens[k].text) for k in (m.first, m.last))


def _gender(token) -> str | None:
    return "m" if "masc" in token.grammemes else "f" if "femn" in token.grammemes else None


def _previous_subject(last_subject, tokens, index: int, c_start: int, first: int) -> list[ActorRef]:
    """"Лидер Узбекистана похвалил Алиева. Кроме того, он поздравил …": он/она before the predicate is the subject
    of the act coded in the sentence before, when its verb shows the same gender (not a person named inside it)."""
    pronoun = next((t.lower for t in tokens[c_start:first] if t.lower in SUBJECT_PRONOUNS), None)
    if pronoun is None or last_subject is None:
        return []
    at, gender, ref = last_subject
    if at != index - 1 or gender != SUBJECT_PRONOUNS[pronoun] or _gender(tokens[first]) != gender:
        return []
    return [ref]


def _pronoun_source(parsed: RussianParse, index: int, c_start: int, first: int) -> list[ActorRef]:
    """"Он заявил о готовности принять переговоры": он/она before the predicate is the person of that gender
    named last before it, one named as a subject first."""
    tokens = parsed.sentences[index].sentence.tokens
    pronoun = next((t.lower for t in tokens[c_start:first] if t.lower in SUBJECT_PRONOUNS), None)
    if pronoun is None:
        return []
    gender = SUBJECT_PRONOUNS[pronoun]
    people = [m for m in parsed.mentions_before(index, c_start)
              if m.actor.kind == "person" and m.actor.country and m.gender in (gender, None)]
    subject = next((m for m in people if _named_subject(m.sentence.tokens, m)), None) or next(iter(people), None)
    return [subject.actor.ref()] if subject is not None else []


def _place_source(ps, c_start: int, first: int, c_end: int | None = None) -> list[ActorRef]:
    """"В Бишкеке версию Астаны отвергли": a capital in the place case before an impersonal predicate, or a body ("В МИД
    России осудили …"); "двух дипломатов объявили персонами нон грата в Болгарии": a state after в that closes the
    clause of a plural one."""
    for m in ps.mentions:
        if m.place and c_start <= m.first < first and m.actor.kind == "state" and m.first <= c_start + 1:
            return [m.actor.ref()]
    tokens = ps.sentence.tokens
    from faultlines.nlp.ru.knowledge import SEAT

    for m in ps.mentions:  # "В МИД России осудили …": a body named as the place that opens the clause after «в»
        if m.place and m.actor.kind == "organisation" and m.first == c_start + 1 and m.last < first and (
            tokens[c_start].lower in ("в", "во") and (m.actor.country or m.actor.role == "IGO")
        ):
            return [m.actor.ref()]
    for m in ps.matches:  # "В Кремле назвали …": a seat that opens the clause after «в»
        if m.entry is not None and m.entry.kind == SEAT and m.first == c_start + 1 and m.last < first and (
            tokens[c_start].lower in ("в", "во")
        ):
            return [_state_ref(m.entry.key)]
    if c_end is None or "plur" not in tokens[first].grammemes or tokens[first].pos not in ("VERB", "PRTS"):
        return []
    for m in ps.mentions:
        closes = m.last == c_end or (m.last + 1 == c_end and not tokens[c_end].text[:1].isalnum())
        if m.place and first < m.first and closes and m.actor.kind == "state" and tokens[m.first - 1].lower in ("в", "во"):
            return [m.actor.ref()]
    return []


def _visit(ps, hit: list[int]) -> tuple[list[ActorRef], list[Mention]]:
    """"визит Владимира Путина в Казахстан", "визита Токаева в Москву": the person after the noun visits the state
    (or its capital) named after в."""
    from faultlines.nlp.ru.knowledge import SEAT, STATE

    tokens = ps.sentence.tokens
    last = hit[-1]
    visitor = next((m for m in ps.mentions if last < m.first <= last + 3 and m.actor.kind == "person"), None)
    if visitor is None:
        return [], []
    host = next(
        (m for m in ps.matches if visitor.last < m.first <= visitor.last + 2 and m.entry is not None
         and m.entry.kind in (STATE, SEAT) and tokens[m.first - 1].lower in ("в", "во")),
        None,
    )
    if host is None:
        return [], []
    from faultlines.model import Actor

    code = host.entry.key
    state = Actor(id=code, name=code, kind="state", country=code, role="GOV")
    return [visitor.actor.ref()], [Mention(state, ps.sentence, host.first, host.last, None)]


def _last_sides(events: list[Event], sources: list[ActorRef]) -> list[ActorRef]:
    """The two parties of the latest event between two states other than the source's ("стороны")."""
    countries = {s.country for s in sources}
    for event in reversed(events):
        pair = [event.source, event.target]
        if all(p is not None and p.country and p.country not in countries for p in pair) and (
            event.source.country != event.target.country
        ):
            return pair
    return []


def _answered(events: list[Event], sources: list[ActorRef], acted_on: bool = False) -> ActorRef | None:
    """The source of the latest of the last ten events by another state than the sources'; with ``acted_on``, of
    the latest whose target is of the sources' state (what "в ответ" answers)."""
    countries = {s.country for s in sources}
    for event in reversed(events[-10:]):
        if event.source is not None and event.source.country not in countries and (
            not acted_on or event.target is not None and event.target.country in countries
        ):
            return event.source
    return None


def _reported_speaker(quotes, paragraph: int, position: int, direct: bool = False) -> list[ActorRef]:
    """"Токаев ответил, что готов принять переговоры": the speaker of the reported clause acts in it; with
    ``direct``, the speaker of a direct quote («Потребовали от украинской стороны …», — говорится в сообщении МИД)."""
    kinds = ("indirect", "direct") if direct else ("indirect",)
    for quote in quotes:
        if quote.paragraph == paragraph and quote.kind in kinds and quote.start <= position < quote.end:
            return [quote.speaker] if quote.speaker is not None else []
    return []


def _mode(tokens, c_start: int, first: int, intent: bool = False, later: list[int] | None = None,
          threat: bool = False) -> str:
    if c_start >= 2 and tokens[c_start - 1].lower == "что" and any(
        t.lemma in DENIALS for t in tokens[max(0, c_start - 5) : c_start - 1]
    ):
        return "negated"  # "Руководство России отрицает, что российская армия наносит удары …": denied
    window = list(range(max(c_start, first - 3), first))
    window += [k - 1 for k in later or []]  # "Переговоры … не состоялись": before a later word
    if any(negation(tokens, k) for k in window) or infinitive_negated(tokens, first):
        return "negated"
    if not_excluded(tokens, window) and not threat:
        return "hypothetical"  # "не исключил введения санкций": possible, not done (a threat stays one)
    if any(t.lower in CONDITIONALS for t in tokens[: first + 3]) or conditional(tokens, c_start, first):
        return "hypothetical"  # "если …", "ввела бы санкции", "в случае нарушения соглашения"
    if not intent and any(t.lemma in MODALS for t in tokens[max(c_start, first - 2) : first]):
        return "hypothetical"
    if not intent and tokens[first].pos == "INFN" and any(t.lemma in MODALS for t in tokens[c_start:first]):
        return "hypothetical"  # "страны Европы должны прекратить покупать энергоресурсы и ввести санкции"
    if any(t.lower in ALLEGED for t in tokens[c_start:first]):
        return "claimed"  # "Москва якобы предложила …": told as someone's claim
    return "asserted"
