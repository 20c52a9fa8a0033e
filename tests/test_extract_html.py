"""HTML article extraction on fixture pages we wrote in the styles of several kinds of news sites."""

from __future__ import annotations

from pathlib import Path

import pytest

from faultlines.extract import extract_article
from faultlines.extract.html import extract_html
from faultlines.model import FaultlinesError, Input, Page

FIXTURES = Path(__file__).parent / "fixtures" / "html"


def extract(name: str, url: str | None = None):
    path = FIXTURES / name
    return extract_html(
        Page(Input(path=str(path), url=url, kind="html"), text=path.read_text(encoding="utf-8"))
    )


def body_of(article) -> str:
    return "\n".join(article.paragraphs)


@pytest.fixture(scope="module")
def wordpress():
    return extract("wordpress_blog.html")


@pytest.fixture(scope="module")
def broadsheet():
    return extract("broadsheet_jsonld.html")


@pytest.fixture(scope="module")
def wire():
    return extract("wire_story.html")


@pytest.fixture(scope="module")
def related_page():
    return extract("related_mostread.html")


@pytest.fixture(scope="module")
def german():
    return extract("german_regional.html")


def test_wordpress_title_loses_site_suffix_and_fields_come_from_meta(wordpress):
    assert wordpress.title == "Border talks resume as Valdoria and Kestria trade accusations"
    assert wordpress.site == "The Meridian Review"
    assert wordpress.authors == ["Jana Oberlin"]
    assert wordpress.published == "2024-03-12"
    assert wordpress.sections == ["World"]
    assert wordpress.url == "https://meridianreview.example/2024/03/12/border-talks-resume/"
    assert wordpress.dek.startswith("Negotiators meet in Lusk")
    assert wordpress.language == "en"


def test_wordpress_body_has_no_share_related_or_caption(wordpress):
    assert wordpress.paragraphs[0].startswith("Negotiators from Valdoria and Kestria sat down")
    assert wordpress.paragraphs[-1].startswith("The next round of talks is scheduled for April")
    body = body_of(wordpress)
    for chrome in (
        "Share this",
        "A short history of the river valley",
        "Delegates arrive",
        "Recent Posts",
        "All rights reserved",
    ):
        assert chrome not in body
    assert wordpress.image_credits == ["Tomas Reyl / Meridian Pictures"]
    assert [t.title for t in wordpress.related] == [
        "A short history of the river valley dispute and its many maps",
        "Kestria heads to the polls with security on voters' minds",
    ]


def test_broadsheet_metadata_from_json_ld(broadsheet):
    assert broadsheet.title == "Sanctions row deepens as Ostland expels two envoys"
    assert broadsheet.authors == ["Miriam Castell", "Piotr Wendt"]
    assert broadsheet.published == "2024-05-03"
    assert broadsheet.site == "The Daily Lantern"
    assert (
        broadsheet.dek
        == "Foreign ministry gives diplomats 72 hours to leave after Brennmark freezes state bank assets"
    )
    assert "World news" in broadsheet.sections and "Europe" in broadsheet.sections
    assert "Home" not in broadsheet.sections
    assert broadsheet.url.endswith("/ostland-expels-envoys-sanctions")


def test_broadsheet_body_drops_newsletter_most_viewed_and_credits(broadsheet):
    body = body_of(broadsheet)
    assert broadsheet.paragraphs[0].startswith("Ostland has ordered two Brennmark diplomats")
    assert broadsheet.paragraphs[-1].startswith("The European commission said")
    assert len(broadsheet.paragraphs) == 7
    for chrome in (
        "Sign up to First Edition",
        "morning email",
        "Most viewed",
        "Heatwave warning",
        "Photograph:",
        "Lena Haas",
    ):
        assert chrome not in body
    assert broadsheet.image_credits == ["Lena Haas/Nordpix"]


def test_wire_byline_split_and_agency_not_an_author(wire):
    assert wire.title == "Talvia and Serana agree prisoner exchange after Gulf mediation"
    assert wire.authors == ["Hamid Qorbani", "Lucia Ferrante"]
    assert wire.published == "2024-06-21"
    assert wire.site == "Wirepress"
    assert wire.dek == "The swap of 120 detainees is the largest since the ceasefire collapsed in 2022."
    assert wire.paragraphs[0].startswith("DOHARA, June 21 (Wirepress) - Talvia and Serana agreed")
    body = body_of(wire)
    assert "Editing by" not in body and "Our Standards" not in body and "More from Wirepress" not in body
    assert "Oil prices edge higher" not in body


def test_related_and_most_read_blocks_stay_out_of_the_body(related_page):
    body = body_of(related_page)
    assert related_page.title == "Navy drills near disputed islands draw protest from Lorvan"
    assert related_page.site == "Harbour Post"
    assert related_page.dek == "The exercises are the third this year in waters both countries claim."
    assert related_page.authors == ["Amelia Strand"]
    assert related_page.published == "2024-08-09"
    assert related_page.sections == ["Asia", "Security"]
    assert related_page.paragraphs[0].startswith("Lorvan summoned the ambassador of Dastria")
    assert related_page.paragraphs[-1].startswith("The two countries' foreign ministers")
    for chrome in (
        "Perrin islands dispute explained",
        "Fishing fleets caught",
        "Most read",
        "Typhoon season",
        "Dastria's opposition picks",
        "morning briefing",
        "Follow us",
        "third this year",
    ):
        assert chrome not in body
    assert "The Perrin islands dispute explained in five maps" in [t.title for t in related_page.related]


