"""Who an event's sides are: nameless participants settled to a state and a sector from the sentence and the
article ("activists were arrested": by that state's police; "police" in a story from Nairobi: Kenya's)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines.events.coded import Coded
from faultlines.events.coder import SentenceCoder
from faultlines.events.participants import Participant
from faultlines.events.roles import PLACE_PREPS, excluded
from faultlines.model import ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Span


#: Acts that can be about nameless people: condolences, praise, aid, release, cuts, harm.
PEOPLE_ACTS = ("018", "05", "07", "08", "16", "17", "18", "19", "20")
#: Words that end the phrase of nameless people ("people in Idlib", "residents who fled").
PHRASE_BREAKS = {"in", "of", "from", "at", "on", "near", "who", "that", "which", "across", "inside", ","}
TARGET_PREPS = {"to", "against", "on", "with", "for", "from", "into", "toward", "towards"}
#: CAMEO roots of violence: unconventional, conventional and mass violence.
VIOLENCE = ("18", "19", "20")


def _nameless(part: Participant) -> bool:
    """People named only by a common noun, with no country ("people", "residents", "the firms"): troops, police,
    rebels or officials are actors even when the sentence gives no country, so they are not nameless here."""
    if part.ref.country or not part.ref.id.startswith("generic:") or part.ref.role not in (None, "CVL"):
        return False
    words = []
    for word in part.words.split()[1:]:
        if word.lower() in PHRASE_BREAKS:
            break
        words.append(word)
    named = any(word[:1].isupper() for word in words)  # "the Tigray People's ...", not "civilians in Gaza"
    return (part.plural or part.kind == "group") and not named


def settle_targets(coded: Coded, coder: SentenceCoder) -> None:
    """Nameless people are not the target of an event unless it is about them.

    Beside an actor with a country they are dropped. Alone, they give way to a state or place named with them
    or governed by the predicate ("refugees from Afghanistan", "aid to the people in Gaza"); when the event is
    about people (aid, release, harm: ``PEOPLE_ACTS``) they stay and carry the country of that place or of the
    article, else they are dropped ("Taiwan urged people to ..." has no target)."""
    if any(p.ref.country for p in coded.sources):
        coded.sources = [p for p in coded.sources if not _nameless(p)]
    if any(p.ref.country for p in coded.targets):  # "sanctions on Japan and several companies": Japan
        coded.targets = [p for p in coded.targets if p.ref.country or not p.ref.id.startswith("generic:")]
    if coded.reciprocal and len(coded.sources) >= 2:  # "the two sides agreed on a prisoner exchange": each other
        coded.targets = [p for p in coded.targets if not (p.generic and p.ref.role == "CVL")]
    nameless = [p for p in coded.targets if _nameless(p)]
    if not nameless or len(nameless) < len(coded.targets):
        return
    about_people = coded.code.startswith(PEOPLE_ACTS) or coded.act.startswith(PEOPLE_ACTS)
    alternative = _near_state(coded, coder, nameless, where=about_people)
    if about_people:
        country = alternative.ref.country if alternative else coder.finder.home
        if not country or coded.sources and not all(_may_act_on_own_people(p, country) for p in coded.sources):
            return
        role = "OPP" if _at_protest(nameless[0], coded.anchor) else None
        coded.targets = [with_country(p, country, role) for p in coded.targets]
        coded.notes.append(f"{nameless[0].words} taken as people of {country}")
        return
    if alternative is not None:
        coded.targets = [alternative]
        coded.notes.append(f"target {alternative.ref.name} rather than the nameless {nameless[0].words}")
        return
    coded.targets = []
    coded.notes.append(f"no target: {nameless[0].words} names no actor")


def people_including(coded: Coded, coder: SentenceCoder) -> None:
    """``arrested 193 people including three opposition leaders``: nameless people counted with those of one sector
    among them are that sector's."""
    for side in (coded.sources, coded.targets):
        for n, part in enumerate(side):
            if part.ref.role != "CVL" or not part.generic:
                continue
            head = _phrase_head(coded.anchor.sent, part)
            named = [
                p
                for prep in (head.children if head is not None else ())
                if prep.dep_ == "prep" and prep.lower_ in ("including", "among")
                for p in prep.children
                if p.dep_ == "pobj"
            ]
            found = [f for f in coder._resolve_many(named, [], deep=False) if f.ref.role not in (None, "CVL", "GOV")]
            if found and found[0].ref.country in (None, part.ref.country) and part.ref.country:
                side[n] = with_country(part, part.ref.country, found[0].ref.role)
                coded.notes.append(f"{part.words}: {found[0].words} among them")


def _phrase_head(sent: Span, part: Participant):
    inside = [t for t in sent if part.start <= t.idx < part.end]
    return next((t for t in inside if not part.start <= t.head.idx < part.end or t.head.i == t.i), None)


