"""Targets an event's own phrase leaves out, taken from the rest of its sentence or from the acts before it
("rejected the accusation": its author; "summoned the envoy to lodge a protest": the envoy)."""

from __future__ import annotations

from faultlines.events.coded import Coded
from faultlines.events.coder import SentenceCoder, condition
from faultlines.events.participants import Participant
from faultlines.events.roles import ANAPHORIC_DETERMINERS, PLACE_PREPS, excluded, people_of
from faultlines.events.sides import PROTEST_ROOT, VIOLENCE, place_named, with_country

#: Acts that take no target from context: statements, protests, shows of force.
NO_IMPLICIT_TARGET = {"01", "14", "15"}
#: Closing a border or a road (CAMEO 191) answers the main clause's party; force does not.
BLOCKADE = "191"
#: Marks of a clause that tells when or why the main clause happened.
CIRCUMSTANCE_MARKS = {"after", "when", "since", "because", "as", "before", "once", "until"}
#: Marks of a clause that says what an act answers ("after Hamas stormed", "because Seoul refused").
ANSWER_MARKS = {"after", "because", "since"}
#: Prepositions of the place an act with no target is aimed at or happens in.
PLACE_TARGET_PREPS = {
    "in", "into", "to", "for", "from", "on", "inside", "across", "toward", "towards", "along", "near", "around", "off",
}


def implicit_target(coded: Coded, coder: SentenceCoder) -> None:
    """``Kazakhstan was ungrateful to Russia after it sent troops``: an event with a source but no target, in a
    clause that says when or why the main clause happened, takes the other party of the main clause. (Reaching
    further, to any governing clause, was right 3 times in 41 on real news: a reporting clause names the
    reporter, not the target.)"""
    if not _wants_target(coded) or coded.code[:2] in VIOLENCE and coded.code != BLOCKADE:
        return  # ("in touch with Hamas since the group launched an assault": force is not aimed at the main clause)
    anchor = coded.anchor
    marks = [c for c in anchor.children if c.dep_ == "mark" and c.lower_ in CIRCUMSTANCE_MARKS]
    main = anchor.head
    if anchor.dep_ != "advcl" or not marks or main.pos_ not in ("VERB", "AUX", "ADJ"):
        return
    heads = [c for c in main.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "attr")]
    for prep in (c for c in main.children if c.dep_ == "prep" and c.lower_ in ("to", "against", "on", "with")):
        heads.extend(p for p in prep.children if p.dep_ == "pobj")
    if main.dep_ == "acomp" or main.pos_ == "ADJ":
        heads.extend(c for c in main.head.children if c.dep_ == "nsubj")
    found = coder._resolve_many(heads, coded.sources, deep=False)
    found = [p for p in found if p.ref.country or not p.generic]
    if found:
        note = f"target {found[0].ref.name} taken from the clause it tells the time or cause of"
        _take_target(coded, found[0], note, 0.15)


def purpose_target(coded: Coded, coder: SentenceCoder) -> None:
    """``Beijing summoned Japan's ambassador to lodge a protest``: a statement made for the purpose of a meeting,
    with no target of its own, is made to the one met (the object of the governing verb)."""
    if not _wants_target(coded) or coded.code[:2] > SPOKEN_ROOTS_END:
        return
    clause = coded.anchor.head if coded.anchor.dep_ == "dobj" else coded.anchor  # the light verb of "lodge a protest"
    if clause.dep_ not in ("advcl", "xcomp") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return
    objects = [c for c in clause.head.children if c.dep_ == "dobj"]
    found = [p for p in coder._resolve_many(objects, coded.sources, deep=False) if p.ref.country]
    if found:
        _take_target(coded, found[0], f"target {found[0].ref.name}, the one met for it", 0.1)


#: The last CAMEO root of spoken acts (statements to appeals to complaints and threats).
SPOKEN_ROOTS_END = "13"


def reporter_positions(coded: Coded, coder: SentenceCoder) -> None:
    """``Armenia's defence ministry said Azerbaijani artillery had fired on military positions``: nameless positions
    or troops that another state's forces hit, in a military's own report, are that military's."""
    if coded.targets or not coded.sources or coded.code[:2] not in VIOLENCE:
        return
    speech = coder._reporting_verb(coded.anchor)
    reporters = [p for p in coder.sources_of(speech) if p.ref.country and p.ref.role == "MIL"] if speech else []
    if not reporters or reporters[0].ref.country in {p.ref.country for p in coded.sources}:
        return
    anchor = coded.anchor
    hit = [
        t
        for t in anchor.subtree
        if t.lemma_.lower() in OWN_POSITIONS
        and (t.head.i == anchor.i or t.head.dep_ == "prep" and t.head.head.i == anchor.i)
    ]
    if hit:
        target = with_country(reporters[0], reporters[0].ref.country, "MIL")
        _take_target(coded, target, f"target {target.ref.name}: the reporting military's own {hit[0].text}", 0.1)


