"""Plain-text and SemEval raw-document reader.

Layout understood (offsets never change, only spans are located):

- an optional leading ``date YYYY-MM-DD`` line (also ``Date: YYYY-MM-DD``);
- the title: the first non-empty line;
- an optional byline ``By …`` right after the title;
- the body: everything after.

SemEval-2025 files (``EN_UA_100012.txt``: title line, blank line, body) are the same layout; their id and
language come from the file name.
"""
from __future__ import annotations

import re
from pathlib import Path

from ..article import Article
from ..language import detect_language, language_from_filename

_DATE_LINE = re.compile(r"[ \t]*date:?[ \t]+(\d{4}-\d{2}-\d{2})[ \t]*\r?(?:\n|$)", re.IGNORECASE)
_BYLINE = re.compile(r"[ \t]*by[ \t]+(\S[^\r\n]{0,120}?)[ \t]*\r?(?:\n|$)", re.IGNORECASE)
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")


def _skip_blank(text: str, pos: int) -> int:
    while pos < len(text):
        m = _LINE.match(text, pos)
        line = m.group(0)
        if line.strip().lstrip("\ufeff") or not line:
            return pos
        pos = m.end()
    return pos


def parse_text(text: str, *, name: str | None = None, path: str | None = None) -> Article:
    """Split ``text`` into date / title / byline / body spans and return the Article (text unchanged)."""
    pos = _skip_blank(text, 0)
    date = None
    m = _DATE_LINE.match(text, pos)
    if m:
        date = m.group(1)
        pos = _skip_blank(text, m.end())
    title = None
    line = _LINE.match(text, pos)
    if line and line.group(0).strip():
        title = line.group(0).strip().lstrip("\ufeff").strip()
        pos = line.end()
    author = None
    after_title = _skip_blank(text, pos)
    m = _BYLINE.match(text, after_title)
    if m and title is not None:
        author = m.group(1).strip()
        pos = m.end()
    body_start = _skip_blank(text, pos)
    if body_start >= len(text):
        body_start = pos if pos < len(text) else 0
    stem = Path(name).stem if name else None
    # The text decides: in the SemEval test folders "RU_TEST_…" names a topic (Russia–Ukraine), not a language.
    language = detect_language(text) or (language_from_filename(Path(name).name) if name else None)
    return Article(text=text, id=stem, title=title, body_start=body_start, date=date,
                   author=author, language=language, path=path)