def implied_source(coded: Coded, coder: SentenceCoder) -> None:
    """``Eleven activists were arrested``, ``the arrest of the former minister``: an act that only one sector
    does (``implied_agents.tsv``: police arrest, courts sentence) has that sector as its source when the sentence
    names none, of the state where it happened, else of the target's state."""
    if coded.sources or not coded.targets or coded.mode not in ("asserted", "claimed"):
        return
    kind, _, lemma = coded.rule.rsplit(">", 1)[-1].partition(":")
    implied = (coder.lex.implied_agents or {}).get((lemma.split("+")[0], {"verb": "V", "noun": "N"}.get(kind, "")))
    target = coded.targets[0]
    if implied is None or target.ref.role in ("GOV", "IGO") and target.kind == "state":
        return
    place = _place_of(coded.anchor, coder)
    if not target.ref.country:
        home = place or coder.finder.home
        if not (target.generic and target.ref.role and home):
            return
        # "another 11 activists were arrested": nameless people held where the article is set
        coded.targets[0] = target = with_country(target, home)
    country = place or _authorities_named(coder, target.ref.country) or target.ref.country
    sector, agent = implied
    ref = ActorRef(
        id=f"{country}:{sector}", name=f"{coder.lex.state_name(country)} {agent}", country=country, role=sector
    )
    coded.sources = [Participant(ref, "group", True, True, 0, 0, agent)]
    coded.notes.append(f"no one named as doing it: {agent} of {coder.lex.state_name(country)}")
    coded.confidence -= 0.1


#: Envoys whose posting ("ambassador to Iran") names the state that summons or expels them when no one else is named.
ENVOYS = {"ambassador", "envoy", "diplomat", "commissioner", "chargé", "charge", "consul", "attaché", "attache"}
HOST_ACTS = {"114", "166"}


def host_of_envoy(coded: Coded, coder: SentenceCoder) -> None:
    """``Britain's ambassador to Iran was summoned``: an envoy summoned or expelled by no one named (or by a body
    whose state was only guessed from context) was summoned or expelled by the state the envoy is posted to;
    ``Algeria recalls ambassador to France``: an envoy recalled is recalled from that state."""
    guessed = all(p.inferred for p in coded.sources)  # "the Foreign Ministry" taken from context
    summoned = guessed and coded.code in HOST_ACTS
    recalled = coded.code == "161" and coded.sources and not any(p.ref.country for p in coded.targets)
    if not (summoned or recalled):
        return
    envoys = [c for c in coded.anchor.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in ENVOYS]
    for envoy in envoys:
        for prep in (c for c in envoy.children if c.dep_ == "prep" and c.lower_ in ("to", "in")):
            for pobj in (p for p in prep.children if p.dep_ == "pobj"):
                host = coder.finder.phrase_actor(pobj, pronouns=False)
                if host is None or host.kind != "state":
                    continue
                if recalled:
                    if not excluded(host, coded.sources):
                        coded.targets = [host]
                        coded.notes.append(f"target {host.ref.name}, where the envoy was posted")
                    return
                own = coder.finder._modifier_actor(envoy)  # "the Japanese ambassador in Seoul": Japan's
                if excluded(host, coded.targets) and (own is None or own.ref.country == host.ref.country):
                    continue
                coded.sources = [host]
                if own is not None and own.ref.country and (not coded.targets or excluded(host, coded.targets)):
                    coded.targets = [own]
                coded.notes.append(f"source {host.ref.name}, where the envoy is posted")
                coded.confidence -= 0.1
                return


def _authorities_named(coder: SentenceCoder, other_than: str | None) -> str | None:
    """``the detention of a United States citizen who Russian authorities said was a spy``: the one state whose
    officials the sentence names, besides the state of the people held."""
    finder = coder.finder
    countries = {
        part.ref.country
        for position, part in finder.history
        if position >= finder.sentence_start and part.ref.role in OFFICIAL_SECTORS and part.ref.country
    } - {other_than}
    return countries.pop() if len(countries) == 1 else None


#: The sectors that hold people: officials who would say whom they arrested.
OFFICIAL_SECTORS = {"GOV", "COP", "JUD", "SPY", "MIL"}


def _place_of(anchor, coder: SentenceCoder) -> str | None:
    """The state of the place where the act happened ("arrested in Moscow")."""
    finder = coder.finder
    finder.places = True
    try:
        for prep in (c for c in anchor.children if c.dep_ == "prep" and c.lower_ in PLACE_PREPS | {"at"}):
            for pobj in (p for p in prep.children if p.dep_ == "pobj" and p.pos_ == "PROPN"):
                found = finder.phrase_actor(pobj, pronouns=False)
                if found is not None and found.ref.country and found.kind == "state":
                    return found.ref.country
    finally:
        finder.places = False
    return None


