"""Property tests: reading arbitrary bytes as an input never raises; it yields pages or failures."""

from __future__ import annotations

import gzip
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from faultlines.model import Page
from faultlines.sources import SourceFailure, read_file
from faultlines.sources.decode import decode_bytes
from faultlines.sources.detect import sniff

PREFIXES = [
    b"",
    b"\x1f\x8b",
    b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03",
    b"WARC/1.0\r\n",
    b"WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\n",
    b'<?xml version="1.0"?><rss version="2.0"><channel><item><title>',
    b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><content type="html">',
    b"<!DOCTYPE html><html><head><meta charset='",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
]
inputs = st.builds(lambda prefix, body: prefix + body, st.sampled_from(PREFIXES), st.binary(max_size=3000))


def read_bytes(data: bytes, suffix: str) -> list:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        return list(read_file(path))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=inputs, suffix=st.sampled_from([".html", ".txt", ".warc.gz", ".xml", ""]))
def test_any_bytes_give_pages_or_failures_never_exceptions(data, suffix):
    items = read_bytes(data, suffix)
    assert items  # every input gives at least one page or one failure: nothing is silently dropped
    for item in items:
        assert isinstance(item, Page | SourceFailure)
        if isinstance(item, SourceFailure):
            assert item.reason and "\n" not in item.reason
        else:
            assert isinstance(item.text, str)


@settings(max_examples=60, deadline=None)
@given(body=st.binary(max_size=2000))
def test_gzipped_garbage_and_truncations_never_raise(body):
    packed = gzip.compress(body)
    for cut in (len(packed), len(packed) // 2, 12):
        for item in read_bytes(packed[:cut], ".html.gz"):
            assert isinstance(item, Page | SourceFailure)


@given(
    data=st.binary(max_size=2000),
    declared=st.sampled_from([None, "utf-8", "windows-1251", "utf-16", "bogus"]),
)
def test_decode_and_sniff_are_total(data, declared):
    text, encoding = decode_bytes(data, declared)
    assert isinstance(text, str) and encoding
    assert sniff(data) in {"gzip", "warc", "feed", "html", "text", "binary", "empty"}


HTML_BITS = st.sampled_from(
    [
        "<html>",
        "<head>",
        "<title>",
        "</title>",
        "<body>",
        "<p>",
        "</p>",
        "<div class=x>",
        "</div>",
        "<script>",
        "<meta charset=koi8-r>",
        "<h1>",
        "Title",
        "Said the minister.",
        "\u201cQuoted,\u201d he said.",
        "&amp;",
        "&#xD800;",
        "\x00",
        "\n",
        " ",
        "<br>",
        "<article>",
        "By Jane Doe",
        "2026-10-01",
        "<![CDATA[",
        "<!--",
    ]
)
pages_text = st.lists(HTML_BITS | st.text(max_size=40), max_size=60).map("".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=pages_text, suffix=st.sampled_from([".html", ".txt"]))
def test_reading_then_extracting_never_raises(text, suffix):
    from faultlines.pipeline import analyze_page

    for item in read_bytes(text.encode("utf-8", "surrogatepass"), suffix):
        if isinstance(item, Page):
            doc = analyze_page(item, stages=("extract",))
            assert doc.error or doc.article.paragraphs
