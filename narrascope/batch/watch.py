"""``watch``: follow feeds and URL lists, fetch new pages politely, analyse and store them, group stories.

One run (:func:`watch_once`):

1. every source URL (an RSS/Atom feed, a sitemap or sitemap index — Google News sitemaps included —, a site's
   home page whose robots.txt names sitemaps, or a page given directly) is fetched with a conditional GET (the
   ETag and Last-Modified remembered from the last run), so an unchanged feed costs one 304; the sitemaps an
   index or robots.txt lists are fetched the same way in a second round;
2. the pages a feed lists, and pages given directly, that are not stored yet are fetched (each host in its
   own thread, requests to one host spaced by the rate limit, robots.txt honoured), and extracted;
3. the articles go through the normal ingest (analysis, store keyed by content hash) keeping the feed's
   date and URL, under their **outlet** (a site: the outlet of an outlets file whose feeds, lists or domains
   claim the page, else ``--source``, else the page's registrable domain; renames and merges are followed).
   (The caller then assigns new articles to stories: ``narrascope watch`` does, with
   :func:`narrascope.monitor.update_stories`, through the ``after_run`` hook of :func:`watch`.)

What each URL came to is kept in the store (``fetch_state``): stored pages — from feeds or URL lists — are
never fetched again, and each URL is fetched once per run. A page that failed (timeout, 5xx, network) is
reported and retried alone, from the feed entry remembered with it, on a later run after a backoff (1, 2, 4
... minutes by default, at most 6 hours; given up after 8 failures in a row), so feeds stay conditional
whatever else failed. A page that is not an article (another content type, no text, an index page of
headline links) or that robots.txt forbids is reported and not retried. A bad argument or list line is
reported (``file:line``) and skipped. One bad source never stops the others.
"""
from __future__ import annotations

import json
import re
import time
from collections import defaultdict
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from ..errors import InputError, UsageError
from ..readers.feeds import (
    Entry,
    collect_targets,
    feed_entries,
    is_feed,
    is_sitemap,
    page_article,
    robots_sitemaps,
    sitemap_entries,
)
from ..readers.fetch import Blocked, Fetcher, FetchError, FetchPolicy, Response
from ..readers.outlets import Outlet, OutletResolver
from ..settings import Settings
from ..store import FetchState, Store

MAX_BACKOFF = timedelta(hours=6)
#: Failures in a row after which a page is given up (reported as not an article, no longer retried).
MAX_FAILURES = 8


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
    problems: list[str] = field(default_factory=list)  #: bad arguments and list lines, skipped (``file:line``)
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

    def record_failure(self, url: str, exc: Exception, prev: FetchState | None, entry: Entry | None = None) -> None:
        now = _now()
        if isinstance(exc, Blocked):
            self.report.blocked.append(url)
            self.store.save_fetch_state(FetchState(url, "blocked", fetched_at=_iso(now), message=exc.message))
            self.emit("blocked", url)
            return
        message = exc.message if isinstance(exc, FetchError) else str(exc)
        status = exc.status if isinstance(exc, FetchError) else None
        retry = isinstance(exc, FetchError) and exc.retryable
        failures = (prev.failures if prev and prev.status == "failed" else 0) + 1
        if retry and failures >= MAX_FAILURES:
            retry, message = False, f"{message} (given up after {failures} failures in a row)"
        if retry:
            wait = min(timedelta(seconds=self.fetcher.policy.retry_wait * 2 ** (failures - 1)), MAX_BACKOFF)
            item = {"url": url, "message": message, "status": status, "retry_after": _iso(now + wait)}
            self.report.failed.append(item)
            self.store.save_fetch_state(FetchState(url, "failed", status, failures=failures,
                                                   next_try=_iso(now + wait), fetched_at=_iso(now), message=message,
                                                   entry=_entry_json(entry) if entry else None))
            self.emit("failed", item)
        else:
            item = {"url": url, "message": message, "status": status}
            self.report.bad.append(item)
            self.store.save_fetch_state(FetchState(url, "bad", status, fetched_at=_iso(now), message=message,
                                                   entry=_entry_json(entry) if entry else None))
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

    def remember_ok(self, url: str, resp: Response, status: str, entry: Entry | None = None) -> None:
        """Remember a fetched feed, or (with its ``entry``) a stored page, which is then never fetched again."""
        self.store.save_fetch_state(FetchState(url, status, resp.status, etag=resp.headers.get("etag"),
                                               last_modified=resp.headers.get("last-modified"),
                                               fetched_at=_iso(_now()),
                                               entry=_entry_json(entry) if entry else None))


def _entry_json(entry: Entry) -> str:
    return json.dumps({"page": True, "title": entry.title, "date": entry.date, "source": entry.source,
                       "author": entry.author, "feed": entry.feed, "language": entry.language}, ensure_ascii=False)


