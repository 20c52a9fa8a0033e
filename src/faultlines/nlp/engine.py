"""Loads the spaCy model once per process and parses article paragraphs in batches.

Two modes (setting ``FAULTLINES_PARSE``, default ``fast``):

* ``full``: the whole ``en_core_web_sm`` pipeline over every paragraph (the naive reference);
* ``fast``: tagger and the light ``senter`` over every paragraph; NER only over the sentences that can hold a name
  (a proper-noun tag, a capitalised word inside the sentence or a knowledge match; the others, about a third of
  news text, are marked outside any entity); the dependency parser only over the paragraphs that can hold an event
  (at least one name — a model entity or a knowledge match — and a verb). Other paragraphs keep the ``senter``'s
  sentence boundaries and get no dependency parse, so consumers check ``doc.has_annotation("DEP")`` before reading
  ``dep_``/``head``. Then the tag → POS/morphology rules (by dictionary lookup, :mod:`faultlines.nlp.engine_ruler`,
  a few times faster than the model's ``attribute_ruler``) and the lemmatizer. Parsed paragraphs get the
  annotations of ``full`` mode (the parser reads the shared ``tok2vec`` output stored on each doc; the rules and
  lemmatizer run after it, as in the model's own order) except the entities of sentences without a name;
  unparsed ones lack only what the rules derive from dependency labels (e.g. AUX rather than VERB for "has").

Articles that are not in English are detected (:func:`detect_language`), marked in ``article.language`` and not run
through the English model: they get empty docs, hence no actors, quotes or events.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache

from faultlines.settings import spacy_models

BATCH_SIZE = 64
#: Longest paragraph handed to the model; a longer one is cut there (offsets before the cut stay valid).
MAX_PARAGRAPH_CHARS = 100_000
ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
VERB_TAGS = {"VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD"}
#: Components the fast mode runs itself, after the parser (see parse_paragraphs).
LATE_COMPONENTS = ("attribute_ruler", "lemmatizer")

PROPER_TAGS = ("NNP", "NNPS")
#: Tags of capitalised words inside a sentence that may still be names ("Kurdish fighters", "Muslim leaders").
CAPITALISED_NAME_TAGS = ("JJ", "NN", "NNS")

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@lru_cache(maxsize=1)
def get_nlp():
    """The English spaCy pipeline (the first installed of the configured model names)."""
    import spacy

    for name in spacy_models():
        try:
            nlp = spacy.load(name)
        except OSError:
            continue
        _index_lemmas_by_set(nlp)
        return nlp
    raise RuntimeError(f"no spaCy English model installed (tried {', '.join(spacy_models())})")


def _index_lemmas_by_set(nlp) -> None:
    """Turn the rule lemmatizer's word lists into sets: the same lemmas, found about four times faster.

    spaCy checks every candidate form with ``form in index`` where the model's index of known words per part of
    speech is a list (up to 57,000 words, scanned in full each time the lemmatizer meets a new word).
    """
    if "lemmatizer" not in nlp.pipe_names:
        return
    lemmatizer = nlp.get_pipe("lemmatizer")
    if getattr(lemmatizer, "mode", None) != "rule" or not lemmatizer.lookups.has_table("lemma_index"):
        return
    index = lemmatizer.lookups.get_table("lemma_index")
    for key in list(index.keys()):
        if isinstance(index[key], list):
            index[key] = frozenset(index[key])


def parse_mode() -> str:
    return "full" if os.environ.get("FAULTLINES_PARSE", "fast").strip().lower() == "full" else "fast"


def detect_language(text: str) -> str:
    """The language of an article body for the NLP stage: an ISO 639-1 code, or ``"und"`` when unsure.

    The extraction stage's detector decides (:func:`faultlines.extract.language.detect_language`); texts too
    short for it to judge count as English (nothing to go on, and the model copes).
    """
    from faultlines.extract.language import MIN_WORDS, SAMPLE_CHARS
    from faultlines.extract.language import detect_language as detect

    found = detect(text)
    if found:
        return found
    return "en" if len(_WORD.findall(text[:SAMPLE_CHARS])) < MIN_WORDS else "und"


def is_english(article) -> bool:
    """Whether the article is English; an unset ``article.language`` is detected and set on the article."""
    if not article.language:
        article.language = detect_language(" ".join(article.paragraphs[:20]))
    return article.language.lower().split("-")[0] == "en"


def parse_article(article):
    """One doc per paragraph of ``article``: parsed when English, empty (no tokens) otherwise."""
    if not is_english(article):
        from spacy.tokens import Doc

        vocab = get_nlp().vocab
        return [Doc(vocab, words=[]) for _ in article.paragraphs]
    return parse_paragraphs(article.paragraphs)


def parse_paragraphs(paragraphs: list[str], mode: str | None = None):
    """One spaCy ``Doc`` per paragraph (see the module docstring for the ``fast`` and ``full`` modes)."""
    nlp = get_nlp()
    texts = [(p or "")[:MAX_PARAGRAPH_CHARS] for p in paragraphs]
    if (mode or parse_mode()) == "full":
        docs = list(nlp.pipe(texts, batch_size=BATCH_SIZE))
        for doc in docs:
            _mend_verbs(doc, nlp)
        return docs
    docs = list(nlp.pipe(texts, batch_size=BATCH_SIZE, disable=[*LATE_COMPONENTS, "parser", "ner"]))
    for _ in nlp.get_pipe("senter").pipe(docs, batch_size=BATCH_SIZE):
        pass
    from faultlines.nlp.actor_gazetteer import get_gazetteer

    names = get_gazetteer(nlp).names
    known = [names(doc, as_spans=False) for doc in docs]
    _recognise_entities(nlp, docs, known)
    to_parse = [doc for doc, found in zip(docs, known, strict=True) if _can_hold_event(doc, found)]
    for doc in to_parse:  # the parser finds its own sentences, as in the full pipeline
        _forget_sentences(doc)
    for doc in docs[:DATELINE_PARAGRAPHS]:
        if doc in to_parse:
            _after_dateline(doc)
    for _ in nlp.get_pipe("parser").pipe(to_parse, batch_size=BATCH_SIZE):
        pass
    ruler, lemmatizer = _fast_ruler(), _fast_lemmatizer()
    for doc in docs:  # after the parser, as in the full pipeline: some rules read dependency labels
        ruler(doc)
        lemmatizer(doc)
        _mend_verbs(doc, nlp)
    return docs


def _mend_verbs(doc, nlp) -> None:
    """A past tense the tagger took for an adjective or noun while the parser gave it a subject and a direct object
    ("Capriles says soldiers assaulted members of his team": "assaulted" tagged JJ) is a verb, with a verb's lemma."""
    if not doc.has_annotation("DEP"):
        return
    lemmatizer = None
    for token in doc:
        if token.tag_ not in MISTAGGED_VERB_TAGS or not token.lower_.endswith("ed"):
            continue
        deps = {child.dep_ for child in token.children}
        if "nsubj" not in deps or "dobj" not in deps:
            continue
        lemmatizer = lemmatizer or nlp.get_pipe("lemmatizer")
        token.tag_, token.pos_ = "VBD", "VERB"
        token.lemma_ = (lemmatizer.rule_lemmatize(token) or [token.lower_])[0]


