"""The text-dump segmenter on dumps we wrote in the chrome styles of different sites, and on the sample."""

from pathlib import Path

import pytest

from faultlines.extract import extract_article
from faultlines.extract.textdump import extract_text_dump
from faultlines.model import Article, FaultlinesError, Input, Page

FIXTURES = Path(__file__).parent / "fixtures" / "dumps"
SAMPLE = Path(__file__).resolve().parent.parent.parent / "shared" / "samples" / "rs-russia-kazakhstan.txt"

CHROME_PHRASES = (
    "Subscribe",
    "Sign in",
    "Newsletter",
    "All rights reserved",
    "keep reading",
    "Show less",
    "google cta",
    "Follow us",
    "Advertisement",
    "Read more",
    "Privacy Policy",
)
CHROME_LINES = ("Share", "Tweet", "Email", "Print", "Menu", "Accept all", "Read more", "Topics")


def _extract(name: str) -> Article:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    return extract_text_dump(Page(input=Input(path=name, kind="text"), text=text, content_type="text/plain"))


def _assert_clean(article: Article) -> None:
    for paragraph in article.paragraphs:
        assert paragraph not in CHROME_LINES
        for phrase in CHROME_PHRASES:
            assert phrase.lower() not in paragraph.lower(), (phrase, paragraph)
    titles = {t.title for t in article.related}
    assert not titles & set(article.paragraphs)


def test_think_tank_commentary():
    article = _extract("thinktank.txt")
    assert article.title == "Why the Baltic grain corridor matters more than the summit communiqué"
    assert article.dek.startswith("Ministers agreed on words in Vilnius.")
    assert article.sections == ["Commentary", "Security", "Eastern Europe"]
    assert article.authors == ["Helena Marsk", "Tomas Reinholt"]
    assert article.published == "2024-03-14"
    assert article.paragraphs[0].startswith("When the foreign ministers of the northern alliance")
    assert article.paragraphs[-1].startswith("Helena Marsk is a senior fellow")
    assert "Security" in article.paragraphs  # the subheading stays in the body
    assert len(article.paragraphs) == 10
    assert [t.title for t in article.related] == [
        "Finland's new border law, one year on",
        "Sanctions fatigue in the Nordic capitals",
        "The Kaliningrad transit dispute explained",
    ]
    assert article.republished_from is None
    _assert_clean(article)


def test_wire_story_with_dateline_and_sign_off():
    article = _extract("wire.txt")
    assert article.title == "Poland and Belarus agree to reopen border crossing after month-long standoff"
    assert article.dek is None
    assert article.sections == ["Europe"]
    assert article.authors == ["Anna Kowalczyk", "Piotr Lis"]
    assert article.published == "2024-06-03"
    assert article.republished_from == "Reuters"
    assert article.paragraphs[0].startswith("WARSAW, June 3 (Reuters) - Poland and Belarus agreed")
    assert article.paragraphs[-1].startswith("(Reporting by Anna Kowalczyk")
    assert len(article.paragraphs) == 7
    assert not any("Trust Principles" in p for p in article.paragraphs)
    assert [(t.title[:20], t.section) for t in article.related] == [
        ("EU ministers split o", "Europe"),
        ("Lithuania expels Rus", "Europe"),
        ("Baltic ports report ", "Business"),
    ]
    _assert_clean(article)


def test_broadsheet_with_most_viewed_list_and_caption_credit():
    article = _extract("broadsheet.txt")
    assert article.title == "EU leaders clash over Ukraine accession talks as Orbán threatens veto"
    assert article.dek.startswith("Hungarian prime minister says")
    assert article.authors == ["Tom Ellery"]
    assert article.published == "2024-03-12"
    assert article.image_credits == ["Jana Richter/Agence Nord"]
    assert article.paragraphs[0].startswith("European Union leaders have clashed openly")
    assert article.paragraphs[-1].startswith("Orbán has used his veto before")
    assert len(article.paragraphs) == 7
    assert not any(p.startswith("Ministers gathered") for p in article.paragraphs)  # the caption
    assert len(article.related) == 5
    assert article.related[1].title == "Ukrainian drones strike refinery deep inside Russia, officials say"
    _assert_clean(article)


