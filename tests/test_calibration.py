"""The calibration of event confidence: the evidence read from the coder's output, the logistic model and its data
file, the series threshold it sets, and the fitting script's cross-validation (records built here)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from eval import calibrate
from faultlines.events import calibration
from faultlines.events.calibration import Evidence, calibrated, probability, recording
from faultlines.pipeline import analyze_text


def _evidence(**fields) -> Evidence:
    return Evidence(**{"raw": 0.8, "rule": "verb:attack", "code": "190", **fields})


def test_the_model_is_a_logistic_function_of_the_named_features():
    weights = {"bias": -1.0, "pronoun": -2.0, "dyad_share": 2.0}
    plain = probability(weights, _evidence(dyad_share=0.5).features())
    assert plain == pytest.approx(0.5)  # -1 + 2 * 0.5
    assert probability(weights, _evidence(dyad_share=0.5, pronoun=True).features()) == pytest.approx(
        1 / (1 + math.exp(2))
    )
    assert probability({"bias": 50.0}, _evidence().features()) == calibration.CEILING
    assert probability({"bias": -50.0}, _evidence().features()) == calibration.FLOOR


def test_features_name_the_cameo_root_and_scale_counts():
    features = _evidence(code="1823", tokens=80, acts_in_sentence=9).features()
    assert features["root_18"] == 1.0 and not any(k.startswith("root_") and k != "root_18" for k in features)
    assert features["long_sentence"] == 2.0 and features["crowded"] == 1.0
    assert features["material_conflict"] == 1.0 and features["verbal_conflict"] == 0.0


def test_the_shipped_table_weighs_only_features_the_evidence_has():
    weights = calibration._weights()
    assert "bias" in weights
    known = set(_evidence().features())
    for name in weights:
        assert name in known | {"bias", calibration.SERIES_THRESHOLD} or name.startswith("root_"), name
    assert 0.5 <= calibration.series_threshold() <= 0.95
    assert calibration.FLOOR <= calibrated(_evidence()) <= calibration.CEILING


def test_raw_confidence_is_kept_on_request(monkeypatch):
    monkeypatch.setenv("FAULTLINES_RAW_CONFIDENCE", "1")
    assert calibrated(_evidence(raw=0.63)) == 0.63


def test_the_series_threshold_comes_from_the_calibration_unless_set(monkeypatch):
    from faultlines.settings import min_series_confidence

    monkeypatch.delenv("FAULTLINES_MIN_CONFIDENCE", raising=False)
    assert min_series_confidence() == calibration.series_threshold()
    monkeypatch.setenv("FAULTLINES_MIN_CONFIDENCE", "0.55")
    assert min_series_confidence() == 0.55


def test_recording_keeps_raw_confidence_and_collects_each_events_evidence():
    text = (
        "Russia attacked Ukraine on Monday. Russian forces shelled Ukrainian positions near the border.\n\n"
        "Kyiv said it had expelled two Russian diplomats after the attack."
    )
    with recording() as found:
        doc = analyze_text(text, published="2026-03-02")
    assert doc.events and found
    by_key = {e.key: e for e in found}
    for event in doc.events:
        key = (event.paragraph, event.start, event.rule, event.source.code, event.target.code, event.cameo)
        assert key in by_key
        assert event.confidence == round(by_key[key].raw, 2)
    attack = next(e for e in found if e.rule.startswith("verb:attack"))
    assert not attack.source_elsewhere and not attack.target_elsewhere and not attack.source_not_subject
    assert attack.lead and attack.dyad_share == 1.0 and attack.source_kind == "state"
    assert not any(e.reported for e in found if e.key[0] == 0)


def test_a_pronoun_and_reported_speech_are_seen():
    text = "Russia has massed troops on the border. Ukrainian officials said it shelled the city of Kharkiv on Monday."
    with recording() as found:
        analyze_text(text, published="2026-03-02")
    shelling = next(e for e in found if e.rule.startswith("verb:shell"))
    assert shelling.pronoun and shelling.reported and not shelling.source_elsewhere


# -- the fitting script -----------------------------------------------------------------------------------------
def _rows(n_articles: int = 12, seed: int = 1) -> list[dict]:
    """Events whose rightness follows ``pronoun`` (mostly wrong) and nothing else."""
    rng = np.random.default_rng(seed)
    rows = []
    for a in range(n_articles):
        for _ in range(10):
            pronoun = float(rng.random() < 0.4)
            right = int(rng.random() < (0.2 if pronoun else 0.85))
            rows.append({"article": f"a{a}", "features": {"raw": 0.8, "pronoun": pronoun, "root_19": 1.0},
                         "right": right, "series": 1, "series_right": right})
    return rows


def test_the_fit_finds_the_feature_that_predicts_errors():
    rows = _rows()
    x, y = calibrate.matrix(rows, ["raw", "pronoun"])
    weights = calibrate.fit(x, y, penalty=1.0)
    assert weights[2] < -1.0
    assert calibrate.fit(x, y, penalty=1000.0)[2] > weights[2]  # a heavier penalty pulls it towards 0


def test_held_out_confidence_never_sees_its_own_article():
    rows = _rows()
    before = calibrate.held_out(rows, ["pronoun"], 1.0, folds=0)
    flipped = [dict(r, right=1 - r["right"]) if r["article"] == "a3" else r for r in rows]
    after = calibrate.held_out(flipped, ["pronoun"], 1.0, folds=0)
    mine = np.array([r["article"] == "a3" for r in rows])
    assert np.allclose(before[mine], after[mine]) and not np.allclose(before[~mine], after[~mine])


def test_inputs_take_only_roots_with_enough_events():
    rows = _rows(n_articles=1)
    rows[0]["features"]["root_04"] = 1.0
    assert calibrate.inputs(rows) == [*calibrate.FEATURES, "root_19"]


def test_the_threshold_is_the_lowest_that_reaches_the_target_on_enough_events():
    curve = [(0.5, 100, 0.80), (0.6, 60, 0.91), (0.7, 40, 0.89), (0.8, 5, 1.0)]
    assert calibrate.choose_threshold(curve, 0.9, 10) == (0.6, True)
    assert calibrate.choose_threshold(curve, 0.95, 10) == (0.6, False)  # none reaches it: the most precise
    assert calibrate.choose_threshold(curve, 0.9, 80) == (0.5, False)


def test_the_written_table_reads_back(tmp_path, monkeypatch):
    path = tmp_path / "calibration.tsv"
    monkeypatch.setattr(calibrate, "TABLE", path)
    monkeypatch.setattr(calibrate.realnews, "ROOT", tmp_path)
    calibrate.write(["raw", "pronoun"], np.array([0.5, 1.25, -2.0]), 0.75, ["figures"])
    rows = [line.split("\t") for line in path.read_text().splitlines() if not line.startswith("#")]
    assert rows == [["feature", "weight"], ["bias", "0.5000"], ["raw", "1.2500"], ["pronoun", "-2.0000"],
                    ["series_threshold", "0.75"]]
