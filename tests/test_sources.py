"""Reading inputs: kind detection by content, decoding, WARC, feeds, bad files."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import pytest

from faultlines import settings
from faultlines.model import Page
from faultlines.sources import SourceFailure, SourceStats, read_file, read_inputs
from faultlines.sources.decode import decode_bytes
from faultlines.sources.detect import sniff

FIXTURES = Path(__file__).parent / "fixtures" / "sources"
RUSSIAN_TITLE = "Переговоры о транзите продолжатся"


def pages_and_failures(items):
    items = list(items)
    return [i for i in items if isinstance(i, Page)], [i for i in items if isinstance(i, SourceFailure)]


# --- kind detection ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (b"", "empty"),
        (b"  \n\t ", "empty"),
        (b"\x1f\x8b\x08\x00rest", "gzip"),
        (b"WARC/1.0\r\nWARC-Type: warcinfo\r\n", "warc"),
        (b'<?xml version="1.0"?>\n<rss version="2.0"><channel>', "feed"),
        (b'<?xml version="1.0"?><!-- c --><feed xmlns="http://www.w3.org/2005/Atom">', "feed"),
        (b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">', "feed"),
        (b"<!DOCTYPE html><html><head><title>x</title>", "html"),
        (b"\xef\xbb\xbf<html lang=en><body><p>x</p>", "html"),
        (b"\n\n<div class=story><p>Hello</p></div>", "html"),
        (b"Menu\nSign in\n\nTitle of a story\n\nBody text.\n", "text"),
        (b"\x00\x01\x02\x03binary\x00\x00junk\xff\xfe", "binary"),
        (bytes(range(1, 32)) * 4, "binary"),
        ("<html><body>hi</body></html>".encode("utf-16"), "html"),
    ],
)
def test_sniff_by_content(head, kind):
    assert sniff(head) == kind


def test_kind_comes_from_content_not_name(tmp_path):
    html_named_txt = tmp_path / "story.txt"
    html_named_txt.write_bytes((FIXTURES / "page-utf8.html").read_bytes())
    dump_named_html = tmp_path / "dump.html"
    dump_named_html.write_bytes((FIXTURES / "dump.txt").read_bytes())
    feed_named_html = tmp_path / "feed.html"
    feed_named_html.write_bytes((FIXTURES / "feed-atom.xml").read_bytes())
    pages, failures = pages_and_failures(read_inputs([str(tmp_path)]))
    assert not failures
    kinds = {Path(p.input.path).name: p.input.kind for p in pages}
    assert kinds == {"story.txt": "html", "dump.html": "text", "feed.html": "feed"}


def test_folder_is_read_recursively_in_order_and_skips_non_pages(tmp_path):
    (tmp_path / "b" / "deeper").mkdir(parents=True)
    html = (FIXTURES / "page-utf8.html").read_bytes()
    (tmp_path / "b" / "deeper" / "two.html").write_bytes(html)
    (tmp_path / "a.htm").write_bytes(html)
    (tmp_path / "README.md").write_text("# not a page\n")
    (tmp_path / "script.py").write_text("print('not a page')\n")
    (tmp_path / ".hidden.html").write_bytes(html)
    stats = SourceStats()
    pages, failures = pages_and_failures(read_inputs([str(tmp_path)], stats=stats))
    assert [Path(p.input.path).name for p in pages] == ["a.htm", "two.html"]
    assert all(Path(p.input.path).is_absolute() for p in pages)
    assert stats.pages == 2 and stats.failures == 0 and not failures


# --- bad files -----------------------------------------------------------------------------------


def test_empty_binary_and_missing_inputs_fail_without_stopping_the_rest(tmp_path):
    (tmp_path / "empty.html").write_bytes(b"")
    (tmp_path / "junk.html").write_bytes(bytes(range(256)) * 8)
    good = tmp_path / "good.html"
    good.write_bytes((FIXTURES / "page-utf8.html").read_bytes())
    stats = SourceStats()
    specs = [
        str(tmp_path / "empty.html"),
        str(tmp_path / "missing.html"),
        str(tmp_path / "junk.html"),
        str(good),
    ]
    pages, failures = pages_and_failures(read_inputs(specs, stats=stats))
    assert [p.input.path for p in pages] == [str(good)]
    reasons = {Path(f.input.path).name: f.reason for f in failures}
    assert reasons == {
        "empty.html": "empty file",
        "missing.html": "no such file or folder",
        "junk.html": "not a text page (binary data)",
    }
    assert stats.failures == 3 and stats.pages == 1
    assert str(failures[0]).startswith(str(tmp_path / "empty.html") + ": ")


def test_huge_file_fails_with_a_size_message(tmp_path, monkeypatch):
    monkeypatch.setattr(settings, "MAX_PAGE_BYTES", 2048)
    big = tmp_path / "big.html"
    big.write_bytes(b"<html><body>" + b"<p>words words words</p>" * 400 + b"</body></html>")
    pages, failures = pages_and_failures(read_file(big))
    assert not pages
    assert "too large" in failures[0].reason and "limit" in failures[0].reason


def test_gzipped_html_and_truncated_gzip(tmp_path):
    html = (FIXTURES / "page-utf8.html").read_bytes()
    packed = gzip.compress(html)
    (tmp_path / "page.html.gz").write_bytes(packed)
    (tmp_path / "cut.html.gz").write_bytes(packed[: len(packed) // 2])
    pages, failures = pages_and_failures(read_file(tmp_path / "page.html.gz"))
    assert pages[0].input.kind == "html" and pages[0].text == html.decode()
    pages, failures = pages_and_failures(read_file(tmp_path / "cut.html.gz"))
    assert not pages and "gzip" in failures[0].reason


def test_gzip_bomb_is_capped(tmp_path, monkeypatch):
    monkeypatch.setattr(settings, "MAX_PAGE_BYTES", 10_000)
    (tmp_path / "bomb.html.gz").write_bytes(gzip.compress(b"<html>" + b" " * 1_000_000))
    pages, failures = pages_and_failures(read_file(tmp_path / "bomb.html.gz"))
    assert not pages and "decompressed" in failures[0].reason


# --- encodings -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["page-cp1251-undeclared.html", "page-cp1251-meta.html", "page-cp1251-declared-utf8.html"]
)
def test_windows_1251_pages_come_out_as_cyrillic(name):
    (page,) = read_file(FIXTURES / name)
    assert RUSSIAN_TITLE in page.text
    assert page.encoding == "cp1251"


def test_decoding_order():
    text = "Кремль заявил — «переговоры продолжатся»."
    assert decode_bytes(text.encode("utf-16"))[0] == text  # BOM
    assert decode_bytes(text.encode("cp1251"), "windows-1251") == (text, "cp1251")  # HTTP charset
    assert decode_bytes("Кремль заявил".encode("koi8-r"), "koi8-r")[0] == "Кремль заявил"
    # A stale latin-1 declaration on UTF-8 bytes: the bytes win.
    assert decode_bytes("Café déjà vu".encode(), "iso-8859-1") == ("Café déjà vu", "utf-8")
    # latin-1 label means windows-1252, as in browsers.
    assert decode_bytes("“quoted”".encode("cp1252"), "iso-8859-1")[0] == "“quoted”"
    # An unknown label is ignored.
    assert decode_bytes(b"plain", "no-such-charset") == ("plain", "utf-8")


# --- WARC ----------------------------------------------------------------------------------------


def make_warc(gz: bool) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gz)
    writer.write_record(writer.create_warcinfo_record("test.warc", {"software": "test"}))

    def response(uri, body, content_type, status="200 OK"):
        headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            uri,
            "response",
            payload=io.BytesIO(body),
            http_headers=headers,
            warc_headers_dict={"WARC-Date": "2026-10-01T12:00:00Z"},
        )
        writer.write_record(record)

    for number in range(3):
        body = f"<html><body><h1>Story {number}</h1><p>{'Text of the story. ' * 300}</p></body></html>"
        response(f"https://wire.example/story-{number}", body.encode(), "text/html; charset=utf-8")
        if number == 0:
            response("https://wire.example/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(200), "image/png")
            response(
                "https://wire.example/missing", b"<html>gone</html>", "text/html", status="404 Not Found"
            )
    russian = f"<html><body><p>{RUSSIAN_TITLE}</p></body></html>".encode("cp1251")
    response("https://wire.example/ru", russian, "text/html; charset=windows-1251")
    return buffer.getvalue()


@pytest.mark.parametrize("gz", [True, False])
def test_warc_pages_keep_target_uri_and_date_and_skip_non_html(tmp_path, gz):
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    path.write_bytes(make_warc(gz))
    stats = SourceStats()
    pages, failures = pages_and_failures(read_inputs([str(path)], stats=stats))
    assert not failures
    assert [p.input.url for p in pages] == [
        "https://wire.example/story-0",
        "https://wire.example/story-1",
        "https://wire.example/story-2",
        "https://wire.example/ru",
    ]
    assert {p.input.kind for p in pages} == {"warc"} and {p.input.path for p in pages} == {str(path)}
    assert pages[0].fetched == "2026-10-01T12:00:00Z"
    assert RUSSIAN_TITLE in pages[3].text
    assert stats.skipped_records == 2  # the PNG and the 404
    assert stats.pages == 4


def test_warc_detected_by_content_whatever_its_name(tmp_path):
    path = tmp_path / "crawl.bin.html"
    path.write_bytes(make_warc(True))
    pages, failures = pages_and_failures(read_file(path))
    assert len(pages) == 4 and not failures


@pytest.mark.parametrize("gz", [True, False])
def test_truncated_warc_keeps_records_before_the_damage(tmp_path, gz):
    data = make_warc(gz)
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(data[: int(len(data) * 0.7)])
    pages, failures = pages_and_failures(read_file(path))
    assert 1 <= len(pages) < 4
    assert [p.input.url for p in pages] == [f"https://wire.example/story-{n}" for n in range(len(pages))]
    assert all(p.text.rstrip().endswith("</html>") for p in pages)  # no half page
    assert len(failures) == 1
    assert "WARC" in failures[0].reason and (
        "truncated" in failures[0].reason or "damaged" in failures[0].reason
    )


# --- feeds ---------------------------------------------------------------------------------------


def test_feed_full_text_entries_become_pages_and_link_entries_are_fetched():
    pages, failures = pages_and_failures(read_file(FIXTURES / "feed-mixed.xml"))
    assert [p.input.url for p in pages] == [
        "https://digest.example/2026/10/full-text-entry",
        "https://digest.example/2026/10/second-entry",
    ]
    first = pages[0]
    assert first.input.kind == "feed" and first.input.path == str(FIXTURES / "feed-mixed.xml")
    assert first.feed_title == "Full text entry about the talks"
    assert first.feed_published == "2026-10-13T08:30:00Z"
    assert "send a delegation" in first.text
    # The link-only entry points at a loopback address: it was fetched, and refused.
    assert len(failures) == 1 and failures[0].input.url == "http://127.0.0.1:9/never-fetched"
    assert "private" in failures[0].reason


def test_atom_feed_content():
    (page,) = read_file(FIXTURES / "feed-atom.xml")
    assert page.input.url == "https://atom.example/a1" and page.feed_title == "Atom full text"
    assert "<p>Paragraph 0" in page.text


def test_malformed_feed_is_a_failure():
    pages, failures = pages_and_failures(read_file(FIXTURES / "feed-malformed.xml"))
    assert not pages and len(failures) == 1
    assert failures[0].reason.startswith("malformed feed")


def test_feed_option_on_a_page_that_is_no_feed():
    pages, failures = pages_and_failures(read_inputs([], feeds=[str(FIXTURES / "page-utf8.html")]))
    assert not pages and failures[0].reason.startswith("not a feed")


def test_text_dump_page():
    (page,) = read_file(FIXTURES / "dump.txt")
    assert page.input.kind == "text" and page.content_type == "text/plain"
    assert "Border talks resume" in page.text


def test_warc_without_html_pages_is_reported(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "images.warc.gz"
    with open(path, "wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "image/jpeg")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                "https://x.example/a.jpg",
                "response",
                payload=io.BytesIO(b"\xff\xd8" + bytes(50)),
                http_headers=headers,
            )
        )
    stats = SourceStats()
    pages, failures = pages_and_failures(read_inputs([str(path)], stats=stats))
    assert not pages and failures[0].reason == "no HTML pages in the WARC file (1 other record(s) skipped)"
    assert stats.skipped_records == 1


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_special_files_are_not_read():
    pages, failures = pages_and_failures(read_inputs(["/dev/zero"]))
    assert not pages and failures[0].reason == "not a regular file"


def test_url_without_scheme_gets_a_hint(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (failure,) = read_inputs(["example.com/news/story"])
    assert failure.reason == "no such file or folder (for a URL, start it with https://)"


def test_local_pages_are_dated_by_their_file_time(tmp_path):
    import os

    from faultlines.sources import read_inputs

    page = tmp_path / "dump.txt"
    page.write_text("A title\n\nA paragraph of body text that is long enough to be an article.\n")
    os.utime(page, (1_780_000_000, 1_780_000_000))
    (read,) = list(read_inputs([str(page)]))
    assert read.fetched.startswith("2026-05-28")
