"""Author names out of bylines, meta tags and JSON-LD: "By Jane Roe and John Doe, Reuters" → two names."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from lxml import etree

from faultlines.extract.datafiles import data_lines, data_regex

_SPLIT = re.compile(r"\s*(?:;|,|&|\||•|·|\band\b|\bund\b|\bet\b|\by\b|\bи\b)\s*", re.I)
_URLISH = re.compile(r"https?://|www\.|\.(?:com|org|net)\b|@", re.I)
# a company named by its domain ("AccountingDepartment.com"): a name, not a link
_DOMAIN_NAME = re.compile(r"[^\W\d_][\w-]*\.(?:com|org|net|io|co)")
MAX_NAME_WORDS = 5


@cache
def author_meta_names() -> tuple[str, ...]:
    """The meta tags that name the article's author (``data/extract/html_author_metas.txt``)."""
    return tuple(line for line in data_lines("html_author_metas.txt") if not line.startswith("@label "))


@cache
def author_meta_labels() -> re.Pattern[str]:
    """The ``twitter:labelN`` texts whose ``twitter:dataN`` is the author's name ("Written by")."""
    labels = [line.removeprefix("@label ") for line in data_lines("html_author_metas.txt") if line.startswith("@label ")]
    return re.compile("|".join(f"(?:{label})" for label in labels), re.I)


def clean_author(raw: str) -> list[str]:
    """The person names in one byline or author string (at most a handful)."""
    text = re.sub(r"\s+", " ", html.unescape(raw or "")).strip()  # "Maria &amp; Katerina" escaped twice
    if not text or _URLISH.search(text) and " " not in text and not _DOMAIN_NAME.fullmatch(text):
        return []
    affixes = data_regex("html_byline_prefixes.txt")
    for _ in range(3):
        stripped = affixes.sub("", text).strip(" ,|-–—:").lstrip(".")
        if stripped == text:
            break
        text = stripped
    names = []
    for part in _SPLIT.split(text):
        part = _drop_avatar_initials(_trim(part))
        if not part or _URLISH.search(part) and not _DOMAIN_NAME.fullmatch(part) or len(part.split()) > MAX_NAME_WORDS:
            continue
        if not any(c.isalpha() for c in part) or data_regex("html_not_authors.txt").fullmatch(part):
            continue
        names.append(part)
    return names


def _trim(part: str) -> str:
    """A name without the punctuation around it; the period of an abbreviation at its end stays ("Ph.D.",
    "John Garcia Jr.", "Jeff T."), that of a sentence goes ("... said Ben Edwards.")."""
    part = part.strip(" ,-–—:").lstrip(".")
    bare = part.rstrip(". ")
    last = bare.rsplit(" ", 1)[-1]
    if part.endswith(".") and bare and ("." in last or (len(last) <= 2 and last[:1].isupper())):
        return bare + "."
    return bare


def _drop_avatar_initials(name: str) -> str:
    """A name printed after its avatar's initials ("CM Craig McCarthy") without them."""
    first, _, rest = name.partition(" ")
    words = rest.split()
    if 2 <= len(first) <= 3 and first.isupper() and first.isalpha() and len(words) >= len(first):
        if first == "".join(w[0] for w in words[: len(first)]).upper():
            return rest
    return name


def merge_authors(*sources: Iterable[str]) -> list[str]:
    """Names from the first source that yields any, deduplicated case-insensitively, in order."""
    for source in sources:
        names: list[str] = []
        seen: set[str] = set()
        for raw in source:
            for name in clean_author(raw):
                key = name.lower()
                if key not in seen:
                    seen.add(key)
                    names.append(name)
        if names:
            return names[:10]
    return []


