"""More constructions of wire-service English (sixth round): security forces, intelligence agencies, a headline above
a text's first sentence."""

from __future__ import annotations

import pytest

from faultlines.pipeline import analyze_text

try:
    from event_helpers import coded, events_of
except ImportError:  # pragma: no cover - when tests/ is a package
    from tests.event_helpers import coded, events_of



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Security forces fired tear gas at protesters in Baghdad on Sunday.", ("IRQCOP", "IRQOPP", "17")),
        ("Protesters clashed with security forces in Nairobi.", ("KENOPP", "KENCOP", "14")),
        ("Clashes between Iraqi protesters and security forces in Basra left two dead.", ("IRQOPP", "IRQCOP", "14")),
        ("U.S. intelligence agencies accused North Korea of stealing cryptocurrency.", ("USASPY", "PRKGOV", "11")),
    ],
)
def test_security_forces_are_police_and_intelligence_agencies_spies(text, expected):
    assert expected + ("asserted",) in coded(text)


def test_security_alone_is_no_actor():
    assert not any(e.source.role == "COP" for e in events_of("Iran said regional security had been harmed by Israel."))


def test_a_headline_above_a_text_is_its_title_and_is_not_coded_twice():
    text = (
        "Armenia and Azerbaijan blame each other for border shootings\n\n"
        "Armenia accused Azerbaijan of opening fire on its positions on Monday."
    )
    doc = analyze_text(text, published="2024-04-02")
    assert doc.article.title == "Armenia and Azerbaijan blame each other for border shootings"
    assert doc.article.paragraphs == ["Armenia accused Azerbaijan of opening fire on its positions on Monday."]
    assert {(e.source.code, e.target.code) for e in doc.events if e.cameo[:2] == "11"} == {("ARMGOV", "AZEGOV")}


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested 40 protesters in Nairobi on Tuesday.",  # one sentence: the body
        "Police arrested 40 protesters in Nairobi\n\nmore to follow",  # no sentence after it
        "15 March 2021\n\nPolice arrested 40 protesters in Nairobi.",  # a date line is no headline
    ],
)
def test_a_text_without_a_headline_keeps_every_paragraph(text):
    doc = analyze_text(text)
    assert doc.article.title is None and any(e.cameo[:2] == "17" for e in doc.events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hezbollah fired dozens of rockets into northern Israel.", ("LBNREB", "ISRCVL")),
        ("Hamas fired hundreds of rockets at Israeli towns.", ("PSEREB", "ISRCVL")),
        ("Israeli jets struck targets in southern Lebanon.", ("ISRMIL", "LBNCVL")),
        ("Azerbaijani troops shelled Armenian border villages.", ("AZEMIL", "ARMCVL")),
        ("Ukrainian drones hit a Russian city overnight.", ("UKRMIL", "RUSCVL")),
    ],
)
def test_volleys_and_places_hit_are_the_people_there(text, expected):
    assert any((e.source.code, e.target.code if e.target else None) == expected for e in events_of(text))


