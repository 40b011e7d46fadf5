"""What ``watch`` will and will not fetch, against real HTTP(S) servers on 127.0.0.1: non-public addresses
refused by default (the URL, a name resolving to one, a redirect to one), connections pinned to the checked
address, robots.txt read by RFC 9309 (Protego) and Retry-After values that are neither seconds nor a date."""
from __future__ import annotations

import json
import shutil
import socket
import ssl
import subprocess
import threading
import time
from dataclasses import replace
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from typer.testing import CliRunner

from narrascope.batch.watch import watch_once
from narrascope.cli import app
from narrascope.pipeline import Pipeline
from narrascope.readers import fetch as fetch_module
from narrascope.readers.fetch import Blocked, Fetcher, FetchError, FetchPolicy, Refused, address_refusal, retry_after
from narrascope.settings import Settings
from narrascope.store import Query, open_store

from .feed_server import Site, page_html, rss

FAST = FetchPolicy(rate_limit=0, timeout=2, retries=1, backoff=0.05, retry_wait=3600)
LOCAL = replace(FAST, allow_private=True)  # only where a test must reach the server on 127.0.0.1


@pytest.fixture()
def site():
    s = Site("main").start()
    s.add("/robots.txt", "User-agent: *\nDisallow: /*?print=\n", "text/plain")
    for n in (1, 2):
        s.add(f"/news/{n}.html", page_html(n))
    s.add("/news/1.html?print=1", page_html(11))
    items = [(f"{s.base}/news/1.html", "Report 1", formatdate(1741600000, usegmt=True)),
             (f"{s.base}/news/1.html?print=1", "Report 1 (print)", formatdate(1741600000, usegmt=True)),
             (f"{s.base}/news/2.html", "Report 2", formatdate(1741603600, usegmt=True))]
    s.add("/feed.xml", rss(s.base, items), "application/rss+xml")
    yield s
    s.stop()


@pytest.fixture()
def other():
    s = Site("other").start()
    s.add("/page.html", page_html(3))
    yield s
    s.stop()


@pytest.fixture(scope="module")
def light():
    settings = Settings(n_process=1)
    return settings, Pipeline([], settings)


# -- the address check ----------------------------------------------------------------------------------
@pytest.mark.parametrize("address, why", [
    ("127.0.0.1", "loopback"), ("127.8.9.10", "loopback"), ("::1", "loopback"),
    ("10.1.2.3", "private"), ("172.16.0.1", "private"), ("192.168.1.1", "private"), ("fc00::1", "private"),
    ("fd12:3456::1", "private"), ("100.64.0.1", "shared (carrier-grade NAT)"),
    ("169.254.169.254", "link-local"), ("fe80::1", "link-local"), ("fe80::1%eth0", "link-local"),
    ("0.0.0.0", "unspecified"), ("::", "unspecified"), ("224.0.0.1", "multicast"), ("ff02::1", "multicast"),
    ("240.0.0.1", "reserved"), ("255.255.255.255", "broadcast"), ("fec0::1", "site-local"),
    ("2001:db8::1", "private"), ("192.0.2.10", "private"), ("198.18.0.1", "private"),
    ("::ffff:127.0.0.1", "loopback (IPv4 127.0.0.1 inside IPv6)"),
    ("::ffff:169.254.169.254", "link-local (IPv4 169.254.169.254 inside IPv6)"),
    ("::ffff:10.0.0.1", "private (IPv4 10.0.0.1 inside IPv6)"),
    ("64:ff9b::a9fe:a9fe", "link-local (IPv4 169.254.169.254 inside IPv6)"),   # NAT64
    ("64:ff9b:1::a00:1", "NAT64 local-use"),
    ("2002:7f00:1::1", "loopback (IPv4 127.0.0.1 inside IPv6)"),                 # 6to4
    ("2001:0:4136:e378:8000:63bf:3fff:fdd2", "Teredo tunnel"),
    ("8.8.8.8", None), ("1.1.1.1", None), ("2606:4700::1111", None), ("::ffff:8.8.8.8", None),
    ("64:ff9b::808:808", None),
])
def test_address_refusal(address, why):
    assert address_refusal(address) == why


def test_a_feed_on_127_0_0_1_is_refused_by_default_and_nothing_is_stored(site, light, tmp_path):
    settings, pipeline = light
    store = open_store(tmp_path / "w.db")
    report = watch_once([site.base + "/feed.xml"], store, settings, pipeline)  # policy from the settings
    assert report.stored == 0 and store.counts()["articles"] == 0
    assert len(report.bad) == 1
    message = report.bad[0]["message"]
    assert message.startswith("refused: 127.0.0.1 is a loopback address") and "fetch_allow_private" in message
    assert "\n" not in message
    assert site.log == []  # not one request, robots.txt included
    store.close()


