"""``faultlines batch`` and ``faultlines load``: both engines write the same dataset, equal to the store's figures."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from batch_helpers import CRAWLS, pages, read_rows, warc_bytes, write_crawl

from faultlines.batch.load import load
from faultlines.cli import main
from faultlines.relations import series
from faultlines.store import Store, alerts, queries

TABLES = ("articles", "actors", "quotes", "events", "stories", "unique_events", "dyads", "alerts")


@pytest.fixture(scope="module", autouse=True)
def series_threshold():
    """The crawl's written pages make a spike from events of confidence 0.4 and up; the default threshold may move
    with each calibration, so these tests fix it (the same in the workers, which inherit the environment)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("FAULTLINES_MIN_CONFIDENCE", "0.4")
        yield


@pytest.fixture(scope="module")
def crawl(tmp_path_factory) -> Path:
    return write_crawl(tmp_path_factory.mktemp("batch") / "crawl")


@pytest.fixture(scope="module")
def local_out(crawl) -> Path:
    out = crawl.parent / "local"
    assert main(["batch", str(crawl), "--out", str(out), "--workers", "2"]) == 0
    return out


@pytest.fixture(scope="module")
def store(crawl) -> Path:
    db = crawl.parent / "ingest.db"
    assert main(["ingest", str(crawl), "--db", str(db)]) == 0
    return db


def test_dask_engine_writes_the_rows_of_the_local_pool(crawl, local_out, capsys):
    out = crawl.parent / "dask"
    code = main(["batch", str(crawl), "--out", str(out), "--engine", "dask", "--workers", "2", "--format", "json"])
    summary = json.loads(capsys.readouterr().out)
    assert code == 0
    assert {k: summary[k] for k in ("inputs_done", "inputs_skipped", "inputs_failed", "records_failed")} == {
        "inputs_done": 3, "inputs_skipped": 0, "inputs_failed": 0, "records_failed": 0
    }
    assert summary["documents"] == 10 and summary["events"] > 30 and summary["seconds"] > 0
    for table in TABLES:
        rows = read_rows(local_out, table)
        assert rows == read_rows(out, table), table
        assert rows or table == "alerts", table
    months = sorted(p.name for p in (out / "events").iterdir())
    assert months == ["month=2026-02", "month=2026-03"]


def test_dataset_equals_what_ingest_stores(local_out, store):
    with Store(store, readonly=True) as s:
        conn = s.conn
        # stories: the same groups of URLs (the republished water story is one story of three)
        stored = {}
        for url, story in conn.execute("SELECT url, story_id FROM articles"):
            stored.setdefault(story, set()).add(url)
        batch = {}
        for a in read_rows(local_out, "articles"):
            batch.setdefault(a["story_id"], set()).add(a["url"])
        assert sorted(map(sorted, stored.values())) == sorted(map(sorted, batch.values()))
        assert max(len(urls) for urls in batch.values()) == 3
        # unique events: the same keys and counts
        columns = ("event_key", "date", "cameo", "mentions", "num_articles", "num_sources")
        stored_unique = sorted(tuple(r) for r in conn.execute(f"SELECT {', '.join(columns)} FROM unique_events"))
        batch_unique = sorted(tuple(u[c] for c in columns) for u in read_rows(local_out, "unique_events"))
        assert stored_unique == batch_unique and any(u[3] > 1 for u in batch_unique)
        # dyad series: each row equals relations.series.dyad_series on the store
        dyads = read_rows(local_out, "dyads")
        assert {d["period"] for d in dyads} == set(series.PERIODS)
        for name, ordered in {(d["dyad"], d["ordered"]) for d in dyads}:
            for period in series.PERIODS:
                expected = queries.dyad_series(conn, *name.replace(">", "-").split("-"), period, ordered)
                got = sorted((d for d in dyads if (d["dyad"], d["ordered"], d["period"]) == (name, ordered, period)),
                             key=lambda d: d["period_start"])
                assert [d["tension"] for d in got] == [e["tension"] for e in expected], (name, period)
                assert [d["events"] for d in got] == [e["events"] for e in expected]
        # alerts: the water row's third week is a spike, as the store finds it
        stored_alerts = sorted((a["dyad"], a["period"], a["period_start"], a["value"]) for a in alerts.compute(conn))
    batch_alerts = sorted((a["dyad"], a["period"], a["period_start"], a["value"]) for a in read_rows(local_out, "alerts"))
    assert stored_alerts == batch_alerts
    assert ("KAZ-KGZ", "week", "2026-02-16") in {a[:3] for a in batch_alerts}


