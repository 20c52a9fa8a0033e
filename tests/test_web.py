"""The web dashboard and JSON API over a store built from hand-made documents (tests/fixtures/web/corpus.py)."""

from __future__ import annotations

import hashlib
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from faultlines.cli import main as cli_main  # noqa: E402
from faultlines.model import Article, Document, Event, Input, Quote  # noqa: E402
from faultlines.web import create_app  # noqa: E402
from faultlines.web.highlight import Mark, render_paragraph  # noqa: E402
from faultlines.web.security import safe_url  # noqa: E402

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "web"))
import corpus  # noqa: E402

try:
    from store_builders import version_1_store
except ImportError:  # pragma: no cover - when tests/ is a package
    from tests.store_builders import version_1_store

PAGES = ["/", "/?period=month", "/search", "/search?q=Tokayev", "/search?q=script&type=articles",
         "/search?country=KAZ&type=events", "/search?quad_class=3&cameo=13", "/articles/2", "/articles/4",
         "/actors/person:kassym-jomart-tokayev", "/actors/person:evil", "/dyads/KAZ-RUS",
         "/dyads/KAZ-RUS?period=month&ordered=true", "/alerts", "/analyze", "/docs", "/countries/KAZ",
         "/search?type=events&confidence=low"]
API = ["/api/v1/stats", "/api/v1/articles", "/api/v1/articles?q=border", "/api/v1/articles/2", "/api/v1/quotes",
       "/api/v1/quotes?speaker=Tokayev&country=KAZ", "/api/v1/events", "/api/v1/events?dyad=KAZ-RUS&quad_class=3",
       "/api/v1/actors", "/api/v1/dyads", "/api/v1/dyads?period=month&top=3", "/api/v1/dyads/KAZ-RUS",
       "/api/v1/alerts", "/openapi.json", "/api/v1/events?confidence=low"]


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    return corpus.build_store(tmp_path_factory.mktemp("web") / "store.db")


@pytest.fixture(scope="module")
def client(db) -> TestClient:
    return TestClient(create_app(db))


def test_every_page_and_endpoint_answers(client):
    for url in PAGES + API:
        response = client.get(url)
        assert response.status_code == 200, (url, response.text[:300])


def test_security_headers_on_every_response(client):
    urls = PAGES + API + ["/static/style.css", "/static/charts.js", "/static/plotly.min.js", "/nope",
                          "/api/v1/nope", "/api/v1/events?limit=0", "/articles/999"]
    for url in urls:
        headers = client.get(url).headers
        csp = headers["content-security-policy"]
        for directive in ("default-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "base-uri 'none'",
                          "script-src 'self'"):
            assert directive in csp, (url, csp)
        assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["referrer-policy"] in ("no-referrer", "strict-origin")


def test_plotly_is_served_locally_and_no_page_uses_a_cdn(client):
    js = client.get("/static/plotly.min.js")
    assert js.status_code == 200 and b"plotly.js" in js.content[:200]
    for url in PAGES:
        text = client.get(url).text
        assert not re.search(r'(src|href)="(https?:)?//', text.replace('href="https://steppe.example', "")
                             .replace('href="https://eurasia.example', "").replace('href="https://reprint.example', "")
                             .replace('href="https://example.net', "")), url


def test_api_json_field_names_match_the_records(client):
    detail = client.get("/api/v1/articles/2").json()
    assert set(Article().to_dict()) <= set(detail["article"])
    event_keys = set(Event(None, None, "010", 0, 0.0).to_dict())
    quote_keys = set(Quote("x").to_dict())
    assert event_keys <= set(detail["events"][0]) and quote_keys <= set(detail["quotes"][0])
    actor = detail["actors"][0]
    assert {"id", "name", "kind", "country", "role", "mentions", "spans"} <= set(actor)
    assert set(client.get("/api/v1/events").json()["items"][0]) >= event_keys
    hit = client.get("/api/v1/articles?q=Tokayev").json()["items"][0]
    assert {"id", "title", "published", "site", "snippet"} <= set(hit)


def test_article_detail_has_actors_quotes_events_and_cluster(client):
    data = client.get("/api/v1/articles/3").json()
    assert data["article"]["republished_from"] == "Eurasia Example"
    speakers = {q["speaker"]["name"] for q in data["quotes"]}
    assert speakers == {"Konstantin Zatulin", "Kassym-Jomart Tokayev"}
    assert [e["cameo"] for e in data["events"]] == ["138", "125", "051"]
    assert data["story"]["size"] == 2 and [m["id"] for m in data["story"]["members"]] == [2, 3]
    assert data["related"][0]["title"] == "Tokyo and Beijing hold maritime talks"


