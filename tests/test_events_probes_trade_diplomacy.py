"""Invented wire-style probes of trade coercion and diplomacy: tariffs, bans, asset freezes, energy supplies cut or
resumed, envoys expelled, consulates closed, summits cancelled or postponed, condolences, refusals and threats."""

from __future__ import annotations

import pytest

try:
    from event_helpers import coded, events_of
except ImportError:  # pragma: no cover - when tests/ is a package
    from tests.event_helpers import coded, events_of



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # trade and economic coercion
        ("The United States imposed new tariffs on Chinese steel on Tuesday.", ("USAGOV", "CHNBUS", "16")),
        ("Japan tightened export controls on chip equipment to China.", ("JPNGOV", "CHNGOV", "16")),
        ("The assets of the Iranian bank were frozen by the European Union.", ("IGOEUR", "IRNBUS", "16")),
        ("The United States imposed visa bans on Nicaraguan officials.", ("USAGOV", "NICGOV", "16")),
        ("Australia barred entry to two Chinese officials.", ("AUSGOV", "CHNGOV", "17")),
        ("Britain denied entry to a Russian lawmaker.", ("GBRGOV", "RUSLEG", "17")),
        ("Russia cut gas supplies to Bulgaria.", ("RUSGOV", "BGRGOV", "16")),
        ("Gazprom halted gas exports to Poland.", ("RUSBUS", "POLGOV", "16")),
        ("Beijing halted imports of Australian coal.", ("CHNGOV", "AUSBUS", "16")),
        ("Moscow stopped oil supplies to Germany.", ("RUSGOV", "DEUGOV", "16")),
        ("Germany delayed the delivery of tanks to Ukraine.", ("DEUGOV", "UKRGOV", "16")),
        ("Russia resumed gas deliveries to Hungary.", ("RUSGOV", "HUNGOV", "06")),
        ("China extended a $2 billion loan to Pakistan.", ("CHNGOV", "PAKGOV", "07")),
        ("Tokyo refused to lift export curbs on South Korea.", ("JPNGOV", "KORGOV", "12")),
        ("Trump threatened Mexico with tariffs.", ("USAOPP", "MEXGOV", "13")),
        ("China's ban on Japanese seafood imports remains in place.", ("CHNGOV", "JPNBUS", "16")),
        ("Beijing's restrictions on rare earth exports to Japan angered Tokyo.", ("CHNGOV", "JPNGOV", "16")),
        ("Beijing imposed anti-dumping duties on French brandy.", ("CHNGOV", "FRABUS", "16")),
        ("Mexico raised duties on Chinese textiles.", ("MEXGOV", "CHNBUS", "16")),
        ("The United States hiked tariffs on Chinese solar panels.", ("USAGOV", "CHNBUS", "16")),
        ("China lifted its ban on Australian wine.", ("CHNGOV", "AUSBUS", "08")),
        ("Japan joined Western sanctions on Russia.", ("JPNGOV", "RUSGOV", "16")),
        ("Niger revoked its military agreements with the United States.", ("NERGOV", "USAGOV", "16")),
        ("Washington revoked the visas of Ugandan officials.", ("USAGOV", "UGAGOV", "17")),
        ("Russia scrapped the grain deal with Ukraine.", ("RUSGOV", "UKRGOV", "16")),
        ("Moscow halted gas flows to Finland.", ("RUSGOV", "FINGOV", "16")),
        ("The United States approved a $300 million arms sale to Taiwan.", ("USAGOV", "TWNGOV", "06")),
        ("India said it had stopped buying Russian oil.", ("INDGOV", "RUSGOV", "16")),
        ("Turkey bought S-400 missiles from Russia.", ("TURGOV", "RUSGOV", "06")),
        ("Egypt signed a loan programme with the IMF.", ("EGYGOV", "IGOOTH", "07")),
        # a judgement of another state's trade measures
        ("Beijing said the U.S. export controls on chips were economic bullying.", ("CHNGOV", "USAGOV", "11")),
        ("Tehran called the U.S. sanctions illegal.", ("IRNGOV", "USAGOV", "11")),
        ("China called the EU tariffs on electric vehicles unfair and discriminatory.", ("CHNGOV", "IGOEUR", "11")),
        # diplomacy
        ("Turkey blocked Sweden's NATO membership bid.", ("TURGOV", "SWEGOV", "12")),
        ("Canada withdrew its ambassador from India.", ("CANGOV", "INDGOV", "16")),
        ("The UN withdrew its peacekeepers from Mali.", ("IGOUNO", "MLIGOV", "16")),
        ("Washington withdrew from the nuclear treaty with Moscow.", ("USAGOV", "RUSGOV", "08")),
        ("Hungary denied visas to two Ukrainian officials.", ("HUNGOV", "UKRGOV", "17")),
        ("The French ambassador was expelled by Niger.", ("NERGOV", "FRAGOV", "16")),
        ("Washington ordered the closure of China's consulate in Houston.", ("USAGOV", "CHNGOV", "16")),
        ("Putin cancelled a planned summit with Biden.", ("RUSGOV", "USAGOV", "16")),
        ("Beijing cancelled talks with Washington on climate.", ("CHNGOV", "USAGOV", "16")),
        ("Japan postponed a visit by its foreign minister to Seoul.", ("JPNGOV", "KORGOV", "16")),
        ("Erdogan called off a planned visit to Washington.", ("TURGOV", "USAGOV", "16")),
        ("The United States called off talks with North Korea.", ("USAGOV", "PRKGOV", "16")),
        ("Talks between Russia and Ukraine were suspended on Monday.", ("RUSGOV", "UKRGOV", "16")),
        ("The meeting between Blinken and Wang Yi was cancelled.", ("USAGOV", "CHNGOV", "16")),
        ("Macron offered his condolences to Turkey after the earthquake.", ("FRAGOV", "TURGOV", "01")),
        ("Kenya's president sent a message of condolence to the Moroccan king.", ("KENGOV", "MARGOV", "01")),
        ("Putin sent a congratulatory message to Erdogan.", ("RUSGOV", "TURGOV", "05")),
        ("The Security Council renewed sanctions on Mali.", ("IGOUNO", "MLIGOV", "16")),
        ("The EU extended its sanctions against Russia by six months.", ("IGOEUR", "RUSGOV", "16")),
        ("Germany apologised to Namibia for colonial-era killings.", ("DEUGOV", "NAMGOV", "05")),
        ("Beijing refused to apologise to Canberra.", ("CHNGOV", "AUSGOV", "12")),
    ],
)
def test_trade_and_diplomacy_constructions_are_coded(text, expected):
    assert expected + ("asserted",) in coded(text)