def test_load_puts_the_dataset_in_the_store_once(local_out, store, tmp_path, capsys):
    db = tmp_path / "loaded.db"
    assert main(["load", str(local_out), "--db", str(db), "--format", "json"]) == 0
    first = json.loads(capsys.readouterr().out)
    batch_alerts = read_rows(local_out, "alerts")
    assert first["documents"] == 10 and first["events"] > 30 and first["alerts"] == len(batch_alerts) >= 1
    with Store(store, readonly=True) as ingested, Store(db, readonly=True) as loaded:
        expected = ingested.stats()
        assert loaded.stats() == expected
        assert loaded.search_articles("Toktogul")  # the full text is indexed
        # the aggregates a bulk load adds at once equal those the ingest kept row by row
        for period in ("day", "week", "month"):
            assert queries.top_dyads(loaded.conn, period, top=100, by="change") == queries.top_dyads(
                ingested.conn, period, top=100, by="change")
        assert loaded.list_actors(limit=None) == ingested.list_actors(limit=None)
        assert sorted(map(_event_key, loaded.list_events(limit=None))) == sorted(
            map(_event_key, ingested.list_events(limit=None))
        )
    assert main(["load", str(local_out), "--db", str(db), "--format", "json"]) == 0
    second = json.loads(capsys.readouterr().out)
    assert second["documents"] == 0 and second["unchanged"] == 10
    with Store(db, readonly=True) as loaded:
        assert loaded.stats() == expected


def test_loaded_store_answers_as_the_ingested_one(local_out, store, tmp_path):
    """The bulk load (columns, no per-row triggers, indexes rebuilt at the end) leaves a store whose every read
    answer equals the one of the store that `ingest` wrote document by document."""
    db = tmp_path / "answers.db"
    load(local_out, db)
    with Store(store, readonly=True) as ingested, Store(db, readonly=True) as loaded:
        _assert_same_answers(ingested.conn, loaded.conn)


def test_load_over_an_earlier_load_answers_as_ingest_over_an_earlier_ingest(crawl, local_out, tmp_path, capsys):
    """A second batch of the same inputs, one page changed under its URL and a copy of the water story added,
    loaded over the first batch's load: the changed document is replaced, the copy extends the stored story and
    its unique events, the rest is left alone; every answer equals the one of two ingests of the same inputs."""
    later = tmp_path / "later"
    shutil.copytree(crawl, later)
    url, body, date = pages(["p10-northern-courier.html"])[0]
    changed = body.replace(b"in three years", b"in four years")
    assert changed != body
    (later / "crawl-c.warc").write_bytes(warc_bytes(pages(["p09-black-sea-monitor.html"]) + [(url, changed, date)],
                                                    gz=False))
    water_url, water, _ = pages(["p08-valley-voice.html"])[0]
    (later / "more.warc.gz").write_bytes(warc_bytes([("https://fourth.example/water-row", water,
                                                      "2026-02-18T09:00:00Z")]))
    ingested, loaded = tmp_path / "ingested.db", tmp_path / "loaded.db"
    for inputs in (crawl, later):
        assert main(["ingest", str(inputs), "--db", str(ingested)]) == 0
    later_out = tmp_path / "later-out"
    assert main(["batch", str(later), "--out", str(later_out)]) == 0
    capsys.readouterr()
    load(local_out, loaded)
    counts = load(later_out, loaded)
    assert (counts["documents"], counts["unchanged"], counts["replaced"]) == (2, 9, 1)
    with Store(ingested, readonly=True) as a, Store(loaded, readonly=True) as b:
        assert b.conn.execute("SELECT count(*) FROM articles WHERE body LIKE '%in four years%'").fetchone()[0] == 1
        # the full-text index holds the new text of the replaced document, not the old one
        assert url not in {h["url"] for h in b.search_articles('"three years"')}
        assert url in {h["url"] for h in b.search_articles('"four years"')}
        assert max(r[0] for r in b.conn.execute("SELECT size FROM stories")) == 4
        _assert_same_answers(a.conn, b.conn)


