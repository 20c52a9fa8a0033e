"""Wire-style probes of the kinds of quote the extractor missed on real news (sixth round): reporting verbs and
constructions it did not know, sources with long names, cues in the perfect. Every sentence is ours, written in the
manner of agency copy; each kind has a few variants and a sentence that must give no quote."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")


try:
    from quote_helpers import found, quotes
except ImportError:  # pragma: no cover - when tests/ is a package
    from tests.quote_helpers import found, quotes


@pytest.mark.parametrize(
    "text, words, who",
    [
        # "repeated that …"
        ("Ruto repeated that Kenya would not send troops to the region.", "Kenya would not send troops", "Ruto"),
        (
            "The foreign ministry repeated on Tuesday that the embassy would stay open.",
            "the embassy would stay open",
            "ministry",
        ),
        # a court's ruling in its own words (a ruling reported without marks is not taken for speech)
        (
            'In 1969 the Supreme Court ruled unanimously that "guarantees of free speech do not permit a state to '
            'forbid advocacy."',
            "guarantees of free speech",
            "Supreme Court",
        ),
        # a cue in the perfect after the report: "…, X has reported."
        (
            "The ban is part of a wider campaign, The Washington Post has reported.",
            "The ban is part of a wider campaign",
            "Washington Post",
        ),
        (
            "The border will stay closed until further notice, the interior minister has said.",
            "The border will stay closed",
            "minister",
        ),
        ("Talks will resume on Tuesday, the mediator added.", "Talks will resume on Tuesday", "mediator"),
        # "As X notes, …", "As first reported by X, …"
        (
            "As the Financial Times notes, higher tariffs would allow the government to look tough.",
            "higher tariffs would allow",
            "Financial Times",
        ),
        ("As first reported by Reuters, the company withdrew its bid last week.", "the company withdrew", "Reuters"),
        (
            "As the minister said on Monday, the country cannot afford another war.",
            "the country cannot afford",
            "minister",
        ),
        ("As Lavrov told reporters, the deal is not finished.", "the deal is not finished", "Lavrov"),
        # "according to" a body whose name holds a preposition or a verb
        (
            "According to the Committee to Protect Journalists (CPJ) and the International Federation of "
            "Journalists (IFJ), 87 reporters have been killed.",
            "87 reporters have been killed",
            "Committee to Protect Journalists",
        ),
        (
            "At least 40 people were detained overnight, according to the Committee to Protect Journalists.",
            "At least 40 people were detained",
            "Committee to Protect Journalists",
        ),
        # "responded by saying that …": the one who responded says it
        (
            "Asked about the strikes, the spokesman responded by saying that the army acted in self-defence.",
            "the army acted in self-defence",
            "spokesman",
        ),
        ("Beijing reacted by saying the visit violated its sovereignty.", "the visit violated its sovereignty", "China"),
        # a long aside between the cue and "that"
        (
            "The president said on Sunday in a televised address to the nation that the country would never "
            "surrender.",
            "the country would never surrender",
            "president",
        ),
        (
            "The minister told reporters after a closed-door meeting with European counterparts in Brussels that "
            "sanctions would stay.",
            "sanctions would stay",
            "minister",
        ),
        # the passive "was quoted as saying" and "X quoted Y as saying", before or after the words
        (
            "The minister was quoted by the state news agency as saying the talks had failed.",
            "the talks had failed",
            "minister",
        ),
        (
            "The talks had failed, the minister was quoted as saying by the state news agency.",
            "The talks had failed",
            "minister",
        ),
        ("The talks had failed, Interfax quoted Foreign Minister Sergei Lavrov as saying.", "The talks had", "Lavrov"),
        ('"The talks have failed," state television quoted the minister as saying.', "The talks have", "minister"),
        ('"The talks have failed," the minister was quoted as saying by the state news agency.', "The talks", "minister"),
        # the cue inserted after a short subject
        ("The suspect, police said, had been arrested at the border.", "The suspect, police said", "police"),
        ("The gunman, officials said, was a member of the group.", "The gunman, officials said", "officials"),
        # bodies named by a word the cues lacked: an air force, a general staff, brigades, a senate
        ("Ukraine's air force said it shot down 30 of 35 drones launched overnight.", "it shot down 30", "air force"),
        ("The general staff said 40 clashes took place along the front.", "40 clashes took place", "general staff"),
        ("The Qassam Brigades said its fighters destroyed a tank.", "its fighters destroyed a tank", "Brigades"),
        # participles of cues that had none ("with the army reporting that …", "alleging that …")
        (
            "Israel bolstered its forces in the north, with the Lebanese army reporting on Saturday that 20 drones "
            "had entered its airspace.",
            "20 drones had entered",
            "army",
        ),
        (
            "The opposition issued a statement on Monday, alleging that the vote had been rigged.",
            "the vote had been rigged",
            "opposition",
        ),
        # what a body's advert or court filing says
        ("An advert by the Hope Alliance said the rich were getting richer.", "the rich were getting", "Hope Alliance"),
        (
            "A court filing by the Justice Department said the documents were classified.",
            "the documents were classified",
            "Justice Department",
        ),
        # reporting verbs that take a "that" clause and were missing
        ("The ministry disclosed that two diplomats had been expelled.", "two diplomats had been expelled", "ministry"),
        ("Foreign Minister Ahmed Saleh countered that the border would reopen.", "the border would reopen", "Saleh"),
        ("Foreign Minister Ahmed Saleh retorted that the border would reopen.", "the border would reopen", "Saleh"),
        ("The commission concluded that the police had used excessive force.", "the police had used", "commission"),
        ("Foreign Minister Ahmed Saleh remarked that the border would reopen.", "the border would reopen", "Saleh"),
        ("The minister expressed concern that the border would stay closed.", "the border would stay closed", "minister"),
        ("Foreign Minister Ahmed Saleh voiced concern that the border would stay closed.", "the border", "Saleh"),
        # armed groups and other unnamed plural speakers
        ("The rebels said the town had fallen.", "the town had fallen", "rebels"),
        ("Pakistani troops fired on the village, the militants said.", "Pakistani troops fired", "militants"),
        (
            "The rebels claimed responsibility for the attack, saying it was revenge for the killing of their leader.",
            "it was revenge for the killing",
            "rebels",
        ),
        ("Separatists said on Sunday they had shot down two drones.", "they had shot down two drones", "Separatists"),
    ],
)
def test_reported_speech_is_found_with_its_speaker(text, words, who):
    quote = found(text, words)
    assert quote is not None, quotes(text)
    assert quote[1] is not None and who.lower() in quote[1].lower(), quote


@pytest.mark.parametrize(
    "text",
    [
        "As the army advanced on the town, residents fled to the hills.",
        "As expected, the council voted to extend the mandate.",
        "The court ruled out an appeal on Monday.",
        "The party has ruled the country since 1990.",
        "The suspect, police said.",
        "The minister expressed support for the plan.",
        "The spokesman declined to comment on the report.",
        "The president expressed his condolences to the families that lost relatives.",
    ],
)
def test_no_report_where_nobody_speaks(text):
    assert quotes(text) == []


def test_they_said_is_the_plural_unnamed_speakers_who_spoke_last():
    text = (
        "Xi raised the coming election, according to three U.S. officials. "
        "Xi also noted the influence that Washington has on the island, they said."
    )
    quote = found(text, "Xi also noted the influence")
    assert quote is not None and quote[1] is not None and "officials" in quote[1], quotes(text)


def test_they_said_after_a_named_speaker_is_nobody_we_can_tell():
    text = "Foreign Minister Sergei Lavrov spoke on Monday. The talks were useful, they said."
    quote = found(text, "The talks were useful")
    assert quote is None or quote[1] is None or "Lavrov" not in quote[1], quotes(text)


@pytest.mark.parametrize(
    "text, words",
    [
        ("Guterres, who said the attack was unacceptable, is due in Cairo on Monday.", "the attack was unacceptable"),
        ("Guterres, who said the attack was unacceptable, called for calm.", "the attack was unacceptable"),
    ],
)
def test_a_report_inside_a_relative_clause_ends_with_it(text, words):
    assert (words, "António Guterres") in quotes(text), quotes(text)


def test_a_partial_quote_after_responded_by_saying_is_the_responders():
    text = (
        "When Biden raised the election, Xi responded by saying that peace was \u201call well and good\u201d but "
        "that a settlement was needed, one U.S. official said."
    )
    assert ("all well and good", "Xi Jinping") in quotes(text), quotes(text)
    assert ("peace was \u201call well and good\u201d but that a settlement was needed", "Xi Jinping") in quotes(text)
