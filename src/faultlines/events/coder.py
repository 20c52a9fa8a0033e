"""Codes the events of one sentence from its dependency parse, driven by the pattern lexicon.

A token whose lemma has a pattern (``patterns.tsv``) is a predicate; a token with a modality effect
(``modality.tsv``: refuse, threaten, promise, urge, demand, light verbs, reporting verbs) changes the event of the
clause or noun it governs. Subjects and agents give sources, objects and prepositional objects give targets.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from faultlines.events.coded import Coded, pos_class
from faultlines.events.lexicon import Lexicon, Pattern
from faultlines.events.participants import ActorFinder
from faultlines.events.reported import OBLIGATION, ReportFinder
from faultlines.events.roles import (
    ARMED_ROOTS,
    BATCH_NOUNS,
    FRAME_HEADS,
    SUBJECT_DEPS,
    TARGETING_VERBS,
    VIOLENT_ROOTS,
    excluded,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

NEGATIONS = {"not", "n't", "never", "no"}
MODAL_INTENT = {"will", "would", "shall"}
#: Auxiliaries of a possible act: "could strike", "might impose", "would retaliate".
MODAL_POSSIBLE = {"could", "might", "may", "would"}
CONDITIONAL_MARKS = {"if", "unless"}
#: Auxiliaries that open a condition put first ("Had they voted to convict, ...").
INVERTED_CONDITIONS = {"had", "were", "should"}
#: Nouns of an aim, whose infinitive is not yet done: "in an effort to topple", "a bid to oust", "plans to".
AIM_NOUNS = {
    "effort", "attempt", "bid", "plan", "push", "drive", "aim", "goal", "ambition", "plot", "invitation", "offer",
    "request", "proposal", "call", "deal", "agreement",
}
#: Verbs of travel, whose purpose clause is an aim, not an act done.
TRAVEL_VERBS = {"arrive", "travel", "fly", "come", "go", "head", "visit", "return", "land"}
#: Words for sums of money, when the parser does not tag the sum ("pledged 500 million euros in aid").
CURRENCY_WORDS = {"dollar", "euro", "pound", "yen", "yuan", "rouble", "ruble", "rupee", "franc", "million", "billion"}
#: Determiners of an act that names none in particular ("would respond to any attack").
ANY_DETERMINERS = {"any", "whatever", "every"}
#: Adjectives that make an event noun only possible or planned.
POSSIBLE_ADJECTIVES = {"possible", "potential", "planned", "proposed", "prospective", "would-be", "eventual"}
#: Words that open an embedded question ("asked whether", "asked what he thought").
QUESTION_MARKS = {"whether", "if"}
#: Verbs of an attempt, whose act did not happen when a "but" clause says it was turned down.
ATTEMPT_VERBS = {"try", "attempt", "seek"}
#: Nouns of what is told, whose "that" clause a denial denies ("denied reports that ...").
DENIED_NOUNS = {"report", "claim", "allegation", "accusation", "suggestion", "rumour", "rumor", "charge"}
CONTENT_ROOTS = {"05", "09", "10", "11", "12", "13"}  # "accused X of [shelling]": the complement is content
CONTROL_EFFECTS = {"reject", "threat", "intent", "appeal", "demand", "reduce", "command"}
NAMED = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "WORK_OF_ART", "LAW", "PRODUCT"}
#: The code of a pattern that marks an idiom: the word codes no event there.
NO_EVENT = "-"


def _doer_of(coded: Coded, by_anchor: dict[int, Coded]) -> bool:
    """Whether ``coded`` is a violent act named as the subject of the violence it did ("a U.S. air strike in
    Baghdad killed Soleimani"; not "clashes between A and B killed two"): one act, coded once, by the verb that
    says whom it hit, with the noun's source where it names the same state (the forces behind "an Israeli
    airstrike")."""
    noun = coded.anchor
    if noun.pos_ != "NOUN" or noun.dep_ != "nsubj" or coded.code[:2] not in VIOLENT_ROOTS or coded.reciprocal:
        return False
    deed = by_anchor.get(noun.head.i)
    if deed is None or deed.code[:2] not in VIOLENT_ROOTS or not deed.sources or not deed.targets:
        return False
    if not all(p.ref.country for p in deed.targets):
        return False  # ("killed 12 people": the strike's own target says more)
    if {p.ref.country for p in coded.sources} == {p.ref.country for p in deed.sources}:
        deed.sources = coded.sources
    return True


def _holds(pattern: Pattern, token: Token) -> bool:
    kind = pattern.kind
    if kind == "-":
        return True
    words = pattern.words
    children = list(token.children)
    if kind == "prep":
        return any(
            c.dep_ in ("prep", "agent", "dative") and c.lower_ in words and not _names_a_time(c) for c in children
        )
    if kind == "prt":  # (a preposition with an object is none: "handed a note to Beijing over the seizure")
        return any(
            c.dep_ in ("prt", "advmod", "prep") and c.lower_ in words and not (c.dep_ == "prep" and _has_object(c))
            for c in children
        )
    if kind == "obj":
        objects = [c for c in children if c.dep_ in ("dobj", "nsubjpass")]
        if not objects and (token.dep_ == "relcl" or token.dep_ == "acl" and token.tag_ == "VBN"):
            objects = [token.head]  # "a charge Yerevan denied", "a statement released by": the noun is its object
        objects += [j for o in objects for j in o.conjuncts]  # "fired rubber bullets and tear gas"
        objects += [p for o in objects for p in batch_contents(o)]  # "fired a barrage of missiles"
        objects += [a for o in objects for a in o.children if a.dep_ == "appos"]  # "summoned Tarumi, Japan's envoy"
        return any(
            o.lemma_.lower() in words
            or any(m.dep_ == "compound" and m.lemma_.lower() in words for m in o.children)
            for o in objects
        )
    if kind == "sub":
        return any(t.lemma_.lower() in words for t in token.subtree if t.dep_ not in SUBJECT_DEPS)
    if kind == "mod":
        return any(c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in words for c in children)
    if kind == "with":  # "targeted officials with visa restrictions", "were hit with sanctions"
        holders = [token, *(c for c in children if c.dep_ == "dobj")]
        preps = [c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "with"]
        return any(o.dep_ == "pobj" and o.lemma_.lower() in words for p in preps for o in p.children)
    if kind == "xcomp" and "*" in words:  # any complement verb, with no object before it ("help stop X")
        return not any(c.dep_ == "dobj" for c in children) and any(
            c.dep_ in ("xcomp", "ccomp") and not any(g.dep_ == "nsubj" for g in c.children) for c in children
        )  # ("helping the Government of Pakistan meet its needs", parsed with a subject: Pakistan is helped)
    if kind == "xcomp":
        return any(c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in words for c in children)
    if kind == "intrans":  # active and without an object ("returned to Kyiv", not "was returned to Kyiv")
        return not any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in children)
    if kind == "in":
        return token.dep_ == "pobj" and token.head.lower_ in words
    if kind == "cond":
        return _has_condition(token)
    if kind == "gov":
        return token.dep_ in ("dobj", "nsubjpass") and token.head.lemma_.lower() in words
    return False


