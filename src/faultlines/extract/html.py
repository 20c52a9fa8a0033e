"""Article extraction from HTML pages: trafilatura for the body, our own rules around it.

The page is parsed once. Its self-description (meta tags, JSON-LD, h1) is read first; then chrome blocks
(related stories, most-read lists, newsletter boxes, share bars, captions and credits) are cut out of the
tree; trafilatura extracts the body from what is left, in precision mode; a last pass drops chrome lines
that leak through. Title, dek, authors, date, sections, site and language are chosen from the page's
metadata by agreement (see :mod:`faultlines.extract.titles`).
"""

from __future__ import annotations

import logging
import re
from urllib.parse import urljoin, urlsplit

import lxml.html
from htmldate import find_date
from lxml.html import HtmlElement
from trafilatura import bare_extraction
from trafilatura.settings import set_date_params

from faultlines.extract.bylines import (
    author_meta_labels,
    author_meta_names,
    class_bylines,
    clean_author,
    merge_authors,
    page_bylines,
    printed_co_authors,
    weak_bylines,
    without_outlets,
)
from faultlines.extract.chrome import strip_chrome
from faultlines.extract.dates import iso_day, settle_day_month
from faultlines.extract.headline_date import headline_date
from faultlines.extract.language import detect_language
from faultlines.extract.metadata import PageMeta, clean_space, ld_names, ld_text, read_page_meta
from faultlines.extract.paragraphs import Body, body_paragraphs, without_bylines
from faultlines.extract.titles import (
    choose_title,
    containment,
    is_site_name,
    similarity,
    site_from_title,
    site_keys,
    strip_site_name,
)
from faultlines.extract.unprinted_authors import (
    copyright_holder,
    feed_title,
    personal_site_owner,
    script_author,
)
from faultlines.model import Article, FaultlinesError, Page

try:
    from faultlines.extract.provenance import find_republished_from
except ImportError:  # pragma: no cover
    find_republished_from = None  # type: ignore[assignment]

# trafilatura and htmldate log a warning for every page they give up on; the caller reports that once
for _library in ("trafilatura", "htmldate"):
    logging.getLogger(_library).addHandler(logging.NullHandler())

MAX_HTML_CHARS = 20_000_000
PROSE_RUN_CHARS = 80
MIN_BODY_WORDS = 6  # less is a menu's last word, not an article
RESCUE_MIN_CHARS = 400  # a page with this much prose...
RESCUE_SHARE = 0.3  # ...of which the fast pass kept less than this share is extracted again, slowly,
RESCUE_GAIN = 1.5  # and the slow pass's body is taken when it is this much longer
RESCUE_KEEP = 0.85  # and holds this share of the fast pass's words,
RESCUE_MAX_DATA = 1 / 500  # but not when it took a script's data: JSON's '":' this often (per character)
RESCUE_MAX_H1 = 3  # a page with this many headlines holds several stories: the rest of its prose is theirs
_WORDS = re.compile(r"\w+", re.UNICODE)
# htmldate as trafilatura's default run asks it: its extensive search (dateparser over the page's free text)
# costs more than the rest of the extraction on some pages
DATE_PARAMS = set_date_params(False)
EXTENSIVE_DATE_PARAMS = set_date_params(True)
_SECTION_SKIP = {"home", "homepage", "news", "index", "start", "главная", "accueil", "inicio", "startseite"}


def _parser() -> lxml.html.HTMLParser:
    """lxml's HTML parser with every element an :class:`HtmlElement` chosen in C: lxml.html's own lookup
    calls a Python method for each element a walk of the tree touches (it gives form controls classes of
    their own, which nothing here uses), a tenth of the extraction's time. HTML comments and processing
    instructions are left out, as trafilatura's own parser leaves them: a comment inside a paragraph
    ("<p>One <!-- x --> two</p>") makes trafilatura drop the text around it."""
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True)
    parser.set_element_class_lookup(
        lxml.etree.ElementDefaultClassLookup(
            element=HtmlElement,
            comment=lxml.html.HtmlComment,
            pi=lxml.html.HtmlProcessingInstruction,
            entity=lxml.html.HtmlEntity,
        )
    )
    return parser


_PARSER = _parser()


