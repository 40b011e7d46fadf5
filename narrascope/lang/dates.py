"""Dates written in any of the five languages: the one date reader of the header reader and the store.

``27 February 2025``, ``Feb. 27, 2025``, ``27.02.2025``, ``2025-02-27``, ``12 марта 2025 г.``,
``20 февруари 2025``, ``14 de novembro de 2025``, ``5 अप्रैल 2025``: month names come from the lexicons
(:mod:`narrascope.lang`), so they are read whatever the article's language (a Bulgarian site may date in
English). Pure regular expressions: no locale, no dateparser (which costs tens of milliseconds a call).
"""
from __future__ import annotations

import re
from datetime import date as _date

from . import all_months

MONTHS: dict[str, int] = all_months()
_MONTH = r"(?P<mon>" + "|".join(re.escape(m) for m in sorted(MONTHS, key=len, reverse=True)) + r")(?![^\W\d_])\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|-?го|-?ого)?\.?"
_YEAR = r"(?P<year>(?:19|20)\d\d)(?:[ \t]*(?:г\.|года|год|г(?![^\W\d_])))?"
_OF = r"(?:de[ \t]+)?"

#: Regular expressions of a date (each a named-group pattern, to embed in a larger one).
DATE_FORMS: tuple[str, ...] = (
    r"(?P<iso>\d{4}-\d{2}-\d{2})",
    _DAY + r"[ \t]+" + _OF + _MONTH + r",?[ \t]+" + _OF + _YEAR,             # 27 February 2025, 14 de novembro de 2025
    _MONTH + r"[ \t]+" + r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?" + r",?[ \t]+" + _YEAR,  # Feb. 27, 2025
    r"(?P<dday>[0-3]?\d)[./](?P<dmon>[01]?\d)[./](?P<dyear>(?:19|20)\d\d)(?:[ \t]*г\.)?",  # 27.02.2025, 27/02/2025
)
_WHOLE = tuple(re.compile(r"[ \t]*" + f + r"[ \t]*\.?[ \t]*$", re.IGNORECASE) for f in DATE_FORMS)


def iso_of(m: re.Match) -> str | None:
    """The ISO date of a match of one of ``DATE_FORMS``, or None when it names no real day (31.02.2025)."""
    g = m.groupdict()
    try:
        if g.get("iso"):
            return _date.fromisoformat(g["iso"]).isoformat()
        if g.get("dyear"):
            return _date(int(g["dyear"]), int(g["dmon"]), int(g["dday"])).isoformat()
        return _date(int(g["year"]), MONTHS[g["mon"].lower().rstrip(".")], int(g["day"])).isoformat()
    except (ValueError, KeyError, TypeError):
        return None


def parse_date(value: str | None) -> str | None:
    """``YYYY-MM-DD`` for a string that is one date in any of the forms above, else None."""
    if not value:
        return None
    for rx in _WHOLE:
        m = rx.match(value.strip())
        if m and (d := iso_of(m)):
            return d
    return None


__all__ = ["DATE_FORMS", "MONTHS", "iso_of", "parse_date"]
