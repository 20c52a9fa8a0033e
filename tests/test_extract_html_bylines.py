"""Bylines printed with a label apart from the name ("Written by" in one element, the name in the next) on
pages that declare no author in their meta tags or JSON-LD."""

import pytest

from faultlines.extract import extract_article
from faultlines.extract.bylines import clean_author
from faultlines.model import Input, Page

_PARAGRAPHS = "".join(
    f"<p>Paragraph {k}: the harbour board met on Tuesday and agreed to relight the old lamp before the spring "
    "tides, after four years of repairs paid for by the parish and a grant from the county.</p>"
    for k in range(1, 7)
)


def _page(header: str, footer: str = "") -> str:
    return (
        "<html><head><title>Old lighthouse to shine again | Harbour Notes</title></head><body>"
        "<nav><a href='/'>Home</a><a href='/news'>News</a></nav>"
        f"<article><h1>Old lighthouse to shine again</h1>{header}{_PARAGRAPHS}</article>"
        f"<footer>{footer}<p>About us</p></footer></body></html>"
    )


@pytest.mark.parametrize(
    "header",
    [
        '<div class="meta"><p class="label">Written by</p><p class="value">Ailsa Venn</p></div>',
        '<div class="x1"><span class="y2">By</span><span>Ailsa Venn</span></div>',
        "<h2>Article by</h2><div>Ailsa Venn</div>",
        '<div class="item"><h3>Author</h3><p>  Ailsa Venn</p></div>',
        '<div class="name"> Written by <span>Ailsa Venn</span> </div>',
        '<p class="small-print">By Ailsa Venn</p>',
    ],
)
def test_labelled_byline_gives_the_author(header):
    article = extract_article(Page(Input(path="page.html", kind="html"), text=_page(header)))
    assert article.authors == ["Ailsa Venn"]


def test_a_label_over_something_other_than_a_name_gives_no_author():
    header = "<p>By</p><p>the harbour wall, 3 March</p><p>By clicking accept you agree to our terms</p>"
    article = extract_article(Page(Input(path="page.html", kind="html"), text=_page(header)))
    assert article.authors == []


def test_declared_author_wins_over_a_labelled_byline():
    page = _page("<p>Written by</p><p>Ailsa Venn</p>").replace(
        "<head>", '<head><meta name="author" content="Tomas Reinholt">'
    )
    article = extract_article(Page(Input(path="page.html", kind="html"), text=page))
    assert article.authors == ["Tomas Reinholt"]


@pytest.mark.parametrize(
    ("raw", "names"),
    [
        ("CM Colm Mallory Last updated on 3 May 2025", ["Colm Mallory"]),  # avatar initials, date line
        ("Ines Tarrow • March 12, 2025", ["Ines Tarrow"]),  # a bullet between name and date
        ("Ines Tarrow; October", ["Ines Tarrow"]),  # a month is no author
        ("Dec", []),
        ("Ines Tarrow Founder & Lead Reviewer", ["Ines Tarrow"]),  # a role after the name
        ("Ines Tarrow Co-founder at Tarrow Tools", ["Ines Tarrow"]),
        ("Reviews\nBy Ines Tarrow last updated 19 May 2024", ["Ines Tarrow"]),  # a kicker in the byline box
        ("Learn More", []),
        ("Ines Tarrow · 5 min read", ["Ines Tarrow"]),
        ("JD Tarrow", ["JD Tarrow"]),  # initials that are the name itself stay
        ("Dec. 4, 2025 · Ines Tarrow on behalf of the Lamp Society", ["Ines Tarrow"]),  # a date-and-author line
    ],
)
def test_byline_furniture_around_the_name_goes(raw, names):
    assert clean_author(raw) == names


def test_the_site_named_as_the_only_author_is_the_author():
    head = (
        '<meta name="author" content="Harbour Notes"><meta property="og:site_name" content="Harbour Notes">'
    )
    page = _page("").replace("<head>", f"<head>{head}")
    article = extract_article(
        Page(Input(path="page.html", url="https://harbournotes.example/a", kind="html"), text=page)
    )
    assert article.authors == ["Harbour Notes"]
    beside = page.replace('content="Harbour Notes">', 'content="Harbour Notes, Ailsa Venn">', 1)
    article = extract_article(
        Page(Input(path="page.html", url="https://harbournotes.example/a", kind="html"), text=beside)
    )
    assert article.authors == ["Ailsa Venn"]  # beside a person's name the site is the publisher


def _page_with_head(head: str, header: str = "") -> str:
    return _page(header).replace("</title></head>", f"</title>{head}</head>")


