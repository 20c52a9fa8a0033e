"""Headline choice, site-name stripping and byline cleaning."""

from __future__ import annotations

import lxml.html

from faultlines.extract.bylines import clean_author, merge_authors
from faultlines.extract.metadata import read_page_meta
from faultlines.extract.titles import choose_title, site_keys, strip_labels, strip_site_name

KEYS = site_keys(["The Daily Lantern"], "www.dailylantern.example")


def test_site_suffixes_and_prefixes_are_stripped():
    assert (
        strip_site_name("Envoys expelled over bank row | The Daily Lantern", KEYS)
        == "Envoys expelled over bank row"
    )
    assert (
        strip_site_name("Envoys expelled over bank row - Daily Lantern", KEYS)
        == "Envoys expelled over bank row"
    )
    assert (
        strip_site_name("The Daily Lantern: Envoys expelled over bank row", KEYS)
        == "Envoys expelled over bank row"
    )
    assert (
        strip_site_name("Envoys expelled over bank row | World news | The Daily Lantern", KEYS)
        == "Envoys expelled over bank row"
    )


def test_dashes_inside_a_headline_stay():
    title = "Ceasefire talks - and what comes after - resume in Lusk"
    assert strip_site_name(title, KEYS) == title


def test_section_labels_are_dropped():
    assert strip_labels("Opinion | Why the envoys had to go") == "Why the envoys had to go"
    assert strip_labels("Leaders meet at the border [Watch]") == "Leaders meet at the border"


def _meta(html: str):
    return read_page_meta(lxml.html.document_fromstring(html))


def test_visible_headline_preferred_to_seo_title():
    meta = _meta(
        "<html><head><title>Ostland envoys expelled: what we know | The Daily Lantern</title>"
        '<meta property="og:title" content="Ostland envoys expelled: what we know"></head>'
        "<body><a class=logo><h1>The Daily Lantern</h1></a><h1>Ostland expels two envoys as sanctions row deepens</h1>"
        "</body></html>"
    )
    assert choose_title(meta, KEYS) == "Ostland expels two envoys as sanctions row deepens"


def test_title_from_metadata_when_no_h1():
    meta = _meta(
        "<html><head><title>Ostland expels two envoys | The Daily Lantern</title></head><body></body></html>"
    )
    assert choose_title(meta, KEYS) == "Ostland expels two envoys"


def test_bylines_cleaned_and_split():
    assert clean_author("By Jane Roe and John Doe, Reuters") == ["Jane Roe", "John Doe"]
    assert clean_author("Written by: Ana Lima | Staff Writer") == ["Ana Lima"]
    assert clean_author("https://example.com/authors/jane") == []
    assert merge_authors([], ["By Jane Roe"], ["Somebody Else"]) == ["Jane Roe"]


def test_logo_h1_in_the_header_is_not_the_headline():
    meta = _meta(
        "<html><head><title>Ports reopen after strike | Harbour Post</title></head><body>"
        '<header class="site-header"><div class="site-branding"><h1 class="site-title"><a href="/">'
        "Harbour Post: news from the northern coast</a></h1></div></header>"
        "<main><p>Dock workers returned on Monday.</p></main></body></html>"
    )
    assert choose_title(meta, site_keys(["Harbour Post"], None)) == "Ports reopen after strike"


def test_a_date_or_a_label_beside_the_headline_in_the_heading_is_dropped():
    def chosen(h1: str) -> str | None:
        meta = _meta(
            "<html><head><title>Pruning old apple trees | Orchard Notes</title></head>"
            f"<body><h1>{h1}</h1></body></html>"
        )
        return choose_title(meta, site_keys(["Orchard Notes"], "orchardnotes.example"))

    assert chosen("Mar 4 2025 Pruning old apple trees") == "Pruning old apple trees"
    assert chosen("Pruning old apple trees Posted on March 4, 2025 by Ada Quill") == "Pruning old apple trees"
    assert chosen("Blog | Pruning old apple trees") == "Pruning old apple trees"
    assert chosen("Opinion: Pruning old apple trees") == "Opinion: Pruning old apple trees"
    assert chosen("Pruning old apple trees in winter") == "Pruning old apple trees in winter"


def _chosen(head: str, body: str) -> str | None:
    meta = _meta(f"<html><head>{head}</head><body>{body}</body></html>")
    return choose_title(meta, site_keys(["Orchard Notes"], "orchardnotes.example"))


def test_entities_escaped_twice_and_mojibake_in_titles_are_repaired():
    assert (
        _chosen('<meta property="og:title" content="Grafting &amp;amp; pruning: a beginner&amp;#8217;s guide">', "")
        == "Grafting & pruning: a beginner’s guide"
    )
    # UTF-8 bytes read as Windows-1252 in the heading and the title alike
    assert (
        _chosen("<title>A grower\u00e2\u20ac\u2122s year | Orchard Notes</title>", "<h1>A grower\u00e2\u20ac\u2122s year</h1>")
        == "A grower’s year"
    )
    assert _chosen("<title>Café crème and naïve grafts</title>", "") == "Café crème and naïve grafts"


