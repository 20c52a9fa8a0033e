"""Codes the events of a whole article body, sentence by sentence, in text order."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from faultlines.events.calibration import calibrated
from faultlines.events.cameo import coded_event, lookup
from faultlines.events.coder import Coded, SentenceCoder, condition
from faultlines.events.dates import date_mentions, parse_published
from faultlines.events.explain import explain
from faultlines.events.genre import official, sports_story
from faultlines.events.lexicon import lexicon
from faultlines.events.participants import ActorFinder, Participant, sector_word
from faultlines.events.roles import PLACE_PREPS, STATE_FORCES, excluded, people_of
from faultlines.model import ActorRef, Event
from faultlines.nlp.parsed import ParsedArticle

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

NO_IMPLICIT_TARGET = {"01", "14", "15"}
#: Marks of a clause that tells when or why the main clause happened.
CIRCUMSTANCE_MARKS = {"after", "when", "since", "because", "as", "before", "once", "until"}
#: Marks of a clause that says what an act answers ("after Hamas stormed", "because Seoul refused").
ANSWER_MARKS = {"after", "because", "since"}
# acts that can be about nameless people: condolences, praise, aid, release, cuts, harm
PEOPLE_ACTS = ("018", "05", "07", "08", "16", "17", "18", "19", "20")
PHRASE_BREAKS = {"in", "of", "from", "at", "on", "near", "who", "that", "which", "across", "inside", ","}
PLACE_TARGET_PREPS = {
    "in", "into", "to", "for", "from", "on", "inside", "across", "toward", "towards", "along", "near", "around", "off",
}
VIOLENCE = ("18", "19", "20")
TARGET_PREPS = {"to", "against", "on", "with", "for", "from", "into", "toward", "towards"}


def sentences(doc: Doc) -> list[Span]:
    """The sentences of a paragraph that carry a dependency parse."""
    if not doc.has_annotation("DEP"):
        return []
    try:
        sents = list(doc.sents)
    except ValueError:
        sents = [doc[:]]
    return [s for s in sents if any(t.dep_ for t in s)]


def code_parsed(parsed: ParsedArticle) -> list[tuple[int, Span, Coded]]:
    """Every coded event of the article with its paragraph and sentence (the coder's internal view)."""
    lex = lexicon()
    finder = ActorFinder(parsed, lex)
    found: list[tuple[int, Span, Coded]] = []
    earlier: list[Coded] = []
    for number, doc in enumerate(parsed.docs):
        if number >= len(parsed.article.paragraphs) or doc is None:
            continue
        finder.start_paragraph(number, doc)
        for sent in sentences(doc):
            finder.observe(sent)
            if _not_prose(sent.text):
                continue  # a caption or a reference left in the body reports no event
            coder = SentenceCoder(sent, finder, lex)
            for coded in coder.code():
                if not _credit_quote(coded, finder):
                    continue
                _settle_targets(coded, coder)
                _people_including(coded, coder)
                _own_authorities(coded, coder)
                _home_challengers(coded, coder)
                _forces_facing_rebels(coded, coder)
                _protesters(coded, coder)
                _implied_source(coded, coder)
                _host_of_envoy(coded, coder)
                _answered_act(coded, coder)
                _implicit_target(coded, coder)
                _purpose_target(coded, coder)
                _reporter_positions(coded, coder)
                _victims_where_filed(coded, coder)
                _power_seized(coded, coder)
                _protest_sense(coded)
                _protest_target(coded, coder)
                _riot(coded)
                _sector_of_act(coded, coder)
                _unconventional(coded)
                _armed_version(coded)
                _exercise_alone(coded)
                _condition_target(coded, coder)
                _anaphoric_target(coded, earlier, coder)
                _place_target(coded, coder)
                found.append((number, sent, coded))
            earlier.extend(c for _, s, c in found[-8:] if s is sent)
    return found


@lru_cache(maxsize=1)
def _not_prose_patterns() -> list[re.Pattern]:
    text = resources.files("faultlines").joinpath("data", "events", "not_prose.txt").read_text(encoding="utf-8")
    return [re.compile(line) for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _not_prose(sentence: str) -> bool:
    """A photo caption or a reference line (``data/events/not_prose.txt``), not a sentence of the story."""
    return any(p.search(sentence) for p in _not_prose_patterns())


def _credit_quote(coded: Coded, finder: ActorFinder) -> bool:
    """An event inside a quotation with no source of its own is the speaker's (the quote stage's speaker).

    An act aimed at the speaker's own side ("threats against our territory") is not the speaker's, and with no
    other source it is left out (False)."""
    if coded.sources or not finder.in_quote(coded.anchor.idx):
        return True
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in coded.anchor.children):
        return True  # "130 people have been killed, the government says": who killed them, the speaker does not say
    if _described(coded.anchor) or _object_of_plain_verb(coded.anchor, finder):
        return True  # "said the drills were a rehearsal for an invasion": acts it speaks of, not its own
    speaker = finder.speaker_at(coded.anchor.idx)
    if speaker is None:
        return True
    if speaker.ref.country and {p.ref.country for p in coded.targets} == {speaker.ref.country}:
        return False
    coded.sources = [speaker]
    coded.notes.append(f"inside a quotation of {speaker.ref.name}")
    coded.confidence -= 0.1
    return True


def _described(anchor) -> bool:
    """An act named as the subject of a clause, or inside what a copula says of it ("the drills were a rehearsal
    for an invasion"): something the speaker describes."""
    if anchor.pos_ != "NOUN":
        return False
    token = anchor
    for _ in range(4):
        if token.dep_ in ("nsubj", "attr") and token.head.lemma_ == "be":
            return True
        if token.dep_ not in ("pobj", "prep", "compound", "amod"):
            return False
        token = token.head
    return False


def _object_of_plain_verb(anchor, finder: ActorFinder) -> bool:
    """``would not tolerate threats against Taiwan``: an act named as the object of a verb that is no light verb,
    intent or speech, which the speaker bears or answers, not does."""
    if anchor.pos_ != "NOUN" or anchor.dep_ != "dobj" or anchor.head.pos_ != "VERB":
        return False
    return finder.lex.effect(anchor.head.lemma_.lower(), "V") is None


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


def _settle_targets(coded: Coded, coder: SentenceCoder) -> None:
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
        coded.targets = [_with_country(p, country, role) for p in coded.targets]
        coded.notes.append(f"{nameless[0].words} taken as people of {country}")
        return
    if alternative is not None:
        coded.targets = [alternative]
        coded.notes.append(f"target {alternative.ref.name} rather than the nameless {nameless[0].words}")
        return
    coded.targets = []
    coded.notes.append(f"no target: {nameless[0].words} names no actor")


def _people_including(coded: Coded, coder: SentenceCoder) -> None:
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
                side[n] = _with_country(part, part.ref.country, found[0].ref.role)
                coded.notes.append(f"{part.words}: {found[0].words} among them")


def _phrase_head(sent: Span, part: Participant):
    inside = [t for t in sent if part.start <= t.idx < part.end]
    return next((t for t in inside if not part.start <= t.head.idx < part.end or t.head.i == t.i), None)


def _implied_source(coded: Coded, coder: SentenceCoder) -> None:
    """``Eleven activists were arrested``, ``the arrest of the former minister``: an act that only one sector
    does (``implied_agents.tsv``: police arrest, courts sentence) has that sector as its source when the sentence
    names none, of the state where it happened, else of the target's state."""
    if coded.sources or not coded.targets or coded.mode != "asserted":
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
        coded.targets[0] = target = _with_country(target, home)
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


def _host_of_envoy(coded: Coded, coder: SentenceCoder) -> None:
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


def _own_authorities(coded: Coded, coder: SentenceCoder) -> None:
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
        theirs[:] = [_with_country(p, country) for p in theirs]
        coded.notes.append(f"{nameless[0].words} taken as {coder.lex.state_name(country)}'s")


def _home_challengers(coded: Coded, coder: SentenceCoder) -> None:
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
        return _with_country(part, country)
    ref = ActorRef(id=part.ref.id, name=part.ref.name, country=country, role=part.ref.role)
    return Participant(ref, part.kind, part.plural, False, part.start, part.end, part.words)


#: The sectors that act for a state.
STATE_SIDE_ROLES = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY"}


def _forces_facing_rebels(coded: Coded, coder: SentenceCoder) -> None:
    """Nameless soldiers, police or officials facing one state's rebels are that state's: "the insurgents attacked
    two military checkpoints, killing one soldier" (not where the sentence names another state)."""
    for _, theirs, country in _one_state_sides(coded, {"REB"}):
        stateless = [p for p in theirs if p.generic and not p.ref.country and p.ref.role in STATE_SIDE_ROLES]
        if not stateless or len(stateless) < len(theirs):
            continue
        if not coder.finder.sentence_countries(coded.anchor) <= {country}:
            continue
        theirs[:] = [_with_country(p, country) for p in theirs]
        coded.notes.append(f"{stateless[0].words} taken as {coder.lex.state_name(country)}'s")


def _protesters(coded: Coded, coder: SentenceCoder) -> None:
    """Nameless civilians or students who protest, block roads or strike are protesters (OPP), of the story's state
    where the sentence names none: "Polish farmers blocked the crossings", "students blocked the bridge"."""
    if coded.code[:2] != PROTEST_ROOT and (coded.act or "")[:2] != PROTEST_ROOT:
        return
    home = coder.finder.home
    if coded.sources and all(
        (p.ref.country or home) and p.ref.role in ("CVL", "EDU") and p.kind != "person"
        for p in coded.sources
    ):
        coded.sources = [_with_country(p, p.ref.country or home, "OPP") for p in coded.sources]
        coded.notes.append(f"{coded.sources[0].words} protesting: the opposition")


#: CAMEO root of protest (demonstrations, blockades, strikes).
PROTEST_ROOT = "14"


def _with_country(part: Participant, country: str, role: str | None = None) -> Participant:
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
    for clause in clauses:
        for prep in (c for c in clause.children if c.dep_ in ("prep", "dative") and c.lower_ in preps):
            candidates.extend(_prep_objects(prep))
    finder = coder.finder
    finder.places = True
    try:
        for token in candidates:
            if token.pos_ not in ("NOUN", "PROPN"):
                continue
            found = _place_named(token, finder)
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


def _implicit_target(coded: Coded, coder: SentenceCoder) -> None:
    """``Kazakhstan was ungrateful to Russia after it sent troops``: an event with a source but no target, in a
    clause that says when or why the main clause happened, takes the other party of the main clause. (Reaching
    further, to any governing clause, was right 3 times in 41 on real news: a reporting clause names the
    reporter, not the target.)"""
    if not _wants_target(coded):
        return
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


def _purpose_target(coded: Coded, coder: SentenceCoder) -> None:
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


def _reporter_positions(coded: Coded, coder: SentenceCoder) -> None:
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
        target = _with_country(reporters[0], reporters[0].ref.country, "MIL")
        _take_target(coded, target, f"target {target.ref.name}: the reporting military's own {hit[0].text}", 0.1)


#: What a military's report calls hit without saying whose: its own.
OWN_POSITIONS = {"position", "post", "outpost", "checkpoint", "trench", "unit"}


def _victims_where_filed(coded: Coded, coder: SentenceCoder) -> None:
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
        ref = ActorRef(id=f"{home}:CVL", name=victims[0].text, country=home, role="CVL")
        target = Participant(ref, "group", True, True, victims[0].idx, victims[0].idx + len(victims[0]), victims[0].text)
        _take_target(coded, target, f"target {victims[0].text} of {coder.lex.state_name(home)}, where it was filed", 0.15)


#: Nameless people an attack hits, besides the civilian nouns of the actor list.
VICTIMS = {"person", "man", "woman", "passer-by", "bystander", "worker", "driver", "family"}


def _power_seized(coded: Coded, coder: SentenceCoder) -> None:
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


#: Joint exercises (CAMEO 062, military cooperation) are so only with a partner; one state's "joint" drills of its
#: army, navy and air force are a show of force (150) toward the place they are held around.
JOINT_EXERCISE = "062"
SHOW_OF_FORCE = "150"


def _exercise_alone(coded: Coded) -> None:
    if coded.code != JOINT_EXERCISE or coded.targets or "noun:" not in coded.rule:
        return
    if len({p.ref.country for p in coded.sources if p.ref.country}) > 1:
        return  # "Russia and Belarus held joint exercises": with each other
    coded.code = coded.act = SHOW_OF_FORCE
    coded.reciprocal = False
    coded.notes.append("exercises of one state's forces: a show of force")


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


def _answered_act(coded: Coded, coder: SentenceCoder) -> None:
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


#: Who protests inside a state with no one named as the target protests against its government.
PROTESTERS = {"OPP", "CVL", "NGO", "EDU", "REL", "BUS"}


def _protest_target(coded: Coded, coder: SentenceCoder) -> None:
    """``Thousands protested in Dhaka``: a protest (CAMEO 14) by people of a state, against no one named, is
    against that state's government; people who protest are protesters (sector OPP)."""
    if coded.code[:2] != "14" or not coded.sources:
        return
    coded.sources = [_with_country(p, p.ref.country, "OPP") if _civilians(p) else p for p in coded.sources]
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


def _riot(coded: Coded) -> None:
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


def _sector_of_act(coded: Coded, coder: SentenceCoder) -> None:
    """``India and China held military talks``: an act named with a sector's adjective is between the states'
    sectors of that kind, not their governments (but "military aid" is given by a government)."""
    if coded.code[:2] not in SECTOR_ACT_ROOTS:
        return
    nouns = [w for w in coded.words if w.pos_ == "NOUN"] or ([coded.anchor] if coded.anchor.pos_ == "NOUN" else [])
    for noun in nouns:
        role = sector_word(noun, coder.lex, ("amod",), roles={"MIL", "COP"})
        if role:
            coded.sources = [_with_country(p, p.ref.country, role) if _state_side(p) else p for p in coded.sources]
            coded.targets = [_with_country(p, p.ref.country, role) if _state_side(p) else p for p in coded.targets]
            return
    weapons = [coder.lex.actor_nouns.get(n.lemma_.lower()) for n in nouns]
    if ("MIL", "means") in weapons and coded.code[:2] in VIOLENCE:
        # "Israel carried out airstrikes": a state that strikes from the air does it with its forces
        coded.sources = [_with_country(p, p.ref.country, "MIL") if _state_side(p) else p for p in coded.sources]


#: Acts whose sector adjective names who does them: talks, shows of force, fighting.
SECTOR_ACT_ROOTS = {"04", "15", "18", "19", "20"}


def _state_side(part: Participant) -> bool:
    return part.kind == "state" and bool(part.ref.country) and part.ref.role in (None, "GOV")


def _protest_sense(coded: Coded) -> None:
    """``Ankara protests against the acts of US personnel``: a government that protests lodges an official complaint
    (CAMEO 114); ``activists protested the king's seizure of power``: people take to the streets (141)."""
    lemma = coded.anchor.lemma_.lower()
    if lemma == "demonstrate" and coded.code[:2] == PROTEST_ROOT and not any(_crowd(p) for p in coded.sources):
        coded.sources = []  # "to demonstrate, Miller points to ...": one person shows something, no crowd protests
        return
    if lemma != "protest" or coded.anchor.pos_ != "VERB" or not coded.sources:
        return
    if coded.code in ("140", "141") and all(
        p.ref.country and p.ref.role in (None, "GOV") and p.kind != "group" for p in coded.sources
    ):
        coded.code = "114"
        coded.notes.append(f"{coded.sources[0].words} protesting: a government's official complaint")
    elif coded.code == "114" and all(_crowd(p) and p.ref.role in PROTESTERS for p in coded.sources):
        coded.code = "141"
        coded.notes.append(f"{coded.sources[0].words} protesting: a demonstration")


def _crowd(part: Participant) -> bool:
    """People, not a body: "activists", "thousands of farmers", "students"."""
    return part.kind == "group" or part.generic or part.plural


def _armed_version(coded: Coded) -> None:
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


def _unconventional(coded: Coded) -> None:
    """Armed groups killing or attacking civilians use unconventional violence (CAMEO 18), not conventional
    force (19): ``militants killed 1,200 people``; but rockets and shells fired at towns stay artillery and
    aerial weapons (194, 195): ``Hamas fired rockets at Tel Aviv``."""
    if not coded.code.startswith("19") or coded.code in ("194", "195") or not coded.sources or not coded.targets:
        return
    if all(p.ref.role == "REB" for p in coded.sources) and all(p.ref.role == "CVL" for p in coded.targets):
        coded.code = "180"
        coded.notes.append("an armed group against civilians: unconventional violence")


ANAPHORIC_DETERMINERS = {"the", "this", "that", "these", "those", "such"}


def _anaphoric_target(coded: Coded, earlier: list[Coded], coder: SentenceCoder) -> None:
    """``rejected the accusation``, ``condemned the strikes``, ``granted the request``: an event whose object is a
    definite reference to an earlier act targets the actor of that act: the latest earlier event of the kind the
    object names (an accusation refers to an accusation) whose source is of another country."""
    if coded.targets or not coded.sources or coded.reciprocal or not earlier:
        return
    predicate = coded.words[-1] if coded.words else coded.anchor
    objects = [c for c in (*predicate.children, *coded.anchor.children) if c.dep_ in ("dobj", "nsubjpass")]
    objects = [
        o
        for o in objects
        if o.pos_ == "NOUN"
        and all(o.i != w.i for w in coded.words)  # "continue the war": the act itself, not a reference
        and any(d.lower_ in ANAPHORIC_DETERMINERS for d in o.children)
    ]
    named = [(o.lemma_.lower(), pos) for o in objects for pos in "NV"]  # "the launch": what launching codes as
    roots = {p.cameo[:2] for lemma, pos in named for p in coder.lex.patterns_for(lemma, pos)}
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


def _condition_target(coded: Coded, coder: SentenceCoder) -> None:
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


def _place_target(coded: Coded, coder: SentenceCoder) -> None:
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
                for pobj in (p for p in prep.children if p.dep_ == "pobj"):
                    found = _place_named(pobj, finder) or _of_place(pobj, finder)
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
        found = _place_named(token, finder)
        if found is not None:
            return found
    return None


def _place_named(token, finder) -> Participant | None:
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


def to_events(parsed: ParsedArticle, coded_events: list[tuple[int, Span, Coded]]) -> list[Event]:
    """Event records: one per source and target pair of each coded event, without repeats in a sentence."""
    events: dict[tuple, Event] = {}
    published = parsed.article.published
    for paragraph, sent, coded in coded_events:
        entry = lookup(coded.code)
        pairs = [(s, t) for s, t in _pairs(coded) if _resolved(s) and _resolved(t) and s.ref.code != t.ref.code]
        # (an act of one sector of a state on itself, "the army suspended talks with a rival paramilitary force"
        # read as army and army, is a misreading of one side)
        for source, target in pairs:
            # one event per coded dyad and act in a sentence ("marched to protest", "the U.S. and its envoy")
            words = _words(coded)
            src, tgt = (source.ref if source else None), (target.ref if target else None)
            key = (paragraph, sent.start_char, src and src.code, tgt and tgt.code, entry.code)
            confidence = coded.confidence
            for part in (source, target):
                if part is None:
                    confidence -= 0.2
                elif part.generic and not part.ref.country:
                    confidence -= 0.1
            event = coded_event(
                entry.code,
                source=src,
                target=tgt,
                date=_date(sent, coded, published),
                paragraph=paragraph,
                sentence=sent.text,
                start=sent.start_char,
                end=sent.end_char,
                rule=coded.rule,
                explanation=explain(entry.code, words, src, tgt, coded.notes),
                confidence=round(calibrated(coded.rule, max(0.05, min(0.95, confidence)), entry.code), 2),
                mode=coded.mode,
            )
            if key not in events or _preferred(event, events[key]):
                events[key] = event
    return list(events.values())


def _preferred(event: Event, other: Event) -> bool:
    """Of two codings of one act, the one stated as done, then the more confident."""
    return (event.mode == "asserted", event.confidence) > (other.mode == "asserted", other.confidence)


def _resolved(part: Participant | None) -> bool:
    """A side the event can stand on: an actor with a state (or an intergovernmental organisation) and a sector.

    On real news, events with a side that is missing or of no known state were almost never right (none of 329 on
    the dev half of the real-news gold), so the coder does not report them."""
    code = part.ref.code if part is not None else None
    return bool(code) and len(code) >= 6 and not code.startswith("---")


def _date(sent: Span, coded: Coded, published: str | None) -> str | None:
    """The date expression attached to the event's predicate (not one of another clause), else the article's."""
    for mention in date_mentions(sent.text, published):
        start, end = sent.start_char + mention.start, sent.start_char + mention.end
        tokens = [t for t in sent if start <= t.idx < end]
        roots = [t for t in tokens if not (start <= t.head.idx < end) or t.head.i == t.i]
        if roots and _attached(roots[0], coded):
            return mention.value
    base = parse_published(published)
    return base.isoformat() if base else published


def _attached(token, coded: Coded) -> bool:
    anchors = {t.i for t in coded.words} | {coded.anchor.i}
    current = token
    while True:
        if current.i in anchors:
            return True
        if current.head.i == current.i:
            return False
        current = current.head
        if current.pos_ in ("VERB", "AUX") and current.i not in anchors:
            return False


def _pairs(coded: Coded) -> list[tuple[Participant | None, Participant | None]]:
    sources: list[Participant | None] = list(coded.sources) or [None]
    targets: list[Participant | None] = list(coded.targets) or [None]
    if coded.reciprocal and not coded.targets and len(coded.sources) > 1:
        # "talks between U.S. and Taliban officials": a joint act of one state's sector with itself is no dyad
        return [(a, b) for a in coded.sources for b in coded.sources if a.key != b.key and a.ref.code != b.ref.code]
    pairs = [(s, t) for s in sources for t in targets if not (s and t and s.key == t.key)]
    if coded.reciprocal and coded.targets and coded.sources:
        pairs = [(s, t) for s, t in pairs if not (s and t and s.ref.code == t.ref.code)]
        pairs += [(t, s) for s, t in pairs if s and t]
    return pairs


def _words(coded: Coded) -> str:
    tokens = sorted({t.i: t for t in coded.words}.values(), key=lambda t: t.i)
    parts = [tokens[0].text]
    for prev, token in zip(tokens, tokens[1:], strict=False):
        parts.append(("" if token.i == prev.i + 1 else "… ") + token.text)
    return " ".join(p for p in parts).replace(" … ", " … ")


def code_article(parsed: ParsedArticle) -> list[Event]:
    events = to_events(parsed, code_parsed(parsed))
    if sports_story(parsed.article.paragraphs):
        # players, teams and their fans "fight", "meet" and "defend titles": only officials' acts are events
        events = [e for e in events if official(e.source and e.source.code) and official(e.target and e.target.code)]
    return events
