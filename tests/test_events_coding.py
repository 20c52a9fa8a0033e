"""Event coding on short sentences we wrote, one construction each."""

from __future__ import annotations

from pathlib import Path

import pytest

from faultlines.model import Article, Input, Teaser
from faultlines.pipeline import analyze_article

SAMPLE = Path(__file__).resolve().parents[2] / "shared" / "samples" / "rs-russia-kazakhstan.txt"


try:
    from event_helpers import events_of, triples
except ImportError:  # pragma: no cover - when tests/ is a package
    from tests.event_helpers import events_of, triples


@pytest.mark.parametrize(
    "text,expected",
    [
        # subject → source, object → target
        ("Vietnam condemned China over the collision.", ("VNM", "CHN", "11")),
        # a passive act of violence done "in" a named strike: one event, the strike's side against the place hit
        ("Three people were killed in an Israeli airstrike on Rafah.", ("ISR", "PSE", "19")),
        ("Rafah has been targeted in Israeli strikes in recent days.", ("ISR", "PSE", "19")),
        # mutual acts between the states of one phrase
        ("Delegations of Russia and Ukraine concluded their meeting in Istanbul.", ("RUS", "UKR", "04")),
        ("Military talks were held throughout the day between India and China.", ("IND", "CHN", "04")),
        # verbal attacks
        ("The Kremlin lambasted Washington over the new sanctions.", ("RUS", "USA", "11")),
        ("Beijing castigated Tokyo for the visit to the shrine.", ("CHN", "JPN", "11")),
        # closures and warrants are coercion
        ("Tunisian authorities shuttered the offices of the opposition Ennahdha party.", ("TUN", "TUN", "17")),
        ("The Venezuelan government issued an arrest warrant against opposition leader Edmundo Gonzalez.", ("VEN", "VEN", "17")),
        ("Indian troops shelled Pakistani positions along the border.", ("IND", "PAK", "19")),
        ("Norway donated 40 million dollars to Sudan.", ("NOR", "SDN", "07")),
        # passive
        ("Ukraine was attacked by Russia on Saturday.", ("RUS", "UKR", "19")),
        ("The Danish ambassador was expelled by Iran.", ("IRN", "DNK", "16")),
        # prepositional target, particle
        ("Somalia appealed to Kenya for food aid.", ("SOM", "KEN", "02")),
        ("Chile pushed back against the claims made by Bolivia.", ("CHL", "BOL", "12")),
        # nominal events
        ("Russia's invasion of Ukraine shocked the region.", ("RUS", "UKR", "19")),
        ("Greece expressed its gratitude to Italy for the planes.", ("GRC", "ITA", "05")),
        ("The Russian minister responded with threats against Moldova's sovereignty.", ("RUS", "MDA", "13")),
        # metonymy
        ("The Kremlin accused Kyiv of shelling the plant.", ("RUS", "UKR", "11")),
        ("Beijing warned Tokyo against interfering.", ("CHN", "JPN", "13")),
        # appeals and demands
        ("Egypt urged Ethiopia to resume negotiations.", ("EGY", "ETH", "02")),
        ("Britain demanded that Iran release the tanker.", ("GBR", "IRN", "10")),
        # exchanges both ways, and light verbs of escalation
        ("Indian and Pakistani troops exchanged fire across the border.", ("PAK", "IND", "19")),
        ("Armenia and Azerbaijan have intensified their war of words.", ("AZE", "ARM", "11")),
        ("Russia and Ukraine exchanged prisoners on Friday.", ("UKR", "RUS", "08")),
        ("Uzbekistan's president granted clemency to 40 jailed Kazakh protesters.", ("UZB", "KAZ", "08")),
        # every state of a list after "of", a capitalised plural noun, a described group of figures
        ("The Foreign Ministers of Lithuania, Latvia, Estonia, and Iceland arrived in Tbilisi.", ("ISL", "GEO", "04")),
        ("PORT-AU-PRINCE, May 12 — Gangs stormed a police station in Haiti's capital.", ("HTI", "HTI", "19")),
        ("Opposition figures such as Ana Tamale accuse Uganda's president of authoritarianism.", ("UGA", "UGA", "11")),
        ("Three senior leaders of Hamas visited Egypt on Monday.", ("PSE", "EGY", "04")),
        ("Rockets fired by Hezbollah hit northern Israel.", ("LBN", "ISR", "18")),
        ("Kazakhstan's president spoke with Russia's president by phone.", ("RUS", "KAZ", "04")),
        # intent
        ("Japan pledged to provide aid to the Philippines.", ("JPN", "PHL", "03")),
        ("Germany promised to send tanks to Ukraine.", ("DEU", "UKR", "03")),
    ],
)
def test_construction_gives_the_event(text, expected):
    assert expected in triples(events_of(text))


