"""Event dates: the sentence's own date expression resolved against the article date."""

from __future__ import annotations

import pytest

from faultlines.events.dates import date_mentions, parse_published
from faultlines.pipeline import analyze_text


@pytest.mark.parametrize(
    "text,expected",
    [
        ("the president's June 17 remarks", "2022-06-17"),
        ("he had stated in February that", "2022-02-01"),
        ("the parade was cancelled last month", "2022-05-01"),
        ("yesterday the envoy left", "2022-06-19"),
        ("talks held on 3 March 2021 failed", "2021-03-03"),
        ("in August the army moved", "2021-08-01"),  # a month after publication is last year's
        ("on Friday the minister said", "2022-06-17"),  # 2022-06-20 is a Monday
        ("the 2022-06-01 statement", "2022-06-01"),
    ],
)
def test_dates_resolve_against_publication(text, expected):
    mentions = date_mentions(text, "2022-06-20")
    assert [m.value for m in mentions] == [expected]


def test_no_publication_date_keeps_only_absolute_dates():
    assert date_mentions("yesterday and in March", None) == []
    assert [m.value for m in date_mentions("on June 5, 2020", None)] == ["2020-06-05"]


def test_the_modal_may_is_not_a_month_and_bad_dates_are_skipped():
    assert date_mentions("Russia may attack", "2022-06-20") == []
    assert date_mentions("on February 30", "2022-06-20") == []
    assert parse_published("not a date") is None


def test_month_expressions_at_the_start_of_a_sentence():
    text = "In March, vessels rammed a boat. Since May 2024 it waits."
    found = [(m.text, m.value) for m in date_mentions(text, "2026-05-12")]
    assert found == [("In March", "2026-03-01"), ("Since May 2024", "2024-05-01")]
    assert date_mentions("In may we go.", "2026-05-12") == []  # the verb, not the month


def test_a_year_alone_dates_an_event_to_that_year_whatever_the_page_date():
    found = [(m.text, m.value) for m in date_mentions("It was expelled in 2019 and again in early 2021.", None)]
    assert found == [("in 2019", "2019-01-01"), ("in early 2021", "2021-01-01")]
    assert date_mentions("the 2019-20 season, in 2019-20", "2024-03-01") == []  # a span of years: no one date
    events = analyze_text("Russia expelled two Estonian diplomats in 2019.", published="2024-03-01").events
    assert [e.date for e in events] == ["2019-01-01"]