# Where pages print their bylines, most specific first, with how many of the matching elements to read:
# loose markup (a link to an author page) also marks the teasers of other stories further down the page.
_BYLINE_XPATHS = (
    ('//*[@itemprop="author"]//*[@itemprop="name"]', 4),
    ('//*[@itemprop="author"]', 4),
    ('//a[@rel="author"]', 2),
    (
        '//*[contains(concat(" ", normalize-space(@class), " "), " byline ")'
        ' or contains(@class, "byline__") or contains(@class, "article-byline")'
        ' or contains(@class, "author-name") or contains(@class, "byline-name")]',
        1,
    ),
    ('//a[contains(@href, "/author/") or contains(@href, "/authors/")]', 1),
)
_PERSON = re.compile(r"^(?:[^\W\d_][\w.'’-]*)(?:\s+[^\W\d_][\w.'’-]*){1,3}$")
MAX_BYLINE_CHARS = 120


@cache
def _name_particles() -> frozenset[str]:
    return frozenset(data_lines("html_name_particles.txt"))


def looks_like_person(name: str) -> bool:
    """Two to four words, each but one starting with a capital letter or a name's particle, no digits ("Jana
    Oberlin", "Ana de Souza", "Marna van der Merwe")."""
    if not _PERSON.match(name):
        return False
    words = name.split()
    particles = _name_particles()
    return sum(w[0].isupper() for w in words) >= 2 and sum(
        w[0].isupper() or w in particles for w in words
    ) >= len(words) - 1


@cache
def _writer_page_links() -> etree.XPath:
    """Links to a writer's page by the path segments in ``data/extract/html_author_paths.txt``
    ("/contributors/jane-roe", "/staff/jane-roe")."""
    tests = " or ".join(f'contains(@href, "/{segment}/")' for segment in data_lines("html_author_paths.txt"))
    return etree.XPath(f"//body//a[{tests}]")


LINK_SCAN = 12
_CHROME_HOLDERS = ("nav", "header", "footer", "aside")


def linked_bylines(tree) -> list[str]:
    """The person named by the first link to a writer's page outside the site's menus, header and footer,
    for pages with no byline markup or label (a link's path is a weaker sign than a byline's class: a
    photographer's page or a menu's "Our People" link are linked alike)."""
    for link in _writer_page_links()(tree)[:LINK_SCAN]:
        text = re.sub(r"\s+", " ", link.text_content()).strip()
        if not text or len(text) > MAX_BYLINE_CHARS or _in_chrome(link):
            continue
        names = [n for n in clean_author(text) if looks_like_person(n) and _names_writer(link, n)]
        if names:
            return names[:1]
    return []


def _names_writer(link, name: str) -> bool:
    """Whether a link's text is a writer's name: its address spells the name ("/staff/jane-roe") or it opens
    with a common given name (a "/people/" link reading "Board Members" is a page of the site)."""
    slug = link.get("href", "").rstrip("/").rsplit("/", 1)[-1].lower()
    return re.split(r"[-_+]|%20", slug) == name.lower().replace(".", "").split() or _given(name)


def _in_chrome(el) -> bool:
    return any(
        a.tag in _CHROME_HOLDERS or a.tag in ("ul", "li") and "menu" in (a.get("class") or "").lower()
        for a in el.iterancestors()
    )


def page_bylines(tree) -> list[str]:
    """Author names printed on the page: the first kind of byline markup that yields person names."""
    for xpath, count in _BYLINE_XPATHS:
        names: list[str] = []
        yielding = 0
        story = None  # the <article> of the first byline: one in another <article> is another story's
        for el in tree.xpath(xpath)[:12]:
            text = re.sub(r"\s+", " ", el.text_content()).strip() or _content_attribute(el)
            if not text or len(text) > MAX_BYLINE_CHARS:
                continue
            found = [n for n in clean_author(text) if looks_like_person(n) and n not in names]
            if found:
                own = next(el.iterancestors("article"), None)
                if yielding and own is not story:
                    continue
                story = own
                names.extend(found)
                yielding += 1
                if yielding >= count:
                    break
        if names:
            return names[:4]
    return labelled_bylines(tree) or slug_bylines(tree)


