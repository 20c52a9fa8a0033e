"""The quick tests in front of the chrome rules (``@hints``) rule nothing out that the rules would catch, and
what sits inside a chrome block that is cut is not read as the article's (no dek, no image file)."""

import re

import lxml.html
import pytest

from faultlines.extract.chrome import strip_chrome
from faultlines.extract.datafiles import data_hints, data_lines
from faultlines.extract.paragraphs import PHRASES, is_chrome_line

HINTED = [PHRASES, "html_chrome_blocks.txt", "html_dek_blocks.txt", "html_kicker_blocks.txt"]


@pytest.mark.parametrize("name", HINTED)
def test_every_expression_of_a_hinted_file_names_one_of_its_hints(name):
    hints = data_hints(name)
    assert hints
    for expression in data_lines(name):
        literal = re.sub(r"\\[bBsSwWdD]", " ", expression).replace("\\", "").lower()
        assert any(hint in literal for hint in hints), expression


@pytest.mark.parametrize(
    "line",
    [
        "Sign up for our morning newsletter and get the briefing every day.",
        "Subscribe today",
        "Article continues below",
        "Follow Harbour Gazette on Instagram",
        "Jane Roe can be reached at jane@example.org",
        "We may earn a commission when you buy through links on this page.",
        "By signing up, you agree to our terms of use.",
        "Scroll through the gallery for more photos.",
        "Let us know in the comments what you think.",
        "Discover special offers from our partners",
    ],
)
def test_chrome_phrases_still_caught_behind_the_quick_test(line):
    assert is_chrome_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "The council signed the agreement on Tuesday after a long night of talks.",
        "Growers say the cooler spring delayed the harvest by two weeks.",
        "She followed the river north until the road gave out.",
    ],
)
def test_prose_is_not_chrome(line):
    assert not is_chrome_line(line)


def test_nothing_inside_a_cut_related_block_is_taken_for_the_article():
    html = (
        "<html><body><main><h1>Ferry timetable changes</h1>"
        "<p>The island ferry will run twice a day from May, the operator said.</p>"
        "<p>Islanders had asked for an earlier crossing for years, and the council backed them in March.</p>"
        "<p>The winter timetable stays as it is, with one crossing a day and more on public holidays.</p>"
        '<figure><img src="/img/ferry-at-dawn.jpg"><figcaption>The ferry at dawn.</figcaption></figure>'
        '<div class="related-posts"><main><article>'
        '<figure><img src="/img/other-story.jpg"></figure>'
        '<p class="standfirst">A teaser of another story about harbour fees and the new ticket office.</p>'
        "</article></main></div></main></body></html>"
    )
    tree = lxml.html.document_fromstring(html)
    found = strip_chrome(tree)
    assert found.image_files == ["ferry-at-dawn.jpg"]
    assert found.dek is None
    assert "harbour fees" not in tree.text_content()
    assert "twice a day" in tree.text_content()