#: Sectors whose acts on the people of their own state are events ("police detained 713 people").
REPRESSION_SECTORS = {"COP", "JUD", "SPY"}
PROTEST_NOUNS = {"protest", "rally", "demonstration", "march", "unrest", "sit-in"}


def _may_act_on_own_people(source: Participant, country: str) -> bool:
    return source.ref.country != country or source.ref.role in REPRESSION_SECTORS


def _at_protest(part: Participant, anchor) -> bool:
    """``detained 713 people at mass protests``: people taken at a protest are protesters."""
    heads = [t for t in anchor.sent if part.start <= t.idx < part.end and t.head.i == anchor.i] or [anchor]
    for head in (*heads, anchor):
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("at", "during", "after")):
            if any(p.lemma_.lower() in PROTEST_NOUNS for p in prep.children if p.dep_ == "pobj"):
                return True
    return False


#: Nameless bodies of a state ("authorities", "governors", "the courts") and the sectors of its own people and
#: institutions that deal with them ("Mr Wine called on authorities to free his supporters").
AUTHORITY_ROLES = {"GOV", "COP", "JUD", "LEG"}
OWN_STATE_ROLES = {"OPP", "CVL", "NGO", "LEG", "JUD", "MED", "EDU", "BUS", "GOV", "COP"}


def _one_state_sides(coded: Coded, roles: set[str]):
    """Each side of ``coded`` whose actors are all of one state and of the given sectors, with the other side and
    that state."""
    for ours, theirs in ((coded.sources, coded.targets), (coded.targets, coded.sources)):
        countries = {p.ref.country for p in ours}
        if ours and len(countries) == 1 and None not in countries and all(p.ref.role in roles for p in ours):
            yield ours, theirs, next(iter(countries))


def own_authorities(coded: Coded, coder: SentenceCoder) -> None:
    """Nameless authorities on the other side of one state's own people or institutions are that state's:
    "Mr Wine called on authorities to free ...", "Authorities accuse Mr Wine ...", "Biden called on governors ..."
    (not where the sentence names another state)."""
    for ours, theirs, country in _one_state_sides(coded, OWN_STATE_ROLES):
        roles = {p.ref.role for p in ours}
        nameless = [
            p
            for p in theirs
            if p.generic and not p.ref.country and p.ref.role in AUTHORITY_ROLES and p.ref.role not in roles
        ]  # a government acting on nameless "governments" or "leaders" deals with other states' as often
        if not nameless or len(nameless) < len(theirs):
            continue
        if coder.finder._sentence_country(coded.anchor) not in (None, country):
            continue
        theirs[:] = [with_country(p, country) for p in theirs]
        coded.notes.append(f"{nameless[0].words} taken as {coder.lex.state_name(country)}'s")


def home_challengers(coded: Coded, coder: SentenceCoder) -> None:
    """An opposition leader or a rebel group the text gives no state, facing one state's government, forces or
    courts, is of that state: "opposition leader Kemal Kilicdaroglu accused Erdogan", "police arrested the
    rebel commander" (not where the sentence names another state)."""
    for _, theirs, country in _one_state_sides(coded, STATE_SIDE_ROLES):
        stateless = [p for p in theirs if not p.ref.country and p.ref.role in ("OPP", "REB")]
        if not stateless or len(stateless) < len(theirs):
            continue
        if not coder.finder.sentence_countries(coded.anchor) <= {country}:
            continue  # "Turkish jets struck Kurdish militants in northern Iraq": whose, the sentence leaves open
        theirs[:] = [_placed(p, country) for p in theirs]
        coded.notes.append(f"{stateless[0].words} taken as {coder.lex.state_name(country)}'s")


def _placed(part: Participant, country: str) -> Participant:
    """``part`` given a state, keeping who it is (a named person stays that person)."""
    if part.generic:
        return with_country(part, country)
    ref = ActorRef(id=part.ref.id, name=part.ref.name, country=country, role=part.ref.role)
    return Participant(ref, part.kind, part.plural, False, part.start, part.end, part.words)


#: The sectors that act for a state.
STATE_SIDE_ROLES = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY"}


def forces_facing_rebels(coded: Coded, coder: SentenceCoder) -> None:
    """Nameless soldiers, police or officials facing one state's rebels are that state's: "the insurgents attacked
    two military checkpoints, killing one soldier" (not where the sentence names another state)."""
    for _, theirs, country in _one_state_sides(coded, {"REB"}):
        stateless = [p for p in theirs if p.generic and not p.ref.country and p.ref.role in STATE_SIDE_ROLES]
        if not stateless or len(stateless) < len(theirs):
            continue
        if not coder.finder.sentence_countries(coded.anchor) <= {country}:
            continue
        theirs[:] = [with_country(p, country) for p in theirs]
        coded.notes.append(f"{stateless[0].words} taken as {coder.lex.state_name(country)}'s")


