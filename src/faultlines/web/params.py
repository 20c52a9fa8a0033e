"""Validated request parameters shared by the pages and the API (bad values answer 400/422 with a message)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from fastapi import Path, Query
from pydantic import AfterValidator, BeforeValidator

from faultlines.web.queries import MAX_LIMIT

ISO3 = r"^[A-Za-z]{3}$"
DYAD = r"^[A-Za-z]{3}-[A-Za-z]{3}$"
CAMEO = r"^\d{2,4}$"
ROLE = r"^[A-Za-z]{3}$"

def _whole_number(value):
    """A count written as digits only: "+0.0" or "1e3" is refused (422), not read as a number."""
    if isinstance(value, str) and not value.isdigit():
        raise ValueError("must be written as digits only")
    return value


Limit = Annotated[
    int, BeforeValidator(_whole_number), Query(ge=1, le=MAX_LIMIT, description=f"Page size (1–{MAX_LIMIT}).")
]
Offset = Annotated[int, BeforeValidator(_whole_number), Query(ge=0, le=1_000_000, description="Items to skip.")]
Country = Annotated[str | None, Query(pattern=ISO3, description="ISO 3166 alpha-3 country code.")]
Role = Annotated[str | None, Query(pattern=ROLE, description="Actor role code (GOV, LEG, MIL, MED, ...).")]


def _calendar_date(value: str) -> str:
    dt.date.fromisoformat(value)  # ValueError → 422 naming the parameter
    return value


_DATE = {"pattern": r"^\d{4}-\d{2}-\d{2}$", "json_schema_extra": {"format": "date"}}
# Typed ``str`` (default None) rather than ``str | None`` so that the schema's ``format: date`` sits on the string.
Since = Annotated[str, Query(description="First date (YYYY-MM-DD), inclusive.", **_DATE),
                  AfterValidator(_calendar_date)]
Until = Annotated[str, Query(description="Last date (YYYY-MM-DD), inclusive.", **_DATE),
                  AfterValidator(_calendar_date)]
Cameo = Annotated[str | None, Query(pattern=CAMEO, description="CAMEO code or prefix; two digits = a root.")]
QuadClass = Annotated[int | None, Query(ge=0, le=4, description="Quad class 0–4.")]
Period = Annotated[Literal["day", "week", "month"], Query(description="Aggregation period.")]
Text = Annotated[str | None, Query(max_length=200, description="Words to look for.")]
ActorId = Annotated[str | None, Query(max_length=200, description="Actor id (e.g. `RUS`, `person:vladimir-putin`).")]
DyadPath = Annotated[str, Path(pattern=DYAD, description="Two ISO3 codes, e.g. `KAZ-RUS`.")]


def upper(code: str | None) -> str | None:
    return code.upper() if code else None


def date_range(since: str | None, until: str | None) -> tuple[str | None, str | None]:
    """The range as given (already validated; a range that ends before it starts simply matches nothing)."""
    return since, until


def split_dyad(dyad: str) -> tuple[str, str]:
    a, b = dyad.upper().split("-")
    return a, b
