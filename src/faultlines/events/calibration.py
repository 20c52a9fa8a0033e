"""Calibrated event confidence: the precision that events of one kind and raw confidence had on real news.

The coder's raw confidence (``Coded.confidence`` with its deductions) ranks events; ``data/events/calibration.tsv``
(written by ``eval/calibrate.py`` from the dev half of the real-news gold) turns it into the share of such events
that were right, so that events given confidence ``c`` are right about ``c`` of the time. A kind or band the table
lacks falls back to the kind's row, then to the row of all events. ``$FAULTLINES_RAW_CONFIDENCE=1`` keeps the raw
value (the calibration script measures with it).
"""

from __future__ import annotations

import os
from functools import lru_cache

from faultlines.events.tables import read_tsv


@lru_cache(maxsize=1)
def _table() -> dict[tuple[str, str], float]:
    try:
        rows = read_tsv("calibration.tsv")
    except FileNotFoundError:
        return {}
    return {(r["kind"], r["band"]): float(r["confidence"]) for r in rows}


def rule_kind(rule: str) -> str:
    """The kind of a rule, as the table names it: ``verb``, ``noun``, ``light``, ``claim`` ..."""
    return rule.split(":", 1)[0] or "-"


def confidence_band(raw: float) -> str:
    """The tenth a raw confidence falls in, as the table names it (``"0.7"``)."""
    return f"{min(9, int(round(raw * 100)) // 10) / 10:.1f}"


def calibrated(rule: str, raw: float, code: str = "") -> float:
    """The calibrated confidence of an event coded by ``rule`` with raw confidence ``raw`` and CAMEO ``code``: the
    precision of its kind and band, scaled by how much more or less often than all events its root is right."""
    table = _table()
    if not table or os.environ.get("FAULTLINES_RAW_CONFIDENCE") == "1":
        return raw
    kind, band = rule_kind(rule), confidence_band(raw)
    found = next((table[key] for key in ((kind, band), (kind, "*"), ("*", "*")) if key in table), raw)
    base, root = table.get(("*", "*")), table.get((f"root:{code[:2]}", "*"))
    if base and root:
        found = max(0.05, min(0.95, found * root / base))
    return found
