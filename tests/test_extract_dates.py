"""Day and month read the wrong way round are settled by the date the page prints unambiguously."""

from faultlines.extract import extract_article
from faultlines.extract.dates import settle_day_month
from faultlines.model import Input, Page


def test_the_reading_printed_unambiguously_wins():
    assert settle_day_month("2026-09-03", "<p>Published March 9, 2026</p>") == "2026-03-09"
    assert settle_day_month("2023-12-10", '<time datetime="2023-10-12T19:38">10/12/2023</time>') == "2023-10-12"
    assert settle_day_month("2024-02-05", "<span>5 Feb 2024</span>") == "2024-02-05"  # printed as read: kept


def test_a_date_no_one_could_misread_is_kept():
    assert settle_day_month("2026-09-23", "<p>Published March 9, 2026</p>") == "2026-09-23"  # day 23
    assert settle_day_month("2026-04-04", "April 4, 2026") == "2026-04-04"
    assert settle_day_month("2026-09-03", "<p>no other date here</p>") == "2026-09-03"
    assert settle_day_month(None, "March 9, 2026") is None


def test_an_american_meta_date_is_read_as_the_page_prints_it():
    prose = "".join(
        f"<p>Paragraph {k}: the county opened three new cooling centres this week after the heat advisory was "
        "extended, and volunteers drove older residents to them from the outlying villages.</p>"
        for k in range(5)
    )
    page = (
        '<html><head><title>Cooling centres open</title><meta name="article:published_time" content="03-09-2026">'
        f"</head><body><article><h1>Cooling centres open</h1><p>Published March 9, 2026</p>{prose}</article>"
        "</body></html>"
    )
    article = extract_article(Page(Input(path="page.html", kind="html"), text=page))
    assert article.published == "2026-03-09"


def test_a_page_dated_only_in_its_text_is_dated_by_the_extensive_search():
    import lxml.html

    from faultlines.extract.chrome import strip_chrome
    from faultlines.extract.html import _published
    from faultlines.extract.metadata import read_page_meta

    html = (
        "<html><head><title>Fruit trees</title></head><body><div class='related-posts'><p>Seed swap draws a "
        "crowd</p></div><article><h1>Fruit trees for the canal path</h1><p>We met on 14 May 2024 at the lock to "
        "plant forty fruit trees along the canal path.</p></article></body></html>"
    )
    tree = lxml.html.document_fromstring(html)
    meta = read_page_meta(tree)
    strip_chrome(tree)
    assert _published(Page(Input(path="p.html", kind="html"), text=html), meta, None, tree) == "2024-05-14"


def _article_page(head: str, header: str, tail: str = "") -> str:
    prose = "".join(
        f"<p>Paragraph {k}: the allotment society voted to share its rainwater tanks with the school garden, "
        "and the first hoses were laid along the hedge before the dry weeks of summer.</p>"
        for k in range(5)
    )
    return (
        f"<html><head><title>Rainwater for the school garden</title>{head}</head><body>"
        f"<article><h1>Rainwater for the school garden</h1>{header}{prose}</article>{tail}</body></html>"
    )


def _published_of(page: str) -> str | None:
    return extract_article(Page(Input(path="page.html", kind="html"), text=page)).published


def test_the_date_printed_under_the_headline_beats_a_template_meta_date():
    # a blog whose template stamps an old, ambiguous date in a meta tag; the post prints its own date line
    page = _article_page(
        '<meta name="date" content="01/07/16">',
        '<div class="post-meta">By Ada Fenwick · <time datetime="2024-10-08T09:00:00Z">October 8, 2024</time>'
        "</div>",
    )
    assert _published_of(page) == "2024-10-08"


def test_the_printed_day_wins_over_a_datetime_attribute_in_utc():
    # 10:27 PM on the west coast is the next day in UTC; the reader sees the 20th
    page = _article_page(
        '<meta property="article:published_time" content="2023-12-21T06:27:00Z">',
        '<p class="dateline">Posted: <time datetime="2023-12-21T06:27:00Z">Dec 20, 2023 10:27 PM PST</time></p>',
    )
    assert _published_of(page) == "2023-12-20"


def test_an_update_line_under_the_headline_is_passed_over_for_the_publication_date():
    page = _article_page(
        '<meta property="article:published_time" content="2022-03-14T08:00:00Z">'
        '<meta property="article:modified_time" content="2025-06-02T08:00:00Z">',
        '<div class="meta"><span>Last updated: <time datetime="2025-06-02">June 2, 2025</time></span>'
        '<span>Published <time datetime="2022-03-14">March 14, 2022</time></span></div>',
    )
    assert _published_of(page) == "2022-03-14"
    only_update = _article_page(
        '<meta property="article:published_time" content="2022-03-14T08:00:00Z">',
        '<p>Updated <time datetime="2025-06-02">June 2, 2025</time></p>',
    )
    assert _published_of(only_update) == "2022-03-14"  # the metadata's publication date, not the update


def test_a_time_element_far_below_the_headline_is_not_its_date_line():
    from faultlines.extract.headline_date import headline_date
    from faultlines.extract.html import parse_html

    far = _article_page("", "", '<aside><time datetime="2019-01-01">Jan 1, 2019</time></aside>')
    assert headline_date(parse_html(far)) is None  # five paragraphs lie between
    near = _article_page("", '<time datetime="2024-05-30">30 May 2024</time>')
    assert headline_date(parse_html(near)) == "2024-05-30"
    logo = (
        '<html><body><header class="site-logo"><h1>Garden Notes</h1></header><article><h1>Rain tanks shared</h1>'
        '<time datetime="2024-05-30T10:00">yesterday</time><p>Text of the post.</p></article></body></html>'
    )
    assert headline_date(parse_html(logo)) == "2024-05-30"  # the attribute when the text prints no date
