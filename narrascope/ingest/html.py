"""HTML reader: trafilatura extracts title, date, author and the main text.

The Article's raw text is the extracted text (title excluded), so offsets point into what the user sees.
"""
from __future__ import annotations

from pathlib import Path

from ..article import Article
from ..errors import EmptyInputError
from ..language import detect_language


def parse_html(html: str, *, name: str, path: str | None = None) -> Article:
    """Extract the article from an HTML page; raise EmptyInputError when no main text is found."""
    import trafilatura

    result = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    doc = result.as_dict() if result is not None and hasattr(result, "as_dict") else (result or {})
    text = doc.get("text") or ""
    if not text.strip():
        raise EmptyInputError(f"{name}: no article text found in this HTML page")
    title = doc.get("title")
    return Article(
        text=text, id=Path(name).stem, title=title, body_start=0, date=doc.get("date"),
        source=doc.get("sitename") or doc.get("hostname"), url=doc.get("url"),
        author=doc.get("author"), language=detect_language(text), path=path,
    )
