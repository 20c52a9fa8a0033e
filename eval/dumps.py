"""Plain-text page dumps rendered from HTML, and the segmenter's body F1 on them.

:func:`render_dump` turns an HTML page into the kind of text a browser's "select all, copy" or a scraper's
``innerText`` gives: block elements on their own lines, blank lines between paragraphs and headings, every
navigation list, menu, share button, footer and related-story block kept, scripts and styles dropped, and
image alt texts or file names here and there. The NAEB pages rendered this way are realistic dumps to develop
and score :func:`faultlines.extract.textdump.extract_text_dump` on.

Usage: ``python eval/dumps.py [--set naeb|wcxb] [--style innertext|reader|wrapped] [--limit N] [--show-worst K]``
"""

from __future__ import annotations

import argparse
import re
import sys
import textwrap
import zlib
from pathlib import Path

import lxml.html
from lxml import etree

if __package__ in (None, ""):  # run as a script
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from eval.common import NAEB, WCXB, macro_f1, naeb_pages, precision_recall, require_shared, wcxb_pages

_DROP = {
    "script",
    "style",
    "noscript",
    "template",
    "head",
    "title",
    "meta",
    "link",
    "iframe",
    "object",
    "embed",
    "canvas",
    "svg",
    "math",
    "video",
    "audio",
    "source",
    "picture_source",
    "select",
    "option",
}
# innerText puts two line breaks around these and one around other block boxes.
_PARAGRAPH = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "figure", "pre", "table", "hr"}
_BLOCK = {
    "address",
    "article",
    "aside",
    "body",
    "center",
    "dd",
    "details",
    "dialog",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "footer",
    "form",
    "header",
    "hgroup",
    "html",
    "li",
    "main",
    "menu",
    "nav",
    "ol",
    "section",
    "summary",
    "tbody",
    "thead",
    "tfoot",
    "tr",
    "ul",
    "caption",
    "legend",
    "label_block",
}
_CELL = {"td", "th"}
# what a reader view or a "copy the article area" leaves out: menus, headers (not the article's own, with its
# headline), footers, sidebars, forms
_CHROME_TAGS = {"nav", "header", "footer", "aside", "form", "dialog"}
STYLES = ("innertext", "reader", "wrapped")
WRAP_WIDTH = 76
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_SPACE = re.compile(r"[ \t\r\n\f\v\u00a0]+")


class _Writer:
    """Collects text and line-break requests the way innerText does (breaks collapse, never lead or trail)."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pending = 0  # line breaks requested since the last text

    def text(self, value: str) -> None:
        value = _SPACE.sub(" ", value)
        if not value.strip():
            if value and self.parts and not self.pending and not self.parts[-1].endswith(" "):
                self.parts.append(" ")
            return
        if self.pending and self.parts:
            self.parts.append("\n" * self.pending)
        elif self.parts and self.parts[-1].endswith(" ") and value.startswith(" "):
            value = value.lstrip()
        if self.pending:
            value = value.lstrip()
        self.pending = 0
        self.parts.append(value)

    def newline(self, count: int = 1) -> None:
        self.pending = max(self.pending, count)

    def hard_break(self) -> None:
        if self.parts:
            self.parts.append("\n")

    def result(self, single_breaks: bool = False, wrap: int | None = None) -> str:
        lines = [line.strip() for line in "".join(self.parts).split("\n")]
        if single_breaks:
            lines = [line for line in lines if line]
        if wrap:
            lines = [part for line in lines for part in (textwrap.wrap(line, wrap) or [""])]
        out = "\n".join(lines)
        return re.sub(r"\n{3,}", "\n\n", out).strip() + "\n"


def _hidden(el: etree._Element) -> bool:
    if el.get("hidden") is not None or el.get("aria-hidden") == "true" and el.tag not in ("a", "span"):
        return True
    style = el.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


def _reveal_streamed(root: etree._Element) -> None:
    """Put the parts a streaming server render sends late back where the page's script puts them.

    React's streaming render sends a placeholder (``<template id="B:0">`` inside a ``<!--$?-->`` … ``<!--/$-->``
    boundary, followed by a fallback such as a spinner) and, further down, the real content in a hidden
    ``<div hidden id="S:0">``; a script then swaps them. A browser's copy is made after the swap, so the
    content stands where the placeholder was and the fallback is gone; with no placeholder it stays in place,
    shown.
    """
    for late in root.xpath('//div[@hidden][starts-with(@id, "S:")]'):
        holder = root.xpath(f'//template[@id="B:{late.get("id")[2:]}"]')
        if late.getparent() is None or not holder or holder[0].getparent() is None:
            late.attrib.pop("hidden", None)
            continue
        template = holder[0]
        for sibling in _fallback(template):
            _remove_keep_tail(sibling)
        parent = template.getparent()
        index = parent.index(template)
        if late.text:
            _append_text_before(template, late.text)
        for offset, child in enumerate(list(late)):
            parent.insert(index + offset, child)
        _remove_keep_tail(template)
        _remove_keep_tail(late)


def _fallback(template: etree._Element) -> list[etree._Element]:
    """The siblings after a placeholder up to its boundary's closing ``<!--/$-->`` (none if it is not found)."""
    found = []
    for sibling in template.itersiblings():
        if not isinstance(sibling.tag, str) and (sibling.text or "").strip() == "/$":
            return found
        found.append(sibling)
    return []


