"""Who is source and who is target: subjects, agents, objects and prepositional objects of a predicate,
resolved to participants (through conjunctions, possessives, nationality adjectives and nested phrases)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from faultlines.events.lexicon import Lexicon, Pattern
from faultlines.events.participants import BODY_NOUNS, HYPHENS, ActorFinder, Participant, phrase_bounds
from faultlines.model import ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Token

#: The executive's own arms: a government and its army, police or spies are one side of an event.
STATE_FORCES = {"MIL", "COP", "SPY"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
VERB_TARGET_PREPS = (
    "against",
    "on",
    "upon",
    "to",
    "with",
    "between",
    "at",
    "into",
    "toward",
    "towards",
    "for",
    "near",
    "around",
    "inside",
    "in",
)
NOUN_TARGET_PREPS = (
    "against",
    "on",
    "upon",
    "of",
    "to",
    "with",
    "between",
    "toward",
    "towards",
    "at",
    "into",
    "over",
    "near",
    "in",
)
# whose is the thing an object pattern names ("demands by protesters", "the blockade of Yemen")
THING_OWNER_PREPS = ("from", "by", "of")
#: Acts whose noun takes its topic after "on" or "over" ("talks on Ukraine", "an agreement over the border").
TOPIC_ROOTS = {"01", "02", "03", "04", "05", "06"}
#: A topic's own aim is not the act's: "protested over attacks on Turkish ships" is not aimed at Turkey.
TOPIC_PREPS = ("over", "about")
AIM_PREPS = {"to", "on", "upon", "against", "toward", "towards", "at", "into", "with", "about", "regarding", "concerning"}
REASON_PREPS = ("for", "over", "after")  # a noun after these is what an act answers, not the act
CIRCUMSTANCE_PREPS = ("amid", "following", "despite", "since")  # a noun after these is the setting of an act
PARTICIPLE_TARGET_PREPS = ("on", "upon", "against")  # "sanctions imposed on", not "battles started with"
FRAME_HEADS = {
    "effort",
    "operation",
    "mission",
    "campaign",
    "process",
    "initiative",
    "programme",
    "program",
    "force",
    "package",
    "increase",
    "hike",
}
#: Verbs that refuse what their object says ("vetoed a resolution condemning Russia" condemns no one).
REFUSING_VERBS = {"veto", "reject", "oppose", "block", "abstain", "withdraw", "scrap", "kill", "sink", "overturn", "annul", "quash",
                  "revoke", "repeal", "overrule"}
#: Verbs that judge a text rather than author it: what the text says is not their subject's act.
JUDGING_VERBS = {"criticize", "criticise", "condemn", "denounce", "slam", "reject", "dismiss", "deplore", "welcome",
                 "praise", "hail", "question", "challenge", "decry", "blast"}
#: Determiners of a definite reference to something told before ("the accusation", "such attacks").
ANAPHORIC_DETERMINERS = {"the", "this", "that", "these", "those", "such"}
#: Nouns that hold a batch of acts: "a package of sanctions", "a round of talks".
BATCH_NOUNS = {
    "package", "round", "raft", "series", "wave", "set", "batch", "slew", "string", "spate", "barrage", "salvo", "volley",
    "swarm", "dozen", "score", "hundred", "thousand", "number", "handful", "couple", "flurry", "torrent", "stream",
}
#: Prepositions that aim an act at its target ("a crackdown against protesters", "an attack on a convoy").
AIMING_PREPS = ("against", "on", "upon", "at")
#: Nouns of a decision whose "of" names the act decided on ("took the unusual step of expelling").
STEP_NOUNS = {"step", "decision", "measure", "move"}
#: Tags of a finite verb, which has a subject of its own.
FINITE = {"VBD", "VBZ", "VBP"}
#: Expulsions of diplomats and of people: done by the state they are sent out of.
EXPULSIONS = {"166", "174"}
#: Nouns of a meeting's venue, whose "of" names no party: "on the sidelines of the G20 summit".
VENUE_NOUNS = {
    "sideline", "sidelines", "margin", "margins", "visit", "trip", "tour", "way", "meeting", "summit", "conference", "forum",
    "session",
}  # ("on his first visit", "at the G20 meeting")
#: Nouns of harm done to people whose author a criticism of it is aimed at ("condemned the violence against ...").
HARM_NOUNS = {"violence", "intimidation", "harassment", "brutality", "abuse", "abuses", "torture", "persecution"}
#: Verbs whose participle names the target of the act it follows ("sanctions targeting Russian banks").
TARGETING_VERBS = {"target"}
GIVING_ROOTS = {"06", "07", "08"}  # acts that hand something over: the recipient is the target
VIOLENT_ROOTS = {"15", "17", "18", "19", "20"}  # only these take a place ("fighting in Syria") as the target
POSTURE_ROOT = "15"  # military posture (deployments, alerts): toward a state, not its people
ARMED_ROOTS = {"18", "19", "20"}  # acts of armed force: a state named by their adjective is its military
QUANTITIES = {
    "thousand",
    "hundred",
    "dozen",
    "score",
    "handful",
    "million",
    "group",
    "some",
    "many",
    "number",
    "crowd",
    "team",
    "band",
}
DEEP_DEPS = (
    "acomp",
    "agent",
    "poss",
    "compound",
    "amod",
    "nmod",
    "prep",
    "pobj",
    "acl",
    "appos",
    "dobj",
    "nsubj",
    "nsubjpass",
    "ccomp",
    "attr",
)
#: Prepositions of the place an act happens in ("attacks in Mali").
PLACE_PREPS = {"in", "inside", "near", "across", "around"}
PLACE_TIME_PREPS = {
    "in",
    "at",
    "near",
    "during",
    "after",
    "before",
    "since",
    "until",
    "within",
    "across",
    "outside",
    "inside",
    "through",
}


#: CAMEO roots of acts done in words (statements, appeals, intents, demands, criticism, rejection, threats).
SPOKEN_ROOTS = {"01", "02", "03", "05", "10", "11", "12", "13"}


class RoleFinder:
    """Finds the participants of predicates; mixed into :class:`faultlines.events.coder.SentenceCoder`."""

    finder: ActorFinder
    lex: Lexicon
    patterns: dict[int, Pattern]
    effects: dict[int, str]
    #: While resolving a topic ("a protest over references to Taiwan"), whom the topic is aimed at is no target.
    in_topic: bool = False

    def _verb_participants(
        self, token: Token, pattern: Pattern
    ) -> tuple[list[Participant], list[Participant]]:
        passive = self._passive(token)
        if pattern.pos == "A":
            holder = token.head if token.dep_ in ("acomp", "attr") else token
            return self.sources_of(holder), self._verb_targets(token, pattern)
        if passive:
            sources = self._agents(token)
            if not sources and token.dep_ == "conj":
                sources = self._agents(token.head)
            if not sources:  # "was arrested and taken away by troops": the agent of both
                sources = next(
                    (by for c in token.children if c.dep_ == "conj" and c.tag_ == "VBN" and (by := self._agents(c))), []
                )
            if not sources and pattern.cameo in EXPULSIONS:
                sources = self._from_state(token)  # "were expelled from the United States"
            patients = [c for c in token.children if c.dep_ == "nsubjpass"]
            described = not patients and token.dep_ == "acl"
            if described:  # "Castillo impeached by Congress, detained by police": the noun the participle tells of
                patients = [token.head]
            if not patients and token.dep_ == "conj":
                patients = [c for c in token.head.children if c.dep_ == "nsubjpass"]
            act_targets: list[Participant] = []
            if not sources and pattern.cameo[:2] in VIOLENT_ROOTS:
                sources, act_targets = self._act_agents(token)  # "killed in an Israeli airstrike"
            violent = pattern.cameo[:2] in VIOLENT_ROOTS
            self.finder.places = violent  # "Rafah was targeted": a place hit stands for its people
            try:  # (not deep into the noun's own phrase, which holds the participle and its agent)
                targets = self._resolve_many(patients, sources, deep=not described)
            finally:
                self.finder.places = False
            if violent:  # "Rafah was shelled": its people; "Ukraine was attacked": the state
                targets = [people_of(t) if self.finder.names_place(t) else t for t in targets]
            if act_targets and all(t.generic for t in targets):
                targets = act_targets  # "three people were killed in an airstrike on Rafah": Rafah's people
            if pattern.cameo[:2] in GIVING_ROOTS and not self._resolve_many(patients, sources, deep=False):
                # "a gift from X to Y was returned to the museum": the recipient, not a name inside the thing
                targets = self._prep_objects(token, ("to",), sources) or targets
            if pattern.kind == "obj":
                actors = [p for p in targets if p.ref.country or not p.generic]
                targets = actors or self._verb_targets(token, pattern, skip_object=True, exclude=sources)
            if pattern.kind == "prep" and pattern.frame == "so":
                # "the attack was blamed on Ukraine": the preposition's object, not the thing blamed
                targets = self._prep_objects(token, tuple(pattern.words), sources) or targets
            return sources, targets
        if pattern.frame == "recv":
            sources = self._prep_objects(token, ("from",), [])
            if not sources:  # "drew criticism from", "came under criticism from": the thing's "from"
                things = [o for c in token.children if c.dep_ in ("dobj", "prep") for o in (c, *c.children)]
                sources = next((found for o in things if (found := self._prep_objects(o, ("from",), []))), [])
            return sources, self.sources_of(token)
        sources = self.sources_of(token)
        return sources, self._verb_targets(token, pattern, exclude=sources)


    def _act_agents(self, token: Token) -> tuple[list[Participant], list[Participant]]:
        """Who did a passive act of violence, and to whom, from the act named "in" or "during" it: "were killed
        in an Israeli airstrike on Rafah", "was wounded in a Hezbollah attack" (one event, not two)."""
        for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in ("in", "during")):
            for act in (c for c in prep.children if c.dep_ == "pobj" and c.i in self.patterns):
                if self.patterns[act.i].cameo[:2] not in VIOLENT_ROOTS:
                    continue
                sources = self._noun_sources(act)
                victims = self._resolve_many([c for c in token.children if c.dep_ == "nsubjpass"], [], deep=False)
                forces = {p.ref.country for p in victims if p.ref.role in ("MIL", "COP")}
                if forces & {p.ref.country for p in sources if p.ref.country}:
                    self.consumed.add(act.i)
                    return [], []  # "137 soldiers were killed during the country's invasion": its own, not by it
                if sources:
                    self.consumed.add(act.i)
                    return sources, self._noun_targets(act, sources)
        return [], []

    @staticmethod
    def _passive(token: Token) -> bool:
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children):
            return True
        if token.dep_ == "acl" and token.tag_ == "VBN":
            # (but "Israeli air strikes killed 40 Palestinians", parsed as a participle with an object, is active,
            # also under a reporting verb: "a Ukrainian strike wounded one person, the governor said")
            return not any(c.dep_ == "dobj" for c in token.children)
        if (
            token.dep_ == "conj"
            and token.tag_ == "VBN"
            and not any(c.dep_ in SUBJECT_DEPS for c in token.children)
        ):
            return any(c.dep_ in ("nsubjpass", "auxpass") for c in token.head.children)
        return False

    def aimed_past_agent(
        self, token: Token, exclude: list[Participant], deps: tuple[str, ...] = ("agent",)
    ) -> list[Participant]:
        """The target the parser hung on the author named with "by" (a passive's agent, ``deps`` "agent"; an act
        noun's "by", ``deps`` "prep"): "sanctions were imposed by ECOWAS on Mali", "the crackdown by the government
        against protesters"."""
        agents = [o for c in token.children if c.dep_ in deps and c.lower_ == "by" for o in c.children if o.dep_ == "pobj"]
        return next((found for a in agents if (found := self._prep_objects(a, AIMING_PREPS, exclude))), [])

    def _agentive(self, token: Token) -> bool:
        """A noun that names someone who can act (a name, an actor noun, a body): "a military alliance"."""
        lemma = token.lemma_.lower()
        return token.pos_ == "PROPN" or lemma in self.lex.actor_nouns or lemma in BODY_NOUNS

    def sources_of(self, token: Token) -> list[Participant]:
        """The subject side of verb ``token`` (climbing through xcomp, conj, relative clauses)."""
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "csubj")] or [
            s for a in token.children if a.dep_ in ("aux", "auxpass") for s in a.children if s.dep_ == "nsubj"
        ]  # (the parser sometimes hangs the subject on the auxiliary: "Egypt and Qatar are mediating")
        if not subjects and any(c.dep_ == "nsubjpass" for c in token.children):
            return self._agents(token)
        if subjects:
            found = self._resolve_many(subjects, [], deep=False, generic=True)
            found = self._headline_pair(token, subjects) + found
            pattern = self.patterns.get(token.i)
            armed = pattern is not None and pattern.cameo[:2] in ARMED_ROOTS
            if armed and not any(p.ref.country or p.ref.role for p in found):
                # "mortars fired by the Afghan Taliban wounded four people": who fired them did it
                firing = [a for s in subjects for a in s.children if a.dep_ == "acl" and a.tag_ == "VBN"]
                agents = next((by for a in firing if (by := self._agents(a))), None)
                # "the attack by Russian forces on Odesa killed four people": the attack's author
                agents = agents or next((by for s in subjects if (by := self._prep_objects(s, ("by",), []))), None)
                if agents:
                    return agents
            return found
        head = token.head
        if head.i == token.i:
            return []
        if token.dep_ == "advcl" and token.tag_ in FINITE and any(c.dep_ == "mark" for c in token.children):
            return []  # "closed its borders after [mutinying soldiers] detained the president": a clause of its own
        if token.dep_ == "pcomp" and token.tag_ == "VBG":
            found = self._prep_objects(token, ("from",), [])
            if found:
                return found  # "went ahead despite warning from Russia": a gerund used as a noun, said by Russia
        if token.dep_ == "xcomp" and any(c.dep_ == "nsubjpass" for c in head.children):
            # "Xi is expected to meet Biden", "Kyiv was forced to retreat": the passive's subject acts
            raised = [c for c in head.children if c.dep_ == "nsubjpass"]
            found = self._resolve_many(raised, [], deep=False, generic=True)
            if found:
                return found
        if token.dep_ == "xcomp" and head.pos_ == "VERB":
            # "urged Manila to stop", "prompting Britain to summon": the object does the act it is moved to
            asked = [c for c in head.children if c.dep_ == "dobj"]
            appeal = self.effects.get(head.i) in ("appeal", "demand")
            moved = self._resolve_many(asked, [], deep=False, generic=appeal) if asked else []
            if appeal and asked or moved or any(self._agentive(o) for o in asked):
                return moved  # ("prompted a Russia-led alliance to send troops": the alliance, if it is known)
        if token.dep_ == "conj" and unjoined_conjunct(head, token):
            return []  # "received a list of diplomats declared persona non grata from ...": no second act of theirs
        if token.dep_ in ("xcomp", "conj", "advcl", "ccomp", "pcomp") and head.pos_ in ("VERB", "AUX"):
            found = self.sources_of(head)
            no_actor = not any(p.ref.country or p.ref.role for p in found)
            pattern = self.patterns.get(token.i)
            spoken = pattern is not None and pattern.cameo[:2] in SPOKEN_ROOTS
            reported = head.dep_ == "ccomp" and self.effects.get(head.head.i) == "speech"
            head_pattern = self.patterns.get(head.i)
            unspoken_head = head_pattern is None or head_pattern.cameo[:2] not in SPOKEN_ROOTS
            if spoken and token.dep_ == "conj" and head.dep_ == "ccomp" and head.head.pos_ == "VERB" and (
                no_actor or (reported and unspoken_head)
            ):
                # "Nandy said the plan was weak and accused the government", "said the police acted with
                # restraint and blamed the opposition": the parser hangs the second act on the reported clause;
                # a spoken act after a clause that is no act of speech is the speaker's
                return self.sources_of(head.head)
            return found
        if token.dep_ == "xcomp" and head.pos_ == "ADJ" and head.dep_ in ("acomp", "attr"):
            return self.sources_of(head.head)  # "Paris was ready to host"
        if token.dep_ == "pcomp" and head.head.pos_ in ("VERB", "AUX"):
            return self.sources_of(head.head)
        if token.dep_ == "pcomp" and head.head.dep_ == "advmod" and head.head.head.pos_ == "VERB":
            return self.sources_of(head.head.head)  # "stopped short of imposing"
        if (
            token.dep_ == "pcomp"
            and head.lower_ == "of"
            and head.head.lemma_.lower() in STEP_NOUNS
            and head.head.dep_ == "dobj"
            and head.head.head.pos_ == "VERB"
        ):
            return self.sources_of(head.head.head)  # "took the step of expelling": who took it
        if token.dep_ == "acl" and not self._passive(token) and token.tag_ == "VBN":
            found = self._resolve_many([head], [], deep=False)  # "Israeli air strikes killed 40 Palestinians"
            if found:
                return found
        if token.dep_ in ("relcl", "acl") and head.pos_ in ("NOUN", "PROPN", "PRON"):
            own = range(token.left_edge.idx, token.right_edge.idx + len(token.right_edge))
            found = self._resolve_many([head], [], deep=False) or [  # (not the clause's own object: "a
                p for p in self._resolve_many([head], [], deep=True) if p.start not in own  # resolution condemning X")
            ]
            if found:
                return found
            governor = head.head
            while governor.pos_ not in ("VERB", "AUX") and governor.head.i != governor.i:
                governor = governor.head
            refused = governor.dep_ == "xcomp" and (
                governor.head.lemma_.lower() in REFUSING_VERBS or self.effects.get(governor.head.i) == "reject"
            )
            governs = governor.pos_ in ("VERB", "AUX") and governor.i != head.i
            if (
                governor.lemma_.lower() in REFUSING_VERBS
                or refused
                or any(c.dep_ == "prep" and c.lower_ == "against" and head in c.children for c in governor.children)
                or governs and governor.lemma_.lower() in JUDGING_VERBS
            ):
                # "voted against the resolution condemning Russia", "declined to sign a statement backing", "Iran
                # criticised a resolution calling on Tehran to ...": the thing's act, not the governing verb's subject's
                return []
            if governs:
                return self.sources_of(governor) or self._resolve_many([head], [], deep=False, generic=True)
            return self._resolve_many([head], [], deep=False, generic=True)
        return []

    def _hit_in(self, part: Participant, thing: Token) -> Participant:
        """The target of violence aimed at ``thing`` where ``part`` was found inside it: "a military convoy in
        Burkina Faso" hits the state's forces, "villages in southern Lebanon" its people."""
        if part.ref.role == "CVL" and part.start != thing.idx and thing.lemma_.lower() in self.finder.lex.sites:
            return self.finder.noun_actor(thing, part) or part  # "a base in Kharkiv": the forces there
        if part.kind != "state" or part.start == thing.idx:
            return part
        sector = self.finder.sector_named_with(part, thing)
        placed = thing.i not in self.patterns and any(
            c.dep_ == "prep" and c.lower_ in PLACE_PREPS for c in thing.children
        )  # (not "fought a war with Israel": the state itself)
        return sector if sector is not part else people_of(part) if placed else part

    def _from_state(self, token: Token) -> list[Participant]:
        """``27 Russian diplomats were expelled from the United States``: the state they were sent out of."""
        found = self._prep_objects(token, ("from",), [], deps=("prep",))
        return [p for p in found if p.kind == "state"]

    def _agents(self, token: Token) -> list[Participant]:
        return self._prep_objects(token, ("by",), [], deps=("agent", "prep"))

    def _verb_targets(
        self,
        token: Token,
        pattern: Pattern | None,
        skip_object: bool = False,
        exclude: list[Participant] | None = None,
        root: str | None = None,
    ) -> list[Participant]:
        exclude = exclude or []
        root = root or (pattern.cameo[:2] if pattern is not None else "")
        defiant = self._defiant(token, exclude)
        if defiant:
            return defiant
        harm = next((c for c in token.children if c.dep_ == "dobj" and self._names_harm(c)), None)
        if root == "11" and not skip_object and harm is not None:
            return self._harm_authors(harm, exclude)
        if pattern is not None and pattern.kind == "prep":
            self.finder.places = root in VIOLENT_ROOTS  # "fired rockets at Tel Aviv": the place's people
            try:
                found = self._prep_objects(token, tuple(pattern.words), exclude)
            finally:
                self.finder.places = False
            return [people_of(p) if p.kind == "state" and p.ref.role is None else p for p in found]
        preps = VERB_TARGET_PREPS if root in VIOLENT_ROOTS else VERB_TARGET_PREPS[:-1]
        if root == "15":
            skip_object = True  # "deployed warships near Taiwan": the object is the actor's own force
        relative_object = token.dep_ == "relcl" and any(
            c.dep_ == "dobj" and c.lower_ in ("which", "that") for c in token.children
        )  # "drafted the resolution, which Russia and China opposed": aimed at its drafters
        if (
            pattern is not None
            and (pattern.kind == "obj" and token.head.i > token.head.head.i + 2 or relative_object and root in ("11", "12"))
            and token.dep_ == "relcl"
            and token.head.dep_ in ("npadvmod", "appos", "dobj")
            and token.head.head.pos_ == "VERB"
        ):
            # "accused Armenia of ..., a charge Yerevan denied": aimed at whoever made the charge
            found = [p for p in self.sources_of(token.head.head) if not excluded(p, exclude)]
            if found:
                return found
        if pattern is not None and pattern.kind == "obj":
            skip_object = True
            objects = [c for c in token.children if c.dep_ == "dobj"]
            named_thing = any(o.lemma_.lower() in pattern.words for o in objects)
            actors = [
                p
                for p in self._resolve_many(objects, exclude, deep=False)
                # "recalled 41 diplomats from India", "launched Kinzhal missiles at Kyiv": the thing the pattern
                # names is no target unless it belongs to a state
                if p.ref.country
                or (p.ref.code or "").startswith("IGO")
                or not named_thing and (not p.generic or p.kind == "person")
            ]
            if actors:
                return actors
            thing_preps = tuple(p for p in preps if p != "to") if root == "01" else preps
            # ("claimed responsibility ... in an email to AFP": whom a statement is addressed to is no target)
            found = self._thing_targets(token, objects, thing_preps, exclude, places=root in VIOLENT_ROOTS)
            if found:
                return found
            if root in ("10", "11", "12"):
                found = self._clause_authors(objects, exclude)
                if found:
                    return found
        if root in VIOLENT_ROOTS and not skip_object:
            self.finder.places = True
            try:
                for obj in (c for c in token.children if c.dep_ == "dobj"):
                    found = self._resolve_many([obj], exclude, deep=True) or self._prep_objects(
                        obj, ("in", "inside"), exclude
                    )
                    if found:  # "a military convoy in Burkina Faso": that sector of the state
                        return [self._hit_in(p, obj) for p in found]
            finally:
                self.finder.places = False
        if pattern is not None and pattern.kind == "prt":
            found = self._prep_objects(token, preps, exclude)
            if found:
                return found
        if not skip_object:
            objects = [
                c
                for c in token.children
                if c.dep_ in ("dobj", "dative", "iobj") and (c.pos_ != "NUM" or _of_phrase(c))
            ]  # "released three of the hostages", not "provided 10 million"
            if objects and root in ("10", "11", "12"):
                # "opposes the sale of weapons to Taiwan by the United States": the act's author, not its recipient
                agents = [p for o in objects for p in self._prep_objects(o, ("by",), exclude)]
                if not agents and not self._passive(token):  # (the parser may hang the object's "by" on the verb)
                    agents = self._prep_objects(token, ("by",), exclude)
                agents = agents or self._clause_authors(objects, exclude)
                if agents:
                    return agents
            between = [p for o in objects for p in self._prep_objects(o, ("between", "among"), exclude)]
            if len(between) > 1:  # "hosted talks between the Taliban and the United States": both sides
                return between
            if objects:
                found = self._resolve_many(objects, exclude, deep=True)
                if found and all(not p.ref.country for p in found):
                    # "extradited the suspects to India", "pledged Patriot systems to Ukraine": a state beats an
                    # object of no known state
                    preps = ("to", "against", "with", "into")
                    states = self._prep_objects(token, preps, exclude)
                    states += [p for o in objects for p in self._prep_objects(o, preps, exclude)]
                    found = [p for p in states if p.ref.country] or found
                if found:
                    return found
        else:
            datives = [c for c in token.children if c.dep_ in ("dative", "iobj")]
            found = self._resolve_many(datives, exclude, deep=True)
            if found:
                return found
        if root in VIOLENT_ROOTS:
            # "struck targets in southern Lebanon", "shelled near Donetsk": a state named as the place is its people
            aimed = tuple(p for p in preps if p not in PLACE_PREPS)
            placed = tuple(p for p in preps if p in PLACE_PREPS)
            return self._prep_objects(token, aimed, exclude) or [
                people_of(p) for p in self._prep_objects(token, placed, exclude)
            ]
        found = self._prep_objects(token, preps, exclude)
        if not found and pattern is not None and pattern.kind == "sub":
            # "declared 40 German diplomats 'personae non gratae'", parsed as a clause: its subject is the object
            clauses = [c for c in token.children if c.dep_ in ("ccomp", "xcomp", "oprd")]
            subjects = [s for c in clauses for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
            found = self._resolve_many(subjects, exclude, deep=True)
        if not found and root in GIVING_ROOTS:
            found = self._recipients(token, exclude)
        return found

    def _names_harm(self, noun: Token) -> bool:
        pattern = self.patterns.get(noun.i)
        lemma = noun.lemma_.lower()
        return (
            (pattern is not None and pattern.cameo[:2] in VIOLENT_ROOTS)
            or lemma in HARM_NOUNS
            or (lemma, "N") in (self.lex.implied_agents or {})  # "condemned the coup", "the arrest of ..."
        )

    def _topic_authors(self, heads: tuple[Token, ...], exclude: list[Participant]) -> list[Participant]:
        """``issued a protest over the Chinese coast guard's firing of water cannons``: a complaint is aimed at
        whoever did the act it is over (the act's owner, never a name deeper in the topic)."""
        for head in heads:
            for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in TOPIC_PREPS):
                for topic in (p for p in prep.children if p.dep_ == "pobj"):
                    owners = [c for c in topic.children if c.dep_ == "poss"]
                    found = [p for p in self._resolve_many(owners, exclude, deep=False) if p.ref.country]
                    if found:
                        return found
        return []

    def _harm_authors(self, harm: Token, exclude: list[Participant]) -> list[Participant]:
        """Whom a criticism of harm done is aimed at: "condemned the Israeli strike on the consulate" at Israel's
        forces; "condemned the violence against peaceful demonstrators", naming no author, at the government of
        the people harmed (never at the victims)."""
        authors = [p for p in self._noun_sources(harm) if not excluded(p, exclude)]
        if authors:
            return authors
        victims = self._prep_objects(harm, ("against", "on", "of"), exclude)
        victims += [self.finder.pronoun(c) for c in harm.children if c.dep_ == "poss" and c.pos_ == "PRON"]
        people = [v for v in victims if v is not None and v.ref.country and v.ref.role not in ("GOV", *STATE_FORCES)]
        if len({v.ref.country for v in people}) == 1:
            return [self.finder.state_of(people[0], harm)]
        if people:
            return []
        implied = (self.lex.implied_agents or {}).get((harm.lemma_.lower(), "N"))
        if implied is None:
            return []
        # "condemned the coup (in Guinea)": that state's military, who alone stage one
        places = self._prep_objects(harm, ("in",), exclude)
        country = next((p.ref.country for p in places if p.ref.country), None) or self.finder.home
        if country is None:
            return []
        ref = ActorRef(id=f"{country}:{implied[0]}", name=implied[1], country=country, role=implied[0])
        part = Participant(ref, "group", True, True, *phrase_bounds(harm), harm.text)
        return [] if excluded(part, exclude) else [part]

    def _thing_targets(
        self,
        token: Token,
        objects: list[Token],
        preps: tuple[str, ...],
        exclude: list[Participant],
        places: bool,
    ) -> list[Participant]:
        """Targets of an object pattern, whose object is a thing: "denied charges by Amnesty", "lifted its blockade
        of Yemen", "lifted sanctions imposed on Eritrea", "launched a missile attack on a base in ..." (a place only
        for violence)."""
        owners = tuple(p for p in THING_OWNER_PREPS if p != "from") if places else THING_OWNER_PREPS
        # (violence: "fired rockets from southern Lebanon" names where they came from)
        self.finder.places = places
        try:
            for obj in objects:
                for head in (obj, *(c for c in obj.children if c.dep_ == "acl")):
                    found = self._prep_objects(head, (*preps, *owners), exclude)
                    if found:
                        return found
            return self._prep_objects(token, (*preps, *(p for p in owners if p != "of")), exclude)
        finally:
            self.finder.places = False

    def _headline_pair(self, verb: Token, subjects: list[Token]) -> list[Participant]:
        """``Turkey, Syria agree to restore ties``: a headline joins two states with a comma, and the parser hangs
        the first on the verb; it is a subject too."""
        first = min(subjects, key=lambda t: t.i)
        before = [
            c
            for c in verb.children
            if c.dep_ in ("npadvmod", "dep", "nmod")
            and c.pos_ == "PROPN"
            and c.i == first.left_edge.i - 2
            and c.doc[c.i + 1].text == ","
        ]
        found = self._resolve_many(before, [], deep=False) if before else []
        return [p for p in found if p.kind == "state"]

    def _clause_authors(self, objects: list[Token], exclude: list[Participant]) -> list[Participant]:
        """``vetoed the resolution, which the United States had drafted``, ``dismissed the report, which was
        published by the IAEA``: the author a relative clause gives the thing."""
        authors = []
        for clause in (c for o in objects for c in o.children if c.dep_ == "relcl"):
            for child in clause.children:
                if child.dep_ == "nsubj" and child.lower_ not in ("which", "that", "who"):
                    authors.append(child)
                elif child.dep_ == "agent":
                    authors.extend(p for p in child.children if p.dep_ == "pobj")
        return self._resolve_many(authors, exclude, deep=False) if authors else []

    def _recipients(self, token: Token, exclude: list[Participant]) -> list[Participant]:
        """``provides €10 million in aid to the people of ...``, ``returned a painting stolen in 1989 to its
        owners``: a "to" phrase the parse hangs inside the thing given."""
        for obj in (c for c in token.children if c.dep_ == "dobj"):
            for prep in (t for t in obj.subtree if t.dep_ == "prep" and t.lower_ == "to"):
                found = self._resolve_many([p for p in prep.children if p.dep_ == "pobj"], exclude, deep=True)
                if found:
                    return found
        return []

    def _noun_sources(self, noun: Token) -> list[Participant]:
        pair = self._hyphenated_states(noun, [])
        if pair:
            return pair
        if _help_received(noun):  # "with the help of Cornell University": Cornell helps
            return self._prep_objects(noun, ("of",), [])
        for child in noun.children:
            if child.dep_ == "poss":
                found = self._resolve_many([child], [], deep=False)
                if found:
                    return found
        for child in noun.children:
            if child.dep_ in ("amod", "compound", "nmod"):
                found = self._resolve_many([child], [], deep=False, adjective=True)
                if found:
                    return [self._forces_of(p, noun) for p in found]
        agents = self._prep_objects(noun, ("by", "from"), [])
        if agents:
            return agents
        for child in noun.children:
            if child.dep_ == "acl" and child.tag_ == "VBN":
                agents = self._agents(child)
                if agents:
                    return agents
        head = noun.head
        governor, steps, preps = noun, 0, []
        while governor.dep_ in ("dobj", "pobj", "prep", "nsubjpass", "appos", "conj") and steps < 4:
            governor, steps = governor.head, steps + 1
            if governor.dep_ == "prep":
                preps.append(governor.lower_)
            if governor.pos_ == "VERB":
                break
            if governor.pos_ == "NOUN" and governor.i in self.patterns:
                return []  # "expressed concern over the attacks": the attacks are not the concerned's
            if governor.pos_ == "NOUN" and preps[-1:] == ["of"] and governor.lemma_.lower() not in BATCH_NOUNS:
                return []  # "sent evidence of the attack to the UN": the attack is not the sender's
        if any(p in REASON_PREPS or p in CIRCUMSTANCE_PREPS for p in preps):
            return []  # "vowed to retaliate for the strike on its consulate": the strike provoked it; "said ...
            # amid the fallout from the war on Gaza": the war is the setting, not the speaker's act
        if governor.pos_ == "VERB" and self.effects.get(governor.i) in ("speech", "light"):
            return self.sources_of(governor)
        if noun.dep_ == "pobj" and head.lower_ == "with" and head.head.pos_ in ("VERB", "AUX"):
            return self.sources_of(head.head)
        return []

    def _forces_of(self, part: Participant, noun: Token) -> Participant:
        """``Israeli strikes``, ``Israeli massacres``: a state named by an adjective of a weapon or an act of
        violence is its armed forces."""
        noun_entry = self.lex.actor_nouns.get(noun.lemma_.lower())
        pattern = self.patterns.get(noun.i)
        violent = pattern is not None and pattern.cameo[:2] in ARMED_ROOTS
        if part.kind != "state" or not part.ref.country or not (violent or noun_entry and noun_entry[1] == "means"):
            return part
        return part.of_sector("MIL")

    def _defiant(self, act: Token, exclude: list[Participant]) -> list[Participant]:
        """``went ahead despite warnings from Russia``: an act "from" someone that the main clause's subject
        defied is aimed at that subject."""
        if act.dep_ not in ("pcomp", "pobj") or act.head.lower_ != "despite" or act.head.head.pos_ not in ("VERB", "AUX"):
            return []
        if not self._prep_objects(act, ("from",), []):
            return []
        return [p for p in self.sources_of(act.head.head) if not excluded(p, exclude)]

    def _noun_targets(self, noun: Token, sources: list[Participant]) -> list[Participant]:
        """Prepositional objects of the event noun, or of the frame noun it modifies ("a mediation effort between
        Serbia and Kosovo"); a pattern's own prepositions come first ("condolences for the people of ...")."""
        if _help_received(noun):  # "Google brought it closer with the help of Cornell": Google is helped
            return [p for p in self.sources_of(noun.head.head) if not excluded(p, sources)]
        defiant = self._defiant(noun, sources)
        if defiant:
            return defiant
        pattern = self.patterns.get(noun.i)
        violent = pattern is not None and pattern.cameo[:2] in VIOLENT_ROOTS
        preps = NOUN_TARGET_PREPS if violent else NOUN_TARGET_PREPS[:-1]
        if pattern is not None and pattern.cameo[:2] in TOPIC_ROOTS:
            preps = tuple(p for p in preps if p not in ("on", "over"))  # "talks on a prisoner exchange": a topic
        if pattern is not None and pattern.kind == "prep":
            preps = (*sorted(pattern.words), *preps)
        heads = [noun]
        if pattern is not None and pattern.kind == "sub":  # "a note of protest to Beijing": the protest's target
            heads[:0] = [
                o
                for c in noun.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for o in c.children
                if o.dep_ == "pobj" and o.lemma_.lower() in pattern.words
            ]
        if noun.dep_ == "compound" and noun.head.lemma_.lower() in FRAME_HEADS:
            heads.append(noun.head)
        # "sanctions imposed by Washington on Moscow": the participle carries the act's target
        participles = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]
        self.finder.places = violent
        try:
            for head in heads + participles:
                for prep in preps if head not in participles else PARTICIPLE_TARGET_PREPS:
                    found = self._prep_objects(head, (prep,), sources)
                    if found and violent and prep in ("in", "inside") and pattern.cameo[:2] != POSTURE_ROOT:
                        return [people_of(p) for p in found]  # "attacks in Mali": on the people there
                    # (but "the French deployment in Mali" is a posture toward the state)
                    if found:
                        return found
                aimed = [c for c in head.children if c.dep_ == "acl" and c.lemma_.lower() in TARGETING_VERBS]
                if head.dep_ == "nsubj" and head.head.lemma_.lower() in TARGETING_VERBS:
                    aimed.append(head.head)  # "the sanctions, imposed by the EU, target Russian banks"
                found = self._resolve_many([o for c in aimed for o in c.children if o.dep_ == "dobj"], sources, True)
                if found:  # "sanctions targeting Russian banks"
                    return found
            return self.aimed_past_agent(noun, sources, deps=("prep",))  # "the crackdown by X against protesters"
        finally:
            self.finder.places = False

    def _between(self, token: Token) -> list[Participant]:
        found = self._prep_objects(token, ("between", "among"), [])
        if not found and token.pos_ == "NOUN" and token.dep_ in ("nsubj", "nsubjpass"):
            found = self._prep_objects(token.head, ("between", "among"), [])  # "clashes broke out between X and Y"
        return found

    def _prep_objects(
        self,
        token: Token,
        preps: tuple[str, ...],
        exclude: list[Participant],
        deps: tuple[str, ...] = ("prep", "dative"),
    ) -> list[Participant]:
        by_prep = {}
        for child in token.children:
            if child.dep_ in deps or child.dep_ == "agent":
                lower = child.lower_
                if lower in preps and lower not in by_prep:
                    by_prep[lower] = [
                        p for p in child.children if p.dep_ in ("pobj", "pcomp") and p.lemma_.lower() not in VENUE_NOUNS
                    ]  # (not "on the sidelines of the G20 summit": a venue)
        for prep in preps:
            objects = by_prep.get(prep)
            if objects:
                self.in_topic = prep in TOPIC_PREPS
                try:
                    found = self._resolve_many(objects, exclude, deep=True)
                finally:
                    self.in_topic = False
                if found:
                    return found
        return []

    def _resolve_many(
        self,
        tokens: list[Token],
        exclude: list[Participant],
        deep: bool,
        generic: bool = False,
        adjective: bool = False,
    ) -> list[Participant]:
        """Participants for phrase heads and their conjuncts ("Serbia and Kosovo" gives two)."""
        heads: list[Token] = []
        modifiers: list[Token] = []
        for token in tokens:
            if self.finder.in_dateline(token):
                continue  # "ALMATY, Sep 3 (Agency) - Russia suspended ...": the dateline names no actor
            coordinated = _coordinated_modifiers(token)
            modifiers.extend(coordinated)
            heads.extend(coordinated)
            heads.append(token)
            heads.extend(
                c
                for c in token.conjuncts
                if c.i > token.i and c.pos_ in ("NOUN", "PROPN", "PRON", "NUM") and c.i not in self.patterns
            )  # (not "support to the Philippines and concern over ...": an act of its own)
            heads.extend(self._people_after_of(token))
        heads.extend(named for head in list(heads) for named in (*_included(head), *_listed_names(head)))
        found: list[Participant] = []
        named_by: dict[int, Participant] = {}  # head token → the participant it gave
        for head in heads:
            several = (
                self._adjective_conjuncts(head, exclude)
                or self._hyphenated_states(head, exclude)
                or self.finder.pair_reference(head, exclude)
                or self._joint_subject(head, exclude)
            )
            if several:
                found.extend(p for p in several if all(p.key != f.key for f in found))
                continue
            part = self.resolve(head, exclude, deep, adjective=adjective)
            if part is None and generic and head.pos_ in ("NOUN", "PROPN") and not adjective:
                part = self.finder.generic(head)
            if part is not None:
                named_by[head.i] = part
            if part is not None and all(p.key != part.key for p in found):
                found.append(part)
                found.extend(p for p in self._of_conjuncts(head, part, exclude) if all(p.key != f.key for f in found))
        described = {  # "the UN's top court, the International Court of Justice": the name, not the description
            id(named_by[head.i])
            for head in heads
            if head.i in named_by
            and named_by[head.i].generic
            and any(not named_by[c.i].generic for c in _restatements(head) if c.i in named_by)
        }
        found = [p for p in found if id(p) not in described]
        sectors = {p.ref.country for p in found if p.kind != "state" and p.ref.country and p.ref.role}
        return [
            p
            for p in found
            if not (p.kind == "state" and p.ref.country in sectors and any(p.start == m.idx for m in modifiers))
        ]  # ("US and Japanese warplanes": the US warplanes, not the US as well)

    def _user_of_means(self, token: Token) -> Participant | None:
        """``Russia-launched drones``, ``missiles used by Russia``: weapons a state launched or used stand for its
        forces."""
        noun = self.finder.lex.actor_nouns.get(token.lemma_.lower())
        if noun is None or noun[1] != "means" or noun[0] != "MIL":
            return None
        participles = [c for c in token.children if c.tag_ == "VBN" and c.dep_ in ("amod", "acl")]
        users = [
            u
            for p in participles
            for u in (
                *(c for c in p.children if c.dep_ in ("npadvmod", "compound", "nmod")),
                *(o for a in p.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"),
            )
        ]
        for user in users:
            state = self.finder._lexicon_actor(user, allow_adjective=False)
            if state is not None and state.kind == "state" and state.ref.country:
                return state.of_sector("MIL")
        return None

    def _people_after_of(self, token: Token) -> list[Token]:
        """``The president of Afghanistan, Ashraf Ghani, and Chinese President Xi Jinping met``: the parser hangs
        the people named after a title's "of" phrase on its state; a person there is a participant of their own."""
        if token.pos_ != "NOUN":
            return []
        states = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        if not states:
            return []
        own = self.finder.phrase_actor(states[0], pronouns=False)
        names = [c for c in states[0].conjuncts if c.i > states[0].i and c.pos_ == "PROPN"]
        names += [c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"]  # (another parse of it)
        people = []
        for name in names:
            found = self.finder.phrase_actor(name, pronouns=False)
            if found is not None and found.kind == "person" and not (own and own.ref.country == found.ref.country):
                people.append(name)  # (not "Ashraf Ghani" after "the president of Afghanistan": the same man)
        return people

    def _joint_subject(self, pronoun: Token, exclude: list[Participant]) -> list[Participant]:
        """``Niger, Mali and Burkina Faso said they were leaving``: "they" after a subject naming several actors in
        the same sentence is all of them."""
        if pronoun.lower_ not in ("they", "them", "their") or pronoun.pos_ != "PRON":
            return []
        subjects = [t for t in pronoun.sent if t.i < pronoun.i and t.dep_ in ("nsubj", "nsubjpass") and t.pos_ != "PRON"]
        if not subjects:
            return []
        found = self._resolve_many(subjects[:1], exclude, deep=False)
        return found if len(found) > 1 else []

    def _of_conjuncts(self, head: Token, part: Participant, exclude: list[Participant]) -> list[Participant]:
        """``delegations of Russia and Ukraine``, ``envoys from the US and Russia``: the same sector of each further
        state named after "of" or "from"."""
        if head.pos_ not in ("NOUN", "PROPN") or not part.ref.country:
            return []
        if not part.generic and head.tag_ != "NNS":  # ("the juntas of Niger, Mali and Burkina Faso": each)
            return []
        out = []
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "from")):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                for conj in pobj.conjuncts:
                    state = self.finder._lexicon_actor(conj, allow_adjective=False)
                    if state is not None and state.kind == "state" and state.ref.country != part.ref.country:
                        other = state.of_sector(part.ref.role) if part.ref.role else state
                        if not excluded(other, exclude):
                            out.append(other)
        return out

    def _hyphenated_states(self, head: Token, exclude: list[Participant]) -> list[Participant]:
        """``the U.S.-South Korean drills``, ``Russia-Ukraine talks``: one participant per state of a hyphenated
        pair before the noun."""
        if head.pos_ != "NOUN" or head.left_edge.i >= head.i:
            return []
        span = head.doc[head.left_edge.i : head.i]
        pieces = re.split("|".join(map(re.escape, HYPHENS)), span.text)
        if len(pieces) < 2:
            return []
        names = [self._state_words(piece.split(), last=i == 0) for i, piece in enumerate(pieces)]
        states = [self.finder.lex.state(n) if n else None for n in names]
        if any(s is None or s.place for s in states) or len({s.iso3 for s in states}) < len(states):
            return []
        noun = self.finder.lex.actor_nouns.get(head.lemma_.lower())
        role = noun[0] if noun and noun[1] not in ("modifier", "means") else None
        parts = []
        for name, state in zip(names, states, strict=True):
            ident = f"{state.iso3}:{role}" if role else state.iso3
            ref = ActorRef(id=ident, name=f"{name} {head.text}", country=state.iso3, role=role or "GOV")
            part = Participant(ref, "state" if role is None else "group", True, True, span.start_char, head.idx, name)
            if not excluded(part, exclude):
                parts.append(part)
        return parts if len(parts) > 1 else []

    def _state_words(self, words: list[str], last: bool) -> str | None:
        """The longest run of ``words`` that names a state, ending the piece (before a hyphen) or starting it."""
        for size in range(len(words), 0, -1):
            name = " ".join(words[-size:] if last else words[:size])
            if self.finder.lex.state(name) is not None:
                return name
        return None

    def _adjective_conjuncts(self, head: Token, exclude: list[Participant]) -> list[Participant]:
        """``Ethiopian and Egyptian negotiators``: one participant per nationality."""
        if head.pos_ != "NOUN":
            return []
        for child in head.children:
            if child.dep_ in ("amod", "compound", "nmod") and child.conjuncts:
                parts = []
                for adj in (child, *child.conjuncts):
                    state = self.finder._lexicon_actor(adj, allow_adjective=True)
                    if state is None or excluded(state, exclude):
                        return []
                    noun = self.finder.lex.actor_nouns.get(head.lemma_.lower())
                    role = noun[0] if noun and noun[1] != "modifier" else state.ref.role
                    ident = f"{state.ref.country}:{role}" if role else state.ref.country
                    ref = ActorRef(
                        id=ident, name=f"{adj.text} {head.text}", country=state.ref.country, role=role
                    )
                    parts.append(Participant(ref, "group", True, True, state.start, state.end, adj.text))
                return parts
        return []

    def resolve(
        self, token: Token, exclude: list[Participant], deep: bool, adjective: bool = False
    ) -> Participant | None:
        if adjective:
            found = self.finder._lexicon_actor(token, allow_adjective=True)
            return found if found is not None and not excluded(found, exclude) else None
        if token.lemma_.lower() in self.finder.lex.not_actors:
            return None  # "India's cricket team crushed Pakistan": a team, not the state
        found = self.finder.phrase_actor(token)
        if found is not None and not excluded(found, exclude):
            return found
        if found is not None and found.inferred:
            found = self.finder.noun_actor(token)  # "X's opposition leader surrendered to the authorities"
            if found is not None:
                return found
        modifier = self.finder._modifier_actor(token) if token.pos_ != "PRON" else None
        if modifier is not None:
            modifier = self.finder.sector_named_with(modifier, token)
        if modifier is None and token.pos_ == "NOUN":
            modifier = self._user_of_means(token)
        if modifier is not None and not excluded(modifier, exclude):
            return modifier
        if token.lemma_.lower() in QUANTITIES or token.pos_ == "NUM":
            of = [
                p
                for c in token.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for p in c.children
                if p.dep_ == "pobj"
            ]
            if of:
                return self.resolve(of[0], exclude, deep, adjective)
        if not deep:
            return None
        frontier = [token]
        for _ in range(4):
            children = [
                c
                for t in frontier
                for c in sorted(t.children, key=lambda c: c.dep_ != "agent")
                if not (
                    c.dep_ == "prep"
                    and c.lower_ == "of"
                    and (t.i in self.patterns or t.lemma_.lower() in self.finder.lex.fates)
                    and t.pos_ == "NOUN"
                )
            ]  # (not "the killing of a journalist", "the death of an activist": whom it befell, not who did it)
            children = [
                c
                for c in children
                if (c.dep_ in DEEP_DEPS or c.dep_ == "conj")
                and not (c.dep_ == "prep" and c.lower_ in PLACE_TIME_PREPS and not self.finder.places)
                and not (c.dep_ == "prep" and c.ent_iob_ == "I")  # a name's own "of": "the Gulf of Oman"
                and not (self.in_topic and c.dep_ == "prep" and c.lower_ in AIM_PREPS)
            ]
            for child in children:
                if child.pos_ in ("NOUN", "PROPN", "PRON", "ADJ"):
                    part = (
                        self.finder.phrase_actor(child)
                        if child.pos_ != "ADJ"
                        else self.finder._lexicon_actor(child, allow_adjective=True)
                    )
                    if part is not None and not excluded(part, exclude):
                        return part
            frontier = children
            if not frontier:
                break
        return None


