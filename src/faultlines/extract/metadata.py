"""What a page says about itself: meta tags, JSON-LD, headings, canonical link, breadcrumbs.

:func:`read_page_meta` walks the parsed tree once for the cheap signals the extractor needs; it never
raises on odd markup (broken JSON-LD is skipped).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from lxml.html import HtmlElement

ARTICLE_TYPES = {
    "article",
    "newsarticle",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "backgroundnewsarticle",
    "reviewnewsarticle",
    "blogposting",
    "socialmediaposting",
    "liveblogposting",
    "scholarlyarticle",
    "techarticle",
    "report",
    "webpage",
    "creativework",
    "medicalwebpage",
}
ORGANISATION_TYPES = {"organization", "newsmediaorganization", "corporation", "organisation"}
_SPACE = re.compile(r"\s+")


def clean_space(text: str | None) -> str:
    return _SPACE.sub(" ", text or "").strip()


@dataclass
class PageMeta:
    """The self-description of one page."""

    meta: dict[str, str] = field(default_factory=dict)  # first value per lower-cased property/name
    meta_all: dict[str, list[str]] = field(default_factory=dict)  # every value (authors, sections, tags)
    article_ld: dict[str, Any] = field(default_factory=dict)  # the JSON-LD object describing the article
    breadcrumb_ld: list[str] = field(default_factory=list)
    h1: list[str] = field(default_factory=list)
    title_tag: str = ""
    canonical: str | None = None
    lang: str | None = None

    def get(self, *names: str) -> str | None:
        for name in names:
            value = self.meta.get(name)
            if value:
                return value
        return None


def _ld_objects(data: Any) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    stack = [data]
    while stack and len(out) < 200:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            out.append(item)
            if "@graph" in item:
                stack.append(item["@graph"])
            main = item.get("mainEntity")
            if isinstance(main, dict | list):
                stack.append(main)
    return out


def _types(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.lower() for k in kinds if isinstance(k, str)}


def _breadcrumb(obj: dict[str, Any]) -> list[str]:
    items = obj.get("itemListElement")
    names: list[str] = []
    if not isinstance(items, list):
        return names
    for entry in items:
        if not isinstance(entry, dict):
            continue
        name = entry.get("name")
        if not name and isinstance(entry.get("item"), dict):
            name = entry["item"].get("name")
        if isinstance(name, str) and clean_space(name):
            names.append(clean_space(name))
    return names


def read_page_meta(tree: HtmlElement) -> PageMeta:
    """Collect meta tags, the article's JSON-LD, h1 headings, <title>, canonical URL and language."""
    page = PageMeta()
    lang = tree.get("lang") or tree.get("xml:lang")
    page.lang = lang.strip() if lang else None
    for el in tree.iter("meta", "link", "title", "h1", "script"):
        tag = el.tag
        if tag == "meta":
            key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
            value = clean_space(el.get("content"))
            if key and value:
                page.meta.setdefault(key, value)
                page.meta_all.setdefault(key, []).append(value)
        elif tag == "link":
            if page.canonical is None and "canonical" in (el.get("rel") or "").lower().split():
                page.canonical = (el.get("href") or "").strip() or None
        elif tag == "title":
            parent = el.getparent()
            in_head = parent is not None and parent.tag == "head"
            if in_head or not page.title_tag:  # an <svg> <title> is an icon's name, not the page's
                title = clean_space(el.text_content())
                if title and (in_head or not page.title_tag):
                    page.title_tag = title
        elif tag == "h1":
            text = clean_space(el.text_content())
            if text and len(text) < 400 and not is_logo(el):
                page.h1.append(text)
        elif tag == "script" and (el.get("type") or "").lower() == "application/ld+json":
            _read_ld(page, el.text or "")
    return page


_LOGO = re.compile(
    r"(?:^|[\s_-])(?:logo|branding|site[-_]?title|site[-_]?name|navbar[-_]brand)(?:[\s_-]|$)", re.I
)


def is_logo(el: HtmlElement) -> bool:
    """An h1 that is the site's name in the page header (inside a home link or a logo/brand block)."""
    for depth, node in enumerate(el.iterancestors()):
        if depth >= 3:
            break
        if node.tag == "a" and (node.get("href") or "").strip() in ("/", "./", "#"):
            return True
        if _LOGO.search(f"{node.get('class') or ''} {node.get('id') or ''}"):
            return True
    return _LOGO.search(f"{el.get('class') or ''} {el.get('id') or ''}") is not None


def _read_ld(page: PageMeta, raw: str) -> None:
    try:
        data = json.loads(raw, strict=False)
    except ValueError:
        return
    for obj in _ld_objects(data):
        kinds = _types(obj)
        if "breadcrumblist" in kinds and not page.breadcrumb_ld:
            page.breadcrumb_ld = _breadcrumb(obj)
        elif kinds & ARTICLE_TYPES:
            if _rank(obj, kinds) > _rank(page.article_ld, _types(page.article_ld)):
                page.article_ld = obj
            if isinstance(obj.get("breadcrumb"), dict) and not page.breadcrumb_ld:
                page.breadcrumb_ld = _breadcrumb(obj["breadcrumb"])


def _rank(obj: dict[str, Any], kinds: set[str]) -> int:
    """How surely a JSON-LD object describes the article: a real article type, then one with a headline."""
    if not obj:
        return 0
    specific = bool(kinds - {"webpage", "creativework", "medicalwebpage"})
    return 1 + 2 * specific + bool(obj.get("headline"))


def ld_text(value: Any) -> str | None:
    """A JSON-LD value as one clean string (first of a list, ``name`` of an object)."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value")
    if isinstance(value, str):
        text = clean_space(value)
        return text or None
    return None


def ld_names(value: Any, organisations: bool = True) -> list[str]:
    """Every name in a JSON-LD person/organisation value (a string, object or list of them).

    With ``organisations=False`` objects typed as an organisation are left out.
    """
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items:
        if not organisations and isinstance(item, dict) and _types(item) & ORGANISATION_TYPES:
            continue
        text = ld_text(item)
        if text:
            names.append(text)
    return names
