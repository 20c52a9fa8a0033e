"""Extraction on kinds of page met on sites never seen before (seventh extraction round); every page here is
written for the test."""

from faultlines.extract.html import extract_html
from faultlines.model import Input, Page


def _article(html: str):
    return extract_html(Page(input=Input(path="/tmp/unseen.html", kind="html"), text=html))


def test_paragraphs_opened_by_a_react_comment_marker_are_kept():
    # server-rendered React pages open text runs with an empty comment ("<p> <!-- -->Text"): the text is the
    # comment's tail, which the body extractor used to lose
    paragraphs = [
        "The lighthouse keeper counted the ships that passed the point every morning and wrote each one down.",
        "By the third winter the ledger held more names than the harbour master's own register of moorings.",
        "Nobody had asked for the ledger, but the insurers of the coast came to read it every spring.",
        "When the light was automated the ledger went to the town museum, where it still lies open.",
    ]
    body = "".join(f"<p> <!-- -->{text}<!-- --> </p> <!-- -->" for text in paragraphs)
    html = (
        "<html><head><title>The keeper's ledger</title></head><body><main><article>"
        f"<h1>The keeper's ledger</h1><h2>Counting ships</h2> <!-- -->{body}</article></main></body></html>"
    )
    article = _article(html)
    for text in paragraphs:
        assert text in article.paragraphs
