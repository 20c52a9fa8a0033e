"""Reading the event coder's data files (``faultlines/data/events/*.tsv``)."""

from __future__ import annotations

from importlib import resources


def read_tsv(name: str) -> list[dict[str, str]]:
    """Rows of a tab-separated data file as dicts; ``#`` lines are comments, the first other line the header."""
    text = resources.files("faultlines").joinpath("data", "events", name).read_text(encoding="utf-8")
    header: list[str] | None = None
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        cells += [""] * (len(header) - len(cells))
        rows.append(dict(zip(header, (c.strip() for c in cells), strict=False)))
    return rows
