"""The article's headline: chosen among h1, og:title, JSON-LD headline and <title>, site names stripped.

News pages carry the headline several times. The visible ``<h1>`` is what readers see and is preferred
when it is a real headline (not a logo or a section name) and agrees with what the page's metadata says;
metadata titles lose the site name (``"Headline | Site"``, ``"Site - Headline"``, ``"Site: Headline"``)
and a leading section label (``"Opinion | Headline"``) before they are compared or used.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

from faultlines.extract.datafiles import data_lines, data_regex
from faultlines.extract.metadata import PageMeta, clean_space, ld_text

_KEY = re.compile(r"[\W_]+", re.UNICODE)
_WORDS = re.compile(r"\w+", re.UNICODE)
MAX_LABEL_WORDS = 4  # a site name or section label beside a headline is short


_MOJIBAKE = re.compile("[\u00c2\u00c3\u00e2][\u0080-\u00bf\u2018-\u203a\u20ac\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc]")


def repair_text(text: str) -> str:
    """A title as the page meant it: entities escaped twice ("M&amp;#038;A", "Kata&#x3a;") unescaped, and
    UTF-8 read as Windows-1252 ("Investorâ€™s") decoded again."""
    if "&" in text:
        for _ in range(2):
            text = html.unescape(text)
    if _MOJIBAKE.search(text):
        for codec in ("cp1252", "latin-1"):
            try:
                return text.encode(codec).decode("utf-8")
            except UnicodeError:
                continue
    return text


def _key(text: str) -> str:
    return _KEY.sub("", text.lower())


def _words(text: str) -> set[str]:
    return set(_WORDS.findall(text.lower()))


def similarity(a: str, b: str) -> float:
    """Word overlap of two titles relative to the shorter one (0..1)."""
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / min(len(wa), len(wb))


def containment(part: str, whole: str) -> float:
    """Share of the words of ``part`` that occur in ``whole`` (0..1)."""
    wp = _words(part)
    return len(wp & _words(whole)) / len(wp) if wp else 0.0


def site_keys(site_names: Iterable[str | None], host: str | None) -> set[str]:
    """Normalised forms a site name can take in a title: the names given and the host's labels."""
    keys = {_key(n) for n in site_names if n and _key(n)}
    if host:
        labels = [p for p in host.lower().split(".") if p not in {"www", "com", "org", "net", "co", "uk"}]
        keys.update(_key(p) for p in labels if len(p) > 2)
        if labels:
            keys.add(_key(".".join(labels)))
        keys.add(_key(host.lower().removeprefix("www.")))
    return keys


def is_site_name(label: str, keys: set[str]) -> bool:
    """Whether ``label`` names the site itself (an "author" that is the publisher, a title suffix)."""
    key = _key(label)
    return bool(key) and (key in keys or any(len(k) >= 5 and key == k for k in keys))


def site_from_title(meta_title: str | None, headline: str) -> str | None:
    """The site name a metadata title carries beside the headline ("Site: Headline", "Headline | Site")."""
    if not meta_title:
        return None
    parts = _split_parts(meta_title)
    if len(parts) == 1:
        head, found, rest = meta_title.partition(": ")
        parts = [head, rest] if found else parts
    if len(parts) < 2:
        return None
    for label in (parts[-1], parts[0]):
        if (
            _key(label) != _key(headline)
            and len(label.split()) <= MAX_LABEL_WORDS
            and similarity(label, headline) < 0.5
        ):
            if not data_regex("html_title_labels.txt").fullmatch(label):
                return label
    return None


def _is_site(label: str, keys: set[str]) -> bool:
    key = _key(label)
    if not key:
        return True
    if key in keys:
        return True
    # "BBC America" for bbcamerica.com, "Forbes India" beside forbes; "The Frisky" for thefrisky.com
    return any(len(k) >= 4 and (key.startswith(k) or k.startswith(key) and len(key) >= 4) for k in keys)


def _split_parts(title: str) -> list[str]:
    pattern = "|".join(re.escape(f" {sep} ") for sep in data_lines("html_site_separators.txt"))
    return [p.strip() for p in re.split(pattern, title) if p.strip()]