@pytest.mark.parametrize(
    ("text", "unwanted_root"),
    [
        ("Japan postponed a visit by its foreign minister to Seoul.", "04"),  # the visit did not take place
        ("Putin cancelled a planned summit with Biden.", "04"),
        ("The summit between India and Pakistan was postponed.", "04"),
        ("Erdogan called off a planned visit to Washington.", "02"),  # "call off" cancels, asks nothing
        ("Macron offered his condolences to Turkey after the earthquake.", "03"),  # condolences given, not promised
        ("Gazprom halted gas exports to Poland.", "06"),  # halted trade is not trade
        ("Tehran called the U.S. sanctions illegal.", "10"),
        ("Niger revoked its military agreements with the United States.", "05"),  # revoked, not agreed  # "called X illegal" judges X, asks nothing of it
    ],
)
def test_a_called_off_or_given_act_is_not_coded_as_its_plain_root(text, unwanted_root):
    assert not any(root == unwanted_root for _, _, root, _ in coded(text))


def test_a_promise_to_consider_stays_a_promise():
    assert ("INDGOV", "BGDGOV", "03", "asserted") in coded("India promised to consider the request from Bangladesh.")


def test_trade_figures_are_no_event():
    assert not events_of("China's exports to the United States rose 5 percent in April.")


def test_call_on_still_appeals():
    assert ("RUSGOV", "UKRGOV", "02", "asserted") in coded("Russia called on Ukraine to stop the attacks.")


@pytest.mark.parametrize(
    "text",
    ["The soldiers were on duty when the blast occurred.", "The government has a duty to protect its citizens, Ruto said."],
)
def test_duty_is_a_trade_measure_only_when_imposed_or_named_so(text):
    assert not any(e.cameo[:2] == "16" for e in events_of(text))


def test_a_reduction_still_to_come_is_not_asserted_as_done():
    found = coded("Moscow will suspend talks with Tokyo.")
    assert ("RUSGOV", "JPNGOV", "16", "asserted") not in found
    assert any(src == "RUSGOV" and tgt == "JPNGOV" for src, tgt, _, _ in found)


def test_an_arms_sale_named_without_its_seller_is_not_the_clause_subjects():
    text = "China imposed sanctions on five American defence companies over arms sales to Taiwan."
    assert not any(src == "CHNGOV" and tgt == "TWNGOV" for src, tgt, _, _ in coded(text))


def test_a_message_is_an_event_only_for_what_it_conveys():
    assert not events_of("The message was sent to all staff by the Kenyan government.")