#: Tags the small model gives some past tenses that the parser reads as verbs (a subject and an object).
MISTAGGED_VERB_TAGS = {"JJ", "NN", "NNP"}


@lru_cache(maxsize=1)
def _fast_ruler():
    from faultlines.nlp.engine_ruler import FastAttributeRuler

    return FastAttributeRuler(get_nlp().get_pipe("attribute_ruler"))


@lru_cache(maxsize=1)
def _fast_lemmatizer():
    lemmatizer = get_nlp().get_pipe("lemmatizer")
    return lemmatizer if getattr(lemmatizer, "overwrite", True) else _CachedLemmatizer(lemmatizer)


class _CachedLemmatizer:
    """The model's lemmatizer, remembering each lemma under the attributes it depends on (spelling, part of speech,
    morphology, tag): spaCy's own cache misses base forms and is read through a Python call per token."""

    def __init__(self, lemmatizer):
        self.lemmatizer = lemmatizer
        self.cache: dict[tuple[int, int, int, int], int] = {}

    def __call__(self, doc):
        from spacy.attrs import LEMMA, MORPH, ORTH, POS, TAG

        if not len(doc):
            return doc
        rows = doc.to_array([ORTH, POS, MORPH, TAG, LEMMA])
        lemmas = rows[:, 4].copy()
        strings, cache = doc.vocab.strings, self.cache
        for i, (orth, pos, morph, tag, lemma) in enumerate(rows.tolist()):
            if lemma:  # set by the attribute rules: kept, as the lemmatizer itself does
                continue
            key = (orth, pos, morph, tag)
            value = cache.get(key)
            if value is None:
                value = cache[key] = strings.add(self.lemmatizer.lemmatize(doc[i])[0])
            lemmas[i] = value
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))
        if len(cache) > 500_000:
            cache.clear()
        return doc


