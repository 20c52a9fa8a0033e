"""Bytes to text: BOM, then declared charsets (HTTP, ``<meta>``, XML prolog), then detection.

A declaration is trusted only when the bytes decode under it; a page declared UTF-8 that is not, or an
undeclared legacy page (windows-1251 Russian, say), falls through to charset-normalizer's detection.
"""

from __future__ import annotations

import codecs
import re

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9._:-]+)""", re.I)
_HEAD_BYTES = 8192
# Browsers read these labels as windows-1252 (WHATWG Encoding Standard); so do we.
_ALIASES = {
    "iso-8859-1": "cp1252",
    "latin-1": "cp1252",
    "latin1": "cp1252",
    "ascii": "cp1252",
    "us-ascii": "cp1252",
    "iso8859-1": "cp1252",
    "x-user-defined": "cp1252",
}
_SINGLE_BYTE = {
    "cp1252",
    "cp1251",
    "cp1250",
    "cp1253",
    "cp1254",
    "cp1255",
    "cp1256",
    "cp1257",
    "cp1258",
    "iso8859-2",
    "iso8859-5",
    "iso8859-15",
    "koi8-r",
    "koi8-u",
    "mac-roman",
    "cp866",
}


def charset_from_content_type(content_type: str | None) -> str | None:
    """The ``charset=`` parameter of an HTTP Content-Type header, if any."""
    if not content_type:
        return None
    match = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9._:-]+)", content_type, re.I)
    return match.group(1) if match else None


def declared_in_markup(data: bytes) -> str | None:
    """The charset a page declares for itself in ``<meta>`` or its XML prolog."""
    head = data[:_HEAD_BYTES]
    match = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    return match.group(1).decode("ascii", "replace") if match else None


def normalise_charset(name: str | None) -> str | None:
    """A Python codec name for a declared charset label, or ``None`` when Python does not know it."""
    if not name:
        return None
    label = _ALIASES.get(name.strip().lower(), name.strip().lower())
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _try(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode a page; returns ``(text, encoding used)``. Never raises: the last resort replaces bad bytes."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = _try(data[len(bom) :], encoding)
            if text is not None:
                return text, encoding
    is_utf8 = _try(data, "utf-8")
    for label in (declared, declared_in_markup(data)):
        encoding = normalise_charset(label)
        if not encoding:
            continue
        if encoding in {"utf-16", "utf-16-le", "utf-16-be", "utf-32"} and b"\x00" not in data[:_HEAD_BYTES]:
            continue  # a page that says UTF-16 in ASCII bytes is not UTF-16
        if encoding in _SINGLE_BYTE and is_utf8 is not None and not data.isascii():
            # Valid multi-byte UTF-8 almost never happens by chance: the declaration is stale.
            return is_utf8, "utf-8"
        text = is_utf8 if encoding == "utf-8" else _try(data, encoding)
        if text is not None:
            return text, encoding
    if is_utf8 is not None:
        return is_utf8, "utf-8"
    return _detect(data)


def _detect(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data[: 256 * 1024]).best()
    if best is not None and best.encoding:
        text = _try(data, best.encoding)
        if text is not None:
            return text, normalise_charset(best.encoding) or best.encoding
    return data.decode("utf-8", "replace"), "utf-8"
