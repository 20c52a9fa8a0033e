"""What actors say of others: claims (a hostile act one party says another did), judgements ("a provocation",
"illegal"), foretold fates ("will pay a heavy price") and obligations ("must respect"); mixed into
:class:`faultlines.events.coder.SentenceCoder`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines.events.coded import Coded, pos_class
from faultlines.events.roles import ANAPHORIC_DETERMINERS, RoleFinder, excluded

if TYPE_CHECKING:
    from spacy.tokens import Token

    from faultlines.events.participants import Participant


#: Roots of hostile acts: one actor saying that another did one is a claim (and an accusation), not a fact.
CLAIMED_ROOTS = ("14", "15", "16", "17", "18", "19", "20")
OBLIGATION = {"must", "should"}
#: Reporting verbs that leave the act in doubt ("claimed that", "alleged that"): the act is claimed and the claim
#: is an accusation of its own (112).
ALLEGING_VERBS = {"claim", "allege", "insist", "contend", "maintain", "assert"}
#: Reporting verbs by which a party's word alone makes a hostile act against it claimed ("the opposition said its
#: leader was detained"), with no accusation of its own (the real-news gold codes none).
SAYING_VERBS = {"say", "confirm"}
#: Sectors that are parties to a dispute: what they say the other side did is a claim. Journalists, experts and
#: NGOs report; their reports are asserted.
PARTY_SECTORS = {"GOV", "MIL", "REB", "OPP", "COP", "SPY", "LEG", None}
#: Verbs that link a thing to what it is said to be: "the strikes were a violation", "the move constitutes a breach".
COPULAS = {"be", "constitute", "amount", "represent", "remain", "become", "seem"}

#: What a threat foretells the threatened will do or suffer: the verb, and the words one of its objects must be
#: (None: any object or none): "face consequences", "pay a heavy price", "pay dearly", "regret it".
FATES = {
    "face": {"consequence", "retaliation", "response", "punishment", "wrath", "reprisal", "retribution", "revenge", "vengeance"},
    "pay": {"price", "dearly"},
    "regret": None,
    "suffer": {"consequence"},
}


class ReportFinder(RoleFinder):
    """Events of reported words: what a speaker says another actor did, is, or will suffer."""

    def _cited(self, speech: Token) -> list[Participant]:
        """``KCNA said ..., citing Kim Yo Jong``: the one a report cites speaks, not the outlet."""
        cited = [
            o
            for c in speech.children
            if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in ("cite", "quote")
            for o in c.children
            if o.dep_ == "dobj"
        ]
        return self._resolve_many(cited, [], deep=False)

    def _fates(self, found: list[Coded]) -> list[Coded]:
        """``North Korea said Seoul would face devastating consequences``, ``Iran said Israel would pay a heavy
        price``, ``Russia said Finland would regret it``: a speaker who foretells another actor's punishment
        threatens it (130)."""
        anchors = {c.anchor.i for c in found} | {w.i for c in found for w in c.words}
        out: list[Coded] = []
        for verb in self.sent:
            if verb.i in anchors or not _foretold_fate(verb):
                continue
            head = self._reporting_verb(verb)  # "said Seoul would face ...", "Seoul will face ..., KCNA said"
            if head is not None:
                coded = self._said_of_subject(verb, head, "130", f"fate:{verb.lemma_.lower()}", [head, verb])
                out.extend([coded] if coded is not None else [])
        return out

    def _obligations(self, found: list[Coded]) -> list[Coded]:
        """``Russia said Astana must respect Russian speakers``: a speaker who says another actor must do what no
        pattern codes demands it of that actor (100); acts that a pattern codes are turned into demands by
        :meth:`_reported_obligation`."""
        anchors = {c.anchor.i for c in found} | {w.i for c in found for w in c.words}
        out: list[Coded] = []
        for verb in self.sent:
            if verb.i in anchors or verb.i in self.patterns or verb.i in self.effects:
                continue
            must = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ in OBLIGATION), None)
            head = self._reporting_verb(verb) if must is not None else None
            if head is not None and head.i != verb.i:
                rule = f"demand:{must.lower_}>{verb.lemma_.lower()}"
                coded = self._said_of_subject(verb, head, "100", rule, [head, must, verb])
                out.extend([coded] if coded is not None else [])
        return out

    def _said_of_subject(self, verb: Token, speech: Token, code: str, rule: str, words: list[Token]) -> Coded | None:
        """The act of whoever ``speech`` reports (or cites) on the subject of the reported ``verb``, when that
        subject is an actor of a known state other than the speaker's side."""
        speakers = self._cited(speech) or self.sources_of(speech)
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        targets = [
            t for t in self._resolve_many(subjects, speakers, deep=False) if not excluded(t, speakers) and t.ref.country
        ]
        if not speakers or not targets:
            return None
        return Coded(
            anchor=verb,
            code=code,
            rule=rule,
            words=words,
            sources=speakers,
            targets=targets,
            notes=[f'says of {targets[0].ref.name}: "{" ".join(w.text for w in words[1:])}"'],
            confidence=0.5,
            act=code,
        )

    def _claims(self, found: list[Coded]) -> list[Coded]:
        """``Pyongyang said Seoul's drills were an invasion``: a hostile act that one actor says another did is
        claimed, not asserted; the claim itself is the speaker accusing the actor (CAMEO 112), asserted."""
        accusations = []
        for coded in found:
            if coded.mode != "asserted" or not coded.code.startswith(CLAIMED_ROOTS):
                continue
            speech = self._reporting_verb(coded.anchor)
            alleging = speech is not None and speech.lemma_.lower() in ALLEGING_VERBS
            if speech is None:  # "arrested several doctors, according to the health ministry"
                said_by = self._resolve_many(_according_to(coded.anchor), [], deep=False)
            elif alleging or speech.lemma_.lower() in SAYING_VERBS:
                said_by = self.sources_of(speech)
            else:
                continue
            speakers = [p for p in said_by if p.ref.role in PARTY_SECTORS]
            note = f'claimed by {speakers[0].ref.name} ("{speech.text if speech else "according to"}")' if speakers else ""
            if speakers and not coded.sources and coded.targets and _same_side(speakers, coded.targets):
                # "the opposition said its leader was detained": no doer named, the side it hit tells it
                coded.mode = "claimed"
                coded.notes.append(note)
                continue
            if not speakers or not coded.sources or _same_side(speakers, coded.sources):
                continue  # "the army said it struck 40 targets": its own act, reported
            if not _against(coded, speakers):
                continue  # a party reporting what others did to third parties: reported, not claimed
            coded.mode = "claimed"
            coded.notes.append(note)
            if not alleging:
                continue
            accusations.append(
                Coded(
                    anchor=speech,
                    code="112",
                    rule=f"claim:{speech.lemma_.lower()}>{coded.rule}",
                    words=[speech, *coded.words],
                    sources=speakers,
                    targets=list(coded.sources),
                    notes=[f'says {coded.sources[0].ref.name} did it ("{coded.anchor.text}")'],
                    confidence=min(coded.confidence, 0.7),
                    act="112",
                )
            )
        return accusations

    def _judgements(self, found: list[Coded]) -> list[Coded]:
        """``the ministry said the drills were a provocation``, ``Tehran called the sanctions illegal``: a speaker's
        hostile judgement of another actor, or of what it did, criticises (111) or accuses (112) that actor."""
        judged_words = self.lex.judgements
        if not judged_words:
            return []
        anchors = {c.anchor.i: c for c in found}
        out: list[Coded] = []
        for token in self.sent:
            code = judged_words.get((token.lemma_.lower(), pos_class(token) or ""))
            if code is None or _negated_judgement(token):
                continue
            # a deed whose own event has no one to act on ("she violated the constitution") is still judged
            aimless = token.pos_ == "VERB" and token.i in anchors and not anchors[token.i].targets
            if token.i in self.consumed and not aimless:
                continue
            judged, verb = self._judged(token)
            if judged is None or (verb.i in anchors or verb.i in self.patterns) and not aimless:
                continue  # "condemned the strike as a crime": the verb's own event says it
            if judged.lower_ in ("it", "this", "that"):
                continue  # "called it a violation": "it" is mostly an act named before, not a state
            speakers = self._judges(verb)
            if not speakers:
                continue
            targets = self._resolve_many([judged], speakers, deep=False)
            targets = targets or self._prep_objects(judged, ("of", "by"), speakers)  # "the statements of X"
            owners = [c for c in judged.children if c.dep_ == "poss" and c.pos_ != "PRON"]
            targets = targets or self._resolve_many(owners, speakers, deep=False)  # "called Russia's step unhelpful"
            targets = [t for t in targets if not excluded(t, speakers) and (t.ref.country or t.ref.role)]
            referent = judged if not targets and _refers_back(judged) else None
            if not targets and referent is None:
                continue
            self.consumed.add(token.i)
            out.append(
                Coded(
                    anchor=token,
                    code=code,
                    rule=f"judge:{token.lemma_.lower()}",
                    words=[verb, token],
                    sources=speakers,
                    targets=targets,
                    notes=[f'judges {targets[0].ref.name}: "{token.text}"'] if targets else [],
                    confidence=0.6,
                    act=code,
                    referent=referent,
                )
            )
        return out

    def _judged(self, token: Token) -> tuple[Token | None, Token]:
        """What a judging word is said of, and the verb that says it: the subject of "was a provocation", the
        object of "called it illegal" or "described the visit as a violation"."""
        head = token.head
        if token.pos_ == "VERB":  # a deed: "the government has betrayed the people", said of its subject
            subjects = [c for c in token.children if c.dep_ == "nsubj"]
            if not subjects and token.dep_ == "xcomp":  # "the party is trying to destabilise the country"
                subjects = [c for c in token.head.children if c.dep_ == "nsubj"]
            return (subjects[0] if subjects else None), token
        if token.dep_ in ("pobj", "amod") and head.lower_ == "as":  # (the parser hangs "as provocative" as amod)
            owner = head.head  # "views X as a violation": "as" hangs on the verb or on its object
            if owner.lemma_.lower() in self.lex.naming_verbs:
                head = owner
            elif owner.dep_ == "dobj" and owner.head.lemma_.lower() in self.lex.naming_verbs:
                return owner, owner.head
            else:
                return None, head
        elif token.dep_ == "conj" and head.dep_ in ("attr", "acomp", "oprd", "amod"):
            return self._judged(head)  # "called the statements hostile and outrageous"
        elif token.dep_ == "amod" and head.dep_ == "dobj" and self._says(head.head):
            return head, head.head  # "citing Le Drian's hostile statements"
        elif token.dep_ == "amod" and head.dep_ == "attr" and head.head.lemma_.lower() in COPULAS:
            if any(c.dep_ == "poss" and c.pos_ != "PRON" for c in head.children):
                return head, head.head  # "this is Russia's latest unhelpful step": said of Russia's step
            subjects = [c for c in head.head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
            if subjects:
                return subjects[0], head.head  # "the US move is unwarranted behaviour": said of the move
        elif token.dep_ == "dobj" and token.pos_ == "NOUN" and head.pos_ == "VERB" and not self._says(head):
            subjects = [c for c in head.children if c.dep_ == "nsubj"]  # "Pyongyang has been escalating provocations"
            return (subjects[0] if subjects else None), head
        elif token.dep_ not in ("attr", "acomp", "oprd", "ccomp", "xcomp", "dobj"):
            return None, head
        if head.lemma_.lower() in self.lex.naming_verbs:
            objects = [c for c in head.children if c.dep_ in ("dobj", "nsubj") and c.i != token.i]
            if head.dep_ != "ROOT" or any(c.dep_ == "nsubj" for c in head.children):
                objects = [c for c in objects if c.dep_ == "dobj"] or objects
            return (objects[0] if objects else None), head
        if head.lemma_.lower() in COPULAS and token.dep_ in ("attr", "acomp"):
            subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
            return (subjects[0] if subjects else None), head
        return None, head

    def _says(self, verb: Token) -> bool:
        return verb.lemma_.lower() in self.lex.naming_verbs or self.effects.get(verb.i) == "speech"

    def _judges(self, verb: Token) -> list[Participant]:
        """Who passes the judgement: the subject of a naming verb, the speaker of the reported clause, or the
        speaker of the quotation it stands in."""
        if self._says(verb):
            return self.sources_of(verb)
        speech = self._reporting_verb(verb)
        if speech is not None:
            return [p for p in self.sources_of(speech) if p.ref.country or p.ref.role]
        speaker = self.finder.speaker_at(verb.idx) if self.finder.in_quote(verb.idx) else None
        return [speaker] if speaker is not None else []

    def _reporting_verb(self, token: Token) -> Token | None:
        """The reporting verb whose reported clause holds ``token`` ("said [the drills were ...]", "[Russia
        struck ...], the ministry said")."""
        for node in (token, *list(token.ancestors)[:5]):
            tail = next(
                (c for c in node.children if c.dep_ == "parataxis" and self.effects.get(c.i) == "speech"), None
            )
            if tail is not None:
                return tail
        current = token
        for _ in range(6):
            head = current.head
            if head.i == current.i:
                return None
            if current.dep_ in ("ccomp", "parataxis") and (
                self.effects.get(head.i) == "speech" or head.lemma_.lower() in ALLEGING_VERBS
            ):
                return head  # ("alleged that Khan was abducted": an alleging verb reports too)
            if head.dep_ == "ROOT" and current.dep_ not in ("ccomp", "parataxis", "conj", "xcomp"):
                return None
            current = head
        return None


def _according_to(token: Token) -> list[Token]:
    """Whom an "according to" on the clause of ``token`` (or a clause above it) names."""
    for node in (token, *list(token.ancestors)[:4]):
        for prep in (c for c in node.children if c.dep_ == "prep" and c.lower_ == "according"):
            return [o for to in prep.children if to.lower_ == "to" for o in to.children if o.dep_ == "pobj"]
    return []


def _foretold_fate(verb: Token) -> bool:
    """``would face grave consequences``, ``will pay dearly``: a fate under "will", "would" or "shall"."""
    words = FATES.get(verb.lemma_.lower(), ())
    if words == () or not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll") for c in verb.children):
        return False
    return words is None or any(c.lemma_.lower() in words for c in verb.children if c.dep_ in ("dobj", "advmod"))


def _against(coded: Coded, speakers: list[Participant]) -> bool:
    """The claimed act hits the speaker's own state (or names no target, or one of no state yet: "arrested several
    doctors, the health ministry said"): the speaker accuses its adversary."""
    countries = {p.ref.country for p in speakers}
    return not coded.targets or any(p.ref.country in countries or not p.ref.country for p in coded.targets)


def _same_side(speakers: list[Participant], actors: list[Participant]) -> bool:
    """Every speaker reports its own side's act (the same actor, or the same side of one state: its officials,
    forces and police are one), or one of the sides has no known state, so that the act cannot be told to be
    another's."""
    if not all(p.ref.country for p in (*speakers, *actors)):
        return True
    keys = {p.key for p in actors}
    sides = {(p.ref.country, _side(p.ref.role)) for p in actors}
    # (every speaker: "two protesters and a commission member said security forces fired" is the protesters' claim)
    return all(s.key in keys or (s.ref.country, _side(s.ref.role)) in sides for s in speakers)


def _side(role: str | None) -> str:
    """The side a sector speaks for: a state's officials, forces and police are one ("two Pakistani security
    officials" on Pakistani strikes)."""
    return "STATE" if (role or "GOV") in STATE_SECTORS else role


#: Sectors that act and speak for a state.
STATE_SECTORS = {"GOV", "MIL", "COP", "SPY", "JUD"}


def _negated_judgement(token: Token) -> bool:
    """"was not a provocation", "no violation": the judgement is denied; "he would be ineligible (had they voted)":
    it is only supposed."""
    return any(
        c.dep_ == "neg" or c.lower_ == "no" or (c.dep_ == "aux" and c.lower_ in ("would", "could", "might"))
        for c in (*token.children, *token.head.children)
    )


def _refers_back(noun: Token) -> bool:
    """``the deal``, ``such statements``: a definite noun with no owner, which names an act told before."""
    return (
        noun.pos_ == "NOUN"
        and any(d.lower_ in ANAPHORIC_DETERMINERS for d in noun.children)
        and not any(c.dep_ in ("poss", "compound") and c.pos_ == "PROPN" for c in noun.children)
    )