def test_a_state_attacked_by_name_is_still_the_state():
    found = {(e.source.code, e.target.code) for e in events_of("Russia attacked Ukraine in February 2022.")}
    assert ("RUSGOV", "UKRGOV") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Morocco and Israel restored diplomatic ties in 2020.", ("MARGOV", "ISRGOV", "05")),
        ("Morocco and Israel restored diplomatic ties in 2020.", ("ISRGOV", "MARGOV", "05")),
        ("Israel and the United Arab Emirates normalized relations in 2020.", ("AREGOV", "ISRGOV", "05")),
        ("Mali ordered the French ambassador to leave within 72 hours.", ("MLIGOV", "FRAGOV", "16")),
        ("Germany pledged 500 million euros in military aid to Ukraine.", ("DEUGOV", "UKRGOV", "03")),
        ("The IMF approved $3 billion in loans to Pakistan.", ("IGOOTH", "PAKGOV", "07")),
        ("The EU adopted a 14th package of sanctions against Russia.", ("IGOEUR", "RUSGOV", "16")),
        ("The United States announced a new $300 million military aid package for Ukraine.", ("USAGOV", "UKRGOV", "07")),
        ("The EU imposed sanctions targeting Russian banks.", ("IGOEUR", "RUSBUS", "16")),
        ("Washington unveiled new tariffs targeting Chinese electric vehicles.", ("USAGOV", "CHNBUS", "16")),
        ("The European Parliament adopted a resolution condemning Azerbaijan.", ("IGOEUR", "AZEGOV", "11")),
    ],
)
def test_mutual_ties_expulsion_orders_sums_packages_and_what_a_measure_targets(text, expected):
    assert expected + ("asserted",) in coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "The EU imposed sanctions targeting Russian banks.",  # a sanction aimed at banks is no act of force
        "The European Parliament adopted a resolution condemning Azerbaijan.",  # the state condemned condemns no one
        "Israel ordered tens of thousands of people to leave their homes in Gaza.",  # an evacuation order, no expulsion
    ],
)
def test_no_act_read_into_a_measure_or_a_clause_object(text):
    found = coded(text)
    assert not any(root == "19" for _, _, root, _ in found)
    assert not any(source in ("AZEGOV", "RUSBUS") for source, *_ in found)
    assert not any(root == "16" and target == "PSECVL" for _, target, root, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Philippines came under criticism from China over the reef.", ("CHNGOV", "PHLGOV", "11")),
        ("The Philippines faced criticism from China.", ("CHNGOV", "PHLGOV", "11")),
        ("Seoul protested Tokyo's claims to the islands.", ("KORGOV", "JPNGOV", "11")),
        ("India blamed Pakistan-based militants for the attack in Kashmir.", ("INDGOV", "PAKREB", "11")),
    ],
)
def test_criticism_received_protested_claims_and_groups_based_abroad(text, expected):
    assert expected + ("asserted",) in coded(text)


def test_troops_under_fire_are_not_criticised():
    assert not any(e.cameo[:2] == "11" for e in events_of("Israeli troops came under fire from Hezbollah."))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkish prosecutors issued arrest warrants for 20 journalists.", ("TURJUD", "TURMED", "17")),
        ("Russian investigators opened a criminal case against the journalist.", ("RUSCOP", "RUSMED", "17")),
    ],
)
def test_warrants_and_criminal_cases_against_the_press_of_the_state_named(text, expected):
    assert expected + ("asserted",) in coded(text)


def test_a_court_striking_down_a_law_uses_no_force():
    text = "Israel's government passed the law in July.\n\nIsrael's Supreme Court struck down the government's law."
    found = coded(text)
    assert not any(root == "19" for _, _, root, _ in found)
    assert ("ISRJUD", "ISRGOV", "12", "asserted") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Azerbaijan said it would respond harshly to any provocation by Armenia.", ("AZEGOV", "ARMGOV", "13")),
        ("Iran said it would respond to any Israeli aggression.", ("IRNGOV", "ISRGOV", "13")),
        ("Iran said it would respond if Israel attacked its nuclear sites.", ("IRNGOV", "ISRGOV", "13")),
        ("China warned that it would take strong measures if Taiwan declared independence.", ("CHNGOV", "TWNGOV", "13")),
        ("Russia warned it would respond if NATO sent troops to Ukraine.", ("RUSGOV", "IGONAT", "13")),
    ],
)
def test_answers_to_any_act_and_conditions_threaten_whoever_would_act(text, expected):
    assert expected + ("asserted",) in coded(text)


def test_a_response_already_given_is_no_threat():
    assert not any(e.cameo[:2] == "13" for e in events_of("China responded to the visit with military drills."))


def test_rebels_and_journalists_named_alone_are_of_the_dateline_state():
    text = (
        "BAMAKO, Mali (AP) — Mali's army said on Sunday it had repelled an assault near Gao.\n\n"
        "Rebels attacked a Malian army post in the north."
    )
    assert any(e.source.code == "MLIREB" and e.cameo[:2] in ("18", "19") for e in events_of(text))


def test_without_a_dateline_rebels_named_alone_take_no_state():
    text = "Mali's army said on Sunday it had repelled an assault near Gao.\n\nRebels attacked an army post."
    assert not any(e.source.code == "MLIREB" for e in events_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Envoys from the United States and Russia met in Riyadh on Tuesday.", ("RUSGOV", "USAGOV", "04")),
        ("Officials from China and Japan held talks in Tokyo.", ("CHNGOV", "JPNGOV", "04")),
        ("Modi met Putin on the sidelines of the SCO summit in Samarkand.", ("INDGOV", "RUSGOV", "04")),
    ],
)
def test_envoys_from_two_states_meet_each_other(text, expected):
    assert expected + ("asserted",) in coded(text)


