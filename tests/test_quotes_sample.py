"""The sample page beside the project: every quote of the article with its speaker (skips when ../shared is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

SAMPLE = Path(__file__).resolve().parent.parent.parent / "shared" / "samples" / "rs-russia-kazakhstan.txt"

pytestmark = pytest.mark.skipif(not SAMPLE.exists(), reason="../shared/samples not present")


@pytest.fixture(scope="module")
def document():
    from faultlines.model import Input, Page
    from faultlines.pipeline import analyze_page

    page = Page(input=Input(path=str(SAMPLE), kind="text"), text=SAMPLE.read_text(encoding="utf-8"))
    doc = analyze_page(page, stages=("extract", "nlp"))
    assert doc.error is None, doc.error
    return doc


def said(document, start: str):
    """The speaker's surname of the quote whose text starts with ``start``."""
    matches = [q for q in document.quotes if q.text.startswith(start)]
    assert len(matches) == 1, [q.text[:40] for q in document.quotes]
    q = matches[0]
    assert document.article.paragraphs[q.paragraph][q.start : q.end] == q.text
    return q.speaker.name.split()[-1] if q.speaker else None, q.kind


def test_tokayev_quotes_including_paragraphs_without_attribution(document):
    assert said(document, "It has been calculated") == ("Tokayev", "direct")
    assert said(document, "For this reason we do not recognize Taiwan") == ("Tokayev", "direct")
    assert said(document, "In Russia some people distort") == ("Tokayev", "direct")  # "he told Rossiya 24"
    assert said(document, "I believe that these are totally unjustified") == ("Tokayev", "direct")
    assert said(document, "Indeed, we do not have any issues") == ("Tokayev", "direct")
    assert said(document, "absolutely incorrect statements") == ("Tokayev", "partial")


def test_zatulin_paragraphs_after_he_said(document):
    assert said(document, "They know too well") == ("Zatulin", "direct")
    assert said(document, "We say always and everywhere") == ("Zatulin", "direct")


def test_partial_quotes_and_other_speakers(document):
    assert said(document, "historical Russia") == ("Putin", "partial")
    assert said(document, "not on the agenda") == ("Tleuberdi", "partial")
    assert said(document, "ingratitude") == ("Keosayan", "partial")
    assert said(document, "look carefully at what is happening") == ("Keosayan", "partial")


def test_nested_marks_stay_inside(document):
    q = next(q for q in document.quotes if q.text.startswith("In Russia some people"))
    assert "‘saved’" in q.text and "‘serve and bow down to the feet’" in q.text


def test_nothing_from_the_teasers(document):
    texts = " ".join(q.text for q in document.quotes)
    assert "not on my charts" not in texts and "threatens Japan" not in texts
