"""The one record -> Article function, and JSON, JSONL and CSV files of records.

A record is a mapping with ``text`` and optionally ``id, title, date, source, url, author, language``. Every
way in builds its Article here: ``read_text``, JSON/JSONL/CSV files and the REST API's ``POST
/api/articles`` and ``/api/analyze``, so one article gets one analysis whichever door it came through.
"""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator, Mapping
from typing import Any

from ..article import Article
from ..errors import InputError, MalformedInputError
from ..language import detect_language
from ..settings import Settings
from .decode import decode_bytes
from .text import parse_text

FIELDS = ("id", "title", "text", "date", "source", "url", "author", "language")


def article_from_record(record: Any, settings: Settings, *, where: str = "<record>",
                        path: str | None = None) -> Article:
    """Build the Article of one record; raise an :class:`InputError` naming ``where`` when it is unusable.

    The text gets the checks a file gets (size limit, empty, binary). Without a ``title`` field the text is
    read like a text file: a leading date line, the title line and a byline are located in it. With one,
    the text is the article as sent: the title is located only when the text starts with it, otherwise the
    whole text is body (so the first paragraph is never mistaken for a title). Fields given in the record
    win over what the text says.
    """
    if not isinstance(record, Mapping):
        raise MalformedInputError(f"{where}: expected an object with a 'text' field, got {type(record).__name__}")
    text = record.get("text")
    if not isinstance(text, str):
        raise MalformedInputError(f"{where}: the record has no 'text' string field")
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        raise MalformedInputError(f"{where}: the text is not valid Unicode (an unpaired surrogate)") from None
    decode_bytes(data, where, settings.max_input_bytes)  # size, empty and binary checks; the text is kept as is
    given = {k: (str(record[k]) if record.get(k) not in (None, "") else None) for k in FIELDS if k != "text"}
    found = parse_text(text, path=path)
    title = given["title"]
    if title is not None and (found.title or "").strip() != title.strip():
        found = Article(text=text, title=title, body_start=0, language=found.language, path=path)
    return Article(text=text, id=given["id"], title=found.title, body_start=found.body_start,
                   date=given["date"] or found.date, source=given["source"], url=given["url"],
                   author=given["author"] or found.author,
                   language=given["language"] or found.language or detect_language(text), path=path)


def iter_json(text: str, name: str, path: str | None, settings: Settings) -> Iterator[Article | InputError]:
    """A JSON file: one record object, or a list of them."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise MalformedInputError(f"{name}: not valid JSON ({exc.msg} at line {exc.lineno})") from None
    items = data if isinstance(data, list) else [data]
    for i, rec in enumerate(items):
        where = f"{name} [{i}]" if isinstance(data, list) else name
        try:
            yield article_from_record(rec, settings, where=where, path=path)
        except InputError as exc:
            yield exc


def iter_jsonl(text: str, name: str, path: str | None, settings: Settings) -> Iterator[Article | InputError]:
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
            yield article_from_record(rec, settings, where=where, path=path)
        except InputError as exc:
            yield exc


def iter_csv(text: str, name: str, path: str | None, settings: Settings) -> Iterator[Article | InputError]:
    """CSV with a header row naming at least ``text``."""
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if not reader.fieldnames or "text" not in reader.fieldnames:
        raise MalformedInputError(f"{name}: CSV needs a header row with a 'text' column")
    try:
        for rowno, row in enumerate(reader, start=2):
            try:
                yield article_from_record(row, settings, where=f"{name}:{rowno}", path=path)
            except InputError as exc:
                yield exc
    except csv.Error as exc:
        yield MalformedInputError(f"{name}: malformed CSV ({exc})")