def protesters(coded: Coded, coder: SentenceCoder) -> None:
    """Nameless civilians or students who protest, block roads or strike are protesters (OPP), of the story's state
    where the sentence names none: "Polish farmers blocked the crossings", "students blocked the bridge"."""
    if coded.code[:2] != PROTEST_ROOT and (coded.act or "")[:2] != PROTEST_ROOT:
        return
    home = coder.finder.home
    if coded.sources and all(
        (p.ref.country or home) and p.ref.role in ("CVL", "EDU") and p.kind != "person"
        for p in coded.sources
    ):
        coded.sources = [with_country(p, p.ref.country or home, "OPP") for p in coded.sources]
        coded.notes.append(f"{coded.sources[0].words} protesting: the opposition")


#: CAMEO root of protest (demonstrations, blockades, strikes).
PROTEST_ROOT = "14"


def with_country(part: Participant, country: str, role: str | None = None) -> Participant:
    role = role or part.ref.role or "CVL"
    ref = ActorRef(id=f"{country}:{role}", name=part.ref.name, country=country, role=role)
    return Participant(ref, part.kind, part.plural, True, part.start, part.end, part.words)


def _near_state(
    coded: Coded, coder: SentenceCoder, nameless: list[Participant], where: bool
) -> Participant | None:
    """A state or place named inside the nameless phrase ("people in Idlib", "refugees from Afghanistan") or as
    another prepositional object of the predicate ("deported migrants to Mexico"; with ``where``, also the place
    where it happened: "shelled residents in Kharkiv")."""
    preps = TARGET_PREPS | PLACE_PREPS if where else TARGET_PREPS
    anchor = coded.anchor
    heads = [t for t in anchor.sent if any(p.start <= t.idx < p.end for p in nameless) and t.head.i != t.i]
    phrase_heads = [t for t in heads if not any(t.head.i == h.i for h in heads)] or heads
    candidates = [c for h in phrase_heads for c in h.subtree if c.i != h.i]
    clauses = [anchor]
    if where and anchor.dep_ in ("advcl", "conj") and anchor.tag_ == "VBG":
        clauses.append(anchor.head)  # "struck hideouts inside Afghanistan, killing eight people": there
    acts = [c for c in anchor.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"] if where else []
    for clause in clauses + acts:
        for prep in (c for c in clause.children if c.dep_ in ("prep", "dative") and c.lower_ in preps):
            objects = _prep_objects(prep)
            candidates.extend(objects)
            if clause in acts:  # "the attack on the port of Odesa killed four people": the attack's place
                candidates.extend(t for o in objects for t in o.subtree if t.i != o.i)
    finder = coder.finder
    finder.places = True
    try:
        for token in candidates:
            if token.pos_ not in ("NOUN", "PROPN"):
                continue
            found = place_named(token, finder)
            if found is None and token.pos_ == "NOUN":  # "near Yemen's Hodeidah port": the port's state
                owner = next((c for c in token.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
                found = finder.phrase_actor(owner, pronouns=False) if owner is not None else None
            if found is not None and found.ref.country and not excluded(found, coded.sources):
                return found
    finally:
        finder.places = False
    return None


def _prep_objects(prep) -> list:
    """The objects of a preposition, also through a participle the parse puts between ("inside neighboring
    Afghanistan")."""
    found = [p for p in prep.children if p.dep_ == "pobj"]
    for pcomp in (c for c in prep.children if c.dep_ == "pcomp"):
        found.extend(p for p in pcomp.children if p.dep_ in ("dobj", "pobj"))
    return found


def power_seized(coded: Coded, coder: SentenceCoder) -> None:
    """``The military seized power``: power taken from no one named is taken from the government of the state
    whose forces or people take it."""
    if coded.targets or not coded.sources or "obj:power" not in coded.rule:
        return
    countries = {p.ref.country for p in coded.sources}
    if len(countries) != 1 or None in countries or any(p.ref.role == "GOV" for p in coded.sources):
        return
    country = countries.pop()
    ref = ActorRef(id=country, name=coder.lex.state_name(country), country=country, role="GOV")
    coded.targets = [Participant(ref, "state", False, True, 0, 0, ref.name, inferred=True)]
    coded.notes.append(f"power taken from the government of {ref.name}")
    coded.confidence -= 0.1


def place_named(token, finder) -> Participant | None:
    """The actor a phrase names, or the place its name-modifiers name: "Idlib province", "the Khost and Paktika
    provinces"."""
    found = finder.phrase_actor(token, pronouns=False)
    if found is not None or token.pos_ != "NOUN":
        return found
    for name in (c for c in token.children if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"):
        found = finder.phrase_actor(name, pronouns=False)
        if found is not None and found.ref.country:
            return found
    return None
