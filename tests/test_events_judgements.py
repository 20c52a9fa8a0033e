"""A speaker's hostile judgement of another actor is a criticism or an accusation (CAMEO 11x) of that actor."""

from __future__ import annotations

import pytest

from faultlines.pipeline import analyze_text


def codes(text: str) -> set[tuple[str | None, str | None, str]]:
    doc = analyze_text(text, published="2024-05-10")
    return {(e.source and e.source.code, e.target and e.target.code, e.cameo) for e in doc.events}


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Russia's foreign ministry called the Lithuanian decision a provocation.", ("RUSGOV", "LTUGOV", "111")),
        ("Iran's foreign ministry said the new US sanctions were illegal.", ("IRNGOV", "USAGOV", "111")),
        (
            "Pakistan's foreign ministry said the remarks by the Indian army chief were irresponsible.",
            ("PAKGOV", "INDMIL", "111"),
        ),
        (
            "Kenya's opposition leader Raila Odinga said President William Ruto was a liar.",
            ("KENOPP", "KENGOV", "112"),
        ),
    ],
)
def test_a_judgement_said_of_an_actor_or_its_act_is_coded(text, expected):
    assert expected in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Kremlin called the sanctions illegal.",  # whose sanctions the sentence does not say
        "Iran's foreign ministry said the new US sanctions were not illegal.",  # the judgement is denied
        "The new US sanctions were illegal under international law.",  # nobody passes the judgement
    ],
)
def test_no_criticism_without_a_judge_a_judged_actor_or_with_a_denial(text):
    assert not {c for c in codes(text) if c[2].startswith("11")}


def test_a_party_official_takes_the_party_sector_not_a_governments():
    doc = analyze_text(
        "Labour's shadow international development secretary Lisa Nandy accused the British government of lying.",
        published="2024-05-10",
    )
    nandy = next(a for a in doc.actors if a.name == "Lisa Nandy")
    assert nandy.code == "GBROPP"
    assert ("GBROPP", "GBRGOV", "112") in {(e.source.code, e.target.code, e.cameo) for e in doc.events}


def test_a_delegation_or_official_of_an_armed_group_or_igo_stands_for_it():
    doc = analyze_text("A Hamas delegation met a UN official in Cairo.", published="2024-05-10")
    pairs = {frozenset((e.source.code, e.target.code)) for e in doc.events if e.source and e.target}
    assert frozenset(("PSEREB", "IGOUNO")) in pairs


def test_party_leaders_in_a_chamber_are_legislators():
    doc = analyze_text("Senate Minority Leader Mitch McConnell criticised the plan.", published="2024-05-10")
    assert next(a for a in doc.actors if a.name == "Mitch McConnell").role == "LEG"


def test_nameless_people_arrested_are_held_by_the_police_of_the_article_home():
    doc = analyze_text(
        "NAIROBI, Kenya (AP) — Kenyan police fired tear gas at opposition supporters on Friday.\n\n"
        "Another 11 activists were arrested in other towns, the groups said.",
        published="2024-05-10",
    )
    assert ("KENCOP", "KENNGO", "17") in {
        (e.source and e.source.code, e.target and e.target.code, e.cameo[:2]) for e in doc.events
    }


def test_the_group_stands_for_the_armed_group_or_party_named_before():
    doc = analyze_text(
        "Hamas released ten hostages on Friday.\n\nThe Islamist group also accused Israel of violating the truce.",
        published="2024-05-10",
    )
    assert ("PSEREB", "ISRGOV", "11") in {
        (e.source and e.source.code, e.target and e.target.code, e.cameo[:2]) for e in doc.events
    }


@pytest.mark.parametrize(
    "text",
    [
        "(FILE) Egyptian President Abdel Fattah al-Sisi looks on during his meeting with German Chancellor Olaf Scholz.",
        "FILE PHOTO: Russian troops shell Ukrainian positions near Bakhmut.",
        "The Daily Planet, Russia threatens Kazakhstan over border talks, Dec. 18, 2023",
    ],
)
def test_captions_and_reference_lines_left_in_a_body_report_no_event(text):
    assert not analyze_text(text, published="2024-05-10").events


def test_a_sentence_ending_with_a_date_is_still_a_sentence():
    assert analyze_text("Russia threatened Kazakhstan on Dec. 18, 2023.", published="2024-05-10").events


def test_forces_killing_protesters_is_repression_and_a_clash_is_violent_protest():
    def coded(text):
        return {(e.source.code, e.target.code, e.cameo) for e in analyze_text(text, published="2024-05-10").events}

    assert ("SDNMIL", "SDNOPP", "175") in coded("Sudanese troops killed two demonstrators in Khartoum.")
    assert ("GEOOPP", "GEOCOP", "145") in coded("Protesters clashed with police in Tbilisi, Georgia.")


def test_nameless_authorities_facing_a_states_own_people_are_that_states():
    def coded(text):
        return {(e.source.code, e.target.code, e.cameo[:2]) for e in analyze_text(text, published="2024-05-10").events}

    assert ("UGAGOV", "UGAOPP", "11") in coded(
        "Authorities accuse Uganda's opposition leader Bobi Wine of trying to lead violent protests."
    )
    # a government and nameless "governments" are not one state
    assert not any(s == t for s, t, _ in coded("France said governments had stepped in with new restrictions."))
