"""Relations: dyad series, the tension index, top dyads and spike alerts."""

from __future__ import annotations

import math
from datetime import date, timedelta

import pytest

from faultlines.relations import SpikeParams
from faultlines.relations.series import build_series, raw_tension
from faultlines.store import Store, queries
from faultlines.store import alerts as stored_alerts

try:
    from store_builders import digest, event, make_doc
except ImportError:  # pragma: no cover
    from tests.store_builders import digest, event, make_doc

MONDAY = date(2026, 1, 5)


def day(week: int, offset: int = 0) -> str:
    return (MONDAY + timedelta(days=7 * week + offset)).isoformat()


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "r.db") as s:
        yield s


def add(store, name, events, published):
    doc = make_doc(
        f"/{name}.html",
        f"Report {name} on relations between the states",
        events=events,
        published=published,
        site=f"site-{name}",
    )
    return store.save(doc, digest(doc))


def ev(id_, day_, quad, goldstein, mentions=1, src="RUS", tgt="KAZ"):
    return {
        "id": id_,
        "day": date.fromisoformat(day_),
        "quad_class": quad,
        "goldstein": goldstein,
        "mentions": mentions,
        "source_country": src,
        "target_country": tgt,
    }


def test_raw_tension_is_conflict_and_mention_weighted():
    assert raw_tension([]) is None
    # one verbal threat (-4.4, weight 1.5) and one verbal cooperation (+3.5, weight 1), one mention each
    assert raw_tension([ev(1, day(0), 3, -4.4), ev(2, day(0), 1, 3.5)]) == pytest.approx((6.6 - 3.5) / 2)
    # mentions weigh logarithmically: ln(1+3) against ln(1+1)
    value = raw_tension([ev(1, day(0), 4, -10.0, mentions=3), ev(2, day(0), 1, 4.0)])
    w3, w1 = math.log(4), math.log(2)
    assert value == pytest.approx((20.0 * w3 - 4.0 * w1) / (w3 + w1))


def test_series_counts_goldstein_and_smoothed_tension():
    events = [ev(1, day(0), 3, -4.4), ev(2, day(0, 2), 1, 3.5), ev(3, day(2, 4), 4, -10.0, mentions=3)]
    rows = build_series(events, "week")
    assert [r["period_start"] for r in rows] == [day(0), day(1), day(2)]
    first, empty, third = rows
    assert (first["q1"], first["q3"], first["events"]) == (1, 1, 2)
    assert first["goldstein_sum"] == pytest.approx(-0.9) and first["goldstein_mean"] == pytest.approx(-0.45)
    assert first["tension"] == pytest.approx(0.5 * 1.55)
    assert empty["events"] == 0 and empty["goldstein_mean"] is None
    assert empty["tension"] == pytest.approx(0.5 * 0.775)  # decays towards neutral
    assert third["q4"] == 1 and third["mentions"] == 3
    assert third["tension"] == pytest.approx(0.5 * 0.3875 + 0.5 * 20.0, abs=1e-3)
    months = build_series(events, "month")
    assert [r["period_start"] for r in months] == ["2026-01-01"] and months[0]["events"] == 3
    days = build_series(events, "day")
    assert len(days) == 19 and days[0]["events"] == 1


def test_dyad_series_from_the_store_ordered_and_unordered(store):
    add(
        store,
        "a",
        [event("RUS", "KAZ", "130", 3, -4.4, day(0)), event("KAZ", "RUS", "051", 1, 3.5, day(0, 1))],
        day(0),
    )
    add(store, "b", [event("RUS", "UKR", "190", 4, -10.0, day(1))], day(1))
    both = queries.dyad_series(store.conn, "KAZ", "RUS", period="week")
    assert [r["period_start"] for r in both] == [day(0), day(1)]  # padded to the store's latest period
    assert both[0]["events"] == 2 and both[1]["events"] == 0
    assert set(both[0]) >= {
        "period_start",
        "q0",
        "q1",
        "q2",
        "q3",
        "q4",
        "events",
        "goldstein_sum",
        "goldstein_mean",
        "tension",
    }
    one_way = queries.dyad_series(store.conn, "RUS", "KAZ", ordered=True)
    assert one_way[0]["events"] == 1 and one_way[0]["q3"] == 1
    assert queries.dyad_series(store.conn, "KAZ", "CHN") == []


