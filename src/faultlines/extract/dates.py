"""Day and month read the wrong way round: "03-09-2026" or "10/12/2023" is March 9 on an American page and
September 3 on a European one, and htmldate may pick the wrong reading. The page usually prints the date
once more where it cannot be misread (an ISO ``datetime`` attribute, "March 9, 2026"): when it prints only
the other reading so, that reading is the date.
"""

from __future__ import annotations

import re
from functools import cache

from faultlines.extract.datafiles import data_lines

_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def iso_day(value: str | None) -> str | None:
    """The first plausible ISO day (YYYY-MM-DD) in a date value, else ``None``."""
    if not value:
        return None
    match = _ISO.search(value)
    if not match:
        return None
    year, month, day = (int(g) for g in match.groups())
    if 1990 <= year <= 2100 and 1 <= month <= 12 and 1 <= day <= 31:
        return f"{year:04d}-{month:02d}-{day:02d}"
    return None


@cache
def _month_names() -> dict[int, tuple[str, ...]]:
    names: dict[int, list[str]] = {}
    for line in data_lines("textdump_months.txt"):
        name, number = line.rsplit(" ", 1)
        names.setdefault(int(number), []).append(name.lower())
    return {k: tuple(v) for k, v in names.items()}


def _printed_unambiguously(year: int, month: int, day: int, lower_page: str) -> bool:
    """Whether the page prints this date in a form that cannot be misread."""
    if f"{year:04d}-{month:02d}-{day:02d}" in lower_page:
        return True
    for name in _month_names().get(month, ()):
        for form in (
            f"{name} {day}, {year}",
            f"{name}. {day}, {year}",
            f"{day} {name} {year}",
            f"{name} {day} {year}",
        ):
            if form in lower_page:
                return True
    return False


def settle_day_month(day: str | None, page_text: str) -> str | None:
    """``day`` (YYYY-MM-DD) with day and month swapped when only the swapped date is printed unambiguously."""
    if not day or len(day) != 10:
        return day
    year, month, date = int(day[:4]), int(day[5:7]), int(day[8:10])
    if date > 12 or date == month:
        return day
    lower = page_text.lower()
    if _printed_unambiguously(year, month, date, lower):
        return day
    if _printed_unambiguously(year, date, month, lower):
        return f"{year:04d}-{date:02d}-{month:02d}"
    return day