def people_of(part: Participant) -> Participant:
    """The people of a state named as a place ("attacks in Mali"), not its government."""
    if part.kind != "state" or not part.ref.country:
        return part
    return part.of_sector("CVL")


def _of_phrase(token: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)


def excluded(part: Participant, exclude: list[Participant]) -> bool:
    for other in exclude:
        if part.key == other.key:
            return True
        if part.ref.country and part.ref.country == other.ref.country and not _other_sector(part, other):
            return True
    return False


def _other_sector(part: Participant, other: Participant) -> bool:
    """Two known, different sectors of one state (police and protesters): a domestic pair, not the same side."""
    a, b = part.ref.role, other.ref.role
    if not a or not b or a == b:
        return False
    official = part if a == "GOV" else other if b == "GOV" else None
    if official is not None and official.kind == "person" and {a, b} & {"COP", "SPY"}:
        return True  # "police detained President Castillo": the police and a person in office are two sides
    if official is part and official.kind == "person" and other.ref.role == "MIL":
        return True  # "soldiers placed President Bongo under house arrest" (but not "ordered his military to")
    # a government acting on its own forces is one side; on its parliament, courts, opposition or rebels, two
    # (its acts on nameless people of its own are settled apart: see events.article)
    return "GOV" not in (a, b) or not {a, b} & (STATE_FORCES | {"CVL"})


