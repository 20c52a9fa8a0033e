"""Lists inside the article body of a text dump: a list its paragraph introduces with a colon, and the numbered
entries of a listicle, stay in the body rather than splitting it."""

from faultlines.extract.textdump import extract_text_dump
from faultlines.model import Article, Input, Page


def _dump(text: str) -> Article:
    return extract_text_dump(Page(input=Input(path="dump.txt", kind="text"), text=text, content_type="text/plain"))


_MENU = """Tidewater Tools
Reviews
Guides
Deals
About us
"""

_TAIL = """
Related guides

The best cordless drills for a small workshop

Share this article
© 2025 Tidewater Tools. All rights reserved.
"""


def test_list_introduced_by_a_colon_keeps_the_body_together():
    items = "\n".join(f"Harbour {k}" for k in range(1, 46))  # 45 one-line entries: a costly gap if they split
    article = _dump(
        _MENU
        + """
Which harbour boards still publish their tide tables

Most of the coast's harbour boards stopped printing their tide tables years ago, and only a few still put them online every month.

We called every board along the coast in January and asked whether the tables were still kept, who kept them and where they could be read.

The boards below still publish a full table every month, free of charge:
"""
        + items
        + """

Boards that stopped publishing tell us the cost of the printing, not of the measuring, was the reason they gave up.

Several of them say they would share their readings with a neighbouring board if someone offered to publish them together.

The county council will discuss a shared table for the whole coast at its meeting in March, a spokesperson said.
"""
        + _TAIL
    )
    assert "Harbour 1" in article.paragraphs
    assert "Harbour 45" in article.paragraphs
    assert article.paragraphs[-1].startswith("The county council will discuss")
    assert not any("All rights reserved" in p for p in article.paragraphs)


def test_numbered_entries_over_a_source_line_are_not_teasers():
    entries = []
    for number, name in enumerate(("Corran Drill", "Ketter Driver", "Mallow Press"), start=1):
        entries.append(
            f"""
{number}. {name} for small workshops

Source

The {name} has held up through two winters in an unheated shed and still charges in under an hour.
"""
        )
    article = _dump(
        _MENU
        + """
The best power tools for a cold workshop, tested over two winters

A shed without heating is hard on batteries, on grease and on plastic housings that turn brittle in the frost.

We kept a dozen tools in an unheated shed on the coast for two winters and used them every week of the year.

Three of them came through without a fault, and those are the ones we recommend to anyone working in the cold.

Each entry below says what we used the tool for, what failed on the others, and what the tool costs today.
"""
        + "".join(entries)
        + _TAIL
    )
    assert article.title == "The best power tools for a cold workshop, tested over two winters"
    assert any(p.startswith("The Mallow Press has held up") for p in article.paragraphs)
    assert "3. Mallow Press for small workshops" in article.paragraphs


def test_subheadings_listed_in_a_table_of_contents_stay_in_the_body():
    headings = ["Why the cold hurts batteries", "Grease that stays soft", "Housings that do not crack"]
    sections = "".join(
        f"""
{heading}

The {heading.lower()} question decided more of our verdicts than any other, and we tested it every week of both winters.
"""
        for heading in headings
    )
    article = _dump(
        _MENU
        + """
How to keep power tools working in a cold workshop

Contents
"""
        + "\n".join(headings)
        + """

A shed without heating is hard on tools, and most of the damage is done in the first frost of the year.

We kept a dozen tools in an unheated shed on the coast for two winters and wrote down every fault we found.
"""
        + sections
        + _TAIL
    )
    for heading in headings:
        assert heading in article.paragraphs
    assert article.paragraphs.index(headings[0]) < article.paragraphs.index(headings[1])


def _box(name: str, short: bool = False) -> str:
    if short:
        return f"\nOur pick\n{name}\n$129 at Harbour Hardware\nCheck price\nSee all deals\nFree returns\n"
    return f"""
Our pick
{name}
★★★★☆
4.6 out of 5
$129 at Harbour Hardware
Check price
See all deals
Free returns
Compare models
Add to list
"""


def test_body_joins_its_second_half_across_a_short_paragraph_between_two_boxes():
    first = "\n\n".join(
        f"Paragraph {k} of the opening: we kept the tools in an unheated shed and used them every week of two winters."
        for k in range(1, 9)
    )
    second = "\n\n".join(
        f"Paragraph {k} of the verdicts: the tool held up in the frost, charged in under an hour and never jammed."
        for k in range(1, 9)
    )
    article = _dump(
        _MENU
        + "\nThe best power tools for a cold workshop\n\n"
        + first
        + "\n"
        + _box("Corran Drill")
        + "\nThe second pick costs a little more but lasts longer in the cold.\n"
        + _box("Ketter Driver")
        + "\n"
        + second
        + "\n"
        + _TAIL
    )
    assert article.paragraphs[0].startswith("Paragraph 1 of the opening")
    assert article.paragraphs[-1].startswith("Paragraph 8 of the verdicts")
    assert "The second pick costs a little more but lasts longer in the cold." in article.paragraphs


def test_related_stories_after_a_short_paragraph_stay_out_of_the_body():
    body = "\n\n".join(
        f"Paragraph {k}: the harbour board met on Tuesday and agreed to relight the old lamp before the spring tides."
        for k in range(1, 9)
    )
    teasers = "\n".join(
        f"Story {k} about the coast\nA short excerpt of story number {k} about ferries, tides and the harbour board."
        for k in range(1, 9)
    )
    article = _dump(
        _MENU
        + "\nOld lighthouse to shine again\n\n"
        + body
        + "\n\nShare\nTweet\nEmail\n\nThe harbour board will meet again in May to agree on the budget.\n\n"
        + "Related stories\n"
        + teasers
        + "\n"
        + _TAIL
    )
    assert article.paragraphs[-1].startswith(("Paragraph 8", "The harbour board will meet again"))
    assert not any(p.startswith(("Story", "A short excerpt")) for p in article.paragraphs)


def test_body_joins_its_second_half_across_two_short_paragraphs_between_boxes():
    first = "\n\n".join(
        f"Opening {k}: we kept every tool in an unheated shed by the sea and used each one every week for two winters."
        for k in range(1, 9)
    )
    second = "\n\n".join(
        f"Verdict {k}: this tool held up in the frost, charged in under an hour and never once jammed on us."
        for k in range(1, 9)
    )
    article = _dump(
        _MENU
        + "\nThe best power tools for a cold workshop\n\n"
        + first
        + "\n"
        + _box("Corran Drill", short=True)
        + "\nThe second pick costs a little more but lasts longer in the cold.\n"
        + _box("Ketter Driver", short=True)
        + "\nThe third pick is the one to buy if you only work at weekends.\n"
        + _box("Mallow Press", short=True)
        + "\n"
        + second
        + "\n"
        + _TAIL
    )
    assert article.paragraphs[0].startswith("Opening 1")
    assert article.paragraphs[-1].startswith("Verdict 8")


def test_a_list_item_ending_in_a_place_is_no_byline():
    from faultlines.extract.textdump_lines import byline_names

    assert byline_names("Strategic outreach and link-building to grow trust in developer communities") == []
    assert byline_names("Community events and meetups in Lisbon") == []
    assert byline_names("Ines Tarrow and Colm Mallory in Lisbon") == ["Ines Tarrow", "Colm Mallory"]
