"""Codes that depend on who acts: a government that protests complains (114), protesters who clash with police
riot (145), a state that carries out airstrikes does it with its forces."""

from __future__ import annotations

from faultlines.events.coded import Coded
from faultlines.events.coder import SentenceCoder
from faultlines.events.participants import Participant, sector_word
from faultlines.events.roles import STATE_FORCES
from faultlines.events.sides import PROTEST_ROOT, VIOLENCE, with_country
from faultlines.model import ActorRef

#: Joint exercises (CAMEO 062, military cooperation) are so only with a partner; one state's "joint" drills of its
#: army, navy and air force are a show of force (150) toward the place they are held around.
JOINT_EXERCISE = "062"
SHOW_OF_FORCE = "150"


def exercise_alone(coded: Coded) -> None:
    if coded.code != JOINT_EXERCISE or coded.targets or "noun:" not in coded.rule:
        return
    if len({p.ref.country for p in coded.sources if p.ref.country}) > 1:
        return  # "Russia and Belarus held joint exercises": with each other
    coded.code = coded.act = SHOW_OF_FORCE
    coded.reciprocal = False
    coded.notes.append("exercises of one state's forces: a show of force")


#: Who protests inside a state with no one named as the target protests against its government.
PROTESTERS = {"OPP", "CVL", "NGO", "EDU", "REL", "BUS"}


def protest_target(coded: Coded, coder: SentenceCoder) -> None:
    """``Thousands protested in Dhaka``: a protest (CAMEO 14) by people of a state, against no one named, is
    against that state's government; people who protest are protesters (sector OPP)."""
    if coded.code[:2] != "14" or not coded.sources:
        return
    coded.sources = [with_country(p, p.ref.country, "OPP") if _civilians(p) else p for p in coded.sources]
    if coded.targets:
        return
    source = coded.sources[0]
    if not source.ref.country or source.ref.role not in PROTESTERS:
        return
    country = source.ref.country
    ref = ActorRef(id=country, name=coder.lex.state_name(country), country=country, role="GOV")
    coded.targets = [Participant(ref, "state", False, True, 0, 0, ref.name, inferred=True)]
    coded.notes.append(f"against no one named: the government of {ref.name}")
    coded.confidence -= 0.1


#: Forces that protesters clash with: the clash is a violent protest (CAMEO 145) against them.
FORCES = STATE_FORCES | {"GOV"}


def _civilians(part: Participant) -> bool:
    return part.ref.role == "CVL" and bool(part.ref.country) and part.kind == "group"


def riot(coded: Coded) -> None:
    """``Protesters clashed with police``: a clash (190) between protesters and the state's forces is the
    protesters' violent protest (145) against those forces, not a battle between equals; the forces' own violence
    against protesters is repression (175)."""
    if coded.code != "190" or coded.mode != "asserted":
        return
    sides = [*coded.sources, *coded.targets]
    protesters = [p for p in sides if p.ref.role == "OPP"]
    forces = [p for p in sides if p.ref.role in FORCES and p.ref.country]
    if not protesters or not forces:
        return
    if not coded.reciprocal and forces[0] in coded.sources and protesters[0] in coded.targets:
        # "security forces killed two demonstrators": the state's violent repression of protest (175)
        coded.code = "175"
        coded.notes.append(f"{forces[0].words} against {protesters[0].words}: violent repression")
        return
    coded.code, coded.reciprocal = "145", False
    coded.sources, coded.targets = protesters[:1], forces[:1]
    coded.notes.append(f"a clash of {protesters[0].words} with {forces[0].words}: a violent protest")


def sector_of_act(coded: Coded, coder: SentenceCoder) -> None:
    """``India and China held military talks``: an act named with a sector's adjective is between the states'
    sectors of that kind, not their governments (but "military aid" is given by a government)."""
    if coded.code[:2] not in SECTOR_ACT_ROOTS:
        return
    nouns = [w for w in coded.words if w.pos_ == "NOUN"] or ([coded.anchor] if coded.anchor.pos_ == "NOUN" else [])
    for noun in nouns:
        role = sector_word(noun, coder.lex, ("amod",), roles={"MIL", "COP"})
        if role:
            coded.sources = [with_country(p, p.ref.country, role) if _state_side(p) else p for p in coded.sources]
            coded.targets = [with_country(p, p.ref.country, role) if _state_side(p) else p for p in coded.targets]
            return
    weapons = [coder.lex.actor_nouns.get(n.lemma_.lower()) for n in nouns]
    if ("MIL", "means") in weapons and coded.code[:2] in VIOLENCE:
        # "Israel carried out airstrikes": a state that strikes from the air does it with its forces
        coded.sources = [with_country(p, p.ref.country, "MIL") if _state_side(p) else p for p in coded.sources]


#: Acts whose sector adjective names who does them: talks, shows of force, fighting.
SECTOR_ACT_ROOTS = {"04", "15", "18", "19", "20"}


def _state_side(part: Participant) -> bool:
    return part.kind == "state" and bool(part.ref.country) and part.ref.role in (None, "GOV")


