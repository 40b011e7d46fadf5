"""Outlets: which site a page belongs to. An outlet is a site — its registrable domain (``www.example.co.uk``
→ ``example.co.uk``), or the name a user gives it in an outlets file — so every feed of one site (a "Europe
desk" feed beside the main one) and the pages of its URL lists are one outlet, whatever each feed calls itself.

No public-suffix list is installed, so :func:`registrable_domain` knows the common two-part suffixes
(``co.uk``, ``com.br``, ``com.au`` …) and otherwise keeps the last two labels; an outlets file (TOML) names
the sites where that guess is wrong::

    [[outlet]]
    name = "Continental Wire"
    feeds = ["https://continentalwire.example/rss", "https://continentalwire.example/europe/rss"]
    lists = ["continental-urls.txt"]       # files of page URLs, relative to the outlets file
    domains = ["continentalwire.example", "cw-cdn.example"]
    language = "en"
    country = "DE"
    notes = "wire service; syndicates to regional papers"
"""
from __future__ import annotations

import ipaddress
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ..errors import UsageError

#: Second-level labels under which a country-code TLD registers names (``example.co.uk``).
_SECOND_LEVEL = frozenset("co com net org gov gob edu ac mil nic or ne go sch nom info biz ltd plc firm gen web "
                          "lg ed gr".split())


def registrable_domain(url_or_host: str) -> str:
    """The registrable domain of a URL or host name (lower-cased; port and ``www.`` dropped): the last two
    labels, or three under a common second-level suffix of a country code (``bbc.co.uk``, ``folha.com.br``).
    An IP address is kept whole. Empty when there is no host."""
    s = url_or_host.strip()
    try:
        host = (urlsplit(s).hostname if "//" in s else s.split(":")[0]) or ""
    except ValueError:
        return ""
    host = host.lower().rstrip(".")
    try:
        ipaddress.ip_address(host)
        return host
    except ValueError:
        pass
    labels = [p for p in host.split(".") if p]
    if len(labels) <= 2:
        return ".".join(labels)
    if len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


@dataclass
class Outlet:
    """One outlet as an outlets file describes it (every field but ``name`` optional)."""

    name: str
    feeds: list[str] = field(default_factory=list)
    lists: list[str] = field(default_factory=list)
    domains: list[str] = field(default_factory=list)
    language: str | None = None
    country: str | None = None
    notes: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return dict(self.__dict__)


_KEYS = {"name", "feeds", "lists", "domains", "language", "country", "notes"}


def read_outlets_file(path: str | Path) -> list[Outlet]:
    """The outlets of a TOML outlets file (``[[outlet]]`` tables); list paths are made relative to the file.

    Raises a :class:`UsageError` naming the file (and the outlet) for anything malformed."""
    p = Path(path)
    try:
        data = tomllib.loads(p.read_text("utf-8"))
    except OSError as exc:
        raise UsageError(f"{p}: cannot read the outlets file ({exc.strerror or exc})") from None
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise UsageError(f"{p}: not a TOML outlets file ({exc})") from None
    items = data.get("outlet", data.get("outlets"))
    if not isinstance(items, list) or not items:
        raise UsageError(f"{p}: no [[outlet]] tables; each needs at least a name (see narrascope watch --help)")
    out: list[Outlet] = []
    seen: set[str] = set()
    for i, item in enumerate(items, start=1):
        where = f"{p}: outlet {i}"
        if not isinstance(item, dict):
            raise UsageError(f"{where}: not a table")
        unknown = set(item) - _KEYS
        if unknown:
            raise UsageError(f"{where}: unknown keys {sorted(unknown)}; use {sorted(_KEYS)}")
        name = item.get("name")
        if not isinstance(name, str) or not name.strip():
            raise UsageError(f"{where}: give it a name")
        name = name.strip()
        if name.casefold() in seen:
            raise UsageError(f"{where}: the name {name!r} is used twice")
        seen.add(name.casefold())
        values: dict[str, list[str]] = {}
        for key in ("feeds", "lists", "domains"):
            value = item.get(key, [])
            if isinstance(value, str):
                value = [value]
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise UsageError(f"{where} ({name}): {key} must be a list of strings")
            values[key] = [v.strip() for v in value if v.strip()]
        for key in ("language", "country", "notes"):
            if item.get(key) is not None and not isinstance(item[key], str):
                raise UsageError(f"{where} ({name}): {key} must be a string")
        out.append(Outlet(name=name, feeds=values["feeds"],
                          lists=[v if Path(v).is_absolute() else str(p.parent / v) for v in values["lists"]],
                          domains=[registrable_domain(d) or d.lower() for d in values["domains"]],
                          language=item.get("language"), country=item.get("country"), notes=item.get("notes")))
    return out


class OutletResolver:
    """Names the outlet of a page: an outlet whose feeds or lists gave it, else one claiming its domain, else
    ``source`` (``watch --source``), else its registrable domain; then through ``aliases`` (old name → name,
    left by ``outlets rename``/``merge``), so a renamed outlet keeps its new name on later runs."""

    def __init__(self, outlets: list[Outlet] | None = None, aliases: dict[str, str] | None = None,
                 source: str | None = None):
        self.outlets = outlets or []
        self.aliases = {k.casefold(): v for k, v in (aliases or {}).items()}
        self.source = source.strip() if source and source.strip() else None
        self.by_origin: dict[str, str] = {}
        self.by_domain: dict[str, str] = {}
        for o in self.outlets:
            for f in o.feeds + o.lists:
                self.by_origin[f] = o.name
            for d in o.domains:
                self.by_domain[d] = o.name
            for f in o.feeds:
                self.by_domain.setdefault(registrable_domain(f), o.name)

    def name(self, url: str, origin: str | None = None) -> str:
        """The outlet of the page at ``url``, listed by ``origin`` (a feed URL or a list file), if any."""
        found = self.by_origin.get(origin or "") or self.by_domain.get(registrable_domain(url)) or self.source
        return self.follow(found or registrable_domain(url) or url)

    def follow(self, name: str) -> str:
        """``name`` after the renames and merges recorded as aliases."""
        seen = set()
        while name.casefold() in self.aliases and name.casefold() not in seen:
            seen.add(name.casefold())
            name = self.aliases[name.casefold()]
        return name


__all__ = ["Outlet", "OutletResolver", "read_outlets_file", "registrable_domain"]