def test_regional_site_with_cookie_banner_and_teasers():
    article = _extract("regional.txt")
    assert article.title == "Border town fears for its bridge as Tbilisi and Yerevan trade accusations"
    assert (
        article.dek == "Local traders say a week of closures has cost them more than the whole of last winter"
    )
    assert article.sections == ["News", "Politics"]
    assert article.authors == ["Nino Beridze"]
    assert article.published == "2024-05-22"
    assert article.image_credits == ["Valley Courier"]
    assert article.paragraphs[0].startswith("For the traders of Sadakhlo")
    assert article.paragraphs[-1].startswith("The bridge reopened on Sunday.")
    assert len(article.paragraphs) == 7
    assert [(t.title, t.section) for t in article.related] == [
        ("Council votes to rebuild the old market hall after years of delay", "Politics"),
        ("Apricot exporters look east as European orders slow", "Economy"),
    ]
    assert article.related[1].excerpt.startswith("Growers in the lower valley")
    _assert_clean(article)


def test_magazine_with_byline_date_and_file_name_lines():
    article = _extract("magazine.txt")
    assert article.title == "The slow thaw: what Ankara and Athens now say to each other in private"
    assert article.dek.startswith("After years of naval stand-offs")
    assert article.sections == ["Diplomacy"]
    assert article.authors == ["Maria Santos", "Kostas Alexiou"]
    assert article.published == "2024-04-05"
    assert article.image_credits == ["Eleni Papadaki for The Meridian Review"]
    assert article.paragraphs[0].startswith("Two summers ago")
    assert article.paragraphs[-1].startswith("Maria Santos covers south-eastern Europe")
    assert len(article.paragraphs) == 8
    assert not any("aegean_patrol_boat" in p or "min read" in p for p in article.paragraphs)
    assert len(article.related) == 3
    assert article.related[1].title == "Why the Balkans are watching Brussels' budget fight"
    _assert_clean(article)


def test_originally_published_by_and_teasers_with_credits():
    article = _extract("republished.txt")
    assert article.title == "Water talks between Tashkent and Bishkek stall over summer quotas"
    assert article.dek.startswith("A dam upstream and cotton fields downstream")
    assert article.sections == ["News", "Environment", "Central Asia"]
    assert article.republished_from == "The Steppe Ledger"
    assert article.image_credits == ["Steppe Ledger/Aziz Karimov"]
    assert article.paragraphs[0].startswith("Talks between Uzbekistan and Kyrgyzstan")
    assert article.paragraphs[-1] == "Both governments said technical teams would meet again in June."
    assert len(article.paragraphs) == 7
    assert [(t.title, t.section, t.image_credit) for t in article.related] == [
        ("The Aral Sea is coming back, one village at a time", "Environment", "Dilnoza Rahimova"),
        ("Kazakhstan bets on rail to reach Gulf markets", "Economy", "Kazakhstan Railways"),
    ]
    _assert_clean(article)


def test_related_box_inside_the_article_and_comments_after_it():
    article = _extract("inline_box_comments.txt")
    assert article.title == "Manila and Beijing trade protests after new clash near disputed shoal"
    assert article.authors == ["Carla Mendoza"]
    assert article.published == "2024-02-02"
    assert article.sections == ["World"]
    assert article.paragraphs[0].startswith("A Philippine supply mission")
    assert article.paragraphs[-1].startswith("The Philippine navy said")
    assert len(article.paragraphs) == 7  # the body goes on after the "Most Popular" box
    body = article.body
    for junk in ("Typhoon season", "Central bank", "Jane Ocampo", "fishermen", "marco_r", "Reply"):
        assert junk not in body
    assert article.image_credits == []
    _assert_clean(article)


def test_empty_and_chrome_only_dumps_have_no_body():
    for text in ("", "\n\n", "Menu\nSign in\nSubscribe\n\n© 2024 Example Media. All rights reserved."):
        article = extract_text_dump(Page(input=Input(path="x.txt", kind="text"), text=text))
        assert article.paragraphs == []
    with pytest.raises(FaultlinesError, match="x.txt"):
        extract_article(Page(input=Input(path="x.txt", kind="text"), text="Menu\nSign in\n"))