def test_a_name_resolving_to_loopback_is_refused(site):
    fetcher = Fetcher(FAST)
    port = site.server.server_address[1]
    with pytest.raises(Refused, match=r"refused: localhost resolves to (127\.0\.0\.1|::1), which is a loopback"):
        fetcher.get(f"http://localhost:{port}/news/1.html")
    assert site.log == []
    with pytest.raises(Refused, match="refused: ::1 is a loopback"):
        fetcher.get(f"http://[::1]:{port}/")
    with pytest.raises(Refused, match="link-local"):
        fetcher.get("http://169.254.169.254/latest/meta-data/")


def test_each_redirect_hop_is_checked(site, other):
    """The first host is allowed (by host:port), the redirect's target is another private address: refused,
    and never contacted."""
    port_a, port_b = site.server.server_address[1], other.server.server_address[1]
    site.add("/go", "", status=302, headers={"Location": f"{other.base}/page.html"})
    site.add("/go-by-name", "", status=301, headers={"Location": f"http://localhost:{port_b}/page.html"})
    fetcher = Fetcher(replace(FAST, private_hosts=frozenset({f"127.0.0.1:{port_a}"})))
    assert fetcher.get(f"{site.base}/news/2.html").status == 200  # the allowed host is fetched
    with pytest.raises(Refused) as err:
        fetcher.get(f"{site.base}/go")
    assert err.value.url == f"{site.base}/go" and not err.value.retryable
    assert err.value.message.startswith(f"refused: a redirect to {other.base}/page.html: 127.0.0.1 is a loopback")
    with pytest.raises(Refused, match="refused: a redirect to http://localhost:.*resolves to"):
        fetcher.get(f"{site.base}/go-by-name")
    assert other.log == []
    # With private addresses allowed, the same redirect is followed.
    assert Fetcher(LOCAL).get(f"{site.base}/go").url == f"{other.base}/page.html"


def test_the_connection_goes_to_the_checked_address(site, monkeypatch):
    """The name is resolved once; a second answer (DNS rebinding) is never used, and the Host header still
    names the host."""
    port = site.server.server_address[1]
    real = socket.getaddrinfo
    answers = iter(["127.0.0.1"] + ["192.0.2.1"] * 10)  # then a different (unroutable) address
    asked = []

    def fake(host, *args, **kw):
        if host == "news.example":
            asked.append(host)
            return real(next(answers), *args, **kw)
        return real(host, *args, **kw)

    monkeypatch.setattr(fetch_module.socket, "getaddrinfo", fake)
    fetcher = Fetcher(replace(FAST, private_hosts=frozenset({f"news.example:{port}"})))
    for n in (1, 2):
        assert fetcher.get(f"http://news.example:{port}/news/{n}.html").status == 200
    assert asked == ["news.example"]
    assert {h["host"] for _, _, h in site.log} == {f"news.example:{port}"}


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command to make a certificate")
def test_https_to_a_pinned_address_keeps_sni_and_certificate_checks(tmp_path, monkeypatch):
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out",
                    str(cert), "-days", "2", "-subj", "/CN=news.example", "-addext",
                    "subjectAltName=DNS:news.example"], check=True, capture_output=True, timeout=60)
    seen_sni = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            body = page_html(5).encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(str(cert), str(key))
    ctx.sni_callback = lambda sock, name, _ctx: seen_sni.append(name)
    server.socket = ctx.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    port = server.server_address[1]
    real = socket.getaddrinfo
    monkeypatch.setattr(fetch_module.socket, "getaddrinfo",
                        lambda host, *a, **kw: real("127.0.0.1" if host == "news.example" else host, *a, **kw))
    try:
        fetcher = Fetcher(LOCAL)
        fetcher._tls = ssl.create_default_context(cafile=str(cert))
        resp = fetcher.get(f"https://news.example:{port}/a.html")
        assert resp.status == 200 and "Terminal delay" in resp.body.decode()
        assert "news.example" in seen_sni
        # The certificate names news.example: the same server reached as 127.0.0.1 fails the check.
        bare = Fetcher(LOCAL)
        bare._tls = ssl.create_default_context(cafile=str(cert))
        with pytest.raises(FetchError, match="TLS certificate not valid"):
            bare.get(f"https://127.0.0.1:{port}/a.html")
    finally:
        server.shutdown()
        server.server_close()


# -- robots.txt (RFC 9309) --------------------------------------------------------------------------------
def test_allow_private_fetches_the_feed_but_not_what_robots_forbids(site, light, tmp_path):
    settings, pipeline = light
    store = open_store(tmp_path / "w.db")
    report = watch_once([site.base + "/feed.xml"], store, settings.with_overrides(fetch_allow_private=True),
                        pipeline, replace(LOCAL, rate_limit=0))
    assert report.stored == 2 and report.blocked == [site.base + "/news/1.html?print=1"]
    assert site.requests("/news/1.html?print=1") == []
    keys = {i.key for i in store.search(Query(), limit=10).items}
    assert keys == {site.base + "/news/1.html", site.base + "/news/2.html"}
    store.close()


