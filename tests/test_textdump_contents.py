"""A guide that prints its own table of contents keeps its subheadings in the body, once, where they stand."""

from faultlines.extract.textdump import extract_text_dump
from faultlines.model import Input, Page

SECTIONS = {
    "Choosing a site for the beds": (
        "Pick the sunniest corner you have, because most vegetables need at least six hours of light a day to crop well."
    ),
    "Building the frames": (
        "Untreated larch boards last about ten years and need nothing more than a few corner posts and long screws."
    ),
    "Filling the beds": (
        "A mix of two parts topsoil to one part compost holds water without going sour, and it is cheap to top up."
    ),
    "Planting in the first spring": (
        "Start with salad leaves and radishes, which forgive mistakes and give you something to pick within a month."
    ),
    "Looking after the soil": (
        "Mulch the beds every autumn with leaves or compost, and the worms will do most of the digging for you."
    ),
}
INTRO = (
    "Raised beds make a small garden easier to work, warm up earlier in spring and keep paths dry, and they are "
    "simple to build over a weekend with a few boards and a borrowed drill."
)


def _dump(entries: list[str]) -> str:
    lines = ["Plot and Pot", "Home", "Guides", "Shop", "", "How to build raised beds", "", "By Nell Farrow", ""]
    lines += [INTRO, "", "In this guide:", *entries, ""]
    for heading, text in SECTIONS.items():
        lines += [heading, "", text, ""]
    lines += ["Related guides", "", "Copyright 2025 Plot and Pot"]
    return "\n".join(lines)


def test_subheadings_listed_in_the_guide_s_contents_stay_in_the_body_once():
    text = _dump(list(SECTIONS))
    article = extract_text_dump(Page(input=Input(path="beds.txt", kind="text"), text=text))
    expected = [INTRO, "In this guide:"]
    for heading, paragraph in SECTIONS.items():
        expected += [heading, paragraph]
    assert article.paragraphs == expected


def test_a_short_list_of_other_headlines_is_no_table_of_contents():
    text = _dump(list(SECTIONS)[:3])  # three entries, as a box of other stories' headlines would list
    article = extract_text_dump(Page(input=Input(path="beds.txt", kind="text"), text=text))
    assert "Choosing a site for the beds" not in article.paragraphs
