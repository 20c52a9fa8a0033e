"""Codes of domestic politics that depend on who acts: a state's forces do not take to the streets."""

from __future__ import annotations

from faultlines.events.coded import Coded

#: Demonstrations and rallies (CAMEO 140, 141): what crowds do, never a state's armed or police forces.
STREET_PROTEST = {"140", "141"}
#: Sectors that police or fight for a state.
FORCES = {"COP", "MIL", "SPY"}


def forces_do_not_demonstrate(coded: Coded) -> None:
    """``clashes between police and protesters demonstrating against the prime minister``, ``detained by police for
    protesting``: the parser hangs the demonstration on the forces named beside the protesters; forces do not
    demonstrate, so they are no source of it (and with no other source, the act is not reported)."""
    if coded.code not in STREET_PROTEST:
        return
    kept = [p for p in coded.sources if p.ref.role not in FORCES]
    if len(kept) < len(coded.sources):
        coded.notes.append("a state's forces do not demonstrate: not its source")
        coded.sources = kept


#: Roots of force and of threats of force, which "target" codes when its subject holds arms.
FORCE_ROOTS = {"13", "18", "19", "20"}
#: Sectors that hold no arms: what they "target" they investigate, prosecute or campaign against.
UNARMED = {"LEG", "JUD", "OPP", "MED", "NGO", "EDU", "BUS"}


def unarmed_targeting(coded: Coded) -> None:
    """``the committee's chairman vowed to target the administration's contracts``, ``the Justice Department
    targeted the protests``: legislators, courts, prosecutors, parties and the press who "target" someone aim
    inquiries or charges at them, not force; no force is coded (and with no one else, no event)."""
    if coded.code[:2] not in FORCE_ROOTS or not coded.sources:
        return
    if not any(w.lemma_.lower() == "target" for w in (coded.anchor, *coded.words)):
        return
    if all(p.ref.role in UNARMED for p in coded.sources):
        coded.notes.append("targeted by those who hold no arms: not force")
        coded.sources = []


#: Repression (CAMEO 175): what a state's forces do to crowds.
REPRESSION = "175"
#: Sectors of crowds, who are repressed, not repressing.
CROWDS = {"OPP", "CVL"}


def crowds_do_not_repress(coded: Coded) -> None:
    """``groups among the demonstrators attacked police officers, prompting the use of tear gas to disperse them``:
    crowds do not disperse or repress anyone; a repression hung on them is the forces' against them (when the forces
    are its other side), else no one's."""
    if coded.code != REPRESSION or not coded.sources or not all(p.ref.role in CROWDS for p in coded.sources):
        return
    forces = [p for p in coded.targets if p.ref.role in FORCES]
    coded.notes.append("crowds do not repress: the forces' act")
    coded.sources, coded.targets = forces, (list(coded.sources) if forces else coded.targets)


#: Roots of words and stances (statements, appeals, demands, disapproval, rejection), aimed at actors (a threat to
#: strike a place threatens its people).
VERBAL_ROOTS = {"01", "02", "03", "04", "05", "06", "10", "11", "12"}


def places_are_not_addressees(coded: Coded) -> None:
    """``Trump criticised GOP spending in Alaska``, ``Colbert defended Colorado's move``: a place named in what a
    statement is about stands for its people only as the target of force ("shelled south Lebanon"); words are aimed
    at actors, so a place's people are no target of them (and with no other target, no event)."""
    if coded.code[:2] not in VERBAL_ROOTS or not coded.targets:
        return
    kept = [p for p in coded.targets if not _place_people(p)]
    if len(kept) < len(coded.targets):
        coded.notes.append("a place is no addressee of words")
        coded.targets = kept


def _place_people(part) -> bool:
    """The people of a place, named by the place alone ("Alaska", "Colorado's")."""
    words = [w for w in part.words.replace("'s", "").replace("\u2019s", "").split() if w.lower() != "the"]
    return part.ref.role == "CVL" and bool(words) and all(w[:1].isupper() for w in words) and part.kind != "person"


#: Nouns of what is told, whose "of" names an act that the telling does not establish ("reports of arrests").
TOLD_NOUNS = {"report", "allegation", "claim", "accusation", "rumour", "rumor", "account"}


def told_of(coded: Coded) -> None:
    """``the UN expressed alarm after receiving reports of arbitrary arrests``, ``allegations of torture by the
    police``: an act named only as what reports or allegations tell of is claimed, not established."""
    if coded.mode != "asserted" or coded.anchor.pos_ != "NOUN":
        return
    prep = coded.anchor.head
    if prep.lower_ == "of" and prep.dep_ == "prep" and prep.head.lemma_.lower() in TOLD_NOUNS:
        coded.mode = "claimed"
        coded.notes.append(f'told of in "{prep.head.text} of"')


#: Nouns of what may come, whose "of" names an act that is only possible ("the prospect of judges denying voters").
POSSIBLE_NOUNS = {"prospect", "possibility", "likelihood", "risk", "danger", "spectre", "specter"}


def only_possible(coded: Coded) -> None:
    """``the prospect of unelected judges denying voters the choice``, ``the risk of police cracking down``: an act
    named only as a prospect, risk or fear of it is hypothetical."""
    if coded.mode != "asserted":
        return
    for node in (coded.anchor, *list(coded.anchor.ancestors)[:3]):
        if node.lower_ == "of" and node.dep_ == "prep" and node.head.lemma_.lower() in POSSIBLE_NOUNS:
            coded.mode = "hypothetical"
            coded.notes.append(f'only possible ("{node.head.text} of")')
            return
