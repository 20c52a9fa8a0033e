"""The store: migrations, idempotent saves, updates, rollback, story clusters, unique events, queries."""

from __future__ import annotations

import sqlite3
from contextlib import nullcontext

import pytest

from faultlines.model import Document, FaultlinesError, Input
from faultlines.store import Store
from faultlines.store import writer as store_writer
from faultlines.store.db import latest_version

try:
    from store_builders import digest, event, filler, make_doc, speaker_quote, version_1_store
except ImportError:  # pragma: no cover - when tests/ is a package
    from tests.store_builders import digest, event, filler, make_doc, speaker_quote, version_1_store


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "t.db") as s:
        yield s


def save(store, doc):
    return store.save(doc, digest(doc))


def counts(store):
    return store.stats()


def test_new_store_is_migrated_in_wal_mode(tmp_path):
    path = tmp_path / "new.db"
    with Store(path) as s:
        assert s.conn.execute("PRAGMA user_version").fetchone()[0] == latest_version() >= 2
        assert s.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert s.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    with Store(path) as again:  # reopening applies nothing twice
        assert again.stats()["documents"] == 0


def test_readonly_store_refuses_writes_and_missing_files(tmp_path):
    with pytest.raises(FaultlinesError, match="no store"):
        Store(tmp_path / "missing.db", readonly=True)
    path = tmp_path / "t.db"
    Store(path).close()
    with Store(path, readonly=True) as ro:
        assert ro.stats()["articles"] == 0
        doc = make_doc("/a.html", "Russia and Kazakhstan talk about the grain corridor")
        with pytest.raises(FaultlinesError):
            ro.save(doc, digest(doc))


