"""Chrome lines inside and around the article of a text dump: sign-up small print, donation asks, print-edition
notes, follow prompts, embeds and the footers of research-news sites stay out of the body."""

import pytest

from faultlines.extract.textdump import extract_text_dump
from faultlines.extract.textdump_lines import is_chrome, is_end_heading, is_related_heading
from faultlines.model import Input, Page

_BODY = [
    "The county's oldest lighthouse will be relit next spring after a repair that took four years and most of the parish budget.",
    "Volunteers scraped the lantern room by hand, and a glazier from the mainland replaced the storm panes one by one.",
    "The keeper's cottage will open as a small museum, with the logbooks of three generations of keepers on show.",
    "The council says the light will run on solar power and will be visible from the ferry route on clear nights.",
]
_CHROME = [
    "By submitting your information you agree to the Terms and Conditions and are aged 16 or over.",
    "Help keep local news free for everyone by giving us as little as $1.",
    "A version of this article appears in print on Monday, Section B, Page 4 of the coast edition.",
    "Follow the Harbour Herald opinion desk on Facebook, Instagram and Threads.",
    "View this post on Instagram",
    "Journal information: Coastal Engineering Letters",
    "Citation: Lighthouse relit after four years (2025, March 2) retrieved 3 March 2025 from the harbour site.",
    "Provided by the University of the North Coast",
    "Skip directly to site content Skip directly to search",
    "We're sorry but you will need to enable JavaScript to use every part of this site.",
    "Official websites use .gov",
    "Secure .gov websites use HTTPS",
    "By signing up, you agree to receive the harbour bulletin by text message. Msg and data rates may apply.",
    "By submitting this form, you authorize the Harbour Trust to contact you by phone, text and email.",
    "By providing your number and pressing Send, you are consenting to be contacted about ferry times.",
]


@pytest.mark.parametrize("line", _CHROME)
def test_small_print_lines_are_chrome(line):
    assert is_chrome(line, len(line.split()))


@pytest.mark.parametrize(
    "line",
    [
        "Follow the river north for two miles and the lighthouse comes into view.",
        "The keepers provided by the trust were paid in coal and candles.",
        "A version of the logbook was printed for the museum shop.",
        "By signing up for the night watch, volunteers agree to climb the tower twice a week.",
    ],
)
def test_body_lines_that_share_words_with_small_print_are_not_chrome(line):
    assert not is_chrome(line, len(line.split()))


def test_small_print_between_paragraphs_stays_out_of_the_body():
    text = "Harbour Herald\nNews\nCoast\n\nOld lighthouse to shine again next spring\n\n"
    text += "\n\n".join(_BODY[:2] + _CHROME[:4] + _BODY[2:] + _CHROME[4:]) + "\n"
    article = extract_text_dump(Page(input=Input(path="dump.txt", kind="text"), text=text, content_type="text/plain"))
    assert article.paragraphs == _BODY


@pytest.mark.parametrize(
    "line",
    [
        "Recent posts:",
        "Popular Articles",
        "Similar guides",
        "Featured stories",
        "Recommended content",
        "Keep Exploring This Topic.",
        "Explore More Seaside Walks",
        "You’ll Also Love...",
        "Recently by Marta Quill",
        "More by Tom Arden",
    ],
)
def test_lists_of_other_posts_open_with_a_related_heading(line):
    assert is_related_heading(line, len(line.split()))


def test_a_subheading_about_recent_events_is_not_a_related_heading():
    assert not is_related_heading("Recent posts on the harbour wall", 6)
    assert not is_related_heading("You’ll love the view from the lantern room", 8)


@pytest.mark.parametrize(
    ("line", "ends"),
    [
        ("Filed Under: Heritage, Lighthouses, Coast, Parish Council", True),
        ("Tags: lighthouse, museum, solar power", True),
        ("Posted under: News | Coast", True),
        ("Update: the council has now confirmed the date of the relighting.", False),
        ("Keeper: a job that no longer exists on this coast", False),
    ],
)
def test_a_tag_list_labelled_on_its_own_line_is_an_end_heading(line, ends):
    assert is_end_heading(line, len(line.split())) is ends


def test_footer_and_notices_after_a_labelled_tag_list_stay_out_of_the_body():
    notice = [
        "We noticed that you are reading with a blocker that hides part of our pages from you.",
        "Click the button in your browser's toolbar and choose to allow this site, then reload the page.",
        "Readers who pay for a subscription never see this notice again, on any of their devices.",
    ]
    dump = (
        "Harbour Herald\nNews\nSport\n\nLighthouse to be relit\n\n"
        + "\n\n".join(_BODY)
        + "\n\nFiled Under: Heritage, Lighthouses, Coast\nContact\nAbout\nAdvertise\nEditorial Ethics\nRSS Feeds\n\n"
        + "\n\n".join(notice)
        + "\n"
    )
    article = extract_text_dump(Page(input=Input(path="dump.txt", kind="text"), text=dump))
    assert article.paragraphs[-1] == _BODY[-1]
    assert not any("blocker" in p for p in article.paragraphs)