#: What a military's report calls hit without saying whose: its own.
OWN_POSITIONS = {"position", "post", "outpost", "checkpoint", "trench", "unit"}


def victims_where_filed(coded: Coded, coder: SentenceCoder) -> None:
    """``KYIV - Russian attacks killed one person``: nameless people hurt by another state's forces, in a story
    filed from a state's dateline, are that state's people."""
    finder = coder.finder
    home = finder.home if finder.dateline_home else None
    if coded.targets or not coded.sources or coded.code[:2] not in VIOLENCE or home is None:
        return
    if any(p.ref.country in (None, home) for p in coded.sources):
        return
    victims = [
        c
        for c in coded.anchor.children
        if c.dep_ in ("dobj", "nsubjpass")
        and (c.lemma_.lower() in VICTIMS or (coder.lex.actor_nouns.get(c.lemma_.lower()) or ("",))[0] == "CVL")
    ]
    if victims:
        target = with_country(finder.generic(victims[0]), home, "CVL")
        _take_target(coded, target, f"target {victims[0].text} of {coder.lex.state_name(home)}, where it was filed", 0.15)


#: Nameless people an attack hits, besides the civilian nouns of the actor list.
VICTIMS = {"person", "man", "woman", "passer-by", "bystander", "worker", "driver", "family"}


def _wants_target(coded: Coded) -> bool:
    """An event with a named source and no target, of a kind that has one, may take it from another clause."""
    if coded.targets or not coded.sources or coded.code[:2] in NO_IMPLICIT_TARGET or coded.reciprocal:
        return False
    return not all(p.generic and not p.ref.country for p in coded.sources)


def _take_target(coded: Coded, target: Participant, note: str, cost: float) -> None:
    """Give ``coded`` a target found outside its own phrase, saying where from, at a cost in confidence."""
    coded.targets = [target]
    coded.notes.append(note)
    coded.confidence -= cost


def answered_act(coded: Coded, coder: SentenceCoder) -> None:
    """``Israel declared war after Hamas militants stormed across its border``: an act with no target, followed by
    a clause of what provoked it, is aimed at whoever did that."""
    if not _wants_target(coded):
        return
    for clause in (c for c in coded.anchor.children if c.dep_ == "advcl"):
        if not any(m.dep_ == "mark" and m.lower_ in ANSWER_MARKS for m in clause.children):
            continue
        if clause.i not in coder.patterns:
            continue  # ("demanded a ceasefire after the United States abstained": no act it answers)
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        found = [p for p in coder._resolve_many(subjects, coded.sources, deep=False) if p.ref.country]
        if found:
            _take_target(coded, found[0], f"target {found[0].ref.name}, whose act it answers", 0.15)
            return


#: Nouns that name an earlier deed without saying which ("the test", "the move"), and the acts they may refer to.
GENERIC_DEEDS = {"test", "launch", "firing", "action", "act", "move", "incident", "step", "operation", "provocation"}
DEED_ROOTS = {"13", "15", "16", "17", "18", "19", "20"}
#: Acts that judge a deed: disapprove and reject.
JUDGING_ROOTS = {"11", "12"}