def test_not_a_store_is_a_clear_error(tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(FaultlinesError, match="junk.db"):
        Store(junk)


def test_same_document_twice_is_unchanged(store):
    doc = make_doc(
        "/a.html",
        "Kazakhstan rejects Russian claims on its northern regions",
        events=[event("RUS", "KAZ", "130", 3, -4.4, "2026-03-02")],
        quotes=[speaker_quote("No.")],
    )
    assert save(store, doc) == "stored"
    before = counts(store)
    assert save(store, doc) == "unchanged"
    assert counts(store) == before
    assert (
        before["articles"] == 1 and before["events"] == 1 and before["quotes"] == 1 and before["actors"] == 2
    )


def test_changed_content_updates_the_article(store):
    doc = make_doc(
        "/a.html",
        "Kazakhstan rejects Russian claims on its northern regions",
        events=[event("RUS", "KAZ", "130", 3, -4.4, "2026-03-02")],
    )
    save(store, doc)
    article_id = store.list_articles()[0]["id"]
    doc2 = make_doc(
        "/a.html",
        "Kazakhstan and Russia sign a new grain deal after weeks of talks",
        events=[
            event("KAZ", "RUS", "057", 2, 8.0, "2026-03-05"),
            event("RUS", "KAZ", "036", 1, 4.0, "2026-03-05"),
        ],
    )
    assert save(store, doc2) == "updated"
    c = counts(store)
    assert (c["documents"], c["articles"], c["events"], c["unique_events"], c["stories"]) == (1, 1, 2, 2, 1)
    article = store.get_article(article_id)
    assert article["article"]["title"].startswith("Kazakhstan and Russia sign")
    assert sorted(e["cameo"] for e in article["events"]) == ["036", "057"]
    assert store.search_articles("claims") == []
    assert [h["id"] for h in store.search_articles("grain deal")] == [article_id]


def test_failed_document_is_not_stored(store):
    failed = Document(input=Input(path="/bad.html"), error="no article found in /bad.html")
    assert store.save(failed, "x") == "failed"
    assert counts(store)["documents"] == 0


def test_failure_mid_save_rolls_back_and_keeps_prior_data(store, monkeypatch):
    first = make_doc(
        "/a.html",
        "Armenia and Russia quarrel over peacekeepers in the region",
        events=[event("ARM", "RUS", "111", 3, -2.0, "2026-03-02")],
    )
    save(store, first)
    before = counts(store)
    snapshot = store.get_article(store.list_articles()[0]["id"])

    def boom(*args, **kwargs):
        raise sqlite3.OperationalError("disk I/O error (simulated)")

    monkeypatch.setattr(store_writer, "_insert_events", boom)
    second = make_doc(
        "/b.html",
        "China and the United States resume trade talks in Geneva",
        events=[event("CHN", "USA", "040", 1, 1.0, "2026-03-03")],
    )
    with pytest.raises(FaultlinesError, match="/b.html"):
        save(store, second)
    changed = make_doc(
        "/a.html",
        "Armenia recalls its envoy from Moscow after the quarrel",
        events=[event("ARM", "RUS", "161", 3, -4.0, "2026-03-04")],
    )
    with pytest.raises(FaultlinesError):
        save(store, changed)
    assert counts(store) == before
    assert store.get_article(snapshot["id"]) == snapshot
    assert not store.conn.in_transaction
    monkeypatch.undo()
    assert save(store, second) == "stored"  # the store still works after the failure


def test_republished_copy_joins_the_story_and_counts_one_event_twice(store):
    paragraphs = [
        "Behind-the-scenes tensions between Moscow and Astana have spilled into public view as a Russian lawmaker "
        "questioned the borders of its southern neighbour and the president in Astana pushed back firmly.",
        "The Kazakh foreign ministry summoned the Russian ambassador on Monday to protest the remarks, officials "
        "said, and the ministry in Moscow replied that the lawmaker did not speak for the government.",
        "Analysts in Almaty said the quarrel showed how the war in Ukraine had strained an alliance that had "
        "seemed solid, and how carefully Astana now weighs every word about its large northern neighbour.",
    ]
    events = [
        event("KAZ", "RUS", "1231", 3, -4.0, "2026-03-02"),
        event("RUS", "KAZ", "130", 3, -4.4, "2026-03-02"),
    ]
    original = make_doc(
        "/eurasianet/a.html",
        "Tensions flare between Russia and Kazakhstan",
        paragraphs,
        site="Eurasianet",
        published="2026-03-02",
        events=events,
    )
    copy = make_doc(
        "/rs/a.html",
        "Tensions flare between Russia and Kazakhstan over war in Ukraine",
        [*paragraphs, "This article was republished with permission from Eurasianet."],
        site="Responsible Statecraft",
        published="2026-03-06",
        republished_from="Eurasianet",
        events=[
            event("KAZ", "RUS", "1231", 3, -4.0, "2026-03-06"),
            event("RUS", "KAZ", "130", 3, -4.4, "2026-03-06"),
        ],
    )
    assert save(store, original) == "stored"
    assert save(store, copy) == "duplicate"
    c = counts(store)
    assert (c["articles"], c["stories"], c["events"], c["unique_events"]) == (2, 1, 4, 2)
    unique = store.list_events()
    assert [e["mentions"] for e in unique] == [2, 2]
    assert all(e["num_sources"] == 2 for e in unique)
    story = store.get_article(1)["story"]
    assert story["size"] == 2 and {m["site"] for m in story["members"]} == {
        "Eurasianet",
        "Responsible Statecraft",
    }


def test_provenance_links_a_rewritten_republication(store):
    original = make_doc(
        "/a.html",
        "Kyrgyzstan and Tajikistan reopen the border crossing at last",
        site="Eurasianet",
        published="2026-03-02",
    )
    rewritten = make_doc(
        "/b.html",
        "Kyrgyzstan and Tajikistan reopen the border crossing at last",
        [
            "A completely different text about the same crossing, rewritten by the other site's desk "
            "with new quotes from the traders queueing at the checkpoint since dawn on Tuesday."
        ],
        site="Example Daily",
        published="2026-03-03",
        republished_from="eurasianet.org",
    )
    save(store, original)
    assert save(store, rewritten) == "duplicate"
    assert counts(store)["stories"] == 1


def test_different_stories_stay_apart(store):
    a = make_doc(
        "/a.html",
        "Armenia and Azerbaijan agree on the text of a peace treaty",
        [
            "Negotiators in Washington agreed on the final text of the treaty after months of talks about "
            "borders, transit roads and the return of prisoners held since the last war in the mountains."
        ],
    )
    b = make_doc(
        "/b.html",
        "Serbia and Kosovo trade accusations after a border incident",
        [
            "Officials in Belgrade and Pristina blamed each other for the shooting near the northern "
            "checkpoint, and the European Union called both governments to an emergency meeting in Brussels."
        ],
    )
    assert save(store, a) == "stored"
    assert save(store, b) == "stored"
    assert counts(store)["stories"] == 2


def test_same_event_from_independent_outlets_within_the_window_is_one_event(store):
    a = make_doc(
        "/a.html",
        "Moscow warns Astana over the language law in northern regions",
        [
            "A first outlet's own text about the warning, written in its house style and with its own "
            "sources in the Russian foreign ministry and among the deputies of the Duma committee."
        ],
        site="One",
        events=[event("RUS", "KAZ", "130", 3, -4.4, "2026-03-02")],
    )
    b = make_doc(
        "/b.html",
        "Kremlin threatens consequences for Kazakhstan",
        [
            "Another paper tells the same news in different words: the spokesman spoke of consequences, "
            "and the commentators on state television repeated the warning all evening long."
        ],
        site="Two",
        events=[event("RUS", "KAZ", "130", 3, -4.4, "2026-03-03")],
    )
    c = make_doc(
        "/c.html",
        "Russia warns Kazakhstan again a month later",
        [
            "Weeks later a new warning came, in new words, from a new official of the ministry in Moscow "
            "who spoke to reporters after a closed session of the security council."
        ],
        site="Three",
        events=[event("RUS", "KAZ", "130", 3, -4.4, "2026-04-03")],
    )
    for doc in (a, b, c):
        assert save(store, doc) == "stored"
    assert counts(store)["unique_events"] == 2
    assert sorted(e["mentions"] for e in store.list_events()) == [1, 2]


def test_update_of_one_copy_recounts_mentions(store):
    events = [event("RUS", "UKR", "190", 4, -10.0, "2026-03-02")]
    a = make_doc("/a.html", "Russian strikes hit the power grid of Ukraine overnight", events=events)
    b = make_doc("/b.html", "Russian strikes hit the power grid of Ukraine overnight", events=events)
    save(store, a)
    save(store, b)
    assert [e["mentions"] for e in store.list_events()] == [2]
    b2 = make_doc(
        "/b.html",
        "Ukraine and Poland sign a deal on grain transit through Polish ports",
        [
            "An unrelated new text about grain transit through the Polish ports of Gdansk and Gdynia, "
            "signed by the two agriculture ministers in Warsaw on Friday afternoon."
        ],
        events=[],
    )
    assert save(store, b2) == "updated"
    assert [e["mentions"] for e in store.list_events()] == [1]
    assert counts(store)["stories"] == 2


def test_search_snippet_filters_and_bad_query(store):
    save(
        store,
        make_doc(
            "/a.html", "Pipeline dispute between Russia and Kazakhstan", site="Alpha", published="2026-03-02"
        ),
    )
    save(
        store,
        make_doc(
            "/b.html",
            "Caspian summit ends without a deal on fishing quotas",
            site="Beta",
            published="2026-04-10",
            paragraphs=["The Caspian states failed to agree on sturgeon fishing quotas in Aktau."],
        ),
    )
    hits = store.search_articles("sturgeon")
    assert [h["title"] for h in hits] == ["Caspian summit ends without a deal on fishing quotas"]
    assert "[sturgeon]" in hits[0]["snippet"]
    assert store.search_articles("pipeline", site="Alpha")[0]["site"] == "Alpha"
    assert store.search_articles("pipeline", site="Beta") == []
    assert store.search_articles("caspian OR pipeline", since="2026-04-01")[0]["site"] == "Beta"
    # not FTS5: read as plain words
    assert [h["title"] for h in store.search_articles('"sturgeon')] == [h["title"] for h in hits]
    with pytest.raises(FaultlinesError, match="bad search query"):
        store.search_articles('"((')
    with pytest.raises(FaultlinesError):
        store.search_articles("   ")


def test_quotes_actors_and_event_filters(store):
    doc = make_doc(
        "/a.html",
        "Tokayev answers the Duma deputy on the northern border",
        events=[
            event("RUS", "KAZ", "130", 3, -4.4, "2026-03-02"),
            event("KAZ", "RUS", "051", 1, 3.5, "2026-03-03"),
            event("RUS", "UKR", "190", 4, -10.0, "2026-03-04"),
        ],
        quotes=[
            speaker_quote("We are grateful to Russia."),
            speaker_quote("Borders are settled.", "RUS", "Konstantin Zatulin"),
        ],
    )
    save(store, doc)
    assert [q["speaker"]["name"] for q in store.list_quotes(speaker="tokayev")] == ["Kassym-Jomart Tokayev"]
    assert [q["text"] for q in store.list_quotes(country="rus")] == ["Borders are settled."]
    q = store.list_quotes()[0]
    assert {"id", "article_id", "text", "kind", "speaker", "cue", "paragraph", "start", "end"} <= set(q)
    actors = store.list_actors(country="KAZ")
    assert [(a["id"], a["articles"], a["mentions"]) for a in actors] == [("KAZ", 1, 2)]
    assert store.list_actors(role="MIL") == []
    assert len(store.list_events(dyad="KAZ-RUS")) == 2
    assert [e["cameo"] for e in store.list_events(dyad="RUS>KAZ")] == ["130"]
    assert [e["cameo"] for e in store.list_events(source="RUS", target="UKR")] == ["190"]
    assert [e["cameo"] for e in store.list_events(quad_class=1)] == ["051"]
    assert [e["cameo"] for e in store.list_events(cameo="13")] == ["130"]
    assert [e["date"] for e in store.list_events(since="2026-03-03", until="2026-03-03")] == ["2026-03-03"]
    with pytest.raises(FaultlinesError, match="bad dyad"):
        store.list_events(dyad="Russia-Kazakhstan")
    e = store.list_events()[0]
    assert {
        "id",
        "article_id",
        "source",
        "target",
        "cameo",
        "quad_class",
        "goldstein",
        "plover",
        "date",
        "sentence",
        "rule",
        "explanation",
        "confidence",
        "mentions",
    } <= set(e)


def test_get_article_has_everything(store):
    doc = make_doc(
        "/a.html",
        "Tokayev thanks Putin for the CSTO mission",
        url="https://example.org/a",
        events=[event("KAZ", "RUS", "051", 1, 3.5, "2026-03-03")],
        quotes=[speaker_quote("Thanks.")],
    )
    save(store, doc)
    article = store.get_article(1)
    assert article["article"]["url"] == "https://example.org/a" and article["input"]["url"] == "https://example.org/a"
    assert len(article["actors"]) == 2 and len(article["quotes"]) == 1 and len(article["events"]) == 1
    assert article["events"][0]["mentions"] == 1
    assert article["story"]["members"][0]["id"] == 1
    assert store.get_article(999) is None


def test_reader_sees_committed_data_while_a_writer_holds_a_transaction(tmp_path):
    path = tmp_path / "w.db"
    with Store(path) as writer:
        doc = make_doc("/a.html", "Georgia and Russia restart direct flights after years of suspension")
        save(writer, doc)
        writer.conn.execute("BEGIN IMMEDIATE")
        writer.conn.execute("DELETE FROM quotes")  # uncommitted write in progress
        with Store(path, readonly=True) as reader:
            assert reader.stats()["articles"] == 1
            assert reader.search_articles("flights")[0]["title"].startswith("Georgia")
        writer.conn.execute("ROLLBACK")


def test_a_version_1_store_is_upgraded(tmp_path):
    path = version_1_store(tmp_path / "v1.db")
    with pytest.raises(FaultlinesError, match="schema version 1"):
        Store(path, readonly=True)
    with Store(path) as s:
        assert s.conn.execute("PRAGMA user_version").fetchone()[0] == latest_version()
        doc = make_doc(
            "/a.html",
            "Mongolia hosts talks between its two large neighbours on the railway",
            events=[event("CHN", "RUS", "040", 1, 1.0, "2026-03-01")],
        )
        assert save(s, doc) == "stored"


def test_arbitrary_text_saves_and_is_idempotent(tmp_path):
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    path = tmp_path / "fuzz.db"
    text = st.text(min_size=0, max_size=200)

    @settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(
        title=text,
        paragraphs=st.lists(text, max_size=4),
        site=st.one_of(st.none(), text),
        published=st.one_of(st.none(), text),
        republished=st.one_of(st.none(), text),
    )
    def check(title, paragraphs, site, published, republished):
        with Store(path) as s:
            doc = make_doc(
                f"/fuzz/{title!r}",
                title,
                paragraphs,
                site=site,
                published=published,
                republished_from=republished,
                events=[event("RUS", "KAZ", "130", 3, -4.4, published)],
            )
            first = save(s, doc)
            assert first in ("stored", "duplicate", "updated")
            before = s.stats()
            assert save(s, doc) == "unchanged"
            assert s.stats() == before
            from faultlines.store import alerts, queries

            alerts.refresh(s.conn)
            queries.top_dyads(s.conn)

    check()


def test_a_trimmed_copy_without_provenance_joins_by_containment(store):
    paragraphs = filler("long original", "2026-03-02", "Origin") + filler("more", "2026-03-02", "Origin")
    original = make_doc(
        "/a.html", "Uzbekistan opens its first nuclear plant tender", paragraphs, site="Origin"
    )
    trimmed = make_doc(
        "/b.html", "A different headline for the same story", paragraphs[1:3], site="Elsewhere"
    )
    unrelated = make_doc("/c.html", "A different headline for another story", site="Elsewhere")
    assert save(store, original) == "stored"
    assert save(store, trimmed) == "duplicate"
    assert save(store, unrelated) == "stored"
    assert counts(store)["stories"] == 2


def test_is_unchanged_lets_an_ingest_skip_known_pages(store):
    doc = make_doc("/a.html", "Turkmenistan extends its gas deal with China for ten more years")
    assert not store.is_unchanged(doc.input, digest(doc))
    save(store, doc)
    assert store.is_unchanged(doc.input, digest(doc))
    assert not store.is_unchanged(doc.input, "another hash")


def test_two_writers_at_once_both_succeed(tmp_path):
    import threading

    path = tmp_path / "busy.db"
    Store(path).close()
    errors: list[BaseException] = []

    def writer(name: str) -> None:
        try:
            with Store(path) as s:
                for i in range(8):
                    doc = make_doc(
                        f"/{name}/{i}.html",
                        f"Dispatch {i} from the {name} desk on the Caspian talks",
                        events=[event("RUS", "KAZ", "036", 1, 4.0, f"2026-03-{i + 1:02d}")],
                    )
                    assert save(s, doc) in ("stored", "duplicate")
        except BaseException as exc:  # noqa: BLE001 - reported by the main thread
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(name,)) for name in ("north", "south")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with Store(path, readonly=True) as s:
        assert s.stats()["documents"] == 16


