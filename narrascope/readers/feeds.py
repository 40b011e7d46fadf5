"""Feeds and pages for ``watch``: what a fetched body is (an RSS/Atom feed, an article page, or neither), the
entries of a feed, and the Article of a page with the feed's date, source and URL kept.

Fetching itself is :mod:`narrascope.readers.fetch`; the watch loop that ties them to the store and the
pipeline is :mod:`narrascope.batch.watch`.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
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
    language: str | None = None


@dataclass
class Targets:
    """What ``watch`` arguments name: source ``urls`` (in order, each once), the list file (``file:line``)
    each came from (``origins``), and one line per ``problems`` item that was skipped."""

    urls: list[str] = field(default_factory=list)
    origins: dict[str, str] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


_COMMENT = re.compile(r"\s+#.*$")


def check_url(url: str) -> str | None:
    """Why ``url`` cannot be fetched (not http(s), no host, malformed), or None when it can."""
    try:
        parts = urlsplit(url)
        host = parts.hostname
        parts.port  # noqa: B018 - raises ValueError for a bad port
    except ValueError as exc:
        return f"not a valid URL ({exc})"
    if parts.scheme not in ("http", "https"):
        return "not an http(s) URL"
    if not host:
        return "no host name"
    if any(c.isspace() for c in url):
        return "contains spaces"
    return None


def collect_targets(targets: list[str]) -> Targets:
    """The source URLs of ``watch`` arguments, never raising: http(s) URLs as given and the URLs listed in
    local files (one per line; blank lines, ``#`` comments and ``# comments`` after a URL skipped). A bad
    argument, line, unreadable file, line that is not UTF-8, or an empty list is reported in ``problems``
    (with ``file:line``) and skipped; the rest goes on."""
    out = Targets()

    def add(url: str, origin: str | None, where: str) -> None:
        why = check_url(url)
        if why:
            out.problems.append(f"{where}: {url!r} skipped: {why}")
        elif url not in out.origins:
            out.urls.append(url)
            out.origins[url] = origin or ""

    for t in targets:
        if "://" in t or t.lower().startswith(("http:", "https:")):
            add(t, None, "argument")
            continue
        path = Path(t)
        if not path.is_file():
            out.problems.append(f"{t}: skipped: neither an http(s) URL nor a file listing URLs")
            continue
        try:
            data = path.read_bytes()
        except OSError as exc:
            out.problems.append(f"{t}: skipped: cannot read the URL list ({exc.strerror or exc})")
            continue
        before = len(out.urls) + len(out.problems)
        for n, raw in enumerate(data.splitlines(), start=1):
            try:
                line = raw.decode("utf-8-sig" if n == 1 else "utf-8")
            except UnicodeDecodeError:
                out.problems.append(f"{t}:{n}: skipped: not UTF-8 text")
                continue
            line = _COMMENT.sub("", line).strip()
            if not line or line.startswith("#"):
                continue
            add(line, str(path), f"{t}:{n}")
        if len(out.urls) + len(out.problems) == before:
            out.problems.append(f"{t}: the URL list is empty")
    return out


def read_targets(targets: list[str]) -> list[str]:
    """The source URLs of ``watch`` arguments (see :func:`collect_targets`); raises a :class:`UsageError`
    only when none is usable, naming what was wrong."""
    found = collect_targets(targets)
    if not found.urls:
        raise UsageError("; ".join(found.problems) or "give feed or page URLs, or files listing them")
    return found.urls


#: At most this many pages are taken from one sitemap (the most recent first), and child sitemaps from an index.
MAX_SITEMAP_URLS = 1000
MAX_CHILD_SITEMAPS = 50


def is_sitemap(resp: Response) -> bool:
    """Whether a response is an XML sitemap or sitemap index (``<urlset>`` / ``<sitemapindex>``)."""
    if resp.content_type in HTML_TYPES or resp.content_type in TEXT_TYPES:
        return False
    head = resp.body[:2000].lower()
    return b"<urlset" in head or b"<sitemapindex" in head


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _iso_date(value: str | None) -> str | None:
    if not value or not value.strip():
        return None
    v = value.strip()
    try:
        dt = datetime.fromisoformat(v.replace("Z", "+00:00"))
    except ValueError:
        return v[:10] if re.match(r"\d{4}-\d{2}-\d{2}", v) else None
    if dt.tzinfo is not None:
        dt = dt.astimezone(UTC)
    return dt.isoformat(timespec="seconds") if len(v) > 10 else v[:10]


def sitemap_entries(resp: Response) -> tuple[list[str], list[Entry]]:
    """The child sitemaps (of a sitemap index) and the page entries (of a urlset) of a sitemap, Google News
    sitemaps included: the page's ``news:title``, ``news:publication_date`` (else ``lastmod``) and
    ``news:language``. The most recent :data:`MAX_SITEMAP_URLS` pages and :data:`MAX_CHILD_SITEMAPS`
    children are kept. Raises an :class:`InputError` for XML that does not parse."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=False)
    try:
        root = etree.fromstring(resp.body, parser)
    except etree.XMLSyntaxError as exc:
        raise EmptyInputError(f"{resp.url}: not a readable sitemap ({exc})") from None
    kind = _local(root.tag)
    children: list[tuple[str, str]] = []
    entries: list[Entry] = []
    for node in root:
        fields: dict[str, str] = {}
        for el in node.iter():
            name = _local(el.tag)
            if name in ("loc", "lastmod", "title", "publication_date", "language", "name") and el.text:
                fields.setdefault(name, el.text.strip())
        loc = fields.get("loc")
        if not loc or check_url(loc):
            continue
        if kind == "sitemapindex":
            children.append((fields.get("lastmod") or "", loc))
        elif kind == "urlset":
            entries.append(Entry(url=loc, title=fields.get("title"),
                                 date=_iso_date(fields.get("publication_date") or fields.get("lastmod")),
                                 language=fields.get("language"), feed=resp.url))
    children.sort(reverse=True)
    entries.sort(key=lambda e: e.date or "", reverse=True)
    return [u for _, u in children[:MAX_CHILD_SITEMAPS]], entries[:MAX_SITEMAP_URLS]


def robots_sitemaps(robots_txt: str) -> list[str]:
    """The ``Sitemap:`` URLs of a robots.txt text, in order."""
    out = []
    for line in robots_txt.splitlines():
        key, _, value = line.partition(":")
        if key.strip().lower() == "sitemap" and value.strip() and not check_url(value.strip()):
            out.append(value.strip())
    return list(dict.fromkeys(out))


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


_DATE_META = {"article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
              "date", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date"}
_LD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')


def page_datetime(html: str) -> str | None:
    """The publication time a page states with its hour (meta tags, JSON-LD ``datePublished``, ``<time
    datetime>``), as ISO 8601; None when the page gives no time of day."""
    from lxml import etree
    from lxml import html as lhtml

    candidates: list[str] = []
    try:
        doc = lhtml.fromstring(html)
    except (ValueError, etree.ParserError):
        doc = None
    if doc is not None:
        for m in doc.iter("meta"):
            key = (m.get("property") or m.get("name") or m.get("itemprop") or "").strip().lower()
            if key in _DATE_META and m.get("content"):
                candidates.append(m.get("content"))
        candidates += [t.get("datetime") for t in doc.iter("time") if t.get("datetime")]
    candidates += _LD_DATE.findall(html)
    for c in candidates:
        c = c.strip()
        if len(c) < 16 or "T" not in c and " " not in c[10:11]:
            continue
        try:
            dt = datetime.fromisoformat(c.replace("Z", "+00:00").replace(" ", "T", 1))
        except ValueError:
            continue
        if dt.tzinfo is not None:
            dt = dt.astimezone(UTC)
        return dt.isoformat(timespec="seconds")
    return None


def _full_date(day: str | None, stamp: str | None) -> str | None:
    """The page's timestamp when it agrees with the extracted day (or there is none), else the day."""
    if stamp and (not day or stamp[:10] == day[:10]):
        return stamp
    return day


def index_page(html: str, text: str = "") -> str | None:
    """Why an HTML page is an index (a list of headline links, "Latest news") rather than an article, or None.

    An index page has at least 10 links holding half of its words, or at least 12 extracted lines mostly
    under 12 words each with a third of its words in links."""
    from lxml import etree
    from lxml import html as lhtml

    try:
        doc = lhtml.fromstring(html)
    except (ValueError, etree.ParserError):
        return None
    for bad in doc.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    body = doc.find("body")
    body = body if body is not None else doc
    words = len(body.text_content().split())
    links = [a for a in body.iter("a") if a.get("href")]
    link_words = sum(len(a.text_content().split()) for a in links)
    if not words or len(links) < 10:
        return None
    density = link_words / words
    lines = [ln for ln in text.splitlines() if ln.strip()]
    short = sum(len(ln.split()) < 12 for ln in lines)
    if density >= 0.5 or (density >= 0.33 and len(lines) >= 12 and short >= 0.7 * len(lines)):
        return (f"not an article: an index page ({len(links)} links holding {density:.0%} of its words); "
                f"give its feed, or the article URLs")
    return None


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
        why = index_page(text, found.text)
        if why:
            raise UnreadableInputError(f"{entry.url}: {why}")
        page = {"text": found.text, "title": found.title, "date": _full_date(found.date, page_datetime(text)),
                "source": found.source, "author": found.author}
    record = {"text": page["text"], "id": entry.url, "url": entry.url,
              "title": entry.title or page.get("title"), "date": entry.date or page.get("date"),
              "source": entry.source or page.get("source") or urlsplit(entry.url).netloc,
              "author": entry.author or page.get("author"),
              **({"language": entry.language} if entry.language else {})}
    article = article_from_record(record, settings, where=entry.url)
    if article.words < min_words:
        raise EmptyInputError(f"{entry.url}: no article text found ({article.words} words)")
    if note:
        article.notes.append(note)
    if resp.url != entry.url:
        article.notes.append(f"fetched from {resp.url} (redirected)")
    return article


__all__ = ["Entry", "InputError", "Targets", "check_url", "collect_targets", "feed_entries", "index_page", "is_feed",
           "is_sitemap", "page_article", "read_targets", "robots_sitemaps", "sitemap_entries"]