@pytest.mark.parametrize("robots, allowed, refused", [
    ("User-agent: *\nDisallow: /*?print=\n", ["/a.html", "/a.html?page=2"], ["/a.html?print=1", "/x/y?print="]),
    ("User-agent: *\nDisallow: /*.pdf$\n", ["/a.pdf?x=1", "/a.pdfs"], ["/a.pdf", "/docs/b.pdf"]),
    # The longest match wins, whatever the order of the lines.
    ("User-agent: *\nAllow: /news/public/\nDisallow: /news/\n", ["/news/public/1.html", "/other"], ["/news/1.html"]),
    ("User-agent: *\nDisallow: /news/\nAllow: /news/public/\n", ["/news/public/1.html"], ["/news/2.html"]),
    ("User-agent: *\nDisallow: /news/public/\nAllow: /news/\n", ["/news/1.html"], ["/news/public/1.html"]),
    # On a tie, Allow wins.
    ("User-agent: *\nDisallow: /page\nAllow: /page\n", ["/page"], []),
    # Our own group (matched by product token, case-insensitively) replaces the * group.
    ("User-agent: *\nDisallow: /\n\nUser-agent: NarraScope\nDisallow: /only-us/\n", ["/a.html"], ["/only-us/x"]),
])
def test_robots_rules(site, robots, allowed, refused):
    site.add("/robots.txt", robots, "text/plain")
    fetcher = Fetcher(LOCAL)
    for path in allowed:
        assert fetcher.allowed(site.base + path), (robots, path)
    for path in refused:
        assert not fetcher.allowed(site.base + path), (robots, path)


def test_a_blocked_page_is_never_requested(site):
    fetcher = Fetcher(LOCAL)
    with pytest.raises(Blocked):
        fetcher.get(site.base + "/news/1.html?print=1")
    assert site.requests("/news/1.html?print=1") == [] and site.requests("/robots.txt")


def test_crawl_delay_is_read(site):
    site.add("/robots.txt", "User-agent: *\nCrawl-delay: 0.3\n", "text/plain")
    fetcher = Fetcher(LOCAL)
    for n in (1, 2):
        fetcher.get(f"{site.base}/news/{n}.html")
    starts = [t for t, p, _ in site.log if p.startswith("/news/")]
    assert starts[1] - starts[0] >= 0.3 - 0.01


# -- Retry-After ------------------------------------------------------------------------------------------
def test_retry_after_values():
    assert retry_after("120") == 120 and retry_after(" 0 ") == 0
    later = retry_after(formatdate(time.time() + 30, usegmt=True))
    assert later is not None and 25 <= later <= 31
    assert retry_after(formatdate(time.time() - 30, usegmt=True)) == 0
    for bad in ("soon", "-5", "1.5", "", None, "Mon, 99 Foo 2025", "in a minute"):
        assert retry_after(bad) is None, bad


def test_retry_after_soon_falls_back_to_the_backoff_and_the_url_is_retried_later(site, light, tmp_path):
    settings, pipeline = light
    site.add("/busy.html", "busy", status=503, headers={"Retry-After": "soon"})
    store = open_store(tmp_path / "w.db")
    report = watch_once([site.base + "/busy.html"], store, settings, pipeline, LOCAL)
    assert report.bad == [] and [f["url"] for f in report.failed] == [site.base + "/busy.html"]
    assert report.failed[0]["message"] == "HTTP 503"
    starts = [t for t, p, _ in site.log if p == "/busy.html"]
    assert len(starts) == 2 and starts[1] - starts[0] < 1  # the 0.05 s backoff, not an error
    assert store.fetch_state(site.base + "/busy.html").status == "failed"
    store.close()


# -- the command line -------------------------------------------------------------------------------------
def test_cli_watch_refuses_by_default_and_fetches_with_allow_private(site, tmp_path, monkeypatch):
    for name in ("NARRASCOPE_FETCH_ALLOW_PRIVATE", "NARRASCOPE_SETTINGS"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))  # no user settings file
    monkeypatch.setenv("NARRASCOPE_ANALYSERS", "spacy")
    db = str(tmp_path / "cli.db")
    args = ["watch", site.base + "/feed.xml", "--db", db, "--once", "--rate-limit", "0", "--json", "-j", "1"]
    runner = CliRunner()
    r = runner.invoke(app, args)
    assert r.exit_code == 0, r.output
    report = json.loads(r.stdout.splitlines()[-1])
    assert report["stored"] == 0 and report["bad"][0]["message"].startswith("refused: 127.0.0.1 is a loopback")
    assert site.log == []
    monkeypatch.setenv("NARRASCOPE_FETCH_ALLOW_PRIVATE", "true")
    r = runner.invoke(app, args)
    assert r.exit_code == 0, r.output
    report = json.loads(r.stdout.splitlines()[-1])
    assert report["stored"] == 2 and report["blocked"] == [site.base + "/news/1.html?print=1"]
    assert site.requests("/news/1.html?print=1") == []
    store = open_store(db)
    assert store.counts()["articles"] == 2
    store.close()
