"""The Jinja2 environment of the pages: autoescape always on, plus small formatting filters."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import quote, urlencode

import jinja2
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape

from faultlines.web.security import safe_url

QUAD_CLASSES = {
    0: "Neutral",
    1: "Verbal cooperation",
    2: "Material cooperation",
    3: "Verbal conflict",
    4: "Material conflict",
}


def query_string(**params) -> str:
    """``?a=1&b=2`` from the non-empty parameters (values URL-encoded)."""
    clean = {k: v for k, v in params.items() if v not in (None, "", False)}
    return ("?" + urlencode(clean)) if clean else ""


def path_part(value) -> str:
    """One URL path segment, percent-encoded (actor ids hold ``:``; hostile ids hold anything)."""
    return quote(str(value or ""), safe=":")


def signed(value) -> str:
    try:
        return f"{float(value):+.2f}"
    except (TypeError, ValueError):
        return "–"


def number(value, digits: int = 2) -> str:
    try:
        value = float(value)
    except (TypeError, ValueError):
        return "–"
    return f"{value:.{digits}f}"


def marked_snippet(text) -> Markup:
    """A search snippet whose matches the store delimited with \\x02…\\x03, as escaped HTML with <mark>s."""
    out, inside = [], False
    for piece in re.split("([\x02\x03])", str(text or "")):
        if piece in ("\x02", "\x03"):
            want = piece == "\x02"
            if want != inside:
                out.append("<mark>" if want else "</mark>")
                inside = want
        else:
            out.append(str(escape(piece)))
    if inside:
        out.append("</mark>")
    return Markup("".join(out))


_INLINE_CODE = re.compile(r"``(.+?)``|`([^`]+)`")


def doc_text(text) -> Markup:
    """An API docstring (reStructuredText inline markup) as escaped HTML: ````x```` and ```x``` become <code>,
    blank lines separate paragraphs."""
    paragraphs = []
    for block in re.split(r"\n\s*\n", str(text or "").strip()):
        html, last = [], 0
        for m in _INLINE_CODE.finditer(block):
            html.append(str(escape(block[last : m.start()])))
            html.append(f"<code>{escape(m.group(1) or m.group(2))}</code>")
            last = m.end()
        html.append(str(escape(block[last:])))
        paragraphs.append("<p>" + " ".join("".join(html).split()) + "</p>")
    return Markup("".join(paragraphs))


def actor_label(ref) -> str:
    """``Name (RUS GOV)`` for an actor reference dict."""
    if not ref:
        return "—"
    extra = " ".join(x for x in (ref.get("country"), ref.get("role")) if x)
    return f"{ref.get('name') or ref.get('id') or '?'}" + (f" ({extra})" if extra else "")


def actor_link(ref) -> Markup:
    """An actor reference as a link to its page (its label alone when it has no id): the templates' ``actor_ref``,
    in Python because a page lists a hundred of them."""
    label = escape(actor_label(ref))
    if ref and ref.get("id"):
        return Markup(f'<a href="/actors/{escape(path_part(ref["id"]))}">{label}</a>')
    return Markup(label)


def event_items(events, show_article: bool = True, numbered: bool = False) -> Markup:
    """The list of events of the pages (the ``event_list`` macro): Python, because a page lists fifty of them."""
    out = ['<ol class="events">']
    for n, ev in enumerate(events or [], 1):
        g = ev.get
        quad = escape(QUAD_CLASSES.get(g("quad_class"), "?"))
        anchor = f' id="event-{n}"' if numbered else ""
        head = [f'<span class="code" title="{quad}">{escape(g("cameo"))}</span>',
                f'{actor_link(g("source"))} <span class="arrow">→</span> {actor_link(g("target"))}',
                f'<span class="quad">{quad}</span>', f'<span class="gold">Goldstein {number(g("goldstein"), 1)}</span>']
        if g("plover"):
            head.append(f'<span class="plover">{escape(g("plover"))}</span>')
        if g("date"):
            head.append(f'<time>{escape(g("date"))}</time>')
        if g("mentions") and g("mentions") > 1:
            head.append(f'<span class="mentions" title="reported by {escape(g("num_articles"))} articles">'
                        f'{escape(g("mentions"))} reports</span>')
        item = [f'<li class="event q{escape(g("quad_class"))}"{anchor}>', '<div class="event-head">', *head, "</div>",
                f'<blockquote class="sentence">{escape(g("sentence"))}</blockquote>']
        if g("explanation"):
            item.append(f'<p class="why">{escape(g("explanation"))}</p>')
        if show_article and g("article_id"):
            title = g("title") or f"article {g('article_id')}"
            src = f'<p class="src"><a href="/articles/{escape(g("article_id"))}">{escape(title)}</a>'
            if g("site"):
                src += f" · {escape(g('site'))}"
            if g("rule"):
                src += f" · rule <code>{escape(g('rule'))}</code>"
            item.append(src + "</p>")
        item.append("</li>")
        out.append("\n".join(item))
    if len(out) == 1:
        out.append('<li class="empty">No events.</li>')
    out.append("</ol>")
    return Markup("\n".join(out))


def series_rows(rows) -> Markup:
    """The rows of a dyad's series table (period start, events per quad class, events, Goldstein mean, tension)."""
    out = []
    for s in rows:
        cells = [escape(s["period_start"]), *(s[f"q{k}"] for k in range(5)), s["events"],
                 number(s["goldstein_mean"]), number(s["tension"])]
        out.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    return Markup("\n".join(out))


environment = jinja2.Environment(
    loader=jinja2.FileSystemLoader(Path(__file__).parent / "templates"),
    autoescape=True,
    trim_blocks=True,
    lstrip_blocks=True,
    undefined=jinja2.ChainableUndefined,
    auto_reload=False,  # the templates ship with the package: no stat of every file on every page
)
environment.filters.update(
    safe_url=safe_url, signed=signed, marked=marked_snippet, number=number, actor_label=actor_label, path_part=path_part,
    quad_name=lambda q: QUAD_CLASSES.get(q, "?"), doc_text=doc_text, actor_link=actor_link,
    series_rows=series_rows,
)
environment.globals.update(event_items=event_items, qs=query_string, QUAD_CLASSES=QUAD_CLASSES, TABLE_ROWS=120)

templates = Jinja2Templates(env=environment)
