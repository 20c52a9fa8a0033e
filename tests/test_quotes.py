"""Quote extraction and attribution on short texts written for the tests (one pattern each)."""

from __future__ import annotations

import pytest

from faultlines.model import Article
from faultlines.nlp.parsed import ParsedArticle
from faultlines.nlp.quotes import extract_quotes

pytest.importorskip("spacy")


def quotes_of(*paragraphs: str, with_actors: bool = False):
    from faultlines.nlp.engine import parse_paragraphs

    article = Article(paragraphs=list(paragraphs), language="en")
    parsed = ParsedArticle(article=article, docs=parse_paragraphs(article.paragraphs))
    if with_actors:
        from faultlines.nlp.actors import resolve_actors

        parsed.actors = resolve_actors(parsed)
    found = extract_quotes(parsed)
    for q in found:
        assert article.paragraphs[q.paragraph][q.start : q.end] == q.text, q
    return found


def speaker(q) -> str | None:
    return q.speaker.name if q.speaker else None


def test_said_after_quote_with_inverted_speaker_and_apposition():
    (q,) = quotes_of(
        "“We will not sign this text as it stands,” said Amara Okafor, Nigeria’s trade minister."
    )
    assert (q.text, q.kind, speaker(q), q.cue) == (
        "We will not sign this text as it stands",
        "direct",
        "Amara Okafor",
        "say",
    )


def test_speaker_before_quote_with_colon():
    (q,) = quotes_of("Defence Minister Rasa Kalnina told a news conference: “This was a deliberate test.”")
    assert q.kind == "direct" and speaker(q) == "Rasa Kalnina" and q.cue == "tell"
    assert q.text == "This was a deliberate test."


def test_pronoun_resolves_to_the_person_named_earlier():
    found = quotes_of(
        "Negotiator Pablo Ferrán arrived two hours late for the talks in Lima.",
        "“Nobody here is in a hurry,” he told reporters.",
    )
    assert [(q.text, speaker(q), q.cue) for q in found] == [
        ("Nobody here is in a hurry", "Pablo Ferrán", "tell")
    ]


def test_title_anaphora_finds_the_titled_person():
    found = quotes_of(
        "Foreign Minister Ilse Varga met her counterpart, Tomas Brandt, in Vienna on Monday.",
        "“The border question is closed,” the minister said after the meeting.",
    )
    assert speaker(found[-1]) == "Ilse Varga"


def test_according_to_and_who_clause():
    found = quotes_of(
        "“The ceasefire is holding in most districts,” according to Mirela Dragan, the mission’s chief observer.",
        "Dragan, who has led the mission since March, said the monitors had “unrestricted access” to the front.",
    )
    assert [(q.kind, speaker(q)) for q in found] == [
        ("direct", "Mirela Dragan"),
        ("indirect", "Mirela Dragan"),
        ("partial", "Mirela Dragan"),
    ]
    assert found[0].cue == "according to"


def test_paragraph_with_no_attribution_continues_the_previous_speaker():
    found = quotes_of(
        "“We have waited eleven years,” said Rauf Aliyev, the deputy energy minister. “Patience is not infinite.”",
        "“Our partners know exactly what they have to sign.”",
        "The talks resume in May.",
        "“Nothing has been decided,” a senior official said.",
    )
    assert [speaker(q) for q in found] == ["Rauf Aliyev", "Rauf Aliyev", "Rauf Aliyev", "senior official"]
    assert found[-1].kind == "direct"


def test_quote_over_several_paragraphs_opens_each_and_closes_at_the_end():
    found = quotes_of(
        "In her memoir, the mediator Karin Holm recalls the night the talks nearly failed.",
        "“At two in the morning the phone rang. It was the head of one delegation.",
        "“He asked whether the observers could come from neutral countries. I said I did not know.",
        "“By lunch we had a ceasefire.”",
        "The book is out in March.",
    )
    assert [q.paragraph for q in found] == [1, 2, 3]
    assert {speaker(q) for q in found} == {"Karin Holm"}
    assert found[1].text.startswith("He asked") and found[2].text == "By lunch we had a ceasefire."


def test_partial_quotes_inside_the_author_sentence():
    found = quotes_of(
        "Pundit Arman Vekilov accused the government of “ingratitude” and urged it to “look carefully at the map.”"
    )
    assert [(q.text, q.kind, speaker(q)) for q in found] == [
        ("ingratitude", "partial", "Arman Vekilov"),
        ("look carefully at the map.", "partial", "Arman Vekilov"),
    ]
    assert [q.cue for q in found] == ["accuse", "urge"]


def test_scare_quotes_are_not_quotes():
    found = quotes_of(
        "Every new government promises a “reset” with Caracas.",
        "The so-called “oil-for-elections” deal was never published.",
    )
    assert found == []


