"""Event exports: flat rows (CSV, Parquet) and the GDELT 2.0 event table layout."""

from __future__ import annotations

import csv
import io
from datetime import date
from typing import Any, BinaryIO, TextIO

#: The 61 columns of the GDELT 2.0 event table, in order.
GDELT_COLUMNS = (
    "GlobalEventID",
    "Day",
    "MonthYear",
    "Year",
    "FractionDate",
    *(
        f"{actor}{c}"
        for actor in ("Actor1", "Actor2")
        for c in (
            "Code",
            "Name",
            "CountryCode",
            "KnownGroupCode",
            "EthnicCode",
            "Religion1Code",
            "Religion2Code",
            "Type1Code",
            "Type2Code",
            "Type3Code",
        )
    ),
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    *(
        f"{who}Geo_{c}"
        for who in ("Actor1", "Actor2", "Action")
        for c in ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
    ),
    "DATEADDED",
    "SOURCEURL",
)
assert len(GDELT_COLUMNS) == 61

FLAT_COLUMNS = (
    "id",
    "unique_event_id",
    "article_id",
    "date",
    "source_id",
    "source_name",
    "source_country",
    "source_role",
    "source_sector",
    "source_code",
    "target_id",
    "target_name",
    "target_country",
    "target_role",
    "target_sector",
    "target_code",
    "cameo",
    "quad_class",
    "goldstein",
    "plover",
    "mentions",
    "num_articles",
    "num_sources",
    "paragraph",
    "sentence",
    "start",
    "end",
    "rule",
    "explanation",
    "confidence",
    "mode",
    "date_basis",
    "excluded",
    "title",
    "published",
    "site",
    "url",
)


def flatten(event: dict[str, Any]) -> dict[str, Any]:
    """An event dict of :func:`faultlines.store.queries.list_events` as one flat row (``FLAT_COLUMNS``)."""
    row = {k: event.get(k) for k in FLAT_COLUMNS}
    for side in ("source", "target"):
        ref = event.get(side) or {}
        for field in ("id", "name", "country", "role", "sector", "code"):
            row[f"{side}_{field}"] = ref.get(field)
    return row


def write_csv(events: list[dict[str, Any]], out: TextIO) -> None:
    writer = csv.DictWriter(out, fieldnames=FLAT_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for e in events:
        writer.writerow(flatten(e))


def write_parquet(events: list[dict[str, Any]], out: BinaryIO | str) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    types = {
        "id": pa.int64(),
        "unique_event_id": pa.int64(),
        "article_id": pa.int64(),
        "quad_class": pa.int8(),
        "goldstein": pa.float64(),
        "mentions": pa.int32(),
        "num_articles": pa.int32(),
        "num_sources": pa.int32(),
        "paragraph": pa.int32(),
        "start": pa.int32(),
        "end": pa.int32(),
        "confidence": pa.float64(),
    }
    schema = pa.schema([(c, types.get(c, pa.string())) for c in FLAT_COLUMNS])
    rows = [flatten(e) for e in events]
    table = pa.Table.from_pylist(rows, schema=schema)
    pq.write_table(table, out)


def _day(text: str | None) -> date | None:
    try:
        return date.fromisoformat((text or "")[:10])
    except ValueError:
        return None


def _actor(ref: dict[str, Any] | None) -> list[str]:
    """The ten Actor columns: Code, Name, CountryCode, KnownGroup, Ethnic, Religion1, Religion2, Type1..3."""
    if not ref:
        return [""] * 10
    from faultlines.codes import actor_code

    country, role = ref.get("country") or "", ref.get("role") or ""
    code = ref.get("code") or actor_code(ref.get("id"), country or None, role or None) or ""
    if code.startswith("IGO"):  # GDELT: an IGO's code is its Type1, with no country
        country, role = "", code[:3]
    name = (ref.get("name") or "").upper()
    return [code, name, country, "", "", "", "", role, "", ""]


def gdelt_row(event: dict[str, Any]) -> list[str]:
    """One event in GDELT 2.0 event-table order. GDELT has no quad class 0: our neutral class 0 (CAMEO 01–02)
    becomes 1, as in GDELT. Geography and tone are left empty; DATEADDED is the ingest time (YYYYMMDDHHMMSS)."""
    day = _day(event.get("date")) or _day(event.get("published"))
    cameo = event.get("cameo") or ""
    quad = event.get("quad_class")
    fraction = f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}" if day else ""
    added = "".join(ch for ch in (event.get("ingested_at") or "")[:19] if ch.isdigit())
    values = [
        str(event.get("unique_event_id") or event.get("id") or ""),
        day.strftime("%Y%m%d") if day else "",
        day.strftime("%Y%m") if day else "",
        str(day.year) if day else "",
        fraction,
        *_actor(event.get("source")),
        *_actor(event.get("target")),
        "1" if event.get("paragraph") == 0 else "0",
        cameo,
        cameo[:3],
        cameo[:2],
        "" if quad is None else str(max(1, int(quad))),
        "" if event.get("goldstein") is None else f"{event['goldstein']:.1f}",
        str(event.get("mentions") or 1),
        str(event.get("num_sources") or 1),
        str(event.get("num_articles") or 1),
        "",
        *[""] * 24,
        added,
        event.get("url") or "",
    ]
    return [v.replace("\t", " ").replace("\n", " ") for v in values]


def write_gdelt(events: list[dict[str, Any]], out: TextIO) -> None:
    """Tab-separated rows, no header (as GDELT's export files)."""
    for e in events:
        out.write("\t".join(gdelt_row(e)) + "\n")


def to_text(events: list[dict[str, Any]]) -> str:
    buffer = io.StringIO()
    for e in events:
        src = (e.get("source") or {}).get("country") or (e.get("source") or {}).get("name") or "?"
        tgt = (e.get("target") or {}).get("country") or (e.get("target") or {}).get("name") or "?"
        buffer.write(
            f"{e.get('date') or '----------'}  {src}>{tgt}  {e['cameo']:<4} q{e['quad_class']} "
            f"g{e['goldstein']:+.1f} x{e.get('mentions') or 1}  {e.get('sentence') or ''}\n"
        )
    return buffer.getvalue()
