"""Fetching user-given URLs with httpx: timeouts, a size cap, a redirect cap, an honest user agent.

Article URLs come from users and from feeds, so they are hostile: unless ``allow_private`` is set, every host
(and every redirect hop) is resolved and refused when any of its addresses is private, loopback, link-local,
multicast, reserved or otherwise not globally routable.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

from faultlines import settings
from faultlines.model import FaultlinesError

_REDIRECTS = {301, 302, 303, 307, 308}


class FetchError(FaultlinesError):
    """A URL could not be fetched; the message says why in a few words."""


@dataclass
class Fetched:
    """A fetched response body with what the server said about it."""

    url: str  # the final URL, after redirects
    content: bytes
    content_type: str | None = None
    date: str | None = None  # ISO 8601 from the HTTP Date header


def is_url(spec: str) -> bool:
    return spec.lower().startswith(("http://", "https://"))


def check_public(url: str) -> None:
    """Raise :class:`FetchError` unless every address of the URL's host is publicly routable."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise FetchError(f"unsupported URL scheme {parts.scheme!r}")
    host = parts.hostname
    if not host:
        raise FetchError("URL has no host")
    try:
        addresses = {ipaddress.ip_address(host)}
    except ValueError:
        try:
            port = parts.port or (443 if parts.scheme == "https" else 80)
            infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
        except (OSError, UnicodeError, ValueError) as exc:
            raise FetchError(f"cannot resolve host {host!r} ({exc})") from None
        addresses = {ipaddress.ip_address(info[4][0].split("%")[0]) for info in infos}
    for address in addresses:
        if _is_private(address):
            raise FetchError(
                f"refused to fetch {host} ({address}): private, loopback or reserved address "
                "(use --allow-private to allow it)"
            )


def _is_private(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(address, ipaddress.IPv6Address):
        mapped = address.ipv4_mapped or address.sixtofour
        if mapped is not None:
            return _is_private(mapped)
    return (
        not address.is_global
        or address.is_multicast
        or address.is_reserved
        or address.is_link_local
        or address.is_loopback
        or address.is_unspecified
    )


def fetch_url(
    url: str,
    *,
    allow_private: bool = False,
    timeout: float | None = None,
    max_bytes: int | None = None,
    max_redirects: int | None = None,
) -> Fetched:
    """GET ``url`` following at most ``max_redirects`` redirects; raises :class:`FetchError` on any failure."""
    import httpx

    timeout = settings.FETCH_TIMEOUT_S if timeout is None else timeout
    max_bytes = settings.MAX_PAGE_BYTES if max_bytes is None else max_bytes
    max_redirects = settings.FETCH_MAX_REDIRECTS if max_redirects is None else max_redirects
    headers = {
        "User-Agent": settings.USER_AGENT,
        "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.5",
    }
    deadline = time.monotonic() + 3 * timeout
    with httpx.Client(
        headers=headers,
        timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
        follow_redirects=False,
        transport=None if allow_private else _public_only_transport(),
    ) as client:
        for _hop in range(max_redirects + 1):
            if not allow_private:
                check_public(url)
            try:
                with client.stream("GET", url) as response:
                    if response.status_code in _REDIRECTS and response.headers.get("location"):
                        url = urljoin(str(response.url), response.headers["location"])
                        continue
                    if response.status_code >= 400:
                        phrase = response.reason_phrase or ""
                        raise FetchError(f"HTTP {response.status_code} {phrase}".strip())
                    content = _read_capped(response, max_bytes, deadline, timeout)
                    return Fetched(
                        url=str(response.url),
                        content=content,
                        content_type=response.headers.get("content-type"),
                        date=_http_date(response.headers.get("date")),
                    )
            except httpx.TimeoutException:
                raise FetchError(f"timed out after {timeout:g} s") from None
            except httpx.InvalidURL as exc:
                raise FetchError(f"invalid URL ({exc})") from None
            except httpx.HTTPError as exc:
                raise FetchError(f"fetch failed: {type(exc).__name__}: {exc}".rstrip(": ")) from None
    raise FetchError(f"too many redirects (more than {max_redirects})")


def _public_only_transport():
    """An httpx transport that also checks the address it actually connected to.

    :func:`check_public` resolves the host before each request; a DNS answer that changes between that check
    and the connection (DNS rebinding) is caught here, on the connected socket's peer address.
    """
    import httpcore
    import httpx

    transport = httpx.HTTPTransport()
    pool = getattr(transport, "_pool", None)
    if isinstance(pool, httpcore.ConnectionPool) and hasattr(pool, "_network_backend"):
        pool._network_backend = _PublicOnlyBackend(pool._network_backend)
    return transport


class _PublicOnlyBackend:
    """Wraps an httpcore network backend: refuses connections whose peer address is not public."""

    def __init__(self, inner) -> None:
        self._inner = inner

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        stream = self._inner.connect_tcp(host, port, timeout, local_address, socket_options)
        peer = stream.get_extra_info("server_addr")
        if peer:
            address = ipaddress.ip_address(str(peer[0]).split("%")[0])
            if _is_private(address):
                stream.close()
                raise FetchError(
                    f"refused to fetch {host} ({address}): private, loopback or reserved address "
                    "(use --allow-private to allow it)"
                )
        return stream

    def connect_unix_socket(self, *args, **kwargs):
        raise FetchError("unix sockets are not fetched")

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def _read_capped(response, max_bytes: int, deadline: float, timeout: float) -> bytes:
    declared = response.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(f"page too large: {_mib(int(declared))} (limit {_mib(max_bytes)})")
    chunks, size = [], 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(f"page too large: more than {_mib(max_bytes)} (limit)")
        if time.monotonic() > deadline:
            raise FetchError(f"timed out after {3 * timeout:g} s (server too slow)")
        chunks.append(chunk)
    return b"".join(chunks)


def _http_date(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return parsedate_to_datetime(value).isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def _mib(size: int) -> str:
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KiB"
    return f"{size / (1024 * 1024):.1f} MiB"
