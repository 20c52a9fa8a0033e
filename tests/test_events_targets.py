"""Targets of events, on sentences we wrote: one construction each (the phrase the coder picks as target)."""

from __future__ import annotations

import pytest

from faultlines import nlp
from faultlines.events.article import code_parsed
from faultlines.model import Article
from faultlines.pipeline import analyze_text


def main_event(text: str):
    """The first coded event of a one-sentence article: (code, rule, source phrases, target phrases)."""
    parsed = nlp.analyze(Article(paragraphs=[text], language="en"))
    coded = code_parsed(parsed)
    assert coded, f"no event in {text!r}"
    first = coded[0][2]
    return first.code, first.rule, [p.words for p in first.sources], [p.words for p in first.targets]


try:
    from event_helpers import events_of, triples
except ImportError:  # pragma: no cover - when tests/ is a package
    from tests.event_helpers import events_of, triples


@pytest.mark.parametrize(
    "text,expected",
    [
        # the owner of the thing an object pattern names: "by", "of", a participle's "on"
        ("Hungary rejected accusations by Sweden of corruption.", ("HUN", "SWE", "01")),
        ("Peru denied charges by Chile that it had moved troops to the border.", ("PER", "CHL", "01")),
        ("Egypt lifted its blockade of Libya.", ("EGY", "LBY", "08")),
        ("Canada lifted sanctions imposed on Liberia in 2003.", ("CAN", "LBR", "08")),
        # a recipient the parse hangs inside the thing given
        ("Denmark provides 5 million euros in aid to the Somali people every year.", ("DNK", "SOM", "07")),
        # the recipient of a passive return, not a name inside the thing returned
        (
            "A letter from a Polish king to a French queen was returned by Austria to Hungary.",
            ("AUT", "HUN", "08"),
        ),
        # extradition: the state that receives the person
        ("Spain extradited the Russian businessman to the United States.", ("ESP", "USA", "06")),
        # an operation against someone is force
        ("Kenya launched a military operation against al-Shabaab near the border.", ("KEN", "SOM", "19")),
        # condolences for a people
        ("Spain expressed its condolences for the Moroccan people.", ("ESP", "MAR", "01")),
    ],
)
def test_target_construction(text, expected):
    assert expected in triples(events_of(text))


def test_extradition_noun_targets_the_receiving_state():
    _, rule, _, targets = main_event("The court ordered the extradition of a Belgian banker to Brazil.")
    assert rule.endswith("noun:extradition+prep:to")
    assert targets == ["Brazil"]


def test_mediation_between_two_states_targets_both():
    found = triples(events_of("Norway launched a mediation effort between Colombia and Venezuela."))
    assert {("NOR", "COL", "04"), ("NOR", "VEN", "04")} <= found


def test_considered_act_takes_the_target_of_its_complement():
    code, rule, sources, targets = main_event("Finland is considering sending aid to Estonia.")
    assert (code, rule) == ("014", "verb:consider")
    assert sources == ["Finland"] and targets == ["Estonia"]


def test_some_of_a_group_is_the_group():
    code, _, _, targets = main_event("Somali pirates released four of the Indian sailors on Friday.")
    assert code.startswith("08")
    assert targets == ["the Indian sailors"]


def test_freed_person_named_by_a_common_noun():
    _, _, _, targets = main_event("Iran freed a British aid worker.")
    assert targets == ["a British aid worker"]


def test_future_light_verb_is_an_intention():
    code, rule, _, targets = main_event("Turkey will launch an offensive against Kurdish fighters in Iraq.")
    assert code.startswith("13") and rule.endswith("+modal")
    assert targets


def test_source_is_never_the_target():
    code, _, sources, targets = main_event("Sweden provides 3 million euros in aid to Sweden's own farmers.")
    assert not set(sources) & set(targets)


def test_state_in_a_hyphenated_compound_is_not_the_state():
    for text in (
        "Canada has donated a shipment of 300 state-of-the-art pumps and other equipment to help Peru with its floods.",
        "Canada has donated a shipment of 300 state - of - the - art pumps and other equipment to help Peru.",
    ):
        events = analyze_text(text).events
        assert any(e.target is not None and e.target.country == "PER" for e in events), text
        assert all("state" not in (e.target.name or "").lower() for e in events if e.target), text


def test_both_governments_are_the_two_states_not_their_officials():
    text = (
        "Serbian President Aleksandar Vucic accused Kosovo of provoking unrest in the north.\n\n"
        "Kosovo's prime minister, Albin Kurti, rejected the charge on Tuesday.\n\n"
        "The European Union urged both governments to return to the talks in Brussels."
    )
    urged = [e for e in analyze_text(text).events if e.cameo.startswith("02")]
    assert sorted((e.target.id, e.target.country, e.target.role) for e in urged) == [
        ("SRB", "SRB", "GOV"),
        ("XKX", "XKX", "GOV"),
    ]


def test_a_monitoring_mission_deployed_is_cooperation_not_a_troop_build_up():
    events = analyze_text("The European Union deployed a civilian monitoring mission to Georgia in 2008.").events
    assert [(e.target.country, e.cameo, e.quad_class) for e in events] == [("GEO", "074", 2)]


def test_the_kingdom_is_the_state_just_named():
    events = analyze_text(
        "Saudi Foreign Minister Prince Faisal bin Farhan said the kingdom welcomed the decision by Iran."
    ).events
    assert [(e.source.country, e.source.id, e.target.country) for e in events] == [("SAU", "SAU", "IRN")]


def test_a_reference_to_an_earlier_act_needs_an_act_of_that_kind():
    # "the sea" refers to no act: the missile has no target, and the event is not kept
    text = "Russia condemned Kazakhstan on Monday.\n\nNorth Korea fired a ballistic missile into the sea."
    assert ("PRK", "RUS", "19") not in triples(events_of(text))
    # "the accusations" refer to the latest accusation, not to the latest act of any kind
    text = (
        "Azerbaijan accused Armenia of shelling its positions.\n\nTurkey met Georgia on Tuesday.\n\n"
        "Armenia rejected the accusations."
    )
    assert ("ARM", "AZE", "01") in triples(events_of(text))


def test_an_act_answering_another_is_aimed_at_its_doer():
    text = "Israel declared war after Hamas militants stormed across its border."
    assert ("ISR", "PSE", "19") in triples(events_of(text))


def test_a_passive_act_reported_by_someone_is_not_theirs():
    text = "The Congolese government says at least 130 Rwandan soldiers have been killed in the fighting in Goma."
    assert not any(s == "COD" for s, _, root in triples(events_of(text)) if root == "19")


def test_a_deployment_in_a_state_is_toward_the_state_an_attack_there_on_its_people():
    def codes(text):
        return {(e.source.code, e.target.code) for e in analyze_text(text, published="2024-05-10").events}

    assert ("FRAGOV", "MLIGOV") in codes("The French deployment in Mali involves 5100 soldiers.")
    assert ("FRAMIL", "MLICVL") in codes("French attacks in Mali killed 20 people.")
