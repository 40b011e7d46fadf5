"""Polite, guarded HTTP fetching for ``watch``: robots.txt (RFC 9309, read with Protego), a per-host rate
limit, timeouts, retries with backoff, conditional GET, a User-Agent that says who we are, and no requests
to addresses that are not on the public internet unless the caller allows them.

Standard library HTTP (``http.client``). Redirects are followed by hand, so every hop is checked: its host's
addresses (see :func:`address_refusal`), robots.txt and rate limit. A host is resolved once per
:class:`Fetcher`, every address it resolves to is checked, and the connection goes to a checked address
(the name is never looked up again for the connection, so a DNS answer that changes between the check and
the connection cannot lead elsewhere); the Host header, TLS SNI and certificate check still use the host name.
Proxy environment variables are ignored: a proxy would connect where we did not check.

One :class:`Fetcher` is shared by the threads of a watch run: each host has its own lock, so requests to one
host are spaced by the rate limit while other hosts go on.
"""
from __future__ import annotations

import email.utils
import http.client
import ipaddress
import re
import socket
import ssl
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC
from typing import Any
from urllib.parse import quote, urljoin, urlsplit

from .._version import __version__

MAX_REDIRECTS = 5
REDIRECTS = (301, 302, 303, 307, 308)

_NAT64 = ipaddress.ip_network("64:ff9b::/96")           # well-known NAT64 prefix: an IPv4 address inside
_NAT64_LOCAL = ipaddress.ip_network("64:ff9b:1::/48")   # local-use NAT64 (RFC 8215): a private network
_SHARED = ipaddress.ip_network("100.64.0.0/10")         # carrier-grade NAT (RFC 6598)
_BROADCAST = ipaddress.ip_address("255.255.255.255")


