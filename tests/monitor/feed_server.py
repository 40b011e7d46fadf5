"""A local HTTP server for the watch tests and benchmark: pages, an RSS feed, robots.txt, a slow host, a 500,
a redirect, a PDF and a page without text. It listens on loopback only (127.0.0.1, or another 127.x address
for a second site) and logs every request.

The article texts are written for these tests.
"""
from __future__ import annotations

import threading
import time
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PARAS = [
    "The harbour authority of {city} said on {day} that the new container terminal will open in spring, two "
    "years later than planned, after engineers found that the quay walls needed stronger foundations.",
    "Local shipping companies welcomed the news but warned that the delay had already cost them contracts. "
    "\"We lost two clients to the port across the bay,\" said the manager of a freight firm in {city}.",
    "The regional council will vote next month on extra funding for the project. Opposition members asked "
    "for an independent audit of the costs, which have risen by a third since construction began.",
    "Residents near the terminal have complained about night-time noise from the building site, and the "
    "authority promised to limit heavy work to daytime hours from the start of the next quarter.",
]
CITIES = ["Varna", "Porto", "Gdansk", "Trieste", "Rijeka", "Bilbao", "Tallinn", "Bergen", "Malmo", "Cork"]


def page_html(n: int) -> str:
    city = CITIES[n % len(CITIES)]
    paras = "".join(f"<p>{p.format(city=city, day='Tuesday')} (Report {n}.)</p>" for p in PARAS)
    return (f"<!doctype html><html><head><title>Terminal delay in {city} ({n})</title>"
            f"<meta name='author' content='Staff reporter'></head><body><nav>Home | World | Business</nav>"
            f"<article><h1>Terminal delay in {city} ({n})</h1>{paras}</article>"
            f"<footer>Copyright The Test Gazette</footer></body></html>")


def article_html(title: str, paragraphs: list[str], published: str | None = None, site: str = "Test site") -> str:
    """An article page with a nav bar, a related-articles box and a footer around the text."""
    meta = f"<meta property='article:published_time' content='{published}'>" if published else ""
    paras = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!doctype html><html><head><title>{title}</title>{meta}</head><body><nav><a href='/'>Home</a> "
            f"<a href='/world'>World</a></nav><article><h1>{title}</h1>{paras}</article><aside><h3>Related</h3>"
            f"<a href='/r1'>Another story</a></aside><footer>Copyright {site}</footer></body></html>")


def index_html(headlines: list[tuple[str, str]]) -> str:
    """A "Latest news" index page: a list of headline links with a short teaser each."""
    items = "".join(f"<li><a href='{u}'>{t}</a><br>Updated today</li>" for u, t in headlines)
    return (f"<!doctype html><html><head><title>Latest news</title></head><body><h1>Latest news</h1>"
            f"<ul>{items}</ul></body></html>")


def rss(base: str, items: list[tuple[str, str, str]], title: str = "The Test Gazette") -> str:
    """An RSS 2.0 feed of ``(link, title, RFC 822 date)`` items."""
    body = "".join(f"<item><title>{t}</title><link>{link}</link><pubDate>{d}</pubDate>"
                   f"<guid>{link}</guid></item>" for link, t, d in items)
    return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{title}</title>'
            f"<link>{base}/</link><description>Test feed</description>{body}</channel></rss>")


class Site:
    """Routes of one host: ``routes[path] = (status, headers, body bytes, delay seconds)``."""

    def __init__(self, name: str, host: str = "127.0.0.1"):
        self.name = name
        self.host = host
        self.routes: dict[str, tuple[int, dict[str, str], bytes, float]] = {}
        self.log: list[tuple[float, str, dict[str, str]]] = []
        self.server: ThreadingHTTPServer | None = None

    @property
    def base(self) -> str:
        return f"http://{self.host}:{self.server.server_address[1]}"

    def add(self, path: str, body: str | bytes, ctype: str = "text/html; charset=utf-8", status: int = 200,
            headers: dict[str, str] | None = None, delay: float = 0.0) -> None:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = (status, {"Content-Type": ctype, **(headers or {})}, data, delay)

    def requests(self, path: str | None = None) -> list[tuple[float, str, dict[str, str]]]:
        return [r for r in self.log if path is None or r[1] == path]

    def start(self) -> Site:
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self):
                site.log.append((time.monotonic(), self.path, {k.lower(): v for k, v in self.headers.items()}))
                route = site.routes.get(self.path)
                if route is None:
                    status, headers, body, delay = 404, {"Content-Type": "text/plain"}, b"not found", 0.0
                else:
                    status, headers, body, delay = route
                if delay:
                    time.sleep(delay)
                etag = headers.get("ETag")
                if etag and self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                try:
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, *args):  # quiet
                pass

        self.server = ThreadingHTTPServer((self.host, 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self.server:
            self.server.shutdown()
            self.server.server_close()


def news_sites(pages: int = 4, slow_delay: float = 2.0) -> tuple[Site, Site]:
    """The main news host (feed, pages, robots.txt, 500, redirect, PDF, empty page) and a slow host."""
    main, slow = Site("main").start(), Site("slow").start()
    main.add("/robots.txt", "User-agent: *\nDisallow: /private/\n", "text/plain")
    items = []
    for n in range(1, pages + 1):
        main.add(f"/news/{n}.html", page_html(n))
        items.append((f"{main.base}/news/{n}.html", f"Terminal delay, report {n}",
                      formatdate(1741600000 + n * 3600, usegmt=True)))
    main.add("/news/moved.html", page_html(99))
    main.add("/old/moved", "", status=301, headers={"Location": "/news/moved.html"})
    main.add("/private/secret.html", page_html(50))
    main.add("/broken.html", "<h1>oops</h1>", status=500)
    main.add("/report.pdf", b"%PDF-1.4 not really", "application/pdf")
    main.add("/empty.html", "<html><body><nav>menu</nav></body></html>")
    slow.add("/slow.html", page_html(60), delay=slow_delay)
    items += [(f"{main.base}/old/moved", "Moved report", formatdate(1741700000, usegmt=True)),
              (f"{main.base}/private/secret.html", "Secret", formatdate(1741700000, usegmt=True)),
              (f"{main.base}/broken.html", "Broken", formatdate(1741700000, usegmt=True)),
              (f"{main.base}/report.pdf", "A PDF", formatdate(1741700000, usegmt=True)),
              (f"{main.base}/empty.html", "Empty", formatdate(1741700000, usegmt=True)),
              (f"{slow.base}/slow.html", "Slow", formatdate(1741700000, usegmt=True))]
    main.add("/feed.xml", rss(main.base, items), "application/rss+xml", headers={"ETag": '"feed-v1"'})
    return main, slow
