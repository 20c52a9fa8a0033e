"""The date printed under the headline: the first ``<time>`` element shortly after the page's ``<h1>``.

htmldate weighs every date of the page, and on pages whose metadata carries an old or a machine date (a
template's ``date`` meta tag, a CMS's last touch) it can pick one the reader never sees. The date line under
the headline is what the page says of itself. A date labelled as an update ("Last updated: ...") is passed
over for the next one: the date of publication is the article's date. The element's printed text wins over
its ``datetime`` attribute, which some sites fill with a template's constant or a UTC time on the next day.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from faultlines.extract.datafiles import data_search
from faultlines.extract.dates import iso_day
from faultlines.extract.metadata import clean_space, is_logo
from faultlines.extract.textdump_lines import parse_date

WINDOW_CHARS = 600  # text between the headline and its date line, at most
LABEL_CHARS = 40  # the words before a <time> element that label it ("Published on", "Updated:")
_SKIP = {"script", "style", "noscript", "template", "svg"}


def _headline(tree: HtmlElement) -> HtmlElement | None:
    for h1 in tree.iter("h1"):
        if clean_space(h1.text_content()) and not is_logo(h1):
            return h1
    return None


def _label(time_el: HtmlElement) -> str:
    """The element's own text and the text just before it in its parent ("Last updated: <time>")."""
    parent = time_el.getparent()
    before = ""
    if parent is not None:
        parts = [parent.text or ""]
        for child in parent:
            if child is time_el:
                break
            parts.append(child.text_content() if isinstance(child.tag, str) else "")
            parts.append(child.tail or "")
        before = clean_space(" ".join(parts))[-LABEL_CHARS:]
    return f"{before} {clean_space(time_el.text_content())}"


def _day(time_el: HtmlElement) -> str | None:
    printed = parse_date(clean_space(time_el.text_content()))
    return printed or iso_day(time_el.get("datetime"))


def headline_date(tree: HtmlElement) -> str | None:
    """The publication day (YYYY-MM-DD) printed in a ``<time>`` element just after the headline, if any."""
    h1 = _headline(tree)
    if h1 is None:
        return None
    seen = 0
    after = False
    for el in tree.iter():
        if el is h1:
            after = True
            continue
        if not after or not isinstance(el.tag, str) or el.tag in _SKIP:
            continue
        if el.tag == "time" and el.get("datetime"):
            if not data_search("html_date_update_labels.txt", _label(el)):
                day = _day(el)
                if day:
                    return day
        seen += len((el.text or "").strip())
        if seen > WINDOW_CHARS:
            return None
    return None