def test_events_kept_out_of_the_counts_are_stored_and_listed_with_the_reason(store):
    counted = event("RUS", "KAZ", "112", 3, -2.0, date="2026-03-02")
    negated = event("RUS", "UKR", "190", 4, -10.0, date="2026-03-02", sentence="Russia did not attack Ukraine.")
    negated.mode = "negated"
    doubtful = event("CHN", "USA", "163", 3, -8.0, date="2026-03-02", sentence="China sanctioned US firms.")
    doubtful.confidence = 0.05
    save(store, make_doc("modes.html", "Modes", events=[counted, negated, doubtful]))
    listed = store.list_events()
    assert [(e["source"]["code"], e["target"]["code"], e["mode"]) for e in listed] == [
        ("RUSGOV", "KAZGOV", "asserted")
    ]
    low = {e["cameo"]: e for e in store.list_events(low_confidence=True)}
    assert set(low) == {"190", "163"}
    assert "negated" in low["190"]["excluded"] and "Kept out of the dyad series" in low["190"]["explanation"]
    assert "confidence" in low["163"]["excluded"]
    assert counts(store)["unique_events"] == 1


def test_an_undated_page_gives_undated_events(store):
    doc = make_doc("undated.html", "Undated", published=None, events=[event("RUS", "KAZ", "112", 3, -2.0)])
    doc.fetched = "2026-03-05T10:00:00+00:00"
    save(store, doc)
    (stored,) = store.list_events(unique=False)
    assert stored["date"] is None and stored["date_basis"] is None


