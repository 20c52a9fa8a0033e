"""The quotation-mark scanner: pairs, apostrophes, nesting, unbalanced marks (no model needed)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from faultlines.nlp.quote_marks import scan_article, scan_paragraph, sentence_bounds


def texts(paragraph: str) -> list[str]:
    return [paragraph[m.start : m.end] for m in scan_paragraph(paragraph)]


def test_pairs_of_every_family():
    assert texts('He said "yes" and «non» and “maybe” and ‘perhaps’.') == ["yes", "non", "maybe", "perhaps"]
    assert texts("„Unsere Sicherheit“, sagte er.") == ["Unsere Sicherheit"]


def test_apostrophes_inside_words_do_not_close_single_quotes():
    assert texts("‘We won’t go to the countries’ summit,’ she said.") == [
        "We won’t go to the countries’ summit"
    ]
    assert texts("Russia’s envoy and the ’90s") == []


def test_nested_marks_stay_inside():
    assert texts("“They say we were ‘saved’,” he said.") == ["They say we were ‘saved’"]
    assert texts("‘He told me: “Then find out.”’") == ["He told me: “Then find out.”"]


def test_unclosed_mark_runs_to_its_sentence_end_only():
    assert texts("Critics called it “a disgrace. Then the session ended.") == ["a disgrace."]
    assert texts("“We are closer than ever. But not there yet.") == [
        "We are closer than ever. But not there yet."
    ]


def test_lost_opening_mark_is_recovered_from_the_paragraph_start():
    assert texts("Nobody wants that,” the spokesman said.") == ["Nobody wants that"]


def test_quotes_over_paragraphs_are_linked():
    marked = scan_article(["“First part.", "“Second part.", "“End.”", "Narration."])
    assert [(m[0].continued, m[0].continues) for m in marked[:3]] == [
        (True, False),
        (True, True),
        (False, True),
    ]
    assert marked[3] == []


def test_unclosed_quote_before_narration_is_not_linked():
    marked = scan_article(["He said: “We will win.", "Then he left."])
    assert not marked[0][0].continued


def test_sentences_are_not_cut_inside_quotes():
    text = "“It is chaos. Of course,” said Mr. Tokayev. “Next.” Why? “Because,” he asked?”"
    bounds = sentence_bounds(text, scan_paragraph(text))
    assert text[bounds[0][0] : bounds[0][1]] == "“It is chaos. Of course,” said Mr. Tokayev."


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="ab .,:\"'“”‘’«»„\n", max_size=60), min_size=1, max_size=4))
def test_any_marks_give_valid_offsets(paragraphs):
    for p, marks in enumerate(scan_article(paragraphs)):
        for m in marks:
            assert 0 <= m.start <= m.end <= len(paragraphs[p])
            assert m.paragraph == p
        sentence_bounds(paragraphs[p], marks)


def test_a_full_stop_before_a_closing_mark_ends_the_sentence():
    text = "The bank said it objected “to the whole ruling.” Its rival has also denied wrongdoing."
    bounds = sentence_bounds(text, scan_paragraph(text))
    assert [text[a:b] for a, b in bounds] == [
        "The bank said it objected “to the whole ruling.”",
        "Its rival has also denied wrongdoing.",
    ]


def test_sentences_whose_spaces_were_lost_are_still_told_apart():
    text = "The talks ended, officials said.Lindqvist told reporters it was over.“We tried.”“We failed.”"
    bounds = sentence_bounds(text, scan_paragraph(text))
    assert [text[a:b] for a, b in bounds] == [
        "The talks ended, officials said.",
        "Lindqvist told reporters it was over.",
        "“We tried.”",
        "“We failed.”",
    ]
    assert sentence_bounds("See U.S.Navy ships", []) == [(0, 18)]


def test_a_straight_mark_opens_a_quote_right_after_a_full_stop():
    assert texts('The agency spoke on Friday."So far, nine people were held," it said.') == [
        "So far, nine people were held"
    ]
