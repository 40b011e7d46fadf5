"""HTML reader: trafilatura extracts title, date, author and the main text.

The Article's raw text is the extracted text, so offsets point into what the user sees. trafilatura often
keeps the headline (and a byline or dateline under it) at the top of that text; those lines are read with
the plain-text header rules, so they count as header, not body, and fill in an author or date the page's
metadata lacks.
"""
from __future__ import annotations

from pathlib import Path

from ..article import Article
from ..errors import EmptyInputError
from ..language import detect_language
from .text import parse_text


def parse_html(html: str, *, name: str, path: str | None = None) -> Article:
    """Extract the article from an HTML page; raise EmptyInputError when no main text is found."""
    import trafilatura

    result = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    doc = result.as_dict() if result is not None and hasattr(result, "as_dict") else (result or {})
    text = doc.get("text") or ""
    if not text.strip():
        raise EmptyInputError(f"{name}: no article text found in this HTML page")
    title, date, author = doc.get("title"), doc.get("date"), doc.get("author")
    body_start = 0
    header = parse_text(text)
    same_title = title and header.title and " ".join(header.title.split()) == " ".join(title.split())
    # Without a page title, a first line counts as headline only with a byline or dateline under it.
    if header.body_start > 0 and (same_title or (not title and header.title and (header.author or header.date))):
        # The text opens with the headline: what follows it up to the body is byline and dateline.
        title, body_start = header.title, header.body_start
        date, author = date or header.date, author or header.author
    return Article(
        text=text, id=Path(name).stem, title=title, body_start=body_start, date=date,
        source=doc.get("sitename") or doc.get("hostname"), url=doc.get("url"),
        author=author, language=detect_language(text), path=path,
    )
