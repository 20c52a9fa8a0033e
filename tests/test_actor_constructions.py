"""Actor codes (country + sector) for wire-style constructions, on short sentences we wrote: the body a person works
for, ranks, a body's title before a generic one, a place before a title, the office's own words before it, and a
state that is the subject of someone's expertise."""

from __future__ import annotations

import pytest
from test_actors_fixes import actors_of, named


def code_of(text: str, name: str) -> str | None:
    actor = named(actors_of(text), name)
    assert actor is not None, f"{name} not found"
    return actor.code


@pytest.mark.parametrize(
    "text, name, code",
    [
        ("Adam Pike, a senior vice president at cybersecurity firm Redline, said the attack was new.", "Adam Pike", "---BUS"),
        ("Mark Dunn, global security adviser at security firm Corvex, said the hackers were skilled.", "Mark Dunn", "---BUS"),
        ("Tom Reese, a threat researcher at cybersecurity company Sentora, said the group was active.", "Tom Reese", "---BUS"),
        ("Anna Berg, an analyst at consultancy Vantor Risk, said the vote was close.", "Anna Berg", "---BUS"),
        ("Paul Grant, the executive director of the nonprofit Citizens for Clean Water, said the rule was unfair.",
         "Paul Grant", "---NGO"),
        ("Laura Finch, the president of the National Foundation for Rural Health, said the cuts were harmful.",
         "Laura Finch", "---NGO"),
        ("Mark Olsen, a professor of law at the University of Bristol, said the ruling was weak.", "Mark Olsen", "---EDU"),
        ("Lionel Barre of the Haitian police union said the station was attacked.", "Lionel Barre", "HTINGO"),
    ],
)
def test_the_body_a_person_works_for_gives_the_sector(text, name, code):
    assert code_of(text, name) == code


def test_a_chief_executive_stays_business_at_an_association():
    text = "Mahlon Reed, interim CEO of the Ohio Pharmacy Association, said pharmacists would not take the risk."
    assert code_of(text, "Mahlon Reed") == "USABUS"


@pytest.mark.parametrize(
    "text, name, code",
    [
        ("University President Derek Hall wrote an essay defending the students.", "Derek Hall", "---EDU"),
        ("Westfield University president Carl Moody announced a new research hub.", "Carl Moody", "---EDU"),
        ("Police inspector Karim Uddin said two men were killed.", "Karim Uddin", "---COP"),
        ('"At least 10 soldiers died," Major Ahmed Warsame told Reuters.', "Ahmed Warsame", "---MIL"),
        ("Brigadier General Samuel Okoro said the town had been retaken.", "Samuel Okoro", "---MIL"),
    ],
)
def test_ranks_and_bodies_before_a_title(text, name, code):
    assert code_of(text, name) == code


@pytest.mark.parametrize(
    "text, name, code",
    [
        ("Mexico's Finance minister, Rogelio Cortez, said the deal was not a priority.", "Rogelio Cortez", "MEXGOV"),
        ("Kenya's Interior Minister, Daniel Kariuki, said the protests were illegal.", "Daniel Kariuki", "KENGOV"),
        ("Florida Governor Ron Baxter signed the bill on Tuesday.", "Ron Baxter", "USAGOV"),
        ("Texas Attorney General Ken Dale sued the administration.", "Ken Dale", "USAJUD"),
    ],
)
def test_the_state_of_an_office(text, name, code):
    assert code_of(text, name) == code


def test_a_state_that_is_an_experts_subject_is_not_the_experts_state():
    text = "Kim Lee, a North Korea expert at the Stimson Center, said Seoul and Washington must talk to Moscow."
    actor = named(actors_of(text), "Kim Lee")
    assert actor is not None and actor.country != "PRK" and actor.role == "EDU"
