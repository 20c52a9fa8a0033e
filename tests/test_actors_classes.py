"""Country and sector of actors, by classes of error seen on real news (texts written for these tests): a US state
that shares a country's name, acronyms of known organisations spelt out another way, another state's body named
with its adjective, the state a speaker talks about, and the employer of a person whose title is a state's."""

from __future__ import annotations

from test_actors_fixes import actors_of, named


def code(parsed, name: str) -> tuple[str | None, str | None]:
    actor = named(parsed, name)
    assert actor is not None, f"{name} is no actor of {[a.name for a in parsed.actors]}"
    return actor.country, actor.role


def test_people_and_bodies_of_the_us_state_georgia_are_american():
    parsed = actors_of(
        "The U.S. Drug Enforcement Administration warned pharmacies on Monday. Georgia lets patients buy the oil.",
        "Mahlon Dawes, interim CEO of the Georgia Pharmacists Association, said he doubted it.",
    )
    assert code(parsed, "Mahlon Dawes") == ("USA", "BUS")
    assert named(parsed, "Georgia") is None


def test_the_country_georgia_keeps_its_people():
    parsed = actors_of(
        "Georgian police detained protesters in Tbilisi on Sunday.",
        "Nina Gelashvili, head of the Georgia Media Union, condemned the arrests.",
    )
    assert code(parsed, "Georgian police") == ("GEO", "COP")


def test_a_long_name_spelt_differently_is_the_known_acronym():
    after = actors_of("Biden told the assembled APEC (Asian-Pacific Economic Cooperation) heads that the US would stay.")
    before = actors_of("Biden told the Asia Pacific Economic Cooperation (APEC) forum that the US would stay.")
    for parsed in (after, before):
        igos = [a for a in parsed.actors if a.role == "IGO"]
        assert [a.id for a in igos] == ["org:apec"]
        assert not any(a.name.startswith("Asia") and a.country == "USA" for a in parsed.actors)


def test_another_states_congress_is_its_legislature():
    parsed = actors_of("The Peruvian Congress voted to impeach President Pedro Castillo on Wednesday.")
    assert not any(a.id == "org:congress" for a in parsed.actors)
    assert ("PER", "LEG") in {(a.country, a.role) for a in parsed.actors}
    us = actors_of("The US Congress voted on the aid bill on Wednesday.")
    assert any(a.id == "org:congress" for a in us.actors)


def test_another_states_party_of_the_same_name_is_not_the_known_one():
    parsed = actors_of("The Maldivian Democratic Party said the vote was rigged.")
    assert all(a.country != "USA" for a in parsed.actors)


def test_the_head_of_a_named_firm_or_charity_is_not_a_state_official():
    firm = actors_of("Tom Gruber, president of Harbor Logistics, said sales fell.")
    assert code(firm, "Tom Gruber")[1] == "BUS"
    charity = actors_of("Dr. Paul Varnick, president of Greenleaf Health Alliance, declined to comment.")
    assert code(charity, "Paul Varnick")[1] == "NGO"
    assert code(charity, "Greenleaf Health Alliance")[1] == "NGO"
    owner = actors_of("The company's president Antonio Ibarra met him in Miami before the deal.")
    assert code(owner, "Antonio Ibarra")[1] == "BUS"


def test_a_states_president_and_officials_stay_in_government():
    assert code(actors_of("Maria Lopez, president of Colombia, said the rule stands."), "Maria Lopez") == (
        "COL",
        "GOV",
    )
    agency = actors_of("Dana Ellison, an official at the Federal Aviation Administration, said the rule stands.")
    assert code(agency, "Dana Ellison")[1] == "GOV"
    assert code(actors_of("Russia's President Vladimir Putin met him."), "Vladimir Putin") == ("RUS", "GOV")


def test_a_speaker_is_not_of_the_state_they_speak_about():
    parsed = actors_of(
        "Iran and Turkey held talks in Ankara on Monday.",
        "Foreign Minister Ahmad Karimi said Israel must stop the bombing.",
        "Spokesman Wang Lei told reporters that Japan had violated the agreement.",
        'The spokesperson Samir Aziz said: "The Israeli forces committed massacres."',
    )
    assert code(parsed, "Ahmad Karimi")[0] != "ISR"
    assert code(parsed, "Wang Lei")[0] != "JPN"
    assert code(parsed, "Samir Aziz")[0] != "ISR"
    before = actors_of("Iran and Turkey held talks.", "In Russia, MP Ivan Petrov called for sanctions.")
    assert code(before, "Ivan Petrov") == ("RUS", "LEG")
    after = actors_of("Iran and Turkey held talks.", "MP Ivan Petrov of Russia called for sanctions.")
    assert code(after, "Ivan Petrov") == ("RUS", "LEG")


def test_outlets_named_as_what_people_told_or_read_are_media():
    parsed = actors_of(
        "There have been reports in the Evening Times that the Home Office had assessed the site as unsuitable.",
        "Ana Ruiz told The Lakeside Journal-Courier that the state would act.",
        "The group wrote the bill, according to the investigative news site Rent Watchers.",
        "Mira Kolb, a researcher, works with Plainsight, an investigative journalism group.",
    )
    for name in ("Evening Times", "Lakeside Journal-Courier", "Rent Watchers", "Plainsight"):
        assert code(parsed, name)[1] == "MED", name
    assert code(parsed, "Home Office") == ("GBR", "GOV")


