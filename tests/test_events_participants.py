"""Who takes part in events: datelines, "the government", nameless people, places, quoted speakers."""

from __future__ import annotations

from pathlib import Path

import pytest

from faultlines.pipeline import analyze_text

SAMPLE = Path(__file__).resolve().parents[2] / "shared" / "samples" / "rs-russia-kazakhstan.txt"


def triples(text: str) -> set[tuple]:
    events = analyze_text(text, published="2026-09-03").events
    return {(e.source and e.source.country, e.target and e.target.country, e.cameo[:2]) for e in events}


def test_the_dateline_names_no_actor():
    text = "ALMATY, Sep 3 (Meridian Wire) - Russia on Wednesday suspended the transit of Kazakh grain."
    events = analyze_text(text).events
    assert events and all(e.source and e.source.country == "RUS" for e in events)


def test_the_government_is_the_state_of_the_latest_subject():
    text = (
        "President Kassym-Jomart Tokayev spoke in Astana on Monday.\n\n"
        "The government rejected the demands made by Russia."
    )
    assert ("KAZ", "RUS", "12") in triples(text)


def test_the_government_of_a_named_state_and_in_a_capital():
    assert ("MLI", "FRA", "16") in triples("The government of Mali expelled the French ambassador.")
    assert ("UKR", "RUS", "11") in triples("The government in Kyiv condemned the Russian strikes.")


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Russian forces shelled residents in Kharkiv.", ("RUS", "UKR", "19")),  # harm: people of the place
        ("Norway sent food aid to people in Gaza.", ("NOR", "PSE", "07")),  # aid: people of the place
        ("Russia deployed peacekeepers to Nagorno-Karabakh.", ("RUS", "AZE", "07")),  # the place's state
        (
            "Tajikistan will not accept refugees from Afghanistan.",
            ("TJK", "AFG", "12"),
        ),  # state named with them
    ],
)
def test_nameless_people_take_the_country_of_their_place(text, expected):
    assert expected in triples(text)


def test_nameless_people_are_no_target_of_an_appeal():
    events = analyze_text("Taiwan urged people to stay calm.").events
    assert not any(e.target and "people" in e.target.name for e in events)


def test_a_generic_group_gives_way_to_a_state_beside_it():
    found = triples("China imposed sanctions on Japan and several companies.")
    assert ("CHN", "JPN", "16") in found or ("CHN", "JPN", "17") in found
    assert not any(source == "CHN" and target is None for source, target, _ in found)


def test_events_in_a_quote_paragraph_without_attribution_are_the_speakers():
    text = (
        "Kazakh President Kassym-Jomart Tokayev spoke at the forum on Friday.\n\n"
        '"We will never accept threats against our territory," Tokayev said.\n\n'
        '"We condemn the statements made by Russian commentators."'
    )
    doc = analyze_text(text)
    assert doc.quotes[-1].speaker is not None and doc.quotes[-1].speaker.country == "KAZ"
    condemn = [e for e in doc.events if e.paragraph == 2 and e.cameo.startswith("11")]
    assert condemn and condemn[0].source.country == "KAZ" and condemn[0].target.country == "RUS"
    # an act aimed at the speaker's side is not credited to the speaker
    assert not any(
        e.source and e.target and e.source.country == e.target.country == "KAZ" for e in doc.events
    )


@pytest.mark.skipif(not SAMPLE.exists(), reason="../shared/samples not present")
def test_sample_quote_paragraphs_are_credited_to_their_speakers_side():
    from faultlines.model import Input, Page
    from faultlines.pipeline import analyze_page

    doc = analyze_page(Page(Input(kind="text", path=str(SAMPLE)), text=SAMPLE.read_text(encoding="utf-8")))
    quoted = {q.paragraph: q.speaker for q in doc.quotes if q.kind == "direct" and q.speaker}
    zatulin = [p for p, s in quoted.items() if s.name.endswith("Zatulin")]
    tokayev = [p for p, s in quoted.items() if s.name.endswith("Tokayev")]
    assert zatulin and tokayev
    for paragraphs, country in ((zatulin, "RUS"), (tokayev, "KAZ")):
        events = [e for e in doc.events if e.paragraph in paragraphs and e.source]
        assert all(e.source.country == country for e in events)
    assert all(e.source.code and e.target.code for e in doc.events if e.cameo[:2] not in ("01", "14", "15"))
    assert not any(e.target and e.target.name.lower() in ("people", "some people") for e in doc.events)