@pytest.mark.skipif(not SAMPLE.exists(), reason="../shared/samples not present")
def test_the_sample_page():
    text = SAMPLE.read_text(encoding="utf-8")
    article = extract_text_dump(Page(input=Input(path=str(SAMPLE), kind="text"), text=text))
    assert article.title == "Tensions flare between Russia and Kazakhstan over war in Ukraine"
    assert article.dek.startswith("Just a few months ago, Russia intervened in Kazakhstan")
    assert article.dek.endswith("survive Russia's assault on Ukraine?")
    assert article.sections == ["Analysis", "Reporting", "Europe"]
    assert article.republished_from == "Eurasianet"
    assert article.image_credits == ["kremlin.ru"]
    assert len(article.paragraphs) == 23
    assert article.paragraphs[0].startswith("Behind-the-scenes tensions")
    assert article.paragraphs[-1].startswith("But such talk did little")
    body = article.body
    for chrome in (
        "google cta",
        "Follow us",
        "keep reading",
        "republished",
        "kremlin.ru",
        "Takaichi",
        "1600px",
    ):
        assert chrome not in body
    assert [(t.title, t.section) for t in article.related] == [
        ("Takaichi 101: How to torpedo relations with China in a month", "Asia-Pacific"),
        ("The Europeans pushing the NATO poison pill", "Europe"),
        ("Saudi leans in hard to get UAE out of Sudan civil war", "Middle East"),
    ]
    assert [t.image_credit for t in article.related] == [
        "Cabinet Public Affairs Office",
        "Simon Dawson / No 10 Downing Street",
        "REUTERS/El Tayeb Siddig",
    ]
    assert all(t.excerpt for t in article.related)


def _dump(text: str) -> Article:
    return extract_text_dump(
        Page(input=Input(path="dump.txt", kind="text"), text=text, content_type="text/plain")
    )


_HARBOUR_BODY = """
The first ferry of the new timetable left Marrow Quay at six in the morning, half empty and an hour late.

Operators say the cheaper fares will fill the boats by spring, but islanders fear the crossings will be cut again.

"We have heard this promise before," said Ines Calloway, who runs the bakery by the slipway.

The council will review the timetable in April, when the first figures on passengers are due.
"""


def test_headline_written_as_sentences_heads_the_body():
    # The headline ends like a sentence, so it reads as prose and the body's run of prose starts above it
    # (a caption); it is still the headline because it sits over the dek and the byline.
    article = _dump(
        """Skip to content
Tidewater Courier
News
Travel
Islands

A ferry leaves Marrow Quay at dawn on the first morning of the new winter timetable.

Cheap ferries are back. Here is why the islands are worried.

Fares fell by a third this week, but the routes that matter most were left off the list

By Odile Brannock
March 3, 2024
"""
        + _HARBOUR_BODY
    )
    assert article.title == "Cheap ferries are back. Here is why the islands are worried."
    assert article.dek.startswith("Fares fell by a third this week")
    assert article.published == "2024-03-03"
    assert article.authors == ["Odile Brannock"]
    assert article.paragraphs[0].startswith("The first ferry of the new timetable")
    assert not any(p.startswith("A ferry leaves Marrow Quay") for p in article.paragraphs)


def test_short_headline_over_a_long_dek():
    article = _dump(
        """Menu
Harbour Review
Features
Subscribe

The quiet harbour

How one island ferry line kept running through a winter of storms, strikes and missing timetables, and what it cost

12 Feb 2024
By Pell Ardery
Share
Facebook
Twitter
Email
Print
Photograph: Harbour Review
"""
        + _HARBOUR_BODY
        + _HARBOUR_BODY.replace("ferry", "boat")
    )
    assert article.title == "The quiet harbour"
    assert article.dek.startswith("How one island ferry line kept running")


