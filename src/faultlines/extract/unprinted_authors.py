"""Authors a page gives outside its byline markup, read only when it prints and declares none: the owner
of a personal site (its footer's copyright holder, or the name its site name, titles and feed agree on) and
the author its scripts name (an analytics data layer, an app's state)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from faultlines.extract.bylines import clean_author, looks_like_person
from faultlines.extract.datafiles import data_patterns, data_regex

# "© 2025 Jane Roe", "Copyright 2012-2025 Jane Roe": the holder printed right after the sign or the year
_COPYRIGHT = re.compile(
    r"(?:©|&copy;|\((?i:c)\)\s*\d{4}|(?i:copyright)\s*\d{4})(?:\s*[-–]\s*\d{4})?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?"
    r",?\s*(?:(?i:by)\s+)?(?P<name>[^\W\d_][\w'’-]*\.?(?:\s+[^\W\d_][\w'’-]*\.?){1,3})"
)
_RIGHTS = re.compile(r"\s+(?:all\s+)?rights\b.*$|\s+all$", re.I)
_FOOTERS = '//footer | //*[contains(@class, "footer") or contains(@class, "copyright")]'
FOOTER_SCAN = 4


def copyright_holder(tree) -> str | None:
    """Who the page's footer says owns the site ("© 2025 Jane Roe. All rights reserved.")."""
    for el in tree.xpath(_FOOTERS)[:FOOTER_SCAN]:
        match = _COPYRIGHT.search(re.sub(r"\s+", " ", " ".join(el.itertext())))  # "<p>© Jane Roe</p><p>Contact"
        if match:
            # the sentence ends at a period after a word, not after an initial ("John A. Roe")
            name = re.split(r"(?<=\w\w)\.\s", match.group("name"))[0]
            return _RIGHTS.sub("", name).rstrip(".")
    return None


def feed_title(tree) -> str | None:
    """The title of the site's feed (``<link rel="alternate" type="application/rss+xml" title="...">``)."""
    titles = tree.xpath('//head/link[@rel="alternate"][contains(@type, "xml")]/@title')
    return titles[0].strip() if titles else None


def personal_site_owner(names: Iterable[str | None], holder: str | None) -> list[str]:
    """The writer of a personal site that prints no byline: its copyright holder, or a name two of its other
    names give (the site's name, the name its titles carry, its feed's title), where that reads as a
    person's name and not an organisation's."""
    given = [n for n in names if n]
    for name in (holder, *given):
        if name and _person_not_organisation(name) and (name == holder or given.count(name) >= 2):
            return [" ".join(name.split())]
    return []


def _person_not_organisation(name: str) -> bool:
    org = data_regex("html_org_words.txt")
    words = name.split()
    if not (2 <= len(words) <= 3 and looks_like_person(name)):
        return False
    return all(w[0].isupper() and not w.isupper() and not org.fullmatch(w.strip(".")) for w in words)


def script_author(page_text: str) -> list[str]:
    """The author a page's scripts name (``"pagePostAuthor": "Jane Roe"``, an app state's
    ``"authors": [{"name": "Jane Roe"}]``), where that reads as a person's name."""
    text = page_text.replace("&quot;", '"')
    for pattern in data_patterns("html_author_script_keys.txt"):
        for match in pattern.finditer(text):
            found = match.groupdict()
            if found.get("author"):
                names = clean_author(found["author"])
            else:
                names = [n for n in clean_author(found["name"]) if looks_like_person(n)]
            if names:
                return names[:1]
    return []
