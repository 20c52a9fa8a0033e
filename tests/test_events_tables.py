"""The event coder's data files: CAMEO table, patterns, effects, lexicons."""

from __future__ import annotations

from pathlib import Path

import pytest

import faultlines
from faultlines.events.cameo import cameo_table, lookup, root_quad_class
from faultlines.events.coder import NO_EVENT
from faultlines.events.lexicon import lexicon
from faultlines.events.tables import read_tsv


def test_all_twenty_roots_with_names_and_common_codes():
    table = cameo_table()
    roots = [f"{n:02d}" for n in range(1, 21)]
    assert all(root in table for root in roots)
    assert all(table[root].name for root in roots)
    three_digit = [code for code in table if len(code) == 3]
    assert len(three_digit) >= 140
    assert {"138", "112", "125", "190", "057", "074", "173"} <= set(table)


@pytest.mark.parametrize(
    "code,quad",
    [
        ("010", 0),
        ("020", 0),
        ("036", 1),
        ("051", 1),
        ("061", 2),
        ("084", 2),
        ("112", 3),
        ("138", 3),
        ("163", 3),
        ("141", 4),
        ("154", 4),
        ("173", 4),
        ("190", 4),
        ("202", 4),
    ],
)
def test_quad_class_follows_the_root(code, quad):
    assert lookup(code).quad_class == quad


def test_every_code_has_the_quad_class_of_its_root_and_a_goldstein_score():
    for code, entry in cameo_table().items():
        assert entry.quad_class == root_quad_class(code[:2]), code
        assert -10.0 <= entry.goldstein <= 10.0
        if code[:2] >= "03":
            assert entry.plover, code


def test_goldstein_and_plover_values_are_the_codebook_ones():
    assert lookup("138").goldstein == -7.0 and lookup("138").plover == "THREATEN"
    assert lookup("190").goldstein == -10.0 and lookup("190").plover == "ASSAULT"
    assert lookup("057").goldstein == 8.0 and lookup("057").plover == "SUPPORT"
    assert lookup("1384").code == "138"
    with pytest.raises(KeyError):
        lookup("99")


def test_patterns_and_effects_name_known_codes():
    table = cameo_table()
    lex = lexicon()
    for patterns in lex.patterns.values():
        for pattern in patterns:
            assert pattern.cameo in table or (pattern.cameo == NO_EVENT and pattern.when != "-"), pattern
            assert pattern.pos in ("V", "N", "A")
            assert pattern.frame in ("so", "recv", "sym")
    for (effect, root), code in lex.effects.items():
        assert code in ("-", "=") or code in table, (effect, root, code)


def test_patterns_are_indexed_by_lemma_with_conditions_first():
    patterns = lexicon().patterns_for("send", "V")
    assert patterns and all(p.lemma == "send" for p in patterns)
    whens = [p.when for p in lexicon().patterns_for("withdraw", "V")]
    assert whens.index("-") == len(whens) - 1


def test_lexicon_reads_states_and_organisations_from_the_actor_knowledge():
    lex = lexicon()
    assert lex.states["moscow"].iso3 == "RUS" and lex.states["moscow"].metonym
    assert lex.states["kremlin"].iso3 == "RUS"
    assert lex.states["kazakh"].iso3 == "KAZ" and lex.states["kazakh"].adjective
    assert lex.states["kazakhs"].adjective  # plural demonyms are derived
    assert lex.states["ukraine"].iso3 == "UKR"
    assert lex.states["kharkiv"].place and lex.states["kharkiv"].iso3 == "UKR"
    assert lex.organisation("CSTO").id == "org:csto"
    assert lex.organisation("RT").country == "RUS"  # the knowledge's media, with their country
    assert lex.organisation("who") is None and lex.organisation("WHO") is not None  # acronyms keep their case
    assert lex.state("us") is None and lex.state("US").iso3 == "USA"
    assert lex.state_name("KAZ") == "Kazakhstan"


def test_the_event_data_holds_no_copy_of_the_actor_knowledge():
    data = Path(faultlines.__file__).parent / "data" / "events"
    assert not (data / "countries.tsv").exists() and not (data / "organisations.tsv").exists()


def test_read_tsv_skips_comments_and_pads_short_rows():
    rows = read_tsv("actor_nouns.tsv")
    assert rows[0].keys() == {"lemma", "role", "kind"}
    assert all(not row["lemma"].startswith("#") for row in rows)