@pytest.mark.parametrize(
    "head",
    [
        '<meta name="parsely-author" content="Ailsa Venn">',
        '<meta name="sailthru.author" content="Ailsa Venn">',
        '<meta name="DC.creator" content="Ailsa Venn">',
        '<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Ailsa Venn">',
        # the reading-time label beside it is not a byline
        '<meta name="twitter:label1" content="Est. reading time"><meta name="twitter:data1" content="4 minutes">'
        '<meta name="twitter:label2" content="Written by"><meta name="twitter:data2" content="Ailsa Venn">',
    ],
)
def test_analytics_and_twitter_label_metas_name_the_author(head):
    # the page prints a tag strip with an author-page link of another writer's teaser: the meta tag wins
    teaser = '<aside><a href="/author/rob-quill/">Rob Quill</a></aside>'
    article = extract_article(Page(Input(path="page.html", kind="html"), text=_page_with_head(head, teaser)))
    assert article.authors == ["Ailsa Venn"]


def test_the_plain_author_meta_wins_over_its_analytics_slug_and_a_twitter_label():
    head = (
        '<meta name="author" content="Ailsa Venn"><meta name="parsely-author" content="ailsa-venn">'
        '<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Harbour Notes Staff">'
    )
    article = extract_article(Page(Input(path="page.html", kind="html"), text=_page_with_head(head)))
    assert article.authors == ["Ailsa Venn"]
    reading = '<meta name="twitter:label1" content="Time to read"><meta name="twitter:data1" content="7 minutes">'
    article = extract_article(Page(Input(path="page.html", kind="html"), text=_page_with_head(reading)))
    assert article.authors == []


def test_an_author_tag_naming_only_the_site_yields_to_the_printed_byline():
    head = '<meta property="og:site_name" content="Harbour Notes"><meta name="author" content="Harbour Notes">'
    byline = '<p class="byline">By <a href="/author/ailsa-venn/">Ailsa Venn</a></p>'
    article = extract_article(Page(Input(path="page.html", kind="html"), text=_page_with_head(head, byline)))
    assert article.authors == ["Ailsa Venn"]
    # with no person printed, the site stays the byline it gives
    article = extract_article(Page(Input(path="page.html", kind="html"), text=_page_with_head(head)))
    assert article.authors == ["Harbour Notes"]


def test_a_personal_blog_whose_author_is_the_site_keeps_its_author():
    head = (
        '<meta property="og:site_name" content="Ailsa Venn"><script type="application/ld+json">'
        '{"@type": "BlogPosting", "headline": "Old lighthouse to shine again", '
        '"author": {"@type": "Person", "name": "Ailsa Venn"}}</script>'
    )
    mention = '<p class="note">Photos by <a href="/author/rob-quill/">Rob Quill</a></p>'
    article = extract_article(Page(Input(path="page.html", kind="html"), text=_page_with_head(head, mention)))
    assert article.authors == ["Ailsa Venn"]


def test_an_author_tag_holding_a_login_yields_to_the_printed_byline():
    head = '<meta name="author" content="avenn42">'
    byline = '<p class="byline">By <a href="/author/avenn42/">Ailsa Venn</a></p>'
    article = extract_article(Page(Input(path="page.html", kind="html"), text=_page_with_head(head, byline)))
    assert article.authors == ["Ailsa Venn"]
    article = extract_article(Page(Input(path="page.html", kind="html"), text=_page_with_head(head)))
    assert article.authors == ["avenn42"]  # nothing better printed: the login is kept


@pytest.mark.parametrize(
    "raw, names",
    [
        ("By Ailsa Venn.", ["Ailsa Venn"]),  # the period of a sentence goes
        ("Ailsa Venn, Ph.D.", ["Ailsa Venn", "Ph.D."]),  # that of an abbreviation stays
        ("By Rob Quill Jr.", ["Rob Quill Jr."]),
        ("Venn, Ailsa T.", ["Venn", "Ailsa T."]),
        ("...Ailsa Venn", ["Ailsa Venn"]),
        ("Harbour Works Inc.", ["Harbour Works Inc"]),
    ],
)
def test_a_trailing_period_stays_only_on_an_abbreviation(raw, names):
    assert clean_author(raw) == names


@pytest.mark.parametrize(
    "header",
    [
        '<div class="post-date-author">Dec. 4, 2025 &middot; Ailsa Venn on behalf of <a href="/g">the board</a></div>',
        '<div class="styles_dateAndAuthor__x1"><span>Dec 4, 2025</span><span>Ailsa Venn</span></div>',
    ],
)
def test_an_element_whose_class_names_the_author_gives_the_author(header):
    article = extract_article(Page(Input(path="page.html", kind="html"), text=_page(header)))
    assert article.authors == ["Ailsa Venn"]


