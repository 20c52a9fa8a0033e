"""extract_html never raises anything but FaultlinesError, whatever text it is given."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from faultlines.extract.html import extract_html
from faultlines.model import Article, FaultlinesError, Input, Page

TAGS = st.sampled_from(["p", "div", "h1", "article", "figure", "figcaption", "script", "meta", "title", "li"])
MARKUP = st.lists(
    st.one_of(
        st.text(max_size=40),
        TAGS.map(lambda t: f"<{t}>"),
        TAGS.map(lambda t: f"</{t}>"),
        st.just('<script type="application/ld+json">{"@type": "NewsArticle", "headline": '),
        st.just('<meta property="og:title" content="'),
        st.just('<div class="related-stories caption">'),
    ),
    max_size=30,
).map("".join)


def run(text: str) -> None:
    try:
        article = extract_html(Page(Input(path="fuzz.html"), text=text))
    except FaultlinesError:
        return
    assert isinstance(article, Article)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_arbitrary_text_never_crashes(text):
    run(text)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(MARKUP)
def test_arbitrary_markup_never_crashes(text):
    run(text)


def test_control_characters_after_dropped_chrome_do_not_crash():
    run('<div class="related-stories caption"></DIV>\x1b')
    run('<p>Story text.</p><div class="related-stories caption">x</div>\x1bTail words.')