def test_conjoined_actors_give_one_event_each():
    found = triples(events_of("France and Germany condemned Belarus for the landing."))
    assert {("FRA", "BLR", "11"), ("DEU", "BLR", "11")} <= found
    found = triples(events_of("Saudi Arabia sent aid to Yemen and Sudan."))
    assert ("SAU", "YEM", "07") in found


def test_reciprocal_verbs_go_both_ways():
    found = triples(events_of("India and China clashed in the valley."))
    assert {("IND", "CHN", "19"), ("CHN", "IND", "19")} <= found
    found = triples(events_of("Serbia and Kosovo accused each other of provocations."))
    assert {("SRB", "XKX", "11"), ("XKX", "SRB", "11")} <= found


@pytest.mark.parametrize(
    "text,expected,not_expected",
    [
        ("Serbia refused to recognise Kosovo.", ("SRB", "XKX", "12"), "05"),
        ("Iran will not attend the talks with the United States.", ("IRN", "USA", "12"), "04"),
        ("Turkey declined to meet the Greek foreign minister.", ("TUR", "GRC", "12"), "04"),
        ("Russia threatened to invade Georgia.", ("RUS", "GEO", "13"), "19"),
        ("Turkey would invoke its treaty rights against Greece.", ("TUR", "GRC", "13"), None),
        ("North Korea threatened to strike South Korea.", ("PRK", "KOR", "13"), "19"),
    ],
)
def test_refusals_and_threats_are_not_the_act(text, expected, not_expected):
    events = events_of(text)
    assert expected in triples(events)
    assert events[0].cameo[:2] == expected[2]
    if not_expected:
        assert all(e.cameo[:2] != not_expected for e in events)


def test_negated_violence_is_a_negated_event():
    events = events_of("Russia did not attack Ukraine.")
    assert not any(e.cameo[:2] == "19" and e.mode == "asserted" for e in events)
    assert any(e.cameo[:2] == "19" and e.mode == "negated" for e in events)


def test_events_in_quotes_are_the_speakers():
    found = triples(events_of("\u201cWe condemn this attack on Armenia,\u201d the French president said."))
    assert ("FRA", "ARM", "11") in found


def test_pronouns_and_the_country_resolve_to_the_actor():
    found = triples(events_of("Chad closed its border with Sudan. It accused Sudanese militias of raids."))
    assert ("TCD", "SDN", "11") in found
    found = triples(
        events_of("Mongolia borders China and Russia. The country signed a trade agreement with China.")
    )
    assert ("MNG", "CHN", "05") in found
    found = triples(
        events_of("Latvia summoned the Russian envoy. It accused Russia of spreading propaganda.")
    )
    assert ("LVA", "RUS", "11") in found


def test_generic_actors_with_nationality():
    events = events_of("Egyptian police arrested dozens of protesters in Cairo.")
    assert events[0].cameo == "173"
    assert events[0].source.country == "EGY" and events[0].source.role == "COP"


def test_main_event_comes_first_in_a_one_sentence_document():
    events = events_of(
        "Iraqi troops launched an assault on the rebels after Kurdish officials criticised Baghdad."
    )
    assert events[0].cameo[:2] == "19"
    events = events_of("The Kurds said Turkish forces had attacked their fighters.")
    assert events[0].cameo[:2] == "19"


def test_every_event_carries_sentence_offsets_rule_explanation_and_date():
    text = "Calm returned to the capital.\n\nOn June 17, Kazakhstan criticised Russia. Poland praised Lithuania last month."
    events = events_of(text, published="2022-06-20")
    first = next(e for e in events if e.cameo[:2] == "11")
    assert first.paragraph == 1
    assert first.sentence == "On June 17, Kazakhstan criticised Russia."
    assert text.split("\n\n")[1][first.start : first.end] == first.sentence
    assert first.rule == "verb:criticise"
    assert first.date == "2022-06-17"
    assert first.explanation.startswith('Coded 111 "Criticize or denounce" (verbal conflict): "criticised"')
    assert "source Kazakhstan" in first.explanation and "target Russia" in first.explanation
    assert 0 < first.confidence <= 1
    praise = next(e for e in events if e.cameo[:2] == "05")
    assert praise.date == "2022-05-01"
    assert first.quad_class == 3 and first.goldstein == -2.0 and first.plover == "ACCUSE"