def anaphoric_target(coded: Coded, earlier: list[Coded], coder: SentenceCoder) -> None:
    """``rejected the accusation``, ``condemned the strikes``, ``granted the request``: an event whose object is a
    definite reference to an earlier act targets the actor of that act: the latest earlier event of the kind the
    object names (an accusation refers to an accusation) whose source is of another country."""
    if coded.targets or not coded.sources or coded.reciprocal or not earlier:
        return
    predicate = coded.words[-1] if coded.words else coded.anchor
    objects = [c for c in (*predicate.children, *coded.anchor.children) if c.dep_ in ("dobj", "nsubjpass")]
    objects += [coded.referent] if coded.referent is not None else []  # "called the deal illegal"
    objects = [
        o
        for o in objects
        if o.pos_ == "NOUN"
        and all(o.i != w.i for w in coded.words)  # "continue the war": the act itself, not a reference
        and any(d.lower_ in ANAPHORIC_DETERMINERS for d in o.children)
    ]
    named = [(o.lemma_.lower(), pos) for o in objects for pos in "NV"]  # "the launch": what launching codes as
    roots = {p.cameo[:2] for lemma, pos in named for p in coder.lex.patterns_for(lemma, pos)}
    if coded.code[:2] in JUDGING_ROOTS and any(o.lemma_.lower() in GENERIC_DEEDS for o in objects):
        roots |= DEED_ROOTS  # "condemned the test", "denounced the move": the latest deed of force before it
    if not roots:
        return
    countries = {p.ref.country for p in coded.sources}
    keys = {p.key for p in coded.sources}
    for previous in reversed(earlier[-12:]):
        if previous.code[:2] not in roots and (previous.act or "")[:2] not in roots:
            continue
        others = [
            p
            for p in previous.sources
            if p.ref.country and p.key not in keys and p.ref.country not in countries
        ]
        if others:
            _take_target(coded, others[0], f"target {others[0].ref.name}, the actor of the act referred to", 0.2)
            return


def condition_target(coded: Coded, coder: SentenceCoder) -> None:
    """``We will retaliate if Finland joins NATO``: a threat with no target is aimed at whoever the condition is
    about, the subject of its "if" clause."""
    if coded.targets or not coded.sources or coded.code[:2] != "13":
        return
    heads = [coded.anchor, *(t for t in coded.words if t.i != coded.anchor.i and t.pos_ in ("VERB", "AUX"))]
    # ("we will retaliate if Finland joins NATO, the Kremlin warned": the condition hangs on the governed verb)
    for clause in (c for h in heads for c in h.children if c.dep_ == "advcl" and condition(c) is not None):
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        found = coder._resolve_many(subjects, coded.sources, deep=False)
        if found:
            _take_target(coded, found[0], f'target {found[0].ref.name}, the subject of the condition', 0.1)
            return


def place_target(coded: Coded, coder: SentenceCoder) -> None:
    """An event with no target acts on the state of the place it is aimed at or happens in: "peacekeepers
    destined for Nagorno-Karabakh", "a ceasefire in Idlib", "withdraw troops from parts of Kashmir"."""
    acts = {coded.code[:2], (coded.act or coded.code)[:2]}
    if coded.targets or not coded.sources or coded.reciprocal or acts & {"01", "02", "04", PROTEST_ROOT}:
        return  # (people protest in a place, not against it; talks held in Jeddah are not with Saudi Arabia)
    heads = [coded.anchor, *(t for t in coded.words if t.i != coded.anchor.i)]
    heads += [c for h in heads[:1] for c in h.children if c.dep_ in ("dobj", "nsubjpass")]
    finder = coder.finder
    finder.places = True
    try:
        for head in heads:
            for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in PLACE_TARGET_PREPS):
                if prep.lower_ == "from" and coded.code[:2] in VIOLENCE:
                    continue  # "launched an assault from Gaza": where it came from
                for pobj in (p for p in prep.children if p.dep_ == "pobj"):
                    found = place_named(pobj, finder) or _of_place(pobj, finder)
                    if found is not None and found.ref.country and not excluded(found, coded.sources):
                        if coded.code[:2] in VIOLENCE and found.kind == "state" and prep.lower_ in PLACE_PREPS:
                            found = people_of(found)  # attacks in Mali: its people
                        _take_target(coded, found, f'target {found.ref.name} from the place "{found.words}"', 0.1)
                        return
    finally:
        finder.places = False


#: Lines between states: "along its border with China" is aimed at China.
BORDERS = {"border", "frontier", "boundary"}


def _of_place(token, finder) -> Participant | None:
    """``parts of Kashmir``, ``the city of Mosul``, ``its border with China``: the place after "of" (two steps at
    most), but not inside a place's own name ("the Gulf of Oman", "the Strait of Hormuz")."""
    for _ in range(2):
        if token.pos_ == "PROPN":
            return None
        token = next(
            (
                p
                for c in token.children
                if c.dep_ == "prep" and (c.lower_ in ("of", "in") or c.lower_ == "with" and token.lemma_ in BORDERS)
                for p in c.children
                if p.dep_ == "pobj"
            ),
            None,
        )
        if token is None:
            return None
        found = place_named(token, finder)
        if found is not None:
            return found
    return None