def test_headline_over_a_shorter_dek_line():
    article = _dump(
        """Scores
Fixtures
Podcasts
Log In

Island ferry cup 2024: fixtures, venues, start times and how to watch every crossing race

Check out the full list of ferry crossings and timetable changes scheduled for April

By Corwen Adaire
Feb 6, 2024
"""
        + _HARBOUR_BODY
    )
    assert article.title == (
        "Island ferry cup 2024: fixtures, venues, start times and how to watch every crossing race"
    )
    assert (
        article.dek == "Check out the full list of ferry crossings and timetable changes scheduled for April"
    )


def test_notice_and_teaser_stack_are_not_the_headline():
    article = _dump(
        """World
Europe
Islands

Ferry crews strike on the northern routes for a second week

This article is more than 2 months old

Talks broke down on Tuesday after the operator refused to restore the night crossings

Odile Brannock
Fri 22 Dec 2023 12.10 CET
"""
        + _HARBOUR_BODY
    )
    assert article.title == "Ferry crews strike on the northern routes for a second week"
    assert article.dek.startswith("Talks broke down on Tuesday")


def test_affiliate_disclaimer_is_chrome():
    article = _dump(
        """Reviews
Gear

The best dry bags for a winter ferry crossing

Seven bags survived a week of spray, salt and careless deckhands

By Pell Ardery
Published: Dec. 23, 2023

We may earn a commission when you buy through links on this page, which helps fund our testing.
"""
        + _HARBOUR_BODY
    )
    assert article.title == "The best dry bags for a winter ferry crossing"
    assert not any("commission" in p for p in article.paragraphs)


def test_packed_header_stack_and_labelled_teasers_without_a_heading():
    # Kicker, headline and dek packed on consecutive lines (no blank between) are not a list of links; teasers
    # after the article come as section label / headline pairs under a "Keep reading" button, not a heading.
    article = _dump(
        """Tidewater Courier
Subscribe
News
Travel
Islands

Share on Facebook
Copy link

ISLAND LIFE
Ferry fares fall but the winter crossings stay cut
Islanders say cheaper tickets do not help when the boats stop running after October; the council blames fuel

By Odile Brannock
March 3, 2024
"""
        + _HARBOUR_BODY
        + """
Keep reading
Travel
Rail operator adds a night train to the northern coast
Opinion
Why the harbour needs a second slipway before the summer
Islands
Lighthouse keepers' cottages to become a museum next year

© 2024 Tidewater Courier
"""
    )
    assert article.title == "Ferry fares fall but the winter crossings stay cut"
    assert article.dek.startswith("Islanders say cheaper tickets")
    assert article.sections == ["ISLAND LIFE"]
    assert [(t.section, t.title) for t in article.related] == [
        ("Travel", "Rail operator adds a night train to the northern coast"),
        ("Opinion", "Why the harbour needs a second slipway before the summer"),
        ("Islands", "Lighthouse keepers' cottages to become a museum next year"),
    ]
    assert article.paragraphs[-1].startswith("The council will review the timetable")


def test_author_named_without_by_over_a_role_line():
    article = _dump(
        """Tidewater Courier
News
Travel

Ferry fares fall but the winter crossings stay cut

Odile Brannock
Islands correspondent
Published 3 March 2024
"""
        + _HARBOUR_BODY
    )
    assert article.authors == ["Odile Brannock"]
    assert article.published == "2024-03-03"
    assert article.paragraphs[0].startswith("The first ferry of the new timetable")


@pytest.mark.parametrize(
    "line, names",
    [
        ("By Odile Brannock November 30, 2023", ["Odile Brannock"]),
        ("By Odile BrannockDec 22, 2023", ["Odile Brannock"]),  # the date run into the name
        ("By Jan Holm and May Lee", ["Jan Holm", "May Lee"]),  # names that are also months
        ("By May Lee Jan 3, 2024", ["May Lee"]),
    ],
)
def test_byline_names_leave_the_date_out(line, names):
    from faultlines.extract.textdump_lines import byline_names

    assert byline_names(line) == names