def test_non_english_page(german):
    assert german.language == "de"
    assert german.title == "Außenminister reisen zu Gesprächen über die Grenzregion"
    assert german.authors == ["Katrin Vollmer"]
    assert german.sections == ["Politik"]
    assert german.paragraphs[0].startswith("Die Außenminister von Velland und Marrow")
    assert "Wie die Grenze" not in body_of(german)
    assert len(german.paragraphs) == 5


def test_feed_date_and_url_given_by_the_source_win():
    path = FIXTURES / "related_mostread.html"
    page = Page(
        Input(url="https://harbourpost.example/asia/navy-drills", kind="feed"),
        text=path.read_text(),
        feed_published="2024-08-10T01:00:00Z",
    )
    article = extract_html(page)
    assert article.published == "2024-08-10"
    assert article.url == "https://harbourpost.example/asia/navy-drills"


@pytest.mark.parametrize("text", ["", "   ", "\x00\x00"])
def test_empty_pages_raise_a_faultlines_error(text):
    with pytest.raises(FaultlinesError):
        extract_html(Page(Input(path="empty.html"), text=text))


def test_page_without_article_is_reported():
    page = Page(Input(path="nav.html"), text="<html><body><nav><a href='/'>Home</a></nav></body></html>")
    with pytest.raises(FaultlinesError, match="nav.html"):
        extract_article(page)


@pytest.fixture(scope="module")
def republished():
    return extract("republished_analysis.html")


def test_provenance_bio_and_pull_quote_leave_the_body(republished):
    assert republished.title == "Why the Caspian pipeline deal stalled"
    assert republished.republished_from == "Steppe Monitor"
    assert republished.authors == ["Aliya Serik"]  # the byline, not the publisher named in JSON-LD
    assert republished.site == "Regional Ledger"
    assert republished.published == "2024-04-18"
    assert republished.paragraphs[0].startswith("For a decade, officials in three capitals")
    assert republished.paragraphs[-1].startswith("Engineers say the technical problems")
    body = body_of(republished)
    assert "originally published" not in body and "freelance journalist" not in body
    assert body.count("Nobody wants to be the government") == 1  # the pull quote repeats the quote
    assert "Timur Bek" not in republished.authors
    assert [t.title for t in republished.related] == [
        "A regional power grid, thirty years in the making, finally switches on"
    ]


def test_kicker_over_the_headline_is_the_section_when_the_page_names_none():
    body = "".join(
        f"<p>{s}</p>"
        for s in (
            "The harbour board voted on Monday to close the old ferry pier for repairs until the end of the summer.",
            "Fishing crews that land their catch at the pier will move to the northern quay, the board said.",
            "Repairs to the pilings are expected to cost about four million, paid for by the regional council.",
        )
    )
    html = (
        '<html lang="en"><head><title>Harbour board closes old ferry pier</title></head><body><article>'
        '<div class="story-kicker">Coastal towns</div><h1>Harbour board closes old ferry pier</h1>'
        f"{body}</article></body></html>"
    )
    article = extract_html(Page(Input(path="pier.html", kind="html"), text=html))
    assert article.sections == ["Coastal towns"]
    assert article.title == "Harbour board closes old ferry pier"
    assert not any("Coastal towns" in p for p in article.paragraphs)
    with_meta = html.replace("<head>", '<head><meta property="article:section" content="Local">')
    assert extract_html(Page(Input(path="pier.html", kind="html"), text=with_meta)).sections == ["Local"]


def test_personal_blog_author_and_a_date_in_a_box_the_chrome_rules_strip():
    # The author the page declares is the name of the site (a personal blog): a person's name, so kept. The
    # share bar with the date goes as chrome; the date is still read from the page as it came.
    article = extract("garden_blog.html", url="https://mirakestrel.example/drip-irrigation/")
    assert article.title == "Why I switched my vegetable beds to drip irrigation"
    assert article.authors == ["Mira Kestrel"]
    assert article.published == "2025-03-09"
    assert len(article.paragraphs) == 5
    assert not any("Share on" in p for p in article.paragraphs)


def test_a_publisher_named_as_the_only_author_is_the_author():
    # the page credits nobody but its publisher: that is the byline readers see (NAEB and WCXB credit it)
    html = (FIXTURES / "garden_blog.html").read_text(encoding="utf-8")
    html = html.replace('content="Mira Kestrel"', 'content="Kestrel Media"').replace(
        '<span class="author">Mira Kestrel</span>', ""
    )
    page = Page(Input(path="blog.html", url="https://kestrelmedia.example/drip/", kind="html"), text=html)
    assert extract_html(page).authors == ["Kestrel Media"]