def _restatements(token: Token) -> list[Token]:
    """Phrases that name again what ``token`` describes: its apposition, or a conjunct with no "and" or "or"
    before it (the parser's reading of "the UN's top court, the International Court of Justice")."""
    unjoined = not any(c.dep_ == "cc" for t in (token, *token.conjuncts) for c in t.children)
    return [c for c in token.children if c.dep_ == "appos" or c.dep_ == "conj" and unjoined]


def _coordinated_modifiers(token: Token) -> list[Token]:
    """``Prime Minister Fumio Kishida and President Yoon Suk Yeol met ...``: the parser hangs the first of two long
    names on the second (nmod) and the second's title on the first (conj); the first is a subject of its own."""
    return [
        c
        for c in token.children
        if c.dep_ in ("nmod", "compound")
        and c.pos_ == "PROPN"
        and c.i < token.i
        and any(g.dep_ == "cc" for g in c.children)
        and any(g.dep_ == "conj" and g.i > c.i for g in c.children)
    ]


def unjoined_conjunct(head: Token, conjunct: Token) -> bool:
    """A verb the parser made a conjunct of another with neither a conjunction nor a comma between them: a reduced
    relative clause or a participle misread, which shares no subject with it."""
    between = head.doc[head.i + 1 : conjunct.i]
    return not any(t.dep_ == "cc" or t.text in (",", ";", "–", "—") for t in between)


