"""``watch``: follow feeds and URL lists, fetch new pages politely, analyse and store them, group stories.

One run (:func:`watch_once`):

1. every source URL (a feed, or a page given directly) is fetched with a conditional GET (the ETag and
   Last-Modified remembered from the last run), so an unchanged feed costs one 304;
2. the pages a feed lists, and pages given directly, that are not stored yet are fetched (each host in its
   own thread, requests to one host spaced by the rate limit, robots.txt honoured), and extracted;
3. the articles go through the normal ingest (analysis, store keyed by content hash) keeping the feed's
   date, source and URL. (The caller then assigns new articles to stories: ``narrascope watch`` does, with
   :func:`narrascope.monitor.update_stories`, through the ``after_run`` hook of :func:`watch`.)

What each URL came to is kept in the store (``fetch_state``): stored pages are not fetched again; a URL that
failed (timeout, 5xx, network) is reported and retried on a later run after a backoff (1, 2, 4 ... minutes
by default, at most 6 hours; a feed is fetched unconditionally while one of the pages waits for a retry that
has come, so its entry is seen again); a page that is not an article (another content type, no text) or that robots.txt
forbids
is reported and not retried until the next run checks robots.txt again. One bad source never stops the others.
"""
from __future__ import annotations

import re
import time
from collections import defaultdict
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from ..errors import InputError, UsageError
from ..ingest.feeds import Entry, feed_entries, is_feed, page_article, read_targets
from ..ingest.fetch import Blocked, Fetcher, FetchError, FetchPolicy, Response
from ..settings import Settings
from ..store import FetchState, Store

MAX_BACKOFF = timedelta(hours=6)