def test_a_heading_set_in_capitals_yields_to_the_metadata_title():
    head = "<title>Pruning Old Apple Trees: A Winter Guide | Orchard Notes</title>"
    assert _chosen(head, "<h1>PRUNING OLD APPLE TREES</h1>") == "Pruning Old Apple Trees: A Winter Guide"
    # when the metadata shouts as well, the heading stays
    assert _chosen("<title>PRUNING OLD APPLE TREES</title>", "<h1>PRUNING OLD APPLE TREES</h1>") == (
        "PRUNING OLD APPLE TREES"
    )
    assert _chosen(head, "<h1>Pruning old apple trees</h1>") == "Pruning old apple trees"  # an h1 in plain case


def test_media_label_after_a_dash_is_dropped():
    assert strip_labels("Harbour tolls compared across five ports - Infographic") == (
        "Harbour tolls compared across five ports"
    )
    assert strip_labels("Why the ferry fares rose - and who pays") == "Why the ferry fares rose - and who pays"


def test_h1_printing_the_whole_title_tag_loses_its_site_name():
    meta = _meta(
        "<html><head><title>How to fold a paper crane | Craft Corner | The Daily Lantern</title></head>"
        "<body><h1>How to fold a paper crane | Craft Corner | The Daily Lantern</h1></body></html>"
    )
    assert choose_title(meta, KEYS) == "How to fold a paper crane"


def test_truncated_json_ld_headline_gives_way_to_the_whole_one():
    meta = _meta(
        "<html><head>"
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": '
        '"Three lanterns, two ferries and one long night on the river (with"}</script>'
        '<meta property="og:title" content="Three lanterns, two ferries and one long night on the river '
        '(with a map of every stop) - The Daily Lantern"></head><body></body></html>'
    )
    assert choose_title(meta, KEYS) == (
        "Three lanterns, two ferries and one long night on the river (with a map of every stop)"
    )


def test_section_name_before_the_headline_in_the_heading_goes_but_a_genre_label_stays():
    head = (
        "<html><head><title>Five ways to mend a fishing net | The Daily Lantern</title></head><body><h1>{}</h1>"
        "</body></html>"
    )
    assert choose_title(_meta(head.format("Blog: Five ways to mend a fishing net")), KEYS) == (
        "Five ways to mend a fishing net"
    )
    assert choose_title(_meta(head.format("Opinion: Five ways to mend a fishing net")), KEYS) == (
        "Opinion: Five ways to mend a fishing net"
    )


def test_a_logo_heading_unlike_the_title_does_not_keep_a_label_beside_the_headline():
    meta = _meta("<html><head><title>The Workshop | Kites made of recycled sails</title></head><body></body></html>")
    assert choose_title(meta, KEYS, fallback="Harbour Institute of Design") == "Kites made of recycled sails"


def test_a_section_banner_in_the_h1_is_not_the_headline():
    meta = _meta(
        "<html><head><title>Tide tables explained for new sailors</title></head><body><h1>Our Blog</h1>"
        "</body></html>"
    )
    assert choose_title(meta, KEYS) == "Tide tables explained for new sailors"


def test_a_two_word_banner_unlike_the_agreeing_metadata_titles_is_not_the_headline():
    page = (
        "<html><head><title>Harbour crane hire price list | The Daily Lantern</title>"
        '<meta property="og:title" content="Harbour crane hire price list"></head>'
        "<body><h1>{}</h1></body></html>"
    )
    assert choose_title(_meta(page.format("Our Services")), KEYS) == "Harbour crane hire price list"
    # a short headline that shares a word with the metadata stays
    assert choose_title(_meta(page.format("Crane prices")), KEYS) == "Crane prices"


def _title_of(head: str, h1: str) -> str | None:
    page = f"<html><head>{head}</head><body><h1>{h1}</h1><p>Text of the guide.</p></body></html>"
    return choose_title(read_page_meta(lxml.html.document_fromstring(page)), KEYS)


def test_the_metadata_title_that_adds_a_few_words_to_the_heading_is_the_headline():
    head = (
        "<title>Best Lanterns for Night Walks in 2025</title>"
        '<meta property="og:title" content="Best Lanterns for Night Walks in 2025">'
    )
    assert _title_of(head, "Best Lanterns for Night Walks") == "Best Lanterns for Night Walks in 2025"
    # a site's name after a separator is no part of the headline
    head = (
        "<title>Best Lanterns for Night Walks - Lamp Notes</title>"
        '<meta property="og:title" content="Best Lanterns for Night Walks — Lamp Notes">'
    )
    assert _title_of(head, "Best Lanterns for Night Walks") == "Best Lanterns for Night Walks"
    # metadata that disagree among themselves leave the heading as printed
    head = (
        "<title>Best Lanterns for Night Walks in 2025</title>"
        '<meta property="og:title" content="Night walks: what to carry">'
        '<meta name="twitter:title" content="A lantern guide for winter">'
    )
    assert _title_of(head, "Best Lanterns for Night Walks") == "Best Lanterns for Night Walks"


def test_a_heading_with_characters_lost_to_the_encoding_yields_to_the_metadata_spelling():
    head = "<title>Lantern Care: A Beginner's Guide</title>"
    assert _title_of(head, "Lantern Care? A Beginner? Guide") == "Lantern Care: A Beginner's Guide"
    assert _title_of(head, "Lantern Care\ufffd A Beginner\ufffd Guide") == "Lantern Care: A Beginner's Guide"
    # a real question stays as printed
    head = "<title>Do lanterns need care</title>"
    assert _title_of(head, "Do lanterns need care?") == "Do lanterns need care?"