def test_guillemets_straight_and_single_quotes():
    found = quotes_of(
        "«This is a good day for our farmers», Agriculture Minister Yulia Hrytsenko said.",
        '"The door is not closed," said Kari Lund, who chaired the meeting.',
        "‘We will not be intimidated,’ Foreign Secretary Claire Ashby told the Commons.",
    )
    assert [speaker(q) for q in found] == ["Yulia Hrytsenko", "Kari Lund", "Claire Ashby"]
    assert all(q.kind == "direct" for q in found)


def test_nested_quotes_stay_inside_the_outer_quote():
    (q,) = quotes_of(
        "“Some people claim that we were ‘saved’ and must now ‘bow down’ to our neighbour,” the president told state TV."
    )
    assert q.text == "Some people claim that we were ‘saved’ and must now ‘bow down’ to our neighbour"


def test_apostrophes_are_not_quote_marks():
    found = quotes_of(
        "Russia’s envoy said the talks won’t resume before the countries’ leaders meet in June."
    )
    assert all("’" not in q.text[:1] for q in found)
    assert [q.kind for q in found] == ["indirect"]


def test_unbalanced_marks_stay_in_their_paragraph():
    found = quotes_of(
        "Minister Gevorg Sargsyan said after the meeting: “We are closer than ever. But closer is not there yet.",
        "His counterpart Elnur Gasimov was less upbeat.",
        "“We cannot sign yet,” Gasimov said.",
    )
    assert [q.paragraph for q in found] == [0, 2]
    assert found[0].text.endswith("not there yet.") and speaker(found[0]) == "Gevorg Sargsyan"
    assert speaker(found[1]) == "Elnur Gasimov"


def test_stray_and_doubled_marks_never_crash():
    found = quotes_of(
        "He said “ and then “nothing” happened ” ” «",
        "“",
        "”Anyone?”",
        "'",
    )
    assert all(q.end >= q.start for q in found)


def test_indirect_speech_with_that_and_trailing_attribution():
    found = quotes_of(
        "Foreign Minister Dovlet Annaev said that Turkmenistan would not take lessons on reliability from anyone.",
        "The pipeline will be finished by 2030, Annaev said on Tuesday.",
        "The company employs 400 people in the region.",
    )
    assert [(q.kind, speaker(q)) for q in found] == [
        ("indirect", "Dovlet Annaev"),
        ("indirect", "Dovlet Annaev"),
    ]
    assert found[0].text == "Turkmenistan would not take lessons on reliability from anyone"
    assert found[1].text == "The pipeline will be finished by 2030"


def test_indirect_speech_with_unnamed_source_gives_the_speaker_as_described():
    (q,) = quotes_of(
        "A Western diplomat, speaking on condition of anonymity, said the alliance had scrambled two jets."
    )
    assert q.kind == "indirect"
    assert (q.speaker.id, q.speaker.name) == ("unnamed:western-diplomat", "Western diplomat")


def test_unnamed_groups_and_officials_are_described_speakers():
    found = quotes_of(
        "The port will stay closed until Friday, two senior security sources said on Monday.",
        "“We have no fuel left for the generators,” a hospital official told reporters.",
        "Aid workers said that the convoy had been turned back at the checkpoint.",
    )
    assert [(q.kind, speaker(q)) for q in found] == [
        ("indirect", "senior security sources"),
        ("direct", "hospital official"),
        ("indirect", "Aid workers"),
    ]
    assert all(q.speaker.id.startswith("unnamed:") for q in found)


def test_question_quote_with_name_after_it():
    (q,) = quotes_of("“Who is going to stop the guns coming south?” asked President Gabriela Ortega.")
    assert speaker(q) == "Gabriela Ortega" and q.cue == "ask"


def test_organisation_speaker():
    (q,) = quotes_of("“The call lasted two minutes,” Lithuania’s defence ministry said in a statement.")
    assert q.speaker is not None and q.speaker.name.lower().endswith("ministry")


def test_empty_article():
    assert quotes_of() == []


def test_descriptions_for_people_named_earlier_and_unnamed_sources():
    found = quotes_of(
        "President Aleksandar Vukic rode the first train to Budapest.",
        "The 58-year-old said the line would bring “millions of tourists” to the region.",
        "A diplomat briefed on the talks said the main obstacle was a demand for monitors.",
        "“Everyone in Doha wants this to succeed,” the diplomat said.",
    )
    assert [(q.kind, speaker(q)) for q in found] == [
        ("indirect", "Aleksandar Vukic"),
        ("partial", "Aleksandar Vukic"),
        ("indirect", "diplomat"),
        ("direct", "diplomat"),
    ]


def test_articles_not_in_english_give_no_quotes():
    from faultlines.nlp.engine import parse_paragraphs

    article = Article(paragraphs=["«Nous ne signerons pas», a déclaré le ministre."], language="fr")
    parsed = ParsedArticle(article=article, docs=parse_paragraphs(article.paragraphs))
    assert extract_quotes(parsed) == []


