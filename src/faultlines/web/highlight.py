"""Article paragraphs with actors, quotes and events highlighted, built safely from hostile text.

The markup is built by cutting each paragraph at every annotation boundary and escaping each piece on its own:
the stored text is never marked up raw, so nothing in it can open or close a tag. Overlapping annotations
(a quote inside an event's sentence, an actor inside a quote) nest per piece.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

from markupsafe import Markup, escape

# Outermost first: an event's sentence holds quotes, a quote holds actor names.
LAYERS = ("event", "quote", "actor")


@dataclass(frozen=True)
class Mark:
    layer: str
    start: int
    end: int
    title: str
    href: str | None = None
    css: str = ""


def _clamp(value, length: int) -> int:
    try:
        return max(0, min(int(value), length))
    except (TypeError, ValueError):
        return 0


def paragraph_marks(article: dict, paragraph_count: int) -> list[list[Mark]]:
    """Marks per paragraph from the actors' spans, the quotes' offsets and the events' sentence offsets."""
    marks: list[list[Mark]] = [[] for _ in range(paragraph_count)]

    def add(paragraph, mark: Mark) -> None:
        if isinstance(paragraph, int) and 0 <= paragraph < paragraph_count:
            marks[paragraph].append(mark)

    for i, ev in enumerate(article.get("events") or []):
        src, tgt = ev.get("source") or {}, ev.get("target") or {}
        title = (f"Event {ev.get('cameo')} {src.get('country') or src.get('name') or '?'} → "
                 f"{tgt.get('country') or tgt.get('name') or '?'}: {ev.get('explanation') or ''}")
        add(ev.get("paragraph"),
            Mark("event", ev.get("start"), ev.get("end"), title, f"#event-{i + 1}", f"q{ev.get('quad_class')}"))
    for i, qt in enumerate(article.get("quotes") or []):
        speaker = (qt.get("speaker") or {}).get("name") or "unknown speaker"
        add(qt.get("paragraph"),
            Mark("quote", qt.get("start"), qt.get("end"), f"Quote ({qt.get('kind')}) by {speaker}", f"#quote-{i + 1}"))
    for actor in article.get("actors") or []:
        label = " ".join(str(x) for x in (actor.get("name"), actor.get("country"), actor.get("role")) if x)
        href = "/actors/" + quote(str(actor.get("id") or ""), safe=":")
        for span in actor.get("spans") or []:
            if isinstance(span, dict):
                add(span.get("paragraph"),
                    Mark("actor", span.get("start"), span.get("end"), label, href, str(actor.get("kind") or "")))
    return marks


def render_paragraph(text: str, marks: list[Mark]) -> Markup:
    """``text`` as HTML with ``<mark>`` elements for ``marks`` (offsets clamped; empty marks dropped)."""
    n = len(text)
    spans = []
    for m in marks:
        start, end = _clamp(m.start, n), _clamp(m.end, n)
        if start < end:
            spans.append((start, end, m))
    if not spans:
        return escape(text)
    cuts = sorted({0, n, *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    out: list[str] = []
    for left, right in zip(cuts, cuts[1:], strict=False):
        active = [m for s, e, m in spans if s <= left and right <= e]
        active.sort(key=lambda m: LAYERS.index(m.layer))
        # One mark per layer per piece (the first one wins where two of a kind overlap).
        seen, chosen = set(), []
        for m in active:
            if m.layer not in seen:
                seen.add(m.layer)
                chosen.append(m)
        piece = str(escape(text[left:right]))
        for m in reversed(chosen):
            cls = f"hl hl-{m.layer}" + (f" {m.css}" if m.css else "")
            piece = f'<mark class="{escape(cls)}" title="{escape(m.title)}">{piece}</mark>'
            if m.layer == "actor" and m.href:
                piece = f'<a class="actor-link" href="{escape(m.href)}">{piece}</a>'
        out.append(piece)
    return Markup("".join(out))


def highlighted_paragraphs(article: dict) -> list[Markup]:
    """Every paragraph of ``article["article"]["paragraphs"]`` rendered with its highlights."""
    paragraphs = [p if isinstance(p, str) else "" for p in (article.get("article") or {}).get("paragraphs") or []]
    marks = paragraph_marks(article, len(paragraphs))
    return [render_paragraph(p, m) for p, m in zip(paragraphs, marks, strict=True)]
