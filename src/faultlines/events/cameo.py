"""The CAMEO code table: name, quad class, Goldstein score and PLOVER type of each code."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from faultlines.events.tables import read_tsv

if TYPE_CHECKING:
    from faultlines.model import Event

QUAD_NAMES = ("neutral", "verbal cooperation", "material cooperation", "verbal conflict", "material conflict")


@dataclass(frozen=True)
class CameoCode:
    code: str
    name: str
    quad_class: int
    goldstein: float
    plover: str | None


@lru_cache(maxsize=1)
def cameo_table() -> dict[str, CameoCode]:
    """All CAMEO codes the package knows (20 roots and their 3-digit codes), keyed by code."""
    table = {}
    for row in read_tsv("cameo.tsv"):
        table[row["code"]] = CameoCode(
            code=row["code"],
            name=row["name"],
            quad_class=int(row["quad"]),
            goldstein=float(row["goldstein"]),
            plover=row["plover"] or None,
        )
    return table


def lookup(code: str) -> CameoCode:
    """The entry of ``code``, falling back to its root (``"1384"`` → ``"138"`` → ``"13"``)."""
    table = cameo_table()
    for length in (len(code), 3, 2):
        entry = table.get(code[:length])
        if entry is not None:
            return entry
    raise KeyError(f"unknown CAMEO code {code!r}")


def root_quad_class(root: str) -> int:
    """The quad class the codebook gives a root code (``"01"`` .. ``"20"``)."""
    number = int(root)
    if number <= 2:
        return 0
    if number <= 5:
        return 1
    if number <= 8:
        return 2
    if number <= 13 or number == 16:
        return 3
    return 4


def coded_event(code: str, **fields) -> Event:
    """An event record of CAMEO ``code``, its quad class, Goldstein score and PLOVER type from the codebook."""
    from faultlines.model import Event

    entry = lookup(code)
    return Event(
        cameo=entry.code, quad_class=entry.quad_class, goldstein=entry.goldstein, plover=entry.plover, **fields
    )