def _included(token: Token) -> list[Token]:
    """The names a plural noun lists after "including": "partners including the United States, the UN and France"."""
    named = [o for c in token.children if c.dep_ == "prep" and c.lower_ == "including" for o in c.children]
    return _names_and_conjuncts([o for o in named if o.dep_ == "pobj"])  # (not "experts including AI researchers")


def _listed_names(token: Token) -> list[Token]:
    """The names set beside a plural common noun: "two other members -- Guinea and Mali"."""
    if token.pos_ != "NOUN" or token.tag_ != "NNS":
        return []
    return _names_and_conjuncts([c for c in token.children if c.dep_ == "appos"])


def _names_and_conjuncts(tokens: list[Token]) -> list[Token]:
    """The proper names among ``tokens`` and the proper names joined after them ("Guinea and Mali")."""
    named = [t for t in tokens if t.pos_ == "PROPN"]
    return [*named, *(c for o in named for c in o.conjuncts if c.i > o.i and c.pos_ == "PROPN")]


def in_circumstance(noun: Token) -> bool:
    """An act named after "amid", "following", "despite" or "since" (up the phrase, before any verb): the setting
    of another act ("amid the fallout from the war on Gaza"), no act of the clause's speaker or subject."""
    token, steps = noun, 0
    while token.dep_ in ("pobj", "prep") and steps < 6:
        token, steps = token.head, steps + 1
        if token.dep_ == "prep" and token.lower_ in CIRCUMSTANCE_PREPS:
            return True
        if token.pos_ in ("VERB", "AUX"):
            return False
    return False


def _help_received(noun: Token) -> bool:
    """``with the help of X``: help that the clause's subject received from X."""
    return (
        noun.lemma_.lower() in HELP_NOUNS
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "with"
        and noun.head.head.pos_ in ("VERB", "AUX")
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
    )


#: Nouns of help that "with the ... of X" receives from X.
HELP_NOUNS = {"help", "assistance", "support", "backing", "aid", "mediation"}