def strip_site_name(title: str, keys: set[str], others: Iterable[str] = ()) -> str:
    """``title`` without site names and short labels at either end."""
    title = clean_space(title)
    parts = _split_parts(title)
    if len(parts) > 1:
        while len(parts) > 1 and _is_site(parts[-1], keys):
            parts.pop()
        while len(parts) > 1 and _is_site(parts[0], keys):
            parts.pop(0)
        title = _rejoin(title, parts)
        pipes = [p.strip() for p in title.split(" | ") if p.strip()]
        if len(pipes) > 1:
            # short labels left beside the headline ("Opinion | ...", "... | Anglophenia") go when the rest
            # agrees with another candidate or is clearly the headline; only pipes mark labels (dashes and
            # colons occur inside headlines)
            # (a candidate unlike the whole title, such as a logo heading, says nothing about it)
            others = [o for o in others if o and similarity(o, title) >= 0.5]
            longest = max(pipes, key=len)
            if len(longest.split()) >= 3 and all(
                len(p.split()) <= MAX_LABEL_WORDS and len(p.split()) * 2 <= len(longest.split())
                for p in pipes
                if p is not longest
            ):
                if not others or any(similarity(longest, o) >= 0.6 for o in others):
                    title = longest
    match = re.match(r"^([^:]{2,40}):\s+(.+)$", title)
    if match and _is_site(match.group(1), keys):
        title = match.group(2)
    return title.strip()


def _rejoin(title: str, parts: list[str]) -> str:
    """The span of ``title`` from the first kept part to the last (keeps its own separators)."""
    start = title.find(parts[0])
    end = title.rfind(parts[-1]) + len(parts[-1])
    return title[start:end] if start >= 0 and end > start else " ".join(parts)


_BRACKETED_TAIL = re.compile(r"\s*[\[(]([^\[\]()]{2,20})[\])]\s*$")
_LABEL_HEAD = re.compile(r"^([^|:]{2,30}?)\s*(?:\||:)?\s+(\S.*)$")


def strip_labels(title: str, separators: tuple[str, ...] = (" | ", ": ")) -> str:
    """``title`` without a section label in front ("Opinion | ...") or a media label at the end ("[Watch]")."""
    labels = data_regex("html_title_labels.txt")
    tail = _BRACKETED_TAIL.search(title)
    if tail and labels.fullmatch(tail.group(1).strip()):
        title = title[: tail.start()].rstrip()
    for sep in separators:
        head, found, rest = title.partition(sep)
        if found and len(rest.split()) >= 3 and labels.fullmatch(head.strip()):
            title = rest.strip()
            break
    for sep in (" | ", " - ", " – ", " — "):
        rest, found, tail = title.rpartition(sep)
        if found and len(rest.split()) >= 3 and labels.fullmatch(tail.strip()):
            return rest.strip()
    return title


def without_section_name(title: str) -> str:
    """``title`` without a site section's name before it ("Blog: Headline"); a genre label stays."""
    head, found, rest = title.partition(": ")
    if found and len(rest.split()) >= 3 and data_regex("html_title_sections.txt").fullmatch(head.strip()):
        return rest.strip()
    return title


def _drop_kicker(h1: str, cleaned: list[str]) -> str:
    """An h1 that reads "<label> <metadata title>" (a kicker rendered inside the heading) loses the label."""
    labels = data_regex("html_title_labels.txt")
    sections = data_regex("html_title_sections.txt")
    for title in cleaned:
        if len(title) >= 12 and h1.endswith(title) and h1 != title:
            head = h1[: -len(title)].strip(" |-–—")
            # "Opinion: ..." in the heading stays; a site section's name ("Blog: ...") goes
            if labels.fullmatch(head) or sections.fullmatch(head.rstrip(":")) or _is_date(head.rstrip(":")):
                return title
        if len(title) >= 12 and h1.startswith(title) and h1 != title:
            if _is_date(h1[len(title) :]):  # "<headline> Posted on July 1, 2024 by Jane Roe"
                return title
    head, _, rest = h1.partition(" | ")
    if rest and len(head.split()) <= 3 and len(rest.split()) >= 3:
        return rest.strip()
    return h1


def _banner(h1: str, score: float, cleaned: list[str]) -> bool:
    """A heading of one or two words that shares none with the metadata titles, which agree with each other
    ("Web Designs" over a page whose <title> and og:title read "Website Design Portfolio"): a section's
    banner, not the headline."""
    agreeing = len(cleaned) >= 2 and all(similarity(cleaned[0], c) >= 0.8 for c in cleaned[1:])
    return score == 0 and len(h1.split()) <= 2 and agreeing


