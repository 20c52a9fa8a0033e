"""One human sentence saying why an event got its code."""

from __future__ import annotations

from faultlines.events.cameo import QUAD_NAMES, lookup
from faultlines.model import ActorRef


def describe(ref: ActorRef | None) -> str:
    """``Russia (RUS GOV)``, ``Kassym-Jomart Tokayev (KAZ GOV)``, ``protesters``."""
    if ref is None:
        return "none"
    tags = " ".join(t for t in (ref.country, ref.role) if t)
    return f"{ref.name} ({tags})" if tags else ref.name


def explain(code: str, words: str, source: ActorRef | None, target: ActorRef | None, notes: list[str]) -> str:
    entry = lookup(code)
    text = f'Coded {code} "{entry.name}" ({QUAD_NAMES[entry.quad_class]}): "{words}"'
    text += f" with source {describe(source)}" if source else " with no source"
    text += f" and target {describe(target)}" if target else " and no target"
    if notes:
        text += "; " + "; ".join(notes)
    return text + "."
