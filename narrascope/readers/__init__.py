"""Readers: files, folders, stdin and strings to :class:`~narrascope.article.Article`.

Formats by extension: ``.txt``/no extension (plain text or SemEval raw document), ``.html``/``.htm``,
``.json``, ``.jsonl``/``.ndjson``, ``.csv``. Batch readers never stop at a bad item: they yield a
:class:`ReadFailure` for it and go on.

One article is read with the function that says what it is given: :func:`read_path` (a file),
:func:`read_text` (the article's text) or :func:`read_bytes` (its undecoded bytes). There is no reader that
guesses whether a string is a path or a text. Records (JSON/JSONL/CSV, the REST API) go through
:func:`article_from_record`.
"""
from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..article import Article
from ..errors import InputError, MalformedInputError, UnreadableInputError
from ..settings import Settings
from .decode import decode_bytes
from .html import parse_html
from .records import article_from_record, iter_csv, iter_json, iter_jsonl
from .text import parse_text

TEXT_EXT = {".txt", ".text", ".md", ""}
HTML_EXT = {".html", ".htm", ".xhtml"}
RECORD_EXT = {".json": iter_json, ".jsonl": iter_jsonl, ".ndjson": iter_jsonl, ".csv": iter_csv}
SUPPORTED = TEXT_EXT | HTML_EXT | set(RECORD_EXT)


@dataclass
class ReadFailure:
    """An input item that could not be read: where it was and why."""

    source: str
    error: InputError

    @property
    def message(self) -> str:
        return str(self.error)


def _read_bytes(path: Path, settings: Settings) -> bytes:
    try:
        size = path.stat().st_size
        if size > settings.max_input_bytes:
            from .decode import check_size
            check_size(size, settings.max_input_bytes, str(path))
        return path.read_bytes()
    except FileNotFoundError:
        raise UnreadableInputError(f"{path}: no such file or directory") from None
    except PermissionError:
        raise UnreadableInputError(f"{path}: permission denied") from None
    except IsADirectoryError:
        raise UnreadableInputError(f"{path}: is a directory") from None
    except OSError as exc:
        raise UnreadableInputError(f"{path}: cannot read ({exc.strerror or exc})") from None


def _with_note(article: Article, note: str | None) -> Article:
    if note:
        article.notes.append(note)
    return article


def iter_file(path: str | os.PathLike, settings: Settings | None = None) -> Iterator[Article | ReadFailure]:
    """Yield the article(s) of one file; unreadable or malformed items come as :class:`ReadFailure`."""
    settings = settings or Settings()
    path = Path(path)
    name = str(path)
    ext = path.suffix.lower()
    try:
        if ext not in SUPPORTED:
            raise UnreadableInputError(f"{name}: unsupported file type {ext!r}; use .txt, .html, .json, .jsonl or .csv")
        text, note = decode_bytes(_read_bytes(path, settings), name, settings.max_input_bytes)
        if ext in HTML_EXT:
            yield _with_note(parse_html(text, name=path.name, path=name), note)
        elif ext in RECORD_EXT:
            for item in RECORD_EXT[ext](text, name, name, settings):
                if isinstance(item, InputError):
                    yield ReadFailure(name, item)
                else:
                    yield _with_note(item, note)
        else:
            yield _with_note(parse_text(text, name=path.name, path=name), note)
    except InputError as exc:
        yield ReadFailure(name, exc)


def iter_articles(sources: Iterable[str | os.PathLike],
                  settings: Settings | None = None) -> Iterator[Article | ReadFailure]:
    """Yield articles from files, folders (recursively, supported types, sorted) and ``-`` (stdin)."""
    settings = settings or Settings()
    for src in sources:
        if str(src) == "-":
            yield from iter_stdin(settings)
            continue
        path = Path(src)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED
                           and not any(part.startswith(".") for part in p.relative_to(path).parts))
            for f in files:
                yield from iter_file(f, settings)
        else:
            yield from iter_file(path, settings)


def stdin_is_jsonl() -> bool:
    """Whether standard input starts (after white space) with ``{``: a stream of JSONL records.

    Only peeks: nothing is consumed. Blocks until the first bytes arrive.
    """
    buf = sys.stdin.buffer
    if hasattr(buf, "peek"):
        head = buf.peek(1)
    elif buf.seekable():  # an in-memory stdin (tests, embedding): read ahead and rewind
        pos = buf.tell()
        head = buf.read(4096)
        buf.seek(pos)
    else:
        return False
    return head.lstrip()[:1] == b"{"


def iter_stdin(settings: Settings | None = None) -> Iterator[Article | ReadFailure]:
    """Articles from standard input: JSONL records (one per line, yielded as each line arrives, so a
    crawler can pipe into a running ingest) when it starts with ``{``, else one plain-text article."""
    settings = settings or Settings()
    if not stdin_is_jsonl():
        try:
            yield read_stdin(settings)
        except InputError as exc:
            yield ReadFailure("<stdin>", exc)
        return
    for lineno, raw in enumerate(sys.stdin.buffer, start=1):
        where = f"<stdin>:{lineno}"
        if not raw.strip():
            continue
        try:
            text, _ = decode_bytes(raw, where, settings.max_input_bytes)
            try:
                record = json.loads(text)
            except json.JSONDecodeError as exc:
                raise MalformedInputError(f"{where}: malformed JSON line ({exc.msg})") from None
            yield article_from_record(record, settings, where=where)
        except InputError as exc:
            yield ReadFailure(where, exc)


def read_stdin(settings: Settings | None = None) -> Article:
    """Read one plain-text article from standard input."""
    settings = settings or Settings()
    data = sys.stdin.buffer.read(settings.max_input_bytes + 1)
    text, note = decode_bytes(data, "<stdin>", settings.max_input_bytes)
    return _with_note(article_from_record({"text": text}, settings, where="<stdin>"), note)


def read_path(path: str | os.PathLike, settings: Settings | None = None) -> Article:
    """Read the article in the file at ``path`` (text, HTML, or the first record of JSON/JSONL/CSV).

    Raise an :class:`InputError` when it is missing, unreadable or unusable. A file holding several records
    gives its first article; use :func:`iter_articles` for all of them.
    """
    settings = settings or Settings()
    path = Path(path)
    if path.is_dir():
        raise UnreadableInputError(f"{path}: is a directory; use iter_articles() or `narrascope analyze DIR`")
    for item in iter_file(path, settings):
        if isinstance(item, ReadFailure):
            raise item.error
        return item
    raise MalformedInputError(f"{path}: no records found")


def read_text(text: str, settings: Settings | None = None) -> Article:
    """The article whose raw text is ``text`` (a leading date line, the title and a byline are located in it).

    ``text`` is always the article itself, never a file name: use :func:`read_path` for files.
    """
    if not isinstance(text, str):
        raise TypeError(f"read_text() takes the article's text as a str, not {type(text).__name__}; "
                        "use read_path() for files and read_bytes() for bytes")
    return article_from_record({"text": text}, settings or Settings(), where="<text>")


def read_bytes(data: bytes, settings: Settings | None = None, *, name: str = "<bytes>") -> Article:
    """The article in undecoded ``data``: UTF-8, else the detected encoding (named in ``Article.notes``)."""
    settings = settings or Settings()
    text, note = decode_bytes(bytes(data), name, settings.max_input_bytes)
    return _with_note(article_from_record({"text": text}, settings, where=name), note)


__all__ = ["ReadFailure", "article_from_record", "iter_articles", "iter_file", "iter_stdin", "read_bytes",
           "read_path", "read_stdin", "read_text", "stdin_is_jsonl"]
