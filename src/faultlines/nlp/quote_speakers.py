"""Who is speaking: noun phrases next to speech cues, turned into actors (names, pronouns, titles).

A :class:`Speakers` index is built once per article. It knows every person mention outside quotation marks
(the actor stage's spans when there are actors, else the model's PERSON entities and surnames of names seen
in full), so that "he", "she" and "the minister" resolve to the person last named in subject position, or
to the speaker of the last quote.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass

from faultlines.model import ActorRef
from faultlines.nlp.parsed import ParsedArticle
from faultlines.nlp.quote_cues import cues

_NAME_JOINERS = {"-", "bin", "ibn", "al", "al-", "el", "de", "da", "van", "von", "der", "le", "la", "abu", "du"}
_ORG_LABELS = {"ORG", "GPE", "NORP", "FAC", "LOC"}
_BACK_SENTENCES = 8


def slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "unknown"


@dataclass
class Mention:
    """A person (or a resolved speaker) at characters ``start:end`` of paragraph ``paragraph``."""

    paragraph: int
    sentence: int
    start: int
    end: int
    ref: ActorRef
    context: str  # lower-case words around the name (titles: "foreign minister", "pundit")
    subject: bool
    speaker: bool = False


class Tokens:
    """Tokens of one paragraph's ``Doc`` found by character offsets."""

    def __init__(self, doc):
        self.doc = doc
        self.toks = list(doc) if doc is not None else []
        self.starts = [t.idx for t in self.toks]
        self.has_pos = doc is not None and (doc.has_annotation("POS") or doc.has_annotation("TAG"))
        self.has_ner = doc is not None and doc.has_annotation("ENT_IOB")

    def index(self, char: int) -> int:
        return bisect_left(self.starts, char)

    def between(self, start: int, end: int) -> tuple[int, int]:
        """Token indexes ``[i, j)`` of the tokens that start within characters ``start:end``."""
        return self.index(start), self.index(end)

    def chars(self, i: int, j: int) -> tuple[int, int]:
        return self.toks[i].idx, self.toks[j - 1].idx + len(self.toks[j - 1])


def is_propn(tok, has_pos: bool) -> bool:
    if not tok.text[:1].isupper():
        return False
    if has_pos:
        return tok.pos_ == "PROPN" or (tok.pos_ in ("NOUN", "ADJ", "X") and tok.ent_type_ == "PERSON")
    return tok.is_alpha


def verb_at(tokens: Tokens, i: int) -> tuple[str, int] | None:
    """The speech-verb lemma at token ``i`` and how many tokens it takes ("pointed out" takes 2)."""
    toks = tokens.toks
    forms = cues().verb_forms
    if i + 1 < len(toks):
        two = f"{toks[i].lower_} {toks[i + 1].lower_}"
        if two in forms:
            return forms[two], 2
    word = toks[i].lower_
    if word not in forms:
        return None
    if tokens.has_pos and toks[i].pos_ not in ("VERB", "AUX") and toks[i].tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
        return None  # "the call", "a warning": nouns are cues of another kind
    if word == "called" and i > 0 and toks[i - 1].text == "-":
        return None  # "so-called"
    return forms[word], 1


