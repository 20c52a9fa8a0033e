"""Predicates joined by «и» share their subject: "МИД Молдавии осудил действия России и потребовал освободить
граждан Грузии" (Georgia demands, not Russia, named last before the second verb); and speakers joined by «и» or
commas all do what their reported clause says ("Германия и Польша объявили, что высылают дипломатов")."""

from __future__ import annotations

from faultlines.model import ActorRef

#: Words that open a clause of its own between the two verbs.
CLAUSE_OPENERS = {"что", "чтобы", "который", "которая", "которое", "которые", "если", "когда", "где"}
#: Words that may stand between «и» and the second verb ("и категорически требует", "и также призвал").
BETWEEN = {"ADVB", "PRCL"}


def shared_subject(tokens, acts: list[tuple[int, ActorRef]], first: int) -> ActorRef | None:
    """The source of the act coded last before the finite verb at ``first`` when «и» (after a comma or not, with
    adverbs after it) joins the verb to that act's clause; None otherwise."""
    if tokens[first].pos != "VERB":
        return None
    k = first - 1
    while k >= 0 and tokens[k].pos in BETWEEN:
        k -= 1
    if k < 0 or tokens[k].lower != "и":
        return None
    earlier = [(at, ref) for at, ref in acts if at < k]
    if not earlier or any(t.lower in CLAUSE_OPENERS for t in tokens[earlier[-1][0] : k]):
        return None
    at = earlier[-1][0]
    verb = tokens[at]
    if verb.pos != "VERB" or not _agree(verb, tokens[first]):
        return None  # "считает, что А и Б должны вести переговоры, и пригласил …": not that act's subject
    # "провел телефонный разговор с Макроном, и пригласил его": of an act done together, the subject coded first
    return next(ref for position, ref in earlier if position == at)


def joined_speakers(ps, speakers: list[ActorRef], c_start: int, verb, joined) -> list[ActorRef]:
    """The speaker of a reported clause whose verb is plural and the states joined to the speaker's mention before
    the clause ("министерства иностранных дел Германии, Польши и Швеции объявили, что высылают …"); [] when there
    is no other."""
    if len(speakers) != 1 or "plur" not in verb.grammemes:
        return []
    ahead = [m for m in ps.mentions if m.last < c_start and not m.place]
    chains = (joined(ahead[i:], ps.sentence.tokens, any_kind=True) for i in range(len(ahead)))
    chain = next((c for c in chains if any(m.actor.id == speakers[0].id for m in c)), None)
    if chain is None:
        return []
    out = list(speakers)
    for m in chain:
        if m.actor.country and m.actor.country not in {s.country for s in out}:
            out.append(m.actor.ref())
    return out if len(out) > 1 else []


def _agree(one, other) -> bool:
    """Whether two finite verbs agree in number and, where both show it, in gender."""
    for grammemes in ({"sing", "plur"}, {"masc", "femn", "neut"}):
        a, b = one.grammemes & grammemes, other.grammemes & grammemes
        if a and b and a != b:
            return False
    return True
