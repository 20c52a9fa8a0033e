"""The headline of text dumps whose top holds banners, tag lists, breadcrumb trails and comment counters."""

import pytest

from faultlines.extract import textdump_headline as th
from faultlines.extract.textdump import extract_text_dump
from faultlines.extract.textdump_lines import classify, split_blocks
from faultlines.model import Article, Input, Page

_BODY = """
Composting a small garden's waste takes a bin, a fork and about nine months of patience.

Start with a layer of twigs so that air can reach the bottom of the heap, then add kitchen scraps and leaves in turns.

Turn the heap every two weeks in summer; a heap that smells of ammonia needs more dry leaves and cardboard.

By spring the bottom of the bin holds dark, crumbly compost that can go straight onto the vegetable beds.
"""


def _dump(text: str) -> Article:
    return extract_text_dump(Page(input=Input(path="dump.txt", kind="text"), text=text, content_type="text/plain"))


def test_breadcrumb_trail_run_into_the_headline_gives_the_headline():
    article = _dump(
        """Greenfork Gardening

You are here: Greenfork » Soil and Compost » How to start a compost heap in a small garden

Published on 3 March 2025
"""
        + _BODY
    )
    assert article.title == "How to start a compost heap in a small garden"


def test_comment_counter_run_into_the_headline_gives_the_headline():
    article = _dump(
        """Home
Blog
Garden

12 Comments on “How to start a compost heap in a small garden”

Posted by Ailsa Venn
"""
        + _BODY
    )
    assert article.title == "How to start a compost heap in a small garden"


def test_top_banner_and_tag_line_are_not_the_headline():
    article = _dump(
        """Free shipping on orders over £40

Greenfork Gardening

Compost, small gardens, soil health, kitchen scraps, beginners

How to start a compost heap in a small garden
"""
        + _BODY
    )
    assert article.title == "How to start a compost heap in a small garden"


def test_call_to_action_above_the_headline_is_not_the_headline():
    article = _dump(
        """Greenfork Garden Centre

Book your free garden design consultation today

Why a compost heap beats the council's green bin

A heap in the corner turns your waste into soil and costs nothing to run.

"""
        + _BODY
    )
    assert article.title == "Why a compost heap beats the council's green bin"


@pytest.mark.parametrize(
    ("line", "wrapped"),
    [
        ("Home » Guides » Soil » Making leaf mould in a bin bag", "Making leaf mould in a bin bag"),
        ("0 Comments on Making leaf mould in a bin bag", "Making leaf mould in a bin bag"),
        ("Guides » Soil", "Guides » Soil"),  # a trail with no headline at its end stays as it is
        ("Home >Guides >Making leaf mould in a bin bag", "Making leaf mould in a bin bag"),
        ("Home > Guides > Soil > Making leaf mould in a bin bag", "Making leaf mould in a bin bag"),
        ("Why 3 > 2 in the council's compost budget", "Why 3 > 2 in the council's compost budget"),
        ("Making leaf mould in a bin bag", "Making leaf mould in a bin bag"),
    ],
)
def test_unwrap_headline(line, wrapped):
    assert th.unwrap_headline(line) == wrapped


@pytest.mark.parametrize(
    ("line", "feature", "fires"),
    [
        ("Form your New York company today", "promo", True),
        ("Free delivery on orders over $50", "promo", True),
        ("Lorem ipsum dolor sit amet, consectetur adipiscing elit", "promo", True),
        ("Picture of the Greenfork shop front", "promo", True),
        ("Greenfork Logo - Gardening since 1990", "promo", True),
        ("An official website of the Harbour County government", "promo", True),
        ("Find out why the council closed the ferry route", "promo", False),
        ("Where the ferry goes next: a world of small harbours", "promo", False),
        ("Ferry crews strike for a second week", "promo", False),
        ("Gratitude, hope, resilience, yoga journey, yoga philosophy", "comma_list", True),
        ("Rain, wind and cold: what the winter holds for ferry crews", "comma_list", False),
        ("HomeGuidesMaking leaf mould", "glued", True),
        ("Home › Guides › Making leaf mould", "trail", True),
        ("Making leaf mould in a bin bag", "trail", False),
        ("Home >Guides >Making leaf mould", "trail", True),
        ("The head gardener poses beside the new compost bays", "caption_words", True),
        ("Leaf mould piled by the shed. Jane Roe/Getty Images", "caption_words", True),
        ("Screenshot of the council's garden waste calendar", "caption_words", True),
        ("Making leaf mould in a bin bag", "caption_words", False),
        ("Research Fellow, Centre for Soil Studies", "role_line", True),
        ("Senior gardening correspondent", "role_line", True),
        ("Why the council stopped collecting garden waste", "role_line", False),
    ],
)
def test_headline_features_of_lines(line, feature, fires):
    blocks = classify(split_blocks(line + "\n" + _BODY))
    context = th.context_of(blocks, 1, len(blocks) - 1, None)
    assert th.features(blocks, 0, 1, len(blocks) - 1, context)[feature] == (1.0 if fires else 0.0)


def test_a_headline_echoed_in_the_dump_wins_over_a_subheading_that_is_not():
    """The headline recurs in a "Leave a reply" line and a share line; the subheading under it, with more of
    the body's words, recurs nowhere."""
    dump = (
        "Greenfork Gardening\nShop\nGuides\nAbout\n\n"
        "Making leaf mould in a bin bag\n\n"
        "Leaves are free, and a bin bag turns them into the best mulch a garden can have.\n\n"
        "Why compost leaves in a bin bag\n"
        + _BODY
        + "\nShare: Making leaf mould in a bin bag\n\nLeave a Reply to Making leaf mould in a bin bag\n"
    )
    blocks = classify(split_blocks(dump))
    headline = next(b.index for b in blocks if b.text == "Making leaf mould in a bin bag")
    subheading = next(b.index for b in blocks if b.text == "Why compost leaves in a bin bag")
    context = th.context_of(blocks, subheading + 1, len(blocks) - 3, None)
    assert th.features(blocks, headline, subheading + 1, len(blocks) - 3, context)["echoed"] == 1.0
    assert th.features(blocks, subheading, subheading + 1, len(blocks) - 3, context)["echoed"] == 0.0
    assert _dump(dump).title == "Making leaf mould in a bin bag"