def parse_html(text: str, name: str = "page") -> HtmlElement:
    """The lxml tree of an HTML page; :class:`FaultlinesError` when there is none."""
    if not text or not text.strip():
        raise FaultlinesError(f"{name}: empty page")
    if len(text) > MAX_HTML_CHARS:
        raise FaultlinesError(f"{name}: page too large ({len(text)} characters)")
    if text.lstrip().startswith("<?xml"):
        text = re.sub(r"^\s*<\?xml[^>]*>", "", text)
    try:
        tree = lxml.html.document_fromstring(text, parser=_PARSER)
    except (ValueError, lxml.etree.ParserError) as exc:
        raise FaultlinesError(f"{name}: not an HTML page ({exc})") from None
    return tree


def extract_html(page: Page) -> Article:
    """The article of an HTML page (its paragraphs may be empty when the page holds no article)."""
    name = page.input.path or page.input.url or "page"
    tree = parse_html(page.text.replace("\x00", ""), name)
    meta = read_page_meta(tree)
    url = _canonical(meta, page.input.url)
    host = urlsplit(url or page.input.url or "").hostname
    site = meta.get("og:site_name", "application-name") or ld_text(meta.article_ld.get("publisher"))
    # before the chrome goes (author boxes can hold the byline), and only when the page declares no author
    people, metas, _ = _declared_authors(meta)
    declared = merge_authors(people, metas)
    keys = site_keys([site], host)
    # an author meta tag that only names the site or a login (a company blog's CMS account, "jdoe42") leaves
    # room for the person the page prints in its byline; a person in JSON-LD named as the site is a personal
    # blog's author
    only_site = (
        bool(declared)
        and not people
        and all(is_site_name(a, keys) or _login(a) for a in declared)
    )
    bylines = page_bylines(tree) if not declared or only_site else []
    if len(declared) == 1 and not only_site:
        bylines = printed_co_authors(tree, declared[0])  # the tags name the first of several printed writers
    loose = (class_bylines(tree) or weak_bylines(tree)) if not (declared or bylines) else []
    # a personal site's owner, for want of any byline (the footer goes with the chrome)
    owner, feed = (copyright_holder(tree), feed_title(tree)) if not (declared or bylines or loose) else (None, None)
    printed_date = headline_date(tree)  # before the chrome goes: the date line can sit in a share bar
    chrome = strip_chrome(tree, url)
    prose = _prose_chars(tree)
    # trafilatura's own metadata (its slowest part is the author search) only when the page declares no
    # author or no title; the date is htmldate's either way, asked as trafilatura asks it
    full = not (declared or bylines) or not choose_title(meta, keys, page.feed_title)
    doc = _trafilatura(tree, url, name, fast=True, metadata=full)
    if doc is not None and not full:
        doc.date = find_date(tree, **DATE_PARAMS, url=url)
    if prose >= RESCUE_MIN_CHARS and _text_chars(doc) < RESCUE_SHARE * prose and len(meta.h1) < RESCUE_MAX_H1:
        # the fast pass kept little of the page's prose (a guide laid out in cards, a listicle of embeds):
        # trafilatura's slower pass, which weighs other algorithms' extractions, on the same chrome-free tree
        # (trafilatura works on a copy of the tree it is given: the page needs no second parse)
        rescued = _trafilatura(tree, url, name, fast=False, metadata=True)
        if takes_rescue(doc, rescued):
            doc = rescued
    title = choose_title(meta, keys, fallback=page.feed_title or (doc.title if doc else None))
    if not site and title:
        site = site_from_title(meta.title_tag, title) or site_from_title(meta.get("og:title"), title)
        keys = site_keys([site], host)
    candidates = _authors(meta, doc, bylines, loose, keys)
    if len(candidates) == 1 and len(bylines) > 1 and candidates[0] in bylines[0]:
        candidates = bylines
    if only_site and any(not is_site_name(b, keys) and not _login(b) for b in bylines):
        candidates = bylines
    # the site's own name beside a person's is the publisher; alone, it is the byline the page gives (both
    # gold sets credit "NBC News" or a company's blog name as the author then)
    authors = without_outlets([a for a in candidates if not is_site_name(a, keys)] or candidates)
    if not authors:
        named = meta.get("og:site_name", "application-name")
        titled = site_from_title(meta.title_tag, title) if title else None
        authors = script_author(page.text) or personal_site_owner((named, titled, feed), owner)
    drop = {t for t in (title, *meta.h1, chrome.dek, chrome.kicker) if t}
    body = body_paragraphs(doc.body, chrome.captions, drop) if doc is not None else Body()
    paragraphs = without_bylines(body.paragraphs, authors)
    paragraphs = paragraphs if sum(len(p.split()) for p in paragraphs) >= MIN_BODY_WORDS else []
    dek = _dek(meta, chrome.dek, paragraphs, title, keys)
    body_text = "\n".join(paragraphs)
    return Article(
        title=title,
        dek=dek,
        authors=authors,
        published=_published(page, meta, doc, tree, printed_date),
        site=clean_space(site) if site else (host.removeprefix("www.") if host else None),
        url=url,
        language=_language(meta, body_text),
        sections=_sections(meta, title, chrome.breadcrumb, chrome.kicker),
        republished_from=_republished_from(body.republished_from, body_text, keys),
        image_credits=_unique(chrome.credits + body.credits),
        paragraphs=paragraphs,
        related=chrome.teasers,
        captions=chrome.uncredited,
        image_files=chrome.image_files,
    )


