"""What follows an article's end (an "about" box, a "was this helpful" prompt) is not taken for the article,
even when a sponsor's box below holds more prose than the article itself."""

from faultlines.extract.textdump import extract_text_dump
from faultlines.extract.textdump_lines import Kind, classify, split_blocks
from faultlines.model import Input, Page

ARTICLE = [
    f"Ferry crossing {k}: the morning boat to the island leaves at seven, and in winter it is often the only one "
    "that runs, so islanders plan their shopping, their doctor's visits and their school runs around it and the "
    "harbour café opens early to feed the crew and the few passengers who wait on the quay in the dark."
    for k in range(1, 7)
]
SPONSOR = [
    f"Offer {k}: earn double points on every crossing booked with the Harbour Rewards card, with no annual fee in "
    "the first year, free seat upgrades on the evening boats, lounge access at both terminals for you and a guest, "
    "and a welcome bonus once you spend a modest amount in the first three months after the card is opened."
    for k in range(1, 21)
]
BIO = "Jane Roe has covered the island ferries for ten years and writes the weekly timetable column for the paper."


def _dump() -> str:
    lines = ["Island Weekly", "About Us", "News", "Ferries", "", "How the winter ferry shapes island life", ""]
    lines += ["By Jane Roe", "January 12, 2025", ""]
    for paragraph in ARTICLE:
        lines += [paragraph, ""]
    lines += ["Was this page helpful?", "YesNo", "", "About Jane Roe", "", BIO, "", "Our partners", ""]
    for paragraph in SPONSOR:
        lines += [paragraph, ""]
    lines += ["Copyright 2025 Island Weekly"]
    return "\n".join(lines)


def test_about_box_and_helpful_prompt_under_the_article_are_end_headings():
    blocks = {b.text: b for b in classify(split_blocks(_dump()))}
    assert blocks["About Jane Roe"].kind is Kind.END  # the prose under it opens with the name
    assert blocks["Was this page helpful?"].kind is Kind.END
    assert blocks["About Us"].kind is not Kind.END  # a menu item above any prose


def test_a_bigger_sponsor_box_after_the_article_s_end_is_not_the_body():
    article = extract_text_dump(Page(input=Input(path="ferry.txt", kind="text"), text=_dump()))
    assert article.paragraphs == ARTICLE
    assert article.title == "How the winter ferry shapes island life"
