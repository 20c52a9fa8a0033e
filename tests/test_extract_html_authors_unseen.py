"""Authors on kinds of site the byline markup rules miss: a list of names under an "Author(s)" heading, an
author-page link whose text is not the name, a personal site that prints no byline, a company named by its
domain."""

from faultlines.extract import extract_article
from faultlines.extract.bylines import clean_author
from faultlines.extract.html import parse_html
from faultlines.extract.unprinted_authors import copyright_holder, personal_site_owner
from faultlines.model import Input, Page

_PARAGRAPHS = "".join(
    f"<p>Part {k}: the allotment society measured rainfall in its three plots through the dry summer and "
    "found the mulched beds held water for nine days longer than the bare ones beside them.</p>"
    for k in range(1, 7)
)


def _page(header: str = "", head: str = "", footer: str = "", title: str = "Mulch and the dry summer") -> str:
    return (
        f"<html><head><title>{title}</title>{head}</head><body>"
        "<nav><a href='/'>Home</a><a href='/notes'>Notes</a></nav>"
        f"<article><h1>Mulch and the dry summer</h1>{header}{_PARAGRAPHS}</article>"
        f"<footer>{footer}<p>Contact</p></footer></body></html>"
    )


def _authors(text: str, url: str | None = None) -> list[str]:
    return extract_article(Page(Input(path="page.html", url=url, kind="html"), text=text)).authors


def test_every_name_listed_under_an_authors_heading():
    header = (
        "<div class='facts'><h6>Date</h6><p>June 2019</p></div>"
        "<div class='facts'><h6>Author(s)</h6><ul>"
        "<li><a href='/library/?who=Orla%20M.%20Finch'>Orla M. Finch</a></li>"
        "<li><a href='/library/?who=Tam%20Greaves'>Tam Greaves</a></li>"
        "<li><a href='/library/?who=Ines%20Oduya'>Ines Oduya</a></li></ul></div>"
    )
    assert _authors(_page(header)) == ["Orla M. Finch", "Tam Greaves", "Ines Oduya"]


def test_a_role_after_the_labelled_name_is_no_second_author():
    header = "<div class='who'><p>Written by</p><p>Tam Greaves</p><p>Senior Editor</p></div>"
    assert _authors(_page(header)) == ["Tam Greaves"]


def test_an_author_link_names_the_writer_in_its_address():
    header = (
        "<div class='card'><img alt='portrait'><p class='c1'>Orla Finch</p><p class='c2'>Garden writer</p>"
        "<a class='btn' href='/blog/authors/orla-finch'>Articles by Orla</a></div>"
    )
    assert _authors(_page(header)) == ["Orla Finch"]


def test_an_author_link_whose_name_the_page_never_prints_gives_nothing():
    header = "<a class='btn' href='/blog/authors/orla-finch'>More from our team</a>"
    assert _authors(_page(header)) == []


def test_a_personal_site_credits_its_owner():
    # the copyright holder in the footer
    assert _authors(_page(footer="<p>© 2025 Tam Greaves. All rights reserved.</p>")) == ["Tam Greaves"]
    # the site's name, the name its titles carry and its feed's title agreeing
    head = (
        '<meta property="og:site_name" content="Orla Finch">'
        '<link rel="alternate" type="application/rss+xml" href="/feed/" title="Orla Finch">'
    )
    assert _authors(_page(head=head, title="Mulch and the dry summer | Orla Finch")) == ["Orla Finch"]


def test_an_organisation_owning_the_site_is_no_author():
    assert _authors(_page(footer="<p>© 2025 Greaves Garden Supplies Ltd.</p>")) == []
    assert _authors(_page(footer="<p>Copyright 2024 Allotment Media</p>")) == []
    # a single source other than the copyright is not enough
    assert _authors(_page(title="Mulch and the dry summer | Orla Finch")) == []
    # a printed byline wins over the owner
    page = _page("<p class='byline'>By Ines Oduya</p>", footer="<p>© 2025 Tam Greaves</p>")
    assert _authors(page) == ["Ines Oduya"]


def test_copyright_holder_stops_at_the_sentence():
    footer = "<html><body><footer>Copyright 2012-2025 John A. Roe. Built with care.</footer></body></html>"
    tree = parse_html(footer, "x")
    assert copyright_holder(tree) == "John A. Roe"
    tree = parse_html("<html><body><footer><a>Copyright Policy</a> Site Map</footer></body></html>", "x")
    assert copyright_holder(tree) is None
    assert personal_site_owner(["Orla Finch", None, "Orla Finch"], None) == ["Orla Finch"]
    assert personal_site_owner(["Allotment Media", "Allotment Media"], None) == []
    tree = parse_html("<html><body><footer>© 2025 Orla Finch All Rights Reserved</footer></body></html>", "x")
    assert copyright_holder(tree) == "Orla Finch"


