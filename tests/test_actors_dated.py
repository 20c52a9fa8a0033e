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