def test_an_indirect_quote_does_not_start_with_the_dateline():
    from faultlines.pipeline import analyze_text

    text = (
        "MANILA — China's coast guard fired water cannon at a Philippine supply boat on Sunday, "
        "the Philippine military said."
    )
    quotes = analyze_text(text).quotes
    assert [q.text for q in quotes] == ["China's coast guard fired water cannon at a Philippine supply boat on Sunday"]
    assert text[quotes[0].start : quotes[0].end] == quotes[0].text


def test_the_dateline_is_never_the_speaker():
    from faultlines.pipeline import analyze_text

    text = (
        "ADDIS ABABA, Oct 8 (Meridian Wire) - Ethiopia on Wednesday accused Eritrea of massing troops along the "
        "border and warned that it would defend its territorial integrity."
    )
    quotes = analyze_text(text).quotes
    assert [(q.speaker.name if q.speaker else None) for q in quotes] == ["Ethiopia"]
    assert quotes[0].text.startswith("it would defend its territorial integrity")


def test_reported_clause_holding_quoted_words_is_an_indirect_quote_too():
    found = quotes_of(
        "Finance Minister Odile Marchand said the budget was “balanced for the first time” and would pass in May."
    )
    assert [(q.kind, speaker(q)) for q in found] == [
        ("indirect", "Odile Marchand"),
        ("partial", "Odile Marchand"),
    ]
    assert found[0].text.startswith("the budget was “balanced")
    assert found[1].text == "balanced for the first time"


def test_unnamed_speakers_carry_the_state_their_words_name():
    found = quotes_of(
        "Two senior Iraqi security sources said the port at Umm Qasr had been closed.",
        "A spokesperson for the Kenyan foreign ministry said the talks would resume in Nairobi.",
        with_actors=True,
    )
    assert [(q.speaker.id, q.speaker.country) for q in found] == [
        ("unnamed:senior-iraqi-security-sources", "IRQ"),
        ("unnamed:spokesperson-for-the-kenyan-foreign-ministry", "KEN"),
    ]
    assert found[1].speaker.role == "GOV"


def test_told_with_an_object_then_the_reported_clause():
    found = quotes_of(
        "Mikhail Petrov, a businessman, told POLITICO there were now no legal protections for foreign firms.",
        "Senator Ana Lucas told the state news agency it was a sign of weakness.",
        "Defence Minister Rasa Kalnina told a news conference: “This was a deliberate test.”",
    )
    assert [(q.kind, q.text) for q in found] == [
        ("indirect", "there were now no legal protections for foreign firms"),
        ("indirect", "it was a sign of weakness"),
        ("direct", "This was a deliberate test."),
    ]


def test_according_to_people_bodies_and_reports():
    found = quotes_of(
        "The ferry service will resume in April, according to three officials familiar with the plan.",
        "Fuel prices rose by a fifth in March, according to the Harbour Authority's monthly report.",
        "The bridge was closed for repairs, according to Thursday's report by the Transport Institute.",
        "Four fishing boats were seized near the reef, according to state media.",
        "Exports fell by a third, according to a study by the Baltic Trade Council think tank.",
    )
    assert [(q.text, speaker(q)) for q in found] == [
        ("The ferry service will resume in April", "officials familiar with the plan"),
        ("Fuel prices rose by a fifth in March", "Harbour Authority"),
        ("The bridge was closed for repairs", "Transport Institute"),
        ("Four fishing boats were seized near the reef", "state media"),
        ("Exports fell by a third", "Baltic Trade Council"),
    ]
    assert all(q.kind == "indirect" and q.cue == "according to" for q in found)


def test_according_to_after_a_direct_quote_gives_no_second_quote():
    found = quotes_of("“The dam is safe,” according to Lena Ortmann, the site's chief engineer.")
    assert [(q.kind, speaker(q)) for q in found] == [("direct", "Lena Ortmann")]


def test_a_body_named_with_its_state_speaks_as_the_body():
    found = quotes_of(
        "“Our crews were sprayed with water cannon twice,” the Valdorian Coast Guard said in a statement.",
        "Refugee arrivals rose by a third in May, the Valdorian newspaper Il Faro reported.",
        with_actors=True,
    )
    assert [speaker(q) for q in found] == ["Valdorian Coast Guard", "Il Faro"]


def test_title_then_name_in_commas_and_numbers_are_no_names():
    found = quotes_of(
        "The Greek Foreign Minister, Nikos Aretakis, said that the corridor would open within weeks.",
        "Four of the mayor's advisers called the plan “reckless and rushed” in a letter.",
        "A resident of the old harbour, who asked not to be named, said the water had been cut for two days.",
    )
    assert speaker(found[0]) == "Nikos Aretakis"
    assert speaker(found[1]) != "Four"
    assert speaker(found[2]) == "resident of the old harbour"


def test_trailing_attribution_in_a_sentence_with_quoted_words():
    found = quotes_of(
        "The envoy was told to leave within 72 hours over his “hostile remarks”, the Valdorian government said.",
        "“We will not leave,” the envoy said.",
    )
    assert [(q.kind, q.text) for q in found] == [
        ("indirect", "The envoy was told to leave within 72 hours over his “hostile remarks”"),
        ("partial", "hostile remarks"),
        ("direct", "We will not leave"),
    ]
    assert found[0].speaker is not None and found[0].speaker.name.endswith("government")


