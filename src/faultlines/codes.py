"""CAMEO-style actor codes: a country (ISO 3166-1 alpha-3) followed by a sector.

``RUSGOV`` is Russia's government, ``GEOCOP`` Georgia's police, ``IGOUNO`` a United Nations body, ``---NGO`` an
organisation with no country. Intergovernmental organisations take their group from ``data/actors/igo_groups.tsv``.
"""

from __future__ import annotations

from functools import lru_cache

NO_COUNTRY = "---"
#: Sectors read as one when codes are compared (CAMEO's insurgents and rebels).
SAME_SECTOR = {"INS": "REB"}


@lru_cache(maxsize=1)
def igo_groups() -> dict[str, str]:
    from faultlines.nlp.knowledge import data_rows, load_knowledge

    kb = load_knowledge()
    groups = {org.code: org.group for org in (*kb.organisations.values(), *kb.extra_orgs.values()) if org.group}
    groups.update(data_rows("igo_groups.tsv", 2))
    offices = sorted(data_rows("igo_offices.tsv", 2), key=lambda row: -len(row[0]))
    for person in kb.people.values():  # "person:josep-borrell": the body of the IGO office they held last
        held = [o.office for o in sorted(person.offices, key=lambda o: o.start) if o.role == "IGO"]
        group = next((g for prefix, g in offices if held and held[-1].startswith(prefix)), None)
        if group:
            groups[f"person:{person.slug}"] = group
    return groups


def actor_code(actor_id: str | None, country: str | None, sector: str | None) -> str | None:
    """The code of an actor, or None when neither its country nor its sector is known."""
    if sector == "IGO":
        org = (actor_id or "").removeprefix("org:")
        return "IGO" + igo_groups().get(org, "OTH")  # an org code, or a person's id
    if not country and not sector:
        return None
    if not sector and actor_id == country:  # a state named as a whole ("Russia") acts through its government
        sector = "GOV"
    return (country or NO_COUNTRY) + (sector or "")


def normal_code(code: str | None) -> str | None:
    """A code with equivalent sectors made one (``AFGINS`` → ``AFGREB``), for comparing codes."""
    if not code or len(code) < 6 or code.startswith("IGO"):
        return code
    return code[:3] + SAME_SECTOR.get(code[3:6], code[3:6])