def test_a_store_of_schema_4_upgrades_and_gets_its_aggregates(tmp_path):
    """Migration 005 fills the aggregates from the rows already stored, so an older store reads the same."""
    import sqlite3

    from faultlines.store import queries
    from faultlines.store.db import connect, migrations, split_statements

    path = tmp_path / "old.db"
    old = sqlite3.connect(path, isolation_level=None)
    for version, sql in migrations()[:4]:
        for statement in split_statements(sql):
            old.execute(statement)
        old.execute(f"PRAGMA user_version = {version}")
    old.execute("INSERT INTO documents(id, input_key, kind, content_hash, ingested_at) VALUES (1, 'k', 'html', 'h', 'x')")
    old.execute("INSERT INTO articles(id, document_id, title, published) VALUES (1, 1, 'T', '2026-03-02')")
    old.executemany(
        "INSERT INTO actors(article_id, actor_key, name, kind, country, role, mentions) VALUES (1, ?, ?, ?, ?, ?, ?)",
        [("RUS", "Russia", "state", "RUS", "GOV", 3), ("KAZ", "Kazakhstan", "state", "KAZ", "GOV", 1)],
    )
    old.executemany(
        "INSERT INTO unique_events(event_key, date, source_country, target_country, cameo, root, quad_class,"
        " goldstein, mentions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [("a", "2026-03-02", "RUS", "KAZ", "130", "13", 3, -4.4, 2), ("b", "2026-03-10", "KAZ", "RUS", "036", "03",
         1, 4.0, 1), ("c", None, "KAZ", "RUS", "036", "03", 1, 4.0, 1)],
    )
    old.close()
    conn = connect(path)  # upgrades
    assert conn.execute("PRAGMA user_version").fetchone()[0] >= 5
    top = queries.top_dyads(conn, period="week")
    assert [(d["dyad"], d["events"], d["undated"], d["q1"], d["q3"]) for d in top] == [("KAZ-RUS", 3, 1, 2, 1)]
    series = queries.dyad_series(conn, "KAZ", "RUS", period="week")
    assert [(r["period_start"], r["events"]) for r in series] == [("2026-03-02", 1), ("2026-03-09", 1)]
    assert series[-1]["tension"] == top[0]["tension"]
    stats = queries.stats(conn)
    assert (stats["articles"], stats["unique_events"], stats["actors"], stats["dyads"]) == (1, 3, 2, 1)
    assert [a["id"] for a in queries.list_actors(conn)["items"]] == ["RUS", "KAZ"]
    conn.close()