def _untruncated(title: str, cleaned: list[str]) -> str:
    """``title``, or the longer metadata title it is cut from (a JSON-LD headline cut at a length limit)."""
    stem = title.rstrip(".… ")
    longer = [c for c in cleaned if len(c) > len(title) and c.startswith(stem) and c[len(stem)].isspace()]
    return max(longer, key=len) if longer else title


_EXTENSION = re.compile(r"(?:\s+\w+){1,3}")  # words, not a separator before a site's name ("- Site", "— Site")


def _extended(h1: str, cleaned: list[str]) -> str:
    """The metadata title where the metadata titles agree on the heading with a few words more at its end
    ("Best Tents for Families" printed, "Best Tents for Families in 2025" filed): the heading as filed."""
    longer = [c for c in cleaned if c.startswith(h1 + " ") and _EXTENSION.fullmatch(c[len(h1) :])]
    if longer and len(longer) * 2 > len(cleaned) and len(set(longer)) == 1:
        return longer[0]
    return h1


_LOST = re.compile(r"[?\ufffd]")


def _unmangled(h1: str, cleaned: list[str]) -> str:
    """The metadata title where the heading is the same with characters lost to a wrong encoding, printed
    as "?" or "\ufffd" ("Planning? Beginner? Guide" for "Planning: Beginner's Guide")."""
    inner = h1.rstrip("?")  # a question's own mark ends it
    if not _LOST.search(inner):
        return h1
    pattern = re.compile(".{1,3}".join(map(re.escape, _LOST.split(inner))) + re.escape(h1[len(inner) :]))
    return next((c for c in cleaned if c != h1 and pattern.fullmatch(c)), h1)


def _is_date(text: str) -> bool:
    """Whether a bit of a heading beside the headline is (or holds) its date line."""
    from faultlines.extract.textdump_lines import parse_date

    return len(text.split()) <= 12 and parse_date(text) is not None


def _good_h1(text: str, keys: set[str], sections: set[str]) -> bool:
    if len(text) < 8 or len(text.split()) < 2:
        return False
    key = _key(text)
    if data_regex("html_title_sections.txt").fullmatch(text) or data_regex("html_title_labels.txt").fullmatch(text):
        return False  # a section's banner ("Our Blog", "Latest News")
    return not (_is_site(text, keys) and len(text.split()) <= MAX_LABEL_WORDS) and key not in sections


def _shouted(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 8 and all(c.isupper() for c in letters)


def choose_title(meta: PageMeta, keys: set[str], fallback: str | None = None) -> str | None:
    """The headline of the page, or ``None`` when it names none."""
    raw = [
        ld_text(meta.article_ld.get("headline")),
        meta.get("og:title", "twitter:title"),
        meta.title_tag,
        fallback,
    ]
    raw = [repair_text(clean_space(r)) for r in raw if r and clean_space(r)]
    h1s = [strip_labels(repair_text(clean_space(h)), (" | ",)) for h in meta.h1]
    cleaned = []
    for i, text in enumerate(raw):
        others = [o for j, o in enumerate(raw) if j != i] + h1s
        cleaned.append(strip_labels(strip_site_name(text, keys, others)))
    sections = {_key(s) for s in meta.meta_all.get("article:section", [])}
    # an h1 that prints the <title> whole ("Headline | Section | Site") loses what the <title> loses there
    copies = {r: c for r, c in zip(raw, cleaned, strict=True) if " | " in r}
    good = [copies.get(h) or _drop_kicker(h, cleaned) for h in h1s if _good_h1(h, keys, sections)]
    if any(not _shouted(c) for c in cleaned):
        # a heading set in capitals ("SUPPORTING GAAP COMPLIANCE") is styled as a banner; the metadata
        # gives the headline as written
        good = [h for h in good if not _shouted(h)]
    if good:
        if not cleaned:
            return good[0]
        # the h1 that agrees best with the metadata; a lone real headline wins even when the SEO title differs
        scored = sorted(
            ((max(similarity(h, c) for c in cleaned), -i, h) for i, h in enumerate(good)), reverse=True
        )
        best_score, _, best = scored[0]
        if best_score >= 0.5 or (len(good) == 1 and not _banner(best, best_score, cleaned)):
            return _extended(_unmangled(best, cleaned), cleaned)
    if cleaned:
        # the metadata title most candidates agree with (ties: JSON-LD headline, og:title, <title>)
        best = max(cleaned, key=lambda c: sum(similarity(c, o) >= 0.8 for o in cleaned))
        return _untruncated(best, cleaned)
    return None