def test_read_more_lines_are_teasers_not_body():
    article = _dump(
        """Tidewater Courier

Ferry fares fall but the winter crossings stay cut

By Odile Brannock
March 3, 2024

The first ferry of the new timetable left Marrow Quay at six in the morning, half empty and an hour late.

Read more: Why the islands lost their winter ferries in 2019

Operators say the cheaper fares will fill the boats by spring, but islanders fear the crossings will be cut again.

Related: Harbour master warns of silt in the northern channel

"We have heard this promise before," said Ines Calloway, who runs the bakery by the slipway.

The council will review the timetable in April, when the first figures on passengers are due.

Analysis | Islands | Transport

Most read
1. Rail operator adds a night train to the northern coast
2. Lighthouse keepers' cottages to become a museum next year
"""
    )
    assert not any(p.startswith(("Read more", "Related")) for p in article.paragraphs)
    assert len(article.paragraphs) == 4
    assert [t.title for t in article.related] == [
        "Why the islands lost their winter ferries in 2019",
        "Harbour master warns of silt in the northern channel",
        "Rail operator adds a night train to the northern coast",
        "Lighthouse keepers' cottages to become a museum next year",
    ]


def test_guide_headline_above_a_table_of_contents_and_subheadings():
    # The body's run of prose starts under the first subheading (the table of contents parts it from the
    # header), so the line right above it is a subheading; the headline is the line over the byline and date,
    # and its "(and What It Costs)" is part of it, not an image credit.
    article = _extract("guide.txt")
    assert article.title == "Tankless vs. Tank Water Heaters: Which Should You Choose? (and What It Costs)"
    assert article.authors == ["Orla Penhale"]
    assert article.published == "2025-03-04"
    assert article.paragraphs[0].startswith("A tank heater keeps forty to eighty gallons")
    assert any(p.startswith("If you plan to stay in the house") for p in article.paragraphs)
    assert not any("Related guides" in p or "All rights reserved" in p for p in article.paragraphs)


def test_headline_weights_cover_every_feature():
    # eval/dump_titles.py writes one weight per feature: a feature added without refitting scores nothing
    from faultlines.extract import textdump_headline as th
    from faultlines.extract.textdump_lines import classify, split_blocks

    blocks = classify(split_blocks((FIXTURES / "guide.txt").read_text(encoding="utf-8")))
    context = th.context_of(blocks, 20, len(blocks) - 1, None)
    names = set(th.features(blocks, 15, 20, len(blocks) - 1, context))
    assert names == set(th.weights())


def test_a_headline_dumped_as_windows_1252_mojibake_is_repaired():
    article = _dump(
        "Tidewater Courier\nNews\n\nThe ferryman\u00e2\u20ac\u2122s last crossing\n\nBy Ines Calloway\n" + _HARBOUR_BODY
    )
    assert article.title == "The ferryman’s last crossing"
    assert "Marrow Quay" in article.body


def _section_dump(headline: str) -> str:
    body = "\n\n".join(
        f"Paragraph {k}: the harbour board met on Tuesday and agreed to relight the old lamp before the spring "
        "tides, after four years of repairs paid for by the parish and a grant from the county council."
        for k in range(1, 6)
    )
    return f"Harbour Notes\n\nHome\nNews\nEvents\n\n{headline}\n\nBy Ailsa Venn\n\nMarch 3, 2026\n\n{body}\n"


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        ("Blog: Old lighthouse on the point to shine again", "Old lighthouse on the point to shine again"),
        ("Opinion: Old lighthouse on the point to shine again", "Opinion: Old lighthouse on the point to shine again"),
    ],
)
def test_a_section_name_before_a_dump_headline_goes_and_a_genre_label_stays(headline, title):
    article = extract_text_dump(Page(input=Input(path="d.txt", kind="text"), text=_section_dump(headline)))
    assert article.title == title
    assert not any(headline in p for p in article.paragraphs)


_FEED = [
    f"Harbour {name} shows off new sailing dinghy as she returns to the quay - days after the regatta {k}"
    for k, name in enumerate(["singer", "actor", "mayor", "keeper", "skipper", "baker", "poet", "chef", "judge"])
]