def test_events_come_only_from_the_body_never_from_teasers():
    article = Article(
        paragraphs=["Armenia thanked France for its support."],
        published="2024-01-01",
        related=[Teaser(title="Japan attacks China", excerpt="Saudi Arabia condemned Sudan.")],
    )
    events = analyze_article(article, Input(kind="text")).events
    countries = {c for e in events for c in (e.source and e.source.country, e.target and e.target.country)}
    assert countries == {"ARM", "FRA"}


def test_sentences_without_events_give_none():
    assert events_of("The weather in the capital was mild on Tuesday.") == []


@pytest.mark.skipif(not SAMPLE.exists(), reason="../shared is not beside the project")
def test_the_sample_article():
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("Behind-the-scenes"))
    end = next(i for i, line in enumerate(lines) if line.startswith("But such talk"))
    paragraphs = [line.strip() for line in lines[start : end + 1] if line.strip()]
    article = Article(paragraphs=paragraphs, published="2022-06-20", language="en")
    events = analyze_article(article, Input(kind="text")).events

    def has(source, target, prefixes, words):
        return any(
            e.source
            and e.target
            and e.source.country == source
            and e.target.country == target
            and e.cameo[:2] in prefixes
            and any(w in e.sentence for w in words)
            for e in events
        )

    assert has("RUS", "KAZ", ("13",), ["Zatulin"])
    assert has("RUS", "KAZ", ("11",), ["ingratitude"])
    assert has("KAZ", "RUS", ("12",), ["push back"])
    assert has("KAZ", "RUS", ("12",), ["beholden"])
    assert has("KAZ", "RUS", ("04", "05"), ["gratitude"])
    assert has("RUS", "KAZ", ("06", "07", "08"), ["troops"])
    assert has("RUS", "UKR", ("14", "15", "17", "18", "19", "20"), ["war"])
    dyads: dict[frozenset, int] = {}
    for e in events:
        if (
            e.source
            and e.target
            and e.source.country
            and e.target.country
            and e.source.country != e.target.country
        ):
            pair = frozenset((e.source.country, e.target.country))
            dyads[pair] = dyads.get(pair, 0) + 1
    assert max(dyads, key=dyads.get) == frozenset(("KAZ", "RUS"))
    teaser_countries = {"JPN", "CHN", "SAU", "SDN", "ARE"}
    assert not any(e.source and e.source.country in teaser_countries for e in events)
    assert not any(e.target and e.target.country in teaser_countries for e in events)
    assert all(e.sentence and e.explanation and e.rule for e in events)


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Egypt said Israel must withdraw its troops from Gaza.",
            ("EGY", "ISR", "10"),
        ),  # reported obligation
        ("Denmark announced a suspension of aid to Egypt.", ("DNK", "EGY", "16")),  # reduced cooperation
        (
            "Pakistan is willing to withdraw its troops from the border with India.",
            ("PAK", "IND", "03"),
        ),  # intent adj.
        ("Morocco and Spain held talks in Rabat.", ("MAR", "ESP", "04")),  # light verb, reciprocal
    ],
)
def test_modality_words_change_the_code(text, expected):
    assert expected in triples(events_of(text))


def test_an_act_with_one_side_is_no_event_but_a_protest_targets_the_government():
    # "decline to comment" is no refusal, and a statement aimed at no one is not an event between two sides
    assert triples(events_of("Ghana declined to comment on the report.")) == set()
    assert ("KEN", "KEN", "14") in triples(events_of("Thousands of Kenyan opposition supporters protested in Nairobi."))


def test_definite_reference_targets_the_actor_of_the_earlier_act():
    text = "North Korea fired two missiles on Thursday.\n\nSeoul condemned the launch."
    assert ("KOR", "PRK", "11") in triples(events_of(text))


def test_idioms_of_force_code_no_force():
    assert not [e for e in events_of('"Russia strikes me as desperate," a British minister said.') if e.cameo[:2] == "19"]
    assert not [e for e in events_of("Israel and Hamas traded fire overnight.") if e.cameo[:2] == "06"]