def test_top_dyads_by_events_and_by_change(store):
    add(
        store,
        "a",
        [
            event("RUS", "KAZ", "051", 1, 3.5, day(0)),
            event("KAZ", "RUS", "051", 1, 3.5, day(0)),
            event("RUS", "KAZ", "036", 1, 4.0, day(1)),
        ],
        day(0),
    )
    add(store, "b", [event("RUS", "UKR", "190", 4, -10.0, day(1))], day(1))
    top = queries.top_dyads(store.conn, period="week", top=10)
    assert [d["dyad"] for d in top] == ["KAZ-RUS", "RUS-UKR"]
    assert top[0]["events"] == 3 and (top[0]["a"], top[0]["b"]) == ("KAZ", "RUS")
    by_change = queries.top_dyads(store.conn, period="week", by="change")
    assert by_change[0]["dyad"] == "RUS-UKR" and by_change[0]["tension_change"] == pytest.approx(10.0)
    assert queries.top_dyads(store.conn, top=1) == top[:1]
    ordered = queries.top_dyads(store.conn, ordered=True)
    assert {d["dyad"] for d in ordered} == {"RUS>KAZ", "KAZ>RUS", "RUS>UKR"}


def cooperative_weeks(store, weeks, wobble=True):
    for w in range(weeks):
        g = 3.5 if (w % 2 or not wobble) else 3.0
        add(
            store,
            f"calm{w}",
            [
                event("RUS", "KAZ", "051", 1, g, day(w)),
                event("KAZ", "RUS", "057", 2, 8.0, day(w)),
                event("KAZ", "RUS", "043", 1, 2.8, day(w, 1)),
            ],
            day(w),
        )


def test_a_hostile_week_after_calm_weeks_raises_an_alert(store):
    cooperative_weeks(store, 6)
    add(
        store,
        "crisis",
        [
            event("RUS", "KAZ", "138", 3, -7.0, day(6)),
            event("RUS", "KAZ", "1231", 3, -4.0, day(6)),
            event("KAZ", "RUS", "111", 3, -2.0, day(6, 1)),
            event("RUS", "KAZ", "150", 4, -7.2, day(6, 2)),
        ],
        day(6),
    )
    result = stored_alerts.refresh(store.conn)
    assert result["new"] == result["alerts"] >= 1
    weekly = stored_alerts.list_alerts(store.conn, dyad="KAZ-RUS")["items"]
    unordered = [a for a in weekly if a["dyad"] == "KAZ-RUS" and a["period"] == "week"]
    assert len(unordered) == 1
    alert = unordered[0]
    assert alert["period_start"] == day(6) and alert["events"] == 4
    assert alert["value"] > alert["baseline"] + 10 and alert["change"] >= 2.0
    assert len(alert["event_ids"]) == 4 and alert["evidence"][0]["cameo"] == "150"  # most hostile first
    assert alert["evidence"][0]["sentence"]
    assert stored_alerts.list_alerts(store.conn, dyad="RUS>KAZ")["items"][0]["dyad"] == "RUS>KAZ"
    assert stored_alerts.list_alerts(store.conn, dyad="CHN-USA")["items"] == []


def test_refresh_is_idempotent(store):
    cooperative_weeks(store, 6)
    add(
        store,
        "crisis",
        [
            event("RUS", "KAZ", "138", 3, -7.0, day(6)),
            event("RUS", "KAZ", "1231", 3, -4.0, day(6)),
            event("RUS", "KAZ", "150", 4, -7.2, day(6, 2)),
        ],
        day(6),
    )
    stored_alerts.refresh(store.conn)
    first = store.conn.execute("SELECT * FROM alerts ORDER BY id").fetchall()
    again = stored_alerts.refresh(store.conn)
    assert again["new"] == 0 and again["removed"] == 0
    assert [tuple(r) for r in store.conn.execute("SELECT * FROM alerts ORDER BY id")] == [
        tuple(r) for r in first
    ]


def test_a_flat_series_raises_no_alert(store):
    cooperative_weeks(store, 8, wobble=False)
    assert stored_alerts.refresh(store.conn)["alerts"] == 0
    assert store.stats()["alerts"] == 0


