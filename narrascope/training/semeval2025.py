"""Readers for the SemEval-2025 Task 10 folders (``train/``: raw-documents and labels per language).

Documents are read as bytes and decoded as UTF-8 with newlines untouched, so ``\\r\\n`` counts as two
characters exactly as in the annotations' offsets.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import DataError

LANGS = ("BG", "EN", "HI", "PT", "RU")


@dataclass(frozen=True)
class Doc:
    """One training document: id (file name), language code (upper case), raw text."""

    id: str
    lang: str
    text: str


@dataclass(frozen=True)
class RoleMention:
    """A subtask-1 line; ``end`` is exclusive here (the file's inclusive end + 1)."""

    article_id: str
    mention: str
    start: int
    end: int
    main_role: str
    fine_roles: tuple[str, ...]
    lang: str = ""


def _split_dir(data: Path) -> Path:
    data = Path(data)
    if not data.is_dir():
        raise DataError(f"{data}: no such folder; point --data at semeval2025-task10/train")
    return data


def languages(data: Path) -> list[str]:
    """Languages present under ``data/raw-documents``."""
    root = _split_dir(data) / "raw-documents"
    return sorted(p.name for p in root.iterdir() if p.is_dir()) if root.is_dir() else []


def load_documents(data: Path, langs: list[str] | None = None) -> dict[str, Doc]:
    """All documents under ``data/raw-documents/<LANG>/``, keyed by file name (e.g. ``EN_UA_100012.txt``)."""
    root = _split_dir(data) / "raw-documents"
    if not root.is_dir():
        raise DataError(f"{root}: missing; expected raw-documents/<LANG>/*.txt")
    docs = {}
    for lang in langs or languages(data):
        for f in sorted((root / lang).glob("*.txt")):
            docs[f.name] = Doc(f.name, lang, f.read_bytes().decode("utf-8"))
    return docs


def _label_lines(data: Path, lang: str, subtask: int):
    f = _split_dir(data) / "labels" / lang / f"subtask-{subtask}-annotations.txt"
    if not f.is_file():
        return
    for lineno, line in enumerate(f.read_text("utf-8").splitlines(), start=1):
        if line.strip():
            yield f, lineno, line.split("\t")


def load_narrative_labels(data: Path, langs: list[str] | None = None) -> dict[str, tuple[list[str], list[str]]]:
    """Subtask 2: article id -> (coarse labels, fine labels); ``["Other"]`` for no narrative."""
    out = {}
    for lang in langs or languages(data):
        for f, lineno, cols in _label_lines(data, lang, 2):
            if len(cols) < 3:
                raise DataError(f"{f}:{lineno}: expected 3 tab-separated fields")
            split = lambda s: [x.strip() for x in s.split(";") if x.strip()]
            out[cols[0]] = (split(cols[1]), split(cols[2]))
    return out


def utf16_to_index(text: str, offset: int) -> int:
    """The character index of UTF-16 code-unit ``offset`` in ``text`` (astral characters count twice)."""
    units = 0
    for i, ch in enumerate(text):
        if units >= offset:
            return i
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


def resolve_offsets(text: str, mention: str, start: int, end: int) -> tuple[int, int]:
    """Character offsets ``[start, end)`` of ``mention`` in ``text``.

    A few annotation files count offsets in UTF-16 code units (an emoji counts twice); when the plain slice
    does not match, the UTF-16 reading is tried. Offsets that match neither are returned unchanged.
    """
    if text[start:end] == mention:
        return start, end
    s, e = utf16_to_index(text, start), utf16_to_index(text, end)
    if text[s:e] == mention:
        return s, e
    return start, end


def load_role_labels(data: Path, langs: list[str] | None = None,
                     docs: dict[str, Doc] | None = None) -> list[RoleMention]:
    """Subtask 1: every annotated mention with its main and fine roles.

    With ``docs`` (from :func:`load_documents`), offsets are resolved to character indices of the
    document text (see :func:`resolve_offsets`), so ``doc.text[start:end] == mention`` holds.
    """
    out = []
    for lang in langs or languages(data):
        for f, lineno, cols in _label_lines(data, lang, 1):
            if len(cols) < 6:
                raise DataError(f"{f}:{lineno}: expected at least 6 tab-separated fields")
            start, end = int(cols[2]), int(cols[3]) + 1
            if docs is not None and cols[0] in docs:
                start, end = resolve_offsets(docs[cols[0]].text, cols[1], start, end)
            out.append(RoleMention(cols[0], cols[1], start, end, cols[4].strip(),
                                   tuple(c.strip() for c in cols[5:] if c.strip()), lang))
    return out


def load_explanations(data: Path, langs: list[str] | None = None) -> dict[str, tuple[str, str, str]]:
    """Subtask 3: article id -> (dominant narrative, dominant sub-narrative, explanation)."""
    out = {}
    for lang in langs or languages(data):
        for f, lineno, cols in _label_lines(data, lang, 3):
            if len(cols) < 4:
                raise DataError(f"{f}:{lineno}: expected 4 tab-separated fields")
            out[cols[0]] = (cols[1], cols[2], cols[3])
    return out


@dataclass
class Labelled:
    """Labelled articles of a SemEval split, aligned lists."""

    ids: list[str]
    texts: list[str]
    langs: list[str]
    coarse: list[list[str]]
    fine: list[list[str]]


def load_labelled(data: str | Path, langs: list[str] | None = None) -> Labelled:
    """Every article of ``data`` (a SemEval ``train``-like folder) that has subtask-2 labels."""
    docs = load_documents(Path(data), langs)
    labels = load_narrative_labels(Path(data), langs)
    ids = [i for i in docs if i in labels]
    if not ids:
        raise DataError(f"{data}: no article has subtask-2 labels; expected labels/<LANG>/subtask-2-annotations.txt")
    return Labelled(ids, [docs[i].text for i in ids], [docs[i].lang for i in ids],
                    [labels[i][0] for i in ids], [labels[i][1] for i in ids])