def _remove_keep_tail(el: etree._Element) -> None:
    if el.tail:
        _append_text_before(el, el.tail)
    el.getparent().remove(el)


def _append_text_before(el: etree._Element, text: str) -> None:
    """Add text where ``el`` stands, to its previous sibling's tail or its parent's text."""
    previous = el.getprevious()
    if previous is not None:
        previous.tail = (previous.tail or "") + text
    else:
        parent = el.getparent()
        parent.text = (parent.text or "") + text


def _image_line(el: etree._Element) -> str | None:
    """The alt text of an image, or (for some images, as scrapers often show) its file name."""
    alt = (el.get("alt") or "").strip()
    src = el.get("src") or el.get("data-src") or ""
    stem = Path(src.split("?")[0]).stem
    choose = zlib.crc32(src.encode("utf-8", "replace")) % 3
    if alt and choose != 0:
        return alt
    if stem and choose == 0 and len(stem) > 6:
        return stem
    return None


def _holds_article(el: etree._Element, tag: str) -> bool:
    """Whether a reader view keeps this menu, header, footer, sidebar or form: a header with the headline, or
    one that holds most of the page's prose (a form around the whole page, a menu the markup never closes)."""
    if tag == "header" and el.find(".//h1") is not None:
        return True
    inside = _prose_length(el)
    return inside > 500 and inside > 0.5 * _prose_length(el.getroottree().getroot())


def _prose_length(el: etree._Element) -> int:
    return sum(len(text) for text in el.xpath(".//text()[not(ancestor::script or ancestor::style)]"))


def _walk(
    el: etree._Element, out: _Writer, skip: frozenset[str] = frozenset(), bullets: bool = False
) -> None:
    tag = el.tag if isinstance(el.tag, str) else None
    if tag is None:  # comment or processing instruction
        if el.tail:
            out.text(el.tail)
        return
    tag = tag.lower()
    if tag in _DROP or (tag in skip and not _holds_article(el, tag)) or _hidden(el):
        if el.tail:
            out.text(el.tail)
        return
    if tag == "br":
        out.hard_break()
    elif tag == "img":
        line = _image_line(el)
        if line:
            out.newline(1)
            out.text(line)
            out.newline(1)
    elif tag in ("input", "button") and el.get("type") in ("submit", "button") and el.get("value"):
        out.text(" " + el.get("value", "") + " ")
    breaks = 2 if tag in _PARAGRAPH else 1 if tag in _BLOCK else 0
    if breaks:
        out.newline(breaks)
    if bullets and tag == "li":
        out.text("* ")
    if el.text:
        out.text(el.text)
    for child in el:
        _walk(child, out, skip, bullets)
    if breaks:
        out.newline(breaks)
    elif tag in _CELL:
        out.text("\t")
    if el.tail:
        out.text(el.tail)