def test_failed_load_leaves_the_store_as_it_was(local_out, tmp_path, monkeypatch):
    """A load that fails after writing documents and articles rolls all of it back: the same rows, full-text
    index, triggers, indexes, FTS settings and journal (WAL) as before it."""
    from faultlines.batch import load as load_module

    db = tmp_path / "failed.db"
    load(local_out, db)
    with Store(db) as s:
        s.conn.execute("DELETE FROM documents WHERE id IN (SELECT id FROM documents ORDER BY id DESC LIMIT 3)")
        before = _snapshot(s.conn)

    def broken(*args, **kwargs):
        raise RuntimeError("disk gone")

    monkeypatch.setattr(load_module, "_insert_events", broken)
    with pytest.raises(RuntimeError, match="disk gone"):
        load(local_out, db)
    with Store(db) as s:
        assert _snapshot(s.conn) == before
        assert s.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_load_beside_an_open_reader_goes_through_the_wal(local_out, tmp_path):
    """With another connection on the store (the dashboard reading it) the load keeps the WAL, and the reader
    sees the loaded rows once it commits; alone, it loads through a rollback journal and puts the WAL back."""
    db = tmp_path / "read.db"
    with Store(db) as empty:
        assert empty.stats()["articles"] == 0
    with Store(db, readonly=True) as reader:
        assert reader.stats()["articles"] == 0
        load(local_out, db)
        assert reader.stats()["articles"] == 10
        assert reader.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    alone = tmp_path / "alone.db"
    load(local_out, alone)
    with Store(alone, readonly=True) as s:
        assert s.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert s.stats() == Store(db, readonly=True).stats()