def _can_hold_event(doc, known_names) -> bool:
    if not any(t.tag_ in VERB_TAGS for t in doc):
        return False
    if any(e.label_ in ACTOR_LABELS for e in doc.ents) or known_names:
        return True
    words = _actor_words()
    return any(t.lower_ in words for t in doc)  # "police detained 713 people", "demonstrators blocked highways"


#: Sectors whose people are named without names in the events of domestic conflict ("soldiers", "activists").
FORCE_ROLES = {"COP", "MIL", "REB", "OPP", "NGO"}


@lru_cache(maxsize=1)
def _actor_words() -> frozenset[str]:
    """Single words that name groups, bodies and armed or protesting people without a name ("police", "troops",
    "the government", "soldiers", "activists": the knowledge's titles of those kinds, and their plurals)."""
    from faultlines.nlp.actor_gazetteer import _plurals
    from faultlines.nlp.knowledge import load_knowledge

    words = set()
    for term, title in load_knowledge().titles.items():
        if title.role and " " not in term and (title.kind in ("group", "body") or title.role in FORCE_ROLES):
            words.update({term, *_plurals(term)})
    return frozenset(words)


def _recognise_entities(nlp, docs, known) -> None:
    """Run the entity recogniser over the sentences that can hold a name, and mark every other token as outside.

    A sentence can hold a name when the tagger found a proper noun in it (NNP, NNPS), a capitalised adjective or
    noun after its first word, or the knowledge base matched one; the rest (about a third of news text) would
    yield only numbers and dates, which no stage reads.
    Runs of such sentences go to the model together (a whole paragraph as itself), so each keeps its context.
    """
    import numpy
    from spacy.attrs import IS_TITLE, TAG
    from spacy.tokens import Span

    strings = nlp.vocab.strings
    proper = numpy.array([strings.add(tag) for tag in PROPER_TAGS], dtype="uint64")
    capitalised = numpy.array([strings.add(tag) for tag in CAPITALISED_NAME_TAGS], dtype="uint64")
    whole, runs = [], []
    for doc, found in zip(docs, known, strict=True):
        if not len(doc):
            continue
        tags, titles = doc.to_array([TAG, IS_TITLE]).T
        sentences = [(s.start, s.end) for s in doc.sents]
        titles[[start for start, _ in sentences]] = 0  # a sentence's first word is capitalised anyway
        named = numpy.isin(tags, proper) | (numpy.isin(tags, capitalised) & (titles == 1))
        for _, start, end in found:
            named[start:end] = True
        wanted = [bool(named[start:end].any()) for start, end in sentences]
        if all(wanted):
            whole.append(doc)
            continue
        doc.set_ents([], default="outside")
        for start, end in _runs(sentences, wanted):
            runs.append((doc, start, doc[start:end].as_doc()))
    ner = nlp.get_pipe("ner")
    for _ in ner.pipe(whole, batch_size=BATCH_SIZE):
        pass
    parts = ner.pipe([part for _, _, part in runs], batch_size=BATCH_SIZE)
    for (doc, offset, _), part in zip(runs, parts, strict=True):
        found = [Span(doc, offset + e.start, offset + e.end, label=e.label) for e in part.ents]
        doc.set_ents(found, default="unmodified")


def _runs(sentences: list[tuple[int, int]], wanted: list[bool]):
    """(start, end) token offsets of each run of consecutive wanted sentences."""
    start = None
    for (first, _), keep in zip(sentences, wanted, strict=True):
        if keep and start is None:
            start = first
        if not keep and start is not None:
            yield start, first
            start = None
    if start is not None:
        yield start, sentences[-1][1]


#: The opening paragraphs that may start with a dateline ("NEW DELHI (Reuters) -").
DATELINE_PARAGRAPHS = 3


def _after_dateline(doc) -> None:
    """Start a sentence after a dateline, so that the parser does not hang the lead sentence on the place."""
    from faultlines.nlp.actor_dateline import find_dateline
    from faultlines.nlp.knowledge import load_knowledge

    line = find_dateline(doc.text, load_knowledge())
    if line is None:
        return
    first = next((t for t in doc if t.idx >= line.end and (t.is_alpha or t.like_num or t.is_quote)), None)
    if first is not None and first.i > 0:
        first.is_sent_start = True


def _forget_sentences(doc) -> None:
    import numpy
    from spacy.attrs import SENT_START

    doc.from_array([SENT_START], numpy.zeros((len(doc), 1), dtype="uint64"))