def test_a_single_hostile_event_is_below_the_minimum_count(store):
    cooperative_weeks(store, 6)
    add(store, "incident", [event("RUS", "KAZ", "150", 4, -7.2, day(6))], day(6))
    assert stored_alerts.refresh(store.conn)["alerts"] == 0
    # the same data with a lower minimum fires, so the threshold is what held it back
    assert stored_alerts.compute(store.conn, SpikeParams(min_events=1, periods=("week",)))


def test_alerts_that_no_longer_hold_are_removed(store):
    cooperative_weeks(store, 6)
    crisis = [
        event("RUS", "KAZ", "138", 3, -7.0, day(6)),
        event("RUS", "KAZ", "1231", 3, -4.0, day(6)),
        event("RUS", "KAZ", "150", 4, -7.2, day(6, 2)),
    ]
    add(store, "crisis", crisis, day(6))
    assert stored_alerts.refresh(store.conn)["alerts"] >= 1
    calm = make_doc(
        "/crisis.html",
        "Report crisis corrected: the talks went well after all",
        events=[event("RUS", "KAZ", "051", 1, 3.5, day(6))],
        published=day(6),
        site="site-crisis",
    )
    assert store.save(calm, digest(calm)) == "updated"
    result = stored_alerts.refresh(store.conn)
    assert result["alerts"] == 0 and result["removed"] >= 1
    assert store.stats()["alerts"] == 0


def test_undated_events_count_in_top_dyads_but_not_in_series(store):
    add(
        store,
        "undated",
        [
            event("RUS", "KAZ", "130", 3, -4.4),
            event("KAZ", "RUS", "120", 3, -4.0),
            event("RUS", "UKR", "190", 4, -10.0),
        ],
        None,
    )
    top = queries.top_dyads(store.conn)
    assert [(d["dyad"], d["events"], d["undated"]) for d in top] == [("KAZ-RUS", 2, 2), ("RUS-UKR", 1, 1)]
    assert top[0]["latest_period"] is None and top[0]["tension"] == 0.0
    assert queries.dyad_series(store.conn, "KAZ", "RUS") == []
    assert stored_alerts.refresh(store.conn)["alerts"] == 0


def test_top_dyads_tension_reads_recent_periods_and_equals_the_full_series(store):
    """An old dyad (quiet for more than TENSION_WINDOW periods) has decayed to zero tension; a busy one has the
    tension of its full series, although only the last TENSION_WINDOW periods are read."""
    from faultlines.relations.series import TENSION_WINDOW

    add(store, "old", [event("ARM", "CHN", "190", 4, -10.0)], day(0))
    for week in range(0, TENSION_WINDOW + 10, 3):
        add(store, f"w{week}", [event("RUS", "KAZ", "130", 3, -4.4 - week / 10)], day(week, 1))
    latest = day(TENSION_WINDOW + 9, 1)
    top = {d["dyad"]: d for d in queries.top_dyads(store.conn, top=5)}
    full = queries.dyad_series(store.conn, "KAZ", "RUS")
    assert top["KAZ-RUS"]["tension"] == full[-1]["tension"] and top["KAZ-RUS"]["latest_period"] == full[-1][
        "period_start"
    ]
    assert top["KAZ-RUS"]["events"] == len(range(0, TENSION_WINDOW + 10, 3))
    old = top["ARM-CHN"]
    assert (old["events"], old["tension"], old["tension_change"], old["latest_events"]) == (1, 0.0, 0.0, 0)
    assert old["latest_period"] == full[-1]["period_start"] <= latest
    assert queries.dyad_series(store.conn, "CHN", "ARM")[0]["q4"] == 1  # one pair's series, read by the pair


def test_refresh_on_a_readonly_store_is_a_clear_error(tmp_path):
    from faultlines.model import FaultlinesError

    path = tmp_path / "ro.db"
    with Store(path) as s:
        cooperative_weeks(s, 6)
        add(
            s,
            "crisis",
            [
                event("RUS", "KAZ", "138", 3, -7.0, day(6)),
                event("RUS", "KAZ", "1231", 3, -4.0, day(6)),
                event("RUS", "KAZ", "150", 4, -7.2, day(6, 2)),
            ],
            day(6),
        )
    with Store(path, readonly=True) as ro, pytest.raises(FaultlinesError, match="cannot write alerts"):
        stored_alerts.refresh(ro.conn)
