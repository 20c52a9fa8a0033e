"""Actors as of the article's date, on short texts we wrote: out-of-office politicians, dated knowledge."""

from __future__ import annotations

from tests.test_actors import actors_of, by_name


def test_former_head_of_state_out_of_office_is_opposition():
    parsed = actors_of(
        "Donald Trump told supporters in Iowa that he would win back the White House.", published="2023-12-10"
    )
    trump = by_name(parsed, "Donald Trump")
    assert (trump.country, trump.role) == ("USA", "OPP")


def test_head_of_state_in_office_keeps_government():
    parsed = actors_of("Donald Trump told reporters that the talks went well.", published="2019-06-01")
    trump = by_name(parsed, "Donald Trump")
    assert (trump.country, trump.role) == ("USA", "GOV")


def test_undated_article_keeps_the_last_office_known():
    parsed = actors_of("Joe Biden told reporters that the talks went well.")
    biden = by_name(parsed, "Joe Biden")
    assert (biden.country, biden.role) == ("USA", "GOV")


# The PETRARCH2/Phoenix dictionaries, converted into data/actors/phoenix_*.tsv.


def test_dictionary_person_takes_the_code_of_the_article_date():
    text = "Hamid Karzai told reporters in Kabul that the talks would resume."
    assert (by_name(actors_of(text, published="2010-05-01"), "Hamid Karzai").role) == "GOV"
    # the dictionaries end in 2016: an office they leave open is over after that, and he is out of office
    later = by_name(actors_of(text, published="2023-05-01"), "Hamid Karzai")
    assert (later.country, later.role) == ("AFG", "OPP")


def test_dictionary_armed_group_is_a_rebel_organisation():
    parsed = actors_of(
        "Al-Shabaab fighters attacked a base near the town, and Al-Shabaab said it held the area."
    )
    group = by_name(parsed, "Al-Shabaab")
    assert (group.kind, group.country, group.role) == ("organisation", "SOM", "REB")


def test_dictionary_agents_give_sectors_to_groups():
    parsed = actors_of("Georgian riot police dispersed the protesters outside parliament in Tbilisi.")
    assert any(a.country == "GEO" and a.role == "COP" for a in parsed.actors)


def test_shadow_minister_is_opposition():
    parsed = actors_of("Shadow foreign secretary Hannah Webb said the government had failed.")
    assert by_name(parsed, "Hannah Webb").role == "OPP"


def test_abbreviated_titles_give_roles():
    parsed = actors_of("Sen. Walter Brimley and Gov. Ada Holt met voters in Ohio on Monday.")
    assert by_name(parsed, "Walter Brimley").role == "LEG"
    assert by_name(parsed, "Ada Holt").role == "GOV"


def test_deposed_or_former_leader_is_opposition():
    parsed = actors_of("The junta said deposed President Amadou Sarr would stand trial.")
    assert by_name(parsed, "Amadou Sarr").role == "OPP"


def test_organisation_takes_its_sector_and_state_from_its_own_name():
    parsed = actors_of(
        "The Colorado Supreme Court ruled on Tuesday, and Dunmore University said it would appeal."
    )
    court = by_name(parsed, "Colorado Supreme Court")
    assert (court.country, court.role) == ("USA", "JUD")
    assert by_name(parsed, "Dunmore University").role == "EDU"


def test_spelling_variant_of_a_known_full_name_is_that_person():
    parsed = actors_of("Nikol Pashinian said Yerevan wanted peace.", published="2024-03-01")
    pashinyan = parsed.actor_by_id("person:nikol-pashinyan")
    assert pashinyan is not None and (pashinyan.country, pashinyan.role) == ("ARM", "GOV")


def test_one_word_names_are_not_matched_by_spelling():
    from faultlines.nlp.knowledge import spelling_key

    assert spelling_key("Haniye") is None
    assert spelling_key("Ismael Haniye") == spelling_key("Ismail Haniyeh")
    assert spelling_key("Ismail Haniyeh") != spelling_key("Osman Haniyeh")