def protest_sense(coded: Coded) -> None:
    """``Ankara protests against the acts of US personnel``: a government that protests lodges an official complaint
    (CAMEO 114); ``activists protested the king's seizure of power``: people take to the streets (141)."""
    lemma = coded.anchor.lemma_.lower()
    if lemma == "demonstrate" and coded.code[:2] == PROTEST_ROOT and not any(_crowd(p) for p in coded.sources):
        coded.sources = []  # "to demonstrate, Miller points to ...": one person shows something, no crowd protests
        return
    if lemma != "protest" or not coded.sources:
        return  # (the noun too: "despite protests from Tokyo")
    anchor = coded.anchor
    own_words = range(anchor.left_edge.idx, anchor.idx) if anchor.pos_ != "VERB" else range(0)
    if coded.code in ("140", "141") and all(
        p.ref.country and p.ref.role in (None, "GOV") and p.kind != "group" and p.start not in own_words
        for p in coded.sources
    ):  # (but "Vietnamese protests" are people's)
        coded.code = "114"
        coded.notes.append(f"{coded.sources[0].words} protesting: a government's official complaint")
    elif coded.code == "114" and all(_crowd(p) and p.ref.role in PROTESTERS for p in coded.sources):
        coded.code = "141"
        coded.notes.append(f"{coded.sources[0].words} protesting: a demonstration")


def _crowd(part: Participant) -> bool:
    """People, not a body: "activists", "thousands of farmers", "students"."""
    return part.kind == "group" or part.generic or part.plural


def armed_version(coded: Coded) -> None:
    """Acts of protest done by those who hold arms are force: a state's forces or government blocking a road, a
    ship or a convoy impose a blockade (CAMEO 191, not the protesters' obstruction 144); militants or soldiers
    throwing grenades attack (190, not a violent protest 145)."""
    if not coded.sources or coded.code not in ("144", "145"):
        return
    if coded.code == "144" and all(p.ref.role in STATE_FORCES | {"GOV"} for p in coded.sources):
        coded.code = "191"
        coded.notes.append("a state's forces blocking the way: a blockade")
    elif coded.code == "145" and all(p.ref.role in ("MIL", "REB") for p in coded.sources):
        coded.code = "190"
        coded.notes.append("armed men: force, not a violent protest")


def unconventional(coded: Coded) -> None:
    """Armed groups killing or attacking civilians use unconventional violence (CAMEO 18), not conventional
    force (19): ``militants killed 1,200 people``; but rockets and shells fired at towns stay artillery and
    aerial weapons (194, 195): ``Hamas fired rockets at Tel Aviv``."""
    if not coded.code.startswith("19") or coded.code in ("194", "195") or not coded.sources or not coded.targets:
        return
    if all(p.ref.role == "REB" for p in coded.sources) and all(p.ref.role == "CVL" for p in coded.targets):
        coded.code = "180"
        coded.notes.append("an armed group against civilians: unconventional violence")


def verbal_attack(coded: Coded) -> None:
    """``Medvedev attacked the government of Georgian President Saakashvili``: a politician who attacks,
    criticises (111); armies, militants and gunmen attack with force."""
    if coded.code[:2] not in VIOLENCE or coded.anchor.lemma_.lower() not in WORD_ATTACKS or not coded.sources:
        return
    if all(p.kind == "person" and not p.generic and p.ref.role in SPEAKING_ROLES for p in coded.sources):
        coded.code = "111"
        coded.notes.append(f"{coded.sources[0].words} attacking in words: criticism")


def charge_of_state(coded: Coded) -> None:
    """``the two sides charged each other with violating the accord``, ``Israel charged Hezbollah with ...``: a state
    that charges another, or two sides each other, accuses (112); prosecutors charge people (173)."""
    if coded.code != "173" or coded.anchor.lemma_.lower() != "charge" or not coded.sources:
        return
    if not all(_state_side(p) or p.ref.role in ("GOV", "REB") and p.kind != "person" for p in coded.sources):
        return
    if coded.reciprocal or coded.targets and all(p.kind in ("state", "organisation") for p in coded.targets):
        coded.code = "112"
        coded.notes.append(f"{coded.sources[0].words} charging another side: an accusation")


#: Verbs of attack that a politician does in words.
WORD_ATTACKS = {"attack", "assail", "blast", "hit"}
#: Sectors of people who attack in words, not arms.
SPEAKING_ROLES = {"GOV", "LEG", "OPP", "JUD", "MED", "NGO", "EDU", "BUS"}


def joint_act(coded: Coded) -> None:
    """``Kuwait and Britain signed a memorandum``: states that together consult, cooperate or sign, with no one
    else named, do it with each other."""
    if coded.targets or coded.reciprocal or not coded.code.startswith(JOINT_CODES):
        return
    if len({p.ref.country for p in coded.sources if p.ref.country}) >= 2:
        coded.reciprocal = True
        coded.notes.append("done together: with each other")


#: Acts that two parties named together do with each other: consult, sign an agreement, cooperate (but "Iran and
#: Russia backed the campaign" is support for a third).
JOINT_CODES = ("04", "057", "06")