def weak_bylines(tree) -> list[str]:
    """The writer named by the weakest signs, for pages where no byline markup, label or element whose class
    names an author names anyone: a link to a contributor's or staff page, a name beside the date."""
    return linked_bylines(tree) or dated_bylines(tree)


_UNDER_HEADLINE = etree.XPath("(//body//h1)[1]/following::text()[normalize-space()][position() <= 30]")
_DATE_SEPARATOR = re.compile(r"\s+[|·•—–-]\s+|\s*[|·•]\s*")
MAX_DATED_LINE = 80


@cache
def _given_names() -> frozenset[str]:
    """Common given names (``data/quotes/first_names.txt``, shared with the quote attribution)."""
    path = Path(__file__).resolve().parent.parent / "data" / "quotes" / "first_names.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.split("\t")[0].strip() for line in lines if line.strip() and not line.startswith("#"))


def _given(name: str) -> bool:
    """Whether a name opens with a common given name ("Jane Roe", not "Reading Time" or "Small Towns")."""
    return name.split()[0].lower() in _given_names()


def dated_bylines(tree) -> list[str]:
    """The writer named beside the date under the headline, with no byline word or markup around the name
    ("Jane Roe — March 3, 2025", "<span>Jane Roe</span> | <span>Mar 3, 2025</span>"): a short line of one
    person's name, opening with a common given name (the weakest sign of a byline), and dates only."""
    from faultlines.extract.textdump_lines import parse_date

    for run in _UNDER_HEADLINE(tree):
        owner = run.getparent()
        holder = owner.getparent() if run.is_tail else owner
        for el in (holder, holder.getparent() if holder is not None else None):
            if el is None or not isinstance(el.tag, str) or el.tag in ("body", "html"):
                break
            text = re.sub(r"\s+", " ", el.text_content()).strip()
            if len(text) > MAX_DATED_LINE:
                break
            parts = [p for p in _DATE_SEPARATOR.split(text) if p]
            people = [p for p in parts if not parse_date(p)]
            if len(parts) >= 2 and len(people) == 1 and looks_like_person(people[0]) and _given(people[0]):
                names = [n for n in clean_author(people[0]) if looks_like_person(n)]
                if names and not _in_menu(run):
                    return names[:1]
    return []


def _content_attribute(el) -> str:
    """The name microdata gives in a ``content`` attribute rather than as text (``<span itemprop="author">
    <meta itemprop="name" content="Jane Roe"></span>``)."""
    for holder in (el, *el.iterdescendants("meta")):
        content = (holder.get("content") or "").strip()
        if content:
            return re.sub(r"\s+", " ", content)
    return ""


_AUTHOR_SLUG = re.compile(r"/(?:author|authors|writers?|team|people|profile)/([^/?#]+)/?(?:[?#].*)?$", re.I)
SLUG_LINKS = 3


def slug_bylines(tree) -> list[str]:
    """The writer a link to an author page names in its address, where its text does not ("Articles by
    Jane", an avatar): "/authors/jane-roe" gives the name printed on the page as "Jane Roe"."""
    slugs = []
    for href in tree.xpath('//body//a[contains(@href, "/author") or contains(@href, "/writer")]/@href'):
        match = _AUTHOR_SLUG.search(href.strip())
        words = re.split(r"[-_+]|%20", match.group(1)) if match else []
        if 2 <= len(words) <= 4 and all(w.isalpha() for w in words):
            slugs.append(" ".join(words).lower())
        if len(slugs) >= SLUG_LINKS:
            break
    if not slugs:
        return []
    for text in tree.xpath("//body//text()")[:LABEL_SCAN]:
        text = re.sub(r"\s+", " ", text).strip()
        if len(text) <= MAX_BYLINE_CHARS and text.lower().replace(".", "") in slugs and looks_like_person(text):
            return [text]
    return []


# an element whose class names an author ("publish-date-author", "dateAndAuthorContainer"): such classes also
# mark author boxes, bios and the bylines of other stories, so only the first that names a person counts
_AUTHOR_CLASS = '//body//*[contains(translate(@class, "AUTHOR", "author"), "author")][not(self::a)]'
AUTHOR_CLASS_SCAN = 12
_BOX_HEADINGS = ".//*[self::h2 or self::h3 or self::h4 or self::h5 or self::h6]"
BOX_HEADINGS = 2  # "About the author", then the name


