"""An unnamed speaker is named by the whole description the text gives: the head noun and what follows it."""

from __future__ import annotations

import pytest

from faultlines.pipeline import analyze_text


@pytest.mark.parametrize(
    "text,speaker",
    [
        ('The head of the rehabilitation department said "most patients need months of care".', "head of the rehabilitation department"),
        ('The researcher behind the frog study told reporters the claims were "speculation".', "researcher behind the frog study"),
    ],
)
def test_a_described_speaker_keeps_the_words_after_the_head(text, speaker):
    quotes = analyze_text(text, published="2024-01-01").quotes
    assert quotes and {q.speaker.name for q in quotes if q.speaker} == {speaker}


def test_a_state_speaking_by_its_seat_keeps_the_seat_as_the_speakers_name():
    quotes = analyze_text(
        '"We will respond," the Kremlin said. "The pardon affects citizens," the White House said. "No," Moscow said.',
        published="2024-01-01",
    ).quotes
    assert [(q.speaker.id, q.speaker.name) for q in quotes] == [
        ("RUS", "Kremlin"),
        ("USA", "White House"),
        ("RUS", "Russia"),  # a capital is the state itself
    ]
