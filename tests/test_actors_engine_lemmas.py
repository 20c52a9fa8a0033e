"""The engine's faster lemmatizer lookups give exactly the lemmas of the model as spaCy loads it."""

from __future__ import annotations

import pytest

TEXT = (
    "The ministers were meeting in Geneva and said they had agreed to withdraw the troops. "
    "Protesters gathered outside the embassies, chanting slogans; the police arrested dozens of them. "
    "Her government's spokeswoman denied the reports, calling the allegations baseless and irresponsible. "
    "Negotiators are hoping that the ceasefire holds, but shelling resumed overnight near the border crossings. "
    "The sanctioned oligarchs' yachts were seized, fined and auctioned; fishermen caught fewer geese and mice. "
    "Better roads, worse harvests, the best-laid plans: analysts studied the strategies of bigger neighbours."
)


def test_lemmas_match_the_plain_model():
    import spacy

    from faultlines.nlp.engine import get_nlp
    from faultlines.settings import spacy_models

    nlp = get_nlp()
    index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert all(isinstance(words, frozenset) for words in index.values())
    plain = None
    for name in spacy_models():
        try:
            plain = spacy.load(name)
            break
        except OSError:
            continue
    if plain is None:
        pytest.skip("no spaCy model installed")
    assert isinstance(
        next(iter(plain.get_pipe("lemmatizer").lookups.get_table("lemma_index").values())), list
    )
    ours, theirs = nlp(TEXT), plain(TEXT)
    assert [t.lemma_ for t in ours] == [t.lemma_ for t in theirs]
    assert {"meet", "agree", "gather", "arrest", "deny", "seize", "fisherman"} <= {t.lemma_ for t in ours}


def test_fast_ruler_with_its_cache_equals_the_model_ruler():
    from spacy.tokens import Doc

    from faultlines.nlp.engine import _fast_ruler, get_nlp

    nlp = get_nlp()
    base = nlp(
        TEXT + " Isn't it 's the U.S.? Yes -- he'd've gone... ", disable=["attribute_ruler", "lemmatizer"]
    )
    expected = nlp.get_pipe("attribute_ruler")(Doc(nlp.vocab).from_bytes(base.to_bytes()))
    for _ in range(2):  # the second pass reads the cache the first one filled
        ours = _fast_ruler()(Doc(nlp.vocab).from_bytes(base.to_bytes()))
        assert [(t.pos_, str(t.morph)) for t in ours] == [(t.pos_, str(t.morph)) for t in expected]
    assert _fast_ruler()._cache


def test_fast_mode_cached_lemmas_equal_full_mode():
    from faultlines.nlp.engine import parse_paragraphs

    paragraphs = [s.strip() + "." for s in TEXT.split(". ") if s.strip()]
    full = parse_paragraphs(paragraphs, mode="full")
    for _ in range(2):  # the second pass reads the lemma cache the first one filled
        fast = parse_paragraphs(paragraphs, mode="fast")
        parsed = [i for i, doc in enumerate(fast) if doc.has_annotation("DEP")]
        assert parsed
        assert [[t.lemma_ for t in fast[i]] for i in parsed] == [[t.lemma_ for t in full[i]] for i in parsed]