def test_a_committee_told_is_no_outlet():
    parsed = actors_of("The minister told the Senate Armed Services Committee that the plan was ready.")
    assert all(a.role != "MED" for a in parsed.actors)


def test_a_bare_congress_in_a_story_about_another_states_congress_is_that_one():
    parsed = actors_of(
        "Peru's Congress on Wednesday voted to impeach President Pedro Castillo.",
        "Castillo had announced the dissolution of Congress hours earlier.",
    )
    assert not any(a.id == "org:congress" for a in parsed.actors)
    legislature = next(a for a in parsed.actors if a.role == "LEG")
    assert legislature.country == "PER" and legislature.mentions == 2
    both = actors_of("The US Congress passed the bill. Congress will vote again. Mexico's Congress objected.")
    assert both.actor_by_id("org:congress").mentions == 2


def test_a_journalist_or_civilian_is_of_where_the_sentence_places_them():
    parsed = actors_of(
        "Israeli media said the army struck again on Sunday. Israeli jets hit targets, the army said.",
        "The government media office in Gaza reported that journalist Adel Zorab was killed in a bombing in Rafah.",
    )
    assert code(parsed, "Adel Zorab") == ("PSE", "MED")


def test_the_partys_spokesman_speaks_for_the_party_named_before():
    parsed = actors_of(
        "The Liberal Democrats called the plan unworkable, with the party's home affairs spokesman Alistair "
        "Carwell branding it half-baked."
    )
    assert code(parsed, "Alistair Carwell") == ("GBR", "OPP")


def test_a_former_office_holder_keeps_a_new_title_the_text_gives():
    new = actors_of("Senator Mike Pompeo said the talks had failed.", published="2023-12-01")
    assert code(new, "Mike Pompeo") == ("USA", "LEG")
    mp = actors_of("MP Boris Johnson said the talks had failed.", published="2023-12-01")
    assert code(mp, "Boris Johnson") == ("GBR", "LEG")
    old = actors_of("Prime Minister Boris Johnson said the talks had failed.", published="2023-12-01")
    assert code(old, "Boris Johnson") == ("GBR", "OPP")  # the office he held, named years later
    former = actors_of("Former prime minister Boris Johnson criticised the plan.", published="2023-12-01")
    assert code(former, "Boris Johnson") == ("GBR", "OPP")


def test_security_firms_and_news_agencies_of_the_knowledge_give_their_people_a_state():
    parsed = actors_of(
        "Pyongyang's hackers stole the coins, said Dan Moray, an analyst at cybersecurity firm SentinelOne.",
        "The attack was confirmed by Kaspersky, EFE reported.",
    )
    assert code(parsed, "Dan Moray") == ("USA", "BUS")
    assert code(parsed, "Kaspersky") == ("RUS", "BUS")
    assert code(parsed, "EFE") == ("ESP", "MED")


def test_an_american_of_some_descent_is_american():
    parsed = actors_of("Iran and Haiti held talks.", "Joseph Vinson, a Haitian American who worked as an informant, was there.")
    assert code(parsed, "Joseph Vinson")[0] == "USA"


def test_a_state_before_another_persons_title_is_not_the_sentences():
    parsed = actors_of(
        "Chad and France held talks.",
        "Niger's junta told a top U.S. diplomat that they would kill deposed President Mohamed Bazum if Chad moved.",
        "Lawmakers sent a letter to U.S. Trade ambassador Katherine Tay last month.",
    )
    assert code(parsed, "Mohamed Bazum") != ("USA", "OPP")
    assert code(parsed, "Katherine Tay") == ("USA", "GOV")


def test_a_known_body_that_assesses_a_clause_is_quoted():
    from test_quote_constructions import reported

    assert reported("Huawei assessed the deal was over.") == [("the deal was over", "Huawei")]
    assert reported("The ministry announced the measures that would take effect.") == []


def test_the_partys_hyphenated_officer_in_a_later_paragraph_is_the_partys():
    parsed = actors_of(
        "Ennahdha was the largest party in parliament before the chamber was dissolved.",
        "The party's vice-president, Mondher Louni, told a news conference that the leader had been taken away.",
    )
    assert code(parsed, "Mondher Louni") == ("TUN", "OPP")


def test_a_participle_opens_a_title_in_apposition():
    parsed = actors_of("Kyle Konrad, managing editor of the Crystal Ball, said the race was close.")
    assert code(parsed, "Kyle Konrad")[1] == "MED"


def test_campaign_staff_are_with_the_candidate_and_pacs_are_ngos():
    parsed = actors_of(
        "Polling from SFB, one of the outside PACs supporting the senator, shows her ahead.",
        '"She is not taking any voter for granted," said Olivia Perez-Cano, a campaign spokesperson.',
    )
    assert code(parsed, "SFB")[1] == "NGO"
    assert code(parsed, "Olivia Perez-Cano")[1] == "OPP"


def test_a_member_of_a_state_body_is_of_its_sector():
    parsed = actors_of("Lena Ortiz, a member of the city council, said the budget passed.")
    assert code(parsed, "Lena Ortiz")[1] == "GOV"


def test_the_heads_of_several_bodies_after_a_name_do_not_make_it_a_firm():
    parsed = actors_of(
        "Since appearing before the House Committee on Education and the Workforce, the presidents of Harvard, "
        "Yale and MIT have been criticised."
    )
    assert all(a.role != "BUS" for a in parsed.actors)
