"""Indirect quotes in wire-style constructions, on short sentences we wrote: two reports of one speaker in one
sentence, what a body reports as an object, and cues the engine had missed."""

from __future__ import annotations

import pytest
from test_quotes import quotes_of, speaker

pytest.importorskip("spacy")


def reported(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, speaker(q)) for q in quotes_of(text, with_actors=True) if q.kind == "indirect"]


@pytest.mark.parametrize(
    "text, first, second, who",
    [
        (
            "Prime Minister Ali Hassan said in a speech that the protests were legitimate, adding that he has "
            "opened an investigation.",
            "the protests were legitimate",
            "he has opened an investigation",
            "Ali Hassan",
        ),
        (
            "U.N. Secretary-General Ban Ki-moon condemned the test, saying he was deeply troubled, and warned that "
            "such tests are a threat to peace.",
            "he was deeply troubled",
            "such tests are a threat to peace",
            "Ban Ki-moon",
        ),
        (
            "The opposition said that the leader was violently intercepted in the capital, adding that she was "
            "forced to record several videos.",
            "the leader was violently intercepted in the capital",
            "she was forced to record several videos",
            None,
        ),
    ],
)
def test_a_second_report_of_the_same_speaker_is_a_quote_of_its_own(text, first, second, who):
    found = reported(text)
    assert [t for t, _ in found] == [first, second]
    if who is not None:
        assert {s for _, s in found} == {who}


def test_a_participle_of_the_reported_clause_is_no_second_report():
    text = (
        "The agency reported that the president also granted clemency to 11 people, arguing that the old law "
        "imposed needless barriers."
    )
    assert len(reported(text)) == 1


@pytest.mark.parametrize(
    "text, said, who",
    [
        ("The Syrian Observatory for Human Rights reported more than 30 air raids on Saturday.",
         "more than 30 air raids on Saturday", "Syrian Observatory for Human Rights"),
        ("The governor reported damage across Belgorod and nearby villages.",
         "damage across Belgorod and nearby villages", None),
        ("Mandiant assessed the hackers were after cryptocurrency.", "the hackers were after cryptocurrency",
         "Mandiant"),
    ],
)
def test_what_a_body_reports_or_assesses(text, said, who):
    found = reported(text)
    assert [t for t, _ in found] == [said]
    if who is not None:
        assert found[0][1] == who


def test_a_report_in_the_passive_is_no_quote():
    assert reported("More than 30 air raids were reported on Saturday in the province.") == []


@pytest.mark.parametrize(
    "text, said, who",
    [
        ("That official said Haley has room to grow with rural voters.", "Haley has room to grow with rural voters",
         "official"),
        ("The former senator told a federal judge that his intention was only to arrest the president.",
         "his intention was only to arrest the president", "former senator"),
    ],
)
def test_unnamed_speakers_with_a_determiner_or_a_title(text, said, who):
    assert reported(text) == [(said, who)]


@pytest.mark.parametrize(
    "text, said, who",
    [
        ("According to the actor, who rose to fame in a 1980s series, he has faced bias in court.",
         "he has faced bias in court", "actor"),
        ("Internal polling shows she is doing well in the suburbs, according to an official there.",
         "Internal polling shows she is doing well in the suburbs", "official there"),
        ("According to a poll conducted last month, 66% of likely voters support the measure.",
         "66% of likely voters support the measure", None),
    ],
)
def test_according_to_a_described_source(text, said, who):
    assert reported(text) == [(said, who)]


def test_statistics_from_figures_are_no_quote():
    text = "Colombia hosts nearly three million Venezuelan migrants, according to government figures."
    assert reported(text) == []


def test_quoted_as_saying_in_the_passive():
    text = "Interior Minister Kithure Kindiki was quoted as saying the protests had been hijacked by criminals."
    assert reported(text) == [("the protests had been hijacked by criminals", "Kithure Kindiki")]


def test_an_aside_between_the_cue_and_its_clause_without_that():
    text = "Hamas said in a statement it had received the proposal and was studying it."
    assert reported(text) == [("it had received the proposal and was studying it", "Hamas")]


@pytest.mark.parametrize(
    "text, said",
    [
        ("The talks will resume next week in Geneva, the Turkish foreign ministry said on Tuesday.",
         "The talks will resume next week in Geneva"),
        ("Two soldiers were killed in the attack, a military source told Reuters by phone.",
         "Two soldiers were killed in the attack"),
        ("A senior official, speaking on condition of anonymity, said the deal was close.", "the deal was close"),
        ("The ministry said in a statement on its website that the drills would last three days.",
         "the drills would last three days"),
        ("Mayor Vitali Klitschko told a news conference in Kyiv that power had been restored.",
         "power had been restored"),
        ("Police said late on Monday that three suspects had been detained.", "three suspects had been detained"),
        ("The Kremlin denied that it had any role in the plot.", "it had any role in the plot"),
    ],
)
def test_wire_report_constructions(text, said):
    assert [t for t, _ in reported(text)] == [said]
