"""Sports stories: players, teams and fans fight, meet and defend titles without any political event."""

from __future__ import annotations

from faultlines.events.genre import official, sports_story
from faultlines.pipeline import analyze_text

BOUT = (
    "The undisputed champion from Russia defends his title against a British challenger on Saturday in a bout "
    "he is heavily favoured to win.\n\n"
    "The Mexican boxer fought a German rival in Riyadh last year and won by knockout in the ninth round.\n\n"
    "Both men met at the weigh-in, where the referee warned them to keep their hands to themselves."
)


def test_a_boxing_story_codes_no_event_between_its_fighters():
    assert sports_story(BOUT.split("\n\n"))
    assert analyze_text(BOUT).events == []


def test_a_sports_story_keeps_the_acts_of_officials():
    text = (
        "The tournament opened in Doha on Friday with a quarterback and a striker among the guests of honour.\n\n"
        "The playoff schedule was announced at the stadium.\n\n"
        "Russia's foreign ministry condemned Ukraine's government for the ban."
    )
    codes = {(e.source.code, e.target.code, e.cameo[:2]) for e in analyze_text(text).events}
    assert ("RUSGOV", "UKRGOV", "11") in codes


def test_a_political_story_that_names_a_sport_once_is_no_sports_story():
    paragraphs = [
        "Russia condemned the decision to bar its athletes from the Olympics as discrimination.",
        "The Kremlin said the move was political.",
    ]
    assert not sports_story(paragraphs)


def test_official_sectors():
    assert official("RUSGOV") and official("UKRMIL") and official("IGOUNO")
    assert not official("GBROPP") and not official("USABUS") and not official(None)