def codes(text: str) -> set[tuple]:
    events = analyze_text(text, published="2026-09-03").events
    return {(e.source and e.source.code, e.target and e.target.code, e.cameo[:2]) for e in events}


def test_an_act_only_one_sector_does_has_that_sector_as_its_unnamed_source():
    # the police arrest, where the sentence names no one: of the state where it happened, else the target's
    assert ("RUSCOP", "USAMED", "17") in codes("An American journalist was arrested in Moscow on Friday.")
    assert ("KAZCOP", "KAZOPP", "17") in codes("The Kazakh opposition leader was arrested on charges of treason.")
    # a named source is never replaced
    assert not any(s == "KAZCOP" for s, _, _ in codes("Kazakh troops arrested the Kyrgyz border guards."))


def test_an_institution_in_a_named_state_is_of_that_state_but_an_embassy_is_not():
    text = "ABUJA (Wire) - Nigeria held talks.\n\nAuthorities in Tunisia have arrested more than 20 political opponents."
    assert ("TUNGOV", "TUNOPP", "17") in codes(text)
    assert ("USAGOV", "RUSGOV", "11") in codes("The US embassy in Moscow condemned the Russian government.")


def test_protesters_clashing_with_police_riot_and_tear_gas_is_repression():
    text = "NAIROBI (Wire) - Kenyan opposition protesters clashed with Kenyan police in Kisumu on Monday."
    assert ("KENOPP", "KENCOP", "14") in codes(text)
    assert ("KENCOP", "KENOPP", "17") in codes("Kenyan police fired tear gas at Kenyan opposition protesters.")
    # two armies clashing stay a clash between equals
    assert ("INDMIL", "CHNMIL", "19") in codes("Indian troops clashed with Chinese troops in the Galwan valley.")


def test_police_acting_on_nameless_people_of_their_state_and_people_taken_at_a_protest():
    text = "MINSK (Wire) - Belarusian police said they had detained 713 people at mass protests on Sunday."
    assert ("BLRCOP", "BLROPP", "17") in codes(text)
    text = "MINSK (Wire) - Belarusian police detained 40 people in the capital on Sunday."
    assert ("BLRCOP", "BLRCVL", "17") in codes(text)


def test_a_named_body_of_another_state_and_a_government_acting_on_its_parliament():
    assert ("PERLEG", "PERGOV", "17") in codes(
        "LIMA (Wire) - Peru's Congress voted to impeach Peruvian President Pedro Castillo."
    )
    assert ("TUNGOV", "TUNLEG", "17") in codes("President Kais Saied dissolved the Tunisian parliament in 2022.")
    assert ("ESTGOV", "RUSGOV", "11") in codes("Estonia summoned the Russian ambassador over the incident.")


def test_a_body_every_state_has_is_the_home_states_when_named_alone():
    text = (
        "LIMA (Wire) - Peru's president Pedro Castillo announced he was dissolving Congress.\n\n"
        "Congress voted to impeach him hours later."
    )
    found = codes(text)
    assert ("PERGOV", "PERLEG", "17") in found and ("PERLEG", "PERGOV", "17") in found
    # in an article from Washington, Congress stays the American one
    assert ("USALEG", "CHNGOV", "11") in codes("WASHINGTON (Wire) - Congress condemned China on Monday.")


def test_a_title_alone_is_the_person_last_named_with_it():
    text = (
        "SANTIAGO (Wire) - Chilean President Gabriel Boric spoke on Monday.\n\n"
        "The president condemned Argentina on Tuesday."
    )
    events = analyze_text(text, published="2026-09-03").events
    assert any(e.source and e.source.id == "person:gabriel-boric" and e.target.country == "ARG" for e in events)


