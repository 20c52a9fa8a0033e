"""Event modes, actor codes and sectors, domestic events, and what enters the dyad series."""

from __future__ import annotations

import pytest

from faultlines.codes import actor_code, normal_code
from faultlines.model import ActorRef, Event
from faultlines.relations.series import enters_series, series_exclusion

try:
    from event_helpers import coded, events_of
except ImportError:  # pragma: no cover - when tests/ is a package
    from tests.event_helpers import coded, events_of



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia did not attack Ukraine.", ("RUSGOV", "UKRGOV", "19", "negated")),
        ("Russia could impose sanctions on Kazakhstan.", ("RUSGOV", "KAZGOV", "16", "hypothetical")),
        ("Lavrov will visit Beijing next week.", ("RUSGOV", "CHNGOV", "04", "future")),
        ("Russia will strike Ukraine if it joins NATO.", ("RUSGOV", "UKRGOV", "13", "asserted")),
        ("Russia attacked Ukraine.", ("RUSGOV", "UKRGOV", "19", "asserted")),
    ],
)
def test_every_event_has_its_mode(text, expected):
    assert expected in coded(text)


def test_an_alleged_act_is_claimed_and_the_allegation_an_accusation():
    found = coded("Pyongyang claimed that Seoul had attacked North Korean border posts.")
    assert ("KORGOV", "PRKMIL", "19", "claimed") in found  # border posts: the forces
    assert ("PRKGOV", "KORGOV", "11", "asserted") in found


def test_an_actor_reporting_its_own_act_asserts_it():
    found = coded("The Ukrainian military said its forces had shelled Russian positions near Bakhmut.")
    assert all(mode == "asserted" for *_, mode in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Riot police dispersed the protesters with tear gas in Tbilisi.", ("GEOCOP", "GEOOPP", "17")),
        ("Police arrested the opposition leader in Minsk on Tuesday.", ("BLRCOP", "BLROPP", "17")),
        ("The Sudanese army attacked RSF positions in Khartoum.", ("SDNMIL", "SDNREB", "19")),
    ],
)
def test_domestic_events_between_sectors_are_coded(text, expected):
    assert expected in {t[:3] for t in coded(text)}


def test_events_with_a_side_of_no_known_state_are_not_reported():
    assert not events_of("The minister responded with threats against the plan.")
    assert all(e.source.code and e.target.code for e in events_of("Unknown gunmen attacked a convoy."))


def test_actor_codes():
    assert actor_code("RUS", "RUS", None) == "RUSGOV"  # a state named as a whole acts through its government
    assert actor_code("org:un", None, "IGO") == "IGOUNO"
    assert actor_code("org:nato", None, "IGO") == "IGONAT"
    assert actor_code("org:brics", None, "IGO") == "IGOOTH"
    assert actor_code("org:amnesty", None, "NGO") == "---NGO"
    assert actor_code("generic:thing", None, None) is None
    assert normal_code("AFGINS") == "AFGREB"
    ref = ActorRef(id="GEO:COP", name="police", country="GEO", role="COP")
    assert ref.to_dict()["code"] == "GEOCOP" and ref.to_dict()["sector"] == "COP"


def _event(mode="asserted", confidence=0.9, source="RUS", target="UKR"):
    return Event(
        source=ActorRef(id=source, name=source, country=source, role="GOV"),
        target=ActorRef(id=target, name=target, country=target, role="GOV") if target else None,
        cameo="190",
        quad_class=4,
        goldstein=-10.0,
        confidence=confidence,
        mode=mode,
    )


def test_only_asserted_confident_events_between_states_enter_the_series():
    assert enters_series(_event())
    assert "negated" in series_exclusion(_event(mode="negated"))
    assert "confidence" in series_exclusion(_event(confidence=0.1), min_confidence=0.3)
    assert "known state" in series_exclusion(_event(target=None))
    assert series_exclusion(_event(target="RUS")) is None and not enters_series(_event(target="RUS"))