def test_the_venue_of_a_meeting_is_no_party_to_it():
    found = coded("Biden and Xi held talks on the sidelines of the APEC summit.")
    assert ("USAGOV", "CHNGOV", "04", "asserted") in found
    assert not any("IGO" in (source + (target or "")) for source, target, _, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia's foreign minister, speaking about Kazakhstan, said Astana must respect Russian speakers.",
            ("RUSGOV", "KAZGOV", "10"),
        ),
        ("Blinken said Israel should do more to protect civilians.", ("USAGOV", "ISRGOV", "10")),
        ("The Kremlin said Finland's decision to join NATO was a mistake.", ("RUSGOV", "FINGOV", "11")),
    ],
)
def test_what_another_state_must_do_is_a_demand_and_a_mistake_a_criticism(text, expected):
    assert expected + ("asserted",) in coded(text)


def test_what_a_speaker_itself_must_do_demands_nothing():
    assert not coded("Kazakhstan's president said his country must protect its borders.")


def test_them_after_both_leaders_is_both_states():
    text = (
        "Kyrgyzstan and Tajikistan accused each other of opening fire along the border.\n\n"
        "Putin spoke by phone with both leaders and urged them to resolve the dispute peacefully."
    )
    urged = {e.target.code for e in events_of(text) if e.cameo[:2] == "02"}
    assert urged == {"KGZGOV", "TJKGOV"}


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        (
            "The juntas of Niger, Mali and Burkina Faso said they were leaving ECOWAS, accusing it of imposing "
            "illegal sanctions.",
            {"NERGOV", "MLIGOV", "BFAGOV"},
        ),
        ("The juntas of Niger, Mali and Burkina Faso accused ECOWAS of imposing sanctions.", {"NERGOV", "MLIGOV", "BFAGOV"}),
    ],
)
def test_each_state_of_a_joint_subject_accuses(text, sources):
    assert {e.source.code for e in events_of(text) if e.cameo[:2] == "11"} == sources


def test_foreign_troops_ordered_out_are_expelled():
    assert ("NERGOV", "FRAMIL", "16", "asserted") in coded("Niger's junta ordered French troops to leave the country.")


def test_a_regional_story_told_from_one_capital_keeps_insurgents_stateless():
    text = (
        "NIAMEY, Jan 28 (Reuters) - Niger's junta expelled the French ambassador in September.\n\n"
        "Mali's government has hired Russian mercenaries to fight jihadist insurgents."
    )
    assert not any("NERREB" in (e.source.code, e.target.code if e.target else "") for e in events_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The European Union condemned the violence against peaceful demonstrators in Tbilisi.", ("IGOEUR", "GEOGOV")),
        ("The UN condemned the killing of a journalist in Mexico.", ("IGOUNO", "MEXGOV")),
        ("Iran condemned the Israeli strike on its consulate in Damascus.", ("IRNGOV", "ISRMIL")),
    ],
)
def test_a_condemned_harm_is_aimed_at_its_author_or_the_victims_government(text, expected):
    condemned = {(e.source.code, e.target.code) for e in events_of(text) if e.cameo[:2] == "11"}
    assert condemned == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Beijing said it "firmly opposes" the sale of weapons to Taiwan by the United States.', ("CHNGOV", "USAGOV", "11")),
        ("China condemned the visit to Taiwan by a US congressional delegation.", ("CHNGOV", "USALEG", "11")),
        ("A German parliamentary delegation visited Taipei.", ("DEULEG", "TWNGOV", "04")),
    ],
)
def test_an_opposed_act_aims_at_its_author_and_parliaments_send_legislators(text, expected):
    assert expected + ("asserted",) in coded(text)


def test_the_aim_of_a_journey_is_not_yet_done_but_tear_gas_fired_to_disperse_did():
    visit = coded("The foreign ministers of Lithuania and Latvia arrived in Tbilisi to support the government.")
    assert ("LTUGOV", "GEOGOV", "04", "asserted") in visit
    assert not any(root == "05" and mode == "asserted" for _, _, root, mode in visit)
    assert ("KENCOP", "KENOPP", "17", "asserted") in coded("Police fired tear gas to disperse protesters in Nairobi.")