class SentenceCoder(ReportFinder):
    """Codes one sentence; the finder carries the article's actor memory."""

    def __init__(self, sent: Span, finder: ActorFinder, lex: Lexicon):
        self.sent = sent
        self.finder = finder
        self.lex = lex
        self.patterns: dict[int, Pattern] = {}
        self.effects: dict[int, str] = {}
        for token in sent:
            pos = pos_class(token)
            if pos is None:
                continue
            if pos == "N" and (token.pos_ == "PROPN" or token.ent_type_ in NAMED):
                continue
            if token.dep_ == "amod" or (
                token.dep_ == "compound" and token.head.lemma_.lower() not in FRAME_HEADS
            ):
                continue
            if self._aims_peaceful_act(token):
                continue  # "sanctions targeting Russian banks": the sanctions' target, no act of force
            for lemma in _lemmas(token):
                pattern = next((p for p in lex.patterns_for(lemma, pos) if _holds(p, token)), None)
                if pattern is not None and pattern.cameo == NO_EVENT:
                    break  # an idiom: "it strikes me as odd" is no act of force
                if pattern is not None:
                    self.patterns[token.i] = pattern
                effect = lex.effect(lemma, pos)
                if effect is not None:
                    self.effects[token.i] = effect
                if token.i in self.patterns or effect is not None:
                    break
        for i in [i for i, effect in self.effects.items() if effect == "scheduled" and _asks_someone(sent.doc[i])]:
            self.effects[i] = "appeal"  # "expected Russian authorities to provide it": an appeal, no schedule
        for i in [i for i in self.patterns if self._measure_strikes(sent.doc[i])]:
            del self.patterns[i]
        for i in [i for i, effect in self.effects.items() if effect == "intent" and self._perpetrated(sent.doc[i])]:
            self.effects[i] = "light"
        for i in [i for i, effect in self.effects.items() if effect == "light" and not self._strong_light(sent.doc[i])]:
            del self.effects[i]  # "has deals with": no act, and its subject is no source of the deals
        self.consumed: set[int] = set()
        finder.places = False  # deep search may pass "in", "inside" (targets of violence are places too)

    # -- driver ------------------------------------------------------------------------------------
    def code(self) -> list[Coded]:
        if not self.patterns:
            return self._judgements([])
        order = sorted(
            set(self.patterns) | set(self.effects), key=lambda i: (self._depth(self.sent.doc[i]), i)
        )
        found: list[Coded] = []
        for i in order:
            if i in self.consumed:
                continue
            coded = self.build(self.sent.doc[i])
            if coded is not None:
                found.append(coded)
        for coded in found:
            if not coded.sources and not coded.targets:
                coded.weak = True
            elif coded.rule.startswith("noun:") and not coded.targets:
                coded.weak = True
        if any(not c.weak for c in found):
            found = [c for c in found if not c.weak]
        by_anchor = {c.anchor.i: c for c in found}
        found = [c for c in found if not _doer_of(c, by_anchor)]
        anchors = {c.anchor.i for c in found}
        found.sort(key=lambda c: (c.weak, sum(1 for a in c.anchor.ancestors if a.i in anchors), c.anchor.i))
        if any(_complete(c) for c in found):
            # the main event stays; secondary events need a source and a target when some event has both
            found = found[:1] + [c for c in found[1:] if _complete(c)]
        return found + self._claims(found) + self._judgements(found) + self._obligations(found) + self._fates(found)


    @staticmethod
    def _depth(token: Token) -> int:
        return sum(1 for _ in token.ancestors)

    # -- building one event ---------------------------------------------------------------------------
    def build(self, token: Token) -> Coded | None:
        """The event of the predicate or modality word ``token`` (consuming the words it governs)."""
        coded = self._build(token)
        if coded is not None and token.pos_ == "VERB" and self.effects.get(token.i) != "speech":
            self._reported_obligation(token, coded)
        return coded

    def _build(self, token: Token) -> Coded | None:
        self.consumed.add(token.i)
        effect = self.effects.get(token.i)
        pattern = self.patterns.get(token.i)
        if pattern is not None and pattern.kind in ("xcomp", "obj"):
            effect = None  # "declined to comment", "claimed responsibility": the pattern names the whole act
            self.consumed.update(c.i for c in token.children if c.dep_ in ("xcomp", "dobj", "nsubjpass"))
        if effect == "speech":
            return self._speech(token)
        if effect == "appeal" and _question(token):
            return None  # "asked him whether he would run": a question, not an appeal
        if effect == "appeal" and token.lemma_.lower() == "call" and any(c.dep_ == "auxpass" for c in token.children):
            return None  # "the protests were called to demand ...": called together, no appeal
        if effect in CONTROL_EFFECTS:
            coded = self._controlled(token, effect)
            if coded is not None:
                coded = self._negate(token, coded)
                if effect == "reduce" and coded is not None:  # "will suspend talks", as "will lift sanctions"
                    coded = self._future(token, coded)
                return self._conditional(token, coded)
            complement = next(
                (c for c in token.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB"), None
            )
            pattern = self.patterns.get(token.i)
            if complement is not None and any(c.dep_ == "neg" for c in complement.children):
                return None  # "vowed not to tolerate any more protests": a promise of what no pattern names
            if complement is not None and pattern is not None:
                coded = self._simple(token, pattern)
                coded.words.append(complement)
                if effect in ("appeal", "demand") and complement.dep_ == "ccomp":
                    asked = [c for c in complement.children if c.dep_ in SUBJECT_DEPS]
                    coded.targets = self._resolve_many(asked, coded.sources, deep=False) or coded.targets
                if not coded.targets:
                    coded.targets = self._verb_targets(complement, None, exclude=coded.sources)
                return self._negate(token, coded)
        if effect == "light":
            coded = self._light(token)
            if coded is not None:
                coded = self._negate(token, coded)
                return self._future(token, coded) if coded is not None else None
        pattern = self.patterns.get(token.i)
        if pattern is None:
            return None
        coded = self._simple(token, pattern)
        if coded is None:
            return None
        coded = self._negate(token, coded)
        if coded is not None and effect in (None, "light"):
            return self._future(token, coded)  # a light verb without its event noun is a plain verb
        return coded

    def _future(self, token: Token, coded: Coded) -> Coded | None:
        """``will attack`` is a threat (CAMEO 13); ``will visit`` an act still to come (mode future); ``could
        strike``, ``might impose`` or an act under ``if`` a possibility (mode hypothetical)."""
        planned = self._scheduled(token) or _purpose(token)
        if planned is not None:  # "is due to visit Washington", "arrived in Tbilisi to support": still to come
            coded.mode, coded.rule = "future", coded.rule + "+planned"
            coded.notes.append(f'not yet done ("{planned.text}")')
            return coded
        modal = self._modal(token) if token.pos_ == "VERB" else None
        if modal is None:
            modal = self._possible(token)
            if modal is not None:
                coded.mode = "hypothetical"
                coded.notes.append(f'a possibility ("{modal}")')
            return coded
        if coded.code[:2] == "12" and coded.rule.endswith("+neg"):
            return coded  # "would never recognise", "will not allow": a refusal, made as it is said
        new = self.lex.apply_effect("intent", coded.code)
        if new is None:
            return None
        if new[:2] == "13":  # "will strike back", "we will respond if ...": a threat, made as it is said
            asked = _asked(token)
            if asked is not None:  # "did not say whether they would retaliate": no threat made
                coded.mode, coded.rule = "hypothetical", coded.rule + "+modal"
                coded.notes.append(f'in question ("{asked.text}")')
                return coded
            coded.code, coded.rule = new, coded.rule + "+modal"
            coded.reciprocal = False  # "China will fight back": China threatens, the other side does not
            coded.notes.append(f'a threat ("{modal}")')
            return coded
        # "would" is a conditional, but in a reported clause it is the speaker's "will" ("told him Washington
        # would defend the Philippines"), unless a condition goes with it
        reported = self._reporting_verb(token) is not None and not _has_condition(token)
        coded.mode = "hypothetical" if modal.lower() == "would" and not reported else "future"
        coded.rule += "+modal"
        coded.notes.append(f'not yet done ("{modal}")')
        return coded

    def _conditional(self, token: Token, coded: Coded | None) -> Coded | None:
        """``if he agrees to a ceasefire``: an act under a condition is only possible."""
        mark = self._possible(token) if coded is not None and coded.mode == "asserted" else None
        if mark is not None and mark.lower() in CONDITIONAL_MARKS | INVERTED_CONDITIONS:
            coded.mode = "hypothetical"
            coded.notes.append(f'a possibility ("{mark}")')
        return coded

    def _scheduled(self, token: Token) -> Token | None:
        """The word that puts the act ``token`` on the calendar: "due to [visit]", "expected to [sign]", "set to"."""
        if token.dep_ != "xcomp" or token.pos_ != "VERB":
            return None
        head = token.head
        if self.effects.get(head.i) == "scheduled" or (head.lemma_ == "set" and head.tag_ == "VBN"):
            return head
        return None

    def _possible(self, token: Token) -> str | None:
        """The word that makes the act only possible: a modal auxiliary or the ``if`` of its clause."""
        for child in token.children:
            if child.dep_ == "aux" and child.lower_ in MODAL_POSSIBLE:
                return child.text
            if token.pos_ == "NOUN" and child.dep_ == "amod" and child.lower_ in POSSIBLE_ADJECTIVES:
                return child.text  # "a possible invasion", "a planned visit"
            if token.pos_ == "NOUN" and child.dep_ == "det" and child.lower_ in ANY_DETERMINERS:
                return child.text  # "would respond to any attack": no attack in particular
        if token.dep_ in ("xcomp", "pcomp", "dobj", "ccomp") and self.effects.get(token.head.i) == "possible":
            return token.head.text  # "is considering raising tariffs", "weighs sending troops"
        current = token
        for _ in range(4):
            if current.dep_ == "advcl":
                mark = condition(current)
                if mark is not None:
                    return mark.text
            if current.dep_ in ("ccomp", "pcomp"):
                asked = next((c for c in current.children if c.dep_ == "mark" and c.lower_ in QUESTION_MARKS), None)
                if asked is not None:
                    return asked.text  # "to determine whether the officers violated the rules": in question
            if current.dep_ == "acl":
                det = next((c for c in current.head.children if c.dep_ == "det" and c.lower_ in ANY_DETERMINERS), None)
                if det is not None:
                    return det.text  # "condemned any attempt to seize its assets"
            if current.head.i == current.i:
                return None
            current = current.head
        return None

    def _speech(self, token: Token) -> Coded | None:
        inner = [t for t in token.subtree if t.i != token.i and (t.i in self.patterns or t.i in self.effects)]
        inner = [t for t in inner if self.effects.get(t.i) != "speech" or t.i in self.patterns]
        if any(c.dep_ == "dobj" and self._held_act(c).i in self.patterns for c in token.children):
            return self._light(token)  # "announced a ceasefire", "declared war on", "unveiled an aid package"
        pattern = self.patterns.get(token.i)
        if inner or pattern is None:
            return None
        coded = self._simple(token, pattern)
        if coded is not None:
            coded.weak = True
            coded.confidence -= 0.2
            coded = self._negate(token, coded)  # "did not comment on the statement"
        return coded

    def _batch_of(self, noun: Token) -> Token:
        """``a new package of sanctions``, ``a fresh round of talks``, ``$500 million in military aid``: the act a
        batch noun or a sum holds, else the noun."""
        return next((held for held in (*batch_contents(noun), *sum_contents(noun)) if held.i in self.patterns), noun)

    def _perpetrated(self, token: Token) -> bool:
        """``the forces committed 17 massacres``, ``the group planned the attacks``: a verb of intent in the past
        whose object is an act of violence names the act done, as a light verb does."""
        if token.tag_ not in ("VBD", "VBN") or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "MD" for c in token.children):
            return False
        for obj in (c for c in token.children if c.dep_ == "dobj"):
            held = self.patterns.get(self._held_act(obj).i)
            if held is not None and held.cameo[:2] in ARMED_ROOTS:
                return True
        return False

    def _measure_strikes(self, token: Token) -> bool:
        """``sanctions imposed by Washington have hit Russian banks``, ``the tariffs battered exporters``: a verb of
        force whose subject names a peaceful act is a figure of speech, no act of force."""
        pattern = self.patterns.get(token.i)
        if pattern is None or pattern.pos != "V" or pattern.cameo[:2] not in VIOLENT_ROOTS:
            return False
        for subject in (c for c in token.children if c.dep_ == "nsubj"):
            held = self.patterns.get(self._held_act(subject).i)
            if held is not None and held.cameo[:2] not in VIOLENT_ROOTS:
                return True
        return False

    def _aims_peaceful_act(self, token: Token) -> bool:
        if token.lemma_.lower() not in TARGETING_VERBS or token.dep_ != "acl":
            return False
        held = self.patterns.get(self._held_act(token.head).i)
        return held is not None and held.cameo[:2] not in VIOLENT_ROOTS

    def _held_act(self, noun: Token) -> Token:
        """The act an object names or holds: itself, its event-noun compound ("an aid package"), or what a batch or
        a sum holds ("a round of talks", "$3 billion in loans"); else the object."""
        if noun.i in self.patterns:
            return noun
        noun = next((m for m in noun.children if m.dep_ == "compound" and m.i in self.patterns), noun)
        return self._batch_of(noun)

    def _governed(self, token: Token) -> Token | None:
        """The predicate a control word governs: ``refused to [recognise]``, ``refusal to [recognise]``,
        ``threatened [sanctions]``, ``called for [talks]``."""
        demanding = self.effects.get(token.i) in ("appeal", "demand", "threat")
        for child in token.children:
            if child.dep_ in ("xcomp", "acl", "ccomp") and child.pos_ in ("VERB", "AUX"):
                if child.dep_ == "ccomp" and not demanding:
                    continue
                if child.dep_ == "acl" and not any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in child.children
                ):
                    continue
                if child.i in self.patterns or child.i in self.effects:
                    return child
        naming = any(c.dep_ == "oprd" for c in token.children)  # "called the sanctions illegal": a judgement
        for child in token.children:
            cancelled = child.dep_ == "nsubjpass" and self.effects.get(token.i) == "reduce"  # "talks were postponed"
            if (child.dep_ == "dobj" and not naming) or cancelled:
                held = self._held_act(child)
                if held.i in self.patterns:
                    return held
            if child.dep_ == "prep" and child.lower_ in ("for", "of", "to", "with"):
                for pobj in child.children:
                    if pobj.dep_ in ("pobj", "pcomp") and (pobj.i in self.patterns or pobj.i in self.effects):
                        return pobj
        return None

    def _controlled(self, token: Token, effect: str) -> Coded | None:
        inner_token = self._governed(token)
        if inner_token is None or inner_token.i in self.consumed:
            return None
        inner = self.build(inner_token)
        if inner is None:
            return None
        if inner.mode == "negated" and effect in ("intent", "threat"):
            return None  # "pledged not to attack": an assurance, neither a threat nor the act
        code = self.lex.apply_effect(effect, inner.code)
        if effect == "intent" and inner.code[:2] == "01" and inner_token.dep_ == "dobj":
            code = inner.code  # "offered his condolences to": the condolence is given as it is offered (018)
        if code is None:
            return None
        sources = self._noun_sources(token) if token.pos_ == "NOUN" else self.sources_of(token)
        targets = inner.targets
        if effect in ("appeal", "demand"):
            asked = self._verb_targets(token, None, exclude=sources) or self._prep_objects(
                token, ("from",), sources
            )
            if inner_token.dep_ == "ccomp" or (not asked and inner_token.pos_ == "NOUN"):
                asked = [p for p in inner.sources if not excluded(p, sources)]
            targets = asked or targets
        if inner.reciprocal and effect == "intent" and len(sources or inner.sources) > 1:
            targets = []  # "India and China agreed to disengage troops": the two sides, with each other
        elif not targets:  # (not the speaker's own side: "ordered his military to respond")
            targets = self._verb_targets(token, self.patterns.get(token.i), exclude=sources or inner.sources)
        notes = [f'{effect} governing "{inner_token.text}"'] + inner.notes
        own = self.patterns.get(token.i)
        return Coded(
            anchor=token,
            code=code,
            rule=f"{effect}:{token.lemma_.lower()}>{inner.rule}",
            words=[token, *inner.words],
            sources=sources or inner.sources,
            targets=targets,
            notes=notes,
            confidence=min(inner.confidence, 0.8),
            act=inner.act or inner.code,
            reciprocal=(inner.reciprocal and effect == "intent" and code[:2] == inner.code[:2])
            # ("Saudi Arabia and the UAE agreed to invest in Pakistan": both, in Pakistan, not with each other)
            or (own is not None and own.frame == "sym" and effect == "intent"
                and not any(t.ref.country and not excluded(t, sources) for t in inner.targets)
                and _two_sided(token, sources)),
        )

    def _strong_light(self, token: Token) -> bool:
        """A light verb makes an act of its noun; a weak one ("have") only of the nouns whose patterns name it:
        "had a meeting with" is an act, "has sanctions on", "has a deal with" a state of affairs."""
        if token.lemma_.lower() not in WEAK_LIGHT_VERBS:
            return True
        objects = [c for c in token.children if c.dep_ == "dobj"]
        return any(o.i in self.patterns and self.patterns[o.i].kind == "gov" for o in objects)

    def _light(self, token: Token) -> Coded | None:
        """``launched an assault on``, ``expressed his gratitude to``, ``responded with threats against``, ``came to
        an agreement``."""
        noun = None
        arriving = token.lemma_.lower() == "come"
        for child in token.children:
            if child.dep_ in ("dobj", "nsubjpass"):
                held = self._held_act(child)
                if held.i in self.patterns and held.i not in self.consumed:
                    noun = held
                    break
            if child.dep_ == "prep" and (child.lower_ in ("with", "in", "on") or child.lower_ == "to" and arriving):
                noun = next((p for p in child.children if p.dep_ == "pobj" and p.i in self.patterns), None)
                if noun is not None and noun.i not in self.consumed:
                    break
                noun = None
        if noun is None:
            return None
        inner = self.build(noun)
        if inner is None:
            return None
        sources = self.sources_of(token) or inner.sources
        if inner.reciprocal and not sources and not inner.targets:
            pairs = self._between(token) or [  # "talks were held (throughout the day) between India and China"
                p for c in token.children if c.dep_ == "prep" for o in c.children for p in self._between(o)
            ]
            if len(pairs) > 1:
                sources = pairs
        targets = (
            inner.targets
            or self._verb_targets(token, None, skip_object=True, exclude=sources, root=inner.code[:2])
            or self.aimed_past_agent(token, sources)
        )
        if not targets and inner.code[:2] in ("01", "11"):  # ("expressed concern over Canada's handling")
            targets = self._topic_authors((token, noun), sources)
        return Coded(
            anchor=token,
            code=inner.code,
            rule=f"light:{token.lemma_.lower()}>{inner.rule}",
            words=[token, *inner.words],
            sources=sources,
            targets=targets,
            notes=inner.notes,
            confidence=inner.confidence,
            reciprocal=inner.reciprocal,
            act=inner.act or inner.code,
        )

    def _simple(self, token: Token, pattern: Pattern) -> Coded | None:
        if pattern.pos == "N":
            sources = self._noun_sources(token)
            targets = self._noun_targets(token, sources)
            confidence = 0.7
        else:
            sources, targets = self._verb_participants(token, pattern)
            confidence = 0.8
        notes = []
        if not targets and pattern.pos == "V" and pattern.cameo[:2] in ("11", "13"):
            # "warned that France would bear full responsibility", "alleged that Kyiv had used chemical weapons":
            # the threat or the charge is aimed at the clause's subject
            clause = next((c for c in token.children if c.dep_ == "ccomp"), None)
            conditions = [c for c in clause.children if c.dep_ == "advcl" and condition(c)] if clause is not None else []
            for verb in (clause, *conditions) if clause is not None else ():
                # ("warned it would take measures if Taiwan declared independence": the condition's subject)
                subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
                targets = [p for p in self._resolve_many(subjects, sources, deep=False) if p.ref.country or p.ref.role]
                if targets:
                    break
        if not targets and pattern.kind == "cond":  # "would respond if NATO sent troops": at the condition's subject
            subjects = [
                s for c in token.children if c.dep_ == "advcl" and condition(c)
                for s in c.children if s.dep_ in ("nsubj", "nsubjpass")
            ]
            targets = [p for p in self._resolve_many(subjects, sources, deep=False) if p.ref.country or p.ref.role]
        complement = _complement(token) if pattern.pos == "V" and not targets else None
        if complement is not None:  # "considering sending aid to Kyrgyzstan": the complement's target
            targets = self._verb_targets(complement, self.patterns.get(complement.i), exclude=sources)
            notes = [f'target of "{complement.text}"'] if targets else []
        marker = [c for c in token.children if c.lower_ in pattern.words and pattern.kind in ("prt", "prep")]
        coded = Coded(
            anchor=token,
            code=pattern.cameo,
            rule=pattern.id,
            words=[token, *marker[:1]],
            sources=sources,
            targets=targets,
            notes=notes,
            confidence=confidence,
            act=pattern.cameo,
        )
        if pattern.cameo[:2] in CONTENT_ROOTS:
            for child in token.children:
                if child.dep_ == "prep" and child.lower_ in ("of", "for", "over"):
                    self.consumed.update(t.i for t in child.subtree)
        if _each_other(token):
            coded.targets, coded.reciprocal = [], True
        if pattern.frame == "sym":
            coded.reciprocal = True
            pairs = self._between(token)
            if pairs and not sources:
                coded.sources, coded.targets = pairs, pairs
        return coded

    def _negate(self, token: Token, coded: Coded) -> Coded | None:
        negation = next(
            (c for c in token.children if c.dep_ == "neg" or (c.lower_ in NEGATIONS and c.dep_ == "advmod")),
            None,
        )
        held = self._held_back(token) if negation is None else None
        if held is not None:  # "refrained from expelling", "denied shelling": the act did not happen
            coded.mode, coded.rule = "negated", coded.rule + "+neg"
            coded.notes.append(f'held back or denied ("{held.text}")')
            return coded
        if negation is None:
            return coded
        code = self.lex.apply_effect("reject", coded.code)
        if code is None:  # "did not attack": the act, negated
            coded.mode, coded.rule = "negated", coded.rule + "+neg"
            coded.notes.append(f'negated by "{negation.text}"')
            return coded
        coded.code, coded.rule, coded.reciprocal = code, coded.rule + "+neg", False
        coded.notes.append(f'negated by "{negation.text}"')
        return coded

    def _held_back(self, token: Token) -> Token | None:
        """The word that says the act ``token`` was held back or denied: "refrained from [expelling]", "avoided
        [condemning]", "stopped short of [imposing]", "denied [shelling]", "denied that its forces [struck]"."""
        head = token.head
        if token.dep_ == "xcomp" and head.lemma_.lower() in ATTEMPT_VERBS:
            # "tried to reach a deal with Nagin, but he refused": an attempt turned down did not happen
            return next((c for c in head.children if c.dep_ == "conj" and self._turned_down(c)), None)
        if token.dep_ in ("acl", "ccomp") and head.lemma_.lower() in DENIED_NOUNS and head.dep_ == "dobj":
            # "denied reports that a convoy was ambushed", "denied claims that soldiers killed civilians"
            return head.head if head.i < token.i and self.effects.get(head.head.i) == "abstain" else None
        if token.dep_ not in ("pcomp", "xcomp", "ccomp") or token.i < token.head.i:
            return None  # (a clause before the verb is not what it denies: "..., a charge she denies")
        if head.pos_ == "ADP":
            head = head.head
        if head.lower_ == "short" and head.head.i != head.i:  # "stopped short of", "fell short of"
            return head
        return head if self.effects.get(head.i) == "abstain" else None

    def _turned_down(self, verb: Token) -> bool:
        """``..., but he refused``, ``but failed``: a clause after "but" that refuses or fails."""
        but = any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in (*verb.children, *verb.head.children))
        return but and self.lex.effect(verb.lemma_.lower(), "V") == "reject"

    def _reported_obligation(self, token: Token, coded: Coded) -> bool:
        """``X said Y must [act]``: a demand by the speaker on Y (the clause subject)."""
        head = token.head
        if token.dep_ != "ccomp" or self.effects.get(head.i) != "speech":
            return False
        must = next((c for c in token.children if c.dep_ == "aux" and c.lower_ in OBLIGATION), None)
        if must is None:
            return False
        speaker = self.sources_of(head)
        code = self.lex.apply_effect("demand", coded.code)
        if not speaker or code is None:
            return False
        coded.targets = [p for p in coded.sources if not excluded(p, speaker)] or coded.targets
        coded.sources, coded.code = speaker, code
        coded.rule = f"demand:{must.lower_}>{coded.rule}"
        coded.words = [head, must, *coded.words]
        coded.notes.append(f'reported obligation ("{must.text}")')
        return True

    @staticmethod
    def _modal(token: Token) -> str | None:
        """The future or conditional auxiliary of the verb or of the verbs it is the complement of."""
        for _ in range(3):
            for child in token.children:
                if child.dep_ == "aux" and child.lemma_.lower() in MODAL_INTENT:
                    return child.text
            if token.dep_ != "xcomp":
                return None
            token = token.head
        return None