def test_filters(client):
    events = client.get("/api/v1/events?source=rus&target=KAZ").json()
    assert events["total"] >= 1
    assert all(e["source"]["country"] == "RUS" and e["target"]["country"] == "KAZ" for e in events["items"])
    assert {e["cameo"][:2] for e in client.get("/api/v1/events?cameo=13").json()["items"]} == {"13"}
    dated = client.get("/api/v1/events?since=2026-03-01&until=2026-03-10").json()["items"]
    assert dated and all("2026-03-01" <= e["date"] <= "2026-03-10" for e in dated)
    assert client.get("/api/v1/quotes?country=RUS").json()["total"] == 3  # Zatulin twice, the hostile speaker once
    assert client.get("/api/v1/articles?site=Steppe%20Wire").json()["total"] == 1
    # not FTS5: read as its words (none here), as by `faultlines search`
    assert client.get("/api/v1/articles?q=%22%29%20OR%20*").json()["total"] == 0
    assert client.get("/search?q=%22%29%20OR%20*").status_code == 200


def test_events_are_unique_by_default_as_in_the_cli(client):
    unique = client.get("/api/v1/events?dyad=KAZ-RUS&cameo=138").json()
    mentions = client.get("/api/v1/events?dyad=KAZ-RUS&cameo=138&unique=false").json()
    assert unique["total"] == 2 and mentions["total"] == 3  # the republished story's threat counts once
    zatulin = next(e for e in unique["items"] if e["source"]["name"] == "Konstantin Zatulin")
    assert zatulin["mentions"] == 2 and zatulin["num_articles"] == 2 and zatulin["article_id"] == 2
    assert {"unique_event_id", "title", "published", "site", "url"} <= set(zatulin)
    by_actor = client.get("/api/v1/events?actor=person:konstantin-zatulin").json()
    assert by_actor["total"] == 1 and by_actor["items"][0]["mentions"] == 2
    assert client.get("/api/v1/events?actor=person:konstantin-zatulin&unique=false").json()["total"] == 2


def test_dyads_api(client):
    top = client.get("/api/v1/dyads").json()
    assert top["items"][0]["dyad"] == "KAZ-RUS"
    detail = client.get("/api/v1/dyads/RUS-KAZ").json()
    assert detail["dyad"] == "RUS-KAZ" or detail["dyad"] == "KAZ-RUS"
    assert sum(p["events"] for p in detail["series"]) >= 5
    assert all({"q0", "q1", "q2", "q3", "q4", "tension"} <= set(p) for p in detail["series"])
    assert detail["alerts"][0]["period_start"] == "2026-03-09"
    assert detail["events"]["total"] >= 5


@pytest.mark.parametrize("url", [
    "/api/v1/events?limit=501", "/api/v1/events?limit=0", "/api/v1/events?offset=-1", "/api/v1/events?quad_class=7",
    "/api/v1/events?source=RUSSIA", "/api/v1/events?dyad=KAZRUS", "/api/v1/events?cameo=abc",
    "/api/v1/events?since=2026-02-30", "/api/v1/events?since=yesterday",
    "/api/v1/articles?limit=x", "/api/v1/articles/abc", "/api/v1/articles/0", "/api/v1/dyads?period=year",
    "/api/v1/dyads?top=1000", "/api/v1/dyads/KAZ", "/api/v1/alerts?dyad=x",
    "/api/v1/articles/99999999999999999999999", "/api/v1/quotes?offset=%2B0.0", "/api/v1/events?limit=1e3",
])
def test_bad_parameters_answer_400_or_422_with_a_message(client, url):
    response = client.get(url)
    assert response.status_code in (400, 404, 422), url
    assert response.status_code != 404 or "dyads/KAZ" in url
    assert response.json()["detail"]


@pytest.mark.parametrize("url", ["/search?since=2026-13-01", "/search?quad_class=9", "/dyads/KAZ-KAZX",
                                 "/search?type=bogus"])
def test_bad_page_parameters_answer_an_html_400(client, url):
    response = client.get(url)
    assert response.status_code == 400
    assert response.headers["content-type"].startswith("text/html") and "Bad request" in response.text


