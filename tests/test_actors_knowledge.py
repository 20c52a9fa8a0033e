"""The actor knowledge files: complete enough, consistent, and dated."""

from __future__ import annotations

import re
from importlib import resources

from faultlines.model import ROLES
from faultlines.nlp.knowledge import load_knowledge

DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def test_every_file_is_dated():
    folder = resources.files("faultlines").joinpath("data/actors")
    for name in (
        "countries.tsv",
        "organisations.tsv",
        "titles.tsv",
        "people.tsv",
        "places.tsv",
        "ambiguous.tsv",
        "sectors.tsv",
    ):
        header = folder.joinpath(name).read_text(encoding="utf-8").splitlines()[0]
        assert re.search(r"as-of: \d{4}-\d{2}-\d{2}", header), name


def test_states_cover_un_members_observers_and_disputed_territories():
    kb = load_knowledge()
    members = [c for c in kb.countries.values() if c.status == "member"]
    assert len(members) == 193
    for code in ("VAT", "PSE", "XKX", "TWN", "ESH", "XAB", "XSO", "XTR", "XNC", "XSL"):
        assert code in kb.countries
    assert all(re.fullmatch(r"[A-Z]{3}", code) for code in kb.countries)
    kaz = kb.countries["KAZ"]
    assert {"Kazakh", "Kazakhstani"} <= set(kaz.adjectives) and "Astana" in kaz.seats
    assert "Kremlin" in kb.countries["RUS"].seats and "White House" in kb.countries["USA"].seats


def test_roles_and_countries_are_valid_everywhere():
    kb = load_knowledge()
    for org in kb.organisations.values():
        assert org.role in ROLES, org
        assert org.country is None or org.country in kb.countries, org
    for title in kb.titles.values():
        assert title.role is None or title.role in ROLES, title
    for place, code in kb.places.items():
        assert code in kb.countries, place
    for person in kb.people.values():
        for office in person.offices:
            assert office.role in ROLES, person.slug
            assert office.country is None or office.country in kb.countries, person.slug
            assert DATE.match(office.start) and (office.end is None or DATE.match(office.end)), person.slug
            assert office.end is None or office.start < office.end, person.slug


def test_office_holders_follow_the_date():
    kb = load_knowledge()
    assert kb.holder("KAZ", "foreign_minister", "2022-06-20").name == "Mukhtar Tleuberdi"
    assert kb.holder("RUS", "defence_minister", "2024-01-01").name == "Sergei Shoigu"
    assert kb.holder("RUS", "defence_minister", "2024-06-01").name == "Andrei Belousov"
    assert kb.holder("USA", "head_of_state", "2022-01-01").name == "Joe Biden"
    assert kb.holder("GBR", "head_of_government", "2026-06-01").name == "Keir Starmer"


def test_g20_heads_and_ministers_are_known_as_of_2026():
    kb = load_knowledge()
    g20 = ("ARG AUS BRA CAN CHN FRA DEU IND IDN ITA JPN KOR MEX RUS SAU ZAF TUR GBR USA").split()
    for code in g20:
        for office in ("head_of_state", "head_of_government", "foreign_minister", "defence_minister"):
            assert kb.holder(code, office, "2026-01-15") is not None, (code, office)