def _trafilatura(tree: HtmlElement, url: str | None, name: str, fast: bool, metadata: bool):
    """trafilatura's body (and metadata) in its balanced mode (its precision mode cuts tables, lists of links
    and closing sections of guides and blogs; our own chrome rules keep news pages clean)."""
    try:
        return bare_extraction(
            tree,
            url=url,
            with_metadata=metadata,
            favor_precision=False,
            include_comments=False,
            fast=fast,
            date_extraction_params=DATE_PARAMS,
        )
    except Exception as exc:  # trafilatura raises assorted errors on pathological markup
        raise FaultlinesError(f"{name}: extraction failed ({type(exc).__name__})") from None


_LONG_TEXTS = lxml.etree.XPath(f".//text()[string-length() >= {PROSE_RUN_CHARS}]")
_NOT_PROSE = ("script", "style", "noscript", "template")


def _prose_chars(tree: HtmlElement) -> int:
    """Characters of the page's runs of prose: text runs of sentence length outside links, scripts and styles."""
    body = tree.find("body")
    root = body if body is not None else tree
    total = 0
    for text in _LONG_TEXTS(root):  # few runs are this long: XPath finds them without a walk in Python
        owner = text.getparent()
        tag = owner.tag if owner is not None else None
        if not isinstance(tag, str) or tag in _NOT_PROSE or (tag == "a" and not text.is_tail):
            continue
        total += len(text.strip())
    tail = root.tail
    if tail and len(tail) >= PROSE_RUN_CHARS and isinstance(root.tag, str) and root.tag not in _NOT_PROSE:
        total += len(tail.strip())
    return total


def _text_chars(doc) -> int:
    return len(doc.text or "") if doc is not None else 0


def takes_rescue(fast, slow) -> bool:
    """Whether the slow pass's extraction replaces the fast pass's: much longer, holding the fast pass's
    text, and prose (however much longer: a guide whose fast pass kept only its intro gains 70 times)."""
    gain = _text_chars(slow) / max(1, _text_chars(fast))
    return gain > RESCUE_GAIN and _extends(slow, fast) and not _data_text(slow)


def _data_text(doc) -> bool:
    """Whether an extraction holds a script's data (a page's JSON state read as text), not prose."""
    text = doc.text or "" if doc is not None else ""
    return text.count('":') > RESCUE_MAX_DATA * len(text)


def _extends(longer, shorter) -> bool:
    """Whether a longer extraction holds the shorter one's text (more of the same article, not another
    block of the page picked instead)."""
    words = set(_WORDS.findall((shorter.text or "").lower())) if shorter is not None else set()
    if not words:
        return True
    found = set(_WORDS.findall((longer.text or "").lower()))
    return len(words & found) >= RESCUE_KEEP * len(words)