def test_an_armed_group_killing_civilians_is_unconventional_violence_an_army_fighting_rebels_is_not():
    found = codes("KABUL (Wire) - Taliban militants killed 12 Afghan civilians in a market on Friday.")
    assert ("AFGREB", "AFGCVL", "18") in found
    assert ("NGAMIL", "NGAREB", "19") in codes("Nigerian troops killed 30 Boko Haram militants in Borno.")


def test_people_of_a_state_are_not_the_state_and_people_who_rally_are_protesters():
    found = codes("TBILISI (Wire) - Thousands of Georgians rallied against the Georgian parliament in Tbilisi.")
    assert any(s == "GEOOPP" and r == "14" for s, _, r in found)
    assert ("USAGOV", "RUSGOV", "11") in codes("The Americans condemned Russia on Monday.")
    assert ("LTUGOV", "GEOGOV", "04") in codes("The Foreign Ministers of Lithuania and Latvia visited Georgia.")


def test_a_state_named_with_its_weapons_is_its_armed_forces():
    assert ("RUSMIL", "SYRCVL", "19") in codes("Russian planes bombed the town of Idlib on Sunday.")
    assert ("ISRMIL", "PSECVL", "19") in codes("Israeli strikes killed 20 people in Gaza.")
    # a weapon with no state named is no actor, and no event comes of it
    assert not codes("Airstrikes killed 20 people on Sunday.")


def test_a_thing_of_a_sector_of_a_state_is_that_sector():
    assert ("SOMREB", "SOMMIL", "19") in codes("Al-Shabab fighters attacked a Somali army base on Sunday.")


def test_people_killed_are_of_the_place_the_governing_clause_names():
    text = (
        "Pakistani airstrikes targeted militant hideouts inside neighboring Afghanistan early Monday, "
        "killing at least eight people."
    )
    assert ("PAKMIL", "AFGCVL", "19") in codes(text)


def test_members_and_supporters_are_of_the_actor_they_belong_to():
    assert ("SOMREB", "KENCOP", "17") in codes(
        "More than 100 members of al-Shabab raided a police station in north-east Kenya overnight."
    )
    found = codes("Police and supporters of former Pakistani prime minister Imran Khan clashed in Lahore.")
    assert ("PAKOPP", "PAKCOP", "14") in found
    # with no one they belong to, supporters are people
    assert ("PAKCOP", "PAKCVL", "17") in codes("Pakistani police detained dozens of supporters on Sunday.")


def test_activists_are_ngo_of_the_state_named():
    assert ("KENCOP", "KENNGO", "17") in codes("Another 11 activists were arrested in Nairobi, the groups said.")


def test_an_adjective_of_a_state_on_an_act_of_armed_force_names_its_military():
    assert ("ISRMIL", "PSECVL", "20") in codes("The Israeli massacres in northern Gaza went on for days.")
    # a possessive names the state itself
    assert ("ISRGOV", "PSEREB", "19") in codes("Israel's war against Hamas entered its third month.")


def test_the_people_of_a_state_with_the_article_are_its_side():
    assert ("USAGOV", "PRKGOV", "13") in codes("The United States warned the North Koreans against another test.")
    assert ("PAKCOP", "PAKOPP", "17") in codes("Police fired tear gas at the crowd in Lahore.")


def test_the_two_sides_are_not_the_reporter_and_agree_with_each_other():
    text = (
        "Russian and Ukrainian delegations met in Istanbul on Friday.\n\n"
        "Turkish Foreign Minister Hakan Fidan said that the two sides reached an agreement on a prisoner exchange."
    )
    agreed = {c for c in codes(text) if c[2] == "05"}
    assert agreed == {("RUSGOV", "UKRGOV", "05"), ("UKRGOV", "RUSGOV", "05")}


