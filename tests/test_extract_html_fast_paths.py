"""The extractor's fast paths give what the plain ones gave: the C element lookup of the parser, the chrome
walk that resumes after a cut block, the word-by-word hint test of class strings, the long-run search for
prose and the substring cues in front of the provenance and credit patterns."""

import lxml.html
import pytest

from faultlines.extract.chrome import _KINDS, strip_chrome
from faultlines.extract.datafiles import data_search, data_search_any
from faultlines.extract.html import _prose_chars, extract_html, parse_html
from faultlines.extract.provenance import caption_credit, image_credit_line, provenance_line
from faultlines.model import Input, Page

PARAGRAPH = (
    "The harbour board voted on Thursday to extend the northern breakwater by two hundred metres, "
    "ending a dispute that had held up the fishing season for most of the spring."
)


def test_every_element_of_a_parsed_page_is_an_html_element_with_its_methods():
    tree = parse_html(
        "<html><body><form action='/s'><label>Find</label><input name='q'><select><option>A</option>"
        "</select><textarea>note</textarea></form><p>Plain <b>text</b></p></body></html>"
    )
    for el in tree.iter():
        if isinstance(el.tag, str):
            assert isinstance(el, lxml.html.HtmlElement)
    assert tree.find(".//form").text_content() == "FindAnote"
    assert tree.find(".//p").text_content() == "Plain text"


def test_a_page_with_a_search_form_is_extracted():
    page = (
        "<html><head><title>Breakwater to grow</title></head><body><header><form><input name='q'>"
        f"<button>Search</button></form></header><article><h1>Breakwater to grow</h1><p>{PARAGRAPH}</p>"
        f"<p>{PARAGRAPH.replace('Thursday', 'Friday')}</p></article></body></html>"
    )
    article = extract_html(Page(Input(url="https://harbour.example/news/breakwater", kind="html"), text=page))
    assert article.title == "Breakwater to grow"
    assert any("two hundred metres" in p for p in article.paragraphs)


def _page(body: str) -> lxml.html.HtmlElement:
    return parse_html(f"<html><body>{body}</body></html>")


def test_blocks_after_a_cut_block_that_closes_its_parent_are_still_looked_at():
    tree = _page(
        "<div class='wrap'><p>" + PARAGRAPH + "</p><aside class='related-stories'><ul><li><a href='/a'>"
        "Another story about the harbour and its boats</a></li></ul></aside></div>"
        "<div class='newsletter'><p>Get the harbour briefing</p></div>"
        "<figure><img src='/img/breakwater-plan.jpg'><figcaption>The plan (Harbour Board)</figcaption></figure>"
        "<p>" + PARAGRAPH + "</p>"
    )
    found = strip_chrome(tree, "https://harbour.example/news/x")
    text = tree.text_content()
    assert "Another story" not in text and "briefing" not in text and "The plan" not in text
    assert text.count("two hundred metres") == 2
    assert found.image_files == ["breakwater-plan.jpg"]
    assert [t.title for t in found.teasers] == ["Another story about the harbour and its boats"]


def test_a_code_listing_keeps_its_chrome_named_spans_and_what_follows_is_still_cut():
    tree = _page(
        "<pre><code><span class='comment'># share the result</span>\nprint(total)</code></pre>"
        "<div class='share-bar'><a href='/s'>Share</a></div><p>" + PARAGRAPH + "</p>"
    )
    strip_chrome(tree)
    text = tree.text_content()
    assert "# share the result" in text and "print(total)" in text
    assert "Share" not in text.replace("share the result", "")


@pytest.mark.parametrize(
    "names",
    [
        "col-md-6 mt-4",
        "related-posts widget",
        "entry-content",
        "article-standfirst",
        "wp-caption alignnone",
        "photo-credit",
        "post-kicker",
        "SocialShare bar",
        "most read",
        "",
        "desktop-only toplevel",
    ],
)
def test_the_word_by_word_hint_test_rules_out_only_what_no_file_matches(names):
    lower = names.lower()
    if any(data_search(kind, lower) for kind in _KINDS):
        assert data_search_any(_KINDS, lower)


def test_prose_counts_long_runs_outside_links_and_scripts():
    long_run = "x" * 100
    tree = _page(
        f"<p>{long_run}</p><a href='/'>{long_run}</a>{long_run}<script>{long_run}</script>"
        f"<noscript><p>{long_run}</p></noscript><p>short</p>"
    )
    # the paragraph, the text after the link and the paragraph inside <noscript>
    assert _prose_chars(tree) == 300


def test_cues_hold_whatever_the_case():
    assert provenance_line("THIS ARTICLE WAS ORIGINALLY PUBLISHED ON Harbour Weekly.") == "Harbour Weekly"
    assert image_credit_line("PHOTO: Jane Roe / Harbour Weekly") == "Jane Roe / Harbour Weekly"
    assert caption_credit("Boats in the harbour at dawn. PHOTO: Jane Roe") is not None
    assert provenance_line("The boats ran aground in the storm.") is None


def test_trafilatura_leaves_the_tree_it_is_given_as_it_was():
    # the slow rescue pass reuses the chrome-free tree of the fast pass, so neither pass may change it
    from lxml.etree import tostring

    from faultlines.extract.html import _trafilatura

    tree = parse_html(
        "<html><head><title>Breakwater to grow</title></head><body><article><h1>Breakwater to grow</h1>"
        f"<p>{PARAGRAPH}</p><ul><li>one</li><li>two</li></ul><p>{PARAGRAPH}</p></article></body></html>"
    )
    before = tostring(tree)
    for fast in (True, False):
        _trafilatura(tree, "https://harbour.example/a", "page", fast=fast, metadata=True)
        assert tostring(tree) == before
