"""Who is speaking: noun phrases next to speech cues, turned into actors (names, pronouns, titles).

A :class:`Speakers` index is built once per article. It knows every person mention outside quotation marks
(the actor stage's spans when there are actors, else the model's PERSON entities, untagged runs of proper
nouns and surnames of names seen in full), so that "he", "she" and "the minister" resolve to the person last
named in subject position, or to the speaker of the last quote. Unnamed speakers ("a senior official") are
speakers too, with no actor.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace

from faultlines.model import ActorRef
from faultlines.nlp.knowledge import load_knowledge
from faultlines.nlp.knowledge import slugify as slug
from faultlines.nlp.parsed import ParsedArticle
from faultlines.nlp.quote_cues import cues

_NAME_JOINERS = {
    "-",
    "bin",
    "ibn",
    "al",
    "al-",
    "el",
    "de",
    "da",
    "van",
    "von",
    "der",
    "le",
    "la",
    "abu",
    "du",
}
_ORG_LABELS = {"ORG", "GPE", "NORP", "FAC", "LOC"}
_BACK_SENTENCES = 8
_FORWARD_PARAGRAPHS = 3
#: How far back "the ministry" may find the body it names again
_BODY_PARAGRAPHS = 10
_POSSESSIVE = ("’s", "'s", "’", "'")
_CUT_AT = {"of", "in", "at", "from", "for", "to", "on", "with", "about", "by", "behind"}
_SPOKES = {
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "spokesmen",
    "spokeswomen",
    "spokespeople",
    "spokespersons",
}
_AGE = re.compile(r"^\d+-year-old$")
_AGE_BEFORE = re.compile(r"\bthe\s+\d+-year-old$", re.I)


@dataclass
class Mention:
    """A person (or a resolved speaker) at characters ``start:end`` of paragraph ``paragraph``.

    ``ref`` is None for an unnamed speaker ("a Western diplomat"), whose ``head`` noun is kept so that "the
    diplomat" can find it again.
    """

    paragraph: int
    sentence: int
    start: int
    end: int
    ref: ActorRef | None
    context: str  # lower-case words right around the name (titles: "foreign minister", "pundit")
    subject: bool
    speaker: bool = False
    head: str = ""
    unnamed: ActorRef | None = None  # an unnamed speaker as described ("defence ministry spokesperson", PAKMIL)


@dataclass
class Who:
    """A resolved speaker noun phrase: the actor (None when unnamed) and whether anyone was found at all."""

    ref: ActorRef | None
    found: bool
    head: str = ""
    phrase: str = ""  # the words that describe an unnamed speaker ("security sources", "senior official")
    country: str | None = (
        None  # an unnamed speaker's state, from the actors its words name ("Iraqi officials")
    )
    role: str | None = None  # and its sector, from the knowledge base's titles ("official": GOV)

    @property
    def speaker(self) -> ActorRef | None:
        """The actor a quote is given to: the resolved actor, else the unnamed speaker as described."""
        if self.ref is not None or not self.found or not self.phrase:
            return self.ref
        return ActorRef(
            id=f"unnamed:{slug(self.phrase)}", name=self.phrase, country=self.country, role=self.role
        )


NOBODY = Who(None, False)
#: Words that open a description of an unnamed speaker without being part of it ("two", "a", "their").
_NOT_DESCRIPTION = {
    "a",
    "an",
    "the",
    "this",
    "that",
    "these",
    "those",
    "his",
    "her",
    "its",
    "their",
    "our",
    "one",
    "another",
    "some",
    "several",
    "many",
    "other",
    "others",
    "most",
    "every",
    "any",
    "each",
    "all",
    "both",
    "no",
    "few",
}


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
    """A word of a name. The tagger calls rare names common nouns ("Özdal", "Tremblay"): a capitalised singular
    noun that is no known title or group word counts as a name too."""
    if not tok.text[:1].isupper():
        return False
    if not has_pos:
        return tok.is_alpha
    if tok.pos_ == "PROPN" or (tok.pos_ in ("NOUN", "ADJ", "X") and tok.ent_type_ == "PERSON"):
        return True
    if tok.pos_ != "NOUN" or tok.tag_ == "NNS":
        return False
    c = cues()
    word = tok.lower_
    return word not in c.unnamed_nouns and word not in c.org_nouns and word not in c.titles


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
    if (
        tokens.has_pos
        and toks[i].pos_ not in ("VERB", "AUX")
        and toks[i].tag_ not in ("VBD", "VBZ", "VBP", "VBN")
    ):
        return None  # "the call", "a warning": nouns are cues of another kind
    if word == "called" and i > 0 and toks[i - 1].text == "-":
        return None  # "so-called"
    return forms[word], 1


class Speakers:
    """Names, mentions and anaphora of one article."""

    def __init__(self, parsed: ParsedArticle, marked, bounds):
        self.parsed = parsed
        self.paragraphs = parsed.article.paragraphs
        self.tokens = [
            Tokens(parsed.docs[i] if i < len(parsed.docs) else None) for i in range(len(self.paragraphs))
        ]
        self.bounds = bounds
        self.marked = marked
        self.persons = [a for a in parsed.actors if a.kind == "person" and not _names_a_body(a.name)]
        self.full_names: list[list[str]] = []  # known full names as lower-case word lists
        self.display: dict[tuple[str, ...], str] = {}
        self.gender: dict[str, str] = {}  # learned from the pronouns that resolved to a person
        self.honorifics = _honorifics(self.paragraphs)  # surname → gender, from "Mr Wine", "Ms Cooper"
        self.mentions: list[Mention] = []
        self.dateline_ends = _dateline_ends(self.paragraphs)
        self._by_doc = {id(t.doc): p for p, t in enumerate(self.tokens) if t.doc is not None}
        self._collect()

    # ----- index -------------------------------------------------------------------------------------------

    def sentence_of(self, paragraph: int, char: int) -> int:
        for k, (a, b) in enumerate(self.bounds[paragraph]):
            if a <= char < b:
                return k
        return max(0, len(self.bounds[paragraph]) - 1)

    def _quoted(self, paragraph: int, start: int) -> bool:
        return any(m.start <= start < m.end for m in self.marked[paragraph])

    def _register(self, name: str) -> None:
        words = name.split()
        if len(words) >= 2:
            key = tuple(w.lower() for w in words)
            if key not in self.display:
                self.display[key] = name
                self.full_names.append(list(key))

    def _collect(self) -> None:
        spans: list[tuple[int, int, int, ActorRef | None, str]] = []
        for actor in self.persons:
            self._register(actor.name)
            for span in actor.spans:
                if not self._other_person_at(actor.name, span.paragraph, span.start, span.end):
                    spans.append((span.paragraph, span.start, span.end, actor.ref(), span.text))
        chains = []
        for p, tokens in enumerate(self.tokens):
            if tokens.doc is None or not tokens.has_ner:
                continue
            for ent in tokens.doc.ents:
                if ent.label_ == "PERSON":
                    if _names_a_body(ent.text):
                        continue  # "Humanitarian Law Project": a body the model took for a person
                    self._register(self.clean_name(ent.text))
                    spans.append((p, ent.start_char, ent.end_char, None, ent.text))
                elif ent.label_ == "ORG" and len(ent) == 2 and self._name_like(list(ent)):
                    self._register(ent.text)  # a full name the model took for an organisation
            chains += [(p, a, b) for a, b in self._untagged_chains(tokens)]
        self._names_from_chains()
        for p, a, b in chains:
            text = self.paragraphs[p][a:b]
            if _names_a_body(text):
                continue
            self._register(self.clean_name(text))
            spans.append((p, a, b, None, text))
        surnames = {words[-1] for words in self.full_names} | {words[0] for words in self.full_names}
        for p, tokens in enumerate(self.tokens):
            for tok in tokens.toks:
                if tok.lower_ in surnames and tok.text[:1].isupper():
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

    def _other_person_at(self, name: str, p: int, start: int, end: int) -> bool:
        """Whether the person the model names around characters ``start:end`` is another person than ``name``
        ("Ivanka Trump", where the actor stage gave "Trump" to Donald Trump)."""
        tokens = self.tokens[p] if p < len(self.tokens) else None
        if tokens is None or tokens.doc is None or not tokens.has_ner:
            return False
        for ent in tokens.doc.ents:
            if ent.label_ == "PERSON" and ent.start_char <= start and end <= ent.end_char:
                return not same_person(name, self.clean_name(ent.text))
        return False

    def _untagged_chains(self, tokens: Tokens):
        """Runs of two or more proper nouns the model gave no entity label (names it missed)."""
        toks, c = tokens.toks, cues()
        i = 0
        while i < len(toks):
            j = i
            while j < len(toks) and is_propn(toks[j], tokens.has_pos) and not toks[j].ent_type_:
                j += 1
            if j - i >= 2 and not any(t.lower_ in c.titles or t.lower_ in c.org_nouns for t in toks[i:j]):
                yield toks[i].idx, toks[j - 1].idx + len(toks[j - 1])
            i = max(j, i + 1)

    def _names_from_chains(self) -> None:
        """Full names the model took for something else ("Kassym-Jomart Tokayev" as ORG) whose surname it knows."""
        surnames = set()
        for tokens in self.tokens:
            if tokens.doc is not None and tokens.has_ner:
                surnames |= {
                    e.text.lower() for e in tokens.doc.ents if e.label_ == "PERSON" and " " not in e.text
                }
        for tokens in self.tokens:
            if tokens.doc is None or not tokens.has_ner:
                continue
            for ent in tokens.doc.ents:
                if len(ent) >= 2 and ent[-1].lower_ in surnames:
                    self._register(self.clean_name(ent.text))

    def _is_subject(self, p: int, start: int, end: int) -> bool | None:
        tokens = self.tokens[p]
        i, j = tokens.between(start, end)
        toks = tokens.toks[i:j]
        if not toks or not toks[0].dep_:
            return None
        for tok in toks:
            head = tok.head if tok.dep_ == "appos" else tok
            if head.dep_ in ("nsubj", "nsubjpass"):
                return True
        return False

    def _context(self, p: int, start: int, end: int) -> str:
        """The two words before a name and its apposition: "foreign minister | head of the broadcaster"."""
        text = self.paragraphs[p]
        before = " ".join(re.findall(r"[\w-]+", text[max(0, start - 40) : start].lower())[-2:])
        after = text[end : end + 60].lower()
        closed = re.match(r",([^,.;]*)[,.;]", after)
        # only an aside closed by a comma or the sentence's end is an apposition ("Tokayev, the president,"); the
        # words after "at Borella, " are the sentence going on ("the President noted …")
        after = closed.group(1).strip() if closed else ""
        return f"{before} | {after}"

    # ----- names -------------------------------------------------------------------------------------------

    def clean_name(self, text: str) -> str:
        """A name without titles and possessives: "Foreign Minister Mukhtar Tleuberdi’s" → "Mukhtar Tleuberdi"."""
        text = re.sub(r"[’']s?$", "", text.strip()).strip(" ,.;:")
        words = text.split()
        titles = cues().titles
        while len(words) > 1 and words[0].lower().strip(".") in titles:
            words.pop(0)
        return " ".join(words)

    def canonical(self, name: str) -> str:
        """The full form of a short name: "Tokayev" → "Kassym-Jomart Tokayev", "De Graaf" → "Pieter de Graaf"."""
        words = [w.lower() for w in name.split()]
        if not words:
            return name
        for full in self.full_names:
            if len(full) > len(words) and full[-len(words) :] == words:
                return self.display[tuple(full)]
        if len(words) == 1:
            firsts = [full for full in self.full_names if full[0] == words[0]]
            if len(firsts) == 1:
                return self.display[tuple(firsts[0])]
        return name

    def person_ref(self, name: str, p: int = -1, start: int = 0, end: int = 0) -> ActorRef | None:
        if not _name_shaped(name) or _names_a_body(name):
            return None  # "The", "Four", "19", "”“We", "Thursday", "Law Project": no one's name
        name = self.canonical(name)
        if p >= 0 and self.parsed.actors:
            actor = self.parsed.actor_at(p, start, end)
            # the actor stage may know the person under a shorter name than the article gives in full ("Lee")
            if (
                actor is not None
                and actor.kind == "person"
                and len(actor.name) >= len(name)
                and same_person(actor.name, name)
                and not re.search(r"[’']s\s", actor.name)
            ):
                return actor.ref()
        last = name.split()[-1].lower()
        for actor in self.persons:
            if actor.name.lower() == name.lower() or (
                actor.name.split()[-1].lower() == last and same_person(actor.name, name)
            ):
                return actor.ref()
        return ActorRef(id=f"person:{slug(name)}", name=name)

    def org_ref(self, name: str, p: int, start: int, end: int, lookup: bool = True) -> ActorRef | None:
        if lookup and self.parsed.actors:
            actor = self.parsed.actor_at(p, start, end)
            if actor is not None and actor.kind != "person":
                return actor.ref()
        name = re.sub(r"^(the|a|an)\s+", "", name.strip(), flags=re.I).strip(" ,.;:")
        name = re.sub(r"[’']s$", "", name)
        return ActorRef(id=f"org:{slug(name)}", name=name) if name else None

    # ----- noun phrases ------------------------------------------------------------------------------------

    def np_left(self, p: int, k: int, lo: int) -> tuple[int, int] | None:
        """The noun phrase that ends right before token ``k`` (the subject of a speech verb), not before ``lo``."""
        toks, c = self.tokens[p].toks, cues()
        j = k - 1
        if j >= lo and _AGE_BEFORE.search(self.paragraphs[p][: toks[j].idx + len(toks[j])]):
            return self._np_ending(p, j, lo)  # "the 58-year-old said" (the model calls the age a date)
        while j >= lo and (
            toks[j].lower_ in c.skip_words
            or toks[j].ent_type_ in ("DATE", "TIME")
            or toks[j].pos_ in ("ADV", "AUX")
        ):
            j -= 1
        if j < lo:
            return None
        j = self._before_brackets(p, j, lo)
        if toks[j].text in (",", "—", "–", ")") and j - 1 >= lo:
            # "Tokayev, a former diplomat, said" / "Putin, who ..., said": the noun phrase before the aside
            m = j - 1
            while m >= lo and toks[m].text not in (",", "—", "–", "("):
                m -= 1
            if m <= lo:
                return None
            j = self._before_brackets(p, m - 1, lo)
        span = self._np_ending(p, j, lo)
        if span is not None and span[0] - 2 >= lo and toks[span[0] - 1].text == ",":
            # "Jonathan Gullis, a Conservative former minister wrote": the name before the description (whose
            # closing comma is missing) is the subject
            head = toks[span[1] - 1].lower_
            opener = toks[span[0]].lower_
            titled = opener in ("a", "an") and (head in c.titles or head in c.unnamed_nouns)
            # "Fadel Naeem, head of the orthopaedic department at X – …– said": a title with no article opens it
            titled = titled or (opener in c.titles and span[1] - span[0] > 1 and toks[span[0] + 1].pos_ == "ADP")
            if titled:
                name = self._np_ending(p, span[0] - 2, lo)
                words = toks[name[0] : name[1]] if name is not None else []
                # the model often takes a speaker's rare name for an organisation ("Fadel Naeem" as ORG)
                bodies = ("GPE", "LOC", "DATE", "TIME", "NORP", "FAC") + (() if self._name_like(words) else ("ORG",))
                if words and all(is_propn(t, self.tokens[p].has_pos) and t.ent_type_ not in bodies for t in words):
                    return name
        return self._first_conjunct(p, span, lo)

    def _before_brackets(self, p: int, j: int, lo: int) -> int:
        """The last token of a name before the brackets that close at ``j`` ("Sen. John Cornyn (R-Texas)"), else
        ``j``."""
        toks = self.tokens[p].toks
        if toks[j].text != ")":
            return j
        m = next((x for x in range(j - 1, max(lo - 1, j - 8), -1) if toks[x].text == "("), None)
        if m is not None and m - 1 >= lo and is_propn(toks[m - 1], self.tokens[p].has_pos):
            return m - 1
        return j

    def _first_conjunct(self, p: int, span: tuple[int, int] | None, lo: int) -> tuple[int, int] | None:
        """The first of coordinated subjects, who speaks for them all: "Prime Minister A and President B said",
        "police and media reported" (by the parse: the later ones are its conjuncts)."""
        if span is None:
            return None
        toks = self.tokens[p].toks
        head = toks[span[1] - 1]
        first = head.head
        if head.dep_ != "conj" or not (lo <= first.i < span[0]) or first.pos_ not in ("NOUN", "PROPN"):
            return span
        if first.dep_ not in ("nsubj", "nsubjpass") or not any(t.lower_ == "and" for t in toks[first.i + 1 : span[0]]):
            return span  # "some preferred X and others said": X is no subject
        if head.ent_type_ == "PERSON" and first.ent_type_ != "PERSON":
            return span  # "two protesters and Ali Bayati said": the one named speaks
        a, b = self._np_of(first)
        return (a, b) if a >= lo else span

    def _np_ending(self, p: int, j: int, lo: int) -> tuple[int, int] | None:
        tokens = self.tokens[p]
        toks, c = tokens.toks, cues()
        tok = toks[j]
        if tok.lower_ in c.pronouns or tok.lower_ in c.plural_pronouns:
            return j, j + 1
        if tok.lower_ in c.relative_pronouns and j - 1 >= lo and toks[j - 1].text == ",":
            return self._np_ending(p, j - 2, lo) if j - 2 >= lo else None
        if tok.text in _POSSESSIVE:
            return None
        age = _AGE_BEFORE.search(self.paragraphs[p][: tok.idx + len(tok)])
        if age:  # "the 58-year-old"
            first = tokens.index(age.start())
            return (first, j + 1) if first >= lo else None
        a = j
        if is_propn(tok, tokens.has_pos) or (
            tok.like_num and j > lo and is_propn(toks[j - 1], tokens.has_pos)
        ):
            while a - 1 >= lo and (
                is_propn(toks[a - 1], tokens.has_pos) or toks[a - 1].lower_ in _NAME_JOINERS
            ):
                a -= 1
        elif tokens.has_pos and tok.pos_ in ("NOUN", "PROPN"):
            pass
        else:
            return None
        # modifiers of the head: "the Russian foreign minister", "Lithuania’s defence ministry", "Kremlin spokesman"
        while (
            a - 1 >= lo
            and (
                toks[a - 1].pos_ in ("NOUN", "ADJ", "PROPN", "DET", "NUM")
                or toks[a - 1].text in _POSSESSIVE
                # "the ruling party", "the governing coalition": a participle between determiner and noun
                or (toks[a - 1].tag_ in ("VBG", "VBN") and a - 2 >= lo and toks[a - 2].pos_ == "DET")
            )
            and toks[a - 1].text != ","
        ):
            a -= 1
            if toks[a].pos_ == "DET":
                break
            if toks[a].text in _POSSESSIVE:
                # "a charge Serbia’s president": the owner's name ends the phrase
                mark = a
                while a - 1 >= lo and (
                    is_propn(toks[a - 1], tokens.has_pos) or toks[a - 1].lower_ in _NAME_JOINERS
                ):
                    a -= 1
                if a == mark and a - 1 >= lo and toks[a - 1].pos_ == "NOUN":
                    a -= 1  # "the agency’s head": a common owner, with its determiner
                    if a - 1 >= lo and toks[a - 1].pos_ == "DET":
                        a -= 1
                break
        # "a senior official in Phnom Penh", "Sokunthea Chan of the Mekong Rivers Alliance": the head comes first
        if a - 1 > lo and toks[a - 1].pos_ == "ADP" and toks[a - 1].lower_ in _CUT_AT:
            x = a - 2
            if toks[x].tag_ in ("VBN", "VBG") and x - 1 >= lo:
                x -= 1  # "a diplomat briefed on the talks"
            elif toks[x].pos_ == "ADJ" and x - 1 >= lo and toks[x - 1].pos_ in ("NOUN", "PROPN"):
                x -= 1  # "two sources familiar with the talks"
            head = self._np_ending(p, x, lo)
            if head is not None:
                return head[0], j + 1
        return a, j + 1

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
            or (b == i and (toks[b].tag_ == "PRP$" or toks[b].pos_ == "NUM"))  # "said its director", "said one"
            or is_propn(toks[b], tokens.has_pos)
            or toks[b].lower_ in _NAME_JOINERS
            or toks[b].text in _POSSESSIVE
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
                if child.dep_ in ("nsubj", "nsubjpass") and not self._in_dateline(child):
                    if child.lower_ in c.relative_pronouns and verb.dep_ == "relcl":
                        return self._np_of(verb.head)
                    return self._np_of(child)
            if verb.dep_ == "relcl":
                return self._np_of(verb.head)
            if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head is not verb:
                verb = verb.head
                continue
            if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.dep_ == "dobj":
                verb = verb.head.head  # "X published articles claiming …": X claims
                continue
            break
        return None

    def _in_dateline(self, tok) -> bool:
        """Whether a token is part of its paragraph's dateline ("ADDIS ABABA, Oct 8 (Wire) -")."""
        p = self._by_doc.get(id(tok.doc))
        return p is not None and tok.idx < self.dateline_ends[p]

    @staticmethod
    def _np_of(tok) -> tuple[int, int]:
        for child in tok.children:
            if child.dep_ == "appos" and child.pos_ == "PROPN":
                tok = child
                break
        a = tok.i
        for t in tok.lefts:
            if t.dep_ in ("compound", "flat", "amod", "det", "nmod", "poss", "nummod"):
                a = min(a, t.left_edge.i)
        b = tok.i + 1
        while b < len(tok.doc) and tok.doc[b].dep_ in ("flat", "compound") and tok.doc[b].head.i >= tok.i:
            b += 1
        return a, b

    # ----- resolution --------------------------------------------------------------------------------------

    def resolve(self, p: int, span: tuple[int, int] | None) -> ActorRef | None:
        return self.who(p, span).ref

    def who(self, p: int, span: tuple[int, int] | None) -> Who:
        """The speaker that the noun phrase at token span ``span`` of paragraph ``p`` names or refers to."""
        if span is None:
            return NOBODY
        tokens = self.tokens[p]
        toks, c = tokens.toks[span[0] : span[1]], cues()
        while toks and (toks[-1].text in _POSSESSIVE or toks[-1].is_punct):
            toks = toks[:-1]
        if not toks:
            return NOBODY
        start = toks[0].idx
        first = toks[0].lower_
        if len(toks) == 1 and first in c.pronouns:
            return self._found(self.antecedent(p, start, gender=c.pronouns[first]))
        if len(toks) == 1 and first == "it":
            return self._found(self._sentence_org(p, start))
        if first in c.relative_pronouns and len(toks) > 1 and toks[0].dep_ == "det":
            return self.who(p, (toks[1].i, toks[-1].i + 1))  # "That official said": a determiner
        if len(toks) == 1 and first == "they":
            return self._plural_antecedent(p, start)
        if first in c.plural_pronouns or first in c.relative_pronouns:
            return NOBODY
        if len(toks) == 1 and first in c.indefinite_pronouns:
            return Who(None, True, first)  # "one (of them) described it as …": someone unnamed
        if len(toks) > 3 and toks[0].lower_ == "the" and toks[1].lower_ == "office" and toks[2].lower_ == "of":
            # "the office of the president said": the office speaks for its holder
            inner = self.who(p, (toks[3].i, toks[-1].i + 1))
            if inner.found:
                return inner
        cut = next(
            (
                x
                for x, t in enumerate(toks)
                if t.pos_ == "ADP" and t.lower_ in _CUT_AT and not _inside_a_name(toks, x)
            ),
            None,
        )
        if cut and toks[cut - 1].lower_ in c.document_nouns and toks[cut].lower_ in ("from", "by") and cut + 1 < len(toks):
            inner = self.who(p, (toks[cut + 1].i, toks[-1].i + 1))
            if inner.found:
                return inner  # "…, said a statement from the army": the army speaks
        if cut and _common_head(toks[cut - 1]):
            appos = self._apposition(p, span[1])
            if appos is not None and self._person_at(p, appos):
                return self.who(p, appos)  # "the spokesman for the Houthis, Yahya Saree,": the name apposed
        if cut and toks[cut - 1].lower_ in _SPOKES and toks[cut].lower_ in ("for", "of") and toks[-1].ent_type_ == "PERSON":
            # "a spokesman for Prime Minister Benjamin Netanyahu said": the spokesman speaks, for the person
            a, b = toks[0].idx, toks[-1].idx + len(toks[-1])
            actor = self.parsed.actor_at(p, a, b) if self.parsed.actors else None
            country = actor.country if actor is not None else None
            role = actor.role if actor is not None else None
            return Who(None, True, toks[cut - 1].lower_, _description(toks), country, role)
        if cut and toks[-1].ent_type_ != "PERSON":
            toks = toks[:cut]  # "a senior official in Phnom Penh": the head comes before the preposition
            while len(toks) > 1 and (
                toks[-1].tag_ in ("VBN", "VBG") or (toks[-1].pos_ == "ADJ" and toks[-2].pos_ in ("NOUN", "PROPN"))
            ):
                toks = toks[:-1]  # "a diplomat briefed (on the talks)", "sources familiar (with the talks)"
        owned = self._owner(p, toks)
        if owned is not None:
            return owned
        mark = max((x for x, t in enumerate(toks[:-1]) if t.text in _POSSESSIVE), default=None)
        # "Putin's spokesman Dmitry Peskov", "Navalny's lawyer": the one named before the possessive owns the speaker
        after_owner = toks[mark + 1 :] if mark is not None else toks
        persons = [t for t in after_owner if t.ent_type_ == "PERSON" and t.lower_ not in c.titles]
        if persons:
            a, b = persons[0].idx, persons[-1].idx + len(persons[-1])
            return self._found(self.person_ref(self.clean_name(self.paragraphs[p][a:b]), p, a, b))
        head = toks[-1]
        lower = head.lower_
        if not is_propn(head, tokens.has_pos) and not head.like_num and not self._known_surname(head):
            return self._common(p, toks, span)
        name_toks = toks
        titled = [
            x
            for x, t in enumerate(toks[:-1])
            if t.lower_ in c.titles and not (t.lower_ in c.org_nouns and toks[x + 1].lower_ == "of")
        ]  # "Ministry of Health" is a body's name, no title before a person's
        if lower in c.org_nouns:
            titled = []  # "the Interior Ministry": a body's name, whatever title words it holds
        if titled:
            name_toks = toks[titled[-1] + 1 :]  # "African Union Commission chair Mahamat Yusuf"
        while len(name_toks) > 1 and (
            not name_toks[0].text[:1].isupper() or name_toks[0].text in _POSSESSIVE
        ):
            name_toks = name_toks[1:]
        common = [
            x
            for x, t in enumerate(name_toks[:-1])
            if t.text[:1].islower() and t.lower_ not in _NAME_JOINERS and not _inside_a_name(name_toks, x)
        ]
        if common and name_toks[-1].ent_type_ in ("ORG", "PERSON", ""):
            name_toks = name_toks[common[-1] + 1 :]  # "the Israeli newspaper Haaretz", "TV station Mir-24"
        mark = max((x for x, t in enumerate(name_toks[:-1]) if t.text in _POSSESSIVE), default=None)
        if mark is not None and all(t.text[:1].isupper() and t.lower_ not in c.titles for t in name_toks[mark + 1 :]):
            name_toks = name_toks[mark + 1 :]  # "SentinelOne's Hegel": the person, not the firm
        if (
            len(toks) > 1
            and toks[0].lower_ == "the"
            and all(t.lower_ in c.titles for t in toks[1:])
            and lower not in c.org_nouns
            and not self._body_named(p, toks)
        ):
            # "the President said": a capitalised title alone stands for its holder, as "the president" does
            return self._common(p, toks, span)
        if all(t.lower_ in c.titles for t in name_toks):
            appos = self._apposition(p, span[1])
            if appos is not None:
                return self.who(p, appos)  # "the Greek Foreign Minister, Giorgos Vlachos, said"
        a, b = name_toks[0].idx, name_toks[-1].idx + len(name_toks[-1])
        name = self.paragraphs[p][a:b]
        known = self.canonical(name) != name or tuple(name.lower().split()) in self.display
        if known:
            return self._found(self.person_ref(self.clean_name(name), p, a, b))
        if self.parsed.actors:
            actor = self.parsed.actor_at(p, a, b)
            if actor is not None:
                if self._guessed_org(actor, name_toks):
                    return self._found(self.person_ref(self.clean_name(name)))
                if actor.kind == "state" and self._longer_than(actor, p, a, b, name_toks):
                    # "the Philippine Coast Guard", "the Georgia Pharmacy Association": a body of the state
                    ref = self.org_ref(name, p, a, b, lookup=False)
                    return self._found(replace(ref, country=actor.country) if ref is not None else None)
                seat = " ".join(t.text for t in toks if t.pos_ != "DET")
                if actor.kind == "state" and self._seat_named(actor.id, seat):
                    return self._found(replace(actor.ref(), name=seat))  # "the Kremlin said": the state speaks
                if actor.kind == "organisation" and _renamed(actor.name, actor.country, name_toks):
                    # "the Philippine Coast Guard" coded as the state's police: the body speaks by its own name
                    ref = self.org_ref(name, p, a, b, lookup=False)
                    if ref is not None:
                        return self._found(replace(ref, country=actor.country, role=actor.role))
                return self._found(actor.ref())
        labels = {t.ent_type_ for t in name_toks} - {""}
        org = bool(labels & _ORG_LABELS) or lower in c.org_nouns
        if labels == {"ORG"} and self._name_like(name_toks):
            org = False  # the model often takes a speaker's rare name for an organisation
        if org and not known:
            return self._found(self.org_ref(name, p, a, b))
        if all(t.lower_ in c.titles for t in name_toks):
            return self._found(self.org_ref(name, p, a, b))
        return self._found(self.person_ref(self.clean_name(name), p, a, b))

    def _body_named(self, p: int, toks) -> bool:
        """Whether the actor stage found a state or body in these words ("the White House", "the Kremlin")."""
        if not self.parsed.actors:
            return False
        actor = self.parsed.actor_at(p, toks[0].idx, toks[-1].idx + len(toks[-1]))
        return actor is not None and actor.kind != "person"

    @staticmethod
    def _seat_named(code: str, name: str) -> bool:
        """Whether a state is named by its seat of government ("Kremlin", "White House"; not its capital alone)."""
        country = load_knowledge().countries.get(code)
        return country is not None and name in country.seats[1:]

    def _org_before(self, p: int, char: int) -> ActorRef | None:
        """The organisation or state the actor stage found last before ``char`` in paragraph ``p``."""
        best, at = None, -1
        for actor in self.parsed.actors:
            if actor.kind == "person":
                continue
            for span in actor.spans:
                if span.paragraph == p and at < span.start < char:
                    best, at = actor, span.start
        return best.ref() if best is not None else None

    def _owner(self, p: int, toks) -> Who | None:
        """The owner of what speaks for them: "Mr Wine’s Twitter account said", "its website says", "his office"."""
        if toks[-1].lower_ not in _OWNED:
            return None
        first = self.tokens[p].toks[toks[0].i - 1] if toks[0].i > 0 else None
        if toks[0].lower_ in ("its", "his", "her") or (
            first is not None and first.lower_ in ("its", "his", "her") and len(toks) <= 2
        ):
            word = toks[0].lower_ if toks[0].lower_ in ("its", "his", "her") else first.lower_
            char = toks[0].idx
            if word == "its":
                ref = self._sentence_org(p, char) or self._org_before(p, char)
            else:
                ref = self.antecedent(p, char, gender="m" if word == "his" else "f")
            return Who(ref, True, toks[-1].lower_) if ref is not None else None
        mark = next((x for x, t in enumerate(toks) if t.text in _POSSESSIVE), None)
        if mark is None or mark == 0:
            return None
        a, b = toks[0].i, toks[mark].i
        who = self.who(p, (a, b))
        return who if who.ref is not None else None

    @staticmethod
    def _longer_than(actor, p: int, a: int, b: int, name_toks) -> bool:
        """Whether the name at ``a:b`` goes on past the state's own word with capitalised words of a body."""
        spans = [s for s in actor.spans if s.paragraph == p and s.start < b and s.end > a]
        covered = sum(min(b, s.end) - max(a, s.start) for s in spans)
        rest = [
            t
            for t in name_toks
            if not any(s.start <= t.idx < s.end for s in spans) and t.pos_ != "DET" and t.lower_ != "the"
        ]
        return covered < (b - a) and any(t.text[:1].isupper() and t.is_alpha for t in rest)

    def _known_surname(self, tok) -> bool:
        """A capitalised word that is the surname of a person named in full ("Žemaitytė", tagged a plural noun)."""
        return tok.text[:1].isupper() and self.canonical(tok.text) != tok.text

    def _guessed_org(self, actor, name_toks) -> bool:
        """An organisation only the statistical model saw in what reads as a speaker's name ("Lucía Valdivia")."""
        if actor.kind != "organisation" or actor.country or actor.role:
            return False
        return self._name_like(name_toks)

    @staticmethod
    def _name_like(name_toks) -> bool:
        c = cues()
        return len(name_toks) <= 3 and not any(
            t.lower_ in c.org_nouns or t.lower_ in c.titles or t.is_upper or t.like_num for t in name_toks
        )

    @staticmethod
    def _found(ref: ActorRef | None) -> Who:
        return Who(ref, ref is not None)

    def _common(self, p: int, toks, span: tuple[int, int]) -> Who:
        """A noun phrase headed by a common noun: an organisation, a titled person, or someone unnamed."""
        c = cues()
        head = toks[-1].lower_
        appos = self._apposition(p, span[1])
        if appos is not None and (
            head in c.unnamed_nouns
            or head in c.titles
            or (_common_head(toks[-1]) and self._person_at(p, appos))
            or (head in c.org_nouns and self._body_at(p, appos))
        ):
            return self.who(p, appos)  # "the UN's humanitarian coordinator, Clementine Nkweta-Salami,"
        if head in _SPOKES and self.parsed.actors:
            # "a spokesperson for the foreign ministry", "Israel's military spokesman": someone unnamed who speaks
            # for the body the actor stage found, with its state and sector
            a, b = self.tokens[p].chars(*span)
            actor = self.parsed.actor_at(p, a, b)
            if actor is not None and actor.kind != "person":
                full = self.tokens[p].toks[span[0] : span[1]]
                return Who(None, True, head, _description(full), actor.country, actor.role)
        indefinite = toks[0].lower_ in c.indefinite or toks[-1].tag_ == "NNS" or toks[0].lower_ == head
        owner = self.tokens[p].toks[toks[-1].i - 1] if toks[-1].i > 0 else None
        if head == "office" and owner is not None and owner.lower_ in ("his", "her"):
            # "his office said": the person's own office speaks for them
            ref = self.antecedent(p, owner.idx, gender="m" if owner.lower_ == "his" else "f")
            if ref is not None:
                return Who(ref, True, head)
        after = self.tokens[p].toks[span[1]] if span[1] < len(self.tokens[p].toks) else None
        if head in c.document_nouns and after is not None and after.lower_ in ("from", "by"):
            # "…, said a statement from the army": the body it comes from speaks
            all_toks = self.tokens[p].toks
            end = span[1] + 1
            while end < len(all_toks) and not all_toks[end].is_punct:
                end += 1
            inner = self.who(p, (span[1] + 1, end)) if end > span[1] + 1 else NOBODY
            if inner.found:
                return inner
        signer = self._signed_by(p, span[1]) if head in c.document_nouns else None
        if signer is not None:
            return signer  # "the statement, signed by the army's spokesman, said": the signer speaks
        if head in c.document_nouns and toks[0].lower_ in ("the", "that", "this") and len(toks) <= 3:
            # "…, the statement added": the document named before speaks for whoever issued it
            issuer = self.last_speaker(p, toks[0].idx, head) or self._issuer_before(p, toks[0].idx, head)
            return self._found(issuer)
        if head in c.org_nouns:
            if toks[0].lower_ in c.indefinite and head in c.unnamed_bodies:
                return self._unnamed(p, toks, head, span)  # "a police union told AFP": a body, unnamed
            if toks[0].lower_ in c.indefinite:
                return NOBODY  # "a new government in Washington" is not a speaker to quote
            if len(toks) == 2 and toks[0].lower_ == "the":
                named = self.named_body(p, toks[0].idx, head)
                if named is not None:
                    return Who(named, True, head)  # "the ministry": the Ministry of Health named before
            words = [t for t in toks if t.pos_ not in ("DET", "PRON") and t.text not in _POSSESSIVE]
            words = [t for t in words if t.ent_type_ != "GPE"] or words
            a = words[0].idx if words else toks[0].idx
            end = toks[-1].idx + len(toks[-1])
            ref = self.org_ref(self.paragraphs[p][a:end], p, a, end, lookup=False)
            if self.parsed.actors and ref is not None:
                actor = self.parsed.actor_at(p, toks[0].idx, end)
                if actor is not None and actor.kind != "person":
                    if head in actor.name.lower():
                        return Who(actor.ref(), True, head)
                    # "the Belarusian foreign ministry": the ministry speaks, for the state the actor stage found
                    ref = ActorRef(id=ref.id, name=ref.name, country=actor.country, role=actor.role)
            return Who(ref, True, head)
        if head not in c.unnamed_nouns and head not in c.titles and not (head == "old" and len(toks) > 1):
            return NOBODY
        if (
            not indefinite
            and toks[0].lower_ == "the"
            and _AGE.match(self.paragraphs[p][toks[1].idx : toks[-1].idx + len(toks[-1])].replace(" ", ""))
        ):
            return self._found(self.antecedent(p, toks[0].idx))  # "the 58-year-old said"
        if not indefinite and head in c.titles:
            char = toks[0].idx
            described = _description(self._with_postmodifier(p, toks, span))
            ref = self.office_holder(p, char, toks)
            if ref is not None:
                return Who(ref, True, head, described)
            # "the head of the rehabilitation department": a title with its own postmodifier is the one whose
            # description holds it too, not any head named before
            detail = described.lower() if re.search(r"\s(of|in|at|for)\s", described) else None
            if detail and described.lower() in load_knowledge().titles:
                detail = None  # "the head of state", "the secretary of state": a title of its own
            ref = self.antecedent(p, char, title=head, detail=detail)
            if ref is None:
                ref = self.cataphor(p, char, head)
            earlier = self._unnamed_before(p, char, head) if ref is None and detail is None else None
            if earlier is not None:
                # "a defence ministry spokesperson said ... the spokesperson added": the one described before
                ref = earlier.unnamed
            if ref is not None or earlier is not None:
                return Who(ref, True, head, described)
            if len(toks) == 2 and toks[0].lower_ == "the" and detail is None:
                # a bare "the envoy": the person in focus
                return Who(self.antecedent(p, char), True, head, described)
        return self._unnamed(p, toks, head, span)

    def _unnamed(self, p: int, toks, head: str, span: tuple[int, int] | None = None) -> Who:
        """Someone unnamed ("two senior Iraqi officials"): the person the actor stage found in these words when it
        found one ("the French president"), else the description with the state its words name and, with a state,
        the sector of its title ("official": GOV)."""
        start, end = toks[0].idx, toks[-1].idx + len(toks[-1])
        actor = self.parsed.actor_at(p, start, end) if self.parsed.actors else None
        owner = next((t for t in reversed(toks[:-1]) if t.text in _POSSESSIVE), None)
        if actor is not None and actor.kind == "person" and owner is not None and _ends_before(actor, p, start, owner.idx):
            actor = None  # "Navalny's lawyer": the person named owns the speaker, and is not the speaker
        if actor is not None and actor.kind == "person":
            return Who(actor.ref(), True, head)
        country = actor.country if actor is not None else None
        words = [t.lower_ for t in toks]
        role = None
        titles = load_knowledge().titles
        for term in (" ".join(words[-2:]), words[-1], words[-1].removesuffix("s")) if country else ():
            title = titles.get(term)
            if title is not None and title.role and title.role != "IGO":
                role = title.role
                break
        return Who(None, True, head, _description(self._with_postmodifier(p, toks, span)), country, role)

    def _with_postmodifier(self, p: int, toks, span: tuple[int, int] | None):
        """A description with what follows its head up to the next preposition: "resident of Gressier", "head of the
        department", "the researcher behind the study"."""
        if span is None:
            return toks
        full = self.tokens[p].toks
        n = toks[-1].i + 1
        if n + 1 < span[1] and full[n].pos_ == "ADJ" and full[n + 1].pos_ == "ADP":
            return full[toks[0].i : span[1]]  # "sources familiar with the talks": the whole description
        if n < span[1] and full[n].pos_ == "ADP" and full[n].lower_ in _CUT_AT:
            m = n + 1
            while m < span[1] and (
                full[m].pos_ not in ("ADP", "VERB", "AUX", "PUNCT", "CCONJ")
                or (full[m].tag_ in ("VBG", "VBN") and full[m - 1].pos_ == "DET")  # "of the ruling party"
            ):
                m += 1
            while m > n + 1 and full[m - 1].pos_ == "DET":
                m -= 1  # never end on a determiner
            if m > n + 1:
                return full[toks[0].i : m]
        return toks

    def _apposition(self, p: int, j: int) -> tuple[int, int] | None:
        """A name right after a noun phrase, set off by a comma: "the foreign minister, Kari Lindqvist,"; also past
        the noun's own prepositional phrase ("the head of the World Food Programme, Cindy McCain")."""
        tokens = self.tokens[p]
        toks = tokens.toks
        if j < len(toks) and toks[j].lower_ in _CUT_AT:
            j = _past_postmodifier(toks, j)
        if j + 2 < len(toks) and toks[j].text == "," and toks[j + 1].lower_ == "the" and toks[j + 2].ent_type_ == "ORG":
            j += 1  # "Gershkovich's employer, The Wall Street Journal,"
        if j + 1 < len(toks) and toks[j].text == "," and is_propn(toks[j + 1], tokens.has_pos):
            b = j + 1
            while b < len(toks) and (
                is_propn(toks[b], tokens.has_pos)
                or toks[b].lower_ in _NAME_JOINERS
                or (toks[b].text == "." and b + 1 < len(toks) and is_propn(toks[b + 1], tokens.has_pos))
            ):
                b += 1  # "Maj. Gen. Pat Ryder": a rank's abbreviation point is part of the name
            return j + 1, b
        return None

    def _person_at(self, p: int, span: tuple[int, int]) -> bool:
        """Whether the words at ``span`` are a person's name of two words or more, as the model reads them."""
        toks = self.tokens[p].toks[span[0] : span[1]]
        return len(toks) >= 2 and all(t.ent_type_ == "PERSON" or t.tag_ == "HYPH" for t in toks)

    def _signed_by(self, p: int, j: int) -> Who | None:
        """Who a document speaks for when an aside after it names its author: ", signed by X," / ", issued by X,"."""
        toks = self.tokens[p].toks
        if not (j + 3 < len(toks) and toks[j].text == "," and toks[j + 1].tag_ == "VBN" and toks[j + 2].lower_ == "by"):
            return None
        end = next((x for x in range(j + 3, min(len(toks), j + 15)) if toks[x].text in (",", ".", ";")), None)
        if end is None or end == j + 3:
            return None
        who = self.who(p, (j + 3, end))
        return who if who.found else None

    def _body_at(self, p: int, span: tuple[int, int]) -> bool:
        """Whether the words at ``span`` name a body: an acronym ("UNRWA", "ISPR") or what the model reads as one."""
        toks = self.tokens[p].toks[span[0] : span[1]]
        if len(toks) == 1 and len(toks[0].text) >= 3 and toks[0].text.isupper() and toks[0].is_alpha:
            return True
        return bool(toks) and all(t.ent_type_ == "ORG" for t in toks)

    def _plural_antecedent(self, p: int, char: int) -> Who:
        """What "they said" stands for: the unnamed speakers in the plural ("three U.S. officials") who spoke last,
        in this paragraph or the one before, when no one else spoke since."""
        for m in reversed(self.mentions):
            if (m.paragraph, m.start) >= (p, char):
                continue
            if m.paragraph < p - 1:
                break
            if not m.speaker:
                continue
            if m.ref is None and m.head.endswith("s") and m.head in cues().unnamed_nouns:
                return Who(None, True, m.head, m.head)
            return NOBODY  # someone else spoke last
        return NOBODY

    def _sentence_org(self, p: int, char: int) -> ActorRef | None:
        """What "it" stands for as a speaker: an organisation or state opening the sentence, else the body that
        spoke last in the sentences just before ("The ministry announced … It also said …")."""
        k = self.sentence_of(p, char)
        a = self.bounds[p][k][0] if self.bounds[p] else 0
        tokens = self.tokens[p]
        i, j = tokens.between(a, char)
        span = self.np_right(p, i, j) if i < j else None
        if span is not None:
            found = self.who(p, span)
            if found.ref is not None and not found.ref.id.startswith("person:"):
                return found.ref
        subject = self._subject_body_before(p, char)
        if subject is not None:
            return subject
        for m in reversed(self.mentions):
            if (m.paragraph, m.start) >= (p, a):
                continue
            if m.paragraph < p - 1:
                break
            if m.speaker and m.ref is not None and not m.ref.id.startswith(("person:", "unnamed:")):
                return m.ref
            if m.speaker or m.subject:
                return None  # someone else spoke or acted last
        return None

    def last_speaker(self, p: int, char: int, document: str) -> ActorRef | None:
        """Who issued "the <document>" at ``char`` of paragraph ``p``: the speaker named last before it, when the
        document was named since the paragraph before ("said in a statement … the statement added")."""
        before = " ".join(self.paragraphs[max(0, p - 1) : p] + [self.paragraphs[p][:char]])
        if not re.search(rf"\b{re.escape(document)}\b", before, re.I):
            return None
        for m in reversed(self.mentions):
            if (m.paragraph, m.start) >= (p, char):
                continue
            if m.paragraph < p - 1:
                break
            if m.speaker and m.ref is not None:
                return m.ref
        return None

    def named_body(self, p: int, char: int, head: str) -> ActorRef | None:
        """The body that "the <head>" at ``char`` of paragraph ``p`` refers to: the last one named before it, within
        ten paragraphs, whose name holds the word ("the ministry" → "Ministry of Health in Gaza")."""
        best, at = None, (-1, -1)
        candidates = [(a.ref(), s.paragraph, s.start) for a in self.parsed.actors if a.kind != "person" for s in a.spans]
        candidates += [(m.ref, m.paragraph, m.start) for m in self.mentions if m.speaker and m.ref is not None]
        title = load_knowledge().titles.get(head)
        sector = title.role if title is not None and title.role in _FORCE_SECTORS else None
        by_sector, sector_at = None, (-1, -1)
        for ref, q, start in candidates:
            if not (p - _BODY_PARAGRAPHS <= q and (q, start) < (p, char)):
                continue
            if ref.id.startswith(("person:", "unnamed:")):
                continue
            if sector and ref.role == sector and (q, start) > sector_at:
                by_sector, sector_at = ref, (q, start)  # "the IDF reported …" then "the military said"
            if (q, start) <= at:
                continue
            words = ref.name.lower().split()
            if head in words and len(words) > 1:
                best, at = ref, (q, start)
        return best or by_sector

    def _sentence_before(self, p: int, char: int) -> tuple[int, int, int] | None:
        """(paragraph, start, end) of the sentence before the one at ``char`` of paragraph ``p``, if any."""
        k = self.sentence_of(p, char)
        if k > 0:
            return (p, *self.bounds[p][k - 1])
        if p > 0 and self.bounds[p - 1]:
            return (p - 1, *self.bounds[p - 1][-1])
        return None

    def _issuer_before(self, p: int, char: int, document: str) -> ActorRef | None:
        """Who issued "the <document>": the subject of the sentence just before that names it ("In an official
        statement, the police called him the ex-president." … "the statement says")."""
        before = self._sentence_before(p, char)
        if before is None:
            return None
        q, a, b = before
        if not re.search(rf"\b{re.escape(document)}\b", self.paragraphs[q][a:b], re.I):
            return None
        tokens = self.tokens[q]
        if tokens.doc is None or not tokens.toks or not tokens.toks[0].dep_:
            return None
        i, j = tokens.between(a, b)
        subjects = [t for t in tokens.toks[i:j] if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"]
        if len(subjects) != 1 or subjects[0].lower_ in cues().pronouns:
            return None
        return self.who(q, self._np_of(subjects[0])).speaker

    def _subject_body_before(self, p: int, char: int) -> ActorRef | None:
        """What "it" stands for by the sentence before: the organisation or state that is its subject ("The
        Observatory published a study. It said …")."""
        before = self._sentence_before(p, char)
        if before is None:
            return None
        q, a, b = before
        tokens = self.tokens[q]
        if tokens.doc is None or not tokens.toks or not tokens.toks[0].dep_:
            return None
        i, j = tokens.between(a, b)
        subjects = [t for t in tokens.toks[i:j] if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"]
        if len(subjects) != 1:
            return None
        if subjects[0].lower_ in cues().pronouns or subjects[0].lower_ in cues().plural_pronouns:
            return None
        ref = self.who(q, self._np_of(subjects[0])).ref
        if ref is None or ref.id.startswith(("person:", "unnamed:")):
            return None
        return ref

    def _unnamed_before(self, p: int, char: int, head: str) -> Mention | None:
        """The latest unnamed speaker before ``char`` of paragraph ``p`` whose head noun is ``head``."""
        return next(
            (m for m in reversed(self.mentions) if (m.paragraph, m.start) < (p, char) and m.ref is None and m.head == head),
            None,
        )

    def antecedent(
        self, p: int, char: int, gender: str | None = None, title: str | None = None, detail: str | None = None
    ) -> ActorRef | None:
        """The person that "he"/"she" (or "the <title>") at ``char`` of paragraph ``p`` refers to."""
        sentence = self.sentence_of(p, char)
        before = [m for m in self.mentions if (m.paragraph, m.start) < (p, char)]
        if title:
            for m in reversed(before):
                if m.ref is None and m.head == title:
                    return None
                if detail and detail not in m.context:
                    continue
                if m.ref is not None and (title in m.context or (m.ref.role and title in m.ref.role.lower())):
                    return m.ref
            return None
        groups: dict[tuple[int, int], list[Mention]] = {}
        for m in before:
            if m.ref is None or not m.ref.id.startswith("person:"):
                continue
            if gender and self.gender_of(m.ref) not in (None, gender):
                continue
            groups.setdefault((m.paragraph, m.sentence), []).append(m)
        for key in sorted(groups, reverse=True)[:_BACK_SENTENCES]:
            if key[0] < p - 3:
                break
            group = groups[key]
            pick = None
            if key == (p, sentence):
                # in the same sentence, the nearest name before the pronoun that is a subject or spoke ("“…” to
                # kill Moïse, he said" is not Moïse's)
                acting = [m for m in group if m.subject or m.speaker]
                if not acting:
                    continue
                pick = acting[-1]
            else:
                for subset in ([m for m in group if m.speaker], [m for m in group if m.subject], group):
                    if subset:
                        pick = subset[0]
                        break
            if gender and self.gender_of(pick.ref) is None:
                self.gender[pick.ref.id] = gender
            return pick.ref
        return None

    def gender_of(self, ref: ActorRef) -> str | None:
        """A person's gender ("m", "f") from a given name that tells it, the article's "Mr"/"Ms", or a pronoun
        that already resolved to them; None when nothing tells."""
        if ref.id in self.gender:
            return self.gender[ref.id]
        words = ref.name.split()
        if not words:
            return None
        if len(words) >= 2:
            known = cues().given_names.get(words[0].lower())
            if known:
                return known
        return self.honorifics.get(words[-1].lower())

    def office_holder(self, p: int, char: int, toks) -> ActorRef | None:
        """The person named in the article who held the office a title names on the article's date ("the prime
        minister" is Rishi Sunak in a British article of 2023): the one named last before ``char``, else first after."""
        words = [t.lower_ for t in toks if t.pos_ != "DET" and t.text not in _POSSESSIVE]
        office = _OFFICES.get(" ".join(words[-2:])) or _OFFICES.get(words[-1] if words else "")
        if office is None:
            return None
        date = self.parsed.article.published
        people = load_knowledge().people
        before, after = None, None
        for m in self.mentions:
            if m.ref is None or not m.ref.id.startswith("person:"):
                continue
            person = people.get(m.ref.id.removeprefix("person:"))
            if person is None or not any(
                o.office == office and (date is None or o.holds_on(date)) for o in person.offices
            ):
                continue
            if (m.paragraph, m.start) < (p, char):
                before = m.ref
            elif after is None:
                after = m.ref
        return before or after

    def cataphor(self, p: int, char: int, title: str) -> ActorRef | None:
        """A person named just after a title that comes first: "Mexico’s president … President Gabriela Ortiz"."""
        for m in self.mentions:
            if (m.paragraph, m.start) <= (p, char) or m.paragraph > p + _FORWARD_PARAGRAPHS:
                continue
            if m.ref is not None and title in m.context.split("|")[0]:
                return m.ref
        return None

    def add_speaker(self, p: int, char: int, ref: ActorRef | None, head: str = "") -> None:
        """Remember that ``ref`` (None: someone unnamed) spoke at ``char`` of paragraph ``p``."""
        unnamed = None
        if ref is not None and ref.id.startswith("unnamed:"):
            ref, unnamed = None, ref  # an unnamed speaker is found again by its head noun ("the official"), not by name
        mention = Mention(
            p, self.sentence_of(p, char), char, char, ref, "", True, speaker=True, head=head, unnamed=unnamed
        )
        keys = [(m.paragraph, m.start) for m in self.mentions]
        self.mentions.insert(bisect_left(keys, (p, char)), mention)


#: Sectors whose bodies the text names again by their common noun ("the IDF" … "the military", "the police").
_FORCE_SECTORS = {"MIL", "COP"}
#: What speaks for its owner: "X’s Twitter account said", "its website says".
_OWNED = {
    "account",
    "accounts",
    "website",
    "site",
    "page",
    "channel",
    "feed",
    "handle",
    "blog",
    "newsletter",
    "office",
}
#: Titles that name an office of the knowledge base ("the prime minister": the head of government).
_OFFICES = {
    "prime minister": "head_of_government",
    "premier": "head_of_government",
    "chancellor": "head_of_government",
    "president": "head_of_state",
    "foreign minister": "foreign_minister",
    "foreign secretary": "foreign_minister",
    "defence minister": "defence_minister",
    "defense minister": "defence_minister",
    "defence secretary": "defence_minister",
    "defense secretary": "defence_minister",
    "vice president": "vice_president",
    "vice-president": "vice_president",
}
_NOT_NAMES = _NOT_DESCRIPTION | {
    "he",
    "she",
    "we",
    "i",
    "you",
    "they",
    "it",
    "then",
    "when",
    "while",
    "after",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
}


def _renamed(actor_name: str, country: str | None, name_toks) -> bool:
    """Whether the actor stage gave a body named in the text a name of its own that shares no word with it (a
    sector's group: "Kenya Medical Association" as "Kenyan civilians"), the text's name being a proper one."""
    words = [t for t in name_toks if t.pos_ != "DET" and t.text not in _POSSESSIVE]
    if len(words) < 2 or not all(t.text[:1].isupper() or t.lower_ in _NAME_JOINERS or t.lower_ == "of" for t in words):
        return False
    given = {w.lower() for w in re.findall(r"\w+", actor_name)}
    state = load_knowledge().countries.get(country or "")
    national = {w.lower() for form in (state.names + state.adjectives if state else ()) for w in form.split()}
    own = [t for t in words if t.ent_type_ not in ("NORP", "GPE") and t.lower_ not in national]
    return bool(own) and not any(t.lower_ in given for t in own)  # the state's name may be in both


def _names_a_body(name: str) -> bool:
    """A capitalised name that ends in an organisation's word ("Humanitarian Law Project") names no person, unless
    it opens with a given name ("Emily Post")."""
    words = name.split()
    c = cues()
    return bool(words) and words[-1].lower() in c.org_nouns and words[0].lower() not in c.given_names


def same_person(a: str, b: str) -> bool:
    """Whether two forms of a name may name one person: not when both give their first name and it differs
    ("Ivanka Trump" is not "Donald Trump"); a surname alone, an initial or a title agree with anything."""
    wa, wb = a.split(), b.split()
    if len(wa) < 2 or len(wb) < 2:
        return True
    fa, fb = wa[0].strip(".").lower(), wb[0].strip(".").lower()
    if fa == fb or len(fa) == 1 or len(fb) == 1:
        return True
    titles = cues().titles
    if fa in titles or fb in titles or not wa[0][:1].isupper() or not wb[0][:1].isupper():
        return True
    return False


def _name_shaped(name: str) -> bool:
    """Whether words could be a person's name: no quotation mark, no determiner, pronoun, weekday or number to
    open it, and a capitalised word."""
    words = name.split()
    if not words or any(ch in name for ch in '“”"«»„') or words[0].lower() in _NOT_NAMES:
        return False
    return any(w[:1].isupper() and w.lower() not in _NOT_NAMES for w in words)


#: The longest prepositional phrase after a speaker's title that an apposed name may follow.
_POSTMODIFIER_WORDS = 9


def _ends_before(actor, p: int, start: int, char: int) -> bool:
    """Whether the mentions of ``actor`` in paragraph ``p`` between ``start`` and ``char`` (a possessive mark) all
    end at the mark: the actor owns what follows."""
    spans = [s for s in actor.spans if s.paragraph == p and start <= s.start < char]
    return bool(spans) and all(s.end <= char for s in spans)


def _common_head(tok) -> bool:
    """A singular common noun heading a speaker's description ("coordinator", "spokesman"), not a name."""
    return tok.tag_ == "NN" and tok.text[:1].islower()


def _past_postmodifier(toks, j: int) -> int:
    """The token after a prepositional phrase at ``j`` ("of the UN agency for refugees"), when it is only nouns,
    names and their determiners and ends at a comma; else ``j``."""
    n = j
    while n < len(toks) and n - j <= _POSTMODIFIER_WORDS:
        t = toks[n]
        if t.text == ",":
            return n if n > j + 1 else j
        if not (t.lower_ in _CUT_AT or t.pos_ in ("DET", "NOUN", "PROPN", "ADJ", "PART") or t.text in _POSSESSIVE):
            return j
        n += 1
    return j


def _inside_a_name(toks, x: int) -> bool:
    """Whether the "of" at ``x`` joins the capitalised words of one name ("Ministry of Health", "Bank of Korea"), or a
    "for" those of one organisation the model found ("the Syrian Observatory for Human Rights")."""
    if x == 0 or x + 1 >= len(toks):
        return False
    if toks[x].lower_ in ("for", "on", "in") and toks[x].ent_iob_ == "I" and toks[x].ent_type_ == "ORG":
        return toks[x - 1].text[:1].isupper() and toks[x + 1].text[:1].isupper()  # "Observatory for Human Rights"
    if toks[x].lower_ != "of":
        return False
    after = toks[x + 1] if toks[x + 1].lower_ != "the" or x + 2 >= len(toks) else toks[x + 2]
    return toks[x - 1].text[:1].isupper() and after.text[:1].isupper() and toks[x - 1].ent_type_ != "PERSON"


def _description(toks) -> str:
    """An unnamed speaker's noun phrase without its determiners and numbers: "two senior officials" → "senior
    officials"."""
    words = [t for t in toks if not t.is_punct or t.text in ("-", ".")]
    while words and (words[0].lower_ in _NOT_DESCRIPTION or words[0].like_num):
        words = words[1:]
    if not words:
        return ""
    doc = words[0].doc
    return doc[words[0].i : words[-1].i + 1].text.strip(" ,;:")


_HONORIFIC = re.compile(r"\b(Mr|Mrs|Ms|Miss|Sir|Dame|Lady|Lord)\.?\s+(?:[A-Z]\.\s+)*([A-Z][\w’'-]+)")
_HONORIFIC_GENDER = {
    "mr": "m",
    "sir": "m",
    "lord": "m",
    "mrs": "f",
    "ms": "f",
    "miss": "f",
    "dame": "f",
    "lady": "f",
}


def _honorifics(paragraphs: list[str]) -> dict[str, str]:
    """Surnames (lower case) the article gives with "Mr", "Ms", "Sir" …, and the gender that tells; a surname given
    both ways (a couple: "Mr and Mrs Smith") tells nothing."""
    found: dict[str, str] = {}
    for text in paragraphs:
        for m in _HONORIFIC.finditer(text):
            name, gender = m.group(2).lower(), _HONORIFIC_GENDER[m.group(1).lower()]
            found[name] = gender if found.get(name, gender) == gender else ""
    return {name: g for name, g in found.items() if g}


def _dateline_ends(paragraphs: list[str]) -> list[int]:
    """Per paragraph, the character offset where its dateline ends (0 when it has none)."""
    from faultlines.nlp.actor_dateline import find_dateline

    knowledge = load_knowledge()
    ends = []
    for p, text in enumerate(paragraphs):
        line = find_dateline(text, knowledge, opening=p <= 2) if p <= 2 else None
        ends.append(line.end if line is not None else 0)
    return ends
