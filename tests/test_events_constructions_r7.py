"""More constructions of wire-service English (seventh round): long coordinated names, sectors named by nationality
in a coordination, one event per act and dyad in a sentence, defence ministries."""

from __future__ import annotations

import pytest

from faultlines.pipeline import analyze_text

try:
    from event_helpers import coded, events_of
except ImportError:  # pragma: no cover - when tests/ is a package
    from tests.event_helpers import coded, events_of


def test_two_long_titled_names_joined_by_and_are_both_subjects():
    text = (
        "Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol met Chinese Premier "
        "Li Qiang in Seoul on Monday."
    )
    found = {(s, t, root) for s, t, root, _ in coded(text)}
    assert {("JPNGOV", "CHNGOV", "04"), ("KORGOV", "CHNGOV", "04")} <= found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Qatar hosted talks between U.S. and Taliban officials.", {"USAGOV", "AFGGOV"}),
        ("Talks between Taliban and Pakistani officials ended without agreement.", {"AFGGOV", "PAKGOV"}),
    ],
)
def test_talks_between_two_nationalities_of_officials_join_the_two_states(text, pair):
    talks = {(s, t) for s, t, root, _ in coded(text) if root == "04" and {s, t} <= pair}
    assert talks == {tuple(sorted(pair)), tuple(sorted(pair, reverse=True))}


def test_a_joint_act_gives_no_dyad_of_a_state_with_itself():
    found = coded("Qatar hosted talks between U.S. and Taliban officials.")
    assert all(s != t for s, t, _, _ in found)


def test_one_act_named_twice_in_a_sentence_is_one_event():
    events = events_of("Thousands of people marched in Belgrade to protest against the government.")
    keys = [(e.source.code, e.target.code, e.cameo) for e in events]
    assert ("SRBOPP", "SRBGOV", "141") in keys
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize(
    "text",
    [
        "The Armenian Defence Ministry accused Baku of firing first.",
        "The Ministry of Defence of Armenia accused Azerbaijan of a provocation on the border.",
    ],
)
def test_a_defence_ministry_speaks_for_the_armed_forces(text):
    assert ("ARMMIL", "AZEGOV", "11", "asserted") in coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "Canada recalled 41 diplomats from India after New Delhi threatened to strip them of immunity.",
        "Canada withdrew 41 diplomats from India.",
    ],
)
def test_envoys_recalled_from_a_state_reduce_ties_with_that_state(text):
    assert ("CANGOV", "INDGOV", "16", "asserted") in coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sanctions imposed by Washington on Moscow have hit Russian banks hard.",
        "New U.S. tariffs hit Chinese exporters.",
    ],
)
def test_measures_that_hit_someone_are_no_force(text):
    assert not any(root in ("18", "19", "20") for _, _, root, _ in coded(text))


def test_sanctions_imposed_by_one_state_on_another_are_its_sanctions():
    text = "Sanctions imposed by Washington on Moscow have hurt the Russian economy."
    assert ("USAGOV", "RUSGOV", "16", "asserted") in coded(text)


def test_battles_started_with_an_ally_are_not_aimed_at_the_ally():
    text = (
        'The ambassador said there had been "bloody battles" started by the M23 with the Rwandan units against the '
        "Congolese army."
    )
    assert not any(t == "RWAGOV" for _, t, _, _ in coded(text))


def test_massacres_committed_are_done_not_intended():
    found = coded("The Israeli occupation forces committed 17 horrific massacres in Gaza, the Palestinian health ministry said.")
    assert ("ISRMIL", "PSECVL", "20", "claimed") in found  # the Gaza ministry's word on Israel's act
    assert not any(root == "13" for _, _, root, _ in found)


def test_committing_to_an_act_of_help_is_still_an_intent():
    assert ("RUSGOV", "SYRGOV", "03", "asserted") in coded("Russia committed to sending aid to Syria.")


def test_patriot_systems_pledged_to_a_state_are_pledged_to_it():
    assert ("DEUGOV", "UKRGOV", "03", "asserted") in coded("Germany pledged additional Patriot systems to Ukraine.")