def test_it_said_continues_the_body_that_spoke_and_names_keep_their_of():
    found = quotes_of(
        "The Valdorian Health Ministry announced on Tuesday that the toll had reached 400. "
        "It also said that two clinics had closed in the north.",
        "Nationwide, 24 towns have banned the sale, according to the National Conference of Mayors.",
    )
    assert [speaker(q) for q in found] == [
        "Valdorian Health Ministry",
        "Valdorian Health Ministry",
        "National Conference of Mayors",
    ]


def test_that_opening_the_reported_clause_or_a_relative_clause():
    found = quotes_of(
        "Tomas Brandt, who heads the growers' union, said that’s not the case with imported seed.",
        "Brandt also noted the influence that the cartel has on prices in the region.",
    )
    assert [(q.kind, q.text, speaker(q)) for q in found] == [
        ("indirect", "that’s not the case with imported seed", "Tomas Brandt"),
    ]


@pytest.mark.parametrize("with_actors", [False, True])
def test_she_is_not_the_man_named_last(with_actors):
    found = quotes_of(
        "Former President Donald Trump held a rally in Ohio on Monday.",
        "His daughter Ivanka Trump flew to Israel on Thursday and visited a kibbutz near Gaza.",
        "Ivanka later met President Isaac Herzog in Jerusalem.",
        "“My heart fills with a mix of sorrow and hope,” she wrote on Instagram.",
        with_actors=with_actors,
    )
    assert [speaker(q) for q in found] == ["Ivanka Trump"]


def test_mr_and_ms_tell_who_he_and_she_are():
    found = quotes_of(
        "Ms Okonjo chaired the meeting in Geneva on Monday.",
        "Mr Ferrante arrived two hours late.",
        "“Nobody is leaving the table,” she said.",
    )
    assert [speaker(q) for q in found] == ["Okonjo"]


def test_a_trailing_cue_with_a_long_to_whom_still_attributes_the_sentence():
    found = quotes_of(
        "Governor Pedro Almada spoke in Quito on Monday.",
        "Fuel subsidies are linked to smuggling, he told listeners on a radio show hosted by Rosa Vidal. "
        "The state should have ended them years ago, he said.",
    )
    assert [(q.kind, speaker(q)) for q in found] == [("indirect", "Pedro Almada"), ("indirect", "Pedro Almada")]
    assert found[0].text == "Fuel subsidies are linked to smuggling"


def test_no_trailing_attribution_across_another_clause():
    found = quotes_of(
        "Ana Lopez, a senator, told the radio it was a “regrettable sign of weakness” while Tomas Brandt, "
        "a former minister wrote that it was “deeply disappointing for farmers”."
    )
    partial = [(q.text, speaker(q)) for q in found if q.kind == "partial"]
    assert partial == [
        ("regrettable sign of weakness", "Ana Lopez"),
        ("deeply disappointing for farmers", "Tomas Brandt"),
    ]


def test_quoted_words_in_a_reported_clause_are_its_speakers():
    found = quotes_of(
        "Foreign ministry spokesman Anil Varma said commanders had agreed on a pullback when the "
        "“other side broke the consensus reached in June”."
    )
    assert [(q.kind, speaker(q)) for q in found] == [("indirect", "Anil Varma"), ("partial", "Anil Varma")]


def test_bodies_and_groups_named_by_a_plural_speak_too():
    found = quotes_of(
        "Between May and August, the North exported a million shells, according to South Korean intelligence "
        "services.",
        "The new sanctions will take days to prepare, but envoys said the travel bans were no longer conditional.",
        "The vote is not binding, but members say it carries moral weight.",
        "Two men were hit by live rounds near the bridge, medics said.",
    )
    assert [(q.text, speaker(q)) for q in found] == [
        ("Between May and August, the North exported a million shells", "South Korean intelligence services"),
        ("the travel bans were no longer conditional", "envoys"),
        ("it carries moral weight", "members"),
        ("Two men were hit by live rounds near the bridge", "medics"),
    ]


def test_short_quoted_words_in_a_reported_clause_are_no_scare_quotes():
    found = quotes_of(
        "In a statement, the State Department condemned the manoeuvres, saying they were carried out by the "
        "coast guard and “maritime militia”, and that they threatened regional peace.",
        "Critics say the loan is what some call “debt diplomacy” in the region.",
        with_actors=True,
    )
    assert [(q.kind, q.text, speaker(q)) for q in found if q.kind == "partial"] == [
        ("partial", "maritime militia", "State Department")
    ]