def _names_a_time(prep: Token) -> bool:
    """``on Sunday``, ``at dawn``: a preposition whose object is a date or time, not a target."""
    return any(p.dep_ == "pobj" and p.ent_type_ in ("DATE", "TIME") for p in prep.children)


def _two_sided(token: Token, sources: list) -> bool:
    """``A and B agreed``, ``agreed with B``: an agreement between sides (but "NATO agreed to invite Ukraine" is
    NATO's act)."""
    return len(sources) > 1 or any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children)


def batch_contents(noun: Token) -> list[Token]:
    """What a batch noun holds: "sanctions" in "a package of sanctions" (none for other nouns)."""
    if noun.lemma_.lower() not in BATCH_NOUNS:
        return []
    return [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]


def sum_contents(noun: Token) -> list[Token]:
    """What a sum of money is given in: "aid" in "500 million euros in aid", "$2 billion in loans"."""
    if noun.ent_type_ != "MONEY" and noun.lemma_.lower() not in CURRENCY_WORDS:
        return []
    return [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children if p.dep_ == "pobj"]


def _purpose(token: Token) -> Token | None:
    """The "to" of a purpose clause hung on a verb of travel ("arrived in Tbilisi [to] support the protesters"): the
    aim of a journey, not an act done (but "fired tear gas to disperse them" did disperse them)."""
    aim = token.dep_ == "acl" and token.head.lemma_.lower() in AIM_NOUNS  # "in an effort to topple the government"
    aim = aim or token.dep_ == "advcl" and any(  # "demanded a deal to free the hostages" (the parser's advcl)
        c.dep_ == "dobj" and c.lemma_.lower() in AIM_NOUNS and c.i < token.i for c in token.head.children
    )
    if token.dep_ == "pcomp" and token.head.lower_ in ("for", "of"):
        owner = token.head.head  # "a request for severing relations", "a plan of invading": asked for, not done
        aims = [owner, *(c for c in owner.children if c.dep_ == "dobj")]  # (or "received a request ... for")
        if any(a.lemma_.lower() in AIM_NOUNS for a in aims):
            return token.head
    if not aim and (token.dep_ != "advcl" or token.head.lemma_.lower() not in TRAVEL_VERBS or token.i < token.head.i):
        return None
    return next((c for c in token.children if c.dep_ == "aux" and c.lower_ == "to"), None)