def test_blank_form_fields_are_ignored_and_a_reversed_range_is_empty(client):
    response = client.get("/search?q=Tokayev&type=all&country=&actor=&role=&since=&until=&cameo=&quad_class=")
    assert response.status_code == 200 and "Border remarks" in response.text
    assert client.get("/api/v1/events?since=2026-03-02&until=2026-03-01").json()["total"] == 0


def test_pagination(client):
    full = client.get("/api/v1/events?limit=500").json()
    assert full["limit"] == 500 and full["total"] == len(full["items"]) == 7
    first, second = (client.get(f"/api/v1/events?limit=1&offset={i}").json() for i in (0, 1))
    assert first["total"] == second["total"] == full["total"]
    assert [first["items"][0]["id"], second["items"][0]["id"]] == [e["id"] for e in full["items"][:2]]
    assert client.get(f"/api/v1/events?offset={full['total']}").json()["items"] == []


def test_not_found(client):
    assert client.get("/api/v1/articles/999").status_code == 404
    page = client.get("/articles/999")
    assert page.status_code == 404 and "Not found" in page.text
    assert client.get("/actors/person:nobody").status_code == 404


def test_unordered_dyad_page_redirects_to_sorted_codes(client):
    response = client.get("/dyads/rus-kaz", follow_redirects=False)
    assert response.status_code == 301 and response.headers["location"].startswith("/dyads/KAZ-RUS")


