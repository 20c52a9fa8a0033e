"""The Russian real-news gold (eval/gold/russian_real): well formed, filed under its half, and skipped cleanly when
the git-ignored text cache is absent."""

from __future__ import annotations

import json

from eval import russian_real


def test_gold_files_are_well_formed_and_in_their_half():
    for half in ("dev", "test"):
        for path in sorted((russian_real.GOLD / half).glob("*.json")):
            data = json.loads(path.read_text(encoding="utf-8"))
            assert russian_real.half_of(data["id"]) == half
            assert set(data["search"]) == {"query", "rank", "url"}
            assert "text" not in data  # the article's text is never committed
            ids = {a["id"] for a in data["actors"]}
            assert all(q["speaker"] is None or q["speaker"] in ids for q in data["quotes"])
            assert all(len(e["cameo"]) == 3 for e in data["events"])


def test_absent_cache_is_skipped(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(russian_real, "CACHE", tmp_path)
    assert russian_real.main([]) == {}
    assert "skipped" in capsys.readouterr().out


def test_mutual_events_match_either_direction():
    gold = [{"source": "KAZGOV", "target": "RUSGOV", "cameo": "040", "mode": "asserted", "reciprocal": True},
            {"source": "RUSGOV", "target": "UKRGOV", "cameo": "112", "mode": "asserted", "reciprocal": False},
            {"source": "RUSGOV", "target": "USAGOV", "cameo": "190", "mode": "negated", "reciprocal": False}]
    found = {("RUS", "KAZ", "04"), ("KAZ", "RUS", "04"), ("UKR", "RUS", "11")}
    tp, fp, fn, extra, missed = russian_real._tally(found, gold)
    assert (tp, fp, fn) == (1, 1, 1)
    assert extra == [("UKR", "RUS", "11")] and missed == [("RUS", "UKR", "11")]


def test_the_error_listing_finds_the_gold_events_of_a_missed_key():
    gold = [
        {"source": "KAZGOV", "target": "RUSGOV", "cameo": "040", "mode": "asserted", "sentence_start": "A"},
        {"source": "KAZGOV", "target": "RUSGOV", "cameo": "042", "mode": "hypothetical", "sentence_start": "B"},
        {"source": "IGOEUR", "target": "RUSGOV", "cameo": "163", "sentence_start": "C"},
    ]
    assert [g["sentence_start"] for g in russian_real._gold_of(gold, ("KAZ", "RUS", "04"))] == ["A"]
    assert [g["sentence_start"] for g in russian_real._gold_of(gold, ("IGO", "RUS", "16"))] == ["C"]