def _has_condition(token: Token) -> bool:
    """Whether ``token`` governs a condition clause ("we will respond if they attack"), or answers any act of a
    kind ("will respond to any provocation")."""
    return any(c.dep_ == "advcl" and condition(c) is not None for c in token.children) or any(
        c.dep_ == "prep" and c.lower_ in ("to", "against")
        and any(d.dep_ == "det" and d.lower_ in ANY_DETERMINERS for o in c.children for d in o.children)
        for c in token.children
    )


def condition(clause: Token) -> Token | None:
    """The word that makes ``clause`` a condition: its "if" or "unless", or a first "Had", "Were", "Should"."""
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS), None)
    return mark if mark is not None else _inverted_condition(clause)


def _inverted_condition(clause: Token) -> Token | None:
    """The auxiliary of a condition put first ("Had they voted to convict, ...", "Were Russia to attack, ..."):
    the clause's first word, before its subject (the parser makes it the clause's head or its auxiliary)."""
    first = clause.left_edge
    if first.lower_ not in INVERTED_CONDITIONS or (first.i > 0 and not first.nbor(-1).is_punct):
        return None
    if first.i == clause.i or (first.head.i == clause.i and first.dep_ in ("aux", "auxpass")):
        return first
    return None


#: Light verbs that make an act only of the nouns whose patterns name them ("had a meeting", ``gov:have``).
WEAK_LIGHT_VERBS = {"have", "take"}