def render_dump(html: str, style: str = "innertext") -> str:
    """Render an HTML page to a plain-text dump.

    ``innertext`` (the default) is what a browser's copy or innerText gives: chrome included, a blank line
    between paragraphs. ``reader`` leaves out menus, headers, footers, sidebars and forms and puts every block
    on its own line with no blank lines (a reader view or a copy of the article area). ``wrapped`` is a
    text browser's dump (lynx, w3m): chrome included, list items bulleted, lines hard-wrapped at 76 columns.
    """
    if not html.strip():
        return ""
    try:
        parser = lxml.html.HTMLParser(encoding="utf-8")  # the text is already decoded: never guess again
        root = lxml.html.document_fromstring(html.encode("utf-8", "replace"), parser=parser)
    except (etree.ParserError, ValueError):
        return ""
    _reveal_streamed(root)
    body = root.find("body")
    out = _Writer()
    skip = frozenset(_CHROME_TAGS) if style == "reader" else frozenset()
    _walk(body if body is not None else root, out, skip, bullets=style == "wrapped")
    return out.result(single_breaks=style == "reader", wrap=WRAP_WIDTH if style == "wrapped" else None)


def _normalise_title(title: str) -> str:
    title = title.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return _SPACE.sub(" ", title).strip().lower()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="score only the first N pages")
    parser.add_argument("--show-worst", type=int, default=0, metavar="K", help="list the K worst pages")
    parser.add_argument("--ids", nargs="*", default=None, help="score only these page ids")
    parser.add_argument("--set", choices=("naeb", "wcxb"), default="naeb", help="which pages")
    parser.add_argument("--half", choices=("dev", "test"), default=None, help="one half of WCXB")
    parser.add_argument("--style", choices=STYLES, default="innertext", help="how the dumps are rendered")
    args = parser.parse_args(argv)
    require_shared(NAEB if args.set == "naeb" else WCXB)
    pages = naeb_pages(args.limit) if args.set == "naeb" else wcxb_pages(args.limit, half=args.half)

    from faultlines.extract.textdump import extract_text_dump
    from faultlines.model import Input, Page

    ours: list[tuple[float, float]] = []
    whole: list[tuple[float, float]] = []
    titles = 0
    authors = with_authors = 0
    scored: list[tuple[float, str, float, float]] = []
    for item in pages:
        if args.ids and item.id not in args.ids:
            continue
        dump = render_dump(item.html, args.style)
        article = extract_text_dump(Page(input=Input(path=item.id, kind="text"), text=dump))
        p, r = precision_recall(article.body, item.body)
        ours.append((p, r))
        whole.append(precision_recall(dump, item.body))
        titles += _normalise_title(article.title or "") == _normalise_title(item.title)
        if item.authors:
            with_authors += 1
            authors += {a.lower() for a in article.authors} == {a.lower() for a in item.authors}
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        scored.append((f1, item.id, p, r))
    if not ours:
        print("no pages")
        return 0
    for name, pairs in (("segmenter", ours), ("whole dump", whole)):
        p, r, f1 = macro_f1(pairs)
        print(f"{name:<11} body P {p:.3f}  R {r:.3f}  F1 {f1:.3f}")
    print(f"title accuracy (exact, normalised) {titles / len(ours):.3f} over {len(ours)} pages")
    if with_authors:
        print(f"authors (set match) {authors / with_authors:.3f} over {with_authors} pages with gold authors")
    for f1, page_id, p, r in sorted(scored)[: args.show_worst]:
        print(f"  {page_id}  F1 {f1:.3f}  P {p:.3f}  R {r:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