class Speakers:
    """Names, mentions and anaphora of one article."""

    def __init__(self, parsed: ParsedArticle, marked, bounds):
        self.parsed = parsed
        self.paragraphs = parsed.article.paragraphs
        self.tokens = [Tokens(parsed.docs[i] if i < len(parsed.docs) else None) for i in range(len(self.paragraphs))]
        self.bounds = bounds
        self.marked = marked
        self.persons = [a for a in parsed.actors if a.kind == "person"]
        self.full_names: dict[str, str] = {}
        self.mentions: list[Mention] = []
        self._collect()

    # ----- index -------------------------------------------------------------------------------------------

    def sentence_of(self, paragraph: int, char: int) -> int:
        for k, (a, b) in enumerate(self.bounds[paragraph]):
            if a <= char < b:
                return k
        return max(0, len(self.bounds[paragraph]) - 1)

    def _quoted(self, paragraph: int, start: int) -> bool:
        return any(m.start <= start < m.end for m in self.marked[paragraph])

    def _collect(self) -> None:
        spans: list[tuple[int, int, int, ActorRef | None, str]] = []
        for actor in self.persons:
            for span in actor.spans:
                spans.append((span.paragraph, span.start, span.end, actor.ref(), span.text))
        for p, tokens in enumerate(self.tokens):
            if tokens.doc is None or not tokens.has_ner:
                continue
            for ent in tokens.doc.ents:
                if ent.label_ == "PERSON":
                    name = self.clean_name(ent.text)
                    if name and len(name.split()) >= 2:
                        self.full_names.setdefault(name.split()[-1].lower(), name)
                    spans.append((p, ent.start_char, ent.end_char, None, ent.text))
        for actor in self.persons:
            self.full_names.setdefault(actor.name.split()[-1].lower(), actor.name)
        self._names_from_chains()
        taken = {(p, a) for p, a, _, _, _ in spans}
        for p, tokens in enumerate(self.tokens):
            for tok in tokens.toks:
                if tok.lower_ in self.full_names and tok.text[:1].isupper() and (p, tok.idx) not in taken:
                    if not any(sp[0] == p and sp[1] <= tok.idx < sp[2] for sp in spans):
                        spans.append((p, tok.idx, tok.idx + len(tok), None, tok.text))
        seen_first: set[tuple[int, int]] = set()
        for p, start, end, ref, text in sorted(spans, key=lambda s: (s[0], s[1])):
            if self._quoted(p, start):
                continue
            ref = ref or self.person_ref(self.clean_name(text), p, start, end)
            if ref is None:
                continue
            sentence = self.sentence_of(p, start)
            subject = self._is_subject(p, start, end)
            if subject is None:
                subject = (p, sentence) not in seen_first
            seen_first.add((p, sentence))
            self.mentions.append(Mention(p, sentence, start, end, ref, self._context(p, start, end), subject))

    def _names_from_chains(self) -> None:
        """Full names the model missed as persons ("Kassym-Jomart Tokayev" as ORG) whose surname it knows."""
        surnames = set()
        for tokens in self.tokens:
            if tokens.doc is not None and tokens.has_ner:
                surnames |= {e.text.lower() for e in tokens.doc.ents if e.label_ == "PERSON" and " " not in e.text}
        for tokens in self.tokens:
            if tokens.doc is None or not tokens.has_ner:
                continue
            for ent in tokens.doc.ents:
                last = ent[-1].lower_
                if len(ent) >= 2 and last in surnames and last not in self.full_names:
                    name = self.clean_name(ent.text)
                    if len(name.split()) >= 2:
                        self.full_names[last] = name

    def _is_subject(self, p: int, start: int, end: int) -> bool | None:
        tokens = self.tokens[p]
        i, j = tokens.between(start, end)
        toks = tokens.toks[i:j]
        if not toks or not toks[0].dep_:
            return None
        for tok in toks:
            head = tok
            if tok.dep_ in ("compound", "flat") and tok.head.i < j and tok.head.i >= i:
                continue
            if head.dep_ == "appos":
                head = head.head
            if head.dep_ in ("nsubj", "nsubjpass"):
                return True
        return False

    def _context(self, p: int, start: int, end: int) -> str:
        text = self.paragraphs[p]
        before = text[max(0, start - 40) : start].lower()
        after = text[end : end + 50].lower()
        after = after[1:].split(",")[0] if after.startswith(",") else ""
        return f"{before} | {after}"

    # ----- names -------------------------------------------------------------------------------------------

    def clean_name(self, text: str) -> str:
        """A name without titles and possessives: "Foreign Minister Mukhtar Tleuberdi’s" → "Mukhtar Tleuberdi"."""
        text = re.sub(r"[’']s$", "", text.strip()).strip(" ,.;:")
        words = text.split()
        titles = cues().titles
        while len(words) > 1 and (words[0].lower().strip(".") in titles or words[0].lower() in titles):
            words.pop(0)
        return " ".join(words)

    def canonical(self, name: str) -> str:
        words = name.split()
        if len(words) == 1 and words[0].lower() in self.full_names:
            return self.full_names[words[0].lower()]
        return name

    def person_ref(self, name: str, p: int = -1, start: int = 0, end: int = 0) -> ActorRef | None:
        if not name:
            return None
        if p >= 0 and self.parsed.actors:
            actor = self.parsed.actor_at(p, start, end)
            if actor is not None:
                return actor.ref()
        name = self.canonical(name)
        for actor in self.parsed.actors:
            if actor.name.lower() == name.lower() or (
                actor.kind == "person" and actor.name.split()[-1].lower() == name.split()[-1].lower()
            ):
                return actor.ref()
        return ActorRef(id=f"person:{slug(name)}", name=name)

    def org_ref(self, name: str, p: int, start: int, end: int) -> ActorRef | None:
        if self.parsed.actors:
            actor = self.parsed.actor_at(p, start, end)
            if actor is not None:
                return actor.ref()
        name = re.sub(r"^(the|a|an)\s+", "", name.strip(), flags=re.I).strip(" ,.;:")
        name = re.sub(r"[’']s$", "", name)
        return ActorRef(id=f"org:{slug(name)}", name=name) if name else None

    # ----- noun phrases ------------------------------------------------------------------------------------

    def np_left(self, p: int, k: int, lo: int) -> tuple[int, int] | None:
        """The noun phrase that ends right before token ``k`` (the subject of a speech verb), not before ``lo``."""
        toks, c = self.tokens[p].toks, cues()
        j = k - 1
        while j >= lo and (
            toks[j].lower_ in c.skip_words or toks[j].ent_type_ in ("DATE", "TIME") or toks[j].pos_ in ("ADV", "AUX")
        ):
            j -= 1
        if j < lo:
            return None
        if toks[j].text in (",", "—", "–", ")") and j - 1 >= lo:
            # "Tokayev, a former diplomat, said" / "Putin, who ..., said": the noun phrase before the aside
            m = j - 1
            while m >= lo and toks[m].text not in (",", "—", "–", "("):
                m -= 1
            if m <= lo:
                return None
            j = m - 1
        return self._np_ending(p, j, lo)

    def _np_ending(self, p: int, j: int, lo: int) -> tuple[int, int] | None:
        tokens = self.tokens[p]
        toks, c = tokens.toks, cues()
        tok = toks[j]
        if tok.lower_ in c.pronouns or tok.lower_ in c.plural_pronouns:
            return j, j + 1
        if tok.lower_ in c.relative_pronouns and j - 1 >= lo and toks[j - 1].text == ",":
            return self._np_ending(p, j - 2, lo) if j - 2 >= lo else None
        if tok.text in ("’s", "'s") or tok.lower_ in ("’", "'"):
            return None
        if is_propn(tok, tokens.has_pos) or (tok.like_num and j > lo and is_propn(toks[j - 1], tokens.has_pos)):
            a = j
            while a - 1 >= lo and (is_propn(toks[a - 1], tokens.has_pos) or toks[a - 1].lower_ in _NAME_JOINERS):
                a -= 1
            while a - 1 >= lo and toks[a - 1].lower_ in c.titles:
                a -= 1
            return a, j + 1
        if tokens.has_pos and tok.pos_ == "NOUN":
            a = j
            while a - 1 >= lo and toks[a - 1].pos_ in ("NOUN", "ADJ", "PROPN", "DET") and toks[a - 1].text != ",":
                a -= 1
                if toks[a].pos_ == "DET":
                    break
            return a, j + 1
        return None

    def np_right(self, p: int, i: int, hi: int) -> tuple[int, int] | None:
        """The noun phrase that starts at token ``i`` (an inverted subject: "said Tokayev, a diplomat")."""
        tokens = self.tokens[p]
        toks, c = tokens.toks, cues()
        if i >= hi:
            return None
        tok = toks[i]
        if tok.lower_ in c.pronouns or tok.lower_ in c.plural_pronouns:
            return i, i + 1
        b = i
        while b < hi and (
            toks[b].pos_ in ("DET", "ADJ", "NOUN", "PROPN")
            or is_propn(toks[b], tokens.has_pos)
            or toks[b].lower_ in _NAME_JOINERS
            or toks[b].text in ("’s", "'s")
            or (toks[b].like_num and b > i and is_propn(toks[b - 1], tokens.has_pos))
        ):
            b += 1
        return (i, b) if b > i else None

    def dep_subject(self, verb) -> tuple[int, int] | None:
        """The subject of a speech verb by the dependency parse, climbing coordinated and open clauses."""
        if not verb.dep_:
            return None
        c = cues()
        for _ in range(4):
            for child in verb.children:
                if child.dep_ in ("nsubj", "nsubjpass"):
                    if child.lower_ in c.relative_pronouns and verb.dep_ == "relcl":
                        return self._np_of(verb.head)
                    return self._np_of(child)
            if verb.dep_ == "relcl":
                return self._np_of(verb.head)
            if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head is not verb:
                verb = verb.head
                continue
            break
        return None

    @staticmethod
    def _np_of(tok) -> tuple[int, int]:
        for child in tok.children:
            if child.dep_ == "appos" and child.pos_ == "PROPN":
                tok = child
                break
        a = tok.i
        left = [t for t in tok.lefts if t.dep_ in ("compound", "flat", "amod", "det", "nmod", "poss")]
        for t in left:
            a = min(a, t.left_edge.i)
        b = tok.i + 1
        while b < len(tok.doc) and tok.doc[b].dep_ in ("flat", "compound") and tok.doc[b].head.i >= tok.i:
            b += 1
        return a, b

    # ----- resolution --------------------------------------------------------------------------------------

    def resolve(self, p: int, span: tuple[int, int] | None) -> ActorRef | None:
        """The actor that the noun phrase at token span ``span`` of paragraph ``p`` names or refers to."""
        if span is None:
            return None
        tokens = self.tokens[p]
        toks, c = tokens.toks[span[0] : span[1]], cues()
        if not toks:
            return None
        start, end = tokens.chars(*span)
        first = toks[0].lower_
        if len(toks) == 1 and first in c.pronouns:
            return self.antecedent(p, start, gender=c.pronouns[first])
        if first in c.plural_pronouns or first in c.relative_pronouns:
            return None
        persons = [t for t in toks if t.ent_type_ == "PERSON"]
        if persons:
            a, b = persons[0].idx, persons[-1].idx + len(persons[-1])
            return self.person_ref(self.clean_name(self.paragraphs[p][a:b]), p, a, b)
        if self.parsed.actors:
            actor = self.parsed.actor_at(p, start, end)
            if actor is not None:
                return actor.ref()
        propns = [t for t in toks if is_propn(t, tokens.has_pos) or t.like_num]
        text = self.paragraphs[p][start:end]
        if propns:
            words = self.clean_name(text)
            last = propns[-1].lower_
            org = any(t.ent_type_ in _ORG_LABELS for t in propns) and last not in self.full_names
            if not org and (last in self.full_names or not self._titled_only(toks)):
                name_start = propns[0].idx
                return self.person_ref(self.clean_name(self.paragraphs[p][name_start:end]) or words, p, start, end)
            return self.org_ref(text, p, start, end)
        head = toks[-1].lower_
        if first in ("the", "this", "that") and head in c.titles:
            return self.antecedent(p, start, title=head)
        return None

    def _titled_only(self, toks) -> bool:
        """Whether the capitalised words are all titles or organisation words ("the Foreign Ministry")."""
        titles = cues().titles
        return all(t.lower_ in titles or not t.text[:1].isupper() for t in toks)

    def antecedent(self, p: int, char: int, gender: str | None = None, title: str | None = None) -> ActorRef | None:
        """The person that "he"/"she" (or "the <title>") at ``char`` of paragraph ``p`` refers to."""
        sentence = self.sentence_of(p, char)
        before = [m for m in self.mentions if (m.paragraph, m.start) < (p, char) and m.ref is not None]
        if title:
            for m in reversed(before):
                if title in m.context or (m.ref.role and title in m.ref.role.lower()):
                    return m.ref
            return None
        groups: dict[tuple[int, int], list[Mention]] = {}
        for m in before:
            groups.setdefault((m.paragraph, m.sentence), []).append(m)
        for key in sorted(groups, reverse=True)[:_BACK_SENTENCES]:
            if key[0] < p - 3:
                break
            group = groups[key]
            if key == (p, sentence):
                # in the same sentence, the nearest name before the pronoun
                return group[-1].ref
            for pick in (
                [m for m in group if m.speaker],
                [m for m in group if m.subject],
                group,
            ):
                if pick:
                    return pick[0].ref
        return None

    def add_speaker(self, p: int, char: int, ref: ActorRef) -> None:
        """Remember that ``ref`` spoke at ``char`` of paragraph ``p`` (for later pronouns)."""
        mention = Mention(p, self.sentence_of(p, char), char, char, ref, "", True, speaker=True)
        keys = [(m.paragraph, m.start) for m in self.mentions]
        self.mentions.insert(bisect_left(keys, (p, char)), mention)
