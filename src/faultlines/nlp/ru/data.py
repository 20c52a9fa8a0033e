"""Reading the Russian knowledge files (``faultlines/data/ru/``): tab-separated, ``#`` lines are comments."""

from __future__ import annotations

from importlib import resources


def data_text(filename: str) -> str:
    return resources.files("faultlines").joinpath("data", "ru", filename).read_text(encoding="utf-8")


def data_rows(filename: str, width: int):
    for line in data_text(filename).splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        cells += [""] * (width - len(cells))
        yield [c.strip() for c in cells[:width]]


def split(cell: str) -> list[str]:
    return [p.strip() for p in cell.split("|") if p.strip()]