def _children(st: FetchState | None) -> list[str]:
    """The sitemaps a sitemap index listed when it was last read."""
    try:
        data = json.loads(st.entry) if st and st.entry else None
    except ValueError:
        return []
    return list(data.get("children") or []) if isinstance(data, dict) else []


def _robots_sitemaps(fetcher: Fetcher, home: str) -> list[str]:
    """The sitemaps a site's robots.txt names (none when it cannot be read)."""
    parts = urlsplit(home)
    try:
        resp = fetcher.get(f"{parts.scheme}://{parts.netloc}/robots.txt")
    except FetchError:
        return []
    if resp.status != 200:
        return []
    return robots_sitemaps(resp.body.decode("utf-8", "replace"))


def _entry_of(url: str, st: FetchState) -> Entry | None:
    """The feed entry remembered with a failed page (None for a feed or a row written before it was kept)."""
    try:
        data = json.loads(st.entry) if st.entry else None
    except ValueError:
        return None
    if not isinstance(data, dict) or not data.get("page"):
        return None
    return Entry(url=url, title=data.get("title"), date=data.get("date"), source=data.get("source"),
                 author=data.get("author"), feed=data.get("feed"), language=data.get("language"))


def watch_once(targets: list[str], store: Store, settings: Settings | None = None, pipeline: Any = None,
               policy: FetchPolicy | None = None, on_event: Callable[[str, Any], None] | None = None,
               fetcher: Fetcher | None = None, outlets: list[Outlet] | None = None,
               source: str | None = None) -> WatchReport:
    """One pass over ``targets`` (feed or page URLs, or files listing them) and the feeds and lists of
    ``outlets``: fetch what is new, analyse and store it, each article under its outlet (see
    :class:`~narrascope.readers.outlets.OutletResolver`; ``source`` names the outlet of pages no outlet claims).
    Never raises for one bad source or line: see the report. ``fetcher`` defaults to a fresh one, under
    ``policy`` or else the ``fetch_*`` settings (private addresses refused unless ``fetch_allow_private``)."""
    from ..pipeline import load_pipeline
    from .runner import ingest

    settings = settings or Settings()
    t0 = time.perf_counter()
    report = WatchReport()
    emit = on_event or (lambda kind, payload: None)
    fetcher = fetcher or Fetcher(policy or FetchPolicy.from_settings(settings))
    run = _Run(store, fetcher, settings, report, emit)
    outlets = outlets or []
    found = collect_targets([*targets, *(f for o in outlets for f in o.feeds + o.lists)])
    for problem in found.problems:
        report.problems.append(problem)
        emit("problem", problem)
    resolver = OutletResolver(outlets, store.outlet_aliases(), source)
    for o in outlets:
        store.save_outlet(resolver.follow(o.name), {k: v for k, v in o.to_dict().items() if k != "name"})
    sources = found.urls
    report.sources = len(sources)

    def outlet(url: str, origin: str) -> str:
        """The outlet of page ``url`` reached through source ``origin`` (or the list file that gave it)."""
        return resolver.name(url, found.origins.get(origin) or origin)

    # Each URL once per run: a page both in a list and in a feed is fetched (and counted) once.
    seen: set[str] = set(sources)
    pages: list[tuple[str, Any]] = []
    direct: list[tuple[str, Entry, Response]] = []
    feed_meta: dict[str, Entry] = {}
    jobs = []
    for u in sources:
        st = store.fetch_state(u)
        if st and st.status == "ok" and _entry_of(u, st) is not None:
            report.known += 1  # a page of a URL list stored by an earlier run: never fetched again
            continue
        if st and st.status == "bad" and _entry_of(u, st) is not None:  # a page found not to be an article
            report.bad.append({"url": u, "message": st.message, "status": st.http_status, "remembered": True})
            continue
        jobs.append((u, None))
    def listed(e: Entry, origin: str) -> None:
        """A page a feed or sitemap lists: queued unless stored, known to be no article, or seen this run."""
        if e.url in found.origins:  # also given directly: fetched once, with the feed's title and date
            e.source = outlet(e.url, origin)
            feed_meta.setdefault(e.url, e)
            return
        if e.url in seen:
            return
        seen.add(e.url)
        e.source = outlet(e.url, origin)
        st = store.fetch_state(e.url)
        if st and st.status == "ok":
            report.known += 1
            return
        if st and st.status == "bad":  # not an article last time: reported, not fetched again
            report.bad.append({"url": e.url, "message": st.message, "status": st.http_status, "remembered": True})
            return
        pages.append((e.url, e))

    # Feeds and sitemaps are always fetched conditionally: failed pages are retried on their own (below), so
    # one stale failure never costs every feed a full download. A sitemap index, or a home page whose
    # robots.txt names sitemaps, adds the sitemaps it lists to the next round (two rounds at most).
    parent: dict[str, str] = {}
    for _round in range(3):
        more: list[tuple[str, Any]] = []
        for url, (_, prev), res in run.fetch_all(jobs, conditional=True):
            if isinstance(res, Exception):
                run.record_failure(url, res, prev)
                continue
            origin = parent.get(url, url)
            if res.status == 304:
                report.not_modified += 1
                run.store.save_fetch_state(FetchState(url, "not_modified", 304, etag=prev.etag if prev else None,
                                                      last_modified=prev.last_modified if prev else None,
                                                      fetched_at=_iso(_now()), entry=prev.entry if prev else None))
                emit("not_modified", url)
                # An unchanged sitemap index: its sitemaps may still have changed (each is asked conditionally).
                for child in _children(prev):
                    if child not in seen:
                        seen.add(child)
                        parent[child] = origin
                        more.append((child, None))
                continue
            if is_sitemap(res):
                try:
                    children, entries = sitemap_entries(res)
                except InputError as exc:
                    run.record_failure(url, FetchError(url, str(exc), res.status, retryable=False), prev)
                    continue
                run.remember_ok(url, res, "ok")
                if children:
                    st = store.fetch_state(url)
                    store.save_fetch_state(replace(st, entry=json.dumps({"children": children})))
                report.entries += len(entries)
                for e in entries:
                    listed(e, origin)
                for child in children:
                    if child not in seen:
                        seen.add(child)
                        parent[child] = origin
                        more.append((child, None))
            elif is_feed(res):
                try:
                    _, entries = feed_entries(res)
                except InputError as exc:
                    run.record_failure(url, FetchError(url, str(exc), res.status, retryable=False), prev)
                    continue
                run.remember_ok(url, res, "ok")
                report.entries += len(entries)
                for e in entries:
                    listed(e, origin)
            elif urlsplit(url).path in ("", "/") and url in found.origins:
                # A site's home page: read the sitemaps its robots.txt names instead of storing the page.
                maps = _robots_sitemaps(fetcher, url)
                for m in maps:
                    if m not in seen:
                        seen.add(m)
                        parent[m] = url
                        more.append((m, None))
                if not maps:
                    direct.append((url, Entry(url=url, source=outlet(url, url)), res))
                else:
                    run.remember_ok(url, res, "ok")
            else:
                direct.append((url, Entry(url=url, source=outlet(url, url)), res))
        jobs = more
        if not jobs:
            break
    # Failed pages whose retry time has come, listed by no feed this run: retried alone from their entry.
    now = _iso(_now())
    for st in store.fetch_states():
        if st.status == "failed" and st.url not in seen and (st.next_try or "") <= now:
            entry = _entry_of(st.url, st)
            if entry is not None:
                seen.add(st.url)
                entry.source = resolver.follow(entry.source) if entry.source else outlet(st.url, entry.feed or st.url)
                pages.append((st.url, entry))
    fetched = [(u, (feed_meta.get(u, e), None), r) for u, e, r in direct]
    fetched += run.fetch_all(pages, conditional=False)
    articles = []
    for url, (entry, prev), res in fetched:
        if isinstance(res, Exception):
            run.record_failure(url, res, prev, entry)
            continue
        report.fetched += 1
        try:
            article = page_article(res, entry, settings, fetcher.policy.min_words)
        except InputError as exc:
            run.record_failure(url, FetchError(url, str(exc).removeprefix(f"{url}: "), res.status,
                                               retryable=False), prev, entry)
            continue
        articles.append((url, res, article, entry))
    if articles:
        pipeline = pipeline or load_pipeline(settings=settings)
        skipped: dict[str, str] = {}

        def on_ingest(kind: str, payload: Any) -> None:
            if kind == "skip":
                skipped[payload.source] = payload.message

        result = ingest([a for _, _, a, _ in articles], store, settings, pipeline=pipeline, on_event=on_ingest)
        report.stored += result.stored
        report.duplicates += result.already_stored + result.duplicates
        for url, res, article, entry in articles:
            reason = next((m for s, m in skipped.items() if s in (url, article.id)), None)
            if reason:
                run.record_failure(url, FetchError(url, reason, retryable=False), None)
            else:
                run.remember_ok(url, res, "ok", entry)
                emit("stored", {"url": url, "title": article.title, "outlet": article.source})
    report.requests = len(fetcher.log)
    report.seconds = round(time.perf_counter() - t0, 3)
    return report


def watch(targets: list[str], store: Store, every: float, settings: Settings | None = None, pipeline: Any = None,
          policy: FetchPolicy | None = None, on_event: Callable[[str, Any], None] | None = None,
          runs: int | None = None, after_run: Callable[[WatchReport], None] | None = None,
          outlets: list[Outlet] | None = None, source: str | None = None) -> list[WatchReport]:
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
        reports.append(watch_once(targets, store, settings, pipeline, policy, on_event, outlets=outlets,
                                  source=source))
        if after_run:
            after_run(reports[-1])
        if on_event:
            on_event("run", reports[-1])
        n += 1
        if runs is not None and n >= runs:
            break
        time.sleep(max(0.0, every - (time.monotonic() - start)))
    return reports
