"""``faultlines extract`` and ``faultlines analyze``: output shapes, one-line errors, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from faultlines.cli import main

FIXTURES = Path(__file__).parent / "fixtures" / "sources"
PAGE = FIXTURES / "page-utf8.html"
DUMP = FIXTURES / "dump.txt"


def test_extract_jsonl_shape(capsys):
    assert main(["extract", str(PAGE), str(DUMP)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    for line in lines:
        record = json.loads(line)
        assert list(record) == ["input", "article", "related"]
        assert list(record["input"]) == ["path", "url", "kind"]
        assert {
            "title",
            "dek",
            "authors",
            "published",
            "site",
            "url",
            "language",
            "sections",
            "republished_from",
            "image_credits",
            "paragraphs",
        } == set(record["article"]) - {"captions", "image_files"}  # those two only when there are any
        assert isinstance(record["related"], list)
        assert record["article"]["paragraphs"]
    first, second = (json.loads(line) for line in lines)
    assert first["input"] == {"path": str(PAGE), "url": None, "kind": "html"}
    assert second["input"]["kind"] == "text"
    assert "Border talks resume" in first["article"]["title"]


def test_extract_json_and_text_formats(capsys):
    assert main(["extract", "--format", "json", str(PAGE)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert list(data) == ["documents"] and len(data["documents"]) == 1
    assert "actors" not in data["documents"][0]
    assert main(["extract", "--format", "text", str(PAGE)]) == 0
    text = capsys.readouterr().out
    assert text.startswith(f"== {PAGE} (html)\nTitle: Border talks resume")


def test_extract_failures_are_one_line_each_and_exit_1(tmp_path, capsys):
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    junk = tmp_path / "junk.bin"
    junk.write_bytes(bytes(range(256)) * 4)
    assert main(["extract", str(empty), str(PAGE), str(junk), str(tmp_path / "missing.html")]) == 1
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) == 1  # the good page is still extracted
    assert captured.err.splitlines() == [
        f"faultlines: {empty}: empty file",
        f"faultlines: {junk}: not a text page (binary data)",
        f"faultlines: {tmp_path / 'missing.html'}: no such file or folder",
    ]


def test_page_without_article_is_reported(tmp_path, capsys):
    page = tmp_path / "nav.html"
    page.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    assert main(["extract", str(page)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(f"faultlines: {page}: ") and "no article" in err


def test_usage_errors_exit_2(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["extract"])
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        main(["extract", "--format", "xml", str(PAGE)])
    assert exc.value.code == 2


def test_cli_process_has_no_traceback(tmp_path):
    (tmp_path / "bad.html").write_bytes(b"\x00\x01\x02" * 100)
    result = subprocess.run(
        [sys.executable, "-m", "faultlines", "extract", str(tmp_path), str(PAGE)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert len(result.stdout.splitlines()) == 1
    assert result.stderr.splitlines() == [
        f"faultlines: {tmp_path / 'bad.html'}: not a text page (binary data)"
    ]


def test_analyze_per_line_jsonl_one_line_out_per_line_in(tmp_path, capsys):
    sentences = tmp_path / "sentences.txt"
    sentences.write_text(
        "Russia accused Kazakhstan of blocking grain transit.\n"
        "\n"
        "The two foreign ministers met in Astana on Monday.\n"
        '"We will not be intimidated," Tokayev said.\n'
    )
    assert main(["analyze", "--per-line", "--format", "jsonl", str(sentences)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 4
    docs = [json.loads(line) for line in lines]
    assert all(set(d) >= {"input", "article", "related", "actors", "quotes", "events"} for d in docs)
    assert docs[0]["article"]["paragraphs"] == ["Russia accused Kazakhstan of blocking grain transit."]
    assert docs[1]["article"]["paragraphs"] == []
    assert docs[3]["article"]["paragraphs"] == ['"We will not be intimidated," Tokayev said.']


def test_analyze_json_shape(capsys):
    assert main(["analyze", str(PAGE)]) == 0
    data = json.loads(capsys.readouterr().out)
    (doc,) = data["documents"]
    assert list(doc) == ["input", "article", "related", "actors", "quotes", "events"]
