"""Extraction on kinds of page met on sites never seen before (seventh extraction round); every page here is
written for the test."""

from faultlines.extract.html import extract_html
from faultlines.model import Input, Page


def _article(html: str):
    return extract_html(Page(input=Input(path="/tmp/unseen.html", kind="html"), text=html))


def test_paragraphs_opened_by_a_react_comment_marker_are_kept():
    # server-rendered React pages open text runs with an empty comment ("<p> <!-- -->Text"): the text is the
    # comment's tail, which the body extractor used to lose
    paragraphs = [
        "The lighthouse keeper counted the ships that passed the point every morning and wrote each one down.",
        "By the third winter the ledger held more names than the harbour master's own register of moorings.",
        "Nobody had asked for the ledger, but the insurers of the coast came to read it every spring.",
        "When the light was automated the ledger went to the town museum, where it still lies open.",
    ]
    body = "".join(f"<p> <!-- -->{text}<!-- --> </p> <!-- -->" for text in paragraphs)
    html = (
        "<html><head><title>The keeper's ledger</title></head><body><main><article>"
        f"<h1>The keeper's ledger</h1><h2>Counting ships</h2> <!-- -->{body}</article></main></body></html>"
    )
    article = _article(html)
    for text in paragraphs:
        assert text in article.paragraphs


_BODY = "".join(
    f"<p>Part {i}: the ferry to the island ran twice a day until the pier was rebuilt, and the village "
    f"planned its markets, its school runs and its doctor's visits around the timetable.</p>"
    for i in range(6)
)


def _page(byline: str, after: str = "", head: str = "") -> str:
    return (
        "<html><head><title>The ferry timetable | Island Letters</title>" + head + "</head><body>"
        "<header><nav><a href='/'>Home</a> <a href='/people/'>Our People</a></nav></header>"
        "<main><article><h1>The ferry timetable</h1>" + byline + _BODY + after + "</article></main>"
        "<footer>Island Letters</footer></body></html>"
    )


def _authors(byline: str, after: str = "") -> list[str]:
    page = Page(input=Input(path="/tmp/ferry.html", url="https://islandletters.example/ferry", kind="html"),
                text=_page(byline, after))
    return extract_html(page).authors


def test_a_link_to_a_contributor_page_is_the_byline():
    assert _authors('<div class="meta"><a href="/contributors/ann-poe">Ann Poe</a> <span>May 2</span></div>') == [
        "Ann Poe"
    ]
    assert _authors('<div class="meta"><a href="/staff/ann-poe/">Ann Poe</a></div>') == ["Ann Poe"]


def test_a_menu_link_to_the_people_page_is_no_byline():
    assert "Our People" not in _authors("")


def test_a_name_beside_the_date_under_the_headline_is_the_byline():
    assert _authors('<div class="meta"><span>Ann Poe</span> | <span>May 2, 2025</span></div>') == ["Ann Poe"]
    assert _authors('<div class="article-info">Ann Poe — May 2, 2025</div>') == ["Ann Poe"]


def test_an_author_label_in_the_same_line_as_the_date():
    assert _authors('<div class="info">Author: Ann Poe | Published: May 2, 2025</div>') == ["Ann Poe"]


def test_two_words_before_by_and_an_about_heading_are_not_the_name():
    assert _authors('<p class="byline">Guest post by Ann Poe</p>') == ["Ann Poe"]
    box = (
        '<div class="author-box"><h4>About Ann Poe</h4><p>Ann Poe has written about the islands and '
        "their ferries for twenty years, first for the county paper and now here.</p></div>"
    )
    assert _authors("", after=box) == ["Ann Poe"]


def test_the_byline_is_not_the_first_paragraph():
    page = Page(input=Input(path="/tmp/ferry.html", kind="html"),
                text=_page('<address class="author"><a rel="author" href="/author/ann-poe">Ann Poe</a></address>'))
    article = extract_html(page)
    assert article.authors == ["Ann Poe"]
    assert article.paragraphs[0].startswith("Part 0")


def test_disclosures_closing_a_post_leave_the_body():
    after = (
        "<p>Disclosure: some links on this page are affiliate links, and we may earn a small commission if you "
        "book a crossing through them.</p>"
        "<p>This post first appeared on the Island Letters newsletter.</p>"
    )
    page = Page(input=Input(path="/tmp/ferry.html", kind="html"), text=_page("", after=after))
    article = extract_html(page)
    assert article.paragraphs[-1].startswith("Part 5")


def test_a_disclaimer_in_the_middle_of_the_article_stays():
    middle = "<p>Disclosure: the writer's family has run the ferry kiosk since the pier first opened in 1984.</p>"
    page = Page(input=Input(path="/tmp/ferry.html", kind="html"), text=_page(middle))
    assert any(p.startswith("Disclosure:") for p in extract_html(page).paragraphs)


def _declared(head: str = "", byline: str = "") -> list[str]:
    html = _page(byline).replace("</head>", head + "</head>")
    page = Page(input=Input(path="/tmp/ferry.html", url="https://islandletters.example/ferry", kind="html"), text=html)
    return extract_html(page).authors


def test_json_ld_creator_stands_for_a_missing_author():
    ld = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Article", '
        '"headline": "The ferry timetable", "creator": {"@type": "Person", "name": "Ann Poe"}}</script>'
    )
    assert _declared(head=ld) == ["Ann Poe"]


def test_dublin_core_creator_as_a_property():
    assert _declared(head='<meta property="dc:creator" content="Ann Poe">') == ["Ann Poe"]


def test_microdata_author_named_in_a_content_attribute():
    byline = (
        '<span itemprop="author" itemscope itemtype="https://schema.org/Person">'
        '<meta itemprop="name" content="Ann Poe"></span>'
    )
    assert _declared(byline=byline) == ["Ann Poe"]


def test_blocks_inside_an_item_or_a_quote_do_not_run_together():
    from lxml import etree

    from faultlines.extract.paragraphs import body_paragraphs

    body = etree.fromstring(
        "<body><list><item>May 2, 2026<head>Harbour Fair</head><p>Quayside, Westport</p></item></list>"
        "<quote><head>What to pack</head><list><item>A warm coat for the crossing.</item></list></quote></body>"
    )
    paragraphs = body_paragraphs(body).paragraphs
    assert paragraphs[0] == "May 2, 2026 Harbour Fair Quayside, Westport"
    assert paragraphs[1] == "What to pack A warm coat for the crossing."


def test_a_by_label_with_a_colon():
    assert _authors('<div class="by-line"><p>By: Ann Poe</p></div>') == ["Ann Poe"]


def test_a_label_or_a_section_beside_the_date_is_no_byline():
    assert "Reading Time" not in _authors('<div class="meta">Reading Time — May 2, 2025</div>')
    assert "Small Towns" not in _authors('<div class="meta"><a href="/c/towns">Small Towns</a> · May 2, 2025</div>')


def test_a_link_to_a_page_of_people_that_names_no_one_is_no_byline():
    assert "Board Members" not in _authors('<p>Meet the <a href="/people/board/">Board Members</a>.</p>')
    assert _authors('<div class="meta"><a href="/people/q7/">Ann Poe</a></div>') == ["Ann Poe"]


def test_an_element_whose_class_names_an_author_outranks_the_weak_signs():
    byline = (
        '<div class="meta"><span>John Doe</span> | <span>May 2, 2025</span></div>'
        '<div class="post-author-info"><span>Ann Poe</span></div>'
    )
    assert _authors(byline) == ["Ann Poe"]
