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