def _lemmas(token: Token) -> list[str]:
    """The parser's lemma, then the forms it misses for inflected verbs ("hoped" lemmatised as "hop")."""
    lemma, text = token.lemma_.lower(), token.lower_
    # a phrasal verb first ("call off" cancels, "call" appeals): the data may list it with its particle
    found = [f"{lemma} {c.lower_}" for c in token.children if c.dep_ == "prt"] + [lemma]
    if token.tag_ in ("VBD", "VBN") and text.endswith("ed"):
        found += [text[:-1], text[:-2]]
    elif token.tag_ == "VBG" and text.endswith("ing"):
        found += [text[:-3] + "e", text[:-3]]
    found += [_other_spelling(form) for form in found]  # "normalised" as "normalized", "mobilization" as "-isation"
    return [form for i, form in enumerate(found) if form and form not in found[:i]]


def _other_spelling(form: str) -> str:
    """The British or American spelling of an -ise/-ize word, else the empty string."""
    for british, american in (("isation", "ization"), ("ise", "ize")):
        if form.endswith(british) and len(form) > len(british) + 2:
            return form[: -len(british)] + american
        if form.endswith(american) and len(form) > len(american) + 2:
            return form[: -len(american)] + british
    return ""


def _asks_someone(token: Token) -> bool:
    """``expects Moscow to release him``: an active verb of schedule with an object that is to act."""
    if any(c.dep_ == "dobj" for c in token.children) and any(c.dep_ in ("xcomp", "ccomp") for c in token.children):
        return True
    return any(
        c.dep_ == "ccomp"
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        and any(n.dep_ == "nsubj" for n in c.children)
        for c in token.children
    )  # (the parser's other reading: "expects [Moscow to release him]")