class _Audit(HTMLParser):
    """Collects every script element, event-handler attribute and link of a page."""

    def __init__(self):
        super().__init__()
        self.scripts, self.handlers, self.links = [], [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script":
            self.scripts.append(attrs)
        self.handlers += [name for name in attrs if name.startswith("on")]
        for name in ("href", "src", "action"):
            if attrs.get(name) is not None:
                self.links.append(attrs[name])


HOSTILE_PAGES = ["/", "/articles/4", "/search?q=Hostile", "/search?q=script", "/search?country=RUS",
                 "/actors/person:evil", "/actors/person:%22%3E%3Cscript%3Ealert%283%29%3C%2Fscript%3E",
                 "/dyads/KAZ-RUS", "/search?q=%3Cscript%3Ealert(1)%3C/script%3E", "/alerts",
                 "/actors/%3Cscript%3E"]


@pytest.mark.parametrize("url", HOSTILE_PAGES)
def test_hostile_page_is_shown_harmlessly(client, url):
    response = client.get(url)
    text = response.text
    assert "<script>alert" not in text and "<img src=x" not in text and 'onerror="' not in text
    audit = _Audit()
    audit.feed(text)
    assert not audit.handlers
    for script in audit.scripts:  # only our static files and JSON data blocks
        assert script.get("src", "").startswith("/static/") or script.get("type") == "application/json", script
    for link in audit.links:
        assert not link.strip().lower().startswith(("javascript:", "data:", "vbscript:")), link


def test_hostile_article_shows_its_text_escaped(client):
    text = client.get("/articles/4").text
    assert "&lt;script&gt;alert(&#34;xss&#34;)&lt;/script&gt; Mallory" in text
    assert "javascript:alert(document.cookie)" in text  # shown as text ...
    assert 'href="javascript:' not in text  # ... never as a link
    api = client.get("/api/v1/articles/4").json()
    assert api["article"]["url"] == corpus.HOSTILE_URL  # the API returns the data as stored (JSON is not HTML)


def test_chart_data_travels_in_a_json_block_and_stays_inert(client):
    text = client.get("/dyads/KAZ-RUS").text
    block = re.search(r'<script type="application/json" id="dyad-chart-data">(.*?)</script>', text, re.S)
    assert block and '"series"' in block.group(1)
    assert '<script src="/static/plotly.min.js"' in text and '<script src="/static/charts.js"' in text


def test_article_page_highlights_quotes_events_and_actors(client):
    text = client.get("/articles/2").text
    assert 'class="hl hl-quote"' in text and 'class="hl hl-event q3"' in text and 'class="hl hl-actor person"' in text
    assert "We are not beholden to anyone," in text
    assert 'href="https://eurasia.example/border"' in text


def test_render_paragraph_nests_and_escapes():
    html = render_paragraph(
        'A <b> "said" X.',
        [Mark("event", 0, 15, "e"), Mark("quote", 6, 12, "q<"), Mark("actor", 13, 14, "a", "/actors/x"),
         Mark("quote", 50, 99, "out of range"), Mark("actor", 5, 2, "reversed")],
    )
    assert str(html) == (
        '<mark class="hl hl-event" title="e">A &lt;b&gt; </mark>'
        '<mark class="hl hl-event" title="e"><mark class="hl hl-quote" title="q&lt;">&#34;said&#34;</mark></mark>'
        '<mark class="hl hl-event" title="e"> </mark>'
        '<mark class="hl hl-event" title="e"><a class="actor-link" href="/actors/x">'
        '<mark class="hl hl-actor" title="a">X</mark></a></mark>'
        '<mark class="hl hl-event" title="e">.</mark>'
    )


@pytest.mark.parametrize("url,expected", [
    ("https://example.org/a?b=1", "https://example.org/a?b=1"), ("http://x.example", "http://x.example"),
    ("javascript:alert(1)", None), (" JavaScript:alert(1)", None), ("java\tscript:alert(1)", None),
    ("data:text/html,<script>", None), ("//evil.example/x", None), ("/relative", None), ("", None), (None, None),
    ("https://", None), ("vbscript:msgbox", None),
])
def test_safe_url(url, expected):
    assert safe_url(url) == expected


def test_analyze_form_shows_a_result_without_storing(client, db, monkeypatch):
    import faultlines.pipeline

    seen = []

    def fake_analyze(page):
        seen.append(page)
        paragraphs = ["Russia warned Kazakhstan <script>x</script>."]
        return Document(input=page.input, article=Article(title="Pasted <b>story</b>", paragraphs=paragraphs),
                        events=[Event(None, None, "130", 3, -4.4, sentence=paragraphs[0], end=len(paragraphs[0]))])

    monkeypatch.setattr(faultlines.pipeline, "analyze_page", fake_analyze)
    before = client.get("/api/v1/stats").json()
    response = client.post("/analyze", data={"text": "<html><body><p>Russia warned Kazakhstan.</p></body></html>"})
    assert response.status_code == 200
    assert "Pasted &lt;b&gt;story&lt;/b&gt;" in response.text and "&lt;script&gt;x&lt;/script&gt;" in response.text
    assert seen[0].input.kind == "html"
    assert client.get("/api/v1/stats").json() == before


def test_analyze_form_refuses_loopback_urls_and_empty_input(client):
    response = client.post("/analyze", data={"url": "http://127.0.0.1:9/secret"})
    assert response.status_code == 400 and "refused" in response.text
    response = client.post("/analyze", data={"url": "javascript:alert(1)"})
    assert response.status_code == 400
    assert client.post("/analyze", data={}).status_code == 400


def test_pages_follow_a_store_written_meanwhile(tmp_path):
    from faultlines.store import Store

    path = corpus.build_store(tmp_path / "live.db")
    client = TestClient(create_app(path))
    assert client.get("/api/v1/stats").json()["articles"] == 4
    doc = Document(input=Input(url="https://late.example/a", kind="url"),
                   article=Article(title="A late story about Ruritania", published="2026-03-20",
                                   paragraphs=["Ruritania and Freedonia met."]))
    with Store(path) as store:
        assert store.save(doc, hashlib.sha256(b"late").hexdigest()) == "stored"
    assert client.get("/api/v1/stats").json()["articles"] == 5
    assert client.get("/api/v1/articles?q=Ruritania").json()["total"] == 1


def test_serve_with_a_missing_store_is_a_one_line_error(tmp_path, capsys):
    assert cli_main(["serve", "--db", str(tmp_path / "missing.db")]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "missing.db" in err


def test_create_app_refuses_a_file_that_is_not_a_store(tmp_path):
    from faultlines.model import FaultlinesError

    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not sqlite at all" * 100)
    with pytest.raises(FaultlinesError):
        create_app(junk)


def test_serving_a_store_of_an_older_schema_upgrades_it(tmp_path):
    import sqlite3

    from faultlines.store.db import latest_version

    path = version_1_store(tmp_path / "old.db")
    client = TestClient(create_app(path))
    assert client.get("/api/v1/events").json()["total"] == 0
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == latest_version()


def test_an_old_store_the_server_may_not_write_is_a_clear_error(tmp_path, monkeypatch):
    from faultlines.store.db import OutdatedStore

    path = version_1_store(tmp_path / "old.db")
    monkeypatch.setattr("faultlines.web.app.os.access", lambda *_: False)
    with pytest.raises(OutdatedStore, match="schema version 1.*open it once for writing"):
        create_app(path)


def test_tension_from_the_aggregates_equals_the_formula_over_the_events(db):
    """The read API computes series and tension from the totals kept on write; they must equal the relations
    formulas applied to the unique events themselves."""
    from faultlines.relations.series import build_series, group_by_dyad, parse_dyad
    from faultlines.store import Store, queries
    from faultlines.store.read_dyads import unique_events

    with Store(db, readonly=True) as store:
        events = unique_events(store.conn)
        end = max(e["day"] for e in events)
        for period in ("day", "week", "month"):
            for ordered in (False, True):
                latest = {}
                for name, mine in group_by_dyad(events, ordered).items():
                    a, b, _ = parse_dyad(name)
                    expected = build_series(mine, period, until=end)
                    got = queries.dyad_series(store.conn, a, b, period, ordered=ordered)
                    assert [r["period_start"] for r in got] == [r["period_start"] for r in expected]
                    for mine_row, theirs in zip(got, expected, strict=True):
                        for key in ("q0", "q1", "q2", "q3", "q4", "events", "mentions", "goldstein_sum"):
                            assert mine_row[key] == theirs[key], (name, period, key)
                        assert mine_row["tension"] == pytest.approx(theirs["tension"], abs=1e-4)
                    previous = expected[-2]["tension"] if len(expected) > 1 else 0.0
                    latest[name] = (expected[-1]["tension"], expected[-1]["tension"] - previous)
                top = queries.top_dyads(store.conn, period=period, top=100, by="change", ordered=ordered)
                assert {d["dyad"] for d in top} == set(latest)
                for d in top:
                    assert d["tension"] == pytest.approx(latest[d["dyad"]][0], abs=1e-3)
                    assert d["tension_change"] == pytest.approx(latest[d["dyad"]][1], abs=1e-3)
                assert [d["tension_change"] for d in top] == sorted((d["tension_change"] for d in top), reverse=True)


def test_loopback_server_refuses_foreign_host_names(db):
    from faultlines.web.app import LOOPBACK_HOSTS

    client = TestClient(create_app(db, allowed_hosts=LOOPBACK_HOSTS), base_url="http://127.0.0.1:8000")
    assert client.get("/api/v1/stats").status_code == 200
    rebound = client.get("/api/v1/stats", headers={"host": "attacker.example"})
    assert rebound.status_code == 400 and "content-security-policy" in rebound.headers


def test_country_page_shows_internal_events_by_sector_pair(tmp_path):
    from faultlines.model import ActorRef
    from faultlines.store import Store

    try:
        from store_builders import digest, event, make_doc
    except ImportError:  # pragma: no cover
        from tests.store_builders import digest, event, make_doc

    dispersal = event("KAZ", "RUS", "175", 4, -9.0, date="2026-03-02", sentence="Police <b>dispersed</b> protesters.")
    dispersal.source = ActorRef(id="KAZ:COP", name="police", country="KAZ", role="COP")
    dispersal.target = ActorRef(id="KAZ:OPP", name="protesters", country="KAZ", role="OPP")
    denied = event("KAZ", "RUS", "190", 4, -10.0, date="2026-03-02", sentence="Kazakhstan did not attack Russia.")
    denied.mode = "negated"
    doc = make_doc("domestic.html", "Protest in Almaty", events=[dispersal, denied])
    with Store(tmp_path / "d.db") as store:
        store.save(doc, digest(doc))
    client = TestClient(create_app(tmp_path / "d.db"))
    page = client.get("/countries/KAZ").text
    assert "KAZCOP" in page and "KAZOPP" in page and "<b>dispersed" not in page
    low = client.get("/api/v1/events?confidence=low").json()["items"]
    assert [(e["cameo"], e["mode"]) for e in low] == [("190", "negated")] and "negated" in low[0]["excluded"]
    counted = client.get("/api/v1/events").json()["items"]
    assert [e["source"]["code"] for e in counted] == ["KAZCOP"]


def test_docs_render_the_inline_markup_of_the_api_docstrings(client):
    page = client.get("/docs").text
    assert "``" not in page and "<code>mentions</code>" in page
    assert "<code>{items, total, limit, offset}</code>" in page