@pytest.mark.parametrize(
    "text",
    [
        "India's cricket team crushed Pakistan by eight wickets.",
        "Brazil's national football team crushed Argentina 4-1 in Rio.",
    ],
)
def test_a_sports_team_is_no_actor_of_force(text):
    assert not coded(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bahrain and Israel normalised ties in 2020.", ("BHRGOV", "ISRGOV", "05")),
        ("Russia and Ukraine swapped 95 prisoners of war each on Friday.", ("RUSGOV", "UKRGOV", "08")),
        ("Turkey expressed solidarity with Azerbaijan after the attack.", ("TURGOV", "AZEGOV", "05")),
    ],
)
def test_british_spellings_prisoner_swaps_and_solidarity(text, expected):
    assert expected + ("asserted",) in coded(text)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The International Criminal Court issued an arrest warrant for Russian President Vladimir Putin.", "IGOOTH"),
        ("The ICJ ordered Israel to prevent acts of genocide in Gaza.", "IGOUNO"),
    ],
)
def test_international_courts_are_intergovernmental_not_of_the_accused_state(text, source):
    assert {s for s, _, _, _ in coded(text)} == {source}


def test_a_condition_on_the_governed_verb_aims_a_warning():
    text = "Russia will retaliate if NATO deploys troops to Ukraine, the Kremlin warned."
    assert ("RUSGOV", "IGONAT", "13", "asserted") in coded(text)


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        ("North Korea said South Korea's drills were a rehearsal for an invasion.", {"KORGOV"}),
        ("North Korea said the U.S.-South Korean drills were a rehearsal for an invasion.", {"USAGOV", "KORGOV"}),
        ("Moscow said NATO's exercises were a pretext for aggression.", {"IGONAT"}),
    ],
)
def test_drills_called_a_rehearsal_for_invasion_accuse_their_authors(text, targets):
    found = coded(text)
    assert {t for s, t, root, _ in found if root == "11"} == targets


def test_a_rehearsal_that_is_no_judgement_is_no_event():
    assert not coded("The orchestra's rehearsal for the concert was cancelled.")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The Russia-Ukraine talks in Istanbul ended after two hours.", {"RUSGOV", "UKRGOV"}),
        ("The India-Pakistan ceasefire held overnight.", {"INDGOV", "PAKGOV"}),
    ],
)
def test_a_hyphenated_pair_of_states_names_both_sides(text, pair):
    assert {s for s, _, _, _ in coded(text)} == pair


def test_a_claimed_ramming_is_the_claimants_accusation():
    found = coded("China claimed the Philippine vessel had rammed its coast guard ship.")
    assert ("CHNGOV", "PHLMIL", "11", "asserted") in found
    assert any(root == "19" and mode == "claimed" for _, _, root, mode in found)


def test_students_named_alone_are_of_the_dateline_state():
    found = coded("DHAKA, Bangladesh (AP) — Police fired rubber bullets at students protesting against job quotas.")
    assert ("BGDCOP", "BGDEDU", "19", "asserted") in found


def test_named_missiles_launched_at_a_city_are_aimed_at_its_state():
    assert ("RUSGOV", "UKRGOV", "19", "asserted") in coded("Russia launched Kinzhal missiles at Kyiv overnight.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jordan airdropped food aid into Gaza on Tuesday.", {("JORGOV", "PSECVL", "07")}),
        ("Saudi Arabia and the UAE agreed to invest $10 billion in Pakistan.",
         {("SAUGOV", "PAKGOV", "03"), ("AREGOV", "PAKGOV", "03")}),
        ("Norway mediated talks between the Colombian government and the ELN.",
         {("NORGOV", "COLGOV", "04"), ("NORGOV", "COLREB", "04")}),
    ],
)
def test_airdrops_joint_pledges_to_a_third_state_and_colombian_rebels(text, expected):
    assert expected <= {(s, t, root) for s, t, root, _ in coded(text)}


def test_boats_pushed_back_are_no_rejection():
    assert not coded("Greek coast guard officers pushed back migrant boats towards Turkey.")