def test_a_feed_of_other_stories_headlines_after_the_article_stays_out_of_the_body():
    paragraphs = [
        f"Paragraph {k}: the harbour board met on Tuesday and agreed to relight the old lamp before the spring "
        "tides, after four years of repairs paid for by the parish and a grant from the county council."
        for k in range(1, 6)
    ]
    text = (
        "Harbour Notes\n\nOld lighthouse on the point to shine again\n\nBy Ailsa Venn\n\n"
        + "\n\n".join(paragraphs)
        + "\n\nShare or comment on this article: Old lighthouse on the point to shine again\n\nAdvertisement\n\n"
        + "Sign in\n\nSite Web Enter search term: Search\n\n"
        + "\n\n".join(_FEED)
        + "\n"
    )
    article = extract_text_dump(Page(input=Input(path="d.txt", kind="text"), text=text))
    assert article.paragraphs == paragraphs


def test_long_entries_that_end_with_an_attribution_are_not_a_feed():
    entries = [
        f"One of my favourite shows is number {k}: the hosts talk to lighthouse keepers, ferry crews and harbour "
        "masters about the work, and every episode leaves me with one idea I can use on the quay the next "
        "morning, whether it is about the tides, the weather or the people who keep the boats running "
        f"through the winter – Keeper {k}, harbour master, North Pier"
        for k in range(1, 10)
    ]
    text = "Harbour Notes\n\nNine shows harbour masters listen to\n\nBy Ailsa Venn\n\n" + "\n\n".join(entries) + "\n"
    article = extract_text_dump(Page(input=Input(path="d.txt", kind="text"), text=text))
    assert article.paragraphs == entries


def test_a_short_russian_wire_story_of_short_paragraphs_is_an_article():
    # few of the commonest function words ("и", "в", "на"): prose is told by the others ("с", "по", "о", "для")
    text = (
        "Агентство Восток\n\n"
        "Минск и Вильнюс договорились о пропуске грузовиков\n\n"
        "Минск. 3 марта. ВОСТОК - Пограничный комитет Белоруссии сообщил о возобновлении пропуска грузовиков "
        "с понедельника по просьбе литовской стороны.\n\n"
        "\"Мы решили снять ограничения для перевозчиков\", - сказал глава комитета журналистам.\n\n"
        "По его словам, очереди у переходов растянулись до сорока километров.\n\n"
        "Литовская сторона подтвердила договоренность о работе таможенников по выходным.\n\n"
        "Подписывайтесь на наш канал в Telegram\n"
    )
    article = extract_text_dump(Page(input=Input(path="ru.txt", kind="text"), text=text, content_type="text/plain"))
    assert article.title == "Минск и Вильнюс договорились о пропуске грузовиков"
    assert len(article.paragraphs) == 4
    assert not any("Telegram" in p for p in article.paragraphs)


def test_a_row_of_one_word_repeated_or_a_line_said_twice_is_not_the_headline():
    from faultlines.extract.textdump_headline import _same_word

    assert _same_word("Best Best Best Best Best Best")
    assert _same_word("New New New")
    assert not _same_word("Ferry crews strike on the northern routes")
    assert not _same_word("New York, New York")
    assert _same_word("Harbour College of Music Harbour College of Music")
    article = _dump(
        """Harbour Notes

Ferry crews strike on the northern routes for a second week

Best Best Best Best Best Best

Odile Brannock
Fri 22 Dec 2023 12.10 CET
"""
        + _HARBOUR_BODY
    )
    assert article.title == "Ferry crews strike on the northern routes for a second week"


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        ("Ferry crews strike on the northern routes / Dec 2025", "Ferry crews strike on the northern routes"),
        ("Ferry crews strike on the northern routes - 3 October 2023", "Ferry crews strike on the northern routes"),
        ("Dec 18 2025 Ferry crews strike on the northern routes", "Ferry crews strike on the northern routes"),
        ("May 2024 jobs report shows the harbour hiring again", "May 2024 jobs report shows the harbour hiring again"),
    ],
)
def test_a_date_glued_to_the_headline_leaves_it(line, headline):
    from faultlines.extract.textdump_headline import unwrap_headline

    assert unwrap_headline(line) == headline