def test_a_company_named_by_its_domain_is_kept_whole():
    assert clean_author("MulchDepartment.com") == ["MulchDepartment.com"]
    assert clean_author("https://mulch.example.com/about") == []
    assert clean_author("www.mulchdepartment.com") == []
    head = '<meta name="author" content="MulchDepartment.com">'
    assert _authors(_page(head=head)) == ["MulchDepartment.com"]


def test_the_outlet_credited_beside_the_writers_goes():
    head = '<meta name="author" content="Orla Finch | The Allotment Journal">'
    assert _authors(_page(head=head)) == ["Orla Finch"]
    byline = "<p class='byline'>By Orla Finch, Tam Greaves and Quayside Times</p>"
    assert _authors(_page(byline)) == ["Orla Finch", "Tam Greaves"]
    # alone, the outlet stays the byline it gives
    assert _authors(_page(head='<meta name="author" content="Quayside Times">')) == ["Quayside Times"]


def test_a_data_layer_names_the_author_where_the_page_prints_none():
    script = '<script>var dataLayer_content = {"pagePostType":"post","pagePostAuthor":"Orla Finch"};</script>'
    assert _authors(_page(head=script)) == ["Orla Finch"]
    # a printed byline wins
    assert _authors(_page("<p class='byline'>By Tam Greaves</p>", head=script)) == ["Tam Greaves"]
    # other keys naming an author's id or type say nothing
    assert _authors(_page(head='<script>x = {"authorType":"Staff","authorId":"42"};</script>')) == []


def test_the_printed_line_completes_an_author_tag_that_names_its_first_writer():
    head = '<meta name="author" content="Orla Finch">'
    byline = (
        "<div class='hero-authors'>Written by <span>Dr Orla Finch</span>, <span>Tam Greaves</span>, "
        "<span>Ana van der Berg</span></div>"
    )
    assert _authors(_page(byline, head=head)) == ["Dr Orla Finch", "Tam Greaves", "Ana van der Berg"]
    # a role beside the name is no co-author
    role = "<div class='who'>By <span>Orla Finch</span>, Deputy CTO, Allotment Media</div>"
    assert _authors(_page(role, head=head)) == ["Orla Finch"]
    # the writer's name heading another story's teaser further down is no byline of this one
    teasers = (
        "<p class='byline'><span>Orla Finch</span> · 5 min read</p><aside>"
        + "".join(f"<div class='teaser'><a>By <span>Orla Finch</span> and Rhys Pell {k}</a></div>" for k in "AB")
        + "</aside>"
    )
    assert _authors(_page(teasers, head=head)) == ["Orla Finch"]


def test_names_with_particles_read_as_people():
    from faultlines.extract.bylines import looks_like_person

    assert looks_like_person("Marna van der Merwe")
    assert looks_like_person("Ana de Souza")
    assert not looks_like_person("van der Merwe")  # one capital
    assert not looks_like_person("the best of all")


def test_each_writer_in_a_byline_box_of_their_own():
    head = '<meta name="author" content="Orla M. Finch">'
    byline = (
        "<p class='news-byline'>By <span class='byline-author'><a href='/p/of'>Orla M. Finch</a>"
        "<a class='tw' href='https://social.example/of'></a></span> and <span class='byline-author'>"
        "<a href='/p/tg'>Tam Greaves</a></span> on <time>May 3, 2024</time></p>"
    )
    assert _authors(_page(byline, head=head)) == ["Orla M. Finch", "Tam Greaves"]


def test_a_menu_entry_holding_the_declared_name_is_no_byline():
    # the site's name declared as author, printed inside "About Allotment" of a footer menu
    head = '<meta name="author" content="Allotment">'
    footer = "<ul class='links'><li><a>About Allotment</a></li><li><a>Contact Us</a></li></ul>"
    assert _authors(_page(head=head, footer=footer)) == ["Allotment"]


def test_an_app_state_names_the_author_where_the_page_prints_none():
    state = (
        '<script id="state" type="application/json">{"post":{"title":"Mulch","authors":'
        '[{"name":"Orla Finch","bio":"Orla grows beans."}]}}</script>'
    )
    assert _authors(_page(head=state)) == ["Orla Finch"]
    # the same state HTML-escaped in an attribute
    escaped = '{"authors":[{"name":"Orla Finch","bio":"Orla grows beans."}]}'.replace('"', "&quot;")
    assert _authors(_page(f"<div data-state='{escaped}'></div>")) == ["Orla Finch"]
    # a name that reads as no person's (a category, a product) is no author
    other = '<script>{"author":{"name":"Garden tools","id":3}}</script>'
    assert _authors(_page(head=other)) == []