def test_sanctions_that_target_someone_are_aimed_at_them():
    text = "The sanctions, imposed by the EU in March, target Russian banks."
    assert ("IGOEUR", "RUSBUS", "16", "asserted") in coded(text)


@pytest.mark.parametrize(
    "verb", ["assailed", "reprimanded", "derided", "took a swipe at", "took issue with", "fired a broadside at"]
)
def test_more_verbs_of_criticism(verb):
    found = coded(f"Turkey {verb} Sweden over the Koran burnings.")
    assert found == {("TURGOV", "SWEGOV", "11", "asserted")}


def test_support_reaffirmed_is_support_given():
    assert ("TURGOV", "AZEGOV", "05", "asserted") in coded("Turkey reaffirmed its support for Azerbaijan on Monday.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia and China vetoed the resolution, which the United States had drafted.",
         {("RUSGOV", "USAGOV", "12"), ("CHNGOV", "USAGOV", "12")}),
        ("Ukraine rejected the peace plan, which was drafted by Chinese officials.", {("UKRGOV", "CHNGOV", "12")}),
    ],
)
def test_what_is_vetoed_or_rejected_aims_at_the_author_its_clause_names(text, expected):
    assert expected <= {(s, t, root) for s, t, root, _ in coded(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Troops from the Afghan border police fired on Pakistani positions.", ("AFGCOP", "PAKMIL", "19")),
        ("Indian troops shelled Pakistani posts along the Line of Control.", ("INDMIL", "PAKMIL", "19")),
    ],
)
def test_positions_and_posts_of_a_state_are_its_forces(text, expected):
    assert expected + ("asserted",) in coded(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Hezbollah fired dozens of rockets into northern Israel.", "195"),
        ("Militants killed 12 villagers in an attack on a market in Borno state, Nigeria.", "180"),
    ],
)
def test_an_armed_group_s_rockets_stay_aerial_weapons_its_killings_unconventional(text, code):
    assert code in {e.cameo for e in events_of(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkey, Syria agree to restore ties", {("TURGOV", "SYRGOV", "03"), ("SYRGOV", "TURGOV", "03")}),
        ("Ukraine says it downed 30 Russian drones overnight", {("UKRGOV", "RUSMIL", "19")}),
    ],
)
def test_headlines_two_states_joined_by_a_comma_and_drones_downed(text, expected):
    assert expected <= {(s, t, root) for s, t, root, _ in coded(text)}


def test_the_act_retaliated_for_is_not_the_retaliators():
    found = coded("Iran vowed to retaliate against Israel for the strike on its consulate.")
    assert ("IRNGOV", "ISRGOV", "13", "asserted") in found
    assert not any(s == "IRNGOV" and root == "19" for s, _, root, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia promised a tough response to Finland's NATO membership.", ("RUSGOV", "FINGOV", "13")),
        ("Tehran vowed revenge against Israel for the killing of its general.", ("IRNGOV", "ISRGOV", "13")),
        ("China promised aid to Zambia.", ("CHNGOV", "ZMBGOV", "03")),
    ],
)
def test_a_promised_response_threatens_and_promised_aid_pledges(text, expected):
    assert expected + ("asserted",) in coded(text)


def test_an_event_and_a_quote_give_one_description_one_code():
    text = (
        'ISLAMABAD (Reuters) - A defence ministry spokesperson accused India of violating the ceasefire. '
        '"The Indian army fired first," a defence ministry spokesperson said.'
    )
    doc = analyze_text(text, published="2024-03-01")
    assert {e.source.code for e in doc.events if e.cameo.startswith("11")} == {"PAKMIL"}
    assert {q.speaker.code for q in doc.quotes} == {"PAKMIL"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("UN peacekeepers came under fire from Hezbollah in southern Lebanon.", ("LBNREB", "IGOUNO", "19")),
        ("A Chinese court fined a Canadian citizen for smuggling.", ("CHNJUD", "CANCVL", "17")),
    ],
)
def test_coming_under_fire_from_someone_and_fines(text, expected):
    assert expected + ("asserted",) in coded(text)
