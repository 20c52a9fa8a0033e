"""The query commands: stats, search, quotes, actors, events (every export format), dyads, dyad, alerts."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, timedelta

import pyarrow.parquet as pq
import pytest

from faultlines.cli import main
from faultlines.store import Store
from faultlines.store.export import GDELT_COLUMNS

try:
    from store_builders import digest, event, make_doc, speaker_quote, version_1_store
except ImportError:  # pragma: no cover
    from tests.store_builders import digest, event, make_doc, speaker_quote, version_1_store

MONDAY = date(2026, 1, 5)


def day(week: int, offset: int = 0) -> str:
    return (MONDAY + timedelta(days=7 * week + offset)).isoformat()


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "q.db"
    with Store(path) as store:
        for w in range(5):
            doc = make_doc(
                f"/calm{w}.html",
                f"Week {w} of quiet cooperation between Moscow and Astana",
                published=day(w),
                site="Steppe Times",
                url=f"https://steppe.example/{w}",
                events=[
                    event("RUS", "KAZ", "051", 1, 3.5, day(w)),
                    event("KAZ", "RUS", "057", 2, 8.0, day(w)),
                    event("KAZ", "RUS", "043", 1, 2.8, day(w, 1)),
                ],
                quotes=[speaker_quote(f"Our friendship is strong, week {w}.")],
            )
            store.save(doc, digest(doc))
        crisis = make_doc(
            "/crisis.html",
            "Moscow threatens Astana over the sturgeon quota",
            published=day(5),
            site="Caspian Herald",
            url="https://caspian.example/crisis",
            paragraphs=[
                "The quarrel over the sturgeon quota turned into open threats on Monday, "
                "when the ministry in Moscow warned of consequences for Astana."
            ],
            events=[
                event("RUS", "KAZ", "138", 3, -7.0, day(5)),
                event("RUS", "KAZ", "1231", 3, -4.0, day(5)),
                event("RUS", "KAZ", "150", 4, -7.2, day(5, 1)),
                event(
                    "RUS", "UKR", "190", 4, -10.0, day(5, 1), sentence="Russia shelled\tthe port of Odesa."
                ),
            ],
            quotes=[speaker_quote("Borders are settled.", "RUS", "Konstantin Zatulin")],
        )
        store.save(crisis, digest(crisis))
        from faultlines.store import alerts

        alerts.refresh(store.conn)
    return str(path)


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_stats(db, capsys):
    code, out, _ = run(capsys, "stats", "--db", db, "--format", "json")
    data = json.loads(out)
    assert code == 0
    assert set(data) == {
        "documents",
        "articles",
        "stories",
        "dyads",
        "first_date",
        "last_date",
        "actors",
        "quotes",
        "events",
        "unique_events",
        "alerts",
    }
    assert data["articles"] == 6 and data["events"] == 19 and data["alerts"] >= 1
    code, out, _ = run(capsys, "stats", "--db", db, "--format", "text")
    assert code == 0 and "unique_events" in out


def test_stats_without_a_store_is_a_one_line_error(tmp_path, capsys):
    code, out, err = run(capsys, "stats", "--db", str(tmp_path / "none.db"))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "no store" in err and "Traceback" not in err


def test_search(db, capsys):
    code, out, _ = run(capsys, "search", "sturgeon", "--db", db)
    hits = json.loads(out)
    assert code == 0 and len(hits) == 1
    assert set(hits[0]) == {"id", "title", "published", "site", "snippet"}
    assert hits[0]["site"] == "Caspian Herald" and "[sturgeon]" in hits[0]["snippet"].lower()
    code, out, _ = run(capsys, "search", '"sturgeon', "--db", db)  # not FTS5: read as plain words
    assert code == 0 and [h["id"] for h in json.loads(out)] == [hits[0]["id"]]
    code, out, err = run(capsys, "search", '"((', "--db", db)
    assert code == 2 and err.count("\n") == 1 and "bad search query" in err
    code, out, err = run(capsys, "search", "sturgeon", "--since", "yesterday", "--db", db)
    assert code == 2 and "--since" in err


def test_quotes_formats_and_filters(db, capsys):
    code, out, _ = run(capsys, "quotes", "--country", "rus", "--db", db)
    quotes = json.loads(out)
    assert code == 0 and [q["speaker"]["name"] for q in quotes] == ["Konstantin Zatulin"]
    code, out, _ = run(capsys, "quotes", "--speaker", "Tokayev", "--db", db, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 5 and rows[0]["speaker_country"] == "KAZ"
    code, out, _ = run(capsys, "quotes", "--db", db, "--format", "text")
    assert "Zatulin" in out
    code, _, err = run(capsys, "quotes", "--country", "Russia", "--db", db)
    assert code == 2 and "ISO3" in err and err.count("\n") == 1


def test_actors(db, capsys):
    code, out, _ = run(capsys, "actors", "--db", db)
    actors = {a["id"]: a for a in json.loads(out)}
    assert code == 0 and actors["KAZ"]["articles"] == 6 and actors["UKR"]["articles"] == 1
    assert set(actors["KAZ"]) >= {"name", "kind", "country", "role", "articles", "mentions"}
    code, out, _ = run(capsys, "actors", "--country", "UKR", "--role", "gov", "--db", db, "--format", "csv")
    assert out.splitlines()[0].startswith("id,name,kind") and len(out.splitlines()) == 2
    code, _, err = run(capsys, "actors", "--role", "KING", "--db", db)
    assert code == 2 and "--role" in err


def test_events_json_and_filters(db, capsys):
    code, out, _ = run(capsys, "events", "--dyad", "KAZ-RUS", "--since", day(5), "--db", db)
    events = json.loads(out)
    assert code == 0 and sorted(e["cameo"] for e in events) == ["1231", "138", "150"]
    code, out, _ = run(capsys, "events", "--source", "rus", "--target", "ukr", "--db", db)
    assert [e["cameo"] for e in json.loads(out)] == ["190"]
    code, _, err = run(capsys, "events", "--dyad", "RU-KZ", "--db", db)
    assert code == 2 and "bad dyad" in err
    code, _, err = run(capsys, "events", "--until", "2026-13-01", "--db", db)
    assert code == 2 and "--until" in err


def test_events_csv(db, capsys):
    code, out, _ = run(capsys, "events", "--db", db, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and len(rows) == 19
    assert {"source_country", "target_country", "cameo", "goldstein", "mentions", "sentence"} <= set(rows[0])


def test_events_parquet(db, tmp_path, capsys):
    target = tmp_path / "events.parquet"
    code, _, _ = run(capsys, "events", "--db", db, "--format", "parquet", "--output", str(target))
    table = pq.read_table(target)
    assert code == 0 and table.num_rows == 19
    assert table.schema.field("goldstein").type.equals(__import__("pyarrow").float64())
    assert set(table.column("source_country").to_pylist()) == {"RUS", "KAZ"}


def test_events_gdelt(db, tmp_path, capsys):
    target = tmp_path / "events.tsv"
    code, _, _ = run(
        capsys, "events", "--dyad", "RUS>UKR", "--db", db, "--format", "gdelt", "-o", str(target)
    )
    lines = target.read_text().splitlines()
    assert code == 0 and len(lines) == 1
    cols = lines[0].split("\t")
    assert len(cols) == len(GDELT_COLUMNS) == 61
    row = dict(zip(GDELT_COLUMNS, cols, strict=True))
    assert row["Day"] == day(5, 1).replace("-", "") and row["Year"] == "2026"
    assert (row["Actor1Code"], row["Actor1CountryCode"], row["Actor2CountryCode"]) == ("RUSGOV", "RUS", "UKR")
    assert (row["EventCode"], row["EventBaseCode"], row["EventRootCode"]) == ("190", "190", "19")
    assert (row["QuadClass"], row["GoldsteinScale"], row["NumMentions"]) == ("4", "-10.0", "1")
    assert row["SOURCEURL"] == "https://caspian.example/crisis" and len(row["DATEADDED"]) == 14
    assert row["AvgTone"] == "" and row["ActionGeo_Lat"] == ""


def test_dyads_and_dyad(db, capsys):
    code, out, _ = run(capsys, "dyads", "--top", "5", "--db", db)
    dyads = json.loads(out)
    assert code == 0 and [d["dyad"] for d in dyads] == ["KAZ-RUS", "RUS-UKR"]
    assert {"dyad", "a", "b", "events", "tension", "tension_change"} <= set(dyads[0])
    code, out, _ = run(capsys, "dyads", "--period", "month", "--format", "text", "--db", db)
    assert "KAZ-RUS" in out
    code, out, _ = run(capsys, "dyad", "kaz", "rus", "--db", db)
    data = json.loads(out)
    assert data["dyad"] == "KAZ-RUS" and len(data["series"]) == 6 and len(data["events"]) == 18
    assert data["series"][-1]["tension"] > data["series"][0]["tension"]
    code, _, err = run(capsys, "dyad", "KAZ", "KAZ", "--db", db)
    assert code == 2 and "different" in err
    code, _, err = run(capsys, "dyads", "--top", "0", "--db", db)
    assert code == 2


def test_alerts(db, capsys):
    code, out, _ = run(capsys, "alerts", "--db", db)
    alerts = json.loads(out)
    assert code == 0 and alerts
    weekly = [a for a in alerts if a["dyad"] == "KAZ-RUS" and a["period"] == "week"]
    assert weekly[0]["period_start"] == day(5) and weekly[0]["evidence"]
    code, out, _ = run(capsys, "alerts", "--dyad", "RUS-UKR", "--db", db)
    assert json.loads(out) == []
    code, out, _ = run(capsys, "alerts", "--db", db, "--format", "text", "--refresh")
    assert code == 0 and "KAZ-RUS" in out


def test_a_file_that_is_not_a_store_is_a_one_line_error(tmp_path, capsys):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"\x00garbage" * 500)
    for argv in (["stats"], ["search", "x"], ["events"], ["dyads"], ["alerts"]):
        code, out, err = run(capsys, *argv, "--db", str(junk))
        assert code == 2 and out == "" and err.count("\n") == 1 and "junk.db" in err


def test_query_commands_upgrade_an_older_store(tmp_path, capsys):
    import sqlite3

    from faultlines.store.db import latest_version

    path = version_1_store(tmp_path / "v1.db")
    code, out, _ = run(capsys, "stats", "--db", str(path))
    assert code == 0 and json.loads(out)["documents"] == 0
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == latest_version()
    conn.close()


def test_gdelt_export_fills_the_actor_codes(tmp_path):
    from faultlines.store.export import gdelt_row

    row = gdelt_row(
        {
            "id": 1,
            "date": "2026-03-02",
            "source": {"id": "GEO:COP", "name": "police", "country": "GEO", "role": "COP"},
            "target": {"id": "org:un", "name": "United Nations", "country": None, "role": "IGO"},
            "cameo": "175",
            "quad_class": 4,
            "goldstein": -9.0,
            "mentions": 1,
            "num_articles": 1,
            "num_sources": 1,
        }
    )
    assert row[5:8] == ["GEOCOP", "POLICE", "GEO"] and row[12] == "COP"
    assert row[15] == "IGOUNO" and row[22] == "IGO"


def test_cli_and_api_give_the_same_answers_on_the_same_store(db, capsys):
    """One read API: `faultlines events --dyad` and `/api/v1/events?dyad=`, `dyads --by change` and
    `/api/v1/dyads?by=change` list the same records in the same order."""
    from fastapi.testclient import TestClient

    from faultlines.web.app import create_app

    client = TestClient(create_app(db))
    for dyad in ("KAZ-RUS", "RUS>KAZ"):
        code, out, _ = run(capsys, "events", "--dyad", dyad, "--db", db, "--format", "json")
        cli = json.loads(out)
        api = client.get("/api/v1/events", params={"dyad": dyad.replace(">", "-"), "limit": 500}).json()
        if dyad == "KAZ-RUS":
            assert code == 0 and len(cli) >= 2
            assert [e["id"] for e in cli] == [e["id"] for e in api["items"]] and api["total"] == len(cli)
            assert cli == api["items"]  # the very same records
            dates = [e["date"] for e in cli]
            assert dates == sorted(dates, reverse=True)  # newest first from both doors
        else:
            assert {(e["source"]["country"], e["target"]["country"]) for e in cli} == {("RUS", "KAZ")}
    for by in ("change", "events"):
        code, out, _ = run(capsys, "dyads", "--by", by, "--top", "50", "--db", db, "--format", "json")
        cli = json.loads(out)
        api = client.get("/api/v1/dyads", params={"by": by, "top": 50}).json()["items"]
        assert code == 0 and cli and cli == api
    code, out, _ = run(capsys, "stats", "--db", db, "--format", "json")
    assert json.loads(out) == client.get("/api/v1/stats").json()


def test_demo_says_what_it_does_and_refuses_a_taken_port(tmp_path, capsys):
    import socket

    with pytest.raises(SystemExit):
        main(["demo", "--help"])
    assert "serve the dashboard" in capsys.readouterr().out
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        code, _, err = run(capsys, "demo", "--port", str(port), "--db", str(tmp_path / "d.db"))
    assert code == 2 and err.count("\n") == 1 and f"127.0.0.1:{port}" in err and "--port" in err
    assert not (tmp_path / "d.db").exists()  # nothing ingested


def test_the_read_api_reads_big_tables_through_indexes(db):
    """Every statement the pages and the API run on events, unique events, articles, actors, quotes and the
    aggregates searches an index (EXPLAIN QUERY PLAN): none reads a whole table."""
    from faultlines.store import queries
    from faultlines.store.db import connect

    conn = connect(db, readonly=True)
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    queries.stats(conn)
    queries.top_dyads(conn, period="week", by="change")
    queries.top_dyads(conn, period="month", by="events", ordered=True)
    queries.dyad_series(conn, "KAZ", "RUS", period="week")
    page = queries.list_events(conn, dyad="KAZ-RUS", limit=1)
    queries.list_events(conn, dyad="KAZ-RUS", limit=1, after=page["next"])
    queries.list_events(conn, limit=5)
    queries.list_events(conn, source="RUS", quad_class=3, limit=5)
    queries.list_events(conn, cameo="13", since="2026-01-01", until="2026-12-31", limit=5)
    queries.list_actors(conn, limit=12)
    queries.list_actors(conn, country="RUS", limit=12)
    queries.search_articles(conn, None, limit=10)
    queries.list_alerts(conn, limit=8)
    queries.get_article(conn, 1)
    conn.set_trace_callback(None)
    big = ("events", "unique_events", "articles", "actors", "quotes", "dyad_periods", "documents")
    checked = 0
    for sql in statements:
        if not sql.lstrip().upper().startswith(("SELECT", "WITH")):
            continue
        checked += 1
        for row in conn.execute("EXPLAIN QUERY PLAN " + sql):
            step = row[3]
            assert not any(step == f"SCAN {t}" or step.startswith(f"SCAN {t} ") and "USING" not in step
                           for t in big), (step, sql)
    assert checked > 20
    conn.close()


def test_a_capped_count_says_there_are_more(db):
    from faultlines.store import queries
    from faultlines.store.db import connect

    conn = connect(db, readonly=True)
    exact = queries.list_events(conn, limit=1)
    assert exact["total"] > 2 and "total_capped" not in exact
    capped = queries.list_events(conn, limit=1, cameo="1", count_cap=1)
    assert capped["total"] == 1 and capped["total_capped"] is True
    whole = queries.list_events(conn, limit=1, cameo="1", count_cap=10_000)
    assert whole["total"] > 1 and whole["total_capped"] is False
    conn.close()


def test_words_in_quotes_and_event_sentences_are_found_from_their_full_text_indexes(db):
    from faultlines.store import queries
    from faultlines.store.db import connect

    conn = connect(db, readonly=True)
    events = queries.list_events(conn, q="Odesa", unique=False)["items"]
    assert events and all("Odesa" in e["sentence"] for e in events)
    assert queries.list_events(conn, q="Ode")["total"] >= 1  # the last word as a prefix
    assert queries.list_events(conn, q="!!!")["total"] == 0  # no words: nothing
    quotes = queries.list_quotes(conn, q="Borders settled")["items"]
    assert quotes and all("Borders are settled" in q["text"] for q in quotes)
    assert queries.list_quotes(conn, q="Zatulin")["total"] >= 1  # the speaker's name
    conn.close()