def _republished_from(stated: str | None, body_text: str, keys: set[str]) -> str | None:
    """Where the article first appeared: a provenance line, else a wire credit that is not the site itself."""
    source = stated or (find_republished_from(body_text) if find_republished_from and body_text else None)
    if source and is_site_name(source, keys):
        return None
    return source


def _unique(items: list[str]) -> list[str]:
    seen: set[str] = set()
    return [x for x in items if not (x.lower() in seen or seen.add(x.lower()))]


def _canonical(meta: PageMeta, given: str | None) -> str | None:
    for candidate in (meta.canonical, meta.get("og:url"), ld_text(meta.article_ld.get("url"))):
        if candidate and not candidate.startswith(("javascript:", "data:")):
            absolute = urljoin(given, candidate) if given else candidate
            if absolute.startswith(("http://", "https://")):
                return absolute
    return given


def _declared_authors(meta: PageMeta) -> tuple[list[str], list[str], list[str]]:
    """(people named in JSON-LD, author meta tags, organisations named in JSON-LD)."""
    value = meta.article_ld.get("author") if meta.article_ld else None
    # a "person" whose name starts with a comma (", USA TODAY") is a template's "{name}, {publisher}" left
    # without its name: the publisher, not a person; the page's printed byline may still name the writer
    people = [n for n in ld_names(value, organisations=False) if not n.startswith(("http", ","))]
    organisations = [
        n.lstrip(", ") for n in ld_names(value) if n not in people and not n.startswith("http") and n.lstrip(", ")
    ]
    if not value and meta.article_ld:
        # the people named as "creator" where the JSON-LD names no author (schema.org's wider term for who
        # made the work; an organisation named so is the site, not a byline)
        creator = meta.article_ld.get("creator")
        people = [n for n in ld_names(creator, organisations=False) if not n.startswith(("http", ","))]
    metas = _author_metas(meta)
    # JSON-LD that credits the writer and the contributors (an editor, a photographer) beside an author tag
    # that names only some of them: the tag gives the byline
    named, tagged = merge_authors(people), {a.lower() for a in merge_authors(metas)}
    if len(named) > 1 and tagged and tagged < {a.lower() for a in named}:
        people = [a for a in named if a.lower() in tagged]
    return people, metas, organisations


def _author_metas(meta: PageMeta) -> list[str]:
    """The values of the first author meta tag that names anyone (the plain ``author`` tags first; the
    analytics tags repeat them, as slugs at times), else a "Written by" twitter label's name."""
    for name in author_meta_names():
        values = [m for m in meta.meta_all.get(name, []) if not m.startswith("http") and not _credits_list(m)]
        if name == "author":
            values += [m for m in meta.meta_all.get("article:author", []) if not m.startswith("http")]
        if values:
            return values
    return _labelled_twitter_author(meta)


_ROLE_LABEL = re.compile(r"(?:^|[,;|]\s*)[^\W\d_]+:\s")


def _credits_list(value: str) -> bool:
    """An author tag that lists the site's makers by role ("content: Site, design: Jane Roe, code: John
    Doe"): the credits of the site, not the article's byline."""
    return len(_ROLE_LABEL.findall(value)) >= 2


def _login(name: str) -> bool:
    """A CMS account name rather than a person's ("jdoe42", "kffnirmitap"): one lower-case word."""
    return " " not in name and name == name.lower() and len(name) >= 4 and name.isalnum()


def _labelled_twitter_author(meta: PageMeta) -> list[str]:
    """The name in a ``twitter:dataN`` tag whose ``twitter:labelN`` reads "Written by" (or "Author")."""
    labels = author_meta_labels()
    names = []
    for i in range(1, 5):
        label = (meta.meta.get(f"twitter:label{i}") or "").strip().lower()
        if label and labels.fullmatch(label) and meta.meta.get(f"twitter:data{i}"):
            names.append(meta.meta[f"twitter:data{i}"])
    return names


