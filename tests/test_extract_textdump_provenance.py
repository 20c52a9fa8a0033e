"""Provenance ("republished from", wire credits) and image credits, in many phrasings; and robustness."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from faultlines.extract.provenance import caption_credit, find_image_credit, find_republished_from
from faultlines.extract.textdump import extract_text_dump
from faultlines.extract.textdump_lines import parse_date
from faultlines.model import Article, Input, Page


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("This article was republished with permission from Eurasianet.", "Eurasianet"),
        ("This article was originally published on Foreign Policy, June 3, 2023.", "Foreign Policy"),
        ("Originally published by The Borderland Monitor.", "The Borderland Monitor"),
        ("This story first appeared in Grist.", "Grist"),
        (
            "This article is republished from The Conversation under a Creative Commons license.",
            "The Conversation",
        ),
        ("Republished with permission from www.example-review.org", "example-review.org"),
        ("KYIV, Ukraine (AP) — Ukrainian officials said on Tuesday that the talks would continue.", "AP"),
        ("MOSCOW (Reuters) - Russia said on Monday it would respond.", "Reuters"),
        ("The ministry declined to comment further. — AP", "AP"),
        ("Some body text.\n\nThis piece first appeared on Balkan Insight.", "Balkan Insight"),
    ],
)
def test_republished_from(text, source):
    assert find_republished_from(text) == source


@pytest.mark.parametrize(
    "text",
    [
        "The minister published a report on Monday about the border.",
        "Reuters reported that talks had stalled, citing two sources.",
        "",
    ],
)
def test_no_provenance_in_ordinary_text(text):
    assert find_republished_from(text) is None


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        ("(kremlin.ru)", "kremlin.ru"),
        (
            "Top photo credit: Prime Minister at the podium (Cabinet Public Affairs Office)",
            "Cabinet Public Affairs Office",
        ),
        (
            "Top photo credit: Leaders meet in Canada, June 15. Picture by Jane Roe / No 10 Downing Street",
            "Jane Roe / No 10 Downing Street",
        ),
        ("Top image credit: A soldier stands next to a vehicle. REUTERS/Jane Roe", "REUTERS/Jane Roe"),
        ("Photo: AFP/Getty", "AFP/Getty"),
        ("Ministers at the summit. Photograph: Jana Richter/Agence Nord", "Jana Richter/Agence Nord"),
        ("Image credit: Shutterstock", "Shutterstock"),
        ("Protesters in Tbilisi on Sunday. (AP Photo/Jane Roe)", "AP Photo/Jane Roe"),
    ],
)
def test_image_credit(text, credit):
    assert find_image_credit(text) == credit


@pytest.mark.parametrize(
    "text",
    [
        "(Reporting by Jane Roe; Editing by John Doe)",
        "Troops went in as part of a contingent (CSTO).",
        "",
    ],
)
def test_no_image_credit(text):
    assert find_image_credit(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "What a Heat Pump Can Do for You (and How To Size One)",
        "Ten Garden Tools Worth Buying (+ the Ones to Skip)",
    ],
)
def test_headline_tail_in_parentheses_is_no_credit(text):
    assert caption_credit(text, parenthesised=True) is None
    assert caption_credit("Ministers at the summit (Jana Richter)", parenthesised=True) == "Jana Richter"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("March 14, 2024", "2024-03-14"),
        ("Tue 12 Mar 2024 14.05 GMT", "2024-03-12"),
        ("Published: 5 April 2024", "2024-04-05"),
        ("by Jane Roe - 12/22/23 11:35 AM ET", "2023-12-22"),
        ("2024-06-03T10:42:00Z", "2024-06-03"),
        ("22.05.2024", "2024-05-22"),
        ("no date here", None),
    ],
)
def test_parse_date(text, iso):
    assert parse_date(text) == iso


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=3000))
def test_arbitrary_text_never_raises(text):
    article = extract_text_dump(Page(input=Input(path="fuzz.txt", kind="text"), text=text))
    assert isinstance(article, Article)
    assert all(isinstance(p, str) and p for p in article.paragraphs)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "",
                "Share",
                "By Jane Roe",
                "March 3, 2024",
                "Analysis | Europe",
                "(kremlin.ru)",
                "Most read",
                "The talks in Geneva ended without an agreement on Friday, officials from both sides said.",
                "A headline about the border dispute",
                "Europe",
                "keep readingShow less",
                "img_0042_final.jpg",
                "This article was republished with permission from Example News.",
            ]
        ),
        max_size=60,
    )
)
def test_arbitrary_line_mixes_never_raise(lines):
    article = extract_text_dump(Page(input=Input(path="mix.txt", kind="text"), text="\n".join(lines)))
    assert "Share" not in article.paragraphs
