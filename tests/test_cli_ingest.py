"""``faultlines ingest``: summary, idempotence, failures on one line, exit codes; ordered parallel analysis."""

from __future__ import annotations

import gzip
import shutil
import sqlite3
from pathlib import Path

import pytest

from faultlines.cli import main
from faultlines.model import Input, Page
from faultlines.pipeline import analyze_many

FIXTURES = Path(__file__).parent / "fixtures" / "sources"


@pytest.fixture
def inputs(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(FIXTURES / "page-utf8.html", folder / "page.html")
    shutil.copy(FIXTURES / "dump.txt", folder / "dump.txt")
    return folder


def summary_of(out: str) -> str:
    return [line for line in out.splitlines() if line.startswith("stored ")][-1]


def test_ingest_stores_then_finds_nothing_new(inputs, tmp_path, capsys):
    db = tmp_path / "store.db"
    assert main(["ingest", str(inputs), "--db", str(db)]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    first = summary_of(captured.out)
    assert first.startswith("stored ") and "failed 0, skipped records 0" in first
    stored, duplicates = int(first.split()[1].rstrip(",")), int(first.split("duplicates ")[1].split(",")[0])
    assert stored + duplicates == 2
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 2
    assert main(["ingest", str(inputs), "--db", str(db)]) == 0
    assert summary_of(capsys.readouterr().out) == (
        "stored 0, updated 0, unchanged 2, duplicates 0, failed 0, skipped records 0"
    )
    page = inputs / "page.html"
    page.write_text(page.read_text().replace("Tuesday", "Wednesday"))
    assert main(["ingest", str(inputs), "--db", str(db)]) == 0
    assert summary_of(capsys.readouterr().out).startswith("stored 0, updated 1, unchanged 1,")


def test_bad_inputs_fail_on_one_line_and_the_rest_is_stored(inputs, tmp_path, capsys):
    (inputs / "empty.html").write_bytes(b"")
    packed = gzip.compress((FIXTURES / "page-utf8.html").read_bytes())
    (inputs / "cut.html.gz").write_bytes(packed[:40])
    db = tmp_path / "store.db"
    assert main(["ingest", str(inputs), str(tmp_path / "nope.html"), "--db", str(db)]) == 1
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    errors = captured.err.splitlines()
    assert errors == [
        f"faultlines: {inputs / 'cut.html.gz'}: truncated gzip data",
        f"faultlines: {inputs / 'empty.html'}: empty file",
        f"faultlines: {tmp_path / 'nope.html'}: no such file or folder",
    ]
    assert "failed 3," in summary_of(captured.out)
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 2


def test_usage_errors_exit_2(tmp_path, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["ingest", "--db", str(tmp_path / "x.db")])
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        main(["ingest", "--workers", "0", str(tmp_path)])
    assert exc.value.code == 2
    capsys.readouterr()
    # A store that cannot be opened is a usage error too, on one line.
    assert main(["ingest", str(FIXTURES / "page-utf8.html"), "--db", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot open store" in err


def test_ingest_talks_to_the_store_contract(inputs, tmp_path, monkeypatch, capsys):
    """One save per document with the sha256 of the page text; outcomes counted as the store says."""
    saved, refreshed = [], []

    class FakeStore:
        def __init__(self, path):
            self.path = path

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return None

        def is_unchanged(self, input, content_hash):
            return False

        def refresh_summaries(self):
            refreshed.append(len(saved))
            return 0

        def save(self, doc, content_hash):
            saved.append((doc.input.path, content_hash))
            return "duplicate" if doc.input.kind == "text" else "stored"

    import faultlines.ingest
    import faultlines.store

    monkeypatch.setattr(faultlines.store, "Store", FakeStore)
    monkeypatch.setattr(faultlines.ingest, "_refresh_alerts", lambda store, summary: None)
    summary = faultlines.ingest.ingest([str(inputs)], db=tmp_path / "fake.db")
    assert summary.line() == "stored 1, updated 0, unchanged 0, duplicates 1, failed 0, skipped records 0"
    assert refreshed == [2]  # the dyad summaries rewritten once, after the writes
    import hashlib

    expected = hashlib.sha256((inputs / "dump.txt").read_text().encode()).hexdigest()
    assert (str(inputs / "dump.txt"), expected) in saved and len(saved) == 2


def test_analyze_many_keeps_order_with_workers():
    pages = [
        Page(
            input=Input(path=f"/page-{n}.html"),
            text=f"<html><body><h1>T{n}</h1><p>{'word ' * 80}{n}</p></body></html>",
        )
        for n in range(9)
    ]
    pages[4] = Page(input=Input(path="/page-4.html"), text="")  # fails: no article
    docs = list(analyze_many(iter(pages), workers=2, stages=("extract",)))
    assert [d.input.path for d in docs] == [p.input.path for p in pages]
    assert docs[4].error and all(d.article for n, d in enumerate(docs) if n != 4)


def test_unchanged_pages_are_not_analysed_again(inputs, tmp_path, monkeypatch, capsys):
    db = tmp_path / "store.db"
    assert main(["ingest", str(inputs), "--db", str(db)]) == 0
    analysed = []

    def counting(pages, **kwargs):
        for page in pages:
            analysed.append(page)
            yield from analyze_many([page])

    monkeypatch.setattr("faultlines.pipeline.analyze_many", counting)
    assert main(["ingest", str(inputs), "--db", str(db)]) == 0
    assert "unchanged 2," in summary_of(capsys.readouterr().out)
    assert analysed == []


def test_ingest_of_another_scheme_says_so(tmp_path, capsys):
    from faultlines.cli import main

    code = main(["ingest", "file:///etc/passwd", "--db", str(tmp_path / "s.db")])
    err = capsys.readouterr().err
    assert code == 1 and "file:///etc/passwd: unsupported scheme file://" in err
