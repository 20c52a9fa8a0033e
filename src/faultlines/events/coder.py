"""Codes the events of one sentence from its dependency parse, driven by the pattern lexicon.

A token whose lemma has a pattern (``patterns.tsv``) is a predicate; a token with a modality effect
(``modality.tsv``: refuse, threaten, promise, urge, demand, light verbs, reporting verbs) changes the event of the
clause or noun it governs. Subjects and agents give sources, objects and prepositional objects give targets.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from faultlines.events.lexicon import Lexicon, Pattern
from faultlines.events.participants import ActorFinder, Participant
from faultlines.model import ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
NEGATIONS = {"not", "n't", "never", "no"}
MODAL_INTENT = {"will", "would", "shall"}
OBLIGATION = {"must", "should"}
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
VIOLENT_ROOTS = {"15", "17", "18", "19", "20"}  # only these take a place ("fighting in Syria") as the target
CONTENT_ROOTS = {"05", "09", "10", "11", "12", "13"}  # "accused X of [shelling]": the complement is content
QUANTITIES = {
    "thousand",
    "hundred",
    "dozen",
    "million",
    "group",
    "some",
    "many",
    "number",
    "crowd",
    "team",
    "band",
}
CONTROL_EFFECTS = {"reject", "threat", "intent", "appeal", "demand", "reduce"}
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
}
NAMED = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "WORK_OF_ART", "LAW", "PRODUCT"}
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


@dataclass
class Coded:
    """An event found in a sentence, before it becomes :class:`faultlines.model.Event` records."""

    anchor: Token
    code: str
    rule: str
    words: list[Token]
    sources: list[Participant] = field(default_factory=list)
    targets: list[Participant] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    weak: bool = False
    confidence: float = 0.8
    reciprocal: bool = False


def pos_class(token: Token) -> str | None:
    if token.pos_ == "VERB":
        return "V"
    if token.pos_ in ("NOUN", "PROPN"):
        return "N"
    if token.pos_ == "ADJ":
        return "A"
    return None


def _holds(pattern: Pattern, token: Token) -> bool:
    kind = pattern.kind
    if kind == "-":
        return True
    words = pattern.words
    children = list(token.children)
    if kind == "prep":
        return any(c.dep_ in ("prep", "agent", "dative") and c.lower_ in words for c in children)
    if kind == "prt":
        return any(c.dep_ in ("prt", "advmod", "prep") and c.lower_ in words for c in children)
    if kind == "obj":
        objects = [c for c in children if c.dep_ in ("dobj", "nsubjpass")]
        return any(
            o.lemma_.lower() in words
            or any(m.dep_ == "compound" and m.lemma_.lower() in words for m in o.children)
            for o in objects
        )
    if kind == "sub":
        return any(t.lemma_.lower() in words for t in token.subtree if t.dep_ not in SUBJECT_DEPS)
    if kind == "mod":
        return any(c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in words for c in children)
    if kind == "xcomp":
        return any(c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in words for c in children)
    if kind == "intrans":
        return not any(c.dep_ == "dobj" for c in children)
    return False


class SentenceCoder:
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
            lemma = token.lemma_.lower()
            for pattern in lex.patterns_for(lemma, pos):
                if _holds(pattern, token):
                    self.patterns[token.i] = pattern
                    break
            effect = lex.effect(lemma, pos)
            if effect is not None:
                self.effects[token.i] = effect
        self.consumed: set[int] = set()
        self._places = False  # deep search may pass "in", "inside" (targets of violence are places too)

    # -- driver ------------------------------------------------------------------------------------
    def code(self) -> list[Coded]:
        if not self.patterns:
            return []
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
        anchors = {c.anchor.i for c in found}
        found.sort(key=lambda c: (c.weak, sum(1 for a in c.anchor.ancestors if a.i in anchors), c.anchor.i))
        if any(_complete(c) for c in found):
            # the main event stays; secondary events need a source and a target when some event has both
            found = found[:1] + [c for c in found[1:] if _complete(c)]
        return found

    @staticmethod
    def _depth(token: Token) -> int:
        return sum(1 for _ in token.ancestors)

    # -- building one event ---------------------------------------------------------------------------
    def build(self, token: Token) -> Coded | None:
        """The event of the predicate or modality word ``token`` (consuming the words it governs)."""
        self.consumed.add(token.i)
        effect = self.effects.get(token.i)
        pattern = self.patterns.get(token.i)
        if pattern is not None and pattern.kind in ("xcomp", "obj"):
            effect = None  # "declined to comment", "claimed responsibility": the pattern names the whole act
            self.consumed.update(c.i for c in token.children if c.dep_ in ("xcomp", "dobj"))
        if effect == "speech":
            return self._speech(token)
        if effect in CONTROL_EFFECTS:
            coded = self._controlled(token, effect)
            if coded is not None:
                return self._negate(token, coded)
            complement = next(
                (c for c in token.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB"), None
            )
            pattern = self.patterns.get(token.i)
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
                return self._negate(token, coded)
        pattern = self.patterns.get(token.i)
        if pattern is None:
            return None
        coded = self._simple(token, pattern)
        if coded is None:
            return None
        coded = self._negate(token, coded)
        if coded is not None and token.pos_ == "VERB" and effect is None and self._reported_obligation(token, coded):
            return coded
        if coded is not None and token.pos_ == "VERB" and self._modal(token) and effect is None:
            new = self.lex.apply_effect("intent", coded.code)
            if new is None:
                return None
            if new != coded.code:
                coded.code, coded.rule = new, coded.rule + "+modal"
                coded.notes.append(f'future or conditional ("{self._modal(token)}")')
        return coded

    def _speech(self, token: Token) -> Coded | None:
        inner = [t for t in token.subtree if t.i != token.i and (t.i in self.patterns or t.i in self.effects)]
        inner = [t for t in inner if self.effects.get(t.i) != "speech" or t.i in self.patterns]
        if any(c.dep_ == "dobj" and c.i in self.patterns for c in token.children):
            return self._light(token)  # "announced a ceasefire", "declared war on"
        pattern = self.patterns.get(token.i)
        if inner or pattern is None:
            return None
        coded = self._simple(token, pattern)
        if coded is not None:
            coded.weak = True
            coded.confidence -= 0.2
        return coded

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
        for child in token.children:
            if child.dep_ == "dobj" and child.i in self.patterns:
                return child
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
        code = self.lex.apply_effect(effect, inner.code)
        if code is None:
            return None
        sources = self._noun_sources(token) if token.pos_ == "NOUN" else self.sources_of(token)
        targets = inner.targets
        if effect in ("appeal", "demand"):
            asked = self._verb_targets(token, None, exclude=sources) or self._prep_objects(
                token, ("from",), sources
            )
            if inner_token.dep_ == "ccomp" or (not asked and inner_token.pos_ == "NOUN"):
                asked = [p for p in inner.sources if not _excluded(p, sources)]
            targets = asked or targets
        if not targets:
            targets = self._verb_targets(token, self.patterns.get(token.i))
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
            reciprocal=(inner.reciprocal and effect == "intent" and code[:2] == inner.code[:2])
            or (own is not None and own.frame == "sym" and effect == "intent"),
        )

    def _light(self, token: Token) -> Coded | None:
        """``launched an assault on``, ``expressed his gratitude to``, ``responded with threats against``."""
        noun = None
        for child in token.children:
            if child.dep_ in ("dobj", "nsubjpass") and child.i not in self.patterns:
                child = next(
                    (m for m in child.children if m.dep_ == "compound" and m.i in self.patterns), child
                )
            if (
                child.dep_ in ("dobj", "nsubjpass", "compound")
                and child.i in self.patterns
                and child.i not in self.consumed
            ):
                noun = child
                break
            if child.dep_ == "prep" and child.lower_ in ("with", "in", "on"):
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
        targets = inner.targets or self._verb_targets(
            token, None, skip_object=True, exclude=sources, root=inner.code[:2]
        )
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
        )

    def _simple(self, token: Token, pattern: Pattern) -> Coded | None:
        if pattern.pos == "N":
            sources = self._noun_sources(token)
            targets = self._noun_targets(token, sources)
            confidence = 0.7
        else:
            sources, targets = self._verb_participants(token, pattern)
            confidence = 0.8
        coded = Coded(
            anchor=token,
            code=pattern.cameo,
            rule=pattern.id,
            words=[token],
            sources=sources,
            targets=targets,
            confidence=confidence,
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
        if negation is None:
            return coded
        code = self.lex.apply_effect("reject", coded.code)
        if code is None:
            return None
        coded.code, coded.rule, coded.reciprocal = code, coded.rule + "+neg", False
        coded.notes.append(f'negated by "{negation.text}"')
        return coded

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
        coded.targets = [p for p in coded.sources if not _excluded(p, speaker)] or coded.targets
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

    # -- participants ---------------------------------------------------------------------------------
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
            patients = [c for c in token.children if c.dep_ == "nsubjpass"]
            if not patients and token.dep_ == "acl":
                patients = [token.head]
            if not patients and token.dep_ == "conj":
                patients = [c for c in token.head.children if c.dep_ == "nsubjpass"]
            targets = self._resolve_many(patients, sources, deep=True)
            if pattern.kind == "obj":
                actors = [p for p in targets if p.ref.country or not p.generic]
                targets = actors or self._verb_targets(token, pattern, skip_object=True, exclude=sources)
            return sources, targets
        if pattern.frame == "recv":
            sources = self._prep_objects(token, ("from",), [])
            return sources, self.sources_of(token)
        sources = self.sources_of(token)
        return sources, self._verb_targets(token, pattern, exclude=sources)

    @staticmethod
    def _passive(token: Token) -> bool:
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children):
            return True
        if token.dep_ == "acl" and token.tag_ == "VBN":
            return True
        if (
            token.dep_ == "conj"
            and token.tag_ == "VBN"
            and not any(c.dep_ in SUBJECT_DEPS for c in token.children)
        ):
            return any(c.dep_ in ("nsubjpass", "auxpass") for c in token.head.children)
        return False

    def sources_of(self, token: Token) -> list[Participant]:
        """The subject side of verb ``token`` (climbing through xcomp, conj, relative clauses)."""
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "csubj")]
        if not subjects and any(c.dep_ == "nsubjpass" for c in token.children):
            return self._agents(token)
        if subjects:
            return self._resolve_many(subjects, [], deep=False, generic=True)
        head = token.head
        if head.i == token.i:
            return []
        if token.dep_ == "xcomp" and self.effects.get(head.i) in ("appeal", "demand"):
            asked = [c for c in head.children if c.dep_ == "dobj"]
            if asked:
                return self._resolve_many(asked, [], deep=False, generic=True)
        if token.dep_ in ("xcomp", "conj", "advcl", "ccomp", "pcomp") and head.pos_ in ("VERB", "AUX"):
            return self.sources_of(head)
        if token.dep_ == "xcomp" and head.pos_ == "ADJ" and head.dep_ in ("acomp", "attr"):
            return self.sources_of(head.head)  # "Paris was ready to host"
        if token.dep_ == "pcomp" and head.head.pos_ in ("VERB", "AUX"):
            return self.sources_of(head.head)
        if token.dep_ in ("relcl", "acl") and head.pos_ in ("NOUN", "PROPN", "PRON"):
            found = self._resolve_many([head], [], deep=False) or self._resolve_many([head], [], deep=True)
            if found:
                return found
            governor = head.head
            while governor.pos_ not in ("VERB", "AUX") and governor.head.i != governor.i:
                governor = governor.head
            if governor.pos_ in ("VERB", "AUX") and governor.i != head.i:
                return self.sources_of(governor) or self._resolve_many([head], [], deep=False, generic=True)
            return self._resolve_many([head], [], deep=False, generic=True)
        return []

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
        if pattern is not None and pattern.kind == "prep":
            return self._prep_objects(token, tuple(pattern.words), exclude)
        root = root or (pattern.cameo[:2] if pattern is not None else "")
        preps = VERB_TARGET_PREPS if root in VIOLENT_ROOTS else VERB_TARGET_PREPS[:-1]
        if root == "15":
            skip_object = True  # "deployed warships near Taiwan": the object is the actor's own force
        if pattern is not None and pattern.kind == "obj":
            skip_object = True
            objects = [c for c in token.children if c.dep_ == "dobj"]
            actors = [
                p for p in self._resolve_many(objects, exclude, deep=False) if p.ref.country or not p.generic
            ]
            if actors:
                return actors
            for obj in objects:
                found = self._prep_objects(obj, (*preps, "from"), exclude)
                if found:
                    return found
            found = self._prep_objects(token, (*preps, "from"), exclude)
            if found:
                return found
        if root in VIOLENT_ROOTS and not skip_object:
            self._places = True
            try:
                for obj in (c for c in token.children if c.dep_ == "dobj"):
                    found = self._resolve_many([obj], exclude, deep=True) or self._prep_objects(
                        obj, ("in", "inside"), exclude
                    )
                    if found:
                        return found
            finally:
                self._places = False
        if pattern is not None and pattern.kind == "prt":
            found = self._prep_objects(token, preps, exclude)
            if found:
                return found
        if not skip_object:
            objects = [c for c in token.children if c.dep_ in ("dobj", "dative", "iobj") and c.pos_ != "NUM"]
            if objects:
                found = self._resolve_many(objects, exclude, deep=True)
                if found:
                    return found
        else:
            datives = [c for c in token.children if c.dep_ in ("dative", "iobj")]
            found = self._resolve_many(datives, exclude, deep=True)
            if found:
                return found
        return self._prep_objects(token, preps, exclude)

    def _noun_sources(self, noun: Token) -> list[Participant]:
        for child in noun.children:
            if child.dep_ == "poss":
                found = self._resolve_many([child], [], deep=False)
                if found:
                    return found
        for child in noun.children:
            if child.dep_ in ("amod", "compound", "nmod"):
                found = self._resolve_many([child], [], deep=False, adjective=True)
                if found:
                    return found
        agents = self._prep_objects(noun, ("by", "from"), [])
        if agents:
            return agents
        for child in noun.children:
            if child.dep_ == "acl" and child.tag_ == "VBN":
                agents = self._agents(child)
                if agents:
                    return agents
        head = noun.head
        governor, steps = noun, 0
        while governor.dep_ in ("dobj", "pobj", "prep", "nsubjpass", "appos", "conj") and steps < 4:
            governor, steps = governor.head, steps + 1
            if governor.pos_ == "VERB":
                break
        if governor.pos_ == "VERB" and self.effects.get(governor.i) in ("speech", "light"):
            return self.sources_of(governor)
        if noun.dep_ == "pobj" and head.lower_ == "with" and head.head.pos_ in ("VERB", "AUX"):
            return self.sources_of(head.head)
        return []

    def _noun_targets(self, noun: Token, sources: list[Participant]) -> list[Participant]:
        pattern = self.patterns.get(noun.i)
        violent = pattern is not None and pattern.cameo[:2] in VIOLENT_ROOTS
        if not violent:
            return self._prep_objects(noun, NOUN_TARGET_PREPS[:-1], sources)
        self._places = True
        try:
            return self._prep_objects(noun, NOUN_TARGET_PREPS, sources)
        finally:
            self._places = False

    def _between(self, token: Token) -> list[Participant]:
        return self._prep_objects(token, ("between", "among"), [])

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
                    by_prep[lower] = [p for p in child.children if p.dep_ in ("pobj", "pcomp")]
        for prep in preps:
            objects = by_prep.get(prep)
            if objects:
                found = self._resolve_many(objects, exclude, deep=True)
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
        for token in tokens:
            heads.append(token)
            heads.extend(c for c in token.conjuncts if c.i > token.i and c.pos_ in ("NOUN", "PROPN", "PRON"))
        found: list[Participant] = []
        for head in heads:
            several = self._adjective_conjuncts(head, exclude) or self.finder.pair_reference(head, exclude)
            if several:
                found.extend(p for p in several if all(p.key != f.key for f in found))
                continue
            part = self.resolve(head, exclude, deep, adjective=adjective)
            if part is None and generic and head.pos_ in ("NOUN", "PROPN") and not adjective:
                part = self.finder.generic(head)
            if part is not None and all(p.key != part.key for p in found):
                found.append(part)
        return found

    def _adjective_conjuncts(self, head: Token, exclude: list[Participant]) -> list[Participant]:
        """``Ethiopian and Egyptian negotiators``: one participant per nationality."""
        if head.pos_ != "NOUN":
            return []
        for child in head.children:
            if child.dep_ in ("amod", "compound") and child.conjuncts:
                parts = []
                for adj in (child, *child.conjuncts):
                    state = self.finder._lexicon_actor(adj, allow_adjective=True)
                    if state is None or _excluded(state, exclude):
                        return []
                    noun = self.finder.lex.actor_nouns.get(head.lemma_.lower())
                    role = noun[0] if noun else state.ref.role
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
            return found if found is not None and not _excluded(found, exclude) else None
        found = self.finder.phrase_actor(token)
        if found is not None and not _excluded(found, exclude):
            return found
        modifier = self.finder._modifier_actor(token) if token.pos_ != "PRON" else None
        if modifier is not None and not _excluded(modifier, exclude):
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
            children = [c for t in frontier for c in sorted(t.children, key=lambda c: c.dep_ != "agent")]
            children = [
                c
                for c in children
                if (c.dep_ in DEEP_DEPS or c.dep_ == "conj")
                and not (c.dep_ == "prep" and c.lower_ in PLACE_TIME_PREPS and not self._places)
            ]
            for child in children:
                if child.pos_ in ("NOUN", "PROPN", "PRON", "ADJ"):
                    part = (
                        self.finder.phrase_actor(child)
                        if child.pos_ != "ADJ"
                        else self.finder._lexicon_actor(child, allow_adjective=True)
                    )
                    if part is not None and not _excluded(part, exclude):
                        return part
            frontier = children
            if not frontier:
                break
        return None


def _complete(coded: Coded) -> bool:
    return bool(coded.sources) and bool(coded.targets or coded.reciprocal)


def _each_other(token: Token) -> bool:
    """``accused each other``, ``praised one another``."""
    for child in token.children:
        if child.dep_ in ("dobj", "pobj", "prep") and child.lower_ in ("other", "another"):
            return True
        if child.dep_ == "prep" and any(p.lower_ in ("other", "another") for p in child.children):
            return True
    return False


def _excluded(part: Participant, exclude: list[Participant]) -> bool:
    for other in exclude:
        if part.key == other.key:
            return True
        if part.ref.country and part.ref.country == other.ref.country:
            return True
    return False