def test_reported_clauses_with_a_clause_subject_and_media_as_speakers():
    found = quotes_of(
        "Mayor Ans Persoons said rethinking how streets are used is a key part of the plan.",
        "Shortly after, state media reported that 34 people had been detained.",
        with_actors=True,
    )
    assert [(q.text, speaker(q)) for q in found] == [
        ("rethinking how streets are used is a key part of the plan", "Ans Persoons"),
        ("34 people had been detained", "state media"),
    ]


def test_a_name_with_an_aside_before_the_cue_after_the_quote():
    found = quotes_of(
        "President Viktor Lazarenko has ruled the country for 26 years.",
        "“This is an answer to the situation in the country,” EU foreign policy chief Kari Lindqvist, who chaired "
        "the ministers’ meeting in Luxembourg, told reporters.",
        "“That is partly what is so concerning,” Ruth Adler, the senior and managing attorney for the union, "
        "told the local paper.",
    )
    assert [speaker(q) for q in found] == ["Kari Lindqvist", "Ruth Adler"]


def test_he_is_not_the_object_named_just_before_in_his_sentence():
    found = quotes_of(
        "Defence lawyer Alfredo Izquierdo said he would ask for a lighter sentence.",
        "“He was never part of the plan” to kill Moreau, he said.",
    )
    assert (found[-1].text, speaker(found[-1])) == ("He was never part of the plan", "Alfredo Izquierdo")


def test_a_colon_quote_is_the_sentence_subjects_even_after_other_quoted_words():
    found = quotes_of(
        "In his speech, Senator Paul Hendry denounced the “turnkey tyranny” of a world watched by Tom Weller’s "
        "satellites: “Even then, you could cross the Alps into Switzerland.”"
    )
    assert speaker(found[-1]) == "Paul Hendry"


def test_the_state_named_with_its_article_is_the_state():
    found = quotes_of("The U.S. said it would back a revised resolution on Friday.", with_actors=True)
    assert [speaker(q) for q in found] == ["United States"]


def test_a_title_names_the_office_holder_the_article_names():
    from faultlines.nlp.engine import parse_paragraphs

    paragraphs = [
        "Rishi Sunak faced critics in his party on Friday over the new visa rules.",
        "Robert Jenrick, who quit as immigration minister last month, was among the critics.",
        "Speaking to reporters in Lincolnshire, the prime minister insisted the government was doing what it said.",
    ]
    article = Article(paragraphs=paragraphs, language="en", published="2023-12-22")
    found = extract_quotes(ParsedArticle(article=article, docs=parse_paragraphs(paragraphs)))
    assert [speaker(q) for q in found] == ["Rishi Sunak"]


def test_a_title_with_a_full_stop_and_his_office():
    found = quotes_of(
        "“The reserves are sufficient for the near term,” Col. Avi Dromi, a defence official, said from the crossing.",
        "President Kassym-Jomart Tokayev blamed foreign fighters for the unrest.",
        "A statement from his office on Sunday said the detentions included many foreign nationals.",
    )
    assert [speaker(q) for q in found] == ["Avi Dromi", "Kassym-Jomart Tokayev"]


def test_a_statement_saying_is_its_authors():
    found = quotes_of(
        "The ministry issued a statement saying that the talks had failed.",
        "Residents posted videos claiming that soldiers had fired on the crowd.",
    )
    assert [(q.text, speaker(q)) for q in found] == [
        ("the talks had failed", "ministry"),
        ("soldiers had fired on the crowd", "Residents"),
    ]


def test_quoted_titles_are_no_ones_words():
    found = quotes_of(
        "The group also produces films and books, including Senator Hale’s “The Harbour Cover-Up and the Long "
        "War on Fishermen” and “Salt: Ports, Power, and the Fight for the Coast.”",
        "Hale said on the “Morning Desk” podcast that the fleet was “finished as a force”.",
        "‘FREE PORTS’",
    )
    assert [(q.kind, q.text) for q in found] == [
        ("indirect", "the fleet was “finished as a force”"),
        ("partial", "finished as a force"),
    ]


def test_a_list_of_sources_gives_no_quotes():
    found = quotes_of(
        "Senator Ana Hale said the fleet was “finished as a force”.",
        "Harbour Times, Ana Hale apologizes for “finished” comment in fleet debate, April 13, 2015",
    )
    assert [q.paragraph for q in found] == [0, 0]


def test_what_speaks_for_its_owner_and_as_per():
    found = quotes_of(
        "Police arrested Mr Wine near a square in the capital. Mr Wine’s Twitter account said: “His home is now "
        "surrounded by police.”",
        "In 2018, Joe Smith created the Harbour Defense Fund, a group that works “aggressively to eliminate harmful "
        "exposures,” its website says.",
        "Governor Vyacheslav Gladkov reported damage across the region.",
        "In Shebekino, after a “direct hit of a shell, the building caught fire,” as per the governor.",
        with_actors=True,
    )
    direct = [q for q in found if q.kind != "indirect"]
    assert [speaker(q) for q in direct] == ["Wine", "Harbour Defense Fund", "Vyacheslav Gladkov"]
    # what the governor reported is his indirect quote (test_quote_constructions.py)
    assert [(q.text, speaker(q)) for q in found if q.kind == "indirect"] == [
        ("damage across the region", "Vyacheslav Gladkov")
    ]


