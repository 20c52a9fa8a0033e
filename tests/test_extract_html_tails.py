"""Byline labels and opinion disclaimers stay out of the author list and the body."""

from faultlines.extract.bylines import clean_author
from faultlines.extract.html import extract_html
from faultlines.model import Input, Page


def test_author_label_without_colon_is_not_part_of_the_name():
    assert clean_author("Author: Jane Roe") == ["Jane Roe"]
    assert clean_author("Author Jane Roe") == ["Jane Roe"]
    assert clean_author("Authors Jane Roe and John Doe") == ["Jane Roe", "John Doe"]


def test_opinion_disclaimer_is_not_the_last_paragraph():
    body = "".join(
        f"<p>Paragraph {i} of the analysis explains how the two governments keep talking past each other "
        f"about the border, the water and the trade routes that bind them.</p>"
        for i in range(6)
    )
    html = (
        "<html><head><title>Talking past each other | The Review</title></head><body><article>"
        "<h1>Talking past each other</h1>" + body +
        "<p>The views expressed by authors on The Review do not necessarily reflect those of the editors.</p>"
        "</article></body></html>"
    )
    article = extract_html(Page(input=Input(path="/tmp/review.html", kind="html"), text=html))
    assert article.paragraphs[-1].startswith("Paragraph 5")
    assert not any("views expressed" in p for p in article.paragraphs)