def _asked(token: Token) -> Token | None:
    """The "whether" of the embedded question the verb ``token`` heads ("did not indicate whether they would
    retaliate"), if any."""
    if token.dep_ not in ("ccomp", "pcomp", "advcl"):
        return None
    return next((c for c in token.children if c.dep_ == "mark" and c.lower_ == "whether"), None)


def _question(token: Token) -> bool:
    """``asked X whether ...``, ``asked X what ...``: the clause the verb governs is a question."""
    for clause in (c for c in token.children if c.dep_ in ("ccomp", "xcomp", "advcl")):
        if clause.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
            continue  # "asked him to leave"
        first = min(clause.subtree, key=lambda t: t.i)
        if first.lower_ in QUESTION_MARKS or first.tag_ in ("WP", "WRB", "WDT", "WP$"):
            return True
    return False


def _complete(coded: Coded) -> bool:
    return bool(coded.sources) and bool(coded.targets or coded.reciprocal)


def _complement(token: Token) -> Token | None:
    """The verb a predicate governs with the same subject: ``considering [sending] aid``, ``helped [build]``."""
    return next((c for c in token.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)


def _each_other(token: Token) -> bool:
    """``accused each other``, ``praised one another``."""
    for child in token.children:
        if child.dep_ in ("dobj", "pobj", "prep") and child.lower_ in ("other", "another"):
            return True
        if child.dep_ == "prep" and any(p.lower_ in ("other", "another") for p in child.children):
            return True
    return False


def _has_object(prep: Token) -> bool:
    return any(c.dep_ == "pobj" for c in prep.children)