def test_said_before_a_long_inverted_subject():
    found = quotes_of(
        "The police station is located in the town of Gressier, south of the capital, said Lionel Lazarre of the "
        "Haitian police union."
    )
    assert [(q.text, speaker(q)) for q in found] == [
        ("The police station is located in the town of Gressier, south of the capital", "Lionel Lazarre")
    ]


def test_a_month_is_no_speaker():
    found = quotes_of(
        "According to polls since November of a three-way race between Joe Biden, Donald Trump and Robert "
        "Kennedy, Kennedy pulled 16% to 22% of respondents."
    )
    assert all(speaker(q) != "November" for q in found)


def test_a_speaker_who_said_it_wins_over_the_paper_that_reported_it():
    found = quotes_of(
        "But Chile's finance minister, Rosa Ibarra, said it was not a priority for Chile, according to the Financial"
        " Times."
    )
    assert [(q.text, speaker(q)) for q in found] == [
        ("it was not a priority for Chile", "Rosa Ibarra")
    ]


def test_a_body_the_model_takes_for_a_person_is_no_speaker():
    found = quotes_of(
        "Even in the case that strayed the furthest from this standard — the 2010 decision in Holder v. Humanitarian"
        " Law Project, which upheld the statute that makes it a federal crime to knowingly provide “material support"
        " or resources to a foreign terrorist organization” — Chief Justice Mark Rollins was careful to carve out free"
        " speech from the ruling.",
        "In that decision, he wrote that, under the statute, Americans “may say anything they wish on any topic” so"
        " long as they do not speak for such groups.",
    )
    assert "Humanitarian Law Project" not in {speaker(q) for q in found}
    assert speaker(next(q for q in found if q.text.startswith("may say"))) == "Mark Rollins"
    person = quotes_of("The etiquette writer Emily Post said that manners were a matter of kindness.")
    assert [speaker(q) for q in person] == ["Emily Post"]  # a given name first: a person after all


def test_a_reported_clause_after_a_long_adverbial():
    found = quotes_of(
        "Prime Minister Adel Karim said in a televised speech later on Monday that the protests were a legitimate right."
    )
    assert [(q.text, speaker(q)) for q in found] == [("the protests were a legitimate right", "Adel Karim")]


def test_a_document_that_said_something_speaks_for_its_author():
    found = quotes_of(
        "A statement from the Joint Chiefs of Staff said the launch signaled the North's ambition.",
        "A Kremlin statement said the sanctions were illegal.",
        "A statement said the talks would resume.",
    )
    assert [(q.text, speaker(q)) for q in found] == [
        ("the launch signaled the North's ambition", "Joint Chiefs of Staff"),
        ("the sanctions were illegal", "Kremlin"),
    ]


def test_groups_and_countries_may_speak_unnamed():
    found = quotes_of("Police arrested 17 protesters in Nairobi, rights groups said.")
    assert [(q.text, speaker(q)) for q in found] == [("Police arrested 17 protesters in Nairobi", "rights groups")]


def test_people_described_by_what_they_are_may_speak():
    found = quotes_of(
        "Families fled the village before dawn because of the shelling, the woman said.",
        "The Ruritanian opposition said that its leader was briefly detained after a rally.",
        "Permits have already been granted to 40 shops, the board said.",
    )
    assert [(q.text, speaker(q)) for q in found] == [
        ("Families fled the village before dawn because of the shelling", "woman"),
        ("its leader was briefly detained after a rally", "Ruritanian opposition"),
        ("Permits have already been granted to 40 shops", "board"),
    ]


def test_whom_a_participle_addresses_is_not_its_speaker():
    found = quotes_of("Mara Velin handed the envoy a map, telling the former minister, “Keep this safe.”")
    assert [(q.text, speaker(q)) for q in found] == [("Keep this safe.", "Mara Velin")]


def test_a_report_inside_a_report_gives_the_inner_speaker_a_quote_too():
    found = quotes_of(
        "President Hal Moreno told Prime Minister Ana Ruiz during their summit that Norland will never cede the"
        " islands, two officials said.",
        "According to Senator Lee Park, the adviser Tom Brandt told colleagues that he had kept very few documents.",
    )
    assert [(q.text, speaker(q)) for q in found] == [
        (
            "President Hal Moreno told Prime Minister Ana Ruiz during their summit that Norland will never cede the"
            " islands",
            "officials",
        ),
        ("Norland will never cede the islands", "Hal Moreno"),
        ("the adviser Tom Brandt told colleagues that he had kept very few documents", "Lee Park"),
        ("he had kept very few documents", "Tom Brandt"),
    ]
    one = quotes_of("A liaison officer with the army claimed there is no shortage, saying enough aid gets through.")
    assert [speaker(q) for q in one] == ["liaison officer with the army"]  # one speaker, one quote


