"""What kind of input a stream of bytes is, judged by its content rather than its file name."""

from __future__ import annotations

import re
import zlib
from typing import Literal

Kind = Literal["gzip", "warc", "feed", "html", "text", "binary", "empty"]

GZIP_MAGIC = b"\x1f\x8b"
_SNIFF = 4096
_TEXT_CONTROLS = {9, 10, 12, 13, 27}
_FEED_ROOT = re.compile(
    rb"^(?:\s|<\?xml[^>]*\?>|<!--.*?-->|<!DOCTYPE[^>]*>|<\?xml-stylesheet[^>]*\?>)*<(rss|feed|(?:\w+:)?RDF)\b",
    re.S | re.I,
)
_HTML_MARKERS = re.compile(
    rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<title>|<div[\s>]|<p[\s>]|<article[\s>]",
    re.I,
)
_CONTROL_BYTES = bytes(b for b in range(1, 32) if b not in _TEXT_CONTROLS)


def sniff(head: bytes) -> Kind:
    """Classify the first bytes of an input (a few KB are enough)."""
    head = head[:_SNIFF]
    if not head.strip():
        return "empty"
    if head.startswith(GZIP_MAGIC):
        return "gzip"
    body = _strip_bom(head)
    if body.lstrip().startswith(b"WARC/1."):
        return "warc"
    if _looks_binary(head):
        return "binary"
    if _FEED_ROOT.match(body):
        return "feed"
    if body.lstrip()[:1] == b"<" or _HTML_MARKERS.search(body):
        return "html"
    return "text"


def gunzip_head(data: bytes, size: int = _SNIFF) -> bytes:
    """The first ``size`` decompressed bytes of gzip data (as many as can be had from damaged data)."""
    inflater = zlib.decompressobj(wbits=31)
    try:
        return inflater.decompress(data, size)
    except zlib.error:
        return b""


def _strip_bom(data: bytes) -> bytes:
    for bom in (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"):
        if data.startswith(bom):
            data = data[len(bom) :]
            break
    if data[:2].count(0) == 1 and data[1::2].count(0) > len(data) // 3:
        data = data[::2]  # UTF-16-LE text: sniff its ASCII bytes
    elif data[:2].count(0) == 1 and data[0::2].count(0) > len(data) // 3:
        data = data[1::2]
    return data


def _looks_binary(head: bytes) -> bool:
    """NUL bytes (outside UTF-16 text) or many control characters mean this is not a text page."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    zeros = head.count(0)
    if zeros and not (head[1::2].count(0) > len(head) // 3 or head[0::2].count(0) > len(head) // 3):
        return True
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return controls > max(2, len(head) // 50)
