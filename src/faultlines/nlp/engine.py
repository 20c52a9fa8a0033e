"""Loads the spaCy model once per process and parses article paragraphs in batches."""

from __future__ import annotations

from functools import lru_cache

from faultlines.settings import spacy_models


@lru_cache(maxsize=1)
def get_nlp():
    """The English spaCy pipeline (the first installed of the configured model names)."""
    import spacy

    for name in spacy_models():
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise RuntimeError(f"no spaCy English model installed (tried {', '.join(spacy_models())})")


def parse_paragraphs(paragraphs: list[str]):
    """One spaCy ``Doc`` per paragraph."""
    return list(get_nlp().pipe(paragraphs, batch_size=64))
