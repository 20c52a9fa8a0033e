"""eval/offtopic.py: the pages it runs are the NAEB pages judged not to report politics, and it skips cleanly
without the NAEB pages."""

from __future__ import annotations

from eval import offtopic


def test_offtopic_pages_are_the_pages_judged_out():
    pages = offtopic.offtopic_pages()
    assert len(pages) == 359
    assert all(len(naeb_id) == 32 for naeb_id, _ in pages)


def test_absent_naeb_is_skipped(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(offtopic, "NAEB", tmp_path)
    assert offtopic.main([]) == 0
    assert "skipped" in capsys.readouterr().out