def test_that_as_a_determiner_opens_no_reported_clause():
    found = quotes_of("The court ensured that Ada Lind would maintain her narrow lead in that state to win the seat.")
    assert [(q.text, speaker(q)) for q in found] == []


def test_a_second_speech_verb_joined_to_the_first_is_the_same_speaker_not_a_nested_one():
    found = quotes_of(
        "Its foreign ministry said Norland was trying to seize the river and insisted the dam had not reduced the flow."
    )
    assert "Norland" not in {speaker(q) for q in found}


def test_the_statement_named_before_speaks_for_whoever_issued_it():
    found = quotes_of(
        "The Ruritanian police said in a statement that officers did not fire on the marchers.",
        "One of the officers was hurt in the march, the statement added.",
        "The report said the economy shrank by two percent.",
    )
    assert [(q.text, speaker(q)) for q in found] == [
        ("officers did not fire on the marchers", "Ruritanian police"),
        ("One of the officers was hurt in the march", "Ruritanian police"),
    ]  # no report was named before the last sentence: nobody to give it to


def test_a_long_subject_after_the_reported_clause_still_attributes_it():
    found = quotes_of(
        "Norland and Zemba are mediating between the two sides, two sources familiar with the state of the talks"
        " told EFE.",
        "President Kassym Talgat spoke on Friday. About 500 people were detained last week, the office of the"
        " Ruritanian president said on Sunday.",
        "The army said on Tuesday (June 16) that 20 of its soldiers were killed in clashes.",
    )
    assert [(q.text, speaker(q)) for q in found] == [
        ("Norland and Zemba are mediating between the two sides", "sources familiar with the state of the talks"),
        ("About 500 people were detained last week", "Kassym Talgat"),
        ("20 of its soldiers were killed in clashes", "army"),
    ]


def test_a_charge_someone_denies_is_no_attribution():
    found = quotes_of("Critics have accused the government of using force on the marchers, a charge its ministers deny.")
    assert found == []


def test_quoted_as_saying_gives_the_words_to_the_one_quoted():
    found = quotes_of(
        "The border service quoted the Polish border guard as saying that the blockade ended at noon.",
        "Interfax quoted Deputy Minister Ivan Sorokin as saying: “The talks will resume next week.”",
    )
    assert [(q.text, speaker(q)) for q in found] == [
        ("the blockade ended at noon", "Polish border guard"),
        ("The talks will resume next week.", "Ivan Sorokin"),
    ]
    found = quotes_of(
        "The Ruritanian border service quoted the Polish border guard as saying that the blockade ended at noon.",
        "“Trucks are crossing as usual,” it added.",
    )
    assert [speaker(q) for q in found] == ["Polish border guard", "Ruritanian border service"]


def test_a_body_may_speak_unnamed_and_the_authors_clause_after_it_is_not_the_quote():
    found = quotes_of(
        "Gangs stormed a police station outside the capital overnight, a police union told AFP, as the council"
        " struggled to restore order.",
        "Police arrested 17 marchers in the capital, said a coalition of rights groups.",
    )
    assert [(q.text, speaker(q)) for q in found] == [
        ("Gangs stormed a police station outside the capital overnight", "police union"),
        ("Police arrested 17 marchers in the capital", "coalition"),
    ]


def test_the_first_of_coordinated_speakers_speaks_unless_only_a_later_one_is_named():
    found = quotes_of(
        "Prime Minister Aram Petrosyan and President Ilkin Aliyev said a peace deal was on the way.",
        "Tensions were high in the north on Sunday, Ruritanian police and media reported.",
        "Two marchers and Ali Bayati, a rights commissioner, said the guards fired live rounds.",
    )
    assert [(q.text, speaker(q)) for q in found] == [
        ("a peace deal was on the way", "Aram Petrosyan"),
        ("Tensions were high in the north on Sunday", "Ruritanian police"),
        ("the guards fired live rounds", "Ali Bayati"),
    ]
    objects = quotes_of("Some voters preferred Haley and others said they would stay with Trump.")
    assert "Haley" not in {speaker(q) for q in objects}  # an object joined to "others" is no subject


def test_a_body_named_again_by_its_common_noun_or_by_it_speaks():
    found = quotes_of(
        "The Ministry of Health in Gaza said 40 people were killed. The ministry also voiced anger at the silence of"
        " the world. It confirmed that the hospital had closed.",
        "The Migration Observatory published a study on Monday. It said the new rules could split families.",
    )
    assert [(q.text, speaker(q)) for q in found] == [
        ("40 people were killed", "Ministry of Health"),
        ("the hospital had closed", "Ministry of Health"),
        ("the new rules could split families", "Migration Observatory"),
    ]
    board = quotes_of(
        "The Ruritanian Pharmacy Board opened in May. Permits went to 40 shops, the board said.", with_actors=True
    )
    assert [speaker(q) for q in board] == ["Ruritanian Pharmacy Board"]