def test_the_threshold_is_a_setting(monkeypatch):
    monkeypatch.setenv("FAULTLINES_MIN_CONFIDENCE", "0.95")
    assert not enters_series(_event(confidence=0.9))
    monkeypatch.setenv("FAULTLINES_MIN_CONFIDENCE", "0.5")
    assert enters_series(_event(confidence=0.9))


def test_event_json_round_trips_the_mode():
    data = _event(mode="future").to_dict()
    assert data["mode"] == "future" and data["source"]["code"] == "RUSGOV"
    assert Event.from_dict(data).mode == "future"


def test_a_possible_or_planned_act_named_by_a_noun_is_not_asserted():
    assert ("CHNMIL", "TWNGOV", "19", "hypothetical") in coded("Fear of a possible Chinese invasion of Taiwan grew.")
    assert ("CHNMIL", "TWNGOV", "19", "asserted") in coded("Fear of the Chinese invasion of Taiwan grew.")


def test_a_question_put_to_someone_is_no_appeal():
    for text in (
        "The Kazakh minister asked Lavrov whether Russia would lift the ban.",
        "The Kazakh minister asked Lavrov what Russia thought of the ban.",
    ):
        assert all(code[2] != "02" for code in coded(text)), text
    assert ("KAZGOV", "RUSGOV", "02", "asserted") in coded("The Kazakh minister asked Russia to lift the ban.")


def test_the_reporter_of_an_act_is_not_its_target():
    found = coded("South Korean officials say North Korea has fired a ballistic missile into the sea.")
    assert all(code[1] != "KORGOV" and not code[1].startswith("KOR") for code in found)
    # a clause telling when or why the main clause happened takes the main clause's other party
    found = coded("Kazakhstan was ungrateful to Russia after it sent troops to quell the unrest.")
    assert any(code[:3] == ("RUSGOV", "KAZGOV", "07") or code[:2] == ("RUSGOV", "KAZGOV") for code in found)


def test_an_intent_the_parser_lemmatises_wrongly_still_counts():
    # spaCy's small model gives "hoped" the lemma "hop"
    assert ("UKRGOV", "POLGOV", "03", "asserted") in coded("Kyiv hoped to reach an agreement with Poland.")


def test_a_known_holder_of_an_intergovernmental_office_is_coded_as_that_body():
    from faultlines.codes import actor_code

    assert actor_code("person:josep-borrell", None, "IGO") == "IGOEUR"
    assert actor_code("person:jens-stoltenberg", None, "IGO") == "IGONAT"
    assert actor_code("person:antonio-guterres", None, "IGO") == "IGOUNO"
    assert actor_code("person:someone-unknown", None, "IGO") == "IGOOTH"


def test_being_open_to_an_act_is_an_intent():
    assert ("UKRGOV", "RUSGOV", "03", "asserted") in coded("Zelensky said he is open to a meeting with Putin.")


def test_a_condition_put_first_is_hypothetical():
    from faultlines.pipeline import analyze_text

    def modes(text):
        return {(e.source.country, e.target.country, e.mode) for e in analyze_text(text, published="2024-05-10").events}

    assert ("RUS", "LVA", "hypothetical") in modes("Were Russia to attack Latvia, NATO would respond.")
    assert ("RUS", "LVA", "asserted") in modes("Russia had attacked Latvia before NATO responded.")


def test_an_act_being_weighed_is_hypothetical_and_goods_stand_for_their_states_firms():
    from faultlines.pipeline import analyze_text

    events = analyze_text("The Biden administration is considering raising tariffs on Chinese goods.", published="2024-05-10").events
    tariffs = next(e for e in events if e.cameo[:2] == "16")
    assert (tariffs.source.code, tariffs.target.code, tariffs.mode) == ("USAGOV", "CHNBUS", "hypothetical")
