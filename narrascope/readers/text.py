"""Plain-text and SemEval raw-document reader.

Layout understood (offsets never change, only spans are located). The header is the first few non-empty
lines, in any order, each at most once:

- a date line: ``date YYYY-MM-DD`` (also ``Date: YYYY-MM-DD``) or a dateline such as
  ``Published 27 February 2025``, ``Feb. 27, 2025``, ``Thursday, 27.02.2025 14:05``;
- the title: the first other non-empty line. Exports often put the date marker and the title on one line
  (`` date 2025-02-27 Trump Shuts the Door …``, sometimes after a space); the title is then what follows
  the date;
- an optional byline ``By …`` after the title;
- the body: everything after.

SemEval-2025 files (``EN_UA_100012.txt``: title line, blank line, body) are the same layout; their id and
language come from the file name.
"""
from __future__ import annotations

import re
from pathlib import Path

from ..article import Article
from ..lang.dates import DATE_FORMS as _DATE_FORMS
from ..lang.dates import iso_of
from ..language import detect_language, language_from_filename

_EOL = r"[ \t]*\r?(?:\n|$)"
_ISO = r"(?P<iso>\d{4}-\d{2}-\d{2})"
# `date 2025-02-27` alone on its line, or followed by the title on the same line.
_DATE_MARKER = re.compile(r"[ \t]*date:?[ \t]+" + _ISO + r"(?:" + _EOL + r"|[ \t]+(?P<title>\S[^\r\n]*?)" + _EOL + ")",
                          re.IGNORECASE)
# (English, or a Bulgarian/Russian weekday written in full: "Сряда, 25 ноември 2026")
_WEEKDAY = (r"(?:(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|понеделник|вторник|сряда|четвъртък|петък|събота|неделя"
            r"|понедельник|среда|четверг|пятница|суббота|воскресенье),?[ \t]+)?")
# A line that holds nothing but a date: an optional "Published"/"Updated …" lead, an optional weekday and
# an optional clock time after it. Anything more (a sentence) is body text, not a dateline.
_LEAD = r"[ \t]*(?:(?:published|posted|updated|last[ \t]+updated|first[ \t]+published|date)(?:[ \t]+on)?:?[ \t]+)?"
# (a Bulgarian or Russian hour after the clock: "4 декември 2026 г., 12:40 ч.", "12:40 часа")
_CLOCK = (r"(?:,?[ \t]+(?:at[ \t]+)?\d{1,2}[:.]\d{2}(?:[ \t]*[ap]\.?m\.?)?(?:[ \t]*(?:ч\.|часа|ч(?!\w)))?"
          r"(?:[ \t]+\(?[A-Z]{2,5}\)?)?)?\.?")
_DATELINES = tuple(re.compile(_LEAD + _WEEKDAY + form + _CLOCK + _EOL, re.IGNORECASE) for form in _DATE_FORMS)
_BYLINE = re.compile(r"[ \t]*by[ \t]+(\S[^\r\n]{0,120}?)" + _EOL, re.IGNORECASE)
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_HEADER_LINES = 4


def _skip_blank(text: str, pos: int) -> int:
    """The start of the next line with visible text (a byte-order mark is not visible)."""
    while pos < len(text):
        m = _LINE.match(text, pos)
        line = m.group(0)
        if line.strip().lstrip("\ufeff") or not line:
            return pos + (1 if text.startswith("\ufeff", pos) else 0)
        pos = m.end()
    return pos


def _iso(m: re.Match) -> str | None:
    """The ISO date of a dateline match, or None when it names no real day (31.02.2025)."""
    return iso_of(m)


def _dateline(text: str, pos: int) -> tuple[re.Match, str] | None:
    """``(match, ISO date)`` when the line at ``pos`` is a dateline naming a real day."""
    for rx in _DATELINES:
        m = rx.match(text, pos)
        if m and (d := _iso(m)):
            return m, d
    return None


def parse_date(s: str) -> str | None:
    """``YYYY-MM-DD`` for a date written as a dateline (``Published 27 February 2025``, ``27.02.2025``,
    ``12 марта 2025 г.``, ``14 de novembro de 2025``, ``5 अप्रैल 2025``)."""
    hit = _dateline(s.strip(), 0)
    return hit[1] if hit else None


def parse_text(text: str, *, name: str | None = None, path: str | None = None) -> Article:
    """Split ``text`` into date / title / byline / body spans and return the Article (text unchanged)."""
    pos = _skip_blank(text, 0)
    date = title = author = None
    for _ in range(_HEADER_LINES):
        if pos >= len(text):
            break
        if date is None and title is None and (m := _DATE_MARKER.match(text, pos)):
            date = _iso(m)
            if m.group("title"):
                title = m.group("title").strip()
        elif date is None and (hit := _dateline(text, pos)):
            m, date = hit
        elif title is None:
            m = _LINE.match(text, pos)
            if not m.group(0).strip():
                break
            title = m.group(0).strip()
        elif author is None and (m := _BYLINE.match(text, pos)):
            author = m.group(1).strip()
        else:
            break
        pos = _skip_blank(text, m.end())
    body_start = pos
    if body_start >= len(text):
        # Nothing after the header: the whole text is the body, so the analysers still see the lines.
        body_start = 0
    stem = Path(name).stem if name else None
    # The text decides: in the SemEval test folders "RU_TEST_…" names a topic (Russia–Ukraine), not a language.
    language = detect_language(text) or (language_from_filename(Path(name).name) if name else None)
    return Article(text=text, id=stem, title=title, body_start=body_start, date=date,
                   author=author, language=language, path=path)