def test_a_reported_clause_before_a_colon_and_the_direct_quote_after_it_are_both_quotes():
    found = quotes_of(
        "President Salome Varga vowed to veto the bill. In an interview, she stressed that the moment was critical"
        " to the country: “It is a foreign law.”",
        "Defence Minister Rasa Kalnina told a news conference on Monday: “This was a deliberate test.”",
    )
    assert [(q.kind, q.text, speaker(q)) for q in found] == [
        ("indirect", "the moment was critical to the country", "Salome Varga"),
        ("direct", "It is a foreign law.", "Salome Varga"),
        ("direct", "This was a deliberate test.", "Rasa Kalnina"),
    ]


def test_an_inverted_speaker_may_open_with_a_possessive_or_a_number():
    found = quotes_of(
        "“We will not back down,” said Ana Ruiz, the opposition leader.",
        "“Children are already dying,” said its director, Tom Kell.",
    )
    assert [speaker(q) for q in found] == ["Ana Ruiz", "Tom Kell"]
    counted = quotes_of(
        "Opposition leader Anna Kovacs spoke in the square.",
        "“It was peaceful,” said one protester, Eva Szabo, 34, a teacher.",
    )
    assert [speaker(q) for q in counted] == ["Eva Szabo"]


def test_the_ministry_named_paragraphs_before_is_still_the_one_that_speaks():
    found = quotes_of(
        "In a statement, the Ruritanian defence ministry said two soldiers were wounded.",
        "Opposition leader Marek Dovl said the vote was rigged.",
        "Dovl told Reuters by phone that he would appeal.",
        "Dovl wrote on X, formerly Twitter, that the result was a fraud.",
        "Troops shelled the village overnight, the ministry said in a statement.",
    )
    assert speaker(found[-1]) == "Ruritanian defence ministry"


def test_a_body_speaks_by_its_own_name_when_the_actor_stage_codes_it_under_another():
    found = quotes_of(
        "“We condemn the dangerous manoeuvres,” the Philippine Coast Guard said in a statement.",
        "The Interior Ministry said in a statement that it had ordered an inquiry.",
        "Rights group Amnesty International said at least 23 people were killed.",
        with_actors=True,
    )
    assert [speaker(q) for q in found] == ["Philippine Coast Guard", "Interior Ministry", "Amnesty International"]
    assert found[0].speaker.country == "PHL" and not found[2].speaker.id.startswith("person:")


def test_a_pronoun_after_a_speech_verb_opens_a_clause_not_an_inverted_subject():
    found = quotes_of("The Nordland government, which holds a slim majority, insisted it had the votes.")
    assert [q.text for q in found] == ["it had the votes"]


def test_a_common_owner_stays_in_the_speakers_description():
    found = quotes_of("“The situation is extremely dangerous,” the agency’s head said.")
    assert [speaker(q) for q in found] == ["agency’s head"]
    charge = quotes_of("Kyiv has said that Moscow uses the plant as a base, a charge Moscow denies.")
    assert [speaker(q) for q in charge] != ["Moscow"]  # the charge's denier does not report it


def test_unsaid_words_and_indirect_questions_are_no_quotes():
    found = quotes_of(
        "The ministry did not say when the drills would end.",
        "Officials declined to say whether talks would resume.",
        "Minister Ida Kell said that if necessary, her country would send aid.",
        "Japan's top government spokesman, Yoshimasa Hayashi, said Tokyo was watching closely.",
    )
    assert [(q.text, speaker(q)) for q in found] == [
        ("if necessary, her country would send aid", "Ida Kell"),
        ("Tokyo was watching closely", "Yoshimasa Hayashi"),
    ]


def test_what_comes_before_a_clause_of_the_authors_own_is_no_quote():
    found = quotes_of(
        "A Norland official confirmed that account, also speaking on condition of anonymity.",
        "The airstrikes were the first since 2022, when Norland targeted camps in Zemba, although Norland never"
        " officially confirmed the strikes.",
        "When Senator Ron Alder learned in August that the aide was using a private email account, he wrote the"
        " inspector general, asking her to investigate.",
        "In his campaign appearances, Alder steadfastly maintained:",
    )
    assert found == []
    inserted = quotes_of("If teenagers are adults at work, Senator Ana Eskin said, then they should not need consent.")
    assert [speaker(q) for q in inserted] == ["Ana Eskin"]  # the cue set inside the reported sentence
    plural = quotes_of("The military has said that months of fighting lie ahead in the south.")
    assert [q.text for q in plural] == ["months of fighting lie ahead in the south"]


def test_reported_clause_boundaries_after_joined_objects_and_in_an_opening_participle():
    found = quotes_of(
        "Experts in psychiatry have told PolitiFact and other fact-checkers that there is no causal link.",
        "Noting that Kovacs was focusing more on testing, the editor asked her whether she had second thoughts.",
    )
    assert [q.text for q in found] == ["there is no causal link", "Kovacs was focusing more on testing"]