def address_refusal(address: str) -> str | None:
    """Why ``address`` (an IPv4 or IPv6 literal) is not on the public internet — ``"loopback"``,
    ``"private"``, ``"link-local"``, ``"multicast"``, ``"reserved"``, ... — or ``None`` when it is.

    An IPv4 address carried inside IPv6 (IPv4-mapped ``::ffff:a.b.c.d``, NAT64 ``64:ff9b::/96``, 6to4
    ``2002::/16``) is judged as that IPv4 address. ``ipaddress``'s ``is_global`` is the last word, after
    explicit checks for what it calls global in some Python versions (multicast, site-local, NAT64)."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])  # an IPv6 scope id (fe80::1%eth0) is not part of it
    except ValueError:
        return "unparsable"
    if isinstance(ip, ipaddress.IPv6Address):
        if ip in _NAT64_LOCAL:
            return "NAT64 local-use"
        inner = ip.ipv4_mapped or ip.sixtofour or (ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
                                                   if ip in _NAT64 else None)
        if inner is not None:
            why = address_refusal(str(inner))
            return f"{why} (IPv4 {inner} inside IPv6)" if why else None
        if ip.teredo:
            return "Teredo tunnel"
        if ip.is_site_local:
            return "site-local"
    checks = (("unspecified", ip.is_unspecified), ("loopback", ip.is_loopback), ("link-local", ip.is_link_local),
              ("multicast", ip.is_multicast), ("broadcast", ip == _BROADCAST), ("reserved", ip.is_reserved),
              ("shared (carrier-grade NAT)", ip in _SHARED), ("private", ip.is_private),
              ("non-global", not ip.is_global))
    return next((name for name, hit in checks if hit), None)


@dataclass(frozen=True)
class FetchPolicy:
    """How politely, and where, to fetch.

    ``rate_limit``: least seconds between two requests to one host (``0`` turns the limit off; a longer
    ``Crawl-delay`` in robots.txt wins). ``timeout``: seconds to connect and for each read. ``retries``:
    further tries after a timeout, a connection error, a 5xx or a 429, waiting ``backoff`` seconds, doubled at
    each try (a ``Retry-After`` in seconds or as an HTTP date, up to ``max_retry_after`` seconds, is honoured;
    any other value is ignored). ``max_bytes``: larger bodies are refused. ``retry_wait``: seconds before a
    URL that failed is tried again by a later run, doubled per failure in a row (at most 6 hours).
    ``min_words``: a page with less extracted text is not an article.

    ``allow_private``: also fetch from loopback, private, link-local and other non-public addresses (setting
    ``fetch_allow_private``; off by default, so a feed cannot make us read a metadata service or a local
    API). ``private_hosts``: ``"host:port"`` entries allowed even when private, the rest staying refused.
    """

    user_agent: str = f"narrascope/{__version__} (news monitor; +https://pypi.org/project/narrascope/)"
    rate_limit: float = 1.0
    timeout: float = 15.0
    retries: int = 2
    backoff: float = 2.0
    max_retry_after: float = 60.0
    max_bytes: int = 5_000_000
    retry_wait: float = 60.0
    min_words: int = 25
    allow_private: bool = False
    private_hosts: frozenset[str] = frozenset()

    @classmethod
    def from_settings(cls, settings: Any) -> FetchPolicy:
        """The policy the ``fetch_*`` settings describe."""
        return cls(rate_limit=settings.fetch_rate_limit, timeout=settings.fetch_timeout,
                   retries=settings.fetch_retries, allow_private=settings.fetch_allow_private,
                   **({"user_agent": settings.fetch_user_agent} if settings.fetch_user_agent else {}))

    @property
    def robots_agent(self) -> str:
        """The product token robots.txt groups are matched against (``narrascope`` of ``narrascope/1.0 (...)``)."""
        return re.split(r"[/\s]", self.user_agent.strip(), maxsplit=1)[0] or self.user_agent


@dataclass
class Response:
    """A fetched URL: the final ``url`` after redirects, ``status`` (304 when not modified), headers, body."""

    url: str
    status: int
    headers: dict[str, str]
    body: bytes = b""

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    @property
    def charset(self) -> str | None:
        for part in self.headers.get("content-type", "").split(";")[1:]:
            k, _, v = part.strip().partition("=")
            if k.lower() == "charset" and v:
                return v.strip('"').strip()
        return None


class FetchError(Exception):
    """A URL could not be fetched. ``retryable``: worth trying again later (timeouts, 5xx, network)."""

    def __init__(self, url: str, message: str, status: int | None = None, retryable: bool = True):
        super().__init__(f"{url}: {message}")
        self.url, self.message, self.status, self.retryable = url, message, status, retryable


class Blocked(FetchError):
    """robots.txt disallows the URL for our User-Agent."""

    def __init__(self, url: str):
        super().__init__(url, "disallowed by robots.txt", None, retryable=False)


class Refused(FetchError):
    """The URL's host (or a redirect's) is not on the public internet and private addresses are not allowed."""

    def __init__(self, url: str, message: str):
        super().__init__(url, message, None, retryable=False)


@dataclass
class _Host:
    lock: threading.Lock = field(default_factory=threading.Lock)
    last: float = 0.0
    robots: Any = None                   # a Protego parser; None: everything allowed
    robots_checked: bool = False
    delay: float = 0.0
    addresses: list[str] | None = None   # resolved and checked once per Fetcher: connections go only there
    refused: str | None = None


def _pinned(cls: type[http.client.HTTPConnection]) -> type[http.client.HTTPConnection]:
    """``cls`` connecting to checked addresses instead of resolving its host name again."""

    class Pinned(cls):  # type: ignore[valid-type,misc]
        def __init__(self, host: str, port: int, addresses: list[str], **kw: Any):
            super().__init__(host, port, **kw)
            self._create_connection = lambda _addr, timeout, source: _connect(addresses, port, timeout, source)

    return Pinned


_PinnedHTTP = _pinned(http.client.HTTPConnection)
_PinnedHTTPS = _pinned(http.client.HTTPSConnection)


def _connect(addresses: list[str], port: int, timeout: float | None, source: Any) -> socket.socket:
    error: OSError | None = None
    for address in addresses:
        try:
            return socket.create_connection((address, port), timeout, source)
        except OSError as exc:
            error = exc
    raise error or OSError("no address to connect to")


def _target(url: str) -> tuple[str, str, int, str]:
    """``(scheme, host, port, request path)`` of an http(s) URL; the path is percent-encoded ASCII."""
    parts = urlsplit(url)
    host = parts.hostname
    if parts.scheme not in ("http", "https") or not host:
        raise FetchError(url, "not an http(s) URL", retryable=False)
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
        host = host.encode("idna").decode("ascii") if not host.isascii() else host
    except (ValueError, UnicodeError) as exc:
        raise FetchError(url, f"bad host or port ({exc})", retryable=False) from None
    path = quote(parts.path or "/", safe="/%:@!$&'()*+,;=-._~")
    if parts.query:
        path += "?" + quote(parts.query, safe="/%:@!$&'()*+,;=-._~?")
    return parts.scheme, host, port, path


class Fetcher:
    """Fetches URLs under a :class:`FetchPolicy`; ``log`` records ``(host, monotonic time, url, status)``."""

    def __init__(self, policy: FetchPolicy | None = None):
        self.policy = policy or FetchPolicy()
        self._hosts: dict[str, _Host] = {}
        self._hosts_lock = threading.Lock()
        self._tls = ssl.create_default_context()
        self.log: list[tuple[str, float, str, int | None]] = []

    def _host(self, url: str) -> _Host:
        key = urlsplit(url).netloc.lower()
        with self._hosts_lock:
            return self._hosts.setdefault(key, _Host())

    # -- where a host may be reached ----------------------------------------------------------------------
    def addresses(self, url: str) -> list[str]:
        """The checked addresses of ``url``'s host (resolved once per Fetcher), which connections use.

        Raises :class:`Refused` when the host is, or resolves to, an address off the public internet and the
        policy does not allow it (every address the name resolves to is checked), :class:`FetchError` when
        the name does not resolve (retryable)."""
        _, name, port, _ = _target(url)
        host = self._host(url)
        with self._hosts_lock:
            if host.refused:
                raise Refused(url, host.refused)
            if host.addresses is not None:
                return host.addresses
        try:
            infos = socket.getaddrinfo(name, port, type=socket.SOCK_STREAM)
        except (socket.gaierror, UnicodeError) as exc:
            raise FetchError(url, f"cannot resolve {name} ({getattr(exc, 'strerror', None) or exc})") from None
        found = list(dict.fromkeys(str(info[4][0]) for info in infos))
        if not found:
            raise FetchError(url, f"cannot resolve {name} (no address)")
        allowed = self.policy.allow_private or f"{name.lower()}:{port}" in self.policy.private_hosts
        refusal = None
        for address in found if not allowed else ():
            why = address_refusal(address)
            if why:
                subject = name if address_refusal(name) != "unparsable" else f"{name} resolves to {address}, which"
                refusal = (f"refused: {subject} is a {why} address, not on the public internet (the "
                           f"fetch_allow_private setting allows such addresses)")
                break
        with self._hosts_lock:
            host.refused, host.addresses = refusal, None if refusal else found
        if refusal:
            raise Refused(url, refusal)
        return found

    # -- one request, spaced by the rate limit ------------------------------------------------------------
    def _request(self, url: str, headers: dict[str, str]) -> Response:
        scheme, name, port, path = _target(url)
        addresses = self.addresses(url)
        host = self._host(url)
        with host.lock:
            gap = max(self.policy.rate_limit, host.delay)
            wait = host.last + gap - time.monotonic()
            if gap > 0 and wait > 0:
                time.sleep(wait)
            host.last = time.monotonic()
            status = None
            if scheme == "https":
                conn: http.client.HTTPConnection = _PinnedHTTPS(name, port, addresses, timeout=self.policy.timeout,
                                                                context=self._tls)
            else:
                conn = _PinnedHTTP(name, port, addresses, timeout=self.policy.timeout)
            try:
                conn.request("GET", path, headers={"User-Agent": self.policy.user_agent,
                                                   "Accept-Encoding": "identity", "Connection": "close", **headers})
                resp = conn.getresponse()
                status = resp.status
                hdrs = {k.lower(): v for k, v in resp.getheaders()}
                body = resp.read(self.policy.max_bytes + 1)
            except TimeoutError:
                raise FetchError(url, f"timed out after {self.policy.timeout:g} s") from None
            except ssl.SSLCertVerificationError as exc:
                raise FetchError(url, f"TLS certificate not valid for {name} ({exc.verify_message})",
                                 retryable=False) from None
            except http.client.HTTPException as exc:
                raise FetchError(url, f"bad HTTP response ({type(exc).__name__})") from None
            except (ConnectionError, OSError) as exc:
                raise FetchError(url, f"cannot connect ({exc})") from None
            finally:
                conn.close()
                self.log.append((urlsplit(url).netloc.lower(), host.last, url, status))
            # Stamp the end too, so a slow response does not let the next request follow at once.
            host.last = time.monotonic()
        if len(body) > self.policy.max_bytes:
            raise FetchError(url, f"larger than {self.policy.max_bytes} bytes", status, retryable=False)
        return Response(url, status, hdrs, body)

    def _with_retries(self, url: str, headers: dict[str, str]) -> Response:
        delay = self.policy.backoff
        for attempt in range(self.policy.retries + 1):
            last = attempt == self.policy.retries
            try:
                resp = self._request(url, headers)
            except FetchError as exc:
                if last or not exc.retryable:
                    raise
                time.sleep(delay)
                delay *= 2
                continue
            if resp.status == 429 or resp.status >= 500:
                if last:
                    raise FetchError(url, f"HTTP {resp.status}", resp.status)
                wait = retry_after(resp.headers.get("retry-after"))
                time.sleep(min(wait, self.policy.max_retry_after) if wait is not None else delay)
                delay *= 2
                continue
            return resp
        raise AssertionError("unreachable")

    # -- robots.txt ----------------------------------------------------------------------------------------
    def allowed(self, url: str) -> bool:
        """Whether robots.txt of ``url``'s host lets our User-Agent fetch it (fetched once per host and run,
        read by RFC 9309: wildcards, ``$``, the longest match wins, Allow over Disallow on a tie).

        A missing robots.txt (4xx) allows everything; redirects are followed (up to five, each hop checked
        like any fetch); one that cannot be fetched (5xx, timeout) raises a retryable :class:`FetchError`,
        so the URL is tried again later rather than fetched unchecked."""
        host = self._host(url)
        if not host.robots_checked:
            parts = urlsplit(url)
            robots_url = f"{parts.scheme}://{parts.netloc}/robots.txt"
            current = robots_url
            for _ in range(MAX_REDIRECTS + 1):
                try:
                    resp = self._with_retries(current, {})
                except Refused:
                    raise
                except FetchError as exc:
                    raise FetchError(url, f"robots.txt unavailable ({exc.message}); will retry", exc.status) from None
                if resp.status in REDIRECTS and resp.headers.get("location"):
                    current = urljoin(current, resp.headers["location"])
                    if urlsplit(current).scheme not in ("http", "https"):
                        break
                    self.addresses(current)
                    continue
                break
            parser = None
            if 200 <= resp.status < 300:
                from protego import Protego

                parser = Protego.parse(resp.body.decode("utf-8", "replace"))
                delay = parser.crawl_delay(self.policy.robots_agent)
                host.delay = float(delay) if delay else 0.0
            host.robots, host.robots_checked = parser, True
        return host.robots is None or bool(host.robots.can_fetch(url, self.policy.robots_agent))

    # -- the public call -----------------------------------------------------------------------------------
    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Response:
        """GET ``url`` politely, following redirects (each hop checked: address, robots.txt); conditional
        when ``etag`` or ``last_modified`` is given (then a 304 comes back as a Response with status 304).

        Raises :class:`Refused` (a non-public address), :class:`Blocked` (robots.txt) or :class:`FetchError`
        (after retries; 4xx are not retried)."""
        _target(url)
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            try:
                self.addresses(current)  # before robots.txt: a refused host gets no request at all
            except Refused as exc:
                if current == url:
                    raise
                raise Refused(url, f"refused: a redirect to {current}: {exc.message.removeprefix('refused: ')}") \
                    from None
            if not self.allowed(current):
                raise Blocked(current)
            resp = self._with_retries(current, headers)
            if resp.status in REDIRECTS and resp.headers.get("location"):
                current = urljoin(current, resp.headers["location"])
                if urlsplit(current).scheme not in ("http", "https"):
                    raise FetchError(url, f"redirected to a non-http URL {current}", retryable=False)
                headers = {}  # validators belong to the first URL
                continue
            if resp.status == 304 or 200 <= resp.status < 300:
                return resp
            raise FetchError(url, f"HTTP {resp.status}", resp.status, retryable=resp.status in (408, 425))
        raise FetchError(url, f"more than {MAX_REDIRECTS} redirects", retryable=False)


def retry_after(value: str | None) -> float | None:
    """Seconds a ``Retry-After`` header asks us to wait: delay-seconds or an HTTP date (RFC 9110 10.2.3);
    ``None`` for anything else (``"soon"``, a negative number), so the normal backoff applies."""
    value = (value or "").strip()
    if not value:
        return None
    if value.isascii() and value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, when.timestamp() - time.time())
