"""The top dyads by change, read from the summary indexes, equal the ranking of every dyad (the slow path)."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from faultlines.store import Store, queries, read_dyads
from faultlines.store.aggregates import refresh_dirty

CODES = [a + b + c for a, b, c in zip("ABCDEFGHIJKLMNOPQRSTUVWX", "QRSTUVWXYZABCDEFGHIJKLMN", "ZYXWVUTSRQPONMLKJIHGFEDC",
                                      strict=True)]


def many_dyads(conn, seed: int = 3) -> None:
    """Some 2,000 unique events between 24 states over a year: hostile, cooperative and mixed dyads whose last
    event falls anywhere in the year (many quiet since), some undated."""
    rng = random.Random(seed)
    pairs = [(a, b) for a in CODES for b in CODES if a != b and rng.random() < 0.35]
    rows, start = [], date(2025, 1, 1)
    for n, (a, b) in enumerate(pairs):
        mood = rng.choice((-8.0, -3.0, 0.0, 4.0, 9.0))  # the dyad's usual Goldstein: hostile to cooperative
        last = rng.randrange(0, 365) if rng.random() < 0.6 else rng.randrange(330, 365)
        for k in range(rng.randint(1, 8)):
            day = start + timedelta(days=max(0, last - rng.randrange(0, 120) * (k > 0)))
            goldstein = max(-10.0, min(10.0, mood + rng.uniform(-3, 3)))
            quad = 1 if goldstein > 2 else (2 if goldstein > 0 else (3 if goldstein > -5 else 4))
            dated = rng.random() > 0.05
            rows.append((f"{n}-{k}", day.isoformat() if dated else None, a, b, "010", "01", quad, round(goldstein, 1),
                         rng.randint(1, 5)))
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO unique_events(event_key, date, source_country, target_country, cameo, root,"
                     " quad_class, goldstein, mentions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    refresh_dirty(conn)
    conn.execute("COMMIT")


@pytest.fixture(scope="module")
def conn(tmp_path_factory):
    with Store(tmp_path_factory.mktemp("top") / "top.db") as store:
        many_dyads(store.conn)
        yield store.conn


def test_the_store_has_rises_falls_and_quiet_cooperative_dyads(conn):
    every = read_dyads.rank_all_dyads(conn, "week", "change", False)
    changes = [d["tension_change"] for d in every]
    assert len(every) > 150 and min(changes) < 0 < max(changes) and changes.count(0.0) > 10
    quiet_rises = [d for d in every if d["tension_change"] > 0 and d["latest_events"] == 0]
    assert quiet_rises  # cooperative dyads whose tension decays towards 0: a rise read through `fade`


@pytest.mark.parametrize("period", ["day", "week", "month"])
@pytest.mark.parametrize("ordered", [False, True])
def test_top_dyads_by_change_equal_the_ranking_of_every_dyad(conn, period, ordered):
    every = read_dyads.rank_all_dyads(conn, period, "change", ordered)
    fast = 0
    for top in (1, 2, 3, 5, 10, 20, 40, 100, 1000):
        assert queries.top_dyads(conn, period, top=top, by="change", ordered=ordered) == every[:top], top
        fast += read_dyads._leaders_by_change(conn, period, ordered, top, _last(conn, period), {}) is not None
    assert fast >= 3  # the indexes answered the small tops (larger ones rank every dyad)
    by_events = read_dyads.rank_all_dyads(conn, period, "events", ordered)
    for top in (1, 10, 1000):
        assert queries.top_dyads(conn, period, top=top, by="events", ordered=ordered) == by_events[:top]


def test_dyads_changed_since_their_summary_are_ranked_afresh(conn):
    expected = {(p, o): read_dyads.rank_all_dyads(conn, p, "change", o)[:10]
                for p in ("day", "week", "month") for o in (False, True)}
    conn.execute("BEGIN")
    try:
        # stale summaries of a third of the dyads, noted as changed: readers must compute them afresh
        conn.execute("UPDATE dyad_summary SET rise = 99, fade = 1e9, events = 1e6 WHERE a < 'I'")
        conn.execute("INSERT OR IGNORE INTO dyad_dirty SELECT source, target FROM dyad_periods WHERE source < 'I'"
                     " OR target < 'I'")
        for (period, ordered), top in expected.items():
            assert queries.top_dyads(conn, period, top=10, by="change", ordered=ordered) == top
    finally:
        conn.execute("ROLLBACK")


def _last(conn, period):
    from faultlines.relations import series as s

    return s.period_start(read_dyads.latest_event_day(conn), period)
