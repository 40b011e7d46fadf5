"""Polite HTTP fetching for ``watch``: robots.txt, a per-host rate limit, timeouts, retries with backoff,
conditional GET and a User-Agent that says who we are.

Standard library only (``urllib``). Redirects are followed by hand, so every hop is checked against its
host's robots.txt and rate limit. One :class:`Fetcher` is shared by the threads of a watch run: each host has
its own lock, so requests to one host are spaced by the rate limit while other hosts go on.
"""
from __future__ import annotations

import email.utils
import socket
import threading
import time
import urllib.error
import urllib.request
import urllib.robotparser
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from .._version import __version__

MAX_REDIRECTS = 5


@dataclass(frozen=True)
class FetchPolicy:
    """How politely to fetch.

    ``rate_limit``: least seconds between two requests to one host (``0`` turns the limit off; a longer
    ``Crawl-delay`` in robots.txt wins). ``timeout``: seconds to connect and for each read. ``retries``:
    further tries after a timeout, a connection error, a 5xx or a 429, waiting ``backoff`` seconds, doubled at
    each try (a ``Retry-After`` up to ``max_retry_after`` seconds is honoured). ``max_bytes``: larger bodies
    are refused. ``retry_wait``: seconds before a URL that failed is tried again by a later run, doubled per
    failure in a row (at most 6 hours). ``min_words``: a page with less extracted text is not an article.
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


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


@dataclass
class _Host:
    lock: threading.Lock = field(default_factory=threading.Lock)
    last: float = 0.0
    robots: urllib.robotparser.RobotFileParser | None = None
    robots_checked: bool = False
    delay: float = 0.0


class Fetcher:
    """Fetches URLs under a :class:`FetchPolicy`; ``log`` records ``(host, monotonic time, url, status)``."""

    def __init__(self, policy: FetchPolicy | None = None):
        self.policy = policy or FetchPolicy()
        self._hosts: dict[str, _Host] = {}
        self._hosts_lock = threading.Lock()
        self._opener = urllib.request.build_opener(_NoRedirect)
        self.log: list[tuple[str, float, str, int | None]] = []

    def _host(self, url: str) -> _Host:
        key = urlsplit(url).netloc.lower()
        with self._hosts_lock:
            return self._hosts.setdefault(key, _Host())

    # -- one request, spaced by the rate limit ------------------------------------------------------------
    def _request(self, url: str, headers: dict[str, str]) -> Response:
        host = self._host(url)
        with host.lock:
            gap = max(self.policy.rate_limit, host.delay)
            wait = host.last + gap - time.monotonic()
            if gap > 0 and wait > 0:
                time.sleep(wait)
            host.last = time.monotonic()
            req = urllib.request.Request(url, headers={"User-Agent": self.policy.user_agent,
                                                       "Accept-Encoding": "identity", **headers})
            status = None
            try:
                try:
                    with self._opener.open(req, timeout=self.policy.timeout) as resp:
                        status = resp.status
                        body = resp.read(self.policy.max_bytes + 1)
                        hdrs = {k.lower(): v for k, v in resp.headers.items()}
                except urllib.error.HTTPError as exc:
                    status = exc.code
                    hdrs = {k.lower(): v for k, v in (exc.headers or {}).items()}
                    body = b""
                    exc.close()
            except TimeoutError:
                raise FetchError(url, f"timed out after {self.policy.timeout:g} s") from None
            except urllib.error.URLError as exc:
                reason = exc.reason
                if isinstance(reason, (socket.timeout, TimeoutError)):
                    raise FetchError(url, f"timed out after {self.policy.timeout:g} s") from None
                raise FetchError(url, f"cannot connect ({reason})") from None
            except (ConnectionError, OSError) as exc:
                raise FetchError(url, f"connection failed ({exc})") from None
            finally:
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
            except FetchError:
                if last:
                    raise
                time.sleep(delay)
                delay *= 2
                continue
            if resp.status == 429 or resp.status >= 500:
                if last:
                    raise FetchError(url, f"HTTP {resp.status}", resp.status)
                wait = _retry_after(resp.headers.get("retry-after"))
                time.sleep(min(wait, self.policy.max_retry_after) if wait is not None else delay)
                delay *= 2
                continue
            return resp
        raise AssertionError("unreachable")

    # -- robots.txt ----------------------------------------------------------------------------------------
    def allowed(self, url: str) -> bool:
        """Whether robots.txt of ``url``'s host lets our User-Agent fetch it (fetched once per host and run).

        A missing robots.txt (4xx) allows everything; one that cannot be fetched (5xx, timeout) raises a
        retryable :class:`FetchError`, so the URL is tried again later rather than fetched unchecked."""
        host = self._host(url)
        if not host.robots_checked:
            parts = urlsplit(url)
            robots_url = f"{parts.scheme}://{parts.netloc}/robots.txt"
            try:
                resp = self._with_retries(robots_url, {})
            except FetchError as exc:
                raise FetchError(url, f"robots.txt unavailable ({exc.message}); will retry", exc.status) from None
            parser = urllib.robotparser.RobotFileParser(robots_url)
            if 200 <= resp.status < 300:
                parser.parse(resp.body.decode("utf-8", "replace").splitlines())
                delay = parser.crawl_delay(self.policy.user_agent)
                host.delay = float(delay) if delay else 0.0
            else:
                parser.allow_all = True
            host.robots, host.robots_checked = parser, True
        return bool(host.robots and host.robots.can_fetch(self.policy.user_agent, url))

    # -- the public call -----------------------------------------------------------------------------------
    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Response:
        """GET ``url`` politely, following redirects (each hop checked); conditional when ``etag`` or
        ``last_modified`` is given (then a 304 comes back as a Response with status 304).

        Raises :class:`Blocked` (robots.txt) or :class:`FetchError` (after retries; 4xx are not retried)."""
        if urlsplit(url).scheme not in ("http", "https"):
            raise FetchError(url, "not an http(s) URL", retryable=False)
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            if not self.allowed(current):
                raise Blocked(current)
            resp = self._with_retries(current, headers)
            if resp.status in (301, 302, 303, 307, 308) and resp.headers.get("location"):
                current = urljoin(current, resp.headers["location"])
                if urlsplit(current).scheme not in ("http", "https"):
                    raise FetchError(url, f"redirected to a non-http URL {current}", retryable=False)
                headers = {}  # validators belong to the first URL
                continue
            if resp.status == 304 or 200 <= resp.status < 300:
                return resp
            raise FetchError(url, f"HTTP {resp.status}", resp.status, retryable=resp.status in (408, 425))
        raise FetchError(url, f"more than {MAX_REDIRECTS} redirects", retryable=False)


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        parsed = email.utils.parsedate_to_datetime(value) if value else None
        return max(0.0, parsed.timestamp() - time.time()) if parsed else None