def _aggregates(conn) -> dict:
    return {
        "dyads": sorted((r[0], r[1], r[2], r[3], r[4], r[5], r[6], round(r[7], 6), round(r[8], 6))
                        for r in conn.execute("SELECT source, target, period, period_start, quad_class, events,"
                                              " mentions, goldstein_sum, weight_sum FROM dyad_periods WHERE events")),
        "actors": sorted(tuple(r) for r in conn.execute(
            "SELECT actor_key, name, articles, mentions, quotes FROM actor_totals WHERE articles OR quotes")),
        "rows": sorted(tuple(r) for r in conn.execute("SELECT name, n FROM row_counts")),
        "summary": sorted(tuple(r) for r in conn.execute("SELECT * FROM dyad_summary")),
    }


def test_aggregates_kept_on_write_equal_a_rebuild_after_updates_and_duplicates(store):
    from faultlines.store.aggregates import refresh_dyads

    first = make_doc("/a.html", "Kazakhstan rejects Russian claims on its northern regions",
                     events=[event("RUS", "KAZ", "130", 3, -4.4, "2026-03-02")], quotes=[speaker_quote("No.")])
    save(store, first)
    save(store, make_doc("/b.html", "Kazakhstan rejects Russian claims on its northern regions",
                         events=[event("RUS", "KAZ", "130", 3, -4.4, "2026-03-02")]))  # a second report
    save(store, make_doc("/a.html", "Kazakhstan and Russia sign a grain deal after weeks of talks",
                         events=[event("KAZ", "RUS", "057", 2, 8.0, "2026-03-05"),
                                 event("RUS", "CHN", "036", 1, 4.0, "2026-03-09")]))  # /a.html replaced
    conn = store.conn
    from faultlines.store import queries

    # the writer rewrote the summaries in each document's transaction; a dyad noted as changed (as a bulk load
    # leaves them until its end) is computed afresh by readers: the same answers
    assert conn.execute("SELECT count(*) FROM dyad_dirty").fetchone()[0] == 0
    answers = {(p, o): queries.top_dyads(conn, p, top=100, by="change", ordered=o)
               for p in ("day", "week", "month") for o in (False, True)}
    conn.execute("BEGIN")
    conn.execute("UPDATE dyad_summary SET tension = 99, events = 99")  # stale
    conn.execute("INSERT INTO dyad_dirty SELECT DISTINCT source, target FROM dyad_periods")
    assert answers == {(p, o): queries.top_dyads(conn, p, top=100, by="change", ordered=o)
                       for p in ("day", "week", "month") for o in (False, True)}
    conn.execute("ROLLBACK")
    kept = _aggregates(conn)
    assert kept["dyads"] and kept["summary"]
    conn.execute("BEGIN")
    conn.execute("DELETE FROM dyad_periods")
    conn.execute("INSERT INTO dyad_period_changes SELECT source_country, target_country, date, quad_class, goldstein,"
                 " mentions, 1 FROM unique_events")
    conn.execute("DELETE FROM actor_totals")
    conn.execute("INSERT INTO actor_totals(actor_key, name, kind, country, role, top_mentions, articles, mentions)"
                 " SELECT actor_key, name, kind, country, role, max(mentions), count(*), sum(mentions) FROM actors"
                 " GROUP BY actor_key")
    conn.execute("INSERT INTO actor_totals(actor_key, quotes) SELECT speaker_key, count(*) FROM quotes"
                 " WHERE speaker_key IS NOT NULL GROUP BY speaker_key"
                 " ON CONFLICT (actor_key) DO UPDATE SET quotes = excluded.quotes")
    for table in ("documents", "articles", "stories", "actors", "quotes", "events", "unique_events", "alerts"):
        conn.execute("UPDATE row_counts SET n = (SELECT count(*) FROM " + table + ") WHERE name = ?", (table,))
    refresh_dyads(conn)
    rebuilt = _aggregates(conn)
    conn.execute("ROLLBACK")
    assert kept == rebuilt


