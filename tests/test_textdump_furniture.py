"""The furniture between the entries of a product guide or a listicle (specs, pros and cons, ratings, details
lines) does not split the article body of a text dump; a gallery of buttons and repeated labels between the
article and other stories still does."""

from faultlines.extract.textdump import extract_text_dump
from faultlines.model import Article, Input, Page


def _dump(text: str) -> Article:
    return extract_text_dump(
        Page(input=Input(path="dump.txt", kind="text"), text=text, content_type="text/plain")
    )


_MENU = "Saltmarsh Outdoors\nTents\nStoves\nGuides\nSearch\n\n"
_FOOTER = "\n\nPrivacy policy\nTerms of use\n© 2025 Saltmarsh Outdoors\n"

_STOVES = [
    (
        "Emberlight Trail",
        "gas canister",
        "3 min 50 s",
        "410 g",
        "Stable pot supports for wide pans",
        "The case is bulkier than it needs to be",
        "it boiled a litre fastest in our wind test",
    ),
    (
        "Kettleback Mini",
        "alcohol",
        "7 min 10 s",
        "180 g",
        "Silent and almost weightless in a pack",
        "Slow to simmer on a cold morning",
        "it is the quietest stove we tried and weighs less than a phone",
    ),
    (
        "Ridgeway Duo",
        "multi-fuel",
        "4 min 30 s",
        "520 g",
        "Burns white gas and kerosene alike",
        "The pump needs priming with care",
        "it burned two fuels on the same trip without a fuss",
    ),
    (
        "Coldwater Pro",
        "butane and propane mix",
        "4 min 05 s",
        "380 g",
        "A regulator that holds the flame steady",
        "The piezo lighter failed once in rain",
        "its regulator held a steady flame with a cold canister",
    ),
]


def _entry(name: str, fuel: str, boil: str, weight: str, good: str, bad: str, verdict: str) -> str:
    specs = (
        f"Fuel type: {fuel}\nBoil time for one litre: {boil}\nPacked weight with the pot: {weight}\n"
        f"Pros\n{good}\nCons\n{bad}\nCheck price\n"
    )
    prose = (
        f"We carried the {name} for three weekends on the coast path, and {verdict}. "
        "It packed away into its own pot, lit first time on every morning of the trip, and survived "
        "being dropped on the rocks at the harbour wall without a dent worth mentioning."
    )
    return f"\n{name}\n\n{specs}\n{prose}\n"


def test_entries_of_a_product_guide_stay_in_one_body_across_their_spec_lines():
    intro = (
        "The best camping stoves for a coastal walk\n\n"
        "We tested eleven camping stoves over a wet autumn on the coast, cooking breakfast and dinner on each "
        "of them in wind, rain and the odd sunny evening, and these four are the ones we would buy again.\n"
    )
    article = _dump(_MENU + intro + "".join(_entry(*stove) for stove in _STOVES) + _FOOTER)
    body = "\n".join(article.paragraphs)
    for name, *_specs, verdict in _STOVES:
        assert verdict in body, name
    assert "Privacy policy" not in body


def test_a_gallery_of_buttons_after_the_article_is_not_its_furniture():
    prose = "\n\n".join(
        f"Paragraph {k} of the report says the harbour board will vote on the new mooring fees in the spring, "
        "after a winter of complaints from the fishing crews who tie up along the north quay every night."
        for k in range(1, 6)
    )
    skippers = ["Ana Ruiz", "Tom Hale", "Ben Ode", "Kit Moss", "Eli Gray", "Sam Roe", "Ivy Lund", "Max Penn"]
    gallery = "".join(
        f"\n\nharbour crew portrait {k}\n{name}\nREAD THE STORY\nPHOTO DESK"
        for k, name in enumerate(skippers)
    )
    other = (
        "\n\nThe ferry company announced a new winter timetable on Monday, with fewer crossings on weekdays "
        "and an extra late boat on Fridays for the islanders who work on the mainland.\n"
    )
    article = _dump(_MENU + "Mooring fees to rise\n\n" + prose + gallery + other + _FOOTER)
    body = "\n".join(article.paragraphs)
    assert "Paragraph 5 of the report" in body
    assert "winter timetable" not in body


_BOOKS = [
    ("The Lantern Keeper", "Mara Quill", "March 4, 2025", "a lighthouse keeper's daughter"),
    ("Salt and Thunder", "Owen Reyes", "May 20, 2025", "two rival captains in a storm"),
    ("The Orchard at Night", "Lena Brook", "September 9, 2025", "a village that forgets one day each year"),
]


def _book(title: str, author: str, released: str, subject: str) -> str:
    paragraphs = [
        f"{title} follows {subject}, and it kept me reading long after the kettle had gone cold on the stove.",
        "The first half moves slowly, setting out the town, its harbour and the families who have fished "
        "from it for generations, and the patience pays off when the secrets start to come loose.",
        "Halfway through, the story jumps forty years ahead, and the town we thought we knew turns out to "
        "have kept a record of every ship it ever lost, written in the margins of the parish register.",
        "The ending divided our book club, but every one of us said we would pick up the next book by the "
        "same author on the day it comes out, and two of us already have.",
    ]
    return (
        f"\n{title}\n\nAuthor: {author}\nReleased: {released}\nGenre: Fiction\n\n"
        + "\n\n".join(paragraphs)
        + "\n"
    )


def test_entries_of_a_book_round_up_each_with_author_and_release_date_stay_in_the_body():
    intro = (
        "Book Beat: three novels for the long evenings\n\nby Jo Fenwick · 12 December 2025\n\n"
        "Every month we gather the books our readers keep mentioning in the comments, and this month three "
        "novels about small coastal towns came up again and again.\n"
    )
    article = _dump(_MENU + intro + "".join(_book(*book) for book in _BOOKS) + _FOOTER)
    body = "\n".join(article.paragraphs)
    for title, _author, _released, subject in _BOOKS:
        assert subject in body, title


def test_every_section_of_a_long_guide_joins_the_body_across_its_share_bars():
    """Sections of a fifth of the main section's size each join the body, however much has joined already."""
    share_bar = "\nShare\nTweet\nEmail\nPrint\nSave\nCopy link\n"
    main = "\n\n".join(
        f"Part {k} of the introduction explains how to read a tide table before a walk across the flats, "
        "which way the channels run and why the water comes back faster than anyone expects it to."
        for k in range(1, 13)
    )
    sections = [
        f"Crossing {k} takes about {k + 1} hours at low water. Start an hour after the turn, keep to the marked "
        "posts, and turn back at the halfway post if the sand under your boots is already wet. Walkers who "
        "ignore the posts are the ones the lifeboat crew brings back every summer. Carry a whistle and a "
        "charged phone in a dry bag, tell someone ashore when you expect to be back, and never cross in fog, "
        "whatever the tide table says about the time you have."
        for k in range(1, 7)
    ]
    dump = (
        _MENU
        + "A guide to crossing the tidal flats\n\n"
        + main
        + "".join(share_bar + "\n" + s for s in sections)
    )
    article = _dump(dump + _FOOTER)
    body = "\n".join(article.paragraphs)
    for k in range(1, 7):
        assert f"Crossing {k} takes" in body
