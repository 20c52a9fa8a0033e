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
    assert isinstance(next(iter(plain.get_pipe("lemmatizer").lookups.get_table("lemma_index").values())), list)
    ours, theirs = nlp(TEXT), plain(TEXT)
    assert [t.lemma_ for t in ours] == [t.lemma_ for t in theirs]
    assert {"meet", "agree", "gather", "arrest", "deny", "seize", "fisherman"} <= {t.lemma_ for t in ours}