def test_a_bulk_insert_keeps_the_actor_totals_the_insert_trigger_keeps(tmp_path):
    """Actors added in bulk (one GROUP BY at the end) get the totals the per-row trigger gives: counts and sums,
    and the name, kind, country and role of the row with the most mentions, the first inserted among equals,
    also against a total stored before."""
    from faultlines.store import aggregates

    batches = [
        [("person:ana", "Ana", 2), ("person:ana", "Ana Petrova", 3), ("person:ana", "Minister Petrova", 3),
         ("person:ana", "A. Petrova", 1), ("KAZ", "Kazakhstan", 1)],
        [("person:ana", "Petrova", 3), ("person:ana", "Ana P.", 4), ("KAZ", "Astana", 1), ("KAZ", "Kazakh", 2)],
    ]
    totals = []
    for bulk in (False, True):
        with Store(tmp_path / f"bulk-{bulk}.db") as s:
            conn = s.conn
            conn.execute("INSERT INTO documents(id, input_key, kind, content_hash, ingested_at)"
                         " VALUES (1, 'k', 'text', 'h', 'now')")
            conn.execute("INSERT INTO articles(id, document_id) VALUES (1, 1)")
            for rows in batches:
                conn.execute("BEGIN")
                with aggregates.bulk_insert(conn) if bulk else nullcontext():
                    conn.executemany("INSERT INTO actors(article_id, actor_key, name, kind, country, role, mentions)"
                                     " VALUES (1, ?, ?, 'person', ?, NULL, ?)",
                                     [(key, name, name[:3].upper(), n) for key, name, n in rows])
                conn.execute("COMMIT")
                totals.append(sorted(tuple(r) for r in conn.execute("SELECT * FROM actor_totals")))
    assert totals[:2] == totals[2:]
    assert [r[:2] for r in totals[0]] == [("KAZ", "Kazakhstan"), ("person:ana", "Ana Petrova")]
    assert [r[:2] for r in totals[1]] == [("KAZ", "Kazakh"), ("person:ana", "Ana P.")]
