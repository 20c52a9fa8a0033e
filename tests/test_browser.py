"""The dashboard in a real headless Chromium (Debian's package, driven by Playwright; never a downloaded browser).

Opens the overview, follows a dyad and sees its chart drawn, searches, opens an article with highlighted quotes,
and checks that the hostile article runs no script. Screenshots go to test-artifacts/ (git-ignored).
Skipped when no system Chromium is installed.
"""

from __future__ import annotations

import os
import shutil
import socket
import sys
import threading
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

CHROMIUM = next((p for p in (os.environ.get("FAULTLINES_CHROMIUM"), shutil.which("chromium"),
                             shutil.which("chromium-browser"), "/usr/bin/chromium") if p and Path(p).is_file()), None)
if CHROMIUM is None:
    pytest.skip("no system chromium installed (apt-get install chromium)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api")
uvicorn = pytest.importorskip("uvicorn")

from faultlines.web import create_app  # noqa: E402

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "web"))
import corpus  # noqa: E402

ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--no-first-run"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    db = corpus.build_store(tmp_path_factory.mktemp("browser") / "store.db")
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline:
            pytest.fail("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.problems = []
    page.on("pageerror", lambda exc: page.problems.append(f"pageerror: {exc}"))
    page.on("console", lambda msg: msg.type == "error" and page.problems.append(f"console: {msg.text}"))
    page.on("dialog", lambda dialog: (page.problems.append(f"dialog: {dialog.message}"), dialog.dismiss()))
    yield page
    context.close()


def _shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_overview_dyad_chart_search_and_article(page, base_url):
    page.goto(base_url + "/")
    assert page.locator("h1").inner_text() == "Overview"
    assert page.locator("table.dyads a", has_text="KAZ–RUS").count() == 1
    _shot(page, "overview")

    page.locator("table.dyads a", has_text="KAZ–RUS").click()
    page.wait_for_url("**/dyads/KAZ-RUS")
    page.wait_for_selector("#dyad-chart svg.main-svg", timeout=20_000)
    assert page.locator("#dyad-chart .bars path, #dyad-chart .scatterlayer path").count() > 0
    assert page.locator("ol.events li.event").count() >= 5
    _shot(page, "dyad")

    page.fill("header input[name=q]", "beholden")
    page.press("header input[name=q]", "Enter")
    page.wait_for_url("**/search?q=beholden")
    assert page.locator("ul.articles a.title").count() >= 2
    assert page.locator("ul.quotes li", has_text="We are not beholden").count() >= 1
    _shot(page, "search")

    page.locator("ul.articles a.title").first.click()
    page.wait_for_selector("mark.hl-quote")
    quotes = page.locator("mark.hl-quote").all_inner_texts()
    assert any("We are not beholden to anyone" in q for q in quotes)
    assert page.locator("mark.hl-event").count() >= 3 and page.locator("mark.hl-actor").count() >= 4
    _shot(page, "article")
    assert not page.problems, page.problems


def test_search_form_with_filters(page, base_url):
    page.goto(base_url + "/search")
    page.fill("form.filters input[name=q]", "Kazakhstan")
    page.select_option("form.filters select[name=type]", "events")
    page.select_option("form.filters select[name=quad_class]", "3")
    page.click("form.filters button")
    page.wait_for_selector("ol.events")
    heads = page.locator("ol.events li.event .quad").all_inner_texts()
    assert heads and set(heads) == {"Verbal conflict"}
    _shot(page, "search-filters")
    assert not page.problems, page.problems


def test_hostile_article_runs_no_script(page, base_url):
    page.goto(base_url + "/articles/4")
    assert "<script>" in page.locator("h1").inner_text()  # the text is shown, as text
    assert page.evaluate("document.querySelectorAll('article script, article img').length") == 0
    page.wait_for_timeout(300)
    assert not [p for p in page.problems if p.startswith(("dialog", "pageerror"))]
    _shot(page, "hostile")


def test_actor_page_chart(page, base_url):
    page.goto(base_url + "/actors/person:kassym-jomart-tokayev")
    page.wait_for_selector("#actor-chart svg.main-svg", timeout=20_000)
    _shot(page, "actor")
    assert not page.problems, page.problems


def test_pages_work_without_javascript(browser, base_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(base_url + "/dyads/KAZ-RUS")
    assert page.locator("table.series tbody tr").count() >= 2  # the data, without the chart
    page.goto(base_url + "/search?q=Tokayev")
    assert page.locator("ul.articles li").count() >= 2
    context.close()
