"""The text-dump segmenter does not take a blog's comment section for the article, however long it is."""

from faultlines.extract.textdump import extract_text_dump
from faultlines.extract.textdump_lines import Kind, classify, split_blocks
from faultlines.model import Input, Page

POST = [
    "Our allotment committee finally agreed last week to replace the old rainwater tanks by the east gate.",
    "The tanks have leaked since the dry summer, and half the plots on that side relied on a hose from the shed.",
    "New tanks will be bought with the money raised at the spring plant sale and fitted by volunteers in March.",
    "Anyone who wants to help with the fitting should put their name on the list pinned inside the shed door.",
]
COMMENT = (
    "I remember when the first tanks went in and everybody said they would never last more than a few winters, "
    "so honestly they did rather well, and I am glad the committee is finally doing something about the gate side."
)


def _dump(heading: str, comments: int) -> str:
    lines = ["Greenfield Allotments", "Home", "News", "About", "", "New water tanks for the east gate", ""]
    lines += ["Posted on March 3, 2025 by Ruth Ellery", ""]
    for paragraph in POST:
        lines += [paragraph, ""]
    lines += ["Share this:", "Facebook", "Email", "", heading, ""]
    for k in range(comments):
        lines += [f"Gardener {k + 1}", f"March {4 + k % 20}, 2025 at 9:{10 + k} am", "", COMMENT, "", "Reply", ""]
    lines += ["Leave a Reply", "Copyright 2025 Greenfield Allotments"]
    return "\n".join(lines)


def test_count_of_comments_on_the_headline_under_prose_is_an_end_heading():
    for heading in (
        "12 thoughts on “New water tanks for the east gate”",
        "59 Comments on \"New water tanks for the east gate\"",
        "One response to “New water tanks for the east gate”",
    ):
        blocks = classify(split_blocks(f"{POST[0]}\n\n{heading}"))
        assert blocks[1].kind is Kind.END, heading
    blocks = classify(split_blocks(f"{POST[0]}\n\nTwo thoughts on how the plots should be shared out next year"))
    assert blocks[1].kind is not Kind.END  # no article named: a subheading like any other
    [counter] = classify(split_blocks("12 thoughts on “New water tanks for the east gate”"))
    assert counter.kind is not Kind.END  # above any prose: a counter run into the headline


def test_long_comment_section_is_not_the_body():
    heading = "24 thoughts on “New water tanks for the east gate”"
    page = Page(input=Input(path="allotment.txt", kind="text"), text=_dump(heading, 24))
    article = extract_text_dump(page)
    assert article.paragraphs == POST
    assert article.title == "New water tanks for the east gate"
