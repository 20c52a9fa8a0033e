"""The read API's faster plans give the answers of the plain ones: events found by words walk the date index
when many sentences match, and the search page ranks the latest matches only (saying so)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from store_builders import digest, event, make_doc

from faultlines.store import Store, queries, read_events

WORDS = ("grain", "pipeline", "border")


@pytest.fixture(scope="module")
def conn(tmp_path_factory):
    with Store(tmp_path_factory.mktemp("paths") / "p.db") as store:
        pairs = [("RUS", "KAZ"), ("KAZ", "RUS"), ("CHN", "USA"), ("UKR", "RUS")]
        for n in range(36):
            day = (date(2026, 1, 1) + timedelta(days=(n * 7) % 50)).isoformat()
            events = []
            for k in range(3):
                a, b = pairs[(n + k) % 4]
                word = WORDS[(n + k) % 3] if (n * k) % 5 else "railway"
                events.append(event(a, b, f"0{(n + k) % 9 + 1}0", 1, 2.0, day if k else None,
                                    sentence=f"Officials of {a} spoke to {b} about the {word} deal number {n}-{k}."))
            words = " ".join(WORDS[: n % 3 + 1])
            doc = make_doc(f"/d{n}.html", f"Talks on the {words} question, part {n}", events=events,
                           published=day)
            store.save(doc, digest(doc))
        yield store.conn


def every_page(conn, size, **filters):
    pages, after = [], None
    for offset in range(0, 200, size):
        pages.append(queries.list_events(conn, limit=size, offset=offset, **filters))
    while True:  # and by cursor
        page = queries.list_events(conn, limit=size, after=after, **filters)
        pages.append(page)
        after = page["next"]
        if after is None:
            break
    return pages


@pytest.mark.parametrize("q", ["grain", "railway", "pipeline deal", "nothing"])
@pytest.mark.parametrize("filters", [{}, {"count_cap": 5}, {"unique": False}, {"since": "2026-01-20"},
                                     {"quad_class": 1, "cameo": "03"}])
def test_events_by_words_walking_the_date_index_equal_sorting_the_matches(conn, monkeypatch, q, filters):
    monkeypatch.setattr(read_events, "_walk", lambda *args: False)
    sorted_matches = every_page(conn, 4, q=q, **filters)
    monkeypatch.setattr(read_events, "_walk", lambda *args: True)
    walked = every_page(conn, 4, q=q, **filters)
    assert walked == sorted_matches
    if "cameo" in filters:
        assert all(e["cameo"].startswith("03") and e["quad_class"] == 1 for p in walked for e in p["items"])
    found = [e for page in sorted_matches for e in page["items"]]
    if q != "nothing" and not filters:
        assert found and all(q.split()[0] in e["sentence"] for e in found)


def test_the_walk_is_taken_when_many_sentences_match(conn):
    events = queries.stats(conn)["events"]
    assert read_events._walk(conn, events // 3, 10, 0)  # a common word: the first page is a few entries away
    assert not read_events._walk(conn, 2, 10, 0)  # a rare one: sort its two matches
    assert not read_events._walk(conn, events // 3, 10, 10 * events)  # far pages of a common word


def test_search_ranks_the_latest_matches_only_when_asked(conn):
    full = queries.search_articles(conn, q="grain", limit=100)
    assert full["total"] == 36 and "ranked_within" not in full
    bounded = queries.search_articles(conn, q="grain", limit=100, best_of=10, count_cap=20)
    assert bounded["ranked_within"] == 10 and (bounded["total"], bounded["total_capped"]) == (20, True)
    latest = sorted((a["id"] for a in full["items"]), reverse=True)[:10]
    assert sorted(a["id"] for a in bounded["items"]) == sorted(latest)
    # the same order and snippets as the full ranking, among those ten
    assert [a for a in full["items"] if a["id"] in latest] == bounded["items"]
    assert all("[grain]" in a["snippet"].lower() or "[grain]" in a["title"].lower() for a in bounded["items"])
    few = queries.search_articles(conn, q="pipeline border", limit=100, best_of=1000)
    assert "ranked_within" not in few and few["items"] == queries.search_articles(
        conn, q="pipeline border", limit=100)["items"]
