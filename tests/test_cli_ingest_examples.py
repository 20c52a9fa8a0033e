"""The bundled (fictional) examples read cleanly, the example WARC is reproducible, and the demo reports."""

from __future__ import annotations

import importlib.util
import shutil
from collections import Counter
from pathlib import Path

from faultlines.cli import demo_cmd, main
from faultlines.model import Page
from faultlines.pipeline import analyze_many
from faultlines.sources import SourceFailure, SourceStats, read_inputs

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
FIXTURES = Path(__file__).parent / "fixtures" / "sources"


def example_pages(stats=None):
    items = list(read_inputs([str(EXAMPLES)], stats=stats))
    assert not [i for i in items if isinstance(i, SourceFailure)]
    return [i for i in items if isinstance(i, Page)]


def test_examples_cover_every_input_kind():
    stats = SourceStats()
    pages = example_pages(stats)
    kinds = Counter(p.input.kind for p in pages)
    assert kinds == {"html": 16, "text": 4, "warc": 3, "feed": 3}  # 2 of the HTML pages in Russian (dala-news)
    assert stats.skipped_records == 2  # robots.txt and the PNG in the WARC
    russian = [p for p in pages if p.encoding == "cp1251"]
    assert len(russian) == 1 and "Токаев и Путин" in russian[0].text
    keys = [p.input.url or p.input.path for p in pages]
    assert len(set(keys)) == len(keys)  # every page has its own identity


def test_every_example_page_has_an_article():
    pages = example_pages()
    docs = list(analyze_many(pages, stages=("extract",)))
    assert [d.error for d in docs if d.error] == []
    for doc in docs:
        assert doc.article.title and len(doc.article.paragraphs) >= 4, doc.input
    dates = sorted(d.article.published for d in docs if d.article.published)
    assert dates[0] >= "2026-09-01" and dates[-1] <= "2026-11-20" and len(dates) >= 20


def test_example_warc_is_rebuilt_identically(tmp_path, monkeypatch):
    spec = importlib.util.spec_from_file_location("make_warc", EXAMPLES / "make_warc.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    target = tmp_path / "crawl" / "meridian-wire-2026-q4.warc.gz"
    monkeypatch.setattr(module, "TARGET", target)
    monkeypatch.setattr(module, "HERE", tmp_path)
    module.main()
    assert target.read_bytes() == (EXAMPLES / "crawl" / "meridian-wire-2026-q4.warc.gz").read_bytes()


def test_demo_says_the_examples_are_fictional_and_reports(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "examples"
    folder.mkdir()
    shutil.copy(FIXTURES / "page-utf8.html", folder / "page.html")
    monkeypatch.setattr(demo_cmd, "example_folders", lambda: [folder])
    assert main(["demo", "--db", str(tmp_path / "demo.db"), "--no-serve"]) == 0
    out = capsys.readouterr().out
    assert "FICTIONAL" in out.splitlines()[0]
    assert "stored 1, updated 0, unchanged 0, duplicates 0, failed 0, skipped records 0" in out
    assert "Articles per site:" in out and "Store:" in out
    assert main(["demo", "--db", str(tmp_path / "demo.db"), "--no-serve"]) == 0
    assert "stored 0, updated 0, unchanged 1," in capsys.readouterr().out


def test_demo_finds_the_examples_from_the_repository_root(monkeypatch):
    monkeypatch.chdir(ROOT)
    assert demo_cmd.example_folders()[0] == EXAMPLES
