"""Dumps from other renderers: a text browser's hard-wrapped lines are joined back into paragraphs, and a
dump that never leaves blank lines between blocks still gives its headline and body."""

import textwrap

from faultlines.extract.textdump import extract_text_dump
from faultlines.extract.textdump_lines import split_blocks
from faultlines.model import Input, Page

TITLE = "How a small cooperative in the Alentejo keeps its cork oaks alive through drought"
PARAGRAPHS = [
    "When the rains failed for a third winter running, the growers of the cooperative met in the old "
    "school hall and agreed to share their wells, a decision none of them had expected to take.",
    "The arrangement is simple. Each member logs how much water he draws, and the committee checks the "
    "figures every Friday against the meters that the regional water agency installed last spring.",
    "Cork oaks live for two centuries, but young trees die quickly when the soil dries out. The growers "
    "say the shared wells saved about four hundred saplings that would otherwise have been lost.",
    "Not everyone is convinced. A neighbouring estate, which left the cooperative in 2019, says the "
    "rules favour the larger members and has asked the agency to review how the meters are read.",
]
MENU = ["* Home", "* Farming", "* Climate", "* Markets", "* About us", "* Contact"]
FOOTER = ["Privacy policy", "Terms of use", "© 2025 Terra Sul Magazine"]


def _wrapped_dump(width: int) -> str:
    lines = ["Terra Sul Magazine", *MENU, ""]
    lines += textwrap.wrap(TITLE, width) + ["", "By Inês Carvalho", "March 3, 2025", ""]
    for paragraph in PARAGRAPHS:
        lines += textwrap.wrap(paragraph, width) + [""]
    lines += ["Share this story", "* Facebook", "* Email", "", *FOOTER]
    return "\n".join(lines) + "\n"


def _extract(text: str):
    return extract_text_dump(Page(input=Input(path="dump.txt", kind="text"), text=text))


def test_hard_wrapped_paragraphs_are_joined():
    for width in (64, 76, 80):
        article = _extract(_wrapped_dump(width))
        assert article.title == TITLE
        assert article.paragraphs == PARAGRAPHS
        assert article.authors == ["Inês Carvalho"]
        assert article.published == "2025-03-03"


def test_short_lines_of_a_wrapped_dump_stay_apart():
    blocks = split_blocks(_wrapped_dump(76))
    texts = [b.text for b in blocks]
    assert "* Home" in texts and "* Farming" in texts  # menu items are never joined
    assert "By Inês Carvalho" in texts and "March 3, 2025" in texts


def test_unwrapped_dump_is_left_as_it_is():
    text = "\n\n".join([TITLE, *PARAGRAPHS, "Short line one", "Short line two"])
    assert [b.text for b in split_blocks(text)] == [TITLE, *PARAGRAPHS, "Short line one", "Short line two"]


def test_dump_without_blank_lines():
    lines = ["Terra Sul Magazine", TITLE, "By Inês Carvalho", "March 3, 2025", *PARAGRAPHS, *FOOTER]
    article = _extract("\n".join(lines))
    assert article.title == TITLE
    assert article.paragraphs == PARAGRAPHS
    assert article.authors == ["Inês Carvalho"]


def test_headline_closing_in_a_parenthesised_year_is_not_a_credit():
    title = "Best Cork Oak Nurseries in Portugal (2025 Reviews)"
    text = "\n\n".join(["Terra Sul Magazine", title, "By Inês Carvalho", *PARAGRAPHS, "A grove near Évora (Reuters)"])
    blocks = split_blocks(text)
    article = _extract(text)
    assert article.title == title
    assert article.image_credits == ["Reuters"]
    assert len(blocks) == 8
