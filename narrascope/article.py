"""The Article: what every reader produces and every analyser reads.

``text`` is the raw text exactly as read (``\\r\\n`` kept), and every offset narrascope reports is a
``[start, end)`` slice of it. Title, date and byline are located inside ``text`` rather than cut out of it,
so offsets into the body stay valid.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field


@dataclass
class Article:
    """One news article. Only ``text`` is required."""

    text: str
    id: str | None = None
    title: str | None = None
    body_start: int = 0
    date: str | None = None
    source: str | None = None
    url: str | None = None
    author: str | None = None
    language: str | None = None
    path: str | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def body(self) -> str:
        """The text after the title/date/byline lines."""
        return self.text[self.body_start:]

    @property
    def content_hash(self) -> str:
        """SHA-256 of the raw text and title: the article's identity in the store."""
        h = hashlib.sha256()
        h.update((self.title or "").encode("utf-8"))
        h.update(b"\0")
        h.update(self.text.encode("utf-8"))
        return h.hexdigest()

    @property
    def words(self) -> int:
        """Whitespace-separated words in the raw text."""
        return len(self.text.split())