def class_bylines(tree) -> list[str]:
    """The person named in the first element whose class names an author, its pieces of text read apart
    ("<span>Dec 17, 2025</span><span>Jane Roe</span>"), for pages with no byline markup of a known kind."""
    for el in tree.xpath(_AUTHOR_CLASS)[:AUTHOR_CLASS_SCAN]:
        pieces = [re.sub(r"\s+", " ", t).strip() for t in el.itertext()]
        if not any(pieces):
            continue
        if sum(len(p) for p in pieces) > MAX_BYLINE_CHARS:
            # an author box with a bio: the name is its heading ("<h4>Jane Roe</h4><p>Jane writes ...</p>")
            for heading in el.xpath(_BOX_HEADINGS)[:BOX_HEADINGS]:
                names = [n for n in clean_author(heading.text_content()) if looks_like_person(n)]
                if names:
                    return names[:1]
            continue
        # the whole line first ("Dec. 19, 2025 · Jane Roe on behalf of <a>the team</a>"), then its pieces
        names = [n for n in clean_author(" ".join(pieces)) if looks_like_person(n)]
        names = names or [n for p in pieces for n in clean_author(p) if looks_like_person(n)]
        if names:
            return list(dict.fromkeys(names))[:4]
    return []


LABEL_SCAN = 4000  # text nodes of a page searched for a byline label
_BY_NAME = re.compile(r"^(?:(?:written |posted |article |words |story )?by:?\s+|(?:author|writer)s?:\s*)\S", re.I)
_POSTS_BY = re.compile(
    r"^(?:view |see |read |browse )?(?:all |more )?(?:articles|posts|stories|entries) (?:written )?by (?P<name>.+)$", re.I
)


def labelled_bylines(tree) -> list[str]:
    """Names printed after a byline label: "Written by" in one element and the name in the next, or a short
    "By Jane Roe" text of its own (the first such byline of the page), outside the site's menus."""
    label = data_regex("html_byline_labels.txt")
    runs = [(t.strip(), t) for t in tree.xpath("//body//text()")[:LABEL_SCAN]]
    runs = [(text, run) for text, run in runs if text]
    for i, (text, run) in enumerate(runs):
        if len(text) > 60:
            continue
        if label.fullmatch(text) and i + 1 < len(runs):
            candidate, nodes = runs[i + 1][0], (run, runs[i + 1][1])
            candidate = ", ".join([candidate, *_listed_after(runs, i + 1)])
        elif _BY_NAME.match(text):
            candidate, nodes = text, (run,)
        else:
            continue
        names = [n for n in clean_author(candidate) if looks_like_person(n)]
        if names and not any(_in_menu(node) for node in nodes):
            return names[:4]
    # last, the link to the writer's other pieces ("All articles by Jane Roe", "View all posts by Jane Roe")
    for text, run in runs:
        match = _POSTS_BY.match(text) if len(text) <= 60 else None
        names = [n for n in clean_author(match.group("name")) if looks_like_person(n)] if match else []
        if names and not _in_menu(run):
            return names[:1]
    return []


MAX_LISTED = 4


def _listed_after(runs: list, first: int) -> list[str]:
    """The names listed after the first one under an "Author(s)" label, one an element alike to the
    first's (``<li><a>John Roe</a></li><li><a>Ann Doe</a></li>``): the same tag under the same list."""
    owner = _owner(runs[first][1])
    names: list[str] = []
    for text, run in runs[first + 1 : first + MAX_LISTED]:
        other = _owner(run)
        if other.tag != owner.tag or _grandparent(other) is not _grandparent(owner) or other is owner:
            break
        if not all(looks_like_person(n) for n in clean_author(text)) or not clean_author(text):
            break
        names.append(text)
    return names


