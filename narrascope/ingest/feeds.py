"""Feeds and pages for ``watch``: what a fetched body is (an RSS/Atom feed, an article page, or neither), the
entries of a feed, and the Article of a page with the feed's date, source and URL kept.

Fetching itself is :mod:`narrascope.ingest.fetch`; the watch loop that ties them to the store and the
pipeline is :mod:`narrascope.batch.watch`.
"""
from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

from ..article import Article
from ..errors import EmptyInputError, InputError, UnreadableInputError, UsageError
from ..settings import Settings
from .decode import decode_bytes
from .fetch import Response
from .html import parse_html
from .records import article_from_record

FEED_TYPES = {"application/rss+xml", "application/atom+xml", "application/xml", "text/xml", "application/rdf+xml",
              "application/feed+json"}
HTML_TYPES = {"text/html", "application/xhtml+xml"}
TEXT_TYPES = {"text/plain"}


@dataclass
class Entry:
    """A page to fetch, with what its feed said about it (all optional)."""

    url: str
    title: str | None = None
    date: str | None = None
    source: str | None = None
    author: str | None = None
    feed: str | None = None


def read_targets(targets: list[str]) -> list[str]:
    """The source URLs of ``watch`` arguments: http(s) URLs as given, and the URLs listed in local files
    (one per line; blank lines and ``#`` comments skipped)."""
    urls: list[str] = []
    for t in targets:
        if urlsplit(t).scheme in ("http", "https"):
            urls.append(t)
            continue
        path = Path(t)
        if not path.is_file():
            raise UsageError(f"{t}: neither an http(s) URL nor a file listing URLs")
        try:
            lines = path.read_text("utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise UsageError(f"{t}: cannot read the URL list ({exc})") from None
        for n, line in enumerate(lines, start=1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if urlsplit(line).scheme not in ("http", "https"):
                raise UsageError(f"{t}:{n}: {line!r} is not an http(s) URL")
            urls.append(line)
    return list(dict.fromkeys(urls))


def is_feed(resp: Response) -> bool:
    """Whether a response is an RSS/Atom feed (by content type, or an XML body that parses as one)."""
    if resp.content_type in HTML_TYPES or resp.content_type in TEXT_TYPES:
        return False
    head = resp.body[:500].lstrip().lower()
    return resp.content_type in FEED_TYPES or head.startswith(b"<?xml") or b"<rss" in head or b"<feed" in head


def _iso(struct) -> str | None:
    if not struct:
        return None
    return datetime.fromtimestamp(calendar.timegm(struct), tz=UTC).isoformat(timespec="seconds")


def feed_entries(resp: Response) -> tuple[str | None, list[Entry]]:
    """The feed's title and its entries (each with link, title, date in ISO UTC, source, author)."""
    import feedparser

    parsed = feedparser.parse(resp.body, response_headers={"content-location": resp.url})
    if parsed.get("bozo") and not parsed.entries:
        raise EmptyInputError(f"{resp.url}: not a readable RSS/Atom feed ({parsed.get('bozo_exception')})")
    feed_title = (parsed.feed.get("title") or "").strip() or urlsplit(resp.url).netloc
    entries = []
    for e in parsed.entries:
        link = e.get("link")
        if not link or urlsplit(link).scheme not in ("http", "https"):
            continue
        src = (e.get("source") or {}).get("title") if isinstance(e.get("source"), dict) else None
        entries.append(Entry(url=link, title=(e.get("title") or "").strip() or None,
                             date=_iso(e.get("published_parsed") or e.get("updated_parsed")),
                             source=src or feed_title, author=e.get("author"), feed=resp.url))
    return feed_title, entries


def page_article(resp: Response, entry: Entry, settings: Settings, min_words: int = 25) -> Article:
    """The Article of a fetched page: text extracted by trafilatura (HTML) or read as plain text, then built
    by the one record -> Article function with the feed's title, date, source and author winning over what
    the page says; ``id`` and ``url`` are the entry's URL.

    Raises an :class:`InputError` for other content types and pages with under ``min_words`` words of text."""
    ctype = resp.content_type or "text/html"
    if ctype not in HTML_TYPES and ctype not in TEXT_TYPES:
        raise UnreadableInputError(f"{entry.url}: {ctype} is not an HTML or text page")
    note = None
    if resp.charset:
        try:
            text = resp.body.decode(resp.charset)
        except (LookupError, UnicodeDecodeError):
            text, note = decode_bytes(resp.body, entry.url, settings.max_input_bytes)
    else:
        text, note = decode_bytes(resp.body, entry.url, settings.max_input_bytes)
    page: dict[str, str | None] = {"text": text}
    if ctype in HTML_TYPES:
        found = parse_html(text, name=entry.url)
        page = {"text": found.text, "title": found.title, "date": found.date, "source": found.source,
                "author": found.author}
    record = {"text": page["text"], "id": entry.url, "url": entry.url,
              "title": entry.title or page.get("title"), "date": entry.date or page.get("date"),
              "source": entry.source or page.get("source") or urlsplit(entry.url).netloc,
              "author": entry.author or page.get("author")}
    article = article_from_record(record, settings, where=entry.url)
    if article.words < min_words:
        raise EmptyInputError(f"{entry.url}: no article text found ({article.words} words)")
    if note:
        article.notes.append(note)
    if resp.url != entry.url:
        article.notes.append(f"fetched from {resp.url} (redirected)")
    return article


__all__ = ["Entry", "InputError", "feed_entries", "is_feed", "page_article", "read_targets"]