def _authors(meta: PageMeta, doc, bylines: list[str], loose: list[str], keys: set[str]) -> list[str]:
    """Person names from JSON-LD, then meta tags, then the page's byline markup, then trafilatura's byline
    search, then an element whose class names an author; organisations last. trafilatura's pick gives way to
    the element whose class names an author when it only names the site or the publisher (it reads the
    JSON-LD author too)."""
    people, metas, organisations = _declared_authors(meta)
    traf = (doc.author or "").split(";") if doc is not None and doc.author else []
    publisher = ld_names(meta.article_ld.get("publisher"))
    publishers = {a.lower() for a in merge_authors(organisations) + merge_authors(publisher)}
    if loose and traf and all(is_site_name(a, keys) or a.lower() in publishers for a in merge_authors(traf)):
        traf = []
    return merge_authors(people, metas, bylines, traf, loose, organisations)


def _published(
    page: Page, meta: PageMeta, doc, tree: HtmlElement, printed: str | None = None
) -> str | None:
    # the date printed under the headline, then htmldate (through trafilatura), which weighs every date on
    # the page and beats any single meta tag
    for value in (
        page.feed_published,
        printed,
        settle_day_month(iso_day(doc.date), page.text) if doc is not None else None,
        ld_text(meta.article_ld.get("datePublished")) if meta.article_ld else None,
        meta.get("article:published_time", "og:published_time", "datepublished", "publishdate", "pubdate"),
    ):
        day = iso_day(value)
        if day:
            return day
    # nothing dated the page so far: htmldate's extensive search (dates in the text and the URL) over the
    # article's page without its chrome (what the chrome rules cut also holds the dates of other stories),
    # then over the whole page as it came (the date line may sit in a share bar the chrome rules strip)
    for source in (tree, page.text):
        try:
            day = iso_day(find_date(source, **EXTENSIVE_DATE_PARAMS, url=page.input.url))
        except Exception:  # htmldate raises assorted errors on pathological markup
            day = None
        if day:
            return day
    return None


def _dek(
    meta: PageMeta, standfirst: str | None, paragraphs: list[str], title: str | None, keys: set[str]
) -> str | None:
    """The standfirst shown under the headline, else the page's description, unless either merely repeats
    the title or the opening paragraph."""
    candidates = [standfirst, meta.get("og:description", "twitter:description", "description")]
    if meta.article_ld:
        candidates.append(ld_text(meta.article_ld.get("description")))
    for raw in candidates:
        if raw and _is_dek(strip_site_name(clean_space(raw), keys), paragraphs, title):
            return strip_site_name(clean_space(raw), keys)
    return None


def _is_dek(dek: str, paragraphs: list[str], title: str | None) -> bool:
    if len(dek.split()) < 4 or (title and similarity(dek, title) > 0.8):
        return False
    probe = dek.rstrip(".… ").removesuffix("...")[:80]
    for paragraph in paragraphs[:2]:
        if paragraph.startswith(probe):
            return False
        # a description cut from the lead paragraph: nearly all its words, and a good part of the paragraph
        if containment(dek, paragraph) > 0.9 and len(dek.split()) >= 0.6 * len(paragraph.split()):
            return False
    return True


def _language(meta: PageMeta, body: str) -> str | None:
    detected = detect_language(body)
    if detected:
        return detected
    if meta.lang:
        code = meta.lang.split("-")[0].split("_")[0].lower()
        if 2 <= len(code) <= 3 and code.isalpha():
            return code
    return None


def _sections(
    meta: PageMeta, title: str | None, breadcrumb: list[str], kicker: str | None = None
) -> list[str]:
    """The page's sections: its metadata and breadcrumb, else the kicker over the headline."""
    found: list[str] = []
    seen: set[str] = set()

    def add(value: str | None) -> None:
        value = clean_space(value)
        key = value.lower()
        if not value or key in seen or key in _SECTION_SKIP or len(value) > 60:
            return
        if title and (key == title.lower() or similarity(value, title) > 0.7 and len(value.split()) > 3):
            return
        seen.add(key)
        found.append(value)

    for value in meta.meta_all.get("article:section", []):
        add(value)
    section_ld = meta.article_ld.get("articleSection") if meta.article_ld else None
    for value in section_ld if isinstance(section_ld, list) else [section_ld]:
        if isinstance(value, str):
            for part in value.split(","):
                add(part)
    for value in meta.breadcrumb_ld or breadcrumb:
        add(value)
    if not found:
        add(kicker)
    return found[:6]


__all__ = ["extract_html", "parse_html", "clean_author"]