def _snapshot(conn) -> dict:
    """Everything a failed load must leave as it was."""
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    return {
        "schema": conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY type, name").fetchall(),
        "rows": {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables},
        "fts": {t: conn.execute(f"SELECT k, v FROM {t}_config ORDER BY k").fetchall()
                for t in ("articles_fts", "quotes_fts", "events_fts")},
        "search": [r[0] for r in conn.execute("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'water'")],
        "integrity": [r[0] for r in conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")]
        + [r[0] for r in conn.execute("PRAGMA integrity_check")],
    }


def _assert_same_answers(a, b) -> None:
    """Every read answer of the store ``b`` equals the one of ``a`` (ids aside)."""

    def same(question, *args, drop=("id", "article_id", "unique_event_id", "story_id", "first_event_id",
                                    "ingested_at"),
             **kwargs):
        got, want = (getattr(queries, question)(c, *args, **kwargs) for c in (b, a))
        assert _strip(got, drop) == _strip(want, drop), (question, args, kwargs)

    same("stats")
    for word in ("Toktogul", "water", "border"):
        same("search_articles", q=word, limit=None)
    same("list_quotes", limit=None)
    same("list_quotes", q="water", limit=None)
    same("list_actors", limit=None)
    same("list_events", limit=None)
    same("list_events", unique=False, limit=None)
    same("list_events", low_confidence=True, limit=None)
    same("list_events", q="water", limit=None)
    same("list_alerts", limit=None, drop=("id", "created_at", "event_ids", "unique_event_id", "article_id"))
    dyads = [d["dyad"] for d in queries.top_dyads(a, top=100)]
    assert dyads
    for period in series.PERIODS:
        for by in ("events", "change"):
            same("top_dyads", period, top=100, by=by)
        for name in dyads:
            same("dyad_series", *name.split("-"), period)
    for table in ("minhash_bands", "dyad_periods", "actor_totals", "row_counts"):
        assert a.execute(f"SELECT count(*) FROM {table}").fetchone() == b.execute(
            f"SELECT count(*) FROM {table}").fetchone(), table
    bands = "SELECT a.url, m.band, m.hash FROM minhash_bands m JOIN articles a ON a.id = m.article_id"
    assert sorted(map(tuple, a.execute(bands))) == sorted(map(tuple, b.execute(bands)))
    # the totals kept on write, row for row: floats within 1e-4 (an ingest adds and takes back a unique event's
    # weight as its mentions grow, a load adds it once: sums in another order, and a tension rounded to 4 places
    # may land on either side of a rounding boundary)
    for kept in ("SELECT actor_key, name, kind, country, role, top_mentions, articles, mentions, quotes"
                 " FROM actor_totals", "SELECT * FROM dyad_periods", "SELECT * FROM dyad_summary"):
        want, got = (sorted(map(tuple, c.execute(kept)), key=_exact_part) for c in (a, b))
        assert [_exact_part(r) for r in got] == [_exact_part(r) for r in want], kept
        for g, w in zip(got, want, strict=True):
            assert [v for v in g if isinstance(v, float)] == pytest.approx(
                [v for v in w if isinstance(v, float)], abs=1e-4), (kept, w)


def _exact_part(row: tuple) -> tuple:
    return tuple("" if v is None else str(v) for v in row if not isinstance(v, float))


def _strip(value, drop):
    """A read answer without the store's own ids (which depend on the order documents went in) and in a stable
    order where the read API breaks ties by id."""
    if isinstance(value, dict):
        return {k: _strip(v, drop) for k, v in value.items() if k not in drop}
    if isinstance(value, list):
        items = [_strip(v, drop) for v in value]
        return sorted(items, key=lambda x: json.dumps(x, sort_keys=True, default=str))
    return value


def _event_key(e: dict) -> tuple:
    ids = tuple((e.get(side) or {}).get("id") or "" for side in ("source", "target"))
    return (e["date"] or "", e["cameo"], *ids, e["mentions"], e["num_articles"], e["sentence"])


def test_rerun_skips_done_inputs_and_new_inputs_join_the_dataset(crawl, local_out, tmp_path, capsys):
    out = tmp_path / "grow"
    shutil.copytree(local_out, out)
    assert main(["batch", str(crawl), "--out", str(out), "--format", "json"]) == 0
    again = json.loads(capsys.readouterr().out)
    assert (again["inputs_skipped"], again["inputs_done"], again["documents"]) == (3, 0, 10)
    for table in TABLES:
        assert read_rows(out, table) == read_rows(local_out, table)
    extra = tmp_path / "more.warc.gz"  # a later crawl: a copy of the water story on a fourth site
    url, body, _ = pages(["p08-valley-voice.html"])[0]
    extra.write_bytes(warc_bytes([("https://fourth.example/water-row", body, "2026-02-18T09:00:00Z")]))
    assert main(["batch", str(extra), "--out", str(out), "--format", "json"]) == 0
    grown = json.loads(capsys.readouterr().out)
    assert grown["documents"] == 11 and grown["inputs_done"] == 1
    sizes = sorted(s["size"] for s in read_rows(out, "stories"))
    assert sizes[-1] == 4 and len(sizes) == 8  # it joined the story of the earlier inputs


def test_truncated_warc_and_raising_record_are_counted_not_fatal(tmp_path, monkeypatch, capsys):
    from faultlines import pipeline

    crawl = write_crawl(tmp_path / "crawl")
    data = (crawl / "crawl-b.warc.gz").read_bytes()
    (crawl / "crawl-b.warc.gz").write_bytes(data[: int(len(data) * 0.6)])
    real = pipeline.analyze_page
    bad_url = json.loads((Path(__file__).parent / "fixtures/batch/manifest.json").read_text())[CRAWLS["crawl-a.warc.gz"][1]][0]

    def analyze(page, stages=pipeline.STAGES):
        if page.input.url == bad_url:
            raise RuntimeError("analyser exploded")
        return real(page, stages)

    monkeypatch.setattr(pipeline, "analyze_page", analyze)  # the forked workers inherit it
    out = tmp_path / "out"
    code = main(["batch", str(crawl), str(tmp_path / "missing.warc"), "--out", str(out), "--format", "json"])
    captured = capsys.readouterr()
    summary = json.loads(captured.out)
    assert code == 1
    assert (summary["inputs_done"], summary["inputs_failed"], summary["records_failed"]) == (3, 1, 2)
    lines = captured.err.strip().splitlines()
    assert len(lines) == 3 and "Traceback" not in captured.err
    assert any(bad_url in line and "analyser exploded" in line for line in lines)
    assert any("crawl-b.warc.gz" in line and "WARC" in line for line in lines)
    assert any("missing.warc: no such file" in line for line in lines)
    kept = {a["url"] for a in read_rows(out, "articles")}
    assert bad_url not in kept and 5 <= len(kept) < 9  # the pages before the damage are kept
    assert [f[0] for f in summary["failures"]] == [line.split(": ")[1] for line in lines]


def test_list_files_and_usage_errors(tmp_path, capsys):
    crawl = write_crawl(tmp_path / "crawl")
    listing = tmp_path / "lists" / "inputs.txt"
    listing.parent.mkdir()
    listing.write_text("# crawls of February\n\n../crawl/crawl-c.warc\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["batch", f"@{listing}", "--out", str(out), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["documents"] == 2
    assert pq.read_table(out / "stories").num_rows == 2
    assert main(["batch", "@" + str(tmp_path / "nope.txt"), "--out", str(out)]) == 2
    assert "nope.txt: cannot read the list file" in capsys.readouterr().err
    (tmp_path / "busy").mkdir()
    (tmp_path / "busy" / "notes.txt").write_text("mine", encoding="utf-8")
    assert main(["batch", str(crawl), "--out", str(tmp_path / "busy")]) == 2
    assert "not empty and holds no batch dataset" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_info:
        main(["batch", str(crawl), "--out", str(out), "--scheduler", "tcp://127.0.0.1:8786"])
    assert exit_info.value.code == 2
    assert main(["load", str(crawl), "--db", str(tmp_path / "x.db")]) == 2
    assert "not a batch dataset" in capsys.readouterr().err
