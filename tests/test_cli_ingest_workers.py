"""Parallel analysis: ``--workers 2`` gives the same documents as one worker, in input order."""

from __future__ import annotations

from pathlib import Path

from faultlines.cli import main
from faultlines.model import Input, Page
from faultlines.pipeline import analyze_many, warm_up

FIXTURES = Path(__file__).parent / "fixtures" / "sources"

PARAGRAPHS = [
    "Brazil accused Argentina of blocking the trade talks in Montevideo on Tuesday.",
    "The Kenyan foreign minister said Nairobi would send troops to help Somalia secure its border.",
    '"We reject these threats," a spokesman for the Norwegian government said of the Russian warning.',
    "Vietnam and the Philippines signed an agreement on fishing rights in the South China Sea.",
    "Poland thanked Lithuania for its support and promised to host the next summit in Warsaw.",
]


def _page(n: int) -> Page:
    body = "".join(f"<p>{PARAGRAPHS[(n + k) % len(PARAGRAPHS)]}</p>" for k in range(3))
    html = (
        f'<html lang="en"><head><title>Story {n} - Example Wire</title></head><body><article>'
        f"<h1>Story number {n} about regional diplomacy</h1>{body}</article></body></html>"
    )
    return Page(input=Input(path=f"/story-{n}.html"), text=html)


def test_two_workers_give_the_documents_of_one_in_order():
    pages = [_page(n) for n in range(7)]
    pages[3] = Page(input=Input(path="/story-3.html"), text="")  # fails: no article
    one = list(analyze_many(iter(pages), workers=1))
    two = list(analyze_many(iter(pages), workers=2))
    assert [d.input.path for d in two] == [p.input.path for p in pages]
    assert [d.to_dict() for d in two] == [d.to_dict() for d in one]
    assert two[3].error and not one[3].article
    assert any(d.events for d in two)  # the full pipeline ran in the workers


def test_warm_up_loads_the_models_once():
    from faultlines.nlp.engine import get_nlp

    warm_up()
    loaded = get_nlp.cache_info().currsize
    warm_up()
    assert loaded == 1 and get_nlp.cache_info().misses == 1


def test_cli_ingest_with_two_workers_stores_what_one_stores(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(4):
        (folder / f"story-{n}.html").write_text(_page(n).text, encoding="utf-8")
    (folder / "empty.html").write_text("", encoding="utf-8")
    codes, summaries = [], []
    for workers in ("1", "2"):
        codes.append(
            main(["ingest", str(folder), "--db", str(tmp_path / f"w{workers}.db"), "--workers", workers])
        )
        captured = capsys.readouterr()
        summaries.append(captured.out.strip().splitlines()[-1])
        assert captured.err.count("empty.html") == 1
    assert codes == [1, 1]
    assert summaries[0] == summaries[1] and summaries[0].startswith("stored ") and "failed 1," in summaries[0]


def _model_identity(_: int) -> tuple[int, int]:
    import os

    from faultlines.nlp.engine import get_nlp

    return os.getpid(), id(get_nlp())


def test_forked_workers_share_the_parents_model():
    import multiprocessing
    import os
    import sys

    import pytest

    from faultlines import pipeline
    from faultlines.nlp.engine import get_nlp

    if not sys.platform.startswith("linux") or "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("workers are forked from a warm parent only where fork is available")
    with pipeline._pool(2, pipeline.STAGES) as pool:
        seen = list(pool.map(_model_identity, range(6)))
    assert {pid for pid, _ in seen} - {os.getpid()}  # the work ran in other processes
    assert {model for _, model in seen} == {id(get_nlp())}  # on the model loaded here, not a fresh one