@dataclass
class WatchReport:
    """What one watch run did."""

    sources: int = 0              #: source URLs (feeds and direct pages)
    not_modified: int = 0         #: sources answering 304
    entries: int = 0              #: pages listed by the feeds
    known: int = 0                #: pages already stored (not fetched again)
    fetched: int = 0              #: pages fetched
    stored: int = 0               #: articles analysed and stored
    duplicates: int = 0           #: fetched pages whose content was already stored
    deferred: int = 0             #: failed URLs still waiting for their retry time
    failed: list[dict[str, Any]] = field(default_factory=list)    #: timeouts, 5xx, network: retried later
    bad: list[dict[str, Any]] = field(default_factory=list)       #: not articles (type, no text, 4xx)
    blocked: list[str] = field(default_factory=list)              #: disallowed by robots.txt
    stories_assigned: int = 0    #: set by the caller's story assignment, when it runs one
    requests: int = 0
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready summary."""
        return dict(self.__dict__)


def parse_every(value: str) -> float:
    """Seconds in a period like ``15m``, ``1h``, ``90s``, ``1h30m`` (a bare number is minutes)."""
    value = value.strip().lower()
    if re.fullmatch(r"\d+(\.\d+)?", value):
        return float(value) * 60
    parts = re.findall(r"(\d+(?:\.\d+)?)\s*([hms])", value)
    if not parts or "".join(n + u for n, u in parts) != value.replace(" ", ""):
        raise UsageError(f"--every (setting watch_every) {value!r}: use a period like 15m, 1h or 90s")
    seconds = sum(float(n) * {"h": 3600, "m": 60, "s": 1}[u] for n, u in parts)
    if seconds < 1:
        raise UsageError("--every (setting watch_every) must be at least 1 s")
    return seconds


def _now() -> datetime:
    return datetime.now(UTC)


def _iso(dt: datetime) -> str:
    return dt.isoformat(timespec="seconds")


class _Run:
    """The state of one watch run (kept apart from the public function to stay readable)."""

    def __init__(self, store: Store, fetcher: Fetcher, settings: Settings, report: WatchReport,
                 on_event: Callable[[str, Any], None]):
        self.store, self.fetcher, self.settings, self.report, self.emit = store, fetcher, settings, report, on_event

    def due(self, url: str) -> tuple[bool, FetchState | None]:
        """Whether to fetch ``url`` now (a failed URL waits for its retry time)."""
        st = self.store.fetch_state(url)
        if st and st.status == "failed" and st.next_try and st.next_try > _iso(_now()):
            self.report.deferred += 1
            self.emit("deferred", {"url": url, "retry_after": st.next_try, "message": st.message})
            return False, st
        return True, st

    def record_failure(self, url: str, exc: Exception, prev: FetchState | None) -> None:
        now = _now()
        if isinstance(exc, Blocked):
            self.report.blocked.append(url)
            self.store.save_fetch_state(FetchState(url, "blocked", fetched_at=_iso(now), message=exc.message))
            self.emit("blocked", url)
            return
        message = exc.message if isinstance(exc, FetchError) else str(exc)
        status = exc.status if isinstance(exc, FetchError) else None
        retry = isinstance(exc, FetchError) and exc.retryable
        if retry:
            failures = (prev.failures if prev and prev.status == "failed" else 0) + 1
            wait = min(timedelta(seconds=self.fetcher.policy.retry_wait * 2 ** (failures - 1)), MAX_BACKOFF)
            item = {"url": url, "message": message, "status": status, "retry_after": _iso(now + wait)}
            self.report.failed.append(item)
            self.store.save_fetch_state(FetchState(url, "failed", status, failures=failures,
                                                   next_try=_iso(now + wait), fetched_at=_iso(now), message=message))
            self.emit("failed", item)
        else:
            item = {"url": url, "message": message, "status": status}
            self.report.bad.append(item)
            self.store.save_fetch_state(FetchState(url, "bad", status, fetched_at=_iso(now), message=message))
            self.emit("bad", item)

    def fetch_all(self, jobs: list[tuple[str, Any]], conditional: bool) -> list[tuple[str, Any, Any]]:
        """Fetch ``(url, payload)`` jobs, one thread per host; return ``(url, payload, Response | Exception)``."""
        by_host: dict[str, list[tuple[str, Any, FetchState | None]]] = defaultdict(list)
        for url, payload in jobs:
            ok, st = self.due(url)
            if ok:
                by_host[urlsplit(url).netloc.lower()].append((url, payload, st))

        def host_worker(items: list[tuple[str, Any, FetchState | None]]) -> list[tuple[str, Any, Any]]:
            out = []
            for url, payload, st in items:
                try:
                    etag = st.etag if conditional and st and st.status in ("ok", "not_modified") else None
                    lm = st.last_modified if conditional and st and st.status in ("ok", "not_modified") else None
                    out.append((url, (payload, st), self.fetcher.get(url, etag, lm)))
                except Exception as exc:  # noqa: BLE001 - any failure of one URL is reported, never fatal
                    out.append((url, (payload, st), exc))
            return out

        results: list[tuple[str, Any, Any]] = []
        if not by_host:
            return results
        with ThreadPoolExecutor(max_workers=min(8, len(by_host))) as pool:
            for chunk in pool.map(host_worker, by_host.values()):
                results.extend(chunk)
        return results

    def remember_ok(self, url: str, resp: Response, status: str) -> None:
        self.store.save_fetch_state(FetchState(url, status, resp.status, etag=resp.headers.get("etag"),
                                               last_modified=resp.headers.get("last-modified"),
                                               fetched_at=_iso(_now())))


def watch_once(targets: list[str], store: Store, settings: Settings | None = None, pipeline: Any = None,
               policy: FetchPolicy | None = None, on_event: Callable[[str, Any], None] | None = None,
               fetcher: Fetcher | None = None) -> WatchReport:
    """One pass over ``targets`` (feed or page URLs, or files listing them): fetch what is new, analyse and
    store it. Never raises for one bad source: see the report. ``fetcher`` defaults to a fresh one, under
    ``policy`` or else the ``fetch_*`` settings (private addresses refused unless ``fetch_allow_private``)."""
    from ..pipeline import load_pipeline
    from . import ingest

    settings = settings or Settings()
    t0 = time.perf_counter()
    report = WatchReport()
    emit = on_event or (lambda kind, payload: None)
    fetcher = fetcher or Fetcher(policy or FetchPolicy.from_settings(settings))
    run = _Run(store, fetcher, settings, report, emit)
    sources = read_targets(targets)
    report.sources = len(sources)
    now = _iso(_now())
    retry_due = any(st.status == "failed" and (st.next_try or "") <= now and st.url not in sources
                    for st in store.fetch_states())
    pages: list[tuple[str, Any]] = []
    direct: list[tuple[str, Entry, Response]] = []
    for url, (_, prev), res in run.fetch_all([(u, None) for u in sources], conditional=not retry_due):
        if isinstance(res, Exception):
            run.record_failure(url, res, prev)
            continue
        if res.status == 304:
            report.not_modified += 1
            run.store.save_fetch_state(FetchState(url, "not_modified", 304, etag=prev.etag if prev else None,
                                                  last_modified=prev.last_modified if prev else None,
                                                  fetched_at=_iso(_now())))
            emit("not_modified", url)
            continue
        if is_feed(res):
            try:
                _, entries = feed_entries(res)
            except InputError as exc:
                run.record_failure(url, FetchError(url, str(exc), res.status, retryable=False), prev)
                continue
            run.remember_ok(url, res, "ok")
            report.entries += len(entries)
            for e in entries:
                st = store.fetch_state(e.url)
                if st and st.status == "ok":
                    report.known += 1
                    continue
                if st and st.status == "bad":  # not an article last time: reported, not fetched again
                    report.bad.append({"url": e.url, "message": st.message, "status": st.http_status,
                                       "remembered": True})
                    continue
                pages.append((e.url, e))
        else:
            direct.append((url, Entry(url=url), res))
    pages = list({u: (u, e) for u, e in pages}.values())
    fetched = [(u, (e, None), r) for u, e, r in direct]
    fetched += run.fetch_all(pages, conditional=False)
    articles = []
    for url, (entry, prev), res in fetched:
        if isinstance(res, Exception):
            run.record_failure(url, res, prev)
            continue
        report.fetched += 1
        try:
            article = page_article(res, entry, settings, fetcher.policy.min_words)
        except InputError as exc:
            run.record_failure(url, FetchError(url, str(exc).removeprefix(f"{url}: "), res.status,
                                               retryable=False), prev)
            continue
        articles.append((url, res, article))
    if articles:
        pipeline = pipeline or load_pipeline(settings=settings)
        skipped: dict[str, str] = {}

        def on_ingest(kind: str, payload: Any) -> None:
            if kind == "skip":
                skipped[payload.source] = payload.message

        result = ingest([a for _, _, a in articles], store, settings, pipeline=pipeline, on_event=on_ingest)
        report.stored += result.stored
        report.duplicates += result.already_stored + result.duplicates
        for url, res, article in articles:
            reason = next((m for s, m in skipped.items() if s in (url, article.id)), None)
            if reason:
                run.record_failure(url, FetchError(url, reason, retryable=False), None)
            else:
                run.remember_ok(url, res, "ok")
                emit("stored", {"url": url, "title": article.title})
    report.requests = len(fetcher.log)
    report.seconds = round(time.perf_counter() - t0, 3)
    return report


def watch(targets: list[str], store: Store, every: float, settings: Settings | None = None, pipeline: Any = None,
          policy: FetchPolicy | None = None, on_event: Callable[[str, Any], None] | None = None,
          runs: int | None = None, after_run: Callable[[WatchReport], None] | None = None) -> list[WatchReport]:
    """Run :func:`watch_once` every ``every`` seconds (``runs`` times, or until interrupted); ``after_run``
    is called with each run's report before ``on_event("run", report)`` (e.g. to assign stories)."""
    from ..pipeline import load_pipeline

    settings = settings or Settings()
    pipeline = pipeline or load_pipeline(settings=settings)
    reports = []
    n = 0
    while runs is None or n < runs:
        start = time.monotonic()
        # A fresh fetcher per run: robots.txt is read again, rate-limit clocks carry no stale state.
        reports.append(watch_once(targets, store, settings, pipeline, policy, on_event))
        if after_run:
            after_run(reports[-1])
        if on_event:
            on_event("run", reports[-1])
        n += 1
        if runs is not None and n >= runs:
            break
        time.sleep(max(0.0, every - (time.monotonic() - start)))
    return reports
