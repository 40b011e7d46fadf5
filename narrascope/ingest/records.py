"""JSON, JSONL and CSV records with fields ``id, title, text, date, source, url`` (only ``text`` required)."""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Any

from ..article import Article
from ..errors import EmptyInputError, MalformedInputError
from ..language import detect_language

FIELDS = ("id", "title", "text", "date", "source", "url", "author", "language")


def record_to_article(rec: Any, where: str, path: str | None = None) -> Article:
    """Build an Article from one record (a dict); raise an InputError naming ``where`` when it is unusable."""
    if not isinstance(rec, dict):
        raise MalformedInputError(f"{where}: expected an object with a 'text' field, got {type(rec).__name__}")
    text = rec.get("text")
    if not isinstance(text, str):
        raise MalformedInputError(f"{where}: the record has no 'text' string field")
    if not text.strip():
        raise EmptyInputError(f"{where}: the record's text is empty")
    vals = {k: (str(rec[k]) if rec.get(k) not in (None, "") else None) for k in FIELDS if k != "text"}
    return Article(text=text, id=vals["id"], title=vals["title"], date=vals["date"], source=vals["source"],
                   url=vals["url"], author=vals["author"],
                   language=(vals["language"] or detect_language(text)), path=path)


def iter_json(text: str, name: str, path: str | None) -> Iterator[Article | Exception]:
    """A JSON file: one record object, or a list of them."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise MalformedInputError(f"{name}: not valid JSON ({exc.msg} at line {exc.lineno})") from None
    items = data if isinstance(data, list) else [data]
    for i, rec in enumerate(items):
        where = f"{name} [{i}]" if isinstance(data, list) else name
        try:
            yield record_to_article(rec, where, path)
        except (MalformedInputError, EmptyInputError) as exc:
            yield exc


def iter_jsonl(text: str, name: str, path: str | None) -> Iterator[Article | Exception]:
    """JSON Lines: a malformed line is yielded as an error and the rest goes on."""
    for lineno, line in enumerate(io.StringIO(text), start=1):
        if not line.strip():
            continue
        where = f"{name}:{lineno}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            yield MalformedInputError(f"{where}: malformed JSON line ({exc.msg})")
            continue
        try:
            yield record_to_article(rec, where, path)
        except (MalformedInputError, EmptyInputError) as exc:
            yield exc


def iter_csv(text: str, name: str, path: str | None) -> Iterator[Article | Exception]:
    """CSV with a header row naming at least ``text``."""
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if not reader.fieldnames or "text" not in reader.fieldnames:
        raise MalformedInputError(f"{name}: CSV needs a header row with a 'text' column")
    try:
        for rowno, row in enumerate(reader, start=2):
            try:
                yield record_to_article(row, f"{name}:{rowno}", path)
            except (MalformedInputError, EmptyInputError) as exc:
                yield exc
    except csv.Error as exc:
        yield MalformedInputError(f"{name}: malformed CSV ({exc})")