def test_a_violated_ceasefire_is_no_cooperation_and_a_host_hosts_both_sides():
    violated = coded("The ceasefire between India and Pakistan was violated overnight.")
    assert not any(root == "08" for _, _, root, _ in violated)
    hosted = {target for source, target, root, _ in coded("Qatar hosted talks between the Taliban and the United States.")
              if source == "QATGOV" and root == "04"}
    assert hosted == {"AFGGOV", "USAGOV"}


@pytest.mark.parametrize(
    "text",
    ["The US is bound by law to provide Taiwan with defensive arms.", "Turkey is obliged to defend Azerbaijan."],
)
def test_an_obligation_is_not_yet_an_act(text):
    found = coded(text)
    assert found and all(mode != "asserted" for *_, mode in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pakistani Taliban fighters attacked a checkpoint in Khyber Pakhtunkhwa.", ("PAKREB", "PAKMIL")),  # its forces
        ("Myanmar troops burned villages in Sagaing.", ("MMRMIL", "MMRCVL")),
        ("Israeli forces raided Jenin on Tuesday.", ("ISRMIL", "PSECVL")),
    ],
)
def test_provinces_and_towns_of_conflict_zones_are_known_places(text, expected):
    assert any((e.source.code, e.target.code if e.target else None) == expected for e in events_of(text))


def test_a_legislator_of_no_known_state_is_of_the_story_state():
    text = (
        "Biden met Democratic leaders at the White House on Monday.\n\n"
        "House Speaker Mike Johnson criticised the Biden administration's immigration policy."
    )
    assert ("USALEG", "USAGOV", "11", "asserted") in coded(text)


def test_a_court_ruling_someone_ineligible_judges_him_unless_it_is_only_supposed():
    text = "Trump's lawyers spoke on Monday.\n\nThe Colorado Supreme Court ruled that Trump was ineligible to run."
    assert ("USAJUD", "USAOPP", "11", "asserted") in coded(text)
    supposed = "Had more senators voted to convict him, Trump would be ineligible to run, a law professor said."
    assert not any(root == "11" for _, _, root, _ in coded(supposed))


def test_a_leader_ordering_his_own_forces_is_no_act_on_them():
    found = coded("South Korean President Yoon Suk Yeol ordered his military to respond sternly to any provocation.")
    assert not any(target == "KORMIL" for _, target, _, _ in found)


def test_calling_it_a_violation_judges_no_state_named_nearby():
    text = (
        "North Korea fired a ballistic missile into the sea on Tuesday.\n\n"
        "The launch drew condemnation from Seoul, Tokyo and Washington, which called it a clear violation."
    )
    assert not any(source == "KORGOV" and target == "USAGOV" for source, target, _, _ in coded(text))


def test_latin_american_countries_are_not_the_united_states_and_staff_withdrawn_reduce_ties():
    text = (
        "Venezuela's government ordered the expulsion of diplomats from seven Latin American countries.\n\n"
        "The foreign ministry said it was withdrawing its own diplomatic staff from Argentina and Chile."
    )
    found = coded(text)
    assert not any("USA" in (source + (target or "")) for source, target, _, _ in found)
    assert {("VENGOV", "ARGGOV", "16", "asserted"), ("VENGOV", "CHLGOV", "16", "asserted")} <= found