def _owner(run):
    return run.getparent().getparent() if run.is_tail else run.getparent()


def _grandparent(el):
    parent = el.getparent()
    return parent.getparent() if parent is not None else None


def _in_menu(run) -> bool:
    """Whether a text run sits in the site's navigation: a ``<nav>``, or a list whose class names a menu
    (a "By ..." there heads a menu, "By Company Size"; a wrapper "under-menu" can hold the article)."""
    owner = run.getparent()
    holder = owner.getparent() if run.is_tail else owner  # a tail's text sits in its element's parent
    if holder is None:
        return False
    for el in (holder, *holder.iterancestors()):
        if el.tag == "nav" or el.tag in ("ul", "li") and "menu" in (el.get("class") or "").lower():
            return True
    return False


CO_AUTHOR_SCAN = 2  # the first places the name is printed: further down it heads other stories' teasers


_PRINTING = etree.XPath(
    "//body//*[contains(text(), $name) and string-length(normalize-space(text())) <= $longest]"
)


def printed_co_authors(tree, name: str) -> list[str]:
    """The byline the page prints around the one author its tags declare, where it lists more writers
    ("Written by <span>Jane Roe</span>, <span>John Doe</span>"): every name of that line, as printed; else
    nothing. Only a line of names and byline words counts, or the elements alike to the one around the name
    where each name has its own ("<span class=a><a>Jane Roe</a></span> and <span class=a><a>John Doe</a>")."""
    for el in _PRINTING(tree, name=name, longest=len(name) + 6)[:CO_AUTHOR_SCAN]:  # "Dr Jane Roe"
        line = el.getparent()
        if line is None or line.tag in ("body", "html"):
            continue
        text = re.sub(r"\s+", " ", " ".join(line.itertext())).strip()
        if len(text) > MAX_BYLINE_CHARS + 60:
            continue
        names = clean_author(text)
        if len(names) == 1 and line.getparent() is not None:
            names = _alike_names(line) or names
        if len(names) >= 2 and _all_people(names) and any(_same_writer(n, name) for n in names):
            return names[:MAX_LISTED + 2]
        if names:
            break  # the first byline that prints the name decides
    return []


def _same_writer(printed: str, name: str) -> bool:
    """Whether a printed byline name is the declared one, maybe after a title ("Dr Jane Roe")."""
    title = printed[: -len(name)].strip() if printed.endswith(" " + name) else None
    return printed == name or bool(title) and (len(title) <= MAX_TITLE_CHARS or title.endswith("."))


MAX_TITLE_CHARS = 3  # "Dr", "Mr.", or any abbreviation ("Prof.")


def _alike_names(box) -> list[str]:
    """The names in the elements beside ``box`` of its tag and class (each writer's own byline box)."""
    alike = [el for el in box.getparent() if el.tag == box.tag and el.get("class") == box.get("class")]
    if len(alike) < 2 or len(alike) > MAX_LISTED:
        return []
    names = [n for el in alike for n in clean_author(el.text_content())]
    return names if len(names) == len(alike) else []


def _all_people(names: list[str]) -> bool:
    roles = set(data_lines("textdump_author_roles.txt"))
    return all(
        (looks_like_person(n) or looks_like_person(n.partition(" ")[2]))  # "Dr Jane Roe"
        and not any(w.lower() in roles or w.isupper() and len(w.strip(".")) > 1 for w in n.split())  # "Deputy CTO"
        for n in names
    )


def without_outlets(names: list[str]) -> list[str]:
    """The people of a byline without the outlet credited beside them ("Jane Roe | The Harbour Journal",
    "Jane Roe, Quayside Times"): a name with an organisation's word goes when a person's name stands beside."""
    org = data_regex("html_org_words.txt")
    outlets = [n for n in names if any(org.fullmatch(w) and len(w) > 3 for w in re.findall(r"[\w&]+", n))]
    if outlets and any(n not in outlets and looks_like_person(n) for n in names):
        return [n for n in names if n not in outlets]
    return names
