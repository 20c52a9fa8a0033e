"""Fetching URLs against a local HTTP server: private-address refusal, caps, timeouts, HTTP errors."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from faultlines import settings
from faultlines.model import Input, Page
from faultlines.sources import SourceFailure, fetch, read_inputs
from faultlines.sources.fetch import FetchError, check_public, fetch_url

FIXTURES = Path(__file__).parent / "fixtures" / "sources"
PAGE = (FIXTURES / "page-utf8.html").read_bytes()
RUSSIAN = (FIXTURES / "page-cp1251-undeclared.html").read_bytes()


class Handler(BaseHTTPRequestHandler):
    agents: list[str] = []

    def log_message(self, *args):  # keep test output quiet
        pass

    def _send(self, status, body=b"", content_type="text/html; charset=utf-8", headers=()):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):  # noqa: N802 (http.server's name)
        Handler.agents.append(self.headers.get("User-Agent", ""))
        path = self.path
        if path == "/page":
            self._send(200, PAGE)
        elif path == "/russian":
            self._send(200, RUSSIAN, "text/html; charset=windows-1251")
        elif path == "/feed":
            self._send(200, (FIXTURES / "feed-atom.xml").read_bytes(), "application/atom+xml")
        elif path == "/links.rss":
            base = f"http://127.0.0.1:{self.server.server_port}"
            items = "".join(
                f"<item><title>Entry {n}</title><link>{base}{target}</link>"
                f"<pubDate>Mon, 0{n} Nov 2026 10:00:00 GMT</pubDate><description>Teaser only.</description></item>"
                for n, target in ((1, "/page"), (2, "/nowhere"))
            )
            rss = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Links</title>{items}</channel></rss>'
            self._send(200, rss.encode(), "application/rss+xml")
        elif path == "/big":
            self._send(200, b"<html>" + b"x" * 50_000)
        elif path == "/big-chunked":  # no Content-Length: the cap must hold while streaming
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(50):
                self.wfile.write(b"<p>" + b"y" * 1000)
            self.close_connection = True
        elif path.startswith("/hop/"):
            left = int(path.rsplit("/", 1)[1])
            target = "/page" if left == 0 else f"/hop/{left - 1}"
            self._send(302, headers=[("Location", target)])
        elif path == "/loop":
            self._send(301, headers=[("Location", "/loop")])
        elif path == "/to-name":
            self._send(302, headers=[("Location", f"http://localhost:{self.server.server_port}/page")])
        elif path == "/slow":
            time.sleep(1.5)
            self._send(200, PAGE)
        elif path == "/empty":
            self._send(200, b"")
        else:
            self._send(404, b"<html>not here</html>")


class QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):  # clients hanging up on purpose (size cap, timeout)
        pass


@pytest.fixture(scope="module")
def server():
    httpd = QuietServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    httpd.server_close()


def read_one(url, **kwargs):
    items = list(read_inputs([url], **kwargs))
    assert len(items) == 1, items
    return items[0]


def test_private_address_refused_by_default(server):
    item = read_one(f"{server}/page")
    assert isinstance(item, SourceFailure)
    assert item.input.url == f"{server}/page"
    assert "private" in item.reason and "--allow-private" in item.reason


def test_allowed_with_allow_private_and_honest_user_agent(server):
    Handler.agents.clear()
    page = read_one(f"{server}/page", allow_private=True)
    assert isinstance(page, Page)
    assert page.input.kind == "url" and page.input.url == f"{server}/page"
    assert "Border talks resume" in page.text
    assert Handler.agents == [settings.USER_AGENT]


def test_http_charset_is_honoured(server):
    page = read_one(f"{server}/russian", allow_private=True)
    assert "Переговоры о транзите продолжатся" in page.text


def test_feed_url_is_read_as_feed(server):
    page = read_one(f"{server}/feed", allow_private=True)
    assert page.input.kind == "feed" and page.input.url == "https://atom.example/a1"


def test_http_error_status(server):
    item = read_one(f"{server}/nowhere", allow_private=True)
    assert isinstance(item, SourceFailure) and item.reason == "HTTP 404 Not Found"


def test_empty_response(server):
    item = read_one(f"{server}/empty", allow_private=True)
    assert isinstance(item, SourceFailure) and item.reason == "empty response"


@pytest.mark.parametrize("path", ["/big", "/big-chunked"])
def test_size_cap(server, monkeypatch, path):
    monkeypatch.setattr(settings, "MAX_PAGE_BYTES", 10_000)
    item = read_one(f"{server}{path}", allow_private=True)
    assert isinstance(item, SourceFailure) and item.reason.startswith("page too large")


def test_redirects_followed_up_to_the_cap(server, monkeypatch):
    monkeypatch.setattr(settings, "FETCH_MAX_REDIRECTS", 3)
    page = read_one(f"{server}/hop/2", allow_private=True)
    assert isinstance(page, Page) and page.input.url == f"{server}/page"
    item = read_one(f"{server}/hop/5", allow_private=True)
    assert isinstance(item, SourceFailure) and "too many redirects" in item.reason
    item = read_one(f"{server}/loop", allow_private=True)
    assert "too many redirects" in item.reason


def test_every_redirect_hop_is_checked(server, monkeypatch):
    checked = []

    def only_numeric_loopback(url):
        checked.append(url)
        if "localhost" in url:
            raise FetchError("refused to fetch localhost (127.0.0.1): private, loopback or reserved address")

    monkeypatch.setattr(fetch, "check_public", only_numeric_loopback)
    monkeypatch.setattr(fetch, "_public_only_transport", lambda: None)  # this test is about the pre-check
    with pytest.raises(FetchError, match="refused to fetch localhost"):
        fetch_url(f"{server}/to-name")
    assert checked == [f"{server}/to-name", checked[-1]] and checked[-1].startswith("http://localhost:")


def test_timeout(server, monkeypatch):
    monkeypatch.setattr(settings, "FETCH_TIMEOUT_S", 0.3)
    started = time.monotonic()
    item = read_one(f"{server}/slow", allow_private=True)
    assert isinstance(item, SourceFailure) and item.reason.startswith("timed out")
    assert time.monotonic() - started < 1.4


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/",
        "http://localhost:8080/x",
        "http://10.1.2.3/",
        "http://192.168.0.10/",
        "http://172.16.5.5/",
        "http://169.254.169.254/latest/meta-data/",
        "http://100.64.0.1/",
        "http://0.0.0.0/",
        "http://224.0.0.251/",
        "http://240.0.0.1/",
        "http://[::1]/",
        "http://[fe80::1]/",
        "http://[fc00::1]/",
        "http://[::ffff:127.0.0.1]/",
        "http://[ff02::1]/",
    ],
)
def test_check_public_refuses_non_global_addresses(url):
    with pytest.raises(FetchError, match="refused"):
        check_public(url)


@pytest.mark.parametrize("url", ["http://8.8.8.8/", "https://[2001:4860:4860::8888]/"])
def test_check_public_allows_global_addresses(url):
    check_public(url)


@pytest.mark.parametrize("url", ["ftp://example.com/x", "http:///nohost"])
def test_bad_urls(url):
    with pytest.raises(FetchError):
        check_public(url)


def test_connected_address_is_checked_too(server, monkeypatch):
    """A host that passes the resolution check but connects to loopback (DNS rebinding) is refused."""
    monkeypatch.setattr(fetch, "check_public", lambda url: None)
    with pytest.raises(FetchError, match=r"refused to fetch 127\.0\.0\.1 \(127\.0\.0\.1\)"):
        fetch_url(f"{server}/page")
    assert fetch_url(f"{server}/page", allow_private=True).content == PAGE


def test_feed_link_entries_are_fetched(server):
    items = list(read_inputs([], feeds=[f"{server}/links.rss"], allow_private=True))
    page, failure = items
    assert isinstance(page, Page) and page.input == Input(url=f"{server}/page", kind="feed")
    assert page.feed_title == "Entry 1" and page.feed_published == "2026-11-01T10:00:00Z"
    assert "Border talks resume" in page.text
    assert isinstance(failure, SourceFailure) and failure.input.url == f"{server}/nowhere"
    assert failure.reason == "HTTP 404 Not Found"