def test_people_sheltering_somewhere_are_granted_nothing():
    assert not any(root == "07" for _, _, root, _ in coded("Opposition figures are sheltering in Argentina's embassy."))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Britain and France drafted the resolution, which Russia opposed.", ("RUSGOV", "GBRGOV", "11")),
        ("Kyiv presented a peace plan that Moscow dismissed.", ("RUSGOV", "UKRGOV", "12")),
        ("Iran barred several UN inspectors from the country.", ("IRNGOV", "IGOUNO", "16")),
    ],
)
def test_what_a_relative_clause_opposes_was_made_by_the_main_subject_and_inspectors_barred(text, expected):
    assert expected + ("asserted",) in coded(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Somalia's president vowed to defend his country's sovereignty against Ethiopia.", ("SOMGOV", "ETHGOV", "13")),
        ("Hungary defended its decision against criticism from Brussels.", ("HUNGOV", "IGOEUR", "12")),
        ("France defended Israel's right to self-defence.", ("FRAGOV", "ISRGOV", "05")),
    ],
)
def test_defending_against_a_state_resists_it_and_against_criticism_rejects_it(text, expected):
    assert expected + ("asserted",) in coded(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kim Yo Jong said Seoul would face grave consequences.", ("PRKGOV", "KORGOV", "13")),
        ("Russia said Finland would regret its decision to join NATO.", ("RUSGOV", "FINGOV", "13")),
        ("Iran's foreign minister said Israel would pay dearly for the strike.", ("IRNGOV", "ISRGOV", "13")),
    ],
)
def test_a_foretold_punishment_is_a_threat(text, expected):
    assert expected + ("asserted",) in coded(text)


def test_a_fate_already_met_threatens_no_one():
    assert not any(root == "13" for _, _, root, _ in coded("Russia said Finland faced consequences last year."))


def test_the_official_a_state_outlet_cites_is_the_one_who_threatens():
    text = "Seoul will face grave consequences, state media KCNA said, citing Kim Yo Jong, a senior North Korean official."
    assert ("PRKGOV", "KORGOV", "13", "asserted") in coded(text)


def test_an_obligation_put_before_its_reporting_verb_is_a_demand_too():
    assert ("IGOUNO", "ISRGOV", "10", "asserted") in coded(
        "Israel must do more to protect civilians, the UN secretary-general said."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gabonese soldiers placed President Ali Bongo under house arrest.", ("GABMIL", "GABGOV", "17", "asserted")),
        ("Protesters toppled the government of Sheikh Hasina in Bangladesh.", ("BGDOPP", "BGDGOV", "18", "asserted")),
        ("Al-Shabab launched attacks in an effort to topple the Somali government.", ("SOMREB", "SOMGOV", "18", "future")),
    ],
)
def test_coups_house_arrest_and_aims_not_yet_achieved(text, expected):
    assert expected in coded(text)


def test_voting_against_or_vetoing_a_condemnation_condemns_no_one():
    assert not any(root == "11" for _, _, root, _ in coded("Brazil voted against the resolution condemning Russia."))
    assert not any(root == "11" for _, _, root, _ in coded("China vetoed a resolution condemning Russia."))
    assert ("FRAGOV", "RUSGOV", "11", "asserted") in coded("France voted for the resolution condemning Russia.")


def test_an_invitation_declined_or_accepted_is_a_visit_still_to_come():
    assert ("BRAGOV", "UKRGOV", "04", "asserted") not in coded("Lula declined an invitation to visit Kyiv.")
    assert ("USAGOV", "CHNGOV", "04", "future") in coded("Biden accepted an invitation to visit Beijing.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Modi held a phone conversation with Zelensky on Friday.", ("INDGOV", "UKRGOV", "04")),
        ("The Saudi crown prince received a phone call from the Iranian president.", ("IRNGOV", "SAUGOV", "04")),
        ("Blinken briefed his Israeli counterpart on the talks in Cairo.", ("USAGOV", "ISRGOV", "04")),
    ],
)
def test_phone_conversations_calls_received_and_counterparts_briefed_are_consultations(text, expected):
    assert expected + ("asserted",) in coded(text)


def test_reporters_briefed_are_no_consultation():
    assert not coded("US officials briefed reporters on the talks.")


def test_a_protest_against_a_law_faces_the_government_not_the_law_s_subject():
    found = coded("Thousands of people protested in Tbilisi against the foreign agents law.")
    assert ("GEOOPP", "GEOGOV", "14", "asserted") in found
    assert not any(target in ("GEOCOP", "GEOSPY") for _, target, _, _ in found)


def test_what_a_demanded_deal_would_do_is_not_yet_done():
    assert not any(mode == "asserted" and root == "08" for *_, root, mode in coded(
        "Israeli protesters demanded a deal to free the hostages held in Gaza."
    ))


def test_a_state_evacuating_its_own_citizens_acts_on_no_one():
    assert not coded("India evacuated its citizens from Sudan.")
    assert ("IGOUNO", "PSECVL", "07", "asserted") in coded("The UN evacuated wounded civilians from Gaza.")
