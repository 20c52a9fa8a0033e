"""Small cues of who a name is, read from the tokens around it: the body a person works for, an age, an office's
own words, a state that is an expert's subject (used by :mod:`faultlines.nlp.actor_context`)."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from faultlines.nlp.knowledge import data_rows

if TYPE_CHECKING:
    from faultlines.nlp.actor_context import TokenIndex
    from faultlines.nlp.actor_gazetteer import TitleMatch
    from faultlines.nlp.knowledge import Knowledge


def office_word(index: TokenIndex, i: int, t: TitleMatch) -> bool:
    """A word before a title that names the office's field ("Finance" in "Finance minister"), not who holds it."""
    token = index.doc[i]
    return (
        token.is_alpha
        and index.name_at[i] is None
        and index.title_at[i] is None
        and token.dep_ in ("compound", "amod")
        and t.start <= token.head.i < t.end
        and index.kb.titles.get(t.term) is not None
        and index.kb.titles[t.term].kind == "person"
    )


#: Sectors whose bodies speak through a generic title put before a name: "University President X" (EDU).
BODY_SECTORS = {"EDU", "BUS", "NGO", "MED", "REL", "COP", "MIL", "JUD", "LEG"}


def body_speaks(body, title) -> bool:
    """Whether a body title right before a generic person title gives the person its sector: "University President",
    "company spokesman", "police spokesman", "student leader", "rebel spokesman" (not "Russian President": no body;
    not "army general": a rank)."""
    return (
        body is not None
        and title is not None
        and (body.kind == "body" or (body.kind == "person" and body.role not in (None, "GOV")))
        and body.role in BODY_SECTORS | {"CVL", "OPP", "REB"}
        and title.kind == "person"
        and title.role == "GOV"
        and title.office in (None, "head_of_state", "vice_president")
    )


def possessive_at(doc, i: int) -> bool:
    return i < len(doc) and doc[i].lower_ in ("'s", "\u2019s")


def topic_of(index: TokenIndex, n, title_match) -> bool:
    """Whether a state's name right before an expert's title is the subject of the expertise, not the expert's state:
    "a North Korea expert", "Russia analyst X"."""
    if n.kind != "C:name" or title_match is None or n.end != title_match.start:
        return False
    title = index.kb.titles.get(title_match.term)
    return title is not None and title.role == "EDU" and title.kind == "person"


#: Sectors of titles that say less than the body the person works at: an official, adviser or president (GOV), an
#: expert or researcher (EDU) at a firm or a charity is of the firm or the charity.
EMPLOYER_DECIDES = {"GOV", "EDU"}


def age_follows(doc, comma: int) -> bool:
    """Whether an age stands between commas at ``comma``: "Brown, 40, said" (wire copy ages private people)."""
    if comma + 2 >= len(doc) or doc[comma].text != ",":
        return False
    age, after = doc[comma + 1], doc[comma + 2]
    return age.is_digit and 1 <= len(age.text) <= 2 and after.text in (",", ")")


#: Words that join a person's title to the body they work for: "an analyst at X", "the director of X".
EMPLOYER = {"at", "of", "for", "with"}


def entity_role(index: TokenIndex, start: int) -> str | None:
    """The sector of the organisation the model found at ``start``, from its last word ("Westfield University", "the
    Stimson Center") or its first ("University of Texas") when that is a body's title, else from a last word that
    names a kind of body only at the end of a name (``name_heads.tsv``: "EcoHealth Alliance")."""
    doc = index.doc
    end = start + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    t = index.title_at[end - 1]
    if t is None or t.end != end:
        t = index.title_at[start]
        if t is None or t.start != start or t.end >= end or doc[t.end].lower_ != "of":
            return index.kb.name_heads.get(doc[end - 1].lower_)  # "EcoHealth Alliance", "Ledgerwise Inc."
    title = index.kb.titles.get(t.term)
    return title.role if title is not None and title.kind == "body" else None


def is_honorific(kb: Knowledge, token) -> bool:
    title = kb.titles.get(token.lower_)
    return title is not None and title.kind == "honorific"