def test_a_class_named_author_does_not_override_a_declared_author():
    page = _page('<div class="author-line">Ailsa Venn</div>').replace(
        "<head>", '<head><meta name="author" content="Tomas Reinholt">'
    )
    article = extract_article(Page(Input(path="page.html", kind="html"), text=page))
    assert article.authors == ["Tomas Reinholt"]


def test_bylines_of_other_stories_in_their_own_articles_are_not_the_authors():
    teaser = (
        '<article class="teaser"><span itemprop="author"><span itemprop="name">{}</span></span>'
        "<p>Another story from the harbour.</p></article>"
    )
    page = (
        "<html><head><title>Old lighthouse to shine again</title></head><body>"
        '<article><h1>Old lighthouse to shine again</h1><span itemprop="author"><span itemprop="name">'
        f"Ailsa Venn</span></span>{_PARAGRAPHS}</article>"
        + teaser.format("Tomas Reinholt")
        + teaser.format("Marit Olsen")
        + "</body></html>"
    )
    article = extract_article(Page(Input(path="page.html", kind="html"), text=page))
    assert article.authors == ["Ailsa Venn"]


def _extract(html: str, url: str = "https://harbournotes.example/news/lighthouse"):
    return extract_article(Page(Input(url=url, kind="html"), text=html))


def test_a_by_heading_in_the_site_menu_is_no_byline():
    menu = (
        "<nav><ul class='menu'><li>Solutions<ul class='sub-menu'><li class='menu-header'>By Fleet Size</li>"
        "<li><a href='/small'>Small fleets</a></li></ul></li></ul></nav>"
    )
    page = _page("").replace("<nav><a href='/'>Home</a><a href='/news'>News</a></nav>", menu)
    assert _extract(page).authors == []


def test_a_template_author_left_without_its_name_gives_way_to_the_printed_byline():
    ld = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
        '"headline": "Old lighthouse to shine again", "author": {"@type": "Person", "name": ", Harbour Notes"}, '
        '"publisher": {"@type": "Organization", "name": "Harbour Notes"}}</script>'
    )
    page = _page('<div class="gnt_ar_by">Ailsa Venn</div>').replace("</head>", ld + "</head>")
    page = page.replace('class="gnt_ar_by"', 'class="article-author"')
    assert _extract(page).authors == ["Ailsa Venn"]


def test_an_author_tag_listing_the_site_makers_by_role_is_no_byline():
    meta = '<meta name="author" content="content: Harbour Notes, design: Tam Ruddock, code: Lee Gow">'
    page = _page('<p class="byline">By Ailsa Venn</p>').replace("</head>", meta + "</head>")
    assert _extract(page).authors == ["Ailsa Venn"]


@pytest.mark.parametrize("text", ["View Full Profile", "See author bio", "The"])
def test_profile_links_and_stray_articles_are_no_names(text):
    assert clean_author(text) == []


@pytest.mark.parametrize("heading", ["", "<h3>About the author</h3>"])
def test_an_author_box_with_a_bio_gives_the_name_in_its_heading(heading):
    box = (
        f"<div class='post-author-box'>{heading}<h4>Ailsa Venn</h4><p>Ailsa has written about the coast for "
        "twenty years, from the ferry strikes to the new marina, and keeps bees on the headland.</p></div>"
    )
    page = _page("", footer=box)
    assert _extract(page).authors == ["Ailsa Venn"]


def test_about_the_author_is_no_name():
    assert clean_author("About the Author") == []


def test_json_ld_contributors_beside_an_author_tag_naming_the_writer_leave_the_writer():
    head = (
        '<meta name="author" content="Ailsa Venn">'
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
        '"headline": "Old lighthouse to shine again", "author": [{"@type": "Person", "name": "Ailsa Venn"}, '
        '{"@type": "Person", "name": "Tam Ruddock"}]}</script>'
    )
    page = _page("").replace("</head>", head + "</head>")
    assert _extract(page).authors == ["Ailsa Venn"]


def test_json_ld_co_authors_all_named_by_the_author_tag_stay():
    head = (
        '<meta name="author" content="Ailsa Venn, Tam Ruddock">'
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
        '"headline": "Old lighthouse to shine again", "author": [{"@type": "Person", "name": "Ailsa Venn"}, '
        '{"@type": "Person", "name": "Tam Ruddock"}]}</script>'
    )
    page = _page("").replace("</head>", head + "</head>")
    assert _extract(page).authors == ["Ailsa Venn", "Tam Ruddock"]


@pytest.mark.parametrize("link", ["All articles by Ailsa Venn", "View all posts by Ailsa Venn"])
def test_the_link_to_the_writers_other_pieces_names_the_writer_when_nothing_else_does(link):
    page = _page("", footer=f"<div class='x9'><a href='/people/ailsa'>{link}</a></div>")
    assert _extract(page).authors == ["Ailsa Venn"]