def test_nameless_officials_are_of_the_state_the_sentence_names():
    text = "Opposition leader Bobi Wine has called on Ugandan authorities to free his supporters."
    assert any(c[:2] == ("UGAOPP", "UGAGOV") for c in codes(text))
    # not of the dateline's state: an article from one capital names other states' officials
    text = "KAMPALA, Uganda (Wire) - The UN envoy has called on authorities to free the detained journalists."
    assert not any(c[1] == "UGAGOV" for c in codes(text))
    # but the authorities a state's own opposition leader calls on are that state's
    text = "KAMPALA, Uganda (Wire) - Opposition leader Bobi Wine has called on authorities to free his supporters."
    assert any(c[:2] == ("UGAOPP", "UGAGOV") for c in codes(text))


def test_police_acting_on_a_person_in_office_is_a_domestic_event():
    assert ("PERCOP", "PERGOV", "17") in codes("Peruvian police detained President Pedro Castillo on Wednesday.")
    # but a state's police and its government as a whole are one side
    assert not any(c[:2] == ("RUSCOP", "RUSGOV") for c in codes("Russian police backed the Kremlin on Monday."))


def test_an_act_named_with_a_sector_adjective_is_between_those_sectors():
    found = codes("India and China held marathon military talks on Tuesday.")
    assert ("INDMIL", "CHNMIL", "04") in found and ("INDGOV", "CHNGOV", "04") not in found
    assert ("INDGOV", "CHNGOV", "04") in codes("India and China held talks on Tuesday.")
    # military aid is given by a government
    assert ("USAGOV", "UKRGOV", "03") in codes("The United States pledged new military aid to Ukraine.")


def test_a_private_military_company_is_an_armed_group():
    assert ("IGOEUR", "RUSREB", "16") in codes("The European Union imposed sanctions on Wagner.")


def test_violence_on_a_region_of_a_state_falls_on_its_people():
    assert ("RUSMIL", "UKRCVL", "19") in codes("Russian forces shelled eastern Ukraine overnight.")
    assert ("ISRGOV", "LBNGOV", "19") in codes("Israel struck Lebanon on Monday.")


def test_the_sides_of_a_clash_named_after_its_verb():
    found = codes("Clashes broke out between Armenian and Azerbaijani troops.")
    assert {("ARMMIL", "AZEMIL", "19"), ("AZEMIL", "ARMMIL", "19")} <= found


def test_advocates_watchdogs_and_unions_are_ngos():
    assert ("USANGO", "USACOP", "11") in codes("Free speech advocates in Massachusetts are slamming the police.")


def test_a_nameless_group_in_a_sentence_of_several_states_is_of_none():
    assert not codes("Jihadist groups regularly carry out attacks in Mali, Niger and Burkina Faso.")
    assert ("MLIREB", "MLICVL", "18") in codes("Jihadist groups regularly carry out attacks in Mali.")


def test_a_spoken_act_joined_to_a_reported_clause_is_the_speakers():
    assert ("GBROPP", "GBRGOV", "11") in codes(
        "Britain's opposition leader Maria Delgado said the plan was weak and accused the government of cowardice."
    )
    # an act of force is not: the strike, not the officials, hit the hospital
    assert not any(s == "RUSGOV" for s, _, _ in codes("Russian officials said the strike was deliberate and hit a hospital."))


def test_protesters_keep_their_stance_under_a_modifier_but_army_crowds_are_the_army():
    assert ("BGDOPP", "BGDGOV", "14") in codes("On Sunday, student protesters blocked major highways in Dhaka.")
    assert ("PSEREB", "ISRMIL", "19") in codes("Hamas fighters bombed Israeli army crowds east of Khan Younis.")


def test_civilians_who_protest_or_block_roads_are_protesters():
    assert ("POLOPP", "UKRGOV", "14") in codes("Polish farmers blocked crossings with Ukraine on Monday.")
    assert ("KENOPP", "KENGOV", "14") in codes("Kenyan farmers protested against the government in Nairobi.")
    assert ("KENCVL", "KENGOV", "02") in codes("Kenyan farmers appealed to the government for help.")
