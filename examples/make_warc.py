"""Build examples/crawl/meridian-wire-2026-q4.warc.gz from the pages in examples/warc-source/.

Each ``*.html.in`` file holds the target URI on its first line, the crawl date (WARC-Date) on its second and
the HTML page after them. The WARC gets a warcinfo record, a request and a response record per page, and two
non-HTML responses (robots.txt and a PNG logo) that faultlines skips and counts. Record ids and dates are
derived from the inputs, so running the script again gives the same records.

Run from the repository root: ``.venv/bin/python examples/make_warc.py``. The pages are fictional.
"""

from __future__ import annotations

import io
import uuid
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "warc-source"
TARGET = HERE / "crawl" / "meridian-wire-2026-q4.warc.gz"
PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
    b"\x00\x00\x00\rIDATx\x9cc\xf8\xff\xff?\x00\x05\xfe\x02\xfe\xa7\x35\x81\x84\x00\x00\x00\x00IEND\xaeB`\x82"
)


def record_id(*parts: str) -> str:
    return f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, '|'.join(parts))}>"


def write_response(writer: WARCWriter, uri: str, date: str, body: bytes, content_type: str) -> None:
    request = StatusAndHeaders(
        f"GET /{uri.split('/', 3)[-1]} HTTP/1.1",
        [("Host", uri.split("/")[2]), ("User-Agent", "faultlines-example-crawler/1.0")],
        is_http_request=True,
    )
    writer.write_record(
        writer.create_warc_record(
            uri,
            "request",
            http_headers=request,
            warc_headers_dict={"WARC-Date": date, "WARC-Record-ID": record_id("request", uri, date)},
        )
    )
    headers = StatusAndHeaders(
        "200 OK",
        [("Content-Type", content_type), ("Content-Length", str(len(body))), ("Server", "example")],
        protocol="HTTP/1.1",
    )
    writer.write_record(
        writer.create_warc_record(
            uri,
            "response",
            payload=io.BytesIO(body),
            http_headers=headers,
            warc_headers_dict={"WARC-Date": date, "WARC-Record-ID": record_id("response", uri, date)},
        )
    )


def main() -> None:
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    with open(TARGET, "wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        info = writer.create_warcinfo_record(
            TARGET.name,
            {
                "software": "examples/make_warc.py (warcio)",
                "description": "Fictional example pages for faultlines",
            },
        )
        info.rec_headers.replace_header("WARC-Record-ID", record_id("warcinfo", TARGET.name))
        info.rec_headers.replace_header("WARC-Date", "2026-11-16T12:00:00Z")
        writer.write_record(info)
        write_response(
            writer,
            "https://meridianwire.example/robots.txt",
            "2026-10-10T18:29:00Z",
            b"User-agent: *\nDisallow: /search\n",
            "text/plain",
        )
        write_response(
            writer, "https://meridianwire.example/static/logo.png", "2026-10-10T18:29:30Z", PNG, "image/png"
        )
        for source in sorted(SOURCE.glob("*.html.in")):
            uri, date, page = source.read_text(encoding="utf-8").split("\n", 2)
            write_response(
                writer, uri.strip(), date.strip(), page.encode("utf-8"), "text/html; charset=utf-8"
            )
    print(f"wrote {TARGET.relative_to(HERE.parent)}")


if __name__ == "__main__":
    main()