@lru_cache(maxsize=1)
def candidacy_words() -> dict[str, frozenset[str]]:
    """The words of a run for office (``candidacy.tsv``), by kind: nouns ("campaign"), nouns only with a modifier
    ("bid") and verbs ("run")."""
    kinds: dict[str, set[str]] = {}
    for word, kind in data_rows("candidacy.tsv", 2):
        kinds.setdefault(kind, set()).add(word.lower())
    return {kind: frozenset(words) for kind, words in kinds.items()}


#: Words that make a campaign an office holder's: "X's re-election campaign".
INCUMBENT_WORDS = {"re-election", "reelection", "re", "election"}


def candidacy_follows(doc, end: int) -> bool:
    """Whether a name ending at ``end`` runs for an office: "X's presidential campaign", "X's 2024 bid", "X, who is
    running for president" (not "X's re-election campaign": an incumbent's)."""
    words = candidacy_words()
    if possessive_at(doc, end):
        for k in range(end + 1, min(len(doc), end + 5)):
            token = doc[k]
            if token.lower_ in words.get("noun", ()):
                return token.pos_ == "NOUN"
            if token.lower_ in words.get("modified", ()):
                after = doc[k + 1].lower_ if k + 1 < len(doc) else ""
                return token.pos_ == "NOUN" and (k > end + 1 or after == "for")
            if token.lower_ in INCUMBENT_WORDS or token.pos_ not in ("ADJ", "NUM", "PROPN", "NOUN", "PUNCT"):
                return False
        return False
    if end + 4 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "who":
        verb = next((t for t in doc[end + 2 : end + 5] if t.pos_ == "VERB"), None)
        return (
            verb is not None
            and verb.lemma_.lower() in words.get("verb", ())
            and verb.i + 1 < len(doc)
            and doc[verb.i + 1].lower_ == "for"
        )
    return False


@lru_cache(maxsize=1)
def lead_verbs() -> frozenset[str]:
    """Lemmas of the verbs by which a person heads a body (``lead_verbs.tsv``)."""
    return frozenset(word.lower() for (word,) in data_rows("lead_verbs.tsv", 1))


def led_body(index: TokenIndex, end: int):
    """The knowledge's organisation a name ending at ``end`` leads: "X heads the Adhaalath Party", "X, who leads the
    opposition Ennahdha party"; ``None`` where the words say nothing of the kind."""
    doc = index.doc
    k = end + 2 if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "who" else end
    while k < len(doc) and doc[k].pos_ in ("AUX", "ADV"):
        k += 1  # "who currently leads", "who has long headed"
    if k >= len(doc) or doc[k].pos_ != "VERB" or doc[k].lemma_.lower() not in lead_verbs():
        return None
    for j in range(k + 1, min(len(doc), k + 8)):
        n = index.name_at[j]
        if n is not None and n.kind == "O":
            return index.kb.organisations[n.ref]
        if doc[j].pos_ in ("VERB", "AUX") or doc[j].text in (".", ";"):
            return None
    return None


@lru_cache(maxsize=1)
def place_heads() -> frozenset[str]:
    """Last words of the names of places that are never actors (``place_heads.tsv``): "forest", "square"."""
    return frozenset(word.lower() for (word,) in data_rows("place_heads.tsv", 1))


#: Prepositions that put a place's name where something happened.
AT_PLACE = {"in", "at", "on", "near", "along", "across", "inside", "outside", "around", "into", "towards", "toward"}


def named_place(doc, start: int, end: int) -> bool:
    """A name ending in a place's word after a preposition of place ("in Halungu Forest", "at Delhi's Ramlila
    Ground"; not "Kisumu Road said", nor "the Forest Service"), or followed by one ("Nyaung Kone village")."""
    if end < len(doc) and doc[end].is_lower and doc[end].lower_ in place_heads():
        return True  # "Nyaung Kone village", "Fagantama villages", "Tamu township"
    if doc[end - 1].lower_ not in place_heads():
        return False
    j = start - 1
    if j >= 1 and doc[j].lower_ in ("'s", "\u2019s"):
        j -= 2  # "Delhi's"
    if j >= 0 and doc[j].lower_ == "the":
        j -= 1
    return j >= 0 and doc[j].lower_ in AT_PLACE
